def add(p, q):
    return (p[0] + q[0], p[1] + q[1])


def manhattan(p, q):
    return abs(p[0] - q[0]) + abs(p[1] - q[1])


def walk(moves):
    pos = (0, 0)
    path = [pos]
    for m in moves:
        if m == "U":
            pos = add(pos, (0, 1))
        elif m == "D":
            pos = add(pos, (0, -1))
        elif m == "L":
            pos = add(pos, (-1, 0))
        else:
            pos = add(pos, (1, 0))
        path.append(pos)
    return path


p = walk("UURRDLLLD")
print(p)
print(p[-1], manhattan(p[0], p[-1]))
far = 0
for q in p:
    far = max(far, manhattan((0, 0), q))
print(far)
