def evens(xs):
    out = []
    for x in xs:
        if x % 2 == 0:
            out.append(x)
    return out


def squares_plus(n):
    out = []
    for i in range(n):
        out += [i * i]
    out = out + [-1]
    return out


def pairs(words):
    ps = []
    for i, w in enumerate(words):
        ps.append((i, w.upper()))
    return ps


def dedupe(xs):
    result = []
    for x in xs:
        if result and result[-1] == x:
            continue
        result.append(x)
    return result


def unique(xs):
    seen = []
    for x in xs:
        if x not in seen:
            seen.append(x)
    return seen


def fill(out, n):
    for i in range(n):
        out.append(i * 0.5)


def nothing_found(xs):
    if len(xs) == 0:
        return []
    return [x + 1 for x in xs]


def running_max(xs):
    best = []
    for x in xs:
        if len(best) == 0 or x > best[len(best) - 1]:
            best.append(x)
        else:
            best.append(best[len(best) - 1])
    return best


def grid(rows, cols):
    g = []
    for r in range(rows):
        g.append([])
        for c in range(cols):
            g[r].append(r * cols + c)
    return g


def indexed(n):
    slots = [0] * n
    hits = []
    for i in range(n):
        slots[i] = i * 3
        hits.insert(0, str(i))
    return slots, hits


print(evens([1, 2, 3, 4, 5, 6]))
print(evens([1, 3]))
print(squares_plus(5))
print(pairs(["a", "bc", "def"]))
print(dedupe([1, 1, 2, 2, 2, 3, 1, 1]))
print(dedupe(["x", "x", "y"]))
print(unique([3, 1, 3, 2, 1]))
halves = []
fill(halves, 4)
print(halves)
print(nothing_found([]))
print(nothing_found([1, 2]))
print(running_max([3, 1, 4, 1, 5, 9, 2, 6]))
print(grid(3, 4))
print(indexed(4))
later = []
for k in range(3):
    later.append(f"item{k}")
print(later, len(later))
acc = []
print(len(acc), acc == [])
acc.extend([1.5, 2.5])
print(acc, sum(acc))
