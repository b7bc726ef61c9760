# A dataclass with int fields and simple methods; printing shows the generated repr.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int

    def manhattan(self) -> int:
        return abs(self.x) + abs(self.y)

    def dot(self, ox: int, oy: int) -> int:
        return self.x * ox + self.y * oy


def add(p: Point, q: Point) -> Point:
    return Point(p.x + q.x, p.y + q.y)


def scaled(p: Point, k: int) -> Point:
    return Point(p.x * k, p.y * k)


def walk(moves: str) -> Point:
    p = Point(0, 0)
    for m in moves:
        if m == "U":
            p = add(p, Point(0, 1))
        elif m == "D":
            p = add(p, Point(0, -1))
        elif m == "L":
            p = add(p, Point(-1, 0))
        else:
            p = add(p, Point(1, 0))
    return p


def main() -> None:
    a = Point(3, -4)
    b = Point(x=1, y=2)
    print(a, b)
    print(a.x, a.y, a.manhattan(), b.manhattan())
    c = add(a, b)
    print(c, scaled(c, 3), scaled(c, -1).manhattan(), c.dot(2, 3))
    end = walk("UURDDDLLLU")
    print("walk ends at", end, "distance", end.manhattan())
    pts = [Point(i, i * i) for i in range(4)]
    print(pts)
    total = Point(0, 0)
    for p in pts:
        total = add(total, p)
    print(total)
    far = pts[0]
    for p in pts:
        if p.manhattan() > far.manhattan():
            far = p
    print("farthest", far)


main()
