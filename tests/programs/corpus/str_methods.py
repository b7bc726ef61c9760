# print, str, repr and f-strings call a class's __str__ / __repr__, as in Python.
from dataclasses import dataclass


@dataclass
class Money:
    cents: int

    def __str__(self) -> str:
        return f"${self.cents // 100}.{self.cents % 100:02d}"


@dataclass
class Point:
    x: float
    y: float

    def __repr__(self) -> str:
        return f"P<{self.x}, {self.y}>"


@dataclass
class Both:
    n: int

    def __str__(self) -> str:
        return "both:" + str(self.n)

    def __repr__(self) -> str:
        return f"Both(n={self.n})"


@dataclass
class Plain:
    n: int


def label(m: Money) -> str:
    return "total " + str(m)


def main() -> None:
    m = Money(1234)
    print(m)
    print(str(m), label(m), f"[{m}]", f"{m!s}")
    p = Point(1.5, -2.0)
    print(p, str(p), repr(p), f"{p}", f"{p!r}")
    b = Both(7)
    print(b, str(b), repr(b), f"{b} {b!r}")
    print(Plain(3), str(Plain(4)), repr(Plain(5)), f"{Plain(6)}")
    print(m, p, b, sep=" | ")
    print(len(str(m)), str(m).upper(), str(m) == "$12.34")


main()
