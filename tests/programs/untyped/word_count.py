def split_words(text):
    words = []
    cur = ""
    for ch in text:
        if ch.isalpha():
            cur += ch.lower()
        else:
            if cur != "":
                words.append(cur)
            cur = ""
    if cur != "":
        words.append(cur)
    return words


def count_words(words):
    seen = []
    counts = []
    for w in words:
        found = False
        for i in range(len(seen)):
            if seen[i] == w:
                counts[i] += 1
                found = True
        if not found:
            seen.append(w)
            counts.append(1)
    return seen, counts


text = "The cat and the hat. The bat sat on the mat, and the cat ran!"
ws = split_words(text)
print(len(ws))
seen, counts = count_words(ws)
for i in range(len(seen)):
    print(f"{seen[i]}: {counts[i]}")
