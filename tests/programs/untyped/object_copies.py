# Copies of objects that Python's aliases would not tell apart (check/aliases.py): the
# copy stored back, the source never used again, a fresh object, a copy only read.
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


main()
