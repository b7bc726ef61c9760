def popcount(n):
    c = 0
    while n > 0:
        c += n & 1
        n >>= 1
    return c


def to_binary(n):
    if n == 0:
        return "0"
    out = ""
    while n > 0:
        out = str(n % 2) + out
        n //= 2
    return out


def is_power_of_two(n):
    return n > 0 and n & (n - 1) == 0


for n in [0, 1, 5, 255, 256, 1023, 123456789]:
    print(n, popcount(n), to_binary(n), is_power_of_two(n), f"{n:b}" == to_binary(n))
print(6 ^ 3, 6 | 3, ~6, 1 << 40)
