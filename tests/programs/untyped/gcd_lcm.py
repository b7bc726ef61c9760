def gcd(a, b):
    while b != 0:
        a, b = b, a % b
    return a


def lcm(a, b):
    return a // gcd(a, b) * b


def gcd_rec(a, b):
    if b == 0:
        return a
    return gcd_rec(b, a % b)


pairs = [(12, 18), (17, 5), (100, 75), (0, 9), (270, 192)]
for p in pairs:
    print(p[0], p[1], gcd(p[0], p[1]), gcd_rec(p[0], p[1]), lcm(p[0] + 1, p[1] + 1))
acc = 1
for k in range(1, 21):
    acc = lcm(acc, k)
print("lcm 1..20 =", acc)
