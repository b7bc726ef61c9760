def balanced(s):
    stack = []
    for ch in s:
        if ch == "(" or ch == "[" or ch == "{":
            stack.append(ch)
        elif ch == ")" or ch == "]" or ch == "}":
            if not stack:
                return False
            top = stack.pop()
            if (top == "(" and ch != ")") or (top == "[" and ch != "]") or (top == "{" and ch != "}"):
                return False
    return len(stack) == 0


def bfs(grid, start, goal):
    rows = len(grid)
    cols = len(grid[0])
    dist = []
    for r in range(rows):
        dist.append([-1] * cols)
    queue = []
    queue.append(start)
    dist[start[0]][start[1]] = 0
    head = 0
    while head < len(queue):
        r, c = queue[head]
        head += 1
        for dr, dc in [(1, 0), (-1, 0), (0, 1), (0, -1)]:
            nr = r + dr
            nc = c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == "." and dist[nr][nc] < 0:
                dist[nr][nc] = dist[r][c] + 1
                queue.append((nr, nc))
    return dist[goal[0]][goal[1]]


def eval_rpn(tokens):
    st = []
    for t in tokens:
        if t == "+" or t == "-" or t == "*":
            b = st.pop()
            a = st.pop()
            if t == "+":
                st.append(a + b)
            elif t == "-":
                st.append(a - b)
            else:
                st.append(a * b)
        else:
            st.append(int(t))
    return st[0]


def topo_order(n, edges):
    indeg = [0] * n
    adj = []
    for i in range(n):
        adj.append([])
    for a, b in edges:
        adj[a].append(b)
        indeg[b] += 1
    ready = []
    for i in range(n):
        if indeg[i] == 0:
            ready.append(i)
    order = []
    while ready:
        ready.sort(reverse=True)
        v = ready.pop()
        order.append(v)
        for w in adj[v]:
            indeg[w] -= 1
            if indeg[w] == 0:
                ready.append(w)
    return order


for s in ["([]{})", "(]", "((", "", "{[()()]}"]:
    print(repr(s), balanced(s))
maze = ["..#.", ".##.", "....", "#.#."]
print(bfs(maze, (0, 0), (3, 3)))
print(bfs(maze, (0, 0), (0, 3)))
print(eval_rpn("3 4 + 2 * 7 -".split()))
print(topo_order(6, [(5, 2), (5, 0), (4, 0), (4, 1), (2, 3), (3, 1)]))
