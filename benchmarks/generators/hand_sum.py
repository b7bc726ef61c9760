"""the same sum as a hand-written `while` loop: prints the sum and the milliseconds it took.
Ember inlines the generator into the loop (mir/build/generators.py), so both take the
same time: `ember build gen_sum.py -o g && ./g 100000000` vs `hand_sum.py`; CPython:
`python3 gen_sum.py 10000000`."""
from sys import argv
from time import perf_counter


def main():
    n = int(argv[1])
    t0 = perf_counter()
    s = 0
    i = 0
    while i < n:
        s += i
        i += 1
    t1 = perf_counter()
    print(s, round((t1 - t0) * 1000, 2))


main()
