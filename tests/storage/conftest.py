"""Fixtures for storage tests: a real database file per test and fixed times."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.core.cases import CaseKind, NewCase
from bot.storage import Database

T0 = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
GUILD = 1_000_000_000_000_000_001
USER = 2_000_000_000_000_000_002


def at(minutes: float) -> datetime:
    """A fixed time ``minutes`` after T0."""
    return T0 + timedelta(minutes=minutes)


def warning(minutes: float, **changes: Any) -> NewCase:
    """An automatic enforce-mode warning of USER at ``at(minutes)``."""
    base = NewCase(
        guild_id=GUILD,
        kind=CaseKind.WARN,
        created_at=at(minutes),
        target_id=USER,
        guideline="be-nice",
        rule_id="name-calling",
    )
    return replace(base, **changes)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "modbot.sqlite3"


@pytest.fixture
async def db(db_path: Path) -> AsyncIterator[Database]:
    database = await Database.open(db_path)
    yield database
    await database.close()
