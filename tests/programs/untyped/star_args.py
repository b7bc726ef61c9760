# `*args` gathers the extra positional arguments into a tuple (one compiled instance per
# tuple type); the parameters after it are keyword only.
def total(*args):
    return sum(args)


def show(label, *items, sep=", "):
    return label + ": " + sep.join(str(x) for x in items)


def mean(*xs):
    s = 0.0
    for x in xs:
        s += x
    return s / len(xs)


def first_last(*vals):
    return vals[0], vals[-1], len(vals)


print(total(1, 2, 3), total(4), total(1.5, 2.5), show("n", 1, 2, 3), show("s", "a", "b", sep="|"))
print(mean(1, 2, 4), mean(0.5), first_last("x", "y", "z"))

def total0(*args):
    return sum(args)

def count(*a):
    return len(a)

print(total0(), total0(1, 2), count(), count("x"))
