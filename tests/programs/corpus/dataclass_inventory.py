# A list of dataclass records: totals, a hand-written sort by price, and a report.
from dataclasses import dataclass


@dataclass
class Item:
    name: str
    qty: int
    price: float

    def value(self) -> float:
        return self.qty * self.price

    def restock(self, n: int) -> None:
        self.qty += n


def sort_by_price(items: list[Item]) -> None:
    for i in range(1, len(items)):
        j = i
        while j > 0 and items[j - 1].price > items[j].price:
            items[j - 1], items[j] = items[j], items[j - 1]
            j -= 1


def main() -> None:
    stock = [Item("bolt", 120, 0.25), Item("gear", 8, 12.5), Item("spring", 40, 1.75), Item("motor", 2, 89.99)]
    print(stock[0])
    total = 0.0
    for it in stock:
        total += it.value()
    print(f"total value: {total:.2f}")
    stock[1].restock(5)
    stock[3].restock(1)
    print(stock[1], stock[3].qty)
    sort_by_price(stock)
    for it in stock:
        print(f"{it.name:<8}{it.qty:>5}{it.price:>8.2f}{it.value():>10.2f}")
    cheap = [it.name for it in stock if it.price < 2.0]
    print(cheap, len(stock))
    low = Item("none", 0, 0.0)
    for it in stock:
        if low.name == "none" or it.qty < low.qty:
            low = it
    print("lowest stock:", low)


main()
