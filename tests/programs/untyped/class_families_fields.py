# Fields of objects of several classes of a family stored and changed in place: through
# an index, a reference loop, a conditional's object; the field sits at another place in
# a class whose __init__ sets a field of its own first.
class A:
    def __init__(self, a):
        self.a = a
        self.name = "a"
        self.hits = [0]
class B(A):
    def __init__(self, a):
        self.extra = 1
        super().__init__(a)
class C(A):
    pass
def main():
    xs = [A(1), B(2), C(3)]
    for i in range(len(xs)):
        xs[i].a += 10 * i
        xs[i].name = xs[i].name + str(i)
        xs[i].hits = xs[i].hits + [i]
    for x in xs:
        x.a *= 2
        x.hits.append(x.a)
    print([x.a for x in xs], [x.name for x in xs], [x.hits for x in xs])
    y = B(5) if len(xs) > 2 else C(6)
    y.a = 7
    y.name += "!"
    print(y.a, y.name)
main()
