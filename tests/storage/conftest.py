"""Fixtures for storage tests: a real database per test, on each backend, and fixed times.

``target`` runs each test on a SQLite file and, when MODBOT_TEST_DATABASE_URL names a
PostgreSQL server (``make test`` starts one), on a fresh schema of that server.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.core.cases import CaseKind, NewCase
from bot.storage import Database
from tests.postgres import URL_ENV, postgres_schema

_LEFT_OUT = pytest.StashKey[int]()

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


@pytest.fixture(params=["sqlite", "postgresql"])
async def target(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    """What Database.open takes: a SQLite file, or a URL whose search_path is a new schema."""
    if request.param == "sqlite":
        yield str(tmp_path / "modbot.sqlite3")
        return
    async with postgres_schema(os.environ[URL_ENV]) as url:
        yield url


@pytest.fixture
async def db(target: str) -> AsyncIterator[Database]:
    database = await Database.open(target)
    yield database
    await database.close()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Without a server, leave out the PostgreSQL half (counted as deselected, noted below)."""
    if os.environ.get(URL_ENV):
        return
    postgres = [i for i in items if getattr(i, "callspec", None) and _on_postgres(i)]
    if postgres:
        items[:] = [i for i in items if i not in postgres]
        config.hook.pytest_deselected(items=postgres)
        config.stash[_LEFT_OUT] = len(postgres)


def _on_postgres(item: Any) -> bool:
    """True for a test parametrised onto the PostgreSQL backend."""
    return bool(item.callspec.params.get("target") == "postgresql")


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    """Say when the PostgreSQL half of the storage tests did not run, and how to run it."""
    left_out = config.stash.get(_LEFT_OUT, 0)
    if left_out:
        terminalreporter.write_line(
            f"note: {left_out} PostgreSQL storage tests did not run ({URL_ENV} is not set); "
            "`make test` runs them against a throwaway local PostgreSQL server",
            yellow=True,
        )
