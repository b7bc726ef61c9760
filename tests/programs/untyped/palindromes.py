def clean(s):
    out = ""
    for ch in s:
        if ch.isalpha() or ch.isdigit():
            out += ch.lower()
    return out


def is_palindrome(s):
    c = clean(s)
    i = 0
    j = len(c) - 1
    while i < j:
        if c[i] != c[j]:
            return False
        i += 1
        j -= 1
    return True


def longest_pal_sub(s):
    best = ""
    for i in range(len(s)):
        for j in range(i + 1, len(s) + 1):
            sub = s[i:j]
            if sub == sub[::-1] and len(sub) > len(best):
                best = sub
    return best


for s in ["A man, a plan, a canal: Panama", "hello", "racecar", "", "No lemon, no melon"]:
    print(repr(s), is_palindrome(s))
print(longest_pal_sub("forgeeksskeegfor"))
print(longest_pal_sub("abacdfgdcaba"))
