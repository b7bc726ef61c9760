"""Handlers of exception classes with fields: tuples of kinds (`e` read as their nearest
common class), `finally`, loops,
nested functions, an error caught as its base and re-raised as itself."""


class QueueError(Exception):
    def __init__(self, queue, reason):
        super().__init__(f"{queue}: {reason}")
        self.queue = queue
        self.reason = reason


class Empty(QueueError):
    def __init__(self, queue):
        super().__init__(queue, "empty")


class Full(QueueError):
    def __init__(self, queue, size):
        super().__init__(queue, f"full at {size}")
        self.size = size


class Queue:
    def __init__(self, name, cap):
        self.name = name
        self.cap = cap
        self.items = []

    def put(self, x):
        if len(self.items) >= self.cap:
            raise Full(self.name, len(self.items))
        self.items.append(x)

    def get(self):
        if not self.items:
            raise Empty(self.name)
        return self.items.pop(0)


q = Queue("jobs", 2)
log = []
for i in range(4):
    try:
        q.put(i)
        log.append(f"put {i}")
    except Full as e:
        log.append(f"{e} (size {e.size})")
        break
    finally:
        log.append("tried")
print(log)

while True:
    try:
        print("got", q.get())
    except (Empty, Full) as e:
        print("stop:", e)
        break


def drain(q, n):
    out = []
    for _ in range(n):
        try:
            out.append(q.get())
        except QueueError as e:
            if e.reason == "empty":
                raise
            out.append(-1)
    return out


q.put(7)
try:
    print(drain(q, 3))
except Empty as e:
    print("drain stopped:", e.queue, e.reason, repr(e))


def relabel(q):
    try:
        return q.get()
    except QueueError as e:
        print("seen", e.reason)
        raise e


try:
    relabel(q)
except Full:
    print("wrong")
except Empty as e:
    print("still Empty:", e)

counts = {}
for name in ["a", "b", "a"]:
    try:
        raise Empty(name)
    except QueueError as e:
        counts[e.queue] = counts.get(e.queue, 0) + 1
print(counts)
seen = []


def retry(q):
    try:
        return q.get()
    except Empty as e:
        e.reason = "empty again"
        seen.append(e)
        raise


for attempt in range(2):
    try:
        retry(q)
    except QueueError as e:
        print("attempt", attempt, e.reason, e)
print([s.reason for s in seen])
for i in range(3):  # a tuple of classes: `e` is read as their nearest common class
    try:
        if i == 0:
            raise Empty("a")
        if i == 1:
            raise Full("b", 3)
        raise ValueError("v")
    except (Empty, Full) as e:
        print(type(e).__name__, e.queue, e.reason, e)
    except (ValueError, KeyError) as e:
        print("other", e)
raise Full("last", 9)
