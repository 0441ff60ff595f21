"""Shared fixtures."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.fakediscord import FakeDiscord


@pytest.fixture
async def fake_discord() -> AsyncIterator[FakeDiscord]:
    """Run a fake Discord on 127.0.0.1 with discord.py's REST base and gateway pointed at it."""
    async with FakeDiscord(heartbeat_interval=0.25) as fake:
        with fake.redirect():
            yield fake
