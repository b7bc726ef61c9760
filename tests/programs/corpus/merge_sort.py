# Recursive merge sort returning new lists; counting inversions on the way.

inversions: int = 0


def merge(left: list[int], right: list[int]) -> list[int]:
    global inversions
    out: list[int] = []
    i = 0
    j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            inversions += len(left) - i
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def merge_sort(xs: list[int]) -> list[int]:
    if len(xs) <= 1:
        return xs[:]
    mid = len(xs) // 2
    return merge(merge_sort(xs[:mid]), merge_sort(xs[mid:]))


def merge_sort_str(xs: list[str]) -> list[str]:
    if len(xs) <= 1:
        return xs.copy()
    mid = len(xs) // 2
    a = merge_sort_str(xs[:mid])
    b = merge_sort_str(xs[mid:])
    out: list[str] = []
    while len(a) > 0 and len(b) > 0:
        if a[0] <= b[0]:
            out.append(a.pop(0))
        else:
            out.append(b.pop(0))
    return out + a + b


def main() -> None:
    data = [38, 27, 43, 3, 9, 82, 10, 3, -5, 0]
    print(merge_sort(data))
    print("inversions:", inversions)
    print("original untouched:", data)
    seq = [(i * 37 + 11) % 101 for i in range(300)]
    s = merge_sort(seq)
    print(s[:10], s[-1], s == sorted(seq))
    print(merge_sort([]), merge_sort([42]))
    print(merge_sort_str(["delta", "alpha", "echo", "charlie", "bravo", "alpha"]))


main()
