"""Helpers for report tests: a bot with more members, the report form, card requests."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path

from bot.core.engine import Engine
from bot.core.reports import RateLimit, ReportCard
from bot.storage import Database
from tests.adapter.helpers import POLL, WAIT
from tests.adapter.running_bot import Running, bot_config, start_bot, stop_bot
from tests.fakediscord import FakeDiscord, PendingInteraction
from tests.fakediscord.interactions import InteractionFactory
from tests.fakediscord.payloads import Json
from tests.fakediscord.recording import RecordedRequest

__all__ = [
    "MENU",
    "RATE",
    "REPORTERS",
    "Reporting",
    "answer",
    "card_request",
    "member",
    "open_form",
    "post",
    "report",
    "reported",
    "reporting_bot",
    "submit_form",
    "wait_for_card",
]

MENU = "Report to moderators"
REPORTERS = ("bob", "carol", "dave")
RATE = RateLimit(count=3, window=timedelta(minutes=10))


def member(fake: FakeDiscord, name: str) -> int:
    """The id of a seeded user by name."""
    return next(int(u["id"]) for u in fake.state.users.values() if u["username"] == name)


@dataclass
class Reporting(Running):
    """A running bot plus its connection task, so a test can restart it."""

    task: asyncio.Task[None] | None = None

    async def restart(self) -> None:
        """Stop the bot and start a new one on the same database file, as a redeploy does."""
        assert self.task is not None
        await stop_bot(self.bot, self.db, self.task)
        self.bot, self.db, self.task = await start_bot(self.config, self.bot.engine_for(None))


@asynccontextmanager
async def reporting_bot(
    fake: FakeDiscord, tmp_path: Path, engine: Engine
) -> AsyncIterator[Reporting]:
    """The real bot, with three more members to report, threshold 3 and 3 reports per 10 min."""
    for name in REPORTERS:
        fake.state.add_member(fake.world.guild_id, fake.state.add_user(name))
    base = bot_config(fake, tmp_path / "modbot.sqlite3")
    config = replace(base, defaults=replace(base.defaults, report_threshold=3, report_rate=RATE))
    bot, db, task = await start_bot(config, engine)
    running = Reporting(bot, db, fake, config, task)
    try:
        yield running
    finally:
        assert running.task is not None
        await stop_bot(running.bot, running.db, running.task)


async def post(
    fake: FakeDiscord, text: str = "The council should resign.", **fields: object
) -> Json:
    """The seeded member posts a clean message in #general."""
    world = fake.world
    return await fake.events.message_create(world.general_id, world.member_id, text, **fields)


async def open_form(fake: FakeDiscord, user_id: int, message_id: int | str) -> PendingInteraction:
    """Use the context menu on a message and wait for the bot's first answer."""
    pending = await fake.events.message_command(MENU, user_id=user_id, message_id=message_id)
    await fake.wait_for_response(pending)
    return pending


async def submit_form(
    fake: FakeDiscord,
    custom_id: str,
    *,
    user_id: int,
    channel_id: int,
    guideline: str,
    reason: str = "",
) -> PendingInteraction:
    """Submit the report form as Discord sends a modal with labelled components (type 18)."""
    pending = InteractionFactory(fake.state, fake.world).modal_submit(
        custom_id, user_id=user_id, channel_id=channel_id, fields={}
    )
    pending.payload["data"]["components"] = [
        {
            "type": 18,
            "id": 1,
            "component": {"type": 3, "id": 2, "custom_id": "guideline", "values": [guideline]},
        },
        {
            "type": 18,
            "id": 3,
            "component": {"type": 4, "id": 4, "custom_id": "reason", "value": reason},
        },
    ]
    fake.interactions[pending.id] = pending
    await fake.dispatch("INTERACTION_CREATE", pending.payload)
    return pending


async def answer(fake: FakeDiscord, pending: PendingInteraction) -> Json:
    """The final answer to a deferred interaction: the edit of its original response."""
    await fake.wait_for_response(pending)
    app = fake.world.application_id
    edit = await fake.wait_for_request(
        "PATCH", rf"/webhooks/{app}/{pending.token}/messages/@original"
    )
    return dict(edit.json)


async def report(
    fake: FakeDiscord,
    user_id: int,
    message: Json,
    guideline: str = "be-nice",
    reason: str = "",
) -> tuple[PendingInteraction, Json]:
    """Report a message through the menu and the form; return the submit and its answer."""
    form = await open_form(fake, user_id, message["id"])
    assert form.response_type == 9, form.response
    assert form.response is not None
    pending = await submit_form(
        fake,
        form.response["data"]["custom_id"],
        user_id=user_id,
        channel_id=int(message["channel_id"]),
        guideline=guideline,
        reason=reason,
    )
    return pending, await answer(fake, pending)


async def reported(
    running: Running, *names: str, text: str = "You people are clowns", by: int | None = None
) -> Json:
    """Post a message (by the seeded member unless ``by``) and have each named member report
    it in turn, waiting for the card each time."""
    fake, world = running.fake, running.fake.world
    message = await fake.events.message_create(world.general_id, by or world.member_id, text)
    for name in names:
        mark = len(fake.requests)
        await report(fake, member(fake, name), message, "be-nice", f"{name} says rude")
        await card_request(fake, since=mark, method="POST" if name == names[0] else "PATCH")
    await wait_for_card(running.db, message["id"])
    return message


async def wait_for_card(db: Database, message_id: int | str) -> ReportCard:
    """Poll until the bot has stored where a message's card is (it does so after the POST)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + WAIT
    while (card := await db.reports.card(int(message_id))) is None:
        if loop.time() > deadline:
            raise AssertionError(f"no report card stored for message {message_id}")
        await asyncio.sleep(POLL)
    return card


async def card_request(fake: FakeDiscord, *, since: int, method: str = "POST") -> RecordedRequest:
    """Wait for the bot to post (POST) or edit (PATCH) a card in the moderators' queue."""
    queue = fake.world.mod_queue_id
    pattern = rf"/channels/{queue}/messages" + ("" if method == "POST" else r"/\d+")
    return await fake.wait_for_request(method, pattern, since=since)
