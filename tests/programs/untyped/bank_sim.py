def apply(balances, ops):
    for op in ops:
        kind = op[0]
        who = op[1]
        amt = op[2]
        if kind == "dep":
            balances[who] += amt
        elif kind == "wd":
            if balances[who] >= amt:
                balances[who] -= amt
            else:
                print(f"refused: account {who} wants {amt}, has {balances[who]}")


def total(balances):
    t = 0
    for b in balances:
        t += b
    return t


accts = [100, 50, 0]
ops = [("dep", 0, 25), ("wd", 1, 70), ("wd", 1, 20), ("dep", 2, 5), ("wd", 0, 125)]
apply(accts, ops)
print(accts, total(accts))
