def next_row(row):
    out = [1]
    for i in range(len(row) - 1):
        out.append(row[i] + row[i + 1])
    out.append(1)
    return out


def pascal(n):
    rows = [[1]]
    for _ in range(n - 1):
        rows.append(next_row(rows[-1]))
    return rows


for r in pascal(8):
    print(" ".join([str(x) for x in r]))
print(sum(pascal(30)[-1]))
