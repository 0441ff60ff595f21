"""Shared fixtures."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.core.engine import Engine
from bot.rulesets import load_engine
from tests.fakediscord import FakeDiscord
from tests.shipped import SHIPPED_RULES


@pytest.fixture
async def fake_discord() -> AsyncIterator[FakeDiscord]:
    """Run a fake Discord on 127.0.0.1 with discord.py's REST base and gateway pointed at it."""
    # Discord's 5 s between IDENTIFYs would make each restart in a test wait; shard tests
    # start their own fake with the window they check.
    async with FakeDiscord(heartbeat_interval=0.25, identify_window=0.01) as fake:
        with fake.redirect():
            yield fake


@pytest.fixture(scope="session")
def engine() -> Engine:
    """The shipped rules' engine, loaded once for every table of sentences that tests it."""
    return load_engine(SHIPPED_RULES)
