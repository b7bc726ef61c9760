# Indexing and slicing of lists and strings: negative indices, steps, reversed slices,
# out-of-range bounds that clamp, and slice assignment of a single element.

nums = [10, 11, 12, 13, 14, 15, 16, 17, 18, 19]
print(nums[0], nums[-1], nums[-3], nums[len(nums) - 2])
print(nums[2:5], nums[:3], nums[7:], nums[:], nums[-3:])
print(nums[::2], nums[1::3], nums[::-1], nums[::-3])
print(nums[8:2:-2], nums[-2:-6:-1], nums[5:5], nums[7:3])
print(nums[-100:3], nums[8:100], nums[100:], nums[:-100])
print(nums[2:-2], nums[-8:-2:2])

text = "Hello, Ember!"
print(text[0], text[-1], text[7:12], text[::-1])
print(text[::2], text[1::2], text[-6:], text[:5].upper())
print(text[100:] == "", len(text[3:9]))


def rotate(xs: list[int], k: int) -> list[int]:
    if len(xs) == 0:
        return []
    k = k % len(xs)
    return xs[k:] + xs[:k]


def is_palindrome(s: str) -> bool:
    return s == s[::-1]


for k in [0, 1, 3, -1, 12]:
    print(k, rotate([1, 2, 3, 4, 5], k))

for w in ["racecar", "ember", "abba", "a", ""]:
    print(repr(w), is_palindrome(w))

fl = [0.5 * i for i in range(8)]
print(fl[1:4], fl[::-2])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(matrix[1][::-1], matrix[-1][-1], matrix[::-1][0])
chunks: list[list[int]] = []
for start in range(0, len(nums), 4):
    chunks.append(nums[start:start + 4])
print(chunks)
