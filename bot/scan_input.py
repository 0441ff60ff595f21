"""Read posts to scan from .txt, .csv or .jsonl files, with clear one-line errors."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from _csv import Reader

__all__ = ["FORMATS", "InputError", "Posts", "Row", "open_posts"]

FORMATS = (".txt", ".csv", ".jsonl")

# A post's text and the values of the requested label columns (CSV only).
Row = tuple[str, tuple[bool, ...]]
TRUE_LABELS = frozenset({"1", "1.0", "true", "True"})
FALSE_LABELS = frozenset({"0", "0.0", "false", "False"})


class InputError(Exception):
    """A problem with the file to scan; the message is one line naming file and line."""


@dataclass
class Posts:
    """Rows being read lazily from a file, and how far through the file the reader is."""

    rows: Iterator[Row]
    labels: tuple[str, ...]
    _raw: IO[bytes]
    _size: int

    def fraction(self) -> float:
        """The share of the file's bytes read so far, 0.0 to 1.0."""
        return min(self._raw.tell() / self._size, 1.0) if self._size else 1.0


@contextmanager
def open_posts(path: Path, labels: Sequence[str] = ()) -> Iterator[Posts]:
    """Open a file of posts; ``labels`` are CSV columns to read beside ``text`` if present."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise InputError(f"{path}: unsupported file type '{suffix}'; use .txt, .csv or .jsonl")
    try:
        raw = path.open("rb")
    except OSError as exc:
        raise InputError(f"{path}: cannot open: {exc.strerror}") from exc
    with raw:
        stream = io.TextIOWrapper(
            raw, encoding="utf-8-sig", newline="" if suffix == ".csv" else None
        )
        try:
            if suffix == ".csv":
                yield _csv_posts(path, stream, raw, labels)
            else:
                reader = _txt_rows(stream) if suffix == ".txt" else _jsonl_rows(path, stream)
                yield Posts(reader, (), raw, _size(path))
        except UnicodeDecodeError as exc:
            raise InputError(f"{path}:{_bad_utf8_line(path)}: not valid UTF-8 text") from exc


def _size(path: Path) -> int:
    """The file's size in bytes."""
    return path.stat().st_size


def _csv_posts(path: Path, stream: IO[str], raw: IO[bytes], labels: Sequence[str]) -> Posts:
    """Read the header, find the text and label columns, and stream the rows."""
    reader = csv.reader(stream)
    header = next(reader, None)
    if header is None:
        raise InputError(f"{path}: the file is empty; expected a header with a 'text' column")
    if "text" not in header:
        shown = ", ".join(header[:12]) + (", ..." if len(header) > 12 else "")
        raise InputError(f"{path}:1: no 'text' column (columns: {shown})")
    present = tuple(name for name in labels if name in header)
    columns = {header.index(name): name for name in present}
    return Posts(_csv_rows(path, reader, header.index("text"), columns), present, raw, _size(path))


def _csv_rows(path: Path, reader: Reader, text: int, columns: dict[int, str]) -> Iterator[Row]:
    """Each non-blank CSV row's text and label values."""
    row: list[str] = []
    try:
        for row in reader:
            if row:
                yield row[text], tuple([_truth(row[i]) for i in columns]) if columns else ()
    except IndexError:
        message = f"{path}:{reader.line_num}: the row has only {len(row)} columns"
        raise InputError(message) from None
    except ValueError:
        name, value = next((n, row[i]) for i, n in columns.items() if not _is_label(row[i]))
        message = f"{path}:{reader.line_num}: {name} must be 0 or 1, not {value!r}"
        raise InputError(message) from None
    except csv.Error as exc:
        raise InputError(f"{path}:{reader.line_num}: bad CSV: {exc}") from None


def _truth(value: str) -> bool:
    """A label cell: 1/0, true/false, or a score where 0.5 or more is true."""
    if value in TRUE_LABELS:
        return True
    if value in FALSE_LABELS:
        return False
    return float(value) >= 0.5


def _is_label(value: str) -> bool:
    """Whether a cell reads as a label."""
    try:
        _truth(value)
    except ValueError:
        return False
    return True


def _txt_rows(stream: IO[str]) -> Iterator[Row]:
    """One post per non-blank line."""
    for line in stream:
        text = line.rstrip("\n")
        if text:
            yield text, ()


def _jsonl_rows(path: Path, stream: IO[str]) -> Iterator[Row]:
    """One JSON object per non-blank line, its post in the ``text`` key."""
    loads = json.loads
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            value = loads(line)
        except json.JSONDecodeError as exc:
            message = f"{path}:{number}: not valid JSON: {exc.msg} (column {exc.pos + 1})"
            raise InputError(message) from None
        text = value.get("text") if isinstance(value, dict) else None
        if not isinstance(text, str):
            raise InputError(f'{path}:{number}: expected an object with a "text" string')
        yield text, ()


def _bad_utf8_line(path: Path) -> int:
    """The first line of the file that is not valid UTF-8 (1 if none is found)."""
    with path.open("rb") as raw:
        for number, line in enumerate(raw, start=1):
            try:
                line.decode("utf-8")
            except UnicodeDecodeError:
                return number
    return 1
