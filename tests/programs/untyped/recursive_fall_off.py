# A recursive def whose if/elif may, as far as a compiler sees, fall off its end (None):
# its result is an optional from its first `return`, so its calls of itself read one (it
# was an internal compiler error). And names reused across a loop that surely runs once
# (a literal range or list) or never ends normally (`while True`): after it, a read sees
# only what the loop left (sema/webs.py).


def total(items):
    if len(items) == 0:
        return 0
    elif len(items) >= 1:
        return items[0] + total(items[1:])


def depth(tree, k):
    if k > 3:
        return k
    elif tree:
        return max(depth(tree[1:], k + 1), k)


def last_word(text):
    word = len(text)
    for word in ["a", "b"]:
        pass
    return word.upper()


def first_big(xs):
    i = 0
    found = -1
    while True:
        found = xs[i]
        if found > 10:
            break
        i += 1
    found = str(found) + "!"
    return found


print(total([1, 2, 3]), depth([1, 2, 3, 4, 5], 0), last_word("xyz"), first_big([3, 12, 40]))
value = 5
value = str(value) * 2
for value in range(2):
    pass
print(value)
