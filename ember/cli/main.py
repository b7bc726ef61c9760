"""The `ember` command: parse arguments and the environment, call the driver, report.

This is the process boundary, so it is where environment variables are read and where
every failure becomes text and an exit status: diagnostics and tool errors exit 1, a
compiler bug (any Python exception) exits 2 as `internal compiler error`, never as a
raw traceback.
"""
from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import traceback
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

import ember
from ember.driver.session import Options

EXIT_ERROR, EXIT_ICE = 1, 2
BUG_URL = "https://github.com/ember-lang/ember/issues"

_EPILOG = """\
examples:
  ember run hello.ember                 compile (cached) and run
  ember run wc.ember -l input.txt       arguments after FILE go to the program
  ember build hello.ember -o hello      standalone executable (links with `cc`)
  ember check hello.ember               report diagnostics only
  ember emit llvm hello.ember           optimized LLVM IR (also: asm, mir, mir-opt)
  ember -O0 --no-cache run hello.ember

environment:
  EMBER_CACHE_DIR   object cache (default $XDG_CACHE_HOME/ember or ~/.cache/ember)
  EMBER_PATH        extra directories searched for imports (separated by `{sep}`)
  EMBER_LOG         comma-separated: cache (print cache hit/miss), time (phase timings)
  EMBER_DEBUG=1     show the Python traceback of an internal compiler error
""".format(sep=os.pathsep)


def _common(p: argparse.ArgumentParser) -> None:
    """Options accepted before and after the subcommand. SUPPRESS keeps a subcommand's
    unset option from overwriting one given before it."""
    s = argparse.SUPPRESS
    p.add_argument("-O", dest="opt_level", type=int, choices=range(4), default=s,
                   metavar="{0,1,2,3}", help="LLVM optimisation level (default 3)")
    p.add_argument("--target-cpu", metavar="CPU", default=s,
                   help="generate code for CPU (default: this machine's CPU and features)")
    p.add_argument("--fp-contract", action="store_true", default=s,
                   help="fuse a * b + c into one fused multiply-add where the CPU has one "
                   "(as C compilers do by default): faster, but results may differ from "
                   "Python's in the last bits (default: every operation rounds, as in Python)")
    p.add_argument("--no-cache", action="store_true", default=s,
                   help="neither read nor write the on-disk object cache")


def build_parser() -> argparse.ArgumentParser:
    fmt = argparse.RawDescriptionHelpFormatter
    p = argparse.ArgumentParser(
        prog="ember", formatter_class=fmt, epilog=_EPILOG,
        description="Ember: Python's syntax, compiled through LLVM.")
    p.add_argument("--version", action="version", version=f"ember {ember.__version__}")
    _common(p)
    sub = p.add_subparsers(dest="command", metavar="COMMAND", required=True)
    r = sub.add_parser("run", help="compile (cached) and run FILE", formatter_class=fmt,
                       description="Compile FILE (cached on disk) and run it; "
                       "its exit status is ember's.")
    r.add_argument("file", metavar="FILE", type=Path, help="the program (.ember)")
    r.add_argument("args", metavar="ARGS", nargs=argparse.REMAINDER,
                   help="arguments for the program (argv[1:]); may start with `-`")
    b = sub.add_parser("build", help="write a standalone executable",
                       description="Compile FILE and link it with the system's `cc`.")
    b.add_argument("file", metavar="FILE", type=Path, help="the program (.ember)")
    b.add_argument("-o", dest="out", metavar="OUT", type=Path,
                   help="output path (default: FILE's name without .ember; libNAME.so with --shared)")
    b.add_argument("--shared", action="store_true",
                   help="a C-ABI shared library of FILE's functions, and a C header beside it (OUT.h)")
    c = sub.add_parser("check", help="report diagnostics only",
                       description="Check FILE (types, borrows, parallel safety); "
                       "generate nothing.")
    c.add_argument("file", metavar="FILE", type=Path, help="the program (.ember)")
    e = sub.add_parser("emit", help="print optimized LLVM IR, assembly or MIR",
                       description="Print FILE compiled to optimized LLVM IR (llvm), "
                       "machine code (asm), MIR as built and checked (mir), or MIR after "
                       "its loop passes, as codegen receives it (mir-opt: inlining, "
                       "bounds and overflow versioning).")
    e.add_argument("what", choices=("llvm", "asm", "mir", "mir-opt"))
    e.add_argument("file", metavar="FILE", type=Path, help="the program (.ember)")
    for sp in (r, b, c, e):
        _common(sp)
    return p


def _split_run_args(argv: list[str]) -> tuple[list[str], list[str]]:
    """Everything after `run`'s FILE belongs to the program, even `-O1` or `--help`;
    argparse's REMAINDER alone would still claim options it knows."""
    i, seen_run = 0, False
    while i < len(argv):
        arg = argv[i]
        if arg in ("-O", "--target-cpu"):
            i += 2
        elif arg.startswith("-") and arg != "-":
            i += 1
        elif not seen_run and arg == "run":
            seen_run, i = True, i + 1
        elif seen_run:
            return argv[: i + 1], argv[i + 1:]
        else:
            return argv, []
    return argv, []


def _default_cache_dir(env: Mapping[str, str]) -> Path | None:
    from ember.driver.cache import default_dir

    return default_dir(env)


