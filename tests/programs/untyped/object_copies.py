# Copies of objects that Python's aliases would not tell apart (check/aliases.py): the
# copy stored back, the source never used again, a fresh object, a copy only read; and
# `q = xs[i]` / `acc = d[k]` changed in place, which are the element itself (a reference,
# as Python's name would be), in functions, methods, loops and at module level.
class P:
    def __init__(self, x):
        self.x = x

    def move(self):
        self.x += 1


def make():
    p = P(3)
    q = p  # p is not used again: the copy is the object
    q.move()
    return q


def main():
    ps = [P(1), P(2)]
    q = ps[1]
    q.move()
    ps[1] = q  # stored back
    print([p.x for p in ps])
    r = ps[0]  # only read
    print(r.x + 1, ps[0].x)
    print(make().x)
    for i in range(2):
        t = P(i)
        t.move()
        print(t.x)


class Bank:
    def __init__(self):
        self.accounts = {"ann": P(10), "bob": P(20)}
        self.items = [P(1), P(2), P(3)]

    def pay(self, who):
        acc = self.accounts[who]
        acc.x -= 5
        acc.move()
        return acc.x

    def bump_all(self):
        for i in range(len(self.items)):
            it = self.items[i]
            it.move()
            it.x *= 2
        last = self.items[-1]
        last.x += 100


def refs():
    b = Bank()
    print(b.pay("ann"), b.accounts["ann"].x, b.accounts["bob"].x)
    b.bump_all()
    print([p.x for p in b.items])
    ps = [P(0), P(5)]
    q = ps[1]
    q.move()
    q.move()
    print(ps[1].x, q.x, [p.x for p in ps])


main()
refs()
top = [P(1), P(2)]
first = top[0]
first.move()
first.x += 5
print(top[0].x, first.x)
