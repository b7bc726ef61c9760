# N-queens by backtracking: count solutions for n = 1..8 and draw the first for n = 6.

solutions: int = 0
first: list[int] = []


def safe(cols: list[int], row: int, col: int) -> bool:
    for r in range(row):
        c = cols[r]
        if c == col or abs(c - col) == row - r:
            return False
    return True


def place(cols: list[int], row: int, n: int) -> None:
    global solutions
    if row == n:
        solutions += 1
        if len(first) == 0:
            first.extend(cols)
        return
    for col in range(n):
        if safe(cols, row, col):
            cols[row] = col
            place(cols, row + 1, n)


def count(n: int) -> int:
    global solutions
    solutions = 0
    first.clear()
    cols = [0] * n
    place(cols, 0, n)
    return solutions


def main() -> None:
    print([count(n) for n in range(1, 9)])
    count(6)
    print(first)
    for r in range(6):
        print(" ".join(["Q" if first[r] == c else "." for c in range(6)]))


main()
