# Word counts of a 1M-word text with a dict (Ember vs CPython, same file):
#   ember run benchmarks/dicts/wordcount.py    and    python3 benchmarks/dicts/wordcount.py
# The text is made first (not timed); the timed part splits it and counts the words.
from time import perf_counter

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]


def make_text(n):
    parts = []
    x = 12345
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        parts.append(WORDS[x % 10] + str(x % 5000))
    return " ".join(parts)


def word_counts(text):
    counts = {}
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    return counts


text = make_text(1000000)
t0 = perf_counter()
c = word_counts(text)
t1 = perf_counter()
top = sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(len(c), top)
print(f"wordcount 1M words: {t1 - t0:.3f} s")
