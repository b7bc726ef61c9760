"""Find, read and parse a program's files: the main file and every `.ember` module it
imports, transitively (LANGUAGE.md §1). `import m` looks for `m.ember` in the importing
file's folder, then in each folder of the search path (the CLI reads it from `EMBER_PATH`),
then in Ember's standard library (ember/stdlib: `random`, `heapq`, `bisect`, `string`, `itertools`, `operator`).
Cycles are an error at the import
that closes them. Modules come out in dependency order so the checker can take them one
at a time, each after everything it imports.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ember.driver.session import Session

STDLIB = Path(__file__).resolve().parent.parent / "stdlib"

if TYPE_CHECKING:  # the warm-cache path imports this module and must stay cheap
    from ember.base.source import SourceFile, Span
    from ember.syntax import ast


@dataclass(frozen=True)
class Program:
    """The parsed files of one program; index 0 is the main file, the rest are imported
    modules in dependency order, named by `names` (the main file's name is "")."""

    files: tuple[SourceFile, ...]
    modules: tuple[ast.Module, ...]
    names: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()  # paths looked at and not found: creating one would
                                  # change which file an import loads (see cache.py)


@dataclass
class _Loader:
    session: Session
    search: tuple[Path, ...]
    done: dict[str, tuple[Path, SourceFile, ast.Module]] = field(default_factory=dict)
    active: list[str] = field(default_factory=list)  # the import chain being loaded
    absent: list[str] = field(default_factory=list)
    ok: bool = True

    def parse(self, path: Path) -> tuple[SourceFile, ast.Module]:
        from ember.syntax.parser import parse_file

        f = self.session.sources.add(str(path), path.read_text(encoding="utf-8"))
        return f, parse_file(f, self.session.sink)

    def imports_of(self, path: Path, module: ast.Module) -> None:
        """Load every Ember module `module` (at `path`) imports, depth first."""
        from ember.sema.check.context import KNOWN_IMPORTS

        for name, span in _imported_names(module):
            if name in KNOWN_IMPORTS:
                continue
            if name in self.active:
                chain = " -> ".join([*self.active[self.active.index(name):], name])
                self.error(span, f"import cycle: {chain}", "this import closes the cycle",
                           ("move what both modules need into a third module",))
            elif name in self.done:
                continue
            elif "." in name:
                self.error(span, f"module `{name}`: packages (dotted imports) are not supported")
            elif (found := self.find(path.parent, name)) is None:
                where = ", ".join(str(d) for d in (path.parent, *self.search))
                self.error(span, f"module `{name}` not found", "no such module",
                           (f"looked for `{name}.ember` in: {where}",))
            else:
                self.load_module(name, found)

    def load_module(self, name: str, path: Path) -> None:
        self.active.append(name)
        f, module = self.parse(path)
        self.imports_of(path, module)
        self.active.pop()
        self.done[name] = (path, f, module)

    def find(self, folder: Path, name: str) -> Path | None:
        for d in (folder, *self.search, STDLIB):
            candidate = d / f"{name}.ember"
            if candidate.is_file():
                return candidate
            self.absent.append(str(candidate))
        return None

    def error(self, span: Span, message: str, label: str = "", help: tuple[str, ...] = ()) -> None:
        self.session.sink.error(span, message, label, help=help)
        self.ok = False


def load(session: Session, path: Path) -> Program | None:
    """Read and parse `path` and its imports; None (diagnostics in the sink) on errors.
    Unreadable imported files raise OSError/UnicodeDecodeError like the main file."""
    loader = _Loader(session, session.options.search_path)
    main_name = path.stem
    loader.active.append(main_name)
    f, module = loader.parse(path)
    loader.imports_of(path, module)
    if session.sink.has_errors or not loader.ok:
        return None
    deps = [(n, x) for n, x in loader.done.items()]
    return Program((f, *(x[1] for _, x in deps)), (module, *(x[2] for _, x in deps)),
                   ("", *(n for n, _ in deps)), tuple(loader.absent))


def _imported_names(module: ast.Module) -> list[tuple[str, Span]]:
    from ember.syntax import ast

    out: list[tuple[str, Span]] = []
    for s in module.body:
        match s:
            case ast.Import(names=names):
                out.extend((a.name, a.span) for a in names)
            case ast.ImportFrom(module=m):
                out.append((m, s.span))
            case _:
                pass
    return out
