def binary_search(xs, target):
    lo = 0
    hi = len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        elif xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


xs = [i * 3 for i in range(30)]
for t in [0, 3, 4, 45, 87, 90, -1]:
    print(t, binary_search(xs, t))
names = ["ada", "bob", "cy", "dee"]
print(binary_search(names, "cy"), binary_search(names, "zed"))
