class AppError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code

    def describe(self):
        return f"[{self.code}] {self}"


class NotFound(AppError):
    def __init__(self, path):
        super().__init__(404, f"no such page: {path}")
        self.path = path


class BankFault(Exception):
    pass


class Overdrawn(BankFault):
    def __init__(self, balance, amount):
        self.balance = balance
        self.amount = amount

    def __str__(self):
        return f"balance {self.balance} < {self.amount}"


class Plain(Exception):
    def hint(self):
        return "try again"


class Pair(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b


class Batch(Exception):
    def __init__(self, items):
        super().__init__(f"{len(items)} bad items")
        self.items = items


def fetch(path):
    if path == "/":
        return "home"
    if path.startswith("/admin"):
        raise AppError(403, "forbidden")
    raise NotFound(path)


def withdraw(balance, amount):
    if amount > balance:
        raise Overdrawn(balance, amount)
    return balance - amount


for p in ["/", "/admin", "/x"]:
    try:
        print(fetch(p))
    except NotFound as e:
        print("not found", e.path, e.code, e, repr(e))
    except AppError as e:
        print("app", e.code, e.describe(), repr(e))

for p in ["/admin/x", "/y"]:
    try:
        fetch(p)
    except AppError as e:
        print("caught as base:", e.code, e, e.describe())

try:
    withdraw(10, 25)
except BankFault as e:
    print("bank fault:", e)
try:
    withdraw(10, 25)
except Overdrawn as e:
    print(e.balance, e.amount, str(e), repr(e))

try:
    raise Plain("oops")
except Plain as e:
    print(e, e.hint(), repr(e))
try:
    raise Plain
except Plain as e:
    print("[" + str(e) + "]", e.hint())

try:
    raise Pair(1, "two")
except Pair as e:
    print(e.a, e.b, e, repr(e))

try:
    raise Batch([3, 1, 2])
except Batch as e:
    e.items.sort()
    print(e, e.items)

try:
    fetch("/z")
except Exception as e:
    print("generic", e, repr(e))

errors = []
for p in ["/a", "/admin", "/b"]:
    try:
        fetch(p)
    except AppError as e:
        errors.append(e)
print(len(errors), [x.code for x in errors])

def check(n):
    try:
        if n < 0:
            raise ValueError("negative")
        return n
    except ValueError as e:
        raise AppError(400, "bad input") from e

try:
    check(-1)
except AppError as e:
    print(e.code, e)

def rethrow(p):
    try:
        fetch(p)
    except AppError as e:
        print("logging", e.code)
        raise

def rethrow_named(p):
    try:
        fetch(p)
    except AppError as e:
        print("logging", e.code)
        raise e

try:
    rethrow("/q")
except NotFound as e:
    print("outer got NotFound", e.path)
try:
    rethrow_named("/r")
except NotFound as e:
    print("outer got NotFound", e.path)

try:
    try:
        raise NotFound("/inner")
    except KeyError:
        print("no")
except AppError as e:
    print("outer", e)
raise NotFound("/final")
