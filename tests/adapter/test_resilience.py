"""The real bot through the fake Discord when Discord fails: errors, drops, restarts, bursts."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import cast

import discord
import pytest

from bot.adapter.client import ModBot
from bot.adapter.moderation.listener import Moderation
from bot.core.cases import Case, CaseKind, HiddenStatus, Outcome
from bot.core.engine import Engine
from bot.storage import Database
from tests.adapter.running_bot import Running, bot_config, start_bot, stop_bot
from tests.fakediscord import FakeDiscord, RecordedRequest
from tests.fakediscord.recording import Journal


def _index_after(fake: FakeDiscord, request: RecordedRequest, start: int) -> int:
    """The journal position just after ``request`` (found by identity, not equality)."""
    items = fake.requests.items
    return next(i for i in range(start, len(items)) if items[i] is request) + 1


async def requests_seen(
    fake: FakeDiscord,
    method: str,
    pattern: str,
    count: int,
    *,
    since: int,
    timeout: float = 5.0,  # noqa: ASYNC109 - each wait fails listing the requests seen
) -> list[RecordedRequest]:
    """Wait until ``count`` requests match from ``since`` on; return them all."""
    start = since
    for _ in range(count):
        request = await fake.wait_for_request(method, pattern, since=start, timeout=timeout)
        start = _index_after(fake, request, start)
    return fake.requests_matching(method, pattern, since=since)


async def mod_log(fake: FakeDiscord, count: int, *, since: int) -> list[str]:
    """The first ``count`` mod-log lines posted from ``since`` on (a post may carry several),
    waiting for them."""
    route = rf"/channels/{fake.world.mod_log_id}/messages"

    def lines() -> list[str]:
        posts = fake.requests_matching("POST", route, since=since)
        return [line for post in posts for line in str(post.json["content"]).splitlines()]

    await fake.requests.wait_for(
        lambda _: len(lines()) >= count, since=since, timeout=5.0, what=f"{count} mod-log lines"
    )
    return lines()[:count]


def delete_route(fake: FakeDiscord, message_id: int | str = r"\d+") -> str:
    """The DELETE route of a message in #general (any message by default)."""
    return rf"/channels/{fake.world.general_id}/messages/{message_id}"


async def say(fake: FakeDiscord, content: str) -> int:
    """Post ``content`` in #general as alice and return the message id."""
    world = fake.world
    message = await fake.events.message_create(world.general_id, world.member_id, content)
    return int(message["id"])


async def cases_of(db: Database, fake: FakeDiscord, message_id: int) -> list[Case]:
    """Alice's cases about one message, oldest first."""
    cases = await db.cases.for_member(fake.world.guild_id, fake.world.member_id, limit=500)
    return sorted((c for c in cases if c.message_id == message_id), key=lambda c: c.id)


def watch_moderation(bot: ModBot) -> Journal[list[Case]]:
    """Journal what each ``Moderation.moderate`` call returns, so tests wait without sleeping."""
    # load_extension executes the cog module afresh, so compare by name, not class identity.
    cog = cast(Moderation, bot.get_cog("Moderation"))
    assert type(cog).__name__ == "Moderation"
    results: Journal[list[Case]] = Journal()
    original = cog.moderate

    async def moderate(message: discord.Message, *, new: bool = False) -> list[Case]:
        cases = await original(message, new=new)
        results.append(cases)
        return cases

    cog.moderate = moderate  # type: ignore[method-assign]
    return results


async def moderated(results: Journal[list[Case]], count: int) -> list[list[Case]]:
    """The results of the first ``count`` moderated messages, waiting for them."""
    await results.wait_for(
        lambda _: len(results) >= count, timeout=5.0, what=f"{count} moderated messages"
    )
    return results.items[:count]


async def assert_still_hides(running: Running) -> None:
    """A fresh violating message is deleted and its hide case ends ok."""
    fake = running.fake
    mark = len(fake.requests)
    message_id = await say(fake, "slurword, once more")
    await mod_log(fake, 1, since=mark)
    (deleted,) = fake.requests_matching("DELETE", delete_route(fake, message_id), since=mark)
    assert deleted.status == 204
    (case,) = await cases_of(running.db, fake, message_id)
    assert (case.kind, case.outcome) == (CaseKind.HIDE, Outcome.OK)


