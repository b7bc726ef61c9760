# `import random` (ember/stdlib/random.ember): seeded, the same numbers as CPython's.
import random
random.seed(12345)
print(random.random(), random.random())
print([random.randint(1, 6) for _ in range(10)])
print(random.getrandbits(40), random.getrandbits(7), random.randrange(10), random.randrange(3, 30, 4))
xs = [1, 2, 3, 4, 5, 6, 7, 8]
random.shuffle(xs)
print(xs, random.choice(xs), random.choice(["a", "b", "c"]))
print(random.sample(xs, 3), random.sample(list(range(100)), 7))
print(random.uniform(2.0, 3.0), random.gauss(0.0, 1.0), random.gauss(1.0, 2.0), random.gauss(0.0, 1.0))
print(random.normalvariate(0.0, 1.0), random.expovariate(2.0))
random.seed(2**40 + 7)
print(random.random())
random.seed(-5)
print(random.random())
random.seed(0)
print(random.random())

random.seed(7)
rolls = [random.randint(1, 6) for _ in range(6000)]
print([rolls.count(face) for face in range(1, 7)])
print(random.randrange(-10, 10), random.randrange(100, 0, -7), random.getrandbits(63))
words = ["ember", "mojo", "numba", "codon", "cython"]
print(random.sample(words, 5), random.sample(list(range(1000)), 12))
