# functools.cmp_to_key: sorting, sort and max by comparison functions (a key class per call).
from functools import cmp_to_key
import functools

def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return -1 if a < b else (1 if a > b else 0)

def desc(a, b):
    return b - a

words = ["pear", "fig", "apple", "kiwi", "banana"]
print(sorted(words, key=cmp_to_key(by_len_then_alpha)))
nums = [3, 1, 4, 1, 5, 9, 2, 6]
print(sorted(nums, key=functools.cmp_to_key(desc)))
nums.sort(key=cmp_to_key(desc))
print(nums, max(words, key=cmp_to_key(by_len_then_alpha)))
