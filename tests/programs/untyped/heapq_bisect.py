# `heapq` and `bisect` (Ember's own, ember/stdlib/heapq.ember and bisect.ember): a
# shortest-path search on a priority queue of tuples, a running median with two heaps,
# heaps of random numbers checked against sorting, and sorted insertion with bisect.
import heapq
import random
from bisect import bisect_left, bisect_right, insort


def dijkstra(graph, start):
    dist = {start: 0}
    queue = [(0, start)]
    done = set()
    while queue:
        d, node = heapq.heappop(queue)
        if node in done:
            continue
        done.add(node)
        for nxt, w in graph[node]:
            nd = d + w
            if nxt not in dist or nd < dist[nxt]:
                dist[nxt] = nd
                heapq.heappush(queue, (nd, nxt))
    return dist


def running_medians(xs):
    low = []  # a max-heap, as negated values
    high = []
    out = []
    for x in xs:
        if len(low) == 0 or x <= -low[0]:
            heapq.heappush(low, -x)
        else:
            heapq.heappush(high, x)
        if len(low) > len(high) + 1:
            heapq.heappush(high, -heapq.heappop(low))
        elif len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))
        out.append(float(-low[0]) if len(low) > len(high) else (-low[0] + high[0]) / 2)
    return out


graph = {"a": [("b", 4), ("c", 1)], "b": [("d", 1)], "c": [("b", 2), ("d", 5)], "d": []}
print(sorted(dijkstra(graph, "a").items()))
print(running_medians([5, 15, 1, 3, 8, 7, 9, 10, 20, 2]))

random.seed(11)
for trial in range(3):
    xs = [random.randint(-50, 50) for _ in range(random.randint(0, 40))]
    h = list(xs)
    heapq.heapify(h)
    print(h[:8])
    popped = [heapq.heappop(h) for _ in range(len(h))]
    print(popped == sorted(xs), heapq.nsmallest(3, xs), heapq.nlargest(3, xs))
h = [3, 1, 2]
heapq.heapify(h)
print(heapq.heapreplace(h, 9), heapq.heappushpop(h, 0), heapq.heappushpop(h, 4), h)

scores = []
for s in [70, 55, 90, 55, 81]:
    insort(scores, s)
print(scores, bisect_left(scores, 55), bisect_right(scores, 55), bisect_left(scores, 100))
print(["FDCBA"[bisect_right([60, 70, 80, 90], s)] for s in scores])
