"""Lists and deques used as queues: pops and inserts at the front between appends,
growth, clears and copies (the front's room is reused, moved back and freed)."""
from collections import deque


def bfs(n, edges):
    adj = [[] for _ in range(n)]
    for a, b in edges:
        adj[a].append(b)
        adj[b].append(a)
    dist = [-1] * n
    dist[0] = 0
    q = deque([0])
    while q:
        v = q.popleft()
        for w in adj[v]:
            if dist[w] < 0:
                dist[w] = dist[v] + 1
                q.append(w)
    return dist


def josephus(n, k):
    people = list(range(1, n + 1))
    out = []
    while people:
        for _ in range(k - 1):
            people.append(people.pop(0))
        out.append(people.pop(0))
    return out


def churn(rounds):
    xs = []
    for r in range(rounds):
        for i in range(r % 7 + 1):
            xs.insert(0, r * 10 + i)
        for i in range(r % 5):
            if xs:
                xs.pop(0)
        if r % 4 == 0:
            xs.append(-r)
        if r % 11 == 0:
            ys = xs.copy()
            xs = ys[1:] + [r]
        if r % 17 == 0:
            xs.clear()
    return xs


def words():
    ws = ["w" + str(i) for i in range(12)]
    while len(ws) > 3:
        a = ws.pop(0)
        b = ws.pop(0)
        c = ws.pop(0)
        ws.append(a + "+" + b)
        ws.insert(0, c[:2])
    return ws


edges = [(i, (i * 7 + 3) % 40) for i in range(40)] + [(i, i + 1) for i in range(39)]
print(bfs(40, edges))
print(josephus(41, 3))
print(churn(60))
print(words())
d = deque()
for i in range(30):
    d.appendleft(i)
    d.append(-i)
    if i % 3 == 0:
        d.popleft()
print(d, len(d), sum(d))
total = 0
big = list(range(5000))
inserted = 0
while big:
    total += big.pop(0)
    if len(big) % 1000 == 0 and inserted < 4:
        big.insert(0, 1)
        inserted += 1
print(total)
