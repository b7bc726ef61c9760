# min, max, sum, abs, any, all over lists of ints, floats and strings.


def mean(xs: list[float]) -> float:
    return sum(xs) / len(xs)


def variance(xs: list[float]) -> float:
    m = mean(xs)
    return sum([(x - m) * (x - m) for x in xs]) / len(xs)


def main() -> None:
    ints = [3, -8, 12, 0, 7, -8, 5]
    floats = [2.5, -1.25, 9.0, 0.125, 3.5]
    words = ["kiwi", "apple", "zucchini", "fig"]
    print(min(ints), max(ints), sum(ints), sum(ints, 100))
    print(min(floats), max(floats), sum(floats), mean(floats), f"{variance(floats):.6f}")
    print(min(words), max(words), min(3, 1, 2), max(2.5, -1.0), min("b", "a"))
    print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0))
    print(any([x > 10 for x in ints]), all([x > -10 for x in ints]), any([x > 100 for x in ints]))
    print(all([True, True]), any([False, False, True]), all([True, False]))
    print(sum([0.5] * 10), sum([0.25, 0.5, 1.75]), sum([-0.5, 0.25]))
    print(max([abs(x) for x in ints]), min([len(w) for w in words]))
    print(sum([x for x in ints if x > 0]), sum([1 for x in ints if x < 0]))
    best = words[0]
    for w in words:
        if len(w) > len(best):
            best = w
    print("longest:", best)
    lo = ints[0]
    hi = ints[0]
    for x in ints:
        lo = min(lo, x)
        hi = max(hi, x)
    print(lo, hi, hi - lo)
    print(round(mean([1.0, 2.0, 3.0, 4.0]), 2), abs(-7 // 2), abs(7 - 10) * 2)
    flags = [x % 2 == 0 for x in ints]
    print(flags, any(flags), all(flags), sum([1 for f in flags if f]))


main()
