# 1M Int inserts then 1M lookups in a dict (Ember vs CPython, same file):
#   ember run benchmarks/dicts/int_map.py    and    python3 benchmarks/dicts/int_map.py
from time import perf_counter


def run(n):
    d = {}
    for i in range(n):
        d[i * 7] = i
    s = 0
    for i in range(n):
        s += d[i * 7]
    return s


t0 = perf_counter()
s = run(1000000)
t1 = perf_counter()
print(s)
print(f"1M Int inserts + 1M lookups: {t1 - t0:.3f} s")