async def test_forbidden_delete_is_recorded_on_the_case_and_the_bot_goes_on(
    running: Running,
) -> None:
    """A 403 on DELETE fails the hide case with Discord's error, says so in the mod log."""
    fake = running.fake
    mark = len(fake.requests)
    fault = fake.fail_next("DELETE", delete_route(fake), 403)
    message_id = await say(fake, "you slurword")
    (line,) = await mod_log(fake, 1, since=mark)
    (case,) = await cases_of(running.db, fake, message_id)
    assert (case.kind, case.rule_id, case.outcome) == (CaseKind.HIDE, "slur", Outcome.FAILED)
    assert "403" in case.outcome_detail and "Missing Permissions" in case.outcome_detail
    assert line.startswith(f"Case #{case.id} hide")
    assert "failed: 403 Missing Permissions" in line
    assert [r.status for r in fault.hits] == [403]
    assert str(message_id) in fake.state.messages
    assert not fake.requests_matching("POST", "/users/@me/channels", since=mark)
    await assert_still_hides(running)


async def test_a_message_whose_delete_was_forbidden_is_hidden_when_edited_again(
    running: Running,
) -> None:
    """After a forbidden delete, the post is not left marked hidden: a new violation deletes it."""
    fake = running.fake
    world = fake.world
    mark = len(fake.requests)
    fake.fail_next("DELETE", delete_route(fake), 403)
    message_id = await say(fake, "you slurword")
    await mod_log(fake, 1, since=mark)
    copy = await running.db.hidden.by_message(message_id)
    assert copy is not None and copy.status is not HiddenStatus.HIDDEN

    mark = len(fake.requests)
    await fake.events.message_update(world.general_id, message_id, "you slurword, I said")
    await mod_log(fake, 1, since=mark)
    (deleted,) = fake.requests_matching("DELETE", delete_route(fake, message_id), since=mark)
    assert deleted.status == 204
    first, second = await cases_of(running.db, fake, message_id)
    assert (first.outcome, second.outcome, second.outcome_detail) == (
        Outcome.FAILED,
        Outcome.OK,
        "",
    )
    latest = await running.db.hidden.by_message(message_id)
    assert latest is not None and latest.status is HiddenStatus.HIDDEN
    assert latest.content == "you slurword, I said" and latest.case_id == second.id


async def test_delete_of_a_message_already_gone_is_recorded_and_the_bot_goes_on(
    running: Running,
) -> None:
    """A 404 Unknown Message on DELETE fails the hide case with the 404; the bot goes on."""
    fake = running.fake
    mark = len(fake.requests)
    fake.fail_next("DELETE", delete_route(fake), 404, code=10008, message="Unknown Message")
    message_id = await say(fake, "slurword and gone")
    (line,) = await mod_log(fake, 1, since=mark)
    (case,) = await cases_of(running.db, fake, message_id)
    assert (case.kind, case.outcome) == (CaseKind.HIDE, Outcome.FAILED)
    assert "404" in case.outcome_detail and "Unknown Message" in case.outcome_detail
    assert "failed: 404" in line
    copy = await running.db.hidden.by_message(message_id)
    assert copy is not None and copy.content == "slurword and gone"
    assert copy.status is HiddenStatus.HIDDEN
    await assert_still_hides(running)


async def test_rate_limited_delete_is_retried_and_the_case_ends_ok(running: Running) -> None:
    """A 429 on DELETE (with Via: not a Cloudflare ban) is waited out and retried by discord.py."""
    fake = running.fake
    mark = len(fake.requests)
    fake.fail_next("DELETE", delete_route(fake), 429, retry_after=0.05)
    message_id = await say(fake, "slurword in a hurry")
    await mod_log(fake, 1, since=mark)
    deletes = fake.requests_matching("DELETE", delete_route(fake, message_id), since=mark)
    assert [r.status for r in deletes] == [429, 204]
    (case,) = await cases_of(running.db, fake, message_id)
    assert (case.kind, case.outcome, case.outcome_detail) == (CaseKind.HIDE, Outcome.OK, "")


