# Mutual recursion between functions declared in either order, and a recursive descent
# evaluator for integer expressions over a string.

pos: int = 0
src: str = ""


def is_even(n: int) -> bool:
    return True if n == 0 else is_odd(n - 1)


def is_odd(n: int) -> bool:
    return False if n == 0 else is_even(n - 1)


def parse_expr() -> int:
    global pos
    value = parse_term()
    while pos < len(src) and src[pos] in "+-":
        op = src[pos]
        pos += 1
        rhs = parse_term()
        value = value + rhs if op == "+" else value - rhs
    return value


def parse_term() -> int:
    global pos
    value = parse_atom()
    while pos < len(src) and src[pos] in "*/%":
        op = src[pos]
        pos += 1
        rhs = parse_atom()
        if op == "*":
            value *= rhs
        elif op == "/":
            value //= rhs
        else:
            value %= rhs
    return value


def parse_atom() -> int:
    global pos
    if src[pos] == "(":
        pos += 1
        value = parse_expr()
        pos += 1
        return value
    if src[pos] == "-":
        pos += 1
        return -parse_atom()
    start = pos
    while pos < len(src) and src[pos].isdigit():
        pos += 1
    return int(src[start:pos])


def evaluate(text: str) -> int:
    global pos, src
    src = text.replace(" ", "")
    pos = 0
    return parse_expr()


print([is_even(n) for n in range(6)], is_odd(301), is_even(500))
for e in ["1 + 2 * 3", "(1 + 2) * 3", "-7 / 2", "7 % -3", "2 * (3 + 4) * (5 - 1) - 10", "100 / 7 / 2", "-(-(3))"]:
    print(f"{e} = {evaluate(e)}")
