# The math module beyond the basics: integer functions (gcd, lcm, factorial, comb, perm,
# isqrt), isclose with its tolerances, log with a base, libm functions; `2 ** -1` is a float.
import math
from math import gcd, isclose, factorial

print(math.sqrt(16), math.pi, math.e, math.isclose(0.1 + 0.2, 0.3), gcd(12, 18), factorial(10))
print(math.log(8, 2), math.log(100, 10), math.hypot(3, 4), math.degrees(math.pi), math.radians(180), math.copysign(1.0, -0.0))
print(math.inf > 1e308, math.isfinite(1.0), math.isfinite(math.inf), math.isfinite(math.nan), math.comb(5, 2), math.perm(5, 2), math.perm(5))
print(isclose(1.0, 1.0 + 1e-10), isclose(1.0, 1.1), isclose(1.0, 1.1, rel_tol=0.2), isclose(0.0, 1e-12, abs_tol=1e-9), isclose(math.inf, math.inf), isclose(math.nan, math.nan))
print(math.gcd(-12, 18), math.gcd(0, 0), math.lcm(4, 6), math.lcm(-3, 5), math.lcm(0, 9), math.isqrt(99), math.isqrt(10**18), factorial(20), math.comb(60, 30), math.comb(10, 11), math.perm(20, 20))
print(math.expm1(1e-10), math.log1p(1e-10), math.cbrt(27.0), math.sinh(1.0), math.cosh(1.0), math.asinh(1.0), math.acosh(2.0), math.atanh(0.5))
print(math.erf(0.5), math.erfc(0.5), math.fmod(-7.0, 3.0), math.remainder(7.0, 4.0), math.degrees(1.0), math.radians(57.0))
print(round(3.14159, 3), round(2.5), round(3.5), round(-0.5), int(-3.7), math.trunc(-3.7), math.floor(-0.5), math.ceil(-0.5))
n = 2
print(2 ** -1, 10 ** -2, n ** -3, (-2) ** -1, 2 ** 3, n ** 2)
print(math.prod([1, 2, 3, 4]), math.prod([1.5, 2.0]), math.prod([], start=7), math.prod(range(1, 6)),
      math.prod([2, 3], start=2), math.prod([]))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1, 2, 3]), math.fsum([]), math.fsum([1, 2.5]),
      math.fsum(x / 7 for x in range(20)), math.fsum([1e100, 1.0, -1e100]), math.fsum([float("inf"), 2.0]))
