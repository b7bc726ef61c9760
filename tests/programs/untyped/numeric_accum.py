def moving_average(xs, k):
    out = []
    window = []
    total = 0.0
    for x in xs:
        window.append(x)
        total += x
        if len(window) > k:
            total -= window.pop(0)
        out.append(total / len(window))
    return out


def histogram(xs, lo, hi, bins):
    counts = []
    for b in range(bins):
        counts.append(0)
    width = (hi - lo) / bins
    for x in xs:
        i = int((x - lo) / width)
        if i == bins:
            i -= 1
        if 0 <= i < bins:
            counts[i] += 1
    return counts


def cumulative(xs):
    acc = []
    s = 0
    for x in xs:
        s += x
        acc.append(s)
    return acc


def pairs_below(xs, limit):
    found = []
    for i in range(len(xs)):
        for j in range(i + 1, len(xs)):
            if xs[i] + xs[j] < limit:
                found.append((xs[i], xs[j]))
    return found


def normalize(xs):
    lo = min(xs)
    hi = max(xs)
    scaled = []
    for x in xs:
        scaled.append((x - lo) / (hi - lo))
    return scaled


data = [3.0, 1.5, 4.0, 1.0, 5.5, 9.0, 2.5, 6.0]
print(moving_average(data, 3))
print(histogram(data, 0.0, 10.0, 5))
print(cumulative([1, 2, 3, 4, 5]))
print(pairs_below([1, 4, 2, 8, 3], 6))
print(normalize(data))
print(normalize([2, 4, 6]))
