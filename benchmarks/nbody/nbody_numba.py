"""n-body with Numba: the same algorithm as nbody.ember over a (5, 7) float64 array.

cache=True keeps the compiled code on disk, so only the first of the harness's runs
pays for JIT compilation; "compute_s" excludes it in every run.
"""
from sys import argv
from time import perf_counter

import numpy as np
from numba import njit

from nbody import make_bodies

X, Y, Z, VX, VY, VZ, MASS = range(7)


@njit(cache=True)
def offset_momentum(b: np.ndarray) -> None:
    solar_mass = b[0, MASS]
    for k in (VX, VY, VZ):
        p = 0.0
        for i in range(b.shape[0]):
            p += b[i, k] * b[i, MASS]
        b[0, k] = -p / solar_mass


@njit(cache=True)
def energy(b: np.ndarray) -> float:
    e = 0.0
    n = b.shape[0]
    for i in range(n):
        e += 0.5 * b[i, MASS] * (b[i, VX] * b[i, VX] + b[i, VY] * b[i, VY]
                                + b[i, VZ] * b[i, VZ])
        for j in range(i + 1, n):
            dx = b[i, X] - b[j, X]
            dy = b[i, Y] - b[j, Y]
            dz = b[i, Z] - b[j, Z]
            e -= b[i, MASS] * b[j, MASS] / np.sqrt(dx * dx + dy * dy + dz * dz)
    return e


@njit(cache=True)
def advance(b: np.ndarray, dt: float, steps: int) -> None:
    n = b.shape[0]
    for _ in range(steps):
        for i in range(n):
            for j in range(i + 1, n):
                dx = b[i, X] - b[j, X]
                dy = b[i, Y] - b[j, Y]
                dz = b[i, Z] - b[j, Z]
                d2 = dx * dx + dy * dy + dz * dz
                mag = dt / (d2 * np.sqrt(d2))
                mi = b[i, MASS] * mag
                mj = b[j, MASS] * mag
                b[i, VX] -= dx * mj
                b[i, VY] -= dy * mj
                b[i, VZ] -= dz * mj
                b[j, VX] += dx * mi
                b[j, VY] += dy * mi
                b[j, VZ] += dz * mi
        for i in range(n):
            b[i, X] += dt * b[i, VX]
            b[i, Y] += dt * b[i, VY]
            b[i, Z] += dt * b[i, VZ]


def main() -> None:
    b = np.array([[p.x, p.y, p.z, p.vx, p.vy, p.vz, p.mass] for p in make_bodies()])
    offset_momentum(b)
    print(f"{energy(b):.9f}")
    advance(b, 0.01, 1)  # compile (or load from cache) outside the timed region
    b = np.array([[p.x, p.y, p.z, p.vx, p.vy, p.vz, p.mass] for p in make_bodies()])
    offset_momentum(b)
    t0 = perf_counter()
    advance(b, 0.01, int(argv[1]))
    t1 = perf_counter()
    print(f"{energy(b):.9f}")
    print(f"compute_s {t1 - t0:.6f}")


if __name__ == "__main__":
    main()
