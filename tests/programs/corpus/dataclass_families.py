# Objects of several classes of one family behind their base class: lists annotated
# with the base class, parameters and results of the base class, a conditional of two
# classes, methods dispatched to the class of each object (their fields hold lists, so
# every object owns memory), changes through an index, isinstance, equality.
from dataclasses import dataclass


@dataclass
class Shape:
    name: str
    marks: list[int]

    def area(self) -> float:
        return 0.0

    def mark(self, k: int) -> None:
        self.marks.append(k)

    def label(self) -> str:
        return f"{self.name}:{self.area():.1f}:{sum(self.marks)}"


@dataclass
class Square(Shape):
    side: float = 1.0

    def area(self) -> float:
        return self.side * self.side


@dataclass
class Circle(Shape):
    r: float = 1.0

    def area(self) -> float:
        return 3.0 * self.r * self.r

    def mark(self, k: int) -> None:
        super().mark(k * 10)


def total(shapes: list[Shape]) -> float:
    t = 0.0
    for s in shapes:
        t += s.area()
    return t


def make(k: int) -> Shape:
    if k == 0:
        return Shape("none", [])
    return Square("sq", [k], float(k)) if k % 2 == 0 else Circle("c", [k], float(k))


def biggest(a: Shape, b: Shape) -> Shape:
    return a if a.area() >= b.area() else b


def main() -> None:
    shapes: list[Shape] = [make(0), make(1), make(2), make(3)]
    print(shapes)
    print(total(shapes), total([Square("a", [], 2.0)]))
    for i in range(len(shapes)):
        shapes[i].mark(i)
    print([s.label() for s in shapes])
    b = biggest(shapes[1], Square("x", [7], 9.0))
    print(b, b.area(), b.name, isinstance(b, Square), isinstance(b, Circle))
    shapes[2] = Circle("new", [1, 2], 0.5)
    print(shapes[2], shapes[0] == Shape("none", [0]), shapes[0] == Square("none", [0], 1.0))
    one: Shape = Square("q", [], 3.0)
    print(one)
    one = Circle("w", [5], 1.0)
    print(one.area(), isinstance(one, Circle), isinstance(one, Shape), isinstance(one, Square))
    circles = [s for s in shapes if isinstance(s, Circle)]
    print(len(circles), [c.name for c in circles])
    shapes.append(make(4))
    print(len(shapes), shapes[-1].label())


main()
