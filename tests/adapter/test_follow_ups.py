"""The DELETE first: a hide's DM and mod-log line follow in their own task, and warnings count
under the member's lock, so neither a slow DM nor a second process bends moderation."""

from __future__ import annotations

import asyncio
import itertools
from typing import Any, cast

import discord

from bot.adapter.moderation.listener import Moderation
from bot.core.cases import Case, CaseKind, HiddenStatus, Outcome
from tests.adapter.helpers import calls, requests_since, wait_for_log
from tests.adapter.running_bot import Running
from tests.fakediscord.faults import Fault
from tests.fakediscord.recording import Journal, RecordedRequest

DM_RETRY_S = 0.5  # a rate-limited DM waits this long before discord.py retries it


async def member_cases(running: Running) -> list[Case]:
    """The seeded member's cases, oldest first."""
    world = running.fake.world
    return sorted(
        await running.db.cases.for_member(world.guild_id, world.member_id), key=lambda c: c.id
    )


async def test_a_slow_dm_does_not_hold_back_the_next_delete_and_nothing_is_lost(
    running: Running,
) -> None:
    """The first hide's DM is rate limited then refused (403), the second's DELETE is a 404:
    the second DELETE goes out before the first DM is retried, every hide is logged and cased."""
    fake, world = running.fake, running.fake.world
    dm = fake.state.open_dm(world.member_id)
    dm_route = f"/channels/{dm['id']}/messages"
    log_route = f"/channels/{world.mod_log_id}/messages"
    fake.fail_next("POST", dm_route, 429, retry_after=DM_RETRY_S)
    refused = fake.fail_next("POST", dm_route, 403, code=50007, message="Cannot send messages")
    mark = len(fake.requests)
    first = await fake.events.message_create(world.general_id, world.member_id, "slurword one")
    second_id = fake.state.new_id()
    fake.fail_next("DELETE", rf"/channels/{world.general_id}/messages/{second_id}", 404)
    second = await fake.events.message_create(
        world.general_id, world.member_id, "slurword two", id=second_id
    )
    logs = [await wait_for_log(fake, "hide", m["id"], since=mark) for m in (first, second)]

    requests = requests_since(fake, mark)
    sequence = calls(requests)
    deletes = [
        ("DELETE", f"/channels/{world.general_id}/messages/{m['id']}") for m in (first, second)
    ]
    assert sequence[0] == deletes[0]
    assert sequence.index(deletes[0]) < sequence.index(("POST", dm_route))
    assert [r.status for r in refused.hits] == [403]
    assert sequence.index(deletes[1]) < requests.index(refused.hits[0])
    for delete, log in zip(deletes, logs, strict=True):
        assert sequence.index(delete) < requests.index(log)
    assert sequence.count(("POST", dm_route)) == 2  # the 429, then the 403: no DM for the gone one
    assert sequence.count(("POST", log_route)) == 2

    one, two = await member_cases(running)
    assert (one.message_id, one.kind, one.outcome) == (int(first["id"]), CaseKind.HIDE, Outcome.OK)
    assert (two.message_id, two.kind, two.outcome) == (
        int(second_id),
        CaseKind.HIDE,
        Outcome.FAILED,
    )
    assert "404" in two.outcome_detail
    for message_id in (int(first["id"]), int(second_id)):
        copy = await running.db.hidden.by_message(message_id)
        assert copy is not None and copy.status is HiddenStatus.HIDDEN


