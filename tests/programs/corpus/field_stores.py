# Stores into fields and elements of struct values held in locals, globals and `self`,
# including an __init__ that builds a list field.
from dataclasses import dataclass


@dataclass
class Grid:
    data: list[float]
    n: int

    def __init__(self, n: int) -> None:
        self.data = [0.0] * n
        self.n = n

    def set(self, i: int, v: float) -> None:
        self.data[i] = v


@dataclass
class P:
    x: float
    y: float


g = Grid(3)
p = P(1.0, 2.0)
p.x = 5.0
g.data[1] = 2.5
g.set(2, 7.0)
g.n += 1


def f() -> None:
    q = P(0.0, 0.0)
    q.y = 3.0
    q.x += 1.5
    ps = [P(1.0, 1.0), P(2.0, 2.0)]
    ps[1].y = 9.0
    print(q.x, q.y, g.data, ps[1].y)


f()
print(p.x, p.y, g.n, len(g.data))
