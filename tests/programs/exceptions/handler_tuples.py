"""`except (A, B) as e` of exception classes with fields: `e` is read as their nearest
common class (its fields), and names its own class."""

class QueueError(Exception):
    def __init__(self, queue, reason):
        super().__init__(f"{queue}: {reason}")
        self.queue = queue
        self.reason = reason

class Empty(QueueError):
    def __init__(self, queue):
        super().__init__(queue, "empty")

class Full(QueueError):
    def __init__(self, queue, size):
        super().__init__(queue, f"full at {size}")
        self.size = size

for i in range(3):
    try:
        if i == 0:
            raise Empty("a")
        if i == 1:
            raise Full("b", 3)
        raise ValueError("v")
    except (Empty, Full) as e:
        print(type(e).__name__, e.queue, e.reason, e)
    except (ValueError, KeyError) as e:
        print("other", e)
