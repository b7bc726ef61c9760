def knapsack(weights, values, cap):
    best = [0] * (cap + 1)
    for i in range(len(weights)):
        w = weights[i]
        v = values[i]
        c = cap
        while c >= w:
            if best[c - w] + v > best[c]:
                best[c] = best[c - w] + v
            c -= 1
    return best[cap]


weights = [12, 7, 11, 8, 9]
values = [24, 13, 23, 15, 16]
for cap in [0, 10, 20, 26, 40]:
    print(cap, knapsack(weights, values, cap))
