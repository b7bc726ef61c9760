# A `*args` tuple of a call with no extra arguments is empty: loops and comprehensions over
# it run no round (their uses type its element), `list(args)` is [], `sum(args)` 0.
def f(*args):
    s = 0
    for a in args:
        s += a
    return s


def describe(name, *parts, sep="-"):
    return name + ":" + sep.join(str(p) for p in parts)


def log(msg, *args):
    text = msg
    for a in args:
        text += " " + str(a)
    print(text, len(args), [x for x in args], sum(args))


print(f(), f(1), f(1, 2), describe("r"), describe("r", 1, 2))
log("hello")
log("vals", 1, 2)


def g(*a):
    return list(a), [x * 2 for x in a], sum(a)
print(g(), g(3, 4))
def h(*ws):
    return " ".join(ws)
print(h(), h("a", "b"))
