# sorted() and list.sort() on ints, floats and strings, with reverse=True.


def main() -> None:
    ints = [5, 3, -1, 10, 0, 3, -20]
    print(sorted(ints))
    print(sorted(ints, reverse=True))
    print(ints)
    ints.sort()
    print(ints)
    ints.sort(reverse=True)
    print(ints)

    floats = [2.5, -0.5, 1e-9, 3.25, -7.0, 0.1 + 0.2, 0.3]
    print(sorted(floats))
    floats.sort()
    print(floats[0], floats[-1], len(floats))

    words = ["banana", "Apple", "cherry", "apple", "", "b", "Zeta", "aardvark"]
    print(sorted(words))
    words.sort(reverse=True)
    print(words)

    letters = sorted("mississippi")
    print(letters)
    print("".join(letters))

    empty: list[int] = []
    print(sorted(empty), min(ints), max(words))


main()
