# Loops at module level that change their elements in place (a script's loop over its
# objects): the variable refers to each element of the module's list, a method of the
# object's own class changes it, and the change lands in the list, as in Python.

class Particle:
    def __init__(self, x, v):
        self.x = x
        self.v = v
    def step(self, dt):
        self.x += self.v * dt

class Heavy(Particle):
    def step(self, dt):
        super().step(dt / 2)

ps = [Particle(0.0, 1.0), Heavy(0.0, 1.0), Particle(1.0, -1.0)]
for t in range(3):
    for p in ps:
        p.step(0.5)
        p.v *= 0.9
print([round(p.x, 4) for p in ps])

class P:
    def __init__(self, x):
        self.x = x
    def bump(self):
        self.x += 1
qs = [P(1), P(2)]
for q in qs:
    q.bump()
print([q.x for q in qs])
