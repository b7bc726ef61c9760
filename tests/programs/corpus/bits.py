# Integer bit operations: & | ^ ~ << >>, including negative operands, and hex output.


def popcount(n: int) -> int:
    count = 0
    while n:
        count += n & 1
        n >>= 1
    return count


def reverse_bits8(b: int) -> int:
    out = 0
    for i in range(8):
        if b & (1 << i):
            out |= 1 << (7 - i)
    return out


def is_power_of_two(n: int) -> bool:
    return n > 0 and n & (n - 1) == 0


def gray(n: int) -> int:
    return n ^ (n >> 1)


print(12 & 10, 12 | 10, 12 ^ 10, ~12, ~-1, ~0)
print(1 << 10, 1 << 40, 1024 >> 3, -17 >> 2, -1 >> 10, 17 >> 10)
print(-12 & 10, -12 | 10, -12 ^ 10, 255 & -256, -8 & 0xFF)
print(0xFF, 0o17, 0b1011, 1_000_000, 0x7FFF_FFFF)
print([popcount(n) for n in [0, 1, 7, 8, 255, 1023, 2 ** 40 + 5]])
print([reverse_bits8(b) for b in [1, 2, 128, 0b10110000]])
print([n for n in range(1, 70) if is_power_of_two(n)])
print([gray(n) for n in range(8)])
mask = 0
for bit in [0, 3, 5]:
    mask |= 1 << bit
print(mask, f"{mask:x}", mask & ~(1 << 3))
h = 5381
for ch in "ember":
    h = ((h << 5) + h + ord(ch)) & 0xFFFFFFFF
print(h, f"{h:x}")
x = 0b1100
x ^= 0b1010
x <<= 2
x &= 0b110000
print(x)
flags = [bool(mask & (1 << i)) for i in range(6)]
print(flags)
print(6 & 3 == 2, (6 & 3) == 2, 1 | 2 ^ 3 & 4)
