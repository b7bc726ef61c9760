"""Exceptions that carry data (annotated code): a form validator collects its errors."""


class ValidationError(Exception):
    def __init__(self, field: str, problems: list[str]) -> None:
        super().__init__(f"{field}: {len(problems)} problem(s)")
        self.field = field
        self.problems = problems

    def details(self) -> str:
        return "; ".join(self.problems)


class MissingField(ValidationError):
    def __init__(self, field: str) -> None:
        super().__init__(field, ["is required"])


class RangeError(ValueError):
    def __init__(self, value: int, low: int, high: int) -> None:
        self.value = value
        self.low = low
        self.high = high

    def __str__(self) -> str:
        return f"{self.value} is outside [{self.low}, {self.high}]"


def check_name(name: str) -> str:
    if not name:
        raise MissingField("name")
    problems = []
    if not name[0].isupper():
        problems.append("must start with a capital")
    if len(name) > 8:
        problems.append("is too long")
    if problems:
        raise ValidationError("name", problems)
    return name


def check_age(text: str) -> int:
    try:
        age = int(text)
    except ValueError:
        raise ValidationError("age", [f"{text!r} is not a number"]) from None
    if age < 0 or age > 150:
        raise RangeError(age, 0, 150)
    return age


forms = [("Ada", "36"), ("", "20"), ("Bob", "x"), ("bob", "1"), ("Bartholomew", "200"), ("alexandrina", "7")]
failures: list[ValidationError] = []
for name, age in forms:
    try:
        print("ok:", check_name(name), check_age(age))
    except MissingField as e:
        print("missing:", e.field, e, "|", e.details())
        failures.append(e)
    except ValidationError as e:
        print("invalid:", e.field, e, "|", e.details(), repr(e))
        failures.append(e)
    except ValueError as e:
        print("value error:", e, repr(e))

print(len(failures), [f.field for f in failures])
total = 0
for f in failures:
    total += len(f.problems)
print("problems:", total)

try:
    check_age("500")
except RangeError as e:
    print(e.value, e.low, e.high, str(e))
    e.value = 150
    print("clamped:", e)

check_age("-4")
print("not reached")
