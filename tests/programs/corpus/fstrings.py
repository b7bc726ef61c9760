# f-strings with format specs: precision, width, alignment, sign, grouping, exponent, hex.


def main() -> None:
    pi_ish = 3.14159265358979
    n = 42
    big = 1234567
    name = "ember"
    print(f"{pi_ish:.3f} {pi_ish:.0f} {pi_ish:10.4f}|")
    print(f"{n:04d} {7:03d} {-5:04d} {n:6d}|")
    print(f"[{name:>8}] [{name:<6}] [{name:^7}] [{name:^8}]")
    print(f"[{n:>8}] [{n:<6}] [{n:^7}]")
    print(f"{n:+d} {-n:+d} {0:+d}")
    print(f"{big:,} {-big:,} {1000:,} {999:,}")
    print(f"{big:e} {0.000123:e} {pi_ish:.2e} {-2.5:e}")
    print(f"{255:x} {4096:x} {n:x} {0:x}")
    print(f"{1.5:+.2f} {-0.001:.2f} {2.675:.2f} {1e20:.1f}")
    print(f"{repr(name)} {name.upper()} {len(name)} {n * 2 + 1}")
    print(f"{'left':<10}|{'right':>10}|")
    print(f"{{braces}} {n}{n} {pi_ish}")
    print(f"{1 / 3} {2 / 3:.5f} {10 / 4}")
    print(f"{True} {n > 40} {n < 40}")
    for i in range(1, 5):
        print(f"{i:>2} {i * i:>3} {i ** 3:>4} {1 / i:.4f}")
    print(f"{name:>12}|{n:<5}|{pi_ish:^12.2f}|")
    total = 0.0
    for price in [19.99, 5.01, 100.0]:
        total += price
        print(f"item {price:>8.2f}  running {total:>9.2f}")
    print(f"{'=' * 20}")


main()
