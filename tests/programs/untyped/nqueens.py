def safe(cols, row, col):
    for r in range(row):
        c = cols[r]
        if c == col or abs(c - col) == row - r:
            return False
    return True


def solve(cols, row, n):
    if row == n:
        return 1
    count = 0
    for col in range(n):
        if safe(cols, row, col):
            cols[row] = col
            count += solve(cols, row + 1, n)
    return count


for n in range(1, 9):
    print(n, solve([0] * n, 0, n))
