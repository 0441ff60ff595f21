"""Read posts from .txt, .csv or .jsonl files and stdin in bounded pieces, naming each bad line."""

from __future__ import annotations

import codecs
import csv
import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from _csv import Reader

__all__ = [
    "DEFAULT_MAX_CHARS",
    "FORMATS",
    "BadRows",
    "InputError",
    "Posts",
    "Row",
    "check_length",
    "line_limit",
    "open_posts",
    "read_text",
]

FORMATS = (".txt", ".csv", ".jsonl")
# Discord caps a message at 4,000 characters; offline files (forum dumps, datasets) run longer,
# so the default is generous while still bounding what one post may cost (about 90 bytes of
# memory per character in `check`).
DEFAULT_MAX_CHARS = 100_000
# Bytes a line may spend beside its post: other CSV columns or JSON keys.
OTHER_FIELDS = 64 * 1024
# The most bytes one character can take: a JSON surrogate pair escape, \udXXX\udXXX.
BYTES_PER_CHAR = 12

# A post's physical line number, its text, and the values of the requested label columns.
Row = tuple[int, str, tuple[bool, ...]]
TRUE_LABELS = frozenset({"1", "1.0", "true", "True"})
FALSE_LABELS = frozenset({"0", "0.0", "false", "False"})


class InputError(Exception):
    """A problem with the input; the message is one line naming file and line."""


def line_limit(max_chars: int) -> int:
    """The most bytes a line (a CSV record) may take: a post of ``max_chars`` plus other fields."""
    return BYTES_PER_CHAR * max_chars + OTHER_FIELDS


@dataclass
class BadRows:
    """Rows that cannot be read: an error at the first (the default), or skipped and counted."""

    path: Path
    skip: bool = False
    count: int = 0
    first: str = ""

    def __call__(self, line: int, problem: str) -> None:
        """Raise InputError for a bad row at ``line``, or count it when skipping."""
        message = f"{self.path}:{line}: {problem}"
        if not self.skip:
            raise InputError(message)
        self.count += 1
        self.first = self.first or message


@dataclass
class Posts:
    """Rows being read lazily from a file, and how far through the file the reader is."""

    rows: Iterator[Row]
    labels: tuple[str, ...]
    bad: BadRows
    _raw: IO[bytes] = field(repr=False)
    _size: int

    def fraction(self) -> float:
        """The share of the file's bytes read so far, 0.0 to 1.0."""
        return min(self._raw.tell() / self._size, 1.0) if self._size else 1.0


