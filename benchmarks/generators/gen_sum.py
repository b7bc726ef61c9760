"""`sum(x for x in count_up(n))` over a generator: prints the sum and the milliseconds it took.
Ember inlines the generator into the loop (mir/build/generators.py), so both take the
same time: `ember build gen_sum.py -o g && ./g 100000000` vs `hand_sum.py`; CPython:
`python3 gen_sum.py 10000000`."""
from sys import argv
from time import perf_counter


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def main():
    n = int(argv[1])
    t0 = perf_counter()
    s = sum(x for x in count_up(n))
    t1 = perf_counter()
    print(s, round((t1 - t0) * 1000, 2))


main()
