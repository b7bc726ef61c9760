def combine(st, op):
    b = st.pop()
    a = st.pop()
    if op == "+":
        st.append(a + b)
    elif op == "-":
        st.append(a - b)
    else:
        st.append(a * b)


def rpn(tokens):
    st = []
    for t in tokens:
        if t == "+" or t == "-" or t == "*":
            combine(st, t)
        else:
            st.append(int(t))
    return st[0]


def rpn_float(tokens):
    st = []
    for t in tokens:
        if t == "+" or t == "-" or t == "*":
            combine(st, t)
        else:
            st.append(float(t))
    return st[-1]


def shunting(expr):
    out = []
    ops = []
    for t in expr.split():
        if t == "+" or t == "-" or t == "*":
            while ops and (ops[-1] == "*" or t != "*"):
                out.append(ops.pop())
            ops.append(t)
        else:
            out.append(t)
    while ops:
        out.append(ops.pop())
    return out


for e in ["1 + 2 * 3", "2 * 3 + 4 - 1", "7", "1 - 2 - 3"]:
    postfix = shunting(e)
    print(e, "=>", " ".join(postfix), "=", rpn(postfix), rpn_float(postfix))
