"""Backtest behaviour rules on a .jsonl export of messages and joins, in input order.

Each line is one event: a message (``author``, ``timestamp``, optional ``text``,
``channel``, ``guild``, ``message_id``, ``attachments``, ``joined_at``,
``account_created_at``, ``roles``, ``prior_posts``, ``prior_warnings``, ``prior_cases``,
``moderator``) or a join (``"event": "join"``, ``author``, ``timestamp``). Times are ISO 8601
(UTC when no offset is given) or POSIX seconds. A message's id defaults to its line number,
so the hits name the lines they cover.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from bot.cli.scan_input import InputError
from bot.core.behaviour.evaluator import Behaviour, Join
from bot.core.post import Post, PostFile

__all__ = ["BacktestError", "backtest", "open_events", "read_events"]

MAX_LINE = 1 << 20
Event = Post | Join


class BacktestError(InputError):
    """A line of the input that is not an event: ``file:line: problem``."""


def open_events(path: Path) -> BinaryIO:
    """The events file opened for reading; BacktestError says why it cannot be.

    Called before the rules compile, so a wrong name or an unreadable file is refused at once.
    """
    if path.suffix.lower() != ".jsonl":
        raise BacktestError(f"{path}: scan --behaviour reads .jsonl files (one event per line)")
    try:
        return path.open("rb")
    except OSError as exc:
        raise BacktestError(f"{path}: cannot read the file: {exc.strerror}") from None


def read_events(raw: BinaryIO, path: Path) -> Iterator[tuple[int, Event]]:
    """Each event of an open events file with its line number; BacktestError names a bad line
    by ``path``."""
    number = 0
    # Read at most one byte past the limit a line: a file with no newline (a link to
    # /dev/zero) is refused at its first line instead of filling memory.
    while line := raw.readline(MAX_LINE + 1):
        number += 1
        if not line.strip():
            continue
        try:
            if len(line) > MAX_LINE:
                raise ValueError(f"the line is over {MAX_LINE:,} bytes")
            yield number, _event(json.loads(line.decode()), number)
        except (ValueError, TypeError, KeyError) as exc:
            raise BacktestError(f"{path}:{number}: {_problem(exc)}") from None


def _problem(exc: Exception) -> str:
    """The reason a line is not an event, in an admin's words."""
    if isinstance(exc, KeyError):
        return f"missing the key {exc.args[0]!r}"
    if isinstance(exc, UnicodeDecodeError):
        return "not valid UTF-8 text"
    return str(exc)


def _event(value: Any, number: int) -> Event:
    """The message or join one parsed line describes."""
    if not isinstance(value, dict):
        raise ValueError("expected a JSON object")
    at = _time(value["timestamp"])
    guild = int(value.get("guild", 0))
    if value.get("event") == "join":
        return Join(guild, int(value["author"]), at, _optional_time(value, "account_created_at"))
    text = value.get("text", "")
    if not isinstance(text, str):
        raise ValueError('"text" must be a string')
    channel = value.get("channel")
    files = tuple(_file(item) for item in value.get("attachments", ()))
    return Post(
        text=text,
        guild_id=guild,
        channel_id=channel if isinstance(channel, int) else None,
        channel_name=channel if isinstance(channel, str) else "",
        message_id=int(value.get("message_id", number)),
        author_id=int(value["author"]),
        role_ids=frozenset(int(r) for r in value.get("roles", ())),
        is_moderator=bool(value.get("moderator", False)),
        created_at=at,
        attachments=tuple(f.filename for f in files),
        files=files,
        account_created_at=_optional_time(value, "account_created_at"),
        joined_at=_optional_time(value, "joined_at"),
        prior_warnings=_optional_int(value, "prior_warnings"),
        prior_cases=_optional_int(value, "prior_cases"),
        prior_posts=_optional_int(value, "prior_posts"),
    )


def _file(item: Any) -> PostFile:
    """An attachment: a file name, or an object with ``filename`` and ``content_type``."""
    if isinstance(item, str):
        return PostFile(item)
    if isinstance(item, dict) and isinstance(item.get("filename"), str):
        return PostFile(item["filename"], str(item.get("content_type") or ""))
    raise ValueError('"attachments" items must be file names or {"filename", "content_type"}')


def _time(value: Any) -> datetime:
    """An aware datetime from ISO 8601 (UTC when naive) or POSIX seconds."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return datetime.fromtimestamp(value, UTC)
    if not isinstance(value, str):
        raise ValueError(f"a time must be ISO 8601 or POSIX seconds, not {value!r}")
    parsed = datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _optional_time(value: dict[str, Any], key: str) -> datetime | None:
    return None if value.get(key) is None else _time(value[key])


def _optional_int(value: dict[str, Any], key: str) -> int | None:
    return None if value.get(key) is None else int(value[key])


def backtest(behaviour: Behaviour, events: Iterator[tuple[int, Event]], out: TextIO) -> int:
    """Write one JSON object per behaviour decision, in input order; the number of events."""
    count = 0
    for number, event in events:
        count += 1
        if isinstance(event, Join):
            for decision in behaviour.observe_join(event):
                raid = {"raid": str(decision.change), "at": decision.at.isoformat()}
                _write(out, number, decision.rule, {**raid, "why": decision.why})
            continue
        for hit in behaviour.observe(event):
            record: dict[str, Any] = {
                "guideline": hit.guideline,
                "action": str(hit.action),
                "mode": str(hit.mode),
                "messages": list(hit.message_ids),
                "why": hit.why,
                "case": hit.case_key,
                "opens": hit.opens,
            }
            _write(out, number, hit.rule, record)
    return count


def _write(out: TextIO, number: int, rule: str, record: dict[str, Any]) -> None:
    out.write(json.dumps({"line": number, "rule": rule, **record}, ensure_ascii=False) + "\n")
