"""round() of ints to tens, hundreds, ... (half to even, as Python), and str.join of a
string's characters."""
for x in [1234, 1250, 1350, -1250, -1251, 5, 15, 25, -15, 0, 999999, 922337203685477580]:
    print(x, round(x, -1), round(x, -2), round(x, -3), round(x, 0), round(x, 2))
print(round(4500000000000000000, -19), round(-5000000000000000000, -19), round(7, -30))
print(round(2.675, 2), round(-0.5), round(1234.5678, -2))
word = "ember"
print("-".join(word), "".join(reversed(word)), ", ".join("xyz"), "+".join(word[1:]))
