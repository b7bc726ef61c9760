# A loop over objects that changes a part of each in place (`s.grades.append(g)`, a set
# field's `add`, `sort`, a method of a field that changes it): the list's objects change,
# as in Python, at module level and in a function. (The changes were made to copies and
# lost, silently; a module-level loop may also call functions of other modules that
# change their own variables, as `random.randint` does.)
import random


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, k):
        self.n += k


class Student:
    def __init__(self, name):
        self.name = name
        self.grades = []
        self.tags = set()
        self.visits = Counter()


random.seed(4)
students = [Student(n) for n in ["ann", "bob", "cy"]]
for s in students:
    for _ in range(3):
        s.grades.append(random.randint(50, 100))
    s.tags.add(s.name[0])
    s.visits.bump(len(s.name))
print([(s.name, s.grades, sorted(s.tags), s.visits.n) for s in students])


def review(group, extra):
    for st in group:
        st.grades.append(extra)
        st.grades.sort(reverse=True)
        st.tags.add("reviewed")
        st.visits.bump(1)


review(students, 75)
ranked = sorted(students, key=lambda s: sum(s.grades), reverse=True)
print([(s.name, s.grades, len(s.tags), s.visits.n) for s in ranked])
