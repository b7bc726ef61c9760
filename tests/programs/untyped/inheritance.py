# Classes with a base class: fields and methods copied down, methods of the base calling
# the derived class's overrides, super() and Base.method(self, ...) calls, super().__init__
# with keyword and default arguments, three levels, a class without a base calling
# super().__init__(), and untyped functions taking objects of several classes.


class Animal:
    """An animal."""

    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
        self.calls = 0

    def speak(self):
        self.calls += 1
        return self.sound

    def hello(self):
        return self.name + " says " + self.speak()

    def rename(self, name):
        self.name = name


class Dog(Animal):
    def speak(self):
        return "woof, " + super().speak()


class Cat(Animal):
    def __init__(self, name, lives):
        sound = "purr"  # the base __init__'s parameter of this name is another variable
        super().__init__(name, sound="meow")
        self.lives = lives
        self.quiet = sound

    def speak(self):
        return Animal.speak(self) + " x" + str(self.lives)


class Kitten(Cat):
    def __init__(self, name):
        Cat.__init__(self, name, 9)
        self.age = 0

    def hello(self):
        self.age += 1
        return "small " + super().hello()


class Counter:
    def __init__(self):
        super().__init__()
        self.n = 0

    def bump(self, k=1):
        self.n += k
        return self.n


class Stepper(Counter):
    def __init__(self, step):
        super(Stepper, self).__init__()
        self.step = step

    def bump(self, k=1):
        return super().bump(k * self.step)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def __str__(self):
        return "(" + str(self.x) + ", " + str(self.y) + ")"


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def norm1(self):
        return super().norm1() + abs(self.z)

    def __str__(self):
        return super().__str__()[:-1] + ", " + str(self.z) + ")"


def greet(x):
    return x.hello()


def total_norm(points):
    return sum(p.norm1() for p in points)


d = Dog("rex", "grr")
c = Cat("tom", 7)
k = Kitten("kit")
print(d.hello())
print(c.hello())
print(k.hello(), k.calls, k.age, k.lives, k.quiet)
print(greet(k), k.age)
k.rename("kat")
print(greet(d), greet(k), greet(Animal("gen")))
print(d.calls, c.calls, k.calls)

s = Stepper(3)
s.bump()
print(s.bump(2), s.n, s.step)

p = Point3(1, -2, 3)
print(p, p.norm1(), total_norm([Point3(1, 1, 1), Point3(-2, 0, 5)]), total_norm([Point(3, 4)]))
