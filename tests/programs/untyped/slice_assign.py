# Slice assignment: a step of 1 replaces (the list grows or shrinks), another step
# replaces element by element; the source may be the list itself.
xs = [1, 2, 3, 4, 5]
xs[1:3] = [9, 9, 9]
print(xs)
xs[2:2] = [7]
print(xs)
xs[:] = xs[::-1]
print(xs)
xs[::2] = [0, 0, 0, 0]
print(xs)
xs[1:4] = []
print(xs)
ys = [10, 20]
xs[5:] = ys
print(xs, ys)
xs[-2:] = xs
print(xs)
names = ["a", "b", "c"]
names[0:1] = ["x", "y"]
names[3:1] = ["z"]
print(names)
grid = [[1], [2], [3]]
grid[1:2] = [[4, 5], [6]]
print(grid)
