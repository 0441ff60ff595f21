"""Helpers for end-to-end tests of the bot on the fake Discord: post, await actions, barriers."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Sequence
from datetime import datetime

from bot.core.cases import Case
from bot.storage import Database
from tests.fakediscord import FakeDiscord, PendingInteraction
from tests.fakediscord.payloads import Json
from tests.fakediscord.recording import RecordedRequest

__all__ = [
    "ECHO_SAFE",
    "Call",
    "barrier",
    "calls",
    "click_next",
    "command_answer",
    "message_time",
    "requests_since",
    "wait_for_cases",
    "wait_for_log",
]

WAIT = 5.0
POLL = 0.01
# The allowed_mentions of everything the bot posts that echoes user text: nobody is pinged.
ECHO_SAFE: Json = {"parse": []}

# A request as (method, route), e.g. ("DELETE", "/channels/1/messages/2"), for exact comparisons.
Call = tuple[str, str]


def requests_since(fake: FakeDiscord, mark: int) -> list[RecordedRequest]:
    """Return every REST request the fake recorded from index ``mark`` on."""
    return fake.requests.find(lambda _: True, mark)


def calls(requests: list[RecordedRequest]) -> list[Call]:
    """Return the requests as (method, route) pairs, in order."""
    return [(r.method, r.route) for r in requests]


def message_time(message: Json) -> datetime:
    """Return a message payload's creation time."""
    return datetime.fromisoformat(message["timestamp"])


def _log_content(request: RecordedRequest, mod_log_id: int) -> str | None:
    """Return the content of a mod-log post, or None for any other request."""
    if request.method != "POST" or request.route != f"/channels/{mod_log_id}/messages":
        return None
    body = request.json if isinstance(request.json, dict) else {}
    return str(body.get("content") or "")


async def wait_for_log(
    fake: FakeDiscord, kind: str, message_id: int | str, *, since: int
) -> RecordedRequest:
    """Wait for the post with the mod-log line of a ``kind`` case about a message: the last
    step of a case (a post may carry the lines of several cases, one a line)."""
    pattern = re.compile(rf"Case #\d+ {re.escape(kind)} .*/{message_id}\b")

    def wanted(request: RecordedRequest) -> bool:
        content = _log_content(request, fake.world.mod_log_id)
        return content is not None and any(map(pattern.match, content.splitlines()))

    return await fake.requests.wait_for(
        wanted, since=since, timeout=WAIT, what=f"mod-log {kind} line for message {message_id}"
    )


def _about(request: RecordedRequest, message_id: str, text: str) -> bool:
    """Tell whether a request belongs to hiding the barrier message."""
    if message_id in request.path or request.route == "/users/@me/channels":
        return True
    body = json.dumps(request.json)
    return message_id in body or text in body


async def barrier(fake: FakeDiscord, mark: int) -> list[RecordedRequest]:
    """Post a hide-worthy message, wait until the bot has hidden it and logged it.

    Events are handled in gateway order, so whatever the bot did about earlier events has
    had the time of a whole hide (database writes, DELETE, DM, log) to show. Returns the
    requests since ``mark`` that are not about the barrier message.
    """
    world = fake.world
    text = f"slurword barrier {fake.state.new_id()}"
    message = await fake.events.message_create(world.general_id, world.member_id, text)
    await wait_for_log(fake, "hide", message["id"], since=mark)
    return [r for r in requests_since(fake, mark) if not _about(r, message["id"], text)]


async def wait_for_cases(db: Database, guild_id: int, user_id: int, count: int) -> list[Case]:
    """Poll until a member has at least ``count`` cases; return them, newest first."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + WAIT
    while True:
        cases = await db.cases.for_member(guild_id, user_id)
        if len(cases) >= count:
            return cases
        if loop.time() > deadline:
            raise AssertionError(f"expected {count} cases for {user_id}, found {cases}")
        await asyncio.sleep(POLL)


async def command_answer(
    fake: FakeDiscord, name: str, user_id: int, options: Sequence[Json] = ()
) -> tuple[PendingInteraction, Json]:
    """Run a slash command in #general; return it and its final answer (a deferred one's edit)."""
    world = fake.world
    mark = len(fake.requests)
    pending = await fake.events.slash_command(
        name, user_id=user_id, channel_id=world.general_id, options=options
    )
    await fake.wait_for_response(pending)
    assert pending.response is not None
    if pending.response_type != 5:
        return pending, pending.response["data"]
    app = world.application_id
    edit = await fake.wait_for_request(
        "PATCH", rf"/webhooks/{app}/{pending.token}/messages/@original", since=mark, timeout=WAIT
    )
    return pending, edit.json


async def click_next(
    fake: FakeDiscord, pending: PendingInteraction, buttons: dict[str, Json], user_id: int
) -> tuple[PendingInteraction, Json]:
    """Press Next on a paginated ephemeral answer; return the click, once answered, and the
    message clicked on.

    Discord delivers the clicked ephemeral message with the click; the fake looks it up.
    """
    assert pending.original_id is not None
    shown = pending.messages[pending.original_id]
    fake.state.messages[shown["id"]] = shown
    click = await fake.events.component(
        buttons["Next"]["custom_id"], user_id=user_id, message_id=shown["id"]
    )
    await fake.wait_for_response(click)
    return click, shown


def subcommand(name: str, **values: int | str | bool) -> list[Json]:
    """A subcommand option with its value options (integers, strings, booleans)."""
    kinds = {int: 4, str: 3, bool: 5}
    options = [{"name": k, "type": kinds[type(v)], "value": v} for k, v in values.items()]
    return [{"name": name, "type": 1, "options": options}]
