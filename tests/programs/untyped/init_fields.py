# Plain classes whose fields are the attributes __init__ assigns (no annotations).
class Counter:
    def __init__(self, start):
        self.n = start
        self.hist = []

    def bump(self, k):
        self.n += k
        self.hist.append(k)

    def total(self):
        return self.n + sum(self.hist)


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        if balance < 0:
            self.balance = 0.0
            self.flagged = True
        else:
            self.balance = balance
            self.flagged = False
        self.low, self.high = balance, balance
        self.log = []
        for i in range(2):
            self.log.append("open" + str(i))

    def deposit(self, x):
        self.balance += x
        self.high = max(self.high, self.balance)
        self.log.append("dep " + str(x))


class Grid:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.cells = [[0] * w for _ in range(h)]

    def set(self, x, y, v):
        self.cells[y][x] = v

    def row_sums(self):
        return [sum(r) for r in self.cells]

    def __str__(self):
        return str(self.w) + "x" + str(self.h)


class Unused:
    # never constructed: its fields have no types, and it is not compiled (like an uncalled def)
    def __init__(self, a):
        self.a = a

    def get(self):
        return self.a


def total_balance(accts):
    t = 0.0
    for a in accts:
        t += a.balance
    return t


def bump_all(cs, k):
    for c in cs:
        c.bump(k)


def main():
    c = Counter(3)
    c.bump(4)
    print(c.n, c.hist, c.total())
    cs = [Counter(i) for i in range(3)]
    bump_all(cs, 10)
    for x in cs:
        x.bump(1)
    print([x.total() for x in cs], [x.hist for x in cs])
    accts = [Account("ann", 10.5), Account("bob", -3.0)]
    for a in accts:
        a.deposit(1.5)
    print(accts[0].owner, accts[0].balance, accts[0].high, accts[0].log)
    print(accts[1].balance, accts[1].flagged, accts[1].low, accts[1].log)
    print(total_balance(accts))
    g = Grid(3, 2)
    g.set(1, 0, 5)
    g.set(2, 1, 7)
    print(g.w, g.h, g.cells, g.row_sums(), g)


main()
