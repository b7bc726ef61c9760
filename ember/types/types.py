"""Ember's semantic types: small frozen values compared structurally."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from types import MappingProxyType
from typing import Union


@dataclass(frozen=True, slots=True)
class IntType:
    """`Int` is 64-bit signed and `checked` (overflow faults); i8..u64 wrap."""

    bits: int
    signed: bool
    checked: bool

    def __str__(self) -> str:
        if self.checked:
            return "Int"
        return f"{'i' if self.signed else 'u'}{self.bits}"


@dataclass(frozen=True, slots=True)
class FloatType:
    bits: int

    def __str__(self) -> str:
        return f"f{self.bits}"


@dataclass(frozen=True, slots=True)
class NumberType:
    """Python's `int | float` where one place holds both (`total = 0` then `total += 0.5`,
    `0 if n == 0 else s / n`, a `def` returning `0` on one path and `x / 2` on another):
    the value and which of the two it is, so it prints and computes as Python's would.
    Codegen stores it as `{i1 is_float, i64 bits}` (codegen/emit/numbers.py)."""

    def __str__(self) -> str:
        return "Int | f64"


@dataclass(frozen=True, slots=True)
class BoolType:
    def __str__(self) -> str:
        return "Bool"


@dataclass(frozen=True, slots=True)
class StrType:
    def __str__(self) -> str:
        return "str"


@dataclass(frozen=True, slots=True)
class NoneType:
    def __str__(self) -> str:
        return "None"


@dataclass(frozen=True, slots=True)
class OptionalType:
    """`Optional[T]` (`T | None`): a value of `T` or `None`, as Mojo represents it: a flag
    and a payload (`{i1, T}`; the payload is zero when the flag is clear, so dropping it
    is null-safe). MIR reads its parts with field projections 0 (flag) and 1 (payload)."""

    elem: Type

    def __str__(self) -> str:
        return f"Optional[{self.elem}]"

    @property
    def parts(self) -> tuple[Type, Type]:
        return (BOOL, self.elem)


@dataclass(frozen=True, slots=True)
class ListType:
    """`[T]`; `kind` "deque" for a `collections.deque`: the same list, printed as
    `deque([...])`, with `appendleft`/`popleft` (sema/check/deques.py); "tuple" for a
    tuple of any length (`tuple(xs)`, `zip(*rows)`'s): printed `(a, b)`, unchangeable,
    hashable (sema/check/vartuples.py)."""

    elem: Type
    kind: str = ""

    def __str__(self) -> str:
        return {"deque": f"deque[{self.elem}]", "tuple": f"tuple[{self.elem}, ...]"}.get(self.kind, f"[{self.elem}]")


@dataclass(frozen=True, slots=True)
class DictType:
    """`dict[K, V]`: an ordered hash map (the runtime's EmDict) that owns its keys and
    values; moved, never copied implicitly, like a list. `default`: a `defaultdict`'s
    factory ("int", "float", "str", "bool", "list", "set"), whose empty value a read of a
    missing key inserts; "Counter" for a `collections.Counter` (sema/check/counters.py)."""

    key: Type
    value: Type
    default: str = ""

    def __str__(self) -> str:
        if self.default == "Counter":
            return f"Counter[{self.key}]"
        return f"{'defaultdict' if self.default else 'dict'}[{self.key}, {self.value}]"


@dataclass(frozen=True, slots=True)
class SetType:
    """`set[T]`: a hash set (the runtime's EmSet, CPython's table: a set of numbers
    iterates and prints in CPython's order) that owns its elements; moved like a list."""

    elem: Type

    def __str__(self) -> str:
        return f"set[{self.elem}]"


@dataclass(frozen=True, slots=True)
class ArrayType:
    """`[T; N]`: N values stored inline (a value: copied when `T` is, else moved); `N`
    is known at compile time (LANGUAGE.md §2)."""

    elem: Type
    size: int

    def __str__(self) -> str:
        return f"[{self.elem}; {self.size}]"


@dataclass(frozen=True, slots=True)
class SIMDType:
    """`SIMD[T, W]`: `width` lanes of the scalar `elem` (a number or Bool), one machine
    vector (LANGUAGE.md §2); copied like a scalar."""

    elem: Type
    width: int

    def __str__(self) -> str:
        return f"SIMD[{self.elem}, {self.width}]"


@dataclass(frozen=True, slots=True)
class TupleType:
    elems: tuple[Type, ...]

    def __str__(self) -> str:
        return "(" + ", ".join(map(str, self.elems)) + ("," if len(self.elems) == 1 else "") + ")"


@dataclass(frozen=True, slots=True)
class ClassUnion(TupleType):
    """An object of class `base` or of any class derived from it (sema/check/classes.py):
    `elems` holds an `Optional` of each class of the family, the base's first, exactly one
    of them present. Being a tuple of optionals, it is stored, moved, copied and dropped
    as one; method calls, field reads, `isinstance` and printing test the flags."""

    base: str = ""

    def __str__(self) -> str:
        return StructType(self.base).__str__()

    @property
    def classes(self) -> tuple[str, ...]:
        return tuple(e.elem.name for e in self.elems)  # type: ignore[attr-defined]


FUNCTION_CLASS = "fn$"


@dataclass(frozen=True, slots=True)
class StructType:
    """A struct, by name; its fields live in the program's struct table."""

    name: str  # `Name` in the main file, `module::Name` in an imported module

    def __str__(self) -> str:
        if self.is_function:  # sema/fnvalues.py's class of `f`'s values: `fn$f`, `fn$outer$inner#2`
            return "function " + self.short_name[len(FUNCTION_CLASS):].split("#")[0].replace("$", ".")
        return self.name.replace("::", ".")

    @property
    def is_function(self) -> bool:
        """Whether this is the class of a function used as a value (sema/fnvalues.py)."""
        return self.short_name.startswith(FUNCTION_CLASS)

    @property
    def short_name(self) -> str:
        """The name as declared, as Python's dataclass repr prints it."""
        return self.name.rpartition("::")[2]


@dataclass(frozen=True, slots=True)
class BufType:
    """The runtime's string builder; exists only in MIR (printing, f-strings, str())."""

    def __str__(self) -> str:
        return "<buf>"


@dataclass(frozen=True, slots=True)
class ExcType:
    """`Error`: a raised error as a value (LANGUAGE.md §8). Every kind (`ValueError`,
    `KeyError`, ...) is this one type with a kind tag, as in Mojo; a heap object that
    owns its message, copied implicitly like `str`."""

    def __str__(self) -> str:
        return "Error"


@dataclass(frozen=True, slots=True)
class FileType:
    """`TextFile`: what `open` returns; owns the runtime's open file, closed when dropped,
    and moves (never copied) like a list."""

    def __str__(self) -> str:
        return "TextFile"


@dataclass(frozen=True, slots=True)
class ErrorType:
    """The type of an expression that already produced a diagnostic; absorbs follow-ons."""

    def __str__(self) -> str:
        return "<error>"


Type = Union[IntType, FloatType, NumberType, BoolType, StrType, NoneType, OptionalType, ListType, DictType, SetType, ArrayType, SIMDType, TupleType, StructType, BufType, ExcType,
             FileType, ErrorType]

INT = IntType(64, True, True)
F64 = FloatType(64)
F32 = FloatType(32)
NUMBER = NumberType()
BOOL = BoolType()
STR = StrType()
NONE = NoneType()
ERROR = ErrorType()
BUF = BufType()
EXC = ExcType()
FILE = FileType()

SCALAR_NAMES = MappingProxyType({
    "Int": INT, "int": INT, "i64": IntType(64, True, False), "i32": IntType(32, True, False),
    "i16": IntType(16, True, False), "i8": IntType(8, True, False),
    "u64": IntType(64, False, False), "u32": IntType(32, False, False),
    "u16": IntType(16, False, False), "u8": IntType(8, False, False),
    "Int64": IntType(64, True, False), "Int32": IntType(32, True, False),
    "Int16": IntType(16, True, False), "Int8": IntType(8, True, False),
    "UInt64": IntType(64, False, False), "UInt32": IntType(32, False, False),
    "UInt16": IntType(16, False, False), "UInt8": IntType(8, False, False),
    "f32": F32, "Float32": F32, "f64": F64, "Float64": F64, "float": F64,
    "Bool": BOOL, "bool": BOOL, "str": STR, "String": STR, "None": NONE,
})


def type_key(t: Type) -> str:
    """A name for `t` in generated code (helper functions): its spelling without spaces,
    except where a `ClassUnion` inside it would read as its base class's plain struct."""
    r = repr(t)
    if "ClassUnion(" not in r:
        return str(t).replace(" ", "")
    return "".join(c if c.isalnum() or c in "._" else "_" for c in r)


def is_tuple(t: Type) -> bool:
    """A tuple written as one: not a `ClassUnion`, which is stored as a tuple."""
    return isinstance(t, TupleType) and not isinstance(t, ClassUnion)


def py_name(t: Type) -> str | None:
    """Python's class name of every value of type `t` (`type(x).__name__`), or None when
    the values are of several classes (an optional, a class family, an `Error`)."""
    match t:
        case BoolType():
            return "bool"
        case IntType():
            return "int"
        case FloatType():
            return "float"
        case StrType():
            return "str"
        case NoneType():
            return "NoneType"
        case ListType(kind=kind):
            return kind or "list"
        case ArrayType():
            return "list"
        case DictType(default=default):
            return "Counter" if default == "Counter" else "defaultdict" if default else "dict"
        case SetType():
            return "set"
        case TupleType() if is_tuple(t):
            return "tuple"
        case StructType():
            return "function" if t.is_function else t.short_name
        case ClassUnion(base="function"):
            return "function"
        case _:
            return None


def is_numeric(t: Type) -> bool:
    return isinstance(t, (IntType, FloatType))


def is_number(t: Type) -> bool:
    """A number of Python's: an integer, a float, or a value that is either (`NumberType`)."""
    return isinstance(t, (IntType, FloatType, NumberType))


def is_error(t: Type) -> bool:
    return isinstance(t, ErrorType)


def copyable(t: Type, fields: Callable[[str], Iterable[Type]]) -> bool:
    """Copied implicitly (LANGUAGE.md §5): scalars, str, and tuples and structs of those
    (`fields(name)`: a struct's field types); a list, or anything holding one, moves."""
    match t:
        case ListType() | DictType() | SetType() | BufType() | FileType():
            return False
        case TupleType(elems=els):
            return all(copyable(x, fields) for x in els)
        case ArrayType(elem=el) | OptionalType(elem=el):
            return copyable(el, fields)
        case StructType(name=n):
            return all(copyable(ft, fields) for ft in fields(n))
        case _:
            return True


def hashable(t: Type) -> bool:
    """May be a dict key: integers, Bool, str, floats, and tuples of those."""
    match t:
        case IntType() | BoolType() | StrType() | FloatType():
            return True
        case TupleType(elems=els):
            return all(hashable(x) for x in els)
        case ListType(elem=el, kind="tuple"):
            return hashable(el)
        case _:
            return False


def optional(t: Type) -> Type:
    """`Optional[t]`; an optional or `None` stays as it is."""
    return t if isinstance(t, (OptionalType, NoneType, ErrorType)) else OptionalType(t)
