# Containers show their items by __repr__: lists, tuples, nested lists, and the fields
# of a dataclass that keeps its generated repr.
from dataclasses import dataclass


@dataclass
class Money:
    cents: int

    def __repr__(self) -> str:
        return "$" + str(self.cents // 100) + "." + str(self.cents % 100 // 10) + str(self.cents % 10)


@dataclass
class Item:
    name: str
    price: Money


@dataclass
class Tag:
    label: str

    def __str__(self) -> str:
        return "#" + self.label

    def __repr__(self) -> str:
        return "Tag(" + self.label.upper() + ")"


def total(items: list[Item]) -> Money:
    t = 0
    for it in items:
        t += it.price.cents
    return Money(t)


def main() -> None:
    prices = [Money(150), Money(2005), Money(99)]
    print(prices)
    print(prices[0], (prices[1], 3), [prices[:1], []])
    items = [Item("tea", Money(350)), Item("cake", Money(425))]
    print(items)
    print(items[0], total(items))
    print(str(prices), f"{prices[2]} {prices}")
    tags = [Tag("a"), Tag("bc")]
    print(tags[0], tags, repr(tags[1]), f"{tags[0]} {tags[0]!r}")
    pairs = [(t, len(t.label)) for t in tags]
    print(pairs, [[t] for t in tags])


main()
