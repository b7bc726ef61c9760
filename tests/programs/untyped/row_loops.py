# Loops that change their rows in place, several with the same variable name: each
# loop's `row` is the element itself (as in Python), so every change reaches `rows`.


def widen(rows, v):
    for row in rows:
        row.append(v)
    for row in rows:
        row[0] = row[0] + v


def main():
    rows = [[float(r)] for r in range(3)]
    for row in rows:
        row.append(1.0)
    total = 0.0
    for row in rows:
        total += row[0] + row[1]
    widen(rows, 5.0)
    sizes = [len(row) for row in rows]
    for row in rows:
        row.extend([total])
    print(rows, total, sizes)


main()
