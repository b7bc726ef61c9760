def bubble_sort(xs):
    n = len(xs)
    for i in range(n):
        for j in range(n - 1 - i):
            if xs[j] > xs[j + 1]:
                t = xs[j]
                xs[j] = xs[j + 1]
                xs[j + 1] = t


def main():
    data = [5, 2, 9, 1, 5, 6, 0, -3, 12, 7]
    bubble_sort(data)
    print(data)
    words = ["pear", "apple", "fig", "banana"]
    bubble_sort(words)
    print(words)


main()