async def test_two_processes_warning_at_once_time_the_member_out_once(running: Running) -> None:
    """Two cogs with their own locks (as two processes have) each warn the member once, at
    the same moment, after one earlier warning: warnings 2 and 3, exactly one timeout."""
    fake, world, bot = running.fake, running.fake.world, running.bot
    mark = len(fake.requests)
    earlier = await fake.events.message_create(world.general_id, world.member_id, "oh shit")
    await wait_for_log(fake, "warn", earlier["id"], since=mark)

    # load_extension executes the cog module afresh, so compare by name, not class identity.
    cog = cast(Moderation, bot.get_cog("Moderation"))
    assert type(cog).__name__ == "Moderation"
    other = Moderation(bot, bot.config, bot.db, bot.services.executor)
    moderators = [cog.moderate, other.moderate]
    turns = itertools.count()
    results: Journal[list[Case]] = Journal()

    async def alternate(message: discord.Message, *, new: bool = False) -> list[Case]:
        """Hand the messages to the two cogs in turn."""
        cases = await moderators[next(turns) % 2](message, new=new)
        results.append(cases)
        return cases

    executor = bot.services.executor
    carry_out = executor.carry_out
    arrived: list[int] = []
    both = asyncio.Event()

    async def together(*args: Any, **kwargs: Any) -> list[Case]:
        """Let neither carry its plan out before both have decided it."""
        arrived.append(1)
        if len(arrived) == 2:
            both.set()
        await asyncio.wait_for(both.wait(), timeout=5)
        return await carry_out(*args, **kwargs)

    cog.moderate = alternate  # type: ignore[method-assign]
    executor.carry_out = together  # type: ignore[method-assign]
    first_id, second_id = fake.state.new_id(), fake.state.new_id()
    await asyncio.gather(
        fake.events.message_create(world.general_id, world.member_id, "shit 2", id=first_id),
        fake.events.message_create(world.general_id, world.member_id, "shit 3", id=second_id),
    )
    await results.wait_for(lambda _: len(results) >= 2, timeout=5.0, what="two warnings")

    kinds = sorted(case.kind for cases in results.items for case in cases)
    assert kinds == [CaseKind.TIMEOUT, CaseKind.WARN, CaseKind.WARN]


async def test_a_hide_commits_once_before_its_delete(running: Running) -> None:
    """The claim, the cases and the copy of a hide are one transaction, committed before the
    DELETE reaches Discord."""
    fake, world = running.fake, running.fake.world
    writes = running.bot.services.executor.writes
    at_delete: list[int] = []
    take = fake.faults.take

    def observed(request: RecordedRequest) -> Fault | None:
        if request.method == "DELETE":
            at_delete.append(writes.groups)
        return take(request)

    fake.faults.take = observed  # type: ignore[method-assign]
    before = writes.groups
    mark = len(fake.requests)
    message = await fake.events.message_create(world.general_id, world.member_id, "slurword")
    await wait_for_log(fake, "hide", message["id"], since=mark)
    assert at_delete == [before + 1]
    copy = await running.db.hidden.by_message(int(message["id"]))
    assert copy is not None and copy.status is HiddenStatus.HIDDEN


async def test_mod_log_lines_of_a_burst_share_posts_each_after_its_delete(
    running: Running,
) -> None:
    """Thirty hides at once: every hide's line is posted once, after its DELETE, in far fewer
    posts than lines, none longer than Discord's 2,000 characters."""
    fake, world = running.fake, running.fake.world
    mark = len(fake.requests)
    messages = await asyncio.gather(
        *(
            fake.events.message_create(world.general_id, world.member_id, f"slurword {n}")
            for n in range(30)
        )
    )
    logs = [await wait_for_log(fake, "hide", m["id"], since=mark) for m in messages]

    requests = requests_since(fake, mark)
    log_route = f"/channels/{world.mod_log_id}/messages"
    posts = [r for r in requests if (r.method, r.route) == ("POST", log_route)]
    lines = [line for post in posts for line in str(post.json["content"]).splitlines()]
    assert len(lines) == 30 and len(posts) <= 5
    assert all(len(str(post.json["content"])) <= 2000 for post in posts)
    sequence = calls(requests)
    for message, log in zip(messages, logs, strict=True):
        delete = ("DELETE", f"/channels/{world.general_id}/messages/{message['id']}")
        assert sequence.index(delete) < requests.index(log)
        assert sum(f"/{message['id']}" in line for line in lines) == 1
