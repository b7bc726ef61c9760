"""Module-level emission state: runtime declarations, constants, per-type helper functions
(drop, copy, equality, ordering, printing) generated once per type on first use."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from llvmlite import ir as ll

from ember.base.source import Span
from ember.codegen.emit.types import F32, F64, I1, I8, I32, I64, PTR, lltype, sizeof
from ember.types import types as T

_CODES = {"p": PTR, "l": I64, "i": I32, "d": F64, "f": F32, "v": ll.VoidType(), "b": I8}
# name: return code + argument codes (see ember/runtime/rt.h)
RUNTIME = {
    "ember_rt_init": "vip", "ember_rt_flush": "v", "ember_rt_finish": "v", "ember_argv": "p",
    "ember_perf_counter": "d",
    "ember_par_chunks": "ll", "ember_par_run": "vppl", "ember_par_run_ranges": "vppl", "ember_par_shutdown": "v", "ember_par_raised": "vpl",
    "ember_fault": "vippii", "ember_fault_index": "vllpii", "ember_unpack_check": "vllipii",
    "ember_str_dup": "pp", "ember_str_free": "vp", "ember_str_len": "lp", "ember_str_concat": "ppp",
    "ember_str_append": "ppp",
    "ember_str_repeat": "ppl", "ember_str_eq": "ipp", "ember_str_cmp": "ipp", "ember_str_contains": "ipp",
    "ember_str_index": "pplpii", "ember_str_slice": "ppllli", "ember_str_find": "lpp", "ember_str_count": "lpp",
    "ember_str_startswith": "ipp", "ember_str_endswith": "ipp", "ember_str_upper": "pp", "ember_str_lower": "pp",
    "ember_str_strip": "ppp", "ember_str_lstrip": "ppp", "ember_str_rstrip": "ppp", "ember_str_replace": "ppppl",
    "ember_str_split": "ppp", "ember_str_join": "ppp", "ember_str_isdigit": "ip", "ember_str_isalpha": "ip",
    "ember_str_isspace": "ip", "ember_str_isalnum": "ip", "ember_str_isupper": "ip", "ember_str_islower": "ip",
    "ember_str_istitle": "ip", "ember_str_isidentifier": "ip",
    "ember_str_title": "pp", "ember_str_capitalize": "pp", "ember_str_ljust": "pplppii", "ember_str_rjust": "pplppii",
    "ember_str_center": "pplppii", "ember_str_zfill": "ppl", "ember_str_ord": "lppii", "ember_str_chr": "plpii", "ember_str_to_i64": "lplpii",
    "ember_str_int_ok": "ipl", "ember_str_int_error": "ppl", "ember_str_float_ok": "ip", "ember_str_float_error": "pp",
    "ember_str_to_f64": "dppii", "ember_str_splitn": "pppli", "ember_str_splitlines": "pp", "ember_str_rfind": "lpp",
    "ember_str_removeprefix": "ppp", "ember_str_startswith_any": "ipp", "ember_str_endswith_any": "ipp", "ember_str_removesuffix": "ppp", "ember_str_swapcase": "pp",
    "ember_str_expandtabs": "ppl", "ember_str_partition": "vppip",
    "ember_math_gcd": "lllpii", "ember_math_lcm": "lllpii", "ember_math_factorial": "llpii", "ember_math_comb": "lllpii",
    "ember_math_perm": "lllpii", "ember_math_isqrt": "llpii", "ember_fsum": "dpipii",
    "ember_buf_new": "p", "ember_buf_free": "vp", "ember_buf_bytes": "vppl", "ember_buf_str": "vpp",
    "ember_buf_str_repr": "vpp", "ember_buf_i64": "vpl", "ember_buf_u64": "vpl", "ember_buf_f64": "vpd",
    "ember_buf_f32": "vpf", "ember_buf_bool": "vpi", "ember_buf_list": "vpplp", "ember_buf_tuple": "vpplp", "ember_buf_finish": "pp",
    "ember_buf_print": "vp", "ember_buf_eprint": "vp",
    "ember_io_stdin_readline": "p", "ember_io_stdin_read": "p", "ember_io_stdin_readlines": "p",
    "ember_io_input": "pppii", "ember_io_stdout_write": "lp", "ember_io_stdout_flush": "v", "ember_io_stderr_write": "lp",
    "ember_io_open": "ppppii", "ember_io_open_failed": "ip", "ember_io_open_error": "pp", "ember_io_file_drop": "vp", "ember_io_file_close": "vp", "ember_io_file_read": "pppii",
    "ember_io_file_readline": "pppii", "ember_io_file_readlines": "pppii", "ember_io_file_write": "lpppii",
    "ember_io_file_writelines": "vpppii", "ember_io_file_flush": "vppii", "ember_buf_fprint": "vpppii",
    "ember_buf_fmt_i64": "vpliiiiilili", "ember_buf_fmt_f64": "vpdiiiiilili", "ember_buf_fmt_str": "vppiiiiilili", "ember_buf_fmt_dyn": "vpildpppii",
    "ember_list_new": "pll", "ember_list_drop": "vplp", "ember_list_push": "ppl", "ember_list_reserve": "vpll", "ember_list_insert_slot": "ppll",
    "ember_list_pop_into": "vpllppii", "ember_list_copy": "pplp", "ember_list_slice": "ppllllip", "ember_list_set_slice": "vpllllippppii",
    "ember_list_concat": "ppplp", "ember_list_repeat": "ppllp", "ember_list_extend": "vpplp",
    "ember_list_extend_move": "vppl",
    "ember_list_clear": "vplp", "ember_list_find": "lplpp", "ember_list_count": "lplpp",
    "ember_list_remove": "vplppppii", "ember_list_eq": "ipplp", "ember_list_lt": "ipplpp",
    "ember_list_reverse": "vpl", "ember_list_sort": "vplp", "ember_list_sort_keyed": "vplplp",
    "ember_list_sort_str": "vp", "ember_list_sort_keyed_str": "vplp",
    "ember_ipow": "lllpii", "ember_ipow_mod": "llllpii", "ember_fmod_py": "ddd", "ember_floordiv_f64": "ddd", "ember_round_f64": "ddl", "ember_round_i64": "lllpii",
    "ember_err_new": "pip", "ember_err_dup": "pp", "ember_err_attach": "vpppp", "ember_err_kind_name": "pp", "ember_err_free": "vp", "ember_buf_err": "vppi",
    "ember_err_uncaught": "vp",
    "ember_hash_i64": "ll", "ember_hash_str": "lp", "ember_dict_new": "pll", "ember_dict_reserve": "vpll",
    "ember_dict_find": "ppllpp", "ember_dict_slot": "ppllppp", "ember_dict_remove": "ipllppp", "ember_dict_entry": "ppll",
    "ember_dict_clear": "vplp", "ember_dict_drop": "vplp", "ember_dict_copy": "pplp", "ember_dict_by_count": "ppll", "ember_free": "vp",
    "ember_set_new": "pl", "ember_set_find": "pplpp", "ember_set_add": "iplppp", "ember_set_discard": "iplppp",
    "ember_set_pop": "iplp", "ember_set_clear": "vplp", "ember_set_drop": "vplp", "ember_set_merge": "vpplpp",
    "ember_set_copy": "pplpp", "ember_set_and": "ppplpp", "ember_set_sub": "ppplppp", "ember_set_xor": "ppplppp",
    "ember_set_iand": "vpplppp", "ember_set_take": "vpplp", "ember_set_isub": "vpplpp", "ember_set_ixor": "vpplppp",
    "ember_set_le": "ipplp", "ember_set_disjoint": "ipplp", "ember_set_entry": "ppll",
    "ember_pyhash_i64": "ll", "ember_pyhash_f64": "ld", "ember_pyhash_str": "lp",
}
FAULT_KINDS = {"IndexError": 0, "ZeroDivisionError": 1, "OverflowError": 2, "AssertionError": 3,
               "ValueError": 4, "MemoryError": 5, "KeyError": 6, "RuntimeError": 7,
               "TypeError": 16}


@dataclass
class ModuleEmitter:
    module: ll.Module
    structs: dict[str, tuple[tuple[str, T.Type], ...]]
    locate: Callable[[Span], tuple[str, int, int]]
    param_kinds: dict[str, tuple[object, ...]] = field(default_factory=dict)
    raising: frozenset[str] = frozenset()  # functions that return an error alongside their result
    dtors: frozenset[str] = frozenset()
    contract: bool = False  # --fp-contract: float + - * carry LLVM's `contract` flag
    reprs: dict[str, str] = field(default_factory=dict)  # struct -> its `__repr__` function (mir Program.reprs)
    orders: dict[str, str] = field(default_factory=dict)  # struct -> its `__lt__` function (mir Program.orders)
    hashes: dict[str, tuple[str, str]] = field(default_factory=dict)  # struct -> `__hash__`, `__eq__` (mir Program.hashes)
    _decls: dict[str, ll.Function] = field(default_factory=dict)
    _consts: dict[tuple[str, str], ll.GlobalVariable] = field(default_factory=dict)
    _helpers: dict[str, ll.Function] = field(default_factory=dict)
    _tbaa: dict[str, ll.MDValue] = field(default_factory=dict)
    # per type, computed once: asked for every local, operand and drop
    _lltypes: dict[T.Type, ll.Type] = field(default_factory=dict)
    _owning: dict[T.Type, bool] = field(default_factory=dict)

    def ll(self, t: T.Type) -> ll.Type:
        if (found := self._lltypes.get(t)) is None:
            found = self._lltypes[t] = lltype(t, self.structs, self.dtors)
        return found

    def esize(self, t: T.Type) -> ll.Constant:
        return ll.Constant(I64, sizeof(self.ll(t)))

    def owns(self, t: T.Type) -> bool:
        if (found := self._owning.get(t)) is None:
            from ember.mir.build.builder import owns_memory

            found = self._owning[t] = owns_memory(t, self.structs, self.dtors)
        return found

    def rt(self, name: str) -> ll.Function:
        if name not in self._decls:
            sig = RUNTIME[name]
            fnty = ll.FunctionType(_CODES[sig[0]], [_CODES[c] for c in sig[1:]])
            self._decls[name] = ll.Function(self.module, fnty, name)
        return self._decls[name]

    def libm(self, name: str, ty: ll.Type, nargs: int) -> ll.Function:
        key = f"libm.{name}"
        if key not in self._decls:
            existing = self.module.globals.get(name)
            self._decls[key] = existing or ll.Function(self.module, ll.FunctionType(ty, [ty] * nargs), name)
        return self._decls[key]

    def tag(self, inst: ll.Instruction, what: str) -> ll.Instruction:
        """Mark a load or store with Ember's type-based alias tag `what` ("list.len",
        "list.cap", "list.data" or "list.elem"): a list's header fields and its elements never share
        memory, so a store to an element does not make LLVM reload the length or the data
        pointer, which keeps both out of loops. Only code emitted here carries these
        tags; the runtime's C has clang's own tree, and LLVM takes accesses tagged from
        different trees (or untagged) to alias anything."""
        if what not in self._tbaa:
            if "" not in self._tbaa:
                self._tbaa[""] = self.module.add_metadata([ll.MetaDataString(self.module, "ember tbaa")])
            node = self.module.add_metadata([ll.MetaDataString(self.module, what), self._tbaa[""], ll.Constant(I64, 0)])
            self._tbaa[what] = self.module.add_metadata([node, node, ll.Constant(I64, 0)])
        inst.set_metadata("tbaa", self._tbaa[what])
        return inst

    def cstr(self, text: str) -> ll.Constant:
        """A NUL-terminated constant byte string (for file names and fault messages)."""
        key = ("c", text)
        if key not in self._consts:
            data = text.encode() + b"\0"
            g = ll.GlobalVariable(self.module, ll.ArrayType(I8, len(data)), f".c{len(self._consts)}")
            g.initializer = ll.Constant(ll.ArrayType(I8, len(data)), bytearray(data))
            g.global_constant = True
            g.linkage = "private"
            self._consts[key] = g
        return as_ptr(self._consts[key])

    def static_str(self, text: str) -> ll.Constant:
        """A constant EmStr {len, is_static=1, bytes\\0}: copying it is free, freeing it a no-op."""
        key = ("s", text)
        if key not in self._consts:
            data = text.encode() + b"\0"
            ty = ll.LiteralStructType([I64, I64, ll.ArrayType(I8, len(data))])
            g = ll.GlobalVariable(self.module, ty, f".s{len(self._consts)}")
            g.initializer = ll.Constant(ty, [ll.Constant(I64, len(data) - 1), ll.Constant(I64, 1),
                                             ll.Constant(ll.ArrayType(I8, len(data)), bytearray(data))])
            g.global_constant = True
            g.linkage = "private"
            g.align = 8
            self._consts[key] = g
        return as_ptr(self._consts[key])

    def location(self, b: ll.IRBuilder, span: Span) -> list[ll.Value]:
        name, line, col = self.locate(span)
        return [self.cstr(name), ll.Constant(I32, line), ll.Constant(I32, col)]

    def helper(self, key: str, ret: ll.Type, args: list[ll.Type], body: Callable[[ll.IRBuilder, ll.Function], None]) -> ll.Function:
        """A private function generated once per key (per type and purpose)."""
        if key not in self._helpers:
            fn = ll.Function(self.module, ll.FunctionType(ret, args), f"ember.{key}")
            fn.linkage = "internal"
            self._helpers[key] = fn
            b = ll.IRBuilder(fn.append_basic_block("entry"))
            body(b, fn)
        return self._helpers[key]

    def fault(self, b: ll.IRBuilder, kind: str, msg: str, span: Span) -> None:
        b.call(self.rt("ember_fault"), [ll.Constant(I32, FAULT_KINDS[kind]), self.cstr(msg)] + self.location(b, span))
        b.unreachable()

    def check(self, b: ll.IRBuilder, ok: ll.Value, on_fail: Callable[[ll.IRBuilder], None]) -> None:
        """Branch on `ok`; the failing side runs on_fail (which ends in unreachable)."""
        fail = b.append_basic_block("fail")
        cont = b.append_basic_block("ok")
        b.cbranch(ok, cont, fail, )
        b.position_at_end(fail)
        on_fail(b)
        b.position_at_end(cont)


I1_ = I1


def as_ptr(g: ll.GlobalVariable) -> ll.Constant:
    """`g` typed as the opaque `ptr`: llvmlite types a global by its contents and treats
    `bitcast` to `ptr` as a no-op, so two string constants would differ in type (and
    `select` between them would fail)."""
    return ll.values.FormattedConstant(PTR, g.get_reference())


def symbol(key: str) -> str:
    """The LLVM name of the function with MIR name `key`."""
    return "ember_main" if key == "ember_main" else f"em.{key}"
