# The n-body benchmark (sun and four planets), a few hundred steps.
from math import sqrt, pi

SOLAR_MASS: float = 4.0 * pi * pi
DAYS_PER_YEAR: float = 365.24

xs: list[float] = [0.0, 4.84143144246472090e+00, 8.34336671824457987e+00, 1.28943695621391310e+01, 1.53796971148509165e+01]
ys: list[float] = [0.0, -1.16032004402742839e+00, 4.12479856412430479e+00, -1.51111514016986312e+01, -2.59193146099879641e+01]
zs: list[float] = [0.0, -1.03622044471123109e-01, -4.03523417114321381e-01, -2.23307578892655734e-01, 1.79258772950371181e-01]
vxs: list[float] = [0.0, 1.66007664274403694e-03 * DAYS_PER_YEAR, -2.76742510726862411e-03 * DAYS_PER_YEAR, 2.96460137564761618e-03 * DAYS_PER_YEAR, 2.68067772490389322e-03 * DAYS_PER_YEAR]
vys: list[float] = [0.0, 7.69901118419740425e-03 * DAYS_PER_YEAR, 4.99852801234917238e-03 * DAYS_PER_YEAR, 2.37847173959480950e-03 * DAYS_PER_YEAR, 1.62824170038242295e-03 * DAYS_PER_YEAR]
vzs: list[float] = [0.0, -6.90460016972063023e-05 * DAYS_PER_YEAR, 2.30417297573763929e-05 * DAYS_PER_YEAR, -2.96589568540237556e-05 * DAYS_PER_YEAR, -9.51592254519715870e-05 * DAYS_PER_YEAR]
masses: list[float] = [SOLAR_MASS, 9.54791938424326609e-04 * SOLAR_MASS, 2.85885980666130812e-04 * SOLAR_MASS, 4.36624404335156298e-05 * SOLAR_MASS, 5.15138902046611451e-05 * SOLAR_MASS]


def offset_momentum() -> None:
    px = 0.0
    py = 0.0
    pz = 0.0
    for i in range(len(masses)):
        px += vxs[i] * masses[i]
        py += vys[i] * masses[i]
        pz += vzs[i] * masses[i]
    vxs[0] = -px / SOLAR_MASS
    vys[0] = -py / SOLAR_MASS
    vzs[0] = -pz / SOLAR_MASS


def energy() -> float:
    e = 0.0
    n = len(masses)
    for i in range(n):
        e += 0.5 * masses[i] * (vxs[i] * vxs[i] + vys[i] * vys[i] + vzs[i] * vzs[i])
        for j in range(i + 1, n):
            dx = xs[i] - xs[j]
            dy = ys[i] - ys[j]
            dz = zs[i] - zs[j]
            e -= masses[i] * masses[j] / sqrt(dx * dx + dy * dy + dz * dz)
    return e


def advance(dt: float, steps: int) -> None:
    n = len(masses)
    for _ in range(steps):
        for i in range(n):
            for j in range(i + 1, n):
                dx = xs[i] - xs[j]
                dy = ys[i] - ys[j]
                dz = zs[i] - zs[j]
                d2 = dx * dx + dy * dy + dz * dz
                mag = dt / (d2 * sqrt(d2))
                vxs[i] -= dx * masses[j] * mag
                vys[i] -= dy * masses[j] * mag
                vzs[i] -= dz * masses[j] * mag
                vxs[j] += dx * masses[i] * mag
                vys[j] += dy * masses[i] * mag
                vzs[j] += dz * masses[i] * mag
        for i in range(n):
            xs[i] += dt * vxs[i]
            ys[i] += dt * vys[i]
            zs[i] += dt * vzs[i]


offset_momentum()
print(f"{energy():.9f}")
for _ in range(4):
    advance(0.01, 250)
    print(f"{energy():.9f}")
print(f"{xs[1]:.6f} {ys[1]:.6f} {zs[1]:.6f}")
