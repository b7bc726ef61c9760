# dict[K, V]: displays, methods, iteration order, ownership of list values, growth


def word_counts(text):
    counts = {}
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    return counts


def add(d, k, v):
    d[k] = v


def total(d):
    s = 0
    for k in d:
        s += d[k]
    return s


def make(n):
    out = {}
    for i in range(n):
        out[i] = i * 2
    return out


class Inventory:
    def __init__(self):
        self.items = {}
        self.where = {}

    def add(self, name, qty, shelf):
        self.items[name] = self.items.get(name, 0) + qty
        if name not in self.where:
            self.where[name] = []
        self.where[name].append(shelf)

    def count(self, name):
        return self.items.get(name, 0)


c = word_counts("a b a c b a")
for k in sorted(c):
    print(k, c[k])
print(c)

d = {"a": 1, "b": 2}
d["c"] = 3
d["a"] += 10
print(d, len(d), "a" in d, "z" in d, "z" not in d)
print(d.get("b", 0), d.get("q", -1))
print(d.pop("b"), d.pop("nope", 99), d)
del d["a"]
print(d)
d["a"] = 5
print(d, list(d), sorted(d), list(d.keys()), list(d.values()), list(d.items()))
print(sum(d.values()), max(d.values()), min(d))
print(d.setdefault("c", 100), d.setdefault("e", 7), d)
e = d.copy()
e["x"] = 1
print(d == e, d != e, d == d.copy())
e.update(d)
print(e)
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, "->", v)
for v in d.values():
    print(v)
for i, k in enumerate(d):
    print(i, k)
if d:
    print("nonempty")
d.clear()
print(d, len(d), bool(d))
if not d:
    print("empty")

# deletion and reinsertion: a reinserted key goes last
o = {"x": 1, "y": 2, "z": 3}
del o["x"]
o["x"] = 4
o["y"] = 20
print(o, list(o.items()))

# values that own memory: lists, nested dicts, strings
n = {1: [1.5], 2: [2.5, 3.5]}
n[1].append(9.0)
n[3] = [0.0]
print(n, str(n), f"{n}", repr({"k": "v"}))
nested = {"x": {"y": 1}}
nested["x"]["z"] = 2
nested["w"] = {}
print(nested)
names = {"b": "bee", "a": "ay"}
names["b"] = "B" + names["b"]
print(names)

# comprehensions, dict(), tuple and Bool keys
sq = {i: i * i for i in range(6) if i % 2 == 0}
print(sq)
t = {(1, 2): "a", (3, 4): "b"}
print(t[(1, 2)], (3, 4) in t, t)
z = dict(zip(["p", "q"], [1, 2]))
print(z, dict(), dict([(1, "one")]), dict(z))
print({True: 1, False: 0}, {1.5: "x"})

# functions and classes
g = {}
add(g, "x", 1)
add(g, "y", 2)
print(g, total(g))
inv = Inventory()
inv.add("bolt", 3, "A1")
inv.add("nut", 4, "B2")
inv.add("bolt", 2, "C3")
print(inv.count("bolt"), inv.count("gear"), inv.items, inv.where)
ds = [{"a": 1}, {"b": 2}]
ds[0]["c"] = 3
ds.append({})
print(ds)

# many keys: growth, deletion of half, reinsertion
m = make(100000)
print(len(m), m[99999], total(m))
for i in range(0, 100000, 2):
    del m[i]
print(len(m), m[1], list(m)[:5])
for i in range(10):
    m[i] = -i
print(len(m), list(m.items())[-3:])

words = "the quick brown fox jumps over the lazy dog the end".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
best = max(freq, key=freq.get)
print(best, freq[best])
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3])


# module-level dicts, setdefault's entry in place, comprehensions over items, equality
table = {"x": 1, "y": 2}

def lookup(k):
    return table[k]

def bump(k):
    global table
    table[k] = table.get(k, 0) + 1

bump("x")
bump("z")
print(lookup("x"), table)
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
d = {"b": 2, "a": 3, "c": 1}
print([k for k, v in d.items() if v > 1], [v * 2 for v in d.values()])
print(sorted(d, key=d.get), sorted(d, key=lambda k: -d[k]), sorted(d.items()))
print("a" in d.keys(), 3 in d.values(), len(d.keys()))
print({1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} == {1: 3})
e = {}
print(e)
sq2 = {x: [x] * x for x in range(3)}
print(sq2)
inv2 = {k: v for k, v in d.items()}
print(inv2)
def count_chars(s):
    c = {}
    for ch in s:
        if ch in c:
            c[ch] += 1
        else:
            c[ch] = 1
    return c
print(count_chars("mississippi"))
pairs = list(d.items())
pairs.sort()
print(pairs)

views = {"a": 1}
print(views.keys(), views.values(), views.items())
