"""Datetimes in the database: fixed-width ISO 8601 in UTC, so text order is time order."""

from __future__ import annotations

from datetime import UTC, datetime

__all__ = ["decode", "decode_optional", "encode", "encode_optional"]


def encode(moment: datetime) -> str:
    """Render a tz-aware datetime as ``YYYY-MM-DDTHH:MM:SS.ffffff+00:00``; naive is refused."""
    if moment.utcoffset() is None:
        raise ValueError(f"naive datetime {moment!r}: storage needs tz-aware times")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def encode_optional(moment: datetime | None) -> str | None:
    """``encode`` that passes None through, for nullable columns."""
    return None if moment is None else encode(moment)


def decode(text: str) -> datetime:
    """Parse a stored time back into a tz-aware UTC datetime."""
    return datetime.fromisoformat(text)


def decode_optional(text: str | None) -> datetime | None:
    """``decode`` that passes None through, for nullable columns."""
    return None if text is None else decode(text)
