# Deep-ish recursion: Ackermann on small arguments and the towers of Hanoi.

moves: int = 0


def ackermann(m: int, n: int) -> int:
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def hanoi(n: int, src: str, dst: str, via: str, show: bool) -> None:
    global moves
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, show)
    moves += 1
    if show:
        print(f"move disk {n} from {src} to {dst}")
    hanoi(n - 1, via, dst, src, show)


def hanoi_count(n: int) -> int:
    if n == 0:
        return 0
    return 2 * hanoi_count(n - 1) + 1


for m in range(3):
    row: list[int] = []
    for n in range(5):
        row.append(ackermann(m, n))
    print("A", m, row)
print("A(3, 3) =", ackermann(3, 3))

hanoi(3, "A", "C", "B", True)
print("moves:", moves)
moves = 0
hanoi(12, "L", "R", "M", False)
print("moves for 12:", moves, "expected", hanoi_count(12), moves == 2 ** 12 - 1)
