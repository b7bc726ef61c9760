# split, join, strip, upper, lower, replace, find, startswith, endswith, count, index, isdigit.

text = "  The quick brown fox jumps over the lazy dog  "
words = text.split()
print(words)
print(len(words), text.strip(), "|" + text.lstrip() + "|", "|" + text.rstrip() + "|")
print(" ".join(words).upper())
print("-".join(reversed(words)).lower())
csv = "alpha,beta,,gamma"
parts = csv.split(",")
print(parts, len(parts))
print("a b  c".split(" "), "x".split(","), "".split())
print(text.replace("the", "a"), "aaa".replace("a", "bb"), "abcabc".replace("b", ""))
print(text.find("fox"), text.find("cat"), "banana".find("an"), "banana".find("a"))
print("banana".startswith("ban"), "banana".startswith("nab"), "banana".endswith("na"))
print("banana".count("a"), "banana".count("an"), "banana".index("n"))
print("12345".isdigit(), "12a".isdigit(), "abc".isalpha(), "a1".isalpha())
print("xxhixx".strip("x"), "..a.b..".strip("."), "MiXeD".lower(), "MiXeD".upper())


def word_lengths(sentence: str) -> list[int]:
    return [len(w) for w in sentence.split()]


def capitalize_words(sentence: str) -> str:
    out: list[str] = []
    for w in sentence.split():
        out.append(w[0].upper() + w[1:].lower())
    return " ".join(out)


def count_words(sentence: str, target: str) -> int:
    n = 0
    for w in sentence.lower().split():
        if w.strip(".,!?") == target:
            n += 1
    return n


print(word_lengths(text))
print(capitalize_words("hELLO tHERE general KENOBI"))
print(count_words("The cat. the CAT! The dog?", "the"))
lines = "line one\nline two\n\nline four".split("\n")
for i, line in enumerate(lines):
    print(i, repr(line), len(line))
print(",".join([str(n) for n in range(5)]), "".join(["a", "b"]) == "ab")
