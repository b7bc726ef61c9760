# def arguments take the convention their use needs (LANGUAGE.md 3): mutated -> inout,
# rebound -> private copy, else borrowed; callers see in-place changes as in Python.
from dataclasses import dataclass
@dataclass
class Bag:
    items: list[int]
    n: int

    def add(self, x: int) -> None:
        self.items.append(x)
        self.n += 1

    def total(self) -> int:
        return sum(self.items)

def fill(b: Bag, k: int) -> None:
    for i in range(k):
        b.add(i)

def grow(xs: list[int]) -> None:
    xs += [9]
    xs.append(10)

def rebind(xs: list[int]) -> int:
    xs = xs + [1]
    return len(xs)

def bump(n: int) -> int:
    n += 1
    return n

b = Bag([], 0)
fill(b, 4)
ys = [1, 2]
grow(ys)
print(b, b.total(), ys, rebind(ys), ys, bump(5))
grow([1])
def mul_av(v: list[float], out: list[float]) -> None:
    for i in range(len(v)):
        out[i] = v[i] * 2.0

def both(v: list[float], out: list[float], tmp: list[float]) -> None:
    mul_av(v, tmp)
    mul_av(tmp, out=out)

vv = [1.0, 2.0]
o = [0.0, 0.0]
t = [0.0, 0.0]
both(vv, o, t)
print(o, t)
