"""Helpers for live rule tests: the bot on a temp copy of the test rules, edits, waits, commands."""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from bot.config import Config
from bot.rulesets import load_engine
from tests.adapter.helpers import command_answer
from tests.adapter.running_bot import RULES, Running, bot_config, running_with
from tests.fakediscord import FakeDiscord, PendingInteraction
from tests.fakediscord.payloads import Json
from tests.fakediscord.recording import RecordedRequest

__all__ = [
    "FAST_POLL",
    "copy_rules",
    "edit",
    "live_bot",
    "mod_log_posts",
    "rules_command",
    "wait_for_mod_log",
    "wait_until",
]

FAST_POLL = 0.05
WAIT = 5.0


def copy_rules(tmp_path: Path) -> Path:
    """A writable copy of the test rules."""
    folder = tmp_path / "rules"
    shutil.copytree(RULES, folder)
    return folder


def edit(path: Path, old: str, new: str) -> None:
    """Replace text in a rule file, as an admin saving it would."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@asynccontextmanager
async def live_bot(
    fake: FakeDiscord, tmp_path: Path, rules: Path, **changes: Any
) -> AsyncIterator[Running]:
    """The real bot on ``rules`` (polled every FAST_POLL seconds unless changed)."""
    changes = {"rules_poll_seconds": FAST_POLL, **changes}
    config: Config = replace(bot_config(fake, tmp_path / "modbot.sqlite3"), rules=rules, **changes)
    async with running_with(fake, config, load_engine(rules)) as running:
        yield running


async def wait_until(
    check: Callable[[], Awaitable[bool]],
    what: str,
    *,
    timeout: float = WAIT,  # noqa: ASYNC109 - on timeout, fail saying what did not happen
) -> float:
    """Poll ``check`` every 10 ms until it holds; return the seconds it took."""
    loop = asyncio.get_running_loop()
    start = loop.time()
    while not await check():
        if loop.time() - start > timeout:
            raise AssertionError(f"not within {timeout}s: {what}")
        await asyncio.sleep(0.01)
    return loop.time() - start


def mod_log_posts(fake: FakeDiscord, since: int = 0) -> list[str]:
    """The contents the bot posted to the mod-log channel."""
    route = f"/channels/{fake.world.mod_log_id}/messages"
    return [str(r.json["content"]) for r in fake.requests_matching("POST", route, since=since)]


async def wait_for_mod_log(fake: FakeDiscord, needle: str, *, since: int) -> RecordedRequest:
    """The first mod-log post containing ``needle``."""

    def wanted(request: RecordedRequest) -> bool:
        route = f"/channels/{fake.world.mod_log_id}/messages"
        return (
            request.method == "POST"
            and request.route == route
            and needle in str(request.json.get("content"))
        )

    return await fake.requests.wait_for(
        wanted, since=since, timeout=WAIT, what=f"mod-log post with {needle!r}"
    )


async def rules_command(
    fake: FakeDiscord, sub: str, user_id: int | None = None, **values: str | int
) -> tuple[PendingInteraction, Json]:
    """Run ``/rules <sub>`` (as the moderator by default); return it and its final answer."""
    kinds = {int: 4, str: 3}
    options = [{"name": k, "type": kinds[type(v)], "value": v} for k, v in values.items()]
    return await command_answer(
        fake,
        "rules",
        user_id or fake.world.moderator_id,
        [{"name": sub, "type": 1, "options": options}],
    )
