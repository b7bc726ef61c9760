# Dataclasses with float fields: a tiny particle simulation with a mutating method.
from dataclasses import dataclass
from math import sqrt


@dataclass
class Vec:
    x: float
    y: float

    def length(self) -> float:
        return sqrt(self.x * self.x + self.y * self.y)


def plus(a: Vec, b: Vec) -> Vec:
    return Vec(a.x + b.x, a.y + b.y)


def times(a: Vec, k: float) -> Vec:
    return Vec(a.x * k, a.y * k)


@dataclass
class Particle:
    name: str
    pos: Vec
    vel: Vec
    bounces: int

    def step(self, dt: float) -> None:
        self.vel = plus(self.vel, Vec(0.0, -9.75 * dt))
        self.pos = plus(self.pos, times(self.vel, dt))
        if self.pos.y < 0.0:
            self.pos = Vec(self.pos.x, -self.pos.y)
            self.vel = Vec(self.vel.x, -self.vel.y * 0.5)
            self.bounces += 1


ps = [Particle("a", Vec(0.0, 10.0), Vec(1.0, 0.0), 0), Particle("b", Vec(5.0, 2.5), Vec(-0.5, 4.0), 0)]
print(ps[0])
print(Vec(3.0, 4.0).length(), times(Vec(1.5, -2.0), 2.0))
for step in range(200):
    for i in range(len(ps)):
        ps[i].step(0.01)
    if step % 50 == 49:
        print(step + 1, " ".join([f"{p.name}=({p.pos.x:.3f},{p.pos.y:.3f})" for p in ps]))
for p in ps:
    print(p.name, p.bounces, f"{p.vel.length():.4f}")
q = Particle("q", Vec(0.0, 0.0), Vec(0.0, 0.0), 7)
print(q)
