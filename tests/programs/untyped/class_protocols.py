# Python's class protocols: operator methods with unannotated parameters, ordering by
# `__lt__` (sorted, min, max, list.sort, tuples and lists of objects), `@property`,
# `@staticmethod`, `@classmethod` (inherited ones bound to the derived class),
# `__iter__` (a generator, or `return iter(...)`), `__contains__`, truthiness by
# `__bool__`, else `__len__`, else true; unary `__neg__`/`__pos__`/`__invert__`, `abs()`
# by `__abs__`, reflected operators (`2 * v` by `__rmul__`), and objects called as
# functions (`__call__`).


class Vec:
    made = 0

    def __init__(self, x, y):
        self.x = x
        self.y = y
        Vec.made += 1

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y

    @staticmethod
    def dot(a, b):
        return a.x * b.x + a.y * b.y

    @classmethod
    def unit(cls):
        return cls(1, 0)

    def twice(self):
        return self + self


class Vec3(Vec):
    def __repr__(self):
        return f"Vec3({self.x}, {self.y})"


class Bag:
    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x)

    def __len__(self):
        return len(self.items)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)


class Evens:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        for i in range(self.n):
            if i % 2 == 0:
                yield i

    def __bool__(self):
        return self.n > 0


class Plain:
    pass


vs = [Vec(2, 1), Vec(1, 5), Vec(1, 2)]
print(sorted(vs), min(vs), max(vs), max(Vec(0, 9), Vec(1, 0)))
vs.sort(reverse=True)
print(vs, Vec(1, 2) < Vec(1, 3), (1, Vec(0, 1)) < (1, Vec(0, 2)), [Vec(3, 3)] < [Vec(2, 9)])
print(sorted([(2, Vec(0, 0)), (1, Vec(5, 5)), (2, Vec(-1, 0))]))
print(Vec(1, 2) + Vec(3, 4), Vec(3, 4).norm2, Vec(1, 1).twice().norm2)
print(Vec.dot(Vec(1, 2), Vec(3, 4)), Vec.unit(), Vec3.unit(), Vec3.dot(Vec(1, 0), Vec(2, 0)))
print(sorted([Vec(2, 2), Vec(0, 3)], key=lambda v: v.norm2), Vec.made > 10)

b = Bag()
for w in ["x", "y", "x"]:
    b.add(w)
print(len(b), "x" in b, "z" in b, "z" not in b, [w.upper() for w in b], sorted(b), list(b))
total = 0
for i in Evens(7):
    total += i
print(total, sum(Evens(9)), list(Evens(5)), max(Evens(6)), [i * i for i in Evens(4)])
print(bool(Bag()), bool(b), bool(Evens(0)), bool(Evens(3)), bool(Plain()))
if b and not Bag():
    print("a bag is true when it holds something")
print(["full" if bg else "empty" for bg in [Bag(), b]])


class Poly:
    def __init__(self, coefs):
        self.coefs = coefs

    def __call__(self, x):
        total = 0
        for c in reversed(self.coefs):
            total = total * x + c
        return total

    def __neg__(self):
        return Poly([-c for c in self.coefs])

    def __pos__(self):
        return Poly(list(self.coefs))

    def __invert__(self):
        return Poly(list(reversed(self.coefs)))

    def __abs__(self):
        return sum(abs(c) for c in self.coefs)

    def __rmul__(self, k):
        return Poly([k * c for c in self.coefs])

    def __radd__(self, k):
        return Poly([self.coefs[0] + k] + self.coefs[1:])

    def __repr__(self):
        return f"Poly({self.coefs})"


p = Poly([1, -2, 3])
print(p(2), (-p)(2), (+p).coefs, (~p).coefs, abs(p), 3 * p, 10 + p, (2 * p)(1))
