"""A `range(...)` passed to a function is a sequence there: indexed, measured, sliced
(Python's range; a list here)."""
import random


def middle(seq):
    return seq[len(seq) // 2]


def evens(seq):
    return [x for x in seq if x % 2 == 0]


def total(seq, start):
    s = start
    for x in seq:
        s += x
    return s


print(middle(range(3, 30, 4)), evens(range(1, 11)), total(range(101), 0), total(range(5, 0, -1), 100))
random.seed(7)
print(random.sample(range(1000), 5), random.choice(range(10, 20)))
