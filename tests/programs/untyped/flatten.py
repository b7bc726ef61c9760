def flatten(xss):
    out = []
    for xs in xss:
        for x in xs:
            out.append(x)
    return out


def chunk(xs, n):
    return [xs[i:i + n] for i in range(0, len(xs), n)]


def transpose(m):
    return [[m[i][j] for i in range(len(m))] for j in range(len(m[0]))]


grid = [[1, 2, 3], [4, 5], [], [6]]
flat = flatten(grid)
print(flat)
print(chunk(flat, 4))
print(transpose([[1, 2, 3], [4, 5, 6]]))
print(flatten(chunk(["a", "b", "c", "d", "e"], 2)))
