# Class attributes: values of the class read through its objects (a derived class's own
# value first), through the class, counted through the class in __init__, shadowed by an
# object's field once a method assigns it, computed from an earlier attribute.

class Counter:
    count = 0
    step = 1
    label = "c"
    big = step * 10
    def __init__(self, name):
        self.name = name
        Counter.count += 1
    def bump(self):
        self.step += 1
        return self.step
    def tag(self):
        return self.label + str(self.big)

class Fast(Counter):
    step = 5
    label = "f"

def make(n):
    out = []
    for i in range(n):
        out.append(Counter("c" + str(i)) if i % 2 == 0 else Fast("f" + str(i)))
    return out

def main():
    objs = make(4)
    print(Counter.count, Fast.count, Fast.step, Counter.step, Fast.big)
    for o in objs:
        o.bump()
    for o in objs:
        print(o.bump(), o.step)
    print([o.tag() for o in objs])
    print(Counter.step)


main()
def reset():
    Counter.count = 0
reset()
print(Counter.count)

class Animal:
    kind = "animal"
    legs = 4
    def __init__(self, name):
        self.name = name
    def describe(self):
        return self.name + " is a " + self.kind + " with " + str(self.legs) + " legs"

class Bird(Animal):
    kind = "bird"
    legs = 2

zoo = [Animal("blob"), Bird("tweety")]
for a in zoo:
    print(a.describe())
print(Animal.kind, Bird.legs)


class Plant:
    kind = "plant"
    height = 1

    def __init__(self):
        self.age = 0

    def grow(self):
        return self.age + self.height


class Tree(Plant):
    kind = "tree"
    height = 10


class Bush(Plant):
    pass


def garden():
    plants = [Plant(), Tree(), Bush()]
    print([p.kind for p in plants], sum(p.height for p in plants), [p.grow() for p in plants])
    t = Tree()
    print(t.kind, t.height, Bush().kind)
    Plant.height = 5
    print([p.height for p in plants], [p.grow() for p in plants], t.height)


garden()


class Counted:
    made = 0

    def __init__(self, name):
        self.name = name
        Counted.made += 1


class Named(Counted):
    def __init__(self, name):  # the base's `__init__` (it counts) inlined by `super()`
        super().__init__(name)


print(Named("x").name, Named("y").name, Counted.made)
