def fib_table(n):
    memo = [0] * (n + 1)
    if n >= 1:
        memo[1] = 1
    for i in range(2, n + 1):
        memo[i] = memo[i - 1] + memo[i - 2]
    return memo


def fib_rec(n, memo):
    if memo[n] >= 0:
        return memo[n]
    r = fib_rec(n - 1, memo) + fib_rec(n - 2, memo)
    memo[n] = r
    return r


t = fib_table(50)
print(t[10], t[30], t[50])
m = [-1] * 61
m[0] = 0
m[1] = 1
print(fib_rec(60, m))
print(m[:12])
