# `collections.deque`: a breadth-first search, a sliding window, a rotating queue built
# with `appendleft`/`popleft`, printed as Python prints a deque.
from collections import deque
import collections


def bfs(graph, start):
    dist = {start: 0}
    q = deque([start])
    while q:
        node = q.popleft()
        for nxt in graph[node]:
            if nxt not in dist:
                dist[nxt] = dist[node] + 1
                q.append(nxt)
    return dist


def window_max(xs, k):
    out = []
    q = deque()
    for i, x in enumerate(xs):
        while q and xs[q[-1]] <= x:
            q.pop()
        q.append(i)
        if q[0] <= i - k:
            q.popleft()
        if i >= k - 1:
            out.append(xs[q[0]])
    return out


graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
print(sorted(bfs(graph, "a").items()))
print(window_max([1, 3, -1, -3, 5, 3, 6, 7], 3))
d = collections.deque(range(3))
d.appendleft(-1)
d.extend([7, 8])
print(d, len(d), d[0], d[-1], 7 in d, list(d))
print(d.popleft(), d.pop(), d, deque("ab"), deque())
steps = deque()
for s in ["x", "y", "z"]:
    steps.appendleft(s)
print(steps, [s.upper() for s in steps], bool(deque()), bool(steps), sorted(steps), list(reversed(steps)))
