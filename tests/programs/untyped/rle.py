def encode(s):
    if len(s) == 0:
        return ""
    out = ""
    cur = s[0]
    n = 1
    for ch in s[1:]:
        if ch == cur:
            n += 1
        else:
            out += str(n) + cur
            cur = ch
            n = 1
    out += str(n) + cur
    return out


def decode(s):
    out = ""
    num = 0
    for ch in s:
        if ch.isdigit():
            num = num * 10 + int(ch)
        else:
            out += ch * num
            num = 0
    return out


for s in ["aaabbbcccd", "abc", "", "wwwwwwwwwwwwbx"]:
    e = encode(s)
    print(repr(s), e, decode(e) == s)
