def factorize(n):
    fs = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            fs.append(d)
            n //= d
        d += 1
    if n > 1:
        fs.append(n)
    return fs


def is_prime(n):
    if n < 2:
        return False
    return factorize(n) == [n]


for n in [2, 12, 97, 360, 1001, 65536, 999983, 600851475143]:
    print(n, factorize(n), is_prime(n))
