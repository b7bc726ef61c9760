def shift_char(ch, k):
    if "a" <= ch <= "z":
        return chr((ord(ch) - ord("a") + k) % 26 + ord("a"))
    if "A" <= ch <= "Z":
        return chr((ord(ch) - ord("A") + k) % 26 + ord("A"))
    return ch


def caesar(text, k):
    return "".join([shift_char(c, k) for c in text])


msg = "Hello, World! Attack at dawn."
enc = caesar(msg, 3)
print(enc)
print(caesar(enc, -3))
print(caesar(msg, 13) == caesar(caesar(msg, 26), 13))
