"""The Benchmarks Game n-body in plain CPython: the same algorithm as nbody.ember."""
from dataclasses import dataclass
from math import pi, sqrt
from sys import argv
from time import perf_counter

SOLAR_MASS = 4.0 * pi * pi
DAYS_PER_YEAR = 365.24


@dataclass
class Body:
    x: float
    y: float
    z: float
    vx: float
    vy: float
    vz: float
    mass: float


def make_bodies() -> list[Body]:
    d = DAYS_PER_YEAR
    return [
        Body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, SOLAR_MASS),
        Body(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
             1.66007664274403694e-03 * d, 7.69901118419740425e-03 * d,
             -6.90460016972063023e-05 * d, 9.54791938424326609e-04 * SOLAR_MASS),
        Body(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
             -2.76742510726862411e-03 * d, 4.99852801234917238e-03 * d,
             2.30417297573763929e-05 * d, 2.85885980666130812e-04 * SOLAR_MASS),
        Body(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
             2.96460137564761618e-03 * d, 2.37847173959480950e-03 * d,
             -2.96589568540237556e-05 * d, 4.36624404335156298e-05 * SOLAR_MASS),
        Body(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
             2.68067772490389322e-03 * d, 1.62824170038242295e-03 * d,
             -9.51592254519715870e-05 * d, 5.15138902046611451e-05 * SOLAR_MASS),
    ]


def offset_momentum(bodies: list[Body]) -> None:
    px = sum(b.vx * b.mass for b in bodies)
    py = sum(b.vy * b.mass for b in bodies)
    pz = sum(b.vz * b.mass for b in bodies)
    bodies[0].vx = -px / SOLAR_MASS
    bodies[0].vy = -py / SOLAR_MASS
    bodies[0].vz = -pz / SOLAR_MASS


def energy(bodies: list[Body]) -> float:
    e = 0.0
    for i, b in enumerate(bodies):
        e += 0.5 * b.mass * (b.vx * b.vx + b.vy * b.vy + b.vz * b.vz)
        for c in bodies[i + 1:]:
            dx, dy, dz = b.x - c.x, b.y - c.y, b.z - c.z
            e -= b.mass * c.mass / sqrt(dx * dx + dy * dy + dz * dz)
    return e


def advance(bodies: list[Body], dt: float, steps: int) -> None:
    pairs = [(bodies[i], bodies[j]) for i in range(len(bodies)) for j in range(i + 1, len(bodies))]
    for _ in range(steps):
        for b, c in pairs:
            dx, dy, dz = b.x - c.x, b.y - c.y, b.z - c.z
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * sqrt(d2))
            mb, mc = b.mass * mag, c.mass * mag
            b.vx -= dx * mc
            b.vy -= dy * mc
            b.vz -= dz * mc
            c.vx += dx * mb
            c.vy += dy * mb
            c.vz += dz * mb
        for b in bodies:
            b.x += dt * b.vx
            b.y += dt * b.vy
            b.z += dt * b.vz


def main() -> None:
    bodies = make_bodies()
    offset_momentum(bodies)
    print(f"{energy(bodies):.9f}")
    t0 = perf_counter()
    advance(bodies, 0.01, int(argv[1]))
    t1 = perf_counter()
    print(f"{energy(bodies):.9f}")
    print(f"compute_s {t1 - t0:.6f}")


if __name__ == "__main__":
    main()