def options_from(ns: argparse.Namespace, env: Mapping[str, str]) -> Options:
    """The Options of one command; the only reader of ember's environment variables."""
    cache_dir = None if getattr(ns, "no_cache", False) else _default_cache_dir(env)
    search = tuple(Path(p) for p in env.get("EMBER_PATH", "").split(os.pathsep) if p)
    return Options(target_cpu=getattr(ns, "target_cpu", None),
                   opt_level=getattr(ns, "opt_level", 3), cache_dir=cache_dir,
                   fp_contract=getattr(ns, "fp_contract", False),
                   search_path=search)


@contextmanager
def _logs(spec: str) -> Iterator[None]:
    """EMBER_LOG=cache,time: the driver logs through `logging`; only the CLI shows it,
    and only for the duration of one command (tests call the CLI many times)."""
    wanted = {w.strip() for w in spec.split(",") if w.strip()}
    undo = []
    for name, level in (("cache", logging.INFO), ("time", logging.DEBUG)):
        if name in wanted or "all" in wanted:
            log = logging.getLogger(f"ember.{name}")
            handler = logging.StreamHandler(sys.stderr)
            handler.setFormatter(logging.Formatter("%(message)s"))
            undo.append((log, handler, log.level))
            log.addHandler(handler)
            log.setLevel(level)
    try:
        yield
    finally:
        for log, handler, level in undo:
            log.removeHandler(handler)
            log.setLevel(level)


def _dispatch(ns: argparse.Namespace, session, show: Callable[[], None]) -> int:
    from ember.driver import pipeline

    pipeline.check_options(session)
    match ns.command:
        case "run":
            obj = pipeline.build_object(session, ns.file)
            show()  # warnings come before the program's own output
            if obj is None:
                return EXIT_ERROR
            return pipeline.run_object(session, ns.file, obj, ns.args)
        case "build" if ns.shared:
            from ember.driver.shared import build_shared

            skipped = build_shared(session, ns.file, ns.out or Path(f"lib{ns.file.stem}.so"))
            for name, why in skipped or ():
                print(f"note: `{name}` is not in the library: {why}", file=sys.stderr)
            return EXIT_ERROR if skipped is None else 0
        case "build":
            out = ns.out or Path(ns.file.stem if ns.file.suffix == ".ember" else
                                 ns.file.name + ".out")
            return 0 if pipeline.build_executable(session, ns.file, out) else EXIT_ERROR
        case "check":
            return 0 if pipeline.check(session, ns.file) else EXIT_ERROR
        case "emit":
            text = pipeline.emit(session, ns.file, ns.what)
            if text is None:
                return EXIT_ERROR
            sys.stdout.write(text if text.endswith("\n") or not text else text + "\n")
            return 0
        case _:
            raise AssertionError(f"unknown command {ns.command!r}")


def _compile_and_report(ns: argparse.Namespace, env: Mapping[str, str]) -> int:
    from ember.diagnostics.render import render_all
    from ember.driver import pipeline
    from ember.driver.session import Session

    session = Session(options_from(ns, env))
    shown = 0

    def show() -> None:
        nonlocal shown
        if new := session.sink.items[shown:]:
            print(render_all(new, session.sources), file=sys.stderr)
        shown = len(session.sink.items)

    try:
        status = _dispatch(ns, session, show)
    except pipeline.ToolError as e:
        show()
        print(f"ember: error: {e}", file=sys.stderr)
        return EXIT_ERROR
    except pipeline.InternalError as e:
        show()
        return _ice(ns.file, e.phase, e.cause, env)
    show()
    return EXIT_ERROR if session.sink.has_errors else status


def run_cli(argv: Sequence[str], env: Mapping[str, str]) -> int:
    """The whole command as a function of its arguments and environment (for tests)."""
    head, program_args = _split_run_args(list(argv))
    ns = build_parser().parse_args(head)
    if ns.command == "run":
        ns.args = [*ns.args, *program_args]
    try:
        with _logs(env.get("EMBER_LOG", "")):
            return _compile_and_report(ns, env)
    except Exception as e:  # a bug outside any phase: still no raw traceback
        return _ice(ns.file, "driver", e, env)


def main() -> int:
    """Entry point of the `ember` console script; returns the exit status.

    Ctrl-C and a closed pipe act as they do on a native program: Python would turn
    them into exceptions that compiled code never sees, so a loop could not be stopped.
    """
    for name in ("SIGINT", "SIGPIPE"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    return run_cli(sys.argv[1:], os.environ)


def _ice(file: Path, phase: str, cause: BaseException, env: Mapping[str, str]) -> int:
    sys.stdout.flush()
    if env.get("EMBER_DEBUG") == "1":
        traceback.print_exception(cause, file=sys.stderr)
    print(f"{file}: internal compiler error: {phase}: {type(cause).__name__}: {cause}",
          file=sys.stderr)
    print(f"note: this is a bug in ember {ember.__version__}; please report it with the "
          f"program at {BUG_URL}"
          + ("" if env.get("EMBER_DEBUG") == "1" else " (EMBER_DEBUG=1 shows the traceback)"),
          file=sys.stderr)
    return EXIT_ICE


if __name__ == "__main__":
    sys.exit(main())
