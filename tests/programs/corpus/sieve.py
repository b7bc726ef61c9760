# Sieve of Eratosthenes over a list of bools.


def sieve(limit: int) -> list[bool]:
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    is_prime[1] = False
    i = 2
    while i * i <= limit:
        if is_prime[i]:
            for j in range(i * i, limit + 1, i):
                is_prime[j] = False
        i += 1
    return is_prime


def primes_upto(limit: int) -> list[int]:
    flags = sieve(limit)
    out: list[int] = []
    for n, flag in enumerate(flags):
        if flag:
            out.append(n)
    return out


def main() -> None:
    small = primes_upto(50)
    print(small)
    big = primes_upto(30000)
    print("count below 30000:", len(big))
    print("last five:", big[-5:])
    print("sum:", sum(big))
    twins = 0
    for k in range(1, len(big)):
        if big[k] - big[k - 1] == 2:
            twins += 1
    print("twin pairs:", twins)
    gaps = [big[k + 1] - big[k] for k in range(len(big) - 1)]
    print("largest gap:", max(gaps), "at index", gaps.index(max(gaps)))


main()
