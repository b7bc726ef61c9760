# Module globals read by functions, and assigned with `global`.

LIMIT: int = 10
GREETING: str = "hi"
SCALE: float = 2.5
counter: int = 0
total: float = 0.0
log_line: str = ""
history: list[int] = [0]


def bump(by: int) -> int:
    global counter
    counter += by
    return counter


def accumulate(x: float) -> None:
    global total
    total = total + x * SCALE


def remember(word: str) -> None:
    global log_line
    if log_line == "":
        log_line = word
    else:
        log_line = log_line + "," + word


def over_limit(n: int) -> bool:
    return n > LIMIT


def reset() -> None:
    global counter, total
    counter = 0
    total = 0.0


def record() -> None:
    history.append(counter)


print(GREETING, LIMIT, SCALE)
for i in range(1, 6):
    bump(i)
    record()
    accumulate(float(i))
    remember(GREETING + str(i))
print(counter, total, over_limit(counter))
print(log_line)
print(history)
reset()
print(counter, total, over_limit(counter))
LIMIT = -1
print(over_limit(counter), bump(3), counter)
GREETING = "bye"
remember(GREETING)
print(log_line[-12:])
