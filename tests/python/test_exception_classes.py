"""Exception classes of compiled code (`class ParseError(AppError)`) arrive in Python as
classes of those names below the Python class of their base, so `except ValueError` and
`except LookupError` catch them in Python as in Ember."""
from __future__ import annotations

from pathlib import Path

import pytest

import ember

SOURCE = '''
class AppError(Exception):
    pass

class ParseError(AppError):
    pass

class Missing(KeyError):
    pass

class Negative(ValueError):
    pass

def parse(s: str) -> Int:
    if s == "":
        raise ParseError("empty input")
    if s == "?":
        raise Missing("no such key")
    if s == "-":
        raise Negative
    try:
        raise ParseError("inner")
    except AppError as e:
        return len(s) + len(str(e))
'''


def test_exception_classes_keep_their_names_and_bases(tmp_path: Path) -> None:
    path = tmp_path / "parsing.ember"
    path.write_text(SOURCE, encoding="utf-8")
    k = ember.load(path)
    assert k.parse("abc") == 8  # caught inside: by its base class
    with pytest.raises(Exception, match="empty input") as info:
        k.parse("")
    parse_error = type(info.value)
    assert parse_error.__name__ == "ParseError" and parse_error.__mro__[1].__name__ == "AppError"
    assert parse_error.__mro__[2] is Exception
    with pytest.raises(LookupError) as lookup:  # below KeyError
        k.parse("?")
    assert type(lookup.value).__name__ == "Missing" and isinstance(lookup.value, KeyError)
    with pytest.raises(ValueError) as value:
        k.parse("-")
    assert type(value.value).__name__ == "Negative" and str(value.value) == ""
    with pytest.raises(Exception) as again:
        k.parse("")
    assert type(again.value) is parse_error  # the same class each time


FIELDS = '''
class HttpError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.tried = [status, status + 1]

class NotFound(HttpError):
    def __init__(self, path: str):
        super().__init__(404, "no page " + path)
        self.path = path

def fetch(path: str) -> str:
    if path == "/":
        return "home"
    raise NotFound(path)

def status_of(path: str) -> int:
    try:
        fetch(path)
        return 200
    except HttpError as e:
        return e.status
'''


def test_exception_objects_arrive_with_their_fields(tmp_path: Path) -> None:
    """An error carrying an object (an exception class with fields) is the Python
    exception of its class with the object's fields as attributes; the hidden texts
    Ember keeps for `str` and `repr` stay hidden."""
    path = tmp_path / "http.ember"
    path.write_text(FIELDS, encoding="utf-8")
    k = ember.load(path)
    assert k.fetch("/") == "home" and k.status_of("/x") == 404 and k.status_of("/") == 200
    with pytest.raises(Exception, match="no page /nope") as info:
        k.fetch("/nope")
    e = info.value
    assert type(e).__name__ == "NotFound" and type(e).__mro__[1].__name__ == "HttpError"
    assert (e.status, e.path, list(e.tried)) == (404, "/nope", [404, 405])  # a list of ints: an array
    assert not any("$" in name for name in vars(e))
    for _ in range(200):  # each error's object (with its list) is freed with it
        with pytest.raises(Exception):
            k.fetch("/again")
