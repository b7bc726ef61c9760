def escape(cr, ci, limit):
    zr = 0.0
    zi = 0.0
    n = 0
    while n < limit and zr * zr + zi * zi <= 4.0:
        zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
        n += 1
    return n


def render(w, h, limit):
    rows = []
    for y in range(h):
        line = ""
        for x in range(w):
            cr = -2.0 + 3.0 * x / w
            ci = -1.2 + 2.4 * y / h
            n = escape(cr, ci, limit)
            line += "#" if n == limit else "."
        rows.append(line)
    return rows


for r in render(40, 12, 50):
    print(r)
total = 0
for y in range(20):
    for x in range(20):
        total += escape(-2.0 + 0.15 * x, -1.5 + 0.15 * y, 100)
print(total)
