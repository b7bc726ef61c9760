# A list, a variable or a result first given an object of one class, then of a related
# class: the compiler's first walk finds it, and the second walk types it as any object
# of their nearest common base's family (a list built by appends, a variable reassigned,
# a function with a return of each class).


class Node:
    def __init__(self, name):
        self.name = name
        self.kids = []

    def total(self):
        return 1 + len(self.kids)


class Big(Node):
    def total(self):
        return 10 + len(self.kids)


class Huge(Big):
    def total(self):
        return 100


class Leaf(Node):
    pass


def build(n):
    out = []
    for i in range(n):
        if i % 3 == 0:
            out.append(Big("b" + str(i)))
        elif i % 3 == 1:
            out.append(Node("n" + str(i)))
        else:
            out.append(Leaf("l" + str(i)))
    return out


def pick(k):
    x = Node("first")
    if k > 1:
        x = Big("second")
    if k > 2:
        x = Huge("third")
    return x.total(), x.name


def make(k):
    if k > 2:
        return Huge("h")
    if k > 1:
        return Big("b")
    return Leaf("n")


nodes = build(7)
nodes[0].kids.append(5)
print([n.total() for n in nodes], [n.name for n in nodes])
print(pick(1), pick(2), pick(3))
print([make(k).total() for k in range(4)], make(0).name)
y = Big("y")
print(y.total())
y = Leaf("z")
print(y.total(), y.name)
