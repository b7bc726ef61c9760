# A method that changes its object, called on a new object (a constructor's or a
# function's result): the change is made to that object, which dies after the call (it
# was an internal compiler error).
class Tally:
    def __init__(self):
        self.seen = []

    def add(self, x):
        self.seen.append(x)
        return len(self.seen)

    def bump_all(self, xs):
        for x in xs:
            self.add(x)
        return sum(self.seen)


def fresh():
    return Tally()


print(Tally().add(3), fresh().add(4), [Tally().add(i) for i in range(3)], Tally().bump_all([1, 2, 3]))