async def test_forbidden_timeout_fails_only_the_timeout_case(running: Running) -> None:
    """A 403 on the member PATCH fails the timeout case; the hide of the same post stays ok."""
    fake = running.fake
    world = fake.world
    mark = len(fake.requests)
    member_route = rf"/guilds/{world.guild_id}/members/{world.member_id}"
    fault = fake.fail_next("PATCH", member_route, 403)
    message_id = await say(fake, "here is the doxxword")
    hide_line, timeout_line = await mod_log(fake, 2, since=mark)
    hide, timeout = await cases_of(running.db, fake, message_id)
    assert (hide.kind, hide.outcome) == (CaseKind.HIDE, Outcome.OK)
    assert (timeout.kind, timeout.outcome) == (CaseKind.TIMEOUT, Outcome.FAILED)
    assert "403" in timeout.outcome_detail and "Missing Permissions" in timeout.outcome_detail
    assert hide.rule_id == timeout.rule_id == "doxx"
    assert f"Case #{timeout.id} timeout" in timeout_line and "failed: 403" in timeout_line
    assert "failed" not in hide_line
    assert [r.status for r in fault.hits] == [403]
    assert fake.requests_matching("DELETE", delete_route(fake, message_id), since=mark)
    member = fake.state.member(world.guild_id, world.member_id)
    assert not member.get("communication_disabled_until")


@pytest.mark.parametrize("abort", [False, True], ids=["close-4000", "tcp-abort"])
async def test_dropped_gateway_is_resumed_and_moderation_goes_on(
    running: Running, abort: bool
) -> None:
    """After a drop the bot RESUMEs its session; missed and later messages are both acted on."""
    fake = running.fake
    assert running.bot.ws is not None
    session_id = running.bot.ws.session_id
    frames, mark = len(fake.frames), len(fake.requests)
    await fake.drop_connection(4000, abort=abort)
    missed = await say(fake, "slurword while away")
    resume = await fake.wait_for_frame(6, since=frames, timeout=10)
    assert resume.data["session_id"] == session_id
    assert session_id in fake.gateway.sessions
    assert not [f for f in fake.frames.items[frames:] if not f.sent and f.op == 2]
    await fake.wait_for_frame(0, sent=True, event="RESUMED", since=frames)
    after = await say(fake, "slurword after the resume")
    for message_id in (missed, after):
        request = await fake.wait_for_request("DELETE", delete_route(fake, message_id), since=mark)
        assert request.status == 204
    await mod_log(fake, 2, since=mark)
    for message_id in (missed, after):
        (case,) = await cases_of(running.db, fake, message_id)
        assert (case.kind, case.outcome) == (CaseKind.HIDE, Outcome.OK)


async def test_cases_hidden_posts_and_idempotency_survive_a_restart(
    fake_discord: FakeDiscord, tmp_path: Path, engine: Engine
) -> None:
    """A new bot on the same database sees every case and copy, and does not act on them twice."""
    fake = fake_discord
    world = fake.world
    config = bot_config(fake, tmp_path / "modbot.sqlite3")
    bot, db, task = await start_bot(config, engine)
    try:
        mark = len(fake.requests)
        hidden_id = await say(fake, "you slurword")
        warned_id = await say(fake, "oh shit")
        await mod_log(fake, 2, since=mark)
        before = await db.cases.for_member(world.guild_id, world.member_id)
        copy = await db.hidden.by_message(hidden_id)
    finally:
        await stop_bot(bot, db, task)
    assert sorted((c.kind, c.message_id, c.outcome) for c in before) == sorted(
        [(CaseKind.HIDE, hidden_id, Outcome.OK), (CaseKind.WARN, warned_id, Outcome.OK)]
    )
    assert copy is not None and copy.content == "you slurword"

    bot, db, task = await start_bot(bot_config(fake, tmp_path / "modbot.sqlite3"), engine)
    try:
        assert await db.cases.for_member(world.guild_id, world.member_id) == before
        assert await db.hidden.by_message(hidden_id) == copy
        mark = len(fake.requests)
        results = watch_moderation(bot)
        await fake.events.message_update(
            world.general_id, hidden_id, "you slurword", author_id=world.member_id
        )
        await fake.events.message_update(world.general_id, warned_id, "oh shit")
        assert await moderated(results, 2) == [[], []]
        assert await db.cases.for_member(world.guild_id, world.member_id) == before
        assert [str(r) for r in fake.requests.items[mark:]] == []
    finally:
        await stop_bot(bot, db, task)


