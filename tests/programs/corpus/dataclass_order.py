# A task queue ordered by `@dataclass(order=True)`: the objects compare as tuples of
# their fields, so `sorted`, `min`, `max`, `list.sort` and `<` order them.
from dataclasses import dataclass


@dataclass(order=True)
class Task:
    priority: int
    name: str
    cost: float = 1.0


@dataclass(order=True)
class Slot:
    day: int
    hour: int

    def __str__(self) -> str:
        return f"day {self.day} {self.hour:02d}:00"


def schedule(tasks: list[Task], slots: list[Slot]) -> list[tuple[Slot, Task]]:
    out: list[tuple[Slot, Task]] = []
    for t, s in zip(sorted(tasks), sorted(slots)):
        out.append((s, t))
    return out


tasks = [Task(2, "write"), Task(1, "plan", 0.5), Task(2, "review", 2.0), Task(1, "plan", 0.25)]
slots = [Slot(2, 9), Slot(1, 14), Slot(1, 9), Slot(3, 8)]
for s, t in schedule(tasks, slots):
    print(str(s), t.name, t.cost)
print(min(tasks), max(tasks))
print(Task(1, "a") < Task(1, "b"), Task(2, "a") <= Task(1, "z"), Slot(1, 2) >= Slot(1, 2), Slot(0, 5) > Slot(0, 4))
tasks.sort(reverse=True)
print([t.name for t in tasks])
print(sorted([(s, i) for i, s in enumerate(slots)])[0][1])
