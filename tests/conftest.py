"""Shared fixtures."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.fakediscord import FakeDiscord


@pytest.fixture
async def fake_discord() -> AsyncIterator[FakeDiscord]:
    """Run a fake Discord on 127.0.0.1 with discord.py's REST base and gateway pointed at it."""
    # Discord's 5 s between IDENTIFYs would make each restart in a test wait; shard tests
    # start their own fake with the window they check.
    async with FakeDiscord(heartbeat_interval=0.25, identify_window=0.01) as fake:
        with fake.redirect():
            yield fake