@contextmanager
def open_posts(
    path: Path,
    labels: Sequence[str] = (),
    *,
    max_chars: int = DEFAULT_MAX_CHARS,
    skip_bad: bool = False,
) -> Iterator[Posts]:
    """Open a file of posts; ``labels`` are CSV columns to read beside ``text`` if present."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise InputError(f"{path}: unsupported file type '{suffix}'; use .txt, .csv or .jsonl")
    try:
        raw = path.open("rb")
    except OSError as exc:
        raise InputError(f"{path}: cannot open: {exc.strerror}") from exc
    with raw:
        if raw.peek(3).startswith(codecs.BOM_UTF8):
            raw.read(3)
        lines = _lines(raw, line_limit(max_chars))
        bad = BadRows(path, skip_bad)
        size = path.stat().st_size
        if suffix == ".csv":
            yield _csv_posts(path, lines, bad, labels, max_chars, raw, size)
        else:
            read = _txt_rows if suffix == ".txt" else _jsonl_rows
            yield Posts(read(lines, bad, max_chars), (), bad, raw, size)


def read_text(stream: IO[bytes], max_chars: int) -> str:
    """All of ``stream`` as one post, one final newline dropped; at most ``max_chars`` read."""
    data = stream.read(4 * max_chars + 3)  # UTF-8 takes at most 4 bytes a character, + \r\n
    if len(data) > 4 * max_chars + 2:
        raise InputError(f"stdin: the text is over --max-chars ({max_chars:,} characters)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"stdin: not valid UTF-8 text (byte {exc.start + 1})") from None
    text = text.removesuffix("\n").removesuffix("\r")
    return check_length("stdin", text, max_chars)


def check_length(source: str, text: str, max_chars: int) -> str:
    """``text`` unchanged, or InputError naming ``source`` when it is over ``max_chars``."""
    if len(text) > max_chars:
        raise InputError(f"{source}: {_too_long(len(text), max_chars)}")
    return text


def _too_long(length: int, max_chars: int) -> str:
    """The problem with a post over the limit."""
    return f"the post has {length:,} characters, over --max-chars ({max_chars:,})"


def _line_too_long(max_chars: int) -> str:
    """The problem with a line over the line limit."""
    return f"the line is over {line_limit(max_chars):,} bytes (--max-chars {max_chars:,})"


def _lines(raw: IO[bytes], limit: int) -> Iterator[tuple[int, bytes | None]]:
    """Each physical line and its number; None for a line over ``limit`` bytes, never kept whole.

    A long line is read past in pieces of ``limit`` bytes once the caller asks for the next
    line, so a file with no newline at all (``/dev/zero``) fails at once or costs bounded memory.
    """
    readline, number = raw.readline, 0
    while line := readline(limit + 1):
        number += 1
        if len(line) <= limit or line.endswith(b"\n"):
            yield number, line
            continue
        yield number, None
        while (rest := readline(limit + 1)) and not rest.endswith(b"\n"):
            pass


def _txt_rows(
    lines: Iterator[tuple[int, bytes | None]], bad: BadRows, max_chars: int
) -> Iterator[Row]:
    """One post per non-empty line, without its line ending (trailing \\r and \\n)."""
    for number, line in lines:
        if line is None:
            bad(number, _line_too_long(max_chars))
            continue
        try:
            text = line.rstrip(b"\r\n").decode()
        except UnicodeDecodeError:
            bad(number, "not valid UTF-8 text")
            continue
        if len(text) > max_chars:
            bad(number, _too_long(len(text), max_chars))
        elif text:
            yield number, text, ()


def _jsonl_rows(
    lines: Iterator[tuple[int, bytes | None]], bad: BadRows, max_chars: int
) -> Iterator[Row]:
    """One JSON object per non-blank line, its post in the ``text`` key."""
    loads = json.loads
    for number, line in lines:
        if line is None:
            bad(number, _line_too_long(max_chars))
            continue
        try:
            value = loads(line.decode())
        except UnicodeDecodeError:
            bad(number, "not valid UTF-8 text")
            continue
        except json.JSONDecodeError as exc:
            if line.strip():
                bad(number, f"not valid JSON: {exc.msg} (column {exc.pos + 1})")
            continue
        text = value.get("text") if isinstance(value, dict) else None
        if not isinstance(text, str):
            bad(number, 'expected an object with a "text" string')
        elif len(text) > max_chars:
            bad(number, _too_long(len(text), max_chars))
        else:
            yield number, text, ()


class _CsvLines:
    """Decoded physical lines for ``csv.reader``, keeping each record within the line limit."""

    def __init__(self, path: Path, lines: Iterator[tuple[int, bytes | None]], limit: int) -> None:
        self.path, self.limit = path, limit
        self.record_bytes = 0  # bytes of the record being read; the reader of rows resets it
        self.bad_utf8 = 0  # the first line of the record being read that is not UTF-8, or 0
        self.decoded = self._decode(lines)

    def _decode(self, lines: Iterator[tuple[int, bytes | None]]) -> Iterator[str]:
        """Each line as text; a record over the limit stops the scan (its end cannot be found)."""
        limit = self.limit
        for number, line in lines:
            if line is None or self.record_bytes + len(line) > limit:
                message = f"{self.path}:{number}: the CSV record is over {limit:,} bytes"
                raise InputError(message + " (--max-chars); it cannot be skipped")
            self.record_bytes += len(line)
            try:
                yield line.decode()
            except UnicodeDecodeError:
                self.bad_utf8 = self.bad_utf8 or number
                yield line.decode(errors="replace")


def _csv_posts(
    path: Path,
    lines: Iterator[tuple[int, bytes | None]],
    bad: BadRows,
    labels: Sequence[str],
    max_chars: int,
    raw: IO[bytes],
    size: int,
) -> Posts:
    """Read the header, find the text and label columns, and stream the rows."""
    feed = _CsvLines(path, lines, line_limit(max_chars))
    # The field limit is process-wide; our own record limit is what bounds memory.
    csv.field_size_limit(max(csv.field_size_limit(), feed.limit))
    reader = csv.reader(feed.decoded)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        raise InputError(f"{path}:{reader.line_num}: bad CSV: {exc}") from None
    if header is None:
        raise InputError(f"{path}: the file is empty; expected a header with a 'text' column")
    if feed.bad_utf8:
        raise InputError(f"{path}:{feed.bad_utf8}: not valid UTF-8 text")
    if "text" not in header:
        shown = ", ".join(header[:12]) + (", ..." if len(header) > 12 else "")
        raise InputError(f"{path}:1: no 'text' column (columns: {shown})")
    present = tuple(name for name in labels if name in header)
    columns = {header.index(name): name for name in present}
    rows = _csv_rows(reader, feed, bad, header.index("text"), columns, max_chars)
    return Posts(rows, present, bad, raw, size)


def _csv_rows(
    reader: Reader,
    feed: _CsvLines,
    bad: BadRows,
    text: int,
    columns: dict[int, str],
    limit: int,
) -> Iterator[Row]:
    """Each non-blank CSV record's start line, text and label values."""
    start, width = reader.line_num + 1, max(text, *columns, 0) + 1
    feed.record_bytes = 0
    try:
        for row in reader:
            number, start, feed.record_bytes = start, reader.line_num + 1, 0
            if feed.bad_utf8:
                bad(feed.bad_utf8, "not valid UTF-8 text")
                feed.bad_utf8 = 0
            elif len(row) < width:
                if row:
                    bad(number, f"the row has only {len(row)} columns")
            elif len(row[text]) > limit:
                bad(number, _too_long(len(row[text]), limit))
            elif columns:
                try:
                    truths = tuple([_truth(row[i]) for i in columns])
                except ValueError:
                    name, value = next(
                        (n, row[i]) for i, n in columns.items() if not _is_label(row[i])
                    )
                    bad(number, f"{name} must be 0 or 1, not {value!r}")
                else:
                    yield number, row[text], truths
            else:
                yield number, row[text], ()
    except csv.Error as exc:
        raise InputError(f"{feed.path}:{reader.line_num}: bad CSV: {exc}") from None


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
