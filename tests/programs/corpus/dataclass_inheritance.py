# Dataclasses with a base dataclass: the fields of the base come first (as the generated
# __init__ and __repr__ show them), a derived field may redeclare a base one, methods of
# the base call the derived overrides, and super() reaches the base's version.
from dataclasses import dataclass
from math import pi


@dataclass
class Shape:
    name: str
    scale: float = 1.0

    def area(self) -> float:
        return 0.0

    def describe(self) -> str:
        return f"{self.name}: {self.area() * self.scale:.3f}"


@dataclass
class Circle(Shape):
    r: float = 1.0

    def area(self) -> float:
        return pi * self.r * self.r


@dataclass
class Rect(Shape):
    w: float = 1.0
    h: float = 1.0

    def area(self) -> float:
        return self.w * self.h


@dataclass
class Square(Rect):
    scale: float = 2.0

    def describe(self) -> str:
        return "square " + super().describe()


def total_area(shapes: list[Rect]) -> float:
    t = 0.0
    for s in shapes:
        t += s.area()
    return t


def main() -> None:
    c = Circle("c", 1.0, 2.0)
    r = Rect("r", 1.0, 2.0, 3.0)
    q = Square("q", 2.0, 1.5, 1.5)
    print(c.describe())
    print(r.describe())
    print(q.describe())
    print(c)
    print(q)
    print(Square("z"))
    print(total_area([r, Rect("s", 1.0, 0.5, 0.5)]))


main()
