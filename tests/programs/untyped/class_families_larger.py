# A union of a smaller family converted to a larger one: a variable holding any of a
# subfamily's classes reassigned another class, a list of the larger family given objects
# of a smaller family's union.

class A:
    def __init__(self, a):
        self.a = a
        self.log = [a]
    def v(self):
        return self.a
class B(A):
    def v(self):
        return self.a * 10
class C(B):
    def v(self):
        return self.a * 100
class D(A):
    def v(self):
        return -self.a

def main():
    x = C(1) if len("ab") > 1 else B(2)
    print(x.v())
    x = D(3)
    print(x.v(), x.log)
    bs = [B(4), C(5)]
    everything = [A(6)]
    for b in bs:
        everything.append(b)
    everything.append(x)
    print([e.v() for e in everything], [e.log for e in everything])
    y = C(8)
    y = A(7)
    print(y.v(), bs[1].v())

main()
