"""Strings built by appending (mir/strappend.py: `s += x` and `s = s + x` grow the
string in place): in a function, at module level, from literals, from other strings,
with the old value still read through another name, and appending a string to itself."""


def digits(n: int) -> str:
    s = ""
    for i in range(n):
        s += str(i % 10)
    return s


def csv_line(words: list[str]) -> str:
    line = ""
    for w in words:
        if line:
            line = line + ","
        line = line + w
    return line


def doubled(base: str, times: int) -> str:
    s = base
    for _ in range(times):
        s += s
    return s


def keeps_old(s: str) -> str:
    t = s
    s += "!"
    u = s
    s = s + "?"
    return t + "|" + u + "|" + s


big = ""
for k in range(20000):
    big += "ab"
note = "x"
note = note + note

print(digits(25))
print(csv_line(["a", "bb", "ccc"]))
print(doubled("ab", 4), len(doubled("xyz", 10)))
print(keeps_old("hi"))
print(len(big), big[:6], big[-4:])
print(note)
