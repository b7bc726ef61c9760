# isinstance narrowing: in the body of `if isinstance(x, C):` (C with no class derived
# from it), a variable holding any class of a family is that class's object: its own fields
# and methods, changes in place through it.

class Shape:
    def __init__(self, name):
        self.name = name
        self.tags = []
    def area(self):
        return 0.0

class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self):
        return 3.0 * self.r * self.r
    def grow(self, k):
        self.r += k

class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side
    def area(self):
        return self.side * self.side

def radii(shapes):
    out = []
    for s in shapes:
        if isinstance(s, Circle):
            out.append(s.r)
            s.tags.append("round")
        elif isinstance(s, Square):
            out.append(s.side * 10.0)
    return out

def main():
    shapes = [Circle(1.0), Square(2.0), Shape("blob"), Circle(3.0)]
    print(radii(shapes))
    for i, s in enumerate(shapes):
        if isinstance(s, Circle):
            print(i, s.r, s.area())
    x = shapes[0].area() if len(shapes) > 9 else 1.0
    first = Circle(5.0) if x > 0 else Square(1.0)
    if isinstance(first, Circle):
        first.grow(2.0)
        print(first.r, first.name)
    print(first.area())

main()
