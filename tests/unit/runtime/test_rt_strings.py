"""str operations: code point indexing, searching, splitting, case, conversions."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

SAMPLES = ["", "a", "hello world", "  padded\t\n", "héllo wörld", "日本語テキスト", "a🎉b🎉c", "ÀÉÎõü", "x" * 40]
LOC = (b"t.ember", 1, 1)


def test_basics(rt):
    for text in SAMPLES:
        s = rt.s(text)
        assert rt.str_len(s) == len(text)
        assert rt.py(rt.str_dup(s)) == text
        assert rt.py(rt.str_concat(s, rt.s("é!"))) == text + "é!"
        for n in (-1, 0, 1, 3):
            assert rt.py(rt.str_repeat(s, n)) == text * n
        for i in range(-len(text), len(text)):
            assert rt.py(rt.str_index(s, i, *LOC)) == text[i]


def test_compare(rt):
    words = ["", "a", "b", "ab", "abc", "é", "z", "日", "🎉", "Z", "a\x00"]
    for x in words:
        for y in words:
            assert rt.str_eq(rt.s(x), rt.s(y)) == (x == y)
            c = rt.str_cmp(rt.s(x), rt.s(y))
            assert (c < 0, c == 0, c > 0) == (x < y, x == y, x > y), (x, y)
            assert rt.str_contains(rt.s(x), rt.s(y)) == (y in x)
            assert rt.str_startswith(rt.s(x), rt.s(y)) == x.startswith(y)
            assert rt.str_endswith(rt.s(x), rt.s(y)) == x.endswith(y)


def test_slices(rt):
    bounds = [None, -100, -5, -1, 0, 1, 2, 5, 100]
    for text in ["", "abcdefg", "héllo wörld", "日本語テキスト🎉"]:
        s = rt.s(text)
        for step in (None, 1, 2, 3, -1, -2, -3):
            for a in bounds:
                for b in bounds:
                    flags = (a is not None) | (b is not None) << 1
                    got = rt.py(rt.str_slice(s, a or 0, b or 0, step or 1, flags))
                    assert got == text[a:b:step], (text, a, b, step)


def test_find_count_replace(rt):
    cases = [("hello world", "o"), ("hello world", "world"), ("hello", ""), ("", ""), ("", "a"), ("aaaa", "aa"),
             ("héllo wörld", "ö"), ("日本語日本語", "本語"), ("abc", "abcd"), ("a🎉b🎉", "🎉")]
    for text, sub in cases:
        assert rt.str_find(rt.s(text), rt.s(sub)) == text.find(sub), (text, sub)
        assert rt.str_count(rt.s(text), rt.s(sub)) == text.count(sub), (text, sub)
        for new in ["", "X", "éé"]:
            assert rt.py(rt.str_replace(rt.s(text), rt.s(sub), rt.s(new), -1)) == text.replace(sub, new)
            for count in (0, 1, 2, 5):
                assert rt.py(rt.str_replace(rt.s(text), rt.s(sub), rt.s(new), count)) == text.replace(sub, new, count)


def test_split_join(rt):
    texts = ["", "a b  c", "  leading and trailing  ", "tabs\tand\nnewlines\r\x0b\x0cx", "a,b,,c,", ",",
             "no-sep", "nbsp\xa0split\u3000ideo", "é,日,🎉"]
    for text in texts:
        assert rt.strs(rt.str_split(rt.s(text), None)) == text.split()
        for sep in [",", ", ", "b", "日"]:
            assert rt.strs(rt.str_split(rt.s(text), rt.s(sep))) == text.split(sep)
    for parts in [[], ["a"], ["a", "b", "c"], ["", ""], ["日", "本"]]:
        for sep in ["", ", ", "é"]:
            assert rt.py(rt.str_join(rt.s(sep), rt.slist(parts))) == sep.join(parts)


def test_strip(rt):
    for text in ["", "   ", " a ", "\t\nab c\r\n", "\xa0\u3000x\u2028", "é  ", "\x1cx\x1f", "xxéaxé"]:
        assert rt.py(rt.str_strip(rt.s(text), None)) == text.strip()
        assert rt.py(rt.str_lstrip(rt.s(text), None)) == text.lstrip()
        assert rt.py(rt.str_rstrip(rt.s(text), None)) == text.rstrip()
        for chars in ["", "x", "é", "xé ", "\u3000"]:
            assert rt.py(rt.str_strip(rt.s(text), rt.s(chars))) == text.strip(chars)
            assert rt.py(rt.str_lstrip(rt.s(text), rt.s(chars))) == text.lstrip(chars)
            assert rt.py(rt.str_rstrip(rt.s(text), rt.s(chars))) == text.rstrip(chars)


# The case mappings the runtime implements (ASCII, Latin-1, Latin Extended-A, Greek, Cyrillic)
CASED = [chr(c) for r in [(0, 0x180), (0x386, 0x3CF), (0x400, 0x460)] for c in range(*r) if c not in (0x390, 0x3B0)]


def test_upper_lower(rt):
    for ch in CASED:
        assert rt.py(rt.str_upper(rt.s(ch))) == ch.upper(), hex(ord(ch))
        assert rt.py(rt.str_lower(rt.s(ch))) == ch.lower(), hex(ord(ch))
    for text in ["Hello World", "straße", "ΟΔΟΣ ΟΔΟΣ.", "Привет Мир", "日本 mixed ÀB"]:
        assert rt.py(rt.str_upper(rt.s(text))) == text.upper()
        assert rt.py(rt.str_lower(rt.s(text))) == text.lower()


def test_predicates(rt):
    for text in ["", "123", "12a", "٣٤", "²", " \t\n", "\xa0", "abc", "Abc1", "héllo", "日本", "a b", "ΑΒΓ"]:
        s = rt.s(text)
        assert rt.str_isdigit(s) == text.isdigit(), text
        assert rt.str_isalpha(s) == text.isalpha(), text
        assert rt.str_isspace(s) == text.isspace(), text


def test_ord_chr(rt):
    for ch in ["a", "\x00", "é", "日", "🎉", "\U0010ffff"]:
        assert rt.str_ord(rt.s(ch), *LOC) == ord(ch)
        assert rt.py(rt.str_chr(ord(ch), *LOC)) == ch


def test_conversions(rt):
    for text in ["0", "12", "-12", "+7", "  42\n", "1_000", "007", "-9223372036854775808", "9223372036854775807"]:
        assert rt.str_to_i64(rt.s(text), 10, *LOC) == int(text)
    for text in ["1.5", "-0.0", " 3 ", "1e10", "1E-5", ".5", "5.", "1_0.2_5", "inf", "-Infinity", "1e400",
                 "+1.5e+3", "0.1"]:
        got, want = rt.str_to_f64(rt.s(text), *LOC), float(text)
        assert got == want and math.copysign(1, got) == math.copysign(1, want), text
    assert math.isnan(rt.str_to_f64(rt.s("nan"), *LOC))


@settings(max_examples=150, deadline=None)
@given(st.text(st.sampled_from("ab é日🎉,\t")), st.integers(-12, 12), st.integers(-12, 12),
       st.sampled_from([1, 2, -1, -3]))
def test_slice_find_random(rt, text, a, b, step):
    s = rt.s(text)
    assert rt.py(rt.str_slice(s, a, b, step, 3)) == text[a:b:step]
    sub = text[a:b]
    assert rt.str_find(s, rt.s(sub)) == text.find(sub)
    assert rt.strs(rt.str_split(s, None)) == text.split()


BAD = [
    (lambda rt: rt.str_index(rt.s("héllo"), 5, b"f.ember", 2, 5), "f.ember:2:5: IndexError: string index out of range"),
    (lambda rt: rt.str_index(rt.s(""), -1, b"f.ember", 2, 5), "f.ember:2:5: IndexError: string index out of range"),
    (lambda rt: rt.str_to_i64(rt.s("12x"), 10, *LOC), "t.ember:1:1: ValueError: invalid literal for int() with base 10: '12x'"),
    (lambda rt: rt.str_to_i64(rt.s("9223372036854775808"), 10, *LOC),
     "t.ember:1:1: OverflowError: int too large to convert to Int: '9223372036854775808'"),
    (lambda rt: rt.str_to_f64(rt.s("0x1p3"), *LOC), "t.ember:1:1: ValueError: could not convert string to float: '0x1p3'"),
    (lambda rt: rt.str_ord(rt.s("ab"), *LOC),
     "t.ember:1:1: ValueError: ord() expected a character, but string of length 2 found"),
    (lambda rt: rt.str_chr(0x110000, *LOC), "t.ember:1:1: ValueError: chr() arg not in range(0x110000)"),
    (lambda rt: rt.str_slice(rt.s("ab"), 0, 0, 0, 0), "ValueError: slice step cannot be zero"),
    (lambda rt: rt.str_split(rt.s("ab"), rt.s("")), "ValueError: empty separator"),
]


@pytest.mark.parametrize("action, message", BAD)
def test_string_faults(rt, run_fault, action, message):
    assert run_fault(lambda: action(rt)) == (1, "", message + "\n")


@pytest.mark.parametrize("text", ["1__0", "_1", "1_", "", " ", "e5", "1e", "1e+", ".", "nan(1)", "1.5.5", "--1", "1e+x"])
def test_bad_float_literals(rt, run_fault, text):
    with pytest.raises(ValueError):
        float(text)
    code, _, err = run_fault(lambda: rt.str_to_f64(rt.s(text), *LOC))
    assert code == 1 and f"could not convert string to float: {text!r}" in err


@pytest.mark.parametrize("text", ["1_", "_1", "", "-", "1 2", "1.0", "١"])
def test_bad_int_literals(rt, run_fault, text):
    code, _, err = run_fault(lambda: rt.str_to_i64(rt.s(text), 10, *LOC))
    assert code == 1 and f"invalid literal for int() with base 10: {text!r}" in err
