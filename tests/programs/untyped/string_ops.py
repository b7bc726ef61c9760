def count_vowels(s):
    n = 0
    for ch in s.lower():
        if ch in "aeiou":
            n += 1
    return n


def title_case(s):
    words = s.split(" ")
    return " ".join([w[0].upper() + w[1:].lower() if len(w) > 0 else w for w in words])


def reverse_words(s):
    ws = s.split()
    ws.reverse()
    return " ".join(ws)


s = "the quick brown FOX jumps over the lazy dog"
print(count_vowels(s))
print(title_case(s))
print(reverse_words(s))
print(s.replace("the", "a").strip(), s.find("FOX"), s.count("o"))
