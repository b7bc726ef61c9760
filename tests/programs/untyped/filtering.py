def evens(xs):
    return [x for x in xs if x % 2 == 0]


def squares_of_odds(xs):
    return [x * x for x in xs if x % 2 == 1]


def long_words(ws, n):
    return [w.upper() for w in ws if len(w) > n]


nums = list(range(-5, 16))
print(evens(nums))
print(squares_of_odds(nums))
print(long_words(["a", "tree", "in", "forest", "grows"], 3))
pairs = [(i, j) for i in range(4) for j in range(i) if (i + j) % 2 == 1]
print(pairs)
