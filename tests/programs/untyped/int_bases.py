# int(s, base) and pow(a, b, m) as CPython computes them.
def parse_all(words, base):
    return [int(w, base) for w in words]


print(parse_all(["ff", "0x1F", " -7f ", "1_0"], 16))
print(parse_all(["0b101", "0o17", "0x_ff", "42", "0", "00", "0_0"], 0))
print(parse_all(["z", "10", "Zz"], 36), int("777", 8), int("+0B1_0", 2), int("12"))
print(pow(3, 4, 5), pow(2, 100, 1000000007), pow(-3, 3, 7), pow(3, 2, -5))
print(pow(7, -1, 11), pow(5, 0, 1), pow(-2, -3, 9), pow(3, -2, -7))
print(pow(123456789, 987654321, 9223372036854775807))
total = 0
for k in range(1, 50):
    total += pow(k, k, 1000) + pow(k, -1, 101)
print(total)
