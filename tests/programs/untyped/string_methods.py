# String methods: case tests and changes, padding (ljust, rjust, center as CPython puts the odd
# character), zfill after a sign; and pow.

for s in ["Hello, World", "abc", "ABC", "", "123", "a1B", "hello world-foo bar's"]:
    print(repr(s), s.isupper(), s.islower(), s.isalnum(), s.title(), s.capitalize())
    print("[" + s.ljust(14) + "]", "[" + s.rjust(14, "*") + "]", "[" + s.center(15) + "]", "[" + s.center(16, "-") + "]")
for w in range(0, 7):
    print("ab".center(w), "|", "abc".center(w, "."), "|", "-42".zfill(w), "+7".zfill(w), "x".zfill(w))
print("éa".upper().center(6, "é"), "ÉCOLE".islower(), "école".title())
print(pow(2, 10), pow(2.0, -1), pow(3, 2) + 1)
# replace with a count, min and max of a string's characters
text = "hello world"
print(text.replace("l", "L", 1), text.replace("o", "0", 0), text.replace("", "-", 3), "ab".replace("", "|", 9))
print(min(text), max(text), [max(w) for w in text.split()], min("zebra"))
for s in ["Hello World", "hello World", "HELLO", "Hello world", "", "1st Place", "A", "ÀB", "Élan Vital",
          "x_1", "_x", "1x", "snake_case", "my var", "Straße", "Hello-World", "Ünïcode_1"]:
    print(repr(s), s.istitle(), s.isidentifier())


def nothing():
    pass


print(None, nothing(), str(None), repr(None), f"{None}")  # None prints as Python's
