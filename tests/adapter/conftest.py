"""Fixtures: the real modbot started in-process against the fake Discord."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.core.engine import Engine
from bot.rulesets import load_engine
from tests.adapter.reporting import Reporting, reporting_bot
from tests.adapter.running_bot import RULES, Running, bot_config, running_with
from tests.fakediscord import FakeDiscord


@pytest.fixture
def engine() -> Engine:
    """The test rules: small, stable, and loaded through the real loader."""
    return load_engine(RULES)


@pytest.fixture
async def running(
    fake_discord: FakeDiscord, tmp_path: Path, engine: Engine
) -> AsyncIterator[Running]:
    """The real bot connected to the fake Discord."""
    config = bot_config(fake_discord, tmp_path / "modbot.sqlite3")
    async with running_with(fake_discord, config, engine) as running:
        yield running


@pytest.fixture
async def reporting(
    fake_discord: FakeDiscord, tmp_path: Path, engine: Engine
) -> AsyncIterator[Reporting]:
    """The real bot on the fake Discord, with members to report (threshold 3)."""
    async with reporting_bot(fake_discord, tmp_path, engine) as running:
        yield running
