def tokenize(line):
    tokens = []
    cur = ""
    for ch in line:
        if ch == "," or ch == " ":
            if cur:
                tokens.append(cur)
            cur = ""
        else:
            cur += ch
    if cur:
        tokens.append(cur)
    return tokens


def columns(rows):
    cols = []
    for row in rows:
        while len(cols) < len(row):
            cols.append([])
        for i in range(len(row)):
            cols[i].append(row[i])
    return cols


def widths(cols):
    ws = []
    for col in cols:
        w = 0
        for cell in col:
            w = max(w, len(cell))
        ws.append(w)
    return ws


def render(rows, ws):
    lines = []
    for row in rows:
        parts = []
        for i in range(len(row)):
            parts.append(row[i] + " " * (ws[i] - len(row[i])))
        lines.append(" | ".join(parts).rstrip())
    return lines


def averages(table):
    means = []
    for row in table[1:]:
        nums = []
        for cell in row[1:]:
            nums.append(float(cell))
        if nums:
            means.append(round(sum(nums) / len(nums), 3))
        else:
            means.append(0.0)
    return means


text = ["name,x,y", "alpha, 1.5, 2", "be,10,20.25", "gamma_ray,3"]
rows = []
for line in text:
    rows.append(tokenize(line))
print(rows)
cols = columns(rows)
print(cols)
ws = widths(cols)
print(ws)
for line in render(rows, ws):
    print(line)
print(averages(rows))
