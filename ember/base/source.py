"""Source files and spans: byte offsets into one file, turned into lines only when shown."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open byte range [start, end) in the file with id `file`."""

    file: int
    start: int
    end: int

    def to(self, other: Span) -> Span:
        """The smallest span covering both (same file)."""
        return Span(self.file, min(self.start, other.start), max(self.end, other.end))


NO_SPAN = Span(-1, 0, 0)


@dataclass(frozen=True)
class SourceFile:
    """One file's text with a line index; `name` is the path as given by the user."""

    id: int
    name: str
    text: str
    line_starts: tuple[int, ...] = field(init=False)

    def __post_init__(self) -> None:
        starts = [0]
        for i, ch in enumerate(self.text):
            if ch == "\n":
                starts.append(i + 1)
        object.__setattr__(self, "line_starts", tuple(starts))

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column (columns count characters) of an offset."""
        line = bisect.bisect_right(self.line_starts, offset) - 1
        return line + 1, offset - self.line_starts[line] + 1

    def line_text(self, line: int) -> str:
        """Text of 1-based line `line`, without its newline."""
        start = self.line_starts[line - 1]
        end = self.line_starts[line] - 1 if line < len(self.line_starts) else len(self.text)
        return self.text[start:end]


class SourceMap:
    """All files of one compilation, by id. Owned by a Session, never global."""

    def __init__(self) -> None:
        self._files: list[SourceFile] = []

    def add(self, name: str, text: str) -> SourceFile:
        f = SourceFile(len(self._files), name, text)
        self._files.append(f)
        return f

    def get(self, file_id: int) -> SourceFile:
        return self._files[file_id]

    def files(self) -> tuple[SourceFile, ...]:
        return tuple(self._files)
