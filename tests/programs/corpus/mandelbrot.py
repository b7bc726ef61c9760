# ASCII Mandelbrot set: float loops with escape-time iteration counts.

WIDTH: int = 60
HEIGHT: int = 21
MAX_ITER: int = 60
PALETTE: str = " .:-=+*#%@"


def escape(cr: float, ci: float) -> int:
    zr = 0.0
    zi = 0.0
    for i in range(MAX_ITER):
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return i
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return MAX_ITER


def render() -> list[str]:
    lines: list[str] = []
    for row in range(HEIGHT):
        ci = -1.2 + 2.4 * row / (HEIGHT - 1)
        line = ""
        for col in range(WIDTH):
            cr = -2.1 + 2.8 * col / (WIDTH - 1)
            n = escape(cr, ci)
            if n == MAX_ITER:
                line += "@"
            else:
                line += PALETTE[n * (len(PALETTE) - 1) // MAX_ITER]
        lines.append(line.rstrip())
    return lines


picture = render()
for text in picture:
    print(text)
inside = 0
for text in picture:
    inside += text.count("@")
print("inside:", inside, "of", WIDTH * HEIGHT)
print(escape(0.0, 0.0), escape(1.0, 1.0), escape(-0.75, 0.1), escape(0.25, 0.5))
