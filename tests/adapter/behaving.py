"""The real bot on the fake Discord with the test rules plus behaviour rules a test writes."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace
from pathlib import Path

from bot.rulesets import load_engine
from tests.adapter.running_bot import RULES, Running, bot_config, running_with
from tests.fakediscord import FakeDiscord

__all__ = ["HEADER", "behaving"]

HEADER = """\
guideline: no-spam
title: No Spam
summary: Do not flood channels or advertise other servers.
rules:
"""


@asynccontextmanager
async def behaving(fake: FakeDiscord, tmp_path: Path, rules: str) -> AsyncIterator[Running]:
    """Start the bot with the test rules and a ``no-spam.yaml`` holding ``rules`` (YAML list
    items under ``rules:``)."""
    directory = tmp_path / "rules"
    shutil.copytree(RULES, directory)
    (directory / "no-spam.yaml").write_text(HEADER + rules, encoding="utf-8")
    config = replace(bot_config(fake, tmp_path / "modbot.sqlite3"), rules=directory)
    async with running_with(fake, config, load_engine(directory)) as running:
        yield running
