def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)


moves = []
hanoi(3, "A", "C", "B", moves)
print(len(moves))
for m in moves:
    print(f"{m[0]} -> {m[1]}")
big = []
hanoi(12, 1, 3, 2, big)
print(len(big), big[:3])
