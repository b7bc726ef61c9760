# Objects of several classes of a family in one list, variable or argument: methods run
# the class of each object (overrides, super(), base methods calling overrides), fields
# of the base read from any object, isinstance, printing through __str__, changes
# through an index and through a reference loop in a function, owned fields (lists).


class Shape:
    def __init__(self, name):
        self.name = name
        self.hits = []

    def area(self):
        return 0.0

    def grow(self, k):
        self.hits.append(k)

    def __str__(self):
        return self.name + "<" + str(self.area()) + "," + str(len(self.hits)) + ">"


class Sq(Shape):
    def __init__(self, s):
        super().__init__("sq")
        self.s = s

    def area(self):
        return self.s * self.s * 1.0

    def grow(self, k):
        super().grow(k)
        self.s += k


class Circ(Shape):
    def __init__(self, r):
        self.r = r
        super().__init__("circ")

    def area(self):
        return 3.0 * self.r * self.r


class Ring(Circ):
    def __init__(self, r, inner):
        super().__init__(r)
        self.inner = inner
        self.name = "ring"

    def area(self):
        return super().area() - 3.0 * self.inner * self.inner


def make(k):
    return Sq(k) if k % 2 == 0 else Circ(k)


def grow_all(shapes, k):
    for s in shapes:
        s.grow(k)


def describe(s):
    kind = "square" if isinstance(s, Sq) else "round" if isinstance(s, Circ) else "plain"
    return kind + " " + s.name


def main():
    shapes = [Sq(2), Circ(1), Shape("blob"), make(4), make(3), Ring(3, 1)]
    for s in shapes:
        print(s, s.area(), s.name, isinstance(s, Sq), isinstance(s, Shape), isinstance(s, (Ring, Sq)))
    grow_all(shapes, 1)
    for i in range(len(shapes)):
        if i % 2 == 0:
            shapes[i].grow(i)
    print([len(s.hits) for s in shapes], [str(s) for s in shapes])
    print(sum(s.area() for s in shapes))
    print(max(shapes, key=lambda t: t.area()), min(shapes, key=lambda t: t.area()))
    print([describe(s) for s in shapes])
    rounds = [s for s in shapes if isinstance(s, Circ)]
    print(len(rounds), rounds[-1])
    shapes.append(Ring(5, 4))
    shapes[0] = Circ(7)
    print(shapes[0], shapes[-1], len(shapes))
    one = make(5) if len(shapes) > 3 else make(6)
    print(one, f"{one}", describe(one))


main()
