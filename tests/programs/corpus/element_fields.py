# Loops that keep using one list element while they index others (mir/promote.py holds
# its fields in locals): every way into and out of such a loop.
from dataclasses import dataclass

@dataclass
class Body:
    x: float
    v: float
    m: float

@dataclass
class Pair:
    a: Body
    n: int

def pull(bodies: list[Body], dt: float) -> None:  # n-body's shape: j > i
    n = len(bodies)
    for i in range(n):
        for j in range(i + 1, n):
            d = bodies[i].x - bodies[j].x
            f = dt / (d * d + 1.0)
            bodies[i].v -= d * f * bodies[j].m
            bodies[j].v += d * f * bodies[i].m
    for b in range(n):
        bodies[b].x += dt * bodies[b].v

def below(xs: list[float]) -> None:  # range(i): j < i; a scalar element
    for i in range(len(xs)):
        for j in range(i):
            xs[i] += xs[j] * 0.5

def doubles_until(xs: list[float], i: int, limit: float) -> int:  # a break: stored there too
    steps = -1
    for j in range(10):
        xs[i] *= 2.0
        if xs[i] > limit:
            steps = j
            break
    return steps

def from_the_end(xs: list[float], i: int) -> float:  # xs[-1] is some xs[j]
    for j in range(i + 1, len(xs)):
        xs[i] += xs[j]
    return xs[i]

def never_runs(xs: list[float], i: int) -> float:  # no fault: the loop reads nothing
    total = 0.0
    for j in range(i + 1, 2):
        total += xs[i] * xs[j]
    return total

def nested(pairs: list[Pair]) -> None:  # a field of a field, an int field
    for i in range(len(pairs)):
        for j in range(i + 1, len(pairs)):
            pairs[i].a.x += pairs[j].a.v
            pairs[i].n = j
            pairs[j].a.v -= 0.25

def main() -> None:
    bodies = [Body(0.0, 0.1, 5.0), Body(1.0, 0.0, 2.0), Body(2.5, -0.1, 1.0), Body(4.0, 0.2, 0.5)]
    for _ in range(50):
        pull(bodies, 0.01)
    print([(round(b.x, 12), round(b.v, 12)) for b in bodies])
    xs = [1.0, 2.0, 3.0, 4.0, 5.0]
    below(xs)
    print(xs)
    ys = [1.0, 2.0, 3.0, 4.0]
    print(doubles_until(ys, 2, 20.0), ys)
    print(doubles_until(ys, 0, 1.0e9), ys)
    print(from_the_end(ys, -1), from_the_end(ys, 1), ys, never_runs(ys, 10))
    pairs = [Pair(Body(0.0, 1.0, 1.0), 0), Pair(Body(1.0, 2.0, 1.0), 0), Pair(Body(2.0, 3.0, 1.0), 0)]
    nested(pairs)
    print([(p.a.x, p.a.v, p.n) for p in pairs])


main()
