"""`operator` (Ember's own module): its functions passed to reduce, accumulate, starmap,
map and sorted, through the module or imported by name."""
import operator
from functools import reduce
from itertools import accumulate, starmap
from operator import mul
print(reduce(operator.mul, [1, 2, 3, 4]), reduce(mul, [2, 5], 1), list(accumulate([1, 2, 3], operator.add)))
print(list(starmap(operator.pow, [(2, 3), (3, 2)])), operator.neg(5), operator.contains([1, 2], 2), operator.getitem("abc", 1))
print(sorted([3, 1, 2], key=operator.neg), list(map(operator.neg, [1, -2])))
