"""Optional values across the Python layer: an `Optional[T]` argument takes `None` or a
`T`; an `Optional[T]` result comes back as `None` or the value (owned payloads freed)."""
from __future__ import annotations

import pytest

import ember

SOURCE = """\
fn find(xs: [Int], t: Int) -> Optional[Int]:
    for i in range(len(xs)):
        if xs[i] == t:
            return i
    return None

fn inc(x: Optional[Int]) -> Int:
    if x is None:
        return 0
    return x + 1

fn shout(s: str | None) -> Optional[str]:
    if s is None:
        return None
    return s + "!"
"""


@pytest.fixture(scope="module")
def k(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    path = tmp_path_factory.mktemp("optional") / "optional.ember"
    path.write_text(SOURCE)
    return ember.load(path)


def test_results(k) -> None:  # noqa: ANN001
    assert k.find([1, 2, 3], 2) == 1
    assert k.find([1], 5) is None


def test_arguments(k) -> None:  # noqa: ANN001
    assert k.inc(None) == 0
    assert k.inc(4) == 5
    assert k.shout("hi") == "hi!"
    assert k.shout(None) is None
    with pytest.raises(TypeError):
        k.inc("x")
