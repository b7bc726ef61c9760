# f-strings whose format spec is computed at run time, and conversions before a spec.
w = 8
p = 3
for spec in ["", ">6", "x<05", "+.2f"]:
    print(f"[{3.14159:{spec}}] [{42:{spec}}] [{True:{spec}}]")
print(f"[{3.14159:{w}.{p}f}] [{'ab':^{w}}] [{255:#{w}x}] [{7:0{w},}] [{'q'!r:>{w}}]")
for prec in range(4):
    print(f"{2 / 3:.{prec}f}|{-1234567:{'_' if prec % 2 else ','}}|{True!s:>{prec + 4}}|{[1, 2]!s:<{9}}|")


def table(names: list[str], values: list[float], digits: int) -> None:
    width = max([len(n) for n in names]) + 2
    num = digits + 6
    print(f"{'name':<{width}}|{'value':>{num}}|")
    print(f"{'':-<{width}}+{'':->{num}}+")
    for n, v in zip(names, values):
        print(f"{n:<{width}}|{v:>{num}.{digits}f}|")
    total = sum(values)
    print(f"{'total':>{width}}|{total:>{num}.{digits}e}|")


table(["alpha", "beta", "gamma-ray"], [1.5, -22.125, 1e3 / 7], 3)
table(["x"], [0.5], 0)