async def test_a_burst_of_violations_loses_none(running: Running) -> None:
    """Fifty violating messages dispatched back to back give fifty DELETEs and fifty hide cases."""
    fake = running.fake
    world = fake.world
    mark = len(fake.requests)
    ids = await asyncio.gather(*(say(fake, f"slurword number {n}") for n in range(50)))
    deletes = await requests_seen(fake, "DELETE", delete_route(fake), 50, since=mark, timeout=20)
    await mod_log(fake, 50, since=mark)
    assert sorted(int(r.route.rsplit("/", 1)[1]) for r in deletes) == sorted(ids)
    assert {r.status for r in deletes} == {204}
    cases = await running.db.cases.for_member(world.guild_id, world.member_id, limit=500)
    assert sorted(c.message_id for c in cases if c.kind is CaseKind.HIDE) == sorted(ids)
    assert {c.outcome for c in cases} == {Outcome.OK}
    copies = await running.db.hidden.for_guild(world.guild_id, limit=500)
    assert sorted(c.message_id for c in copies) == sorted(ids)


async def test_a_refused_dm_does_not_fail_the_hide(running: Running) -> None:
    """DMs closed (403 50007): the post is still hidden, the case ok, the mod log clean."""
    fake = running.fake
    dm = fake.state.open_dm(fake.world.member_id)
    mark = len(fake.requests)
    fault = fake.fail_next(
        "POST",
        rf"/channels/{dm['id']}/messages",
        403,
        code=50007,
        message="Cannot send messages to this user",
    )
    message_id = await say(fake, "slurword, DMs closed")
    (line,) = await mod_log(fake, 1, since=mark)
    assert [r.status for r in fault.hits] == [403]
    (case,) = await cases_of(running.db, fake, message_id)
    assert (case.kind, case.outcome, case.outcome_detail) == (CaseKind.HIDE, Outcome.OK, "")
    assert "failed" not in line
    assert str(message_id) not in fake.state.messages


async def test_invalid_session_identifies_again_and_moderation_goes_on(
    running: Running, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A RESUME Discord refuses (op 9) leads to a fresh IDENTIFY; the bot moderates after it."""
    fake = running.fake

    async def no_wait(shard_id: int | None, *, initial: bool = False) -> None:
        """Skip discord.py's 5 s pause before a second IDENTIFY (Discord's rate limit)."""

    monkeypatch.setattr(running.bot, "before_identify_hook", no_wait)
    ready_again = asyncio.ensure_future(running.bot.wait_for("ready", timeout=10))
    frames = len(fake.frames)
    fake.gateway.sessions.clear()
    await fake.drop_connection(4000)
    await fake.wait_for_frame(6, since=frames, timeout=10)
    await fake.wait_for_frame(9, sent=True, since=frames)
    await fake.wait_for_frame(2, since=frames, timeout=10)
    await ready_again
    assert len(fake.gateway.sessions) == 1
    await assert_still_hides(running)


async def test_a_burst_of_three_warnings_escalates_to_a_timeout(running: Running) -> None:
    """Three warnings sent back to back time the author out, as three sent slowly do."""
    fake = running.fake
    results = watch_moderation(running.bot)
    await asyncio.gather(*(say(fake, f"oh shit, number {n}") for n in range(3)))
    kinds = [case.kind for cases in await moderated(results, 3) for case in cases]
    assert sorted(kinds) == [CaseKind.TIMEOUT, CaseKind.WARN, CaseKind.WARN, CaseKind.WARN]
