# String basics: concatenation, repetition, in, comparisons, len, indexing, ord/chr.


def caesar(text: str, shift: int) -> str:
    out = ""
    for ch in text:
        if "a" <= ch <= "z":
            out += chr((ord(ch) - ord("a") + shift) % 26 + ord("a"))
        elif "A" <= ch <= "Z":
            out += chr((ord(ch) - ord("A") + shift) % 26 + ord("A"))
        else:
            out += ch
    return out


def count_vowels(s: str) -> int:
    n = 0
    for ch in s.lower():
        if ch in "aeiou":
            n += 1
    return n


def main() -> None:
    a = "fire"
    b = "fly"
    print(a + b, a + " " + b, a * 3, "-" * 10, 2 * "ab")
    print(len(a), len(""), len(a + b), len("tab\there"))
    print("ir" in a, "xy" in a, "" in a, "fly" not in a)
    print(a < b, a == "fire", a != b, "apple" < "apricot", "Z" < "a", "abc" <= "abc")
    print(a[0], a[-1], a[1:3], ord("A"), ord("z"), chr(65), chr(97 + 25))
    msg = "Hello, World"
    enc = caesar(msg, 3)
    print(enc, caesar(enc, -3), caesar(msg, 26) == msg)
    print(count_vowels(msg), count_vowels("rhythm"))
    codes = [ord(c) for c in "Ember"]
    print(codes, sum(codes))
    print("".join([chr(c + 1) for c in codes]))
    s = ""
    for i in range(5):
        s += str(i)
    print(s, int(s) * 2, s[::-1])
    print("quote's", 'say "hi"', "back\\slash", "new\nline")
    print("""triple
quoted""", 'single')
    print(repr("it's"), repr("a\tb"), repr('x"y'))
    print(str(12) + "px", "%" + "d", max("abc", "abd"), min(["pear", "fig", "plum"]))
    print("a" "b" "c", "ab" * 0 == "")


main()
