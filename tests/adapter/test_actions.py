"""End to end: the real bot on the fake Discord, asserting the exact REST calls and case rows."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from bot.adapter.moderation.checking import INLINE_CHARACTERS
from bot.adapter.shared.notices import HIDDEN_TITLE
from bot.core.cases import Case, CaseKind, HiddenStatus, Outcome
from bot.core.rules import Mode
from tests.adapter.helpers import (
    ECHO_SAFE,
    barrier,
    calls,
    command_answer,
    message_time,
    requests_since,
    subcommand,
    wait_for_cases,
    wait_for_log,
)
from tests.adapter.running_bot import Running
from tests.fakediscord.recording import RecordedRequest

TEN_MINUTES = timedelta(minutes=10)


async def cases_of(running: Running, user_id: int | None = None) -> list[Case]:
    """Return a member's cases (the seeded member by default), oldest first."""
    world = running.fake.world
    found = await running.db.cases.for_member(world.guild_id, user_id or world.member_id)
    return list(reversed(found))


def dm_channel_id(running: Running) -> str:
    """Return the id of the DM channel between the bot and the seeded member."""
    return str(running.fake.state.open_dm(running.fake.world.member_id)["id"])


def log_route(running: Running) -> str:
    """Return the route of posts to the mod-log channel."""
    return f"/channels/{running.fake.world.mod_log_id}/messages"


async def test_clean_message_makes_no_request(running: Running) -> None:
    """A clean message is left alone: no REST call and no case, checked behind a barrier."""
    fake, world = running.fake, running.fake.world
    mark = len(fake.requests)
    clean = await fake.events.message_create(world.general_id, world.member_id, "Nice article!")
    assert await barrier(fake, mark) == []
    assert all(c.message_id != int(clean["id"]) for c in await cases_of(running))


async def test_warn_replies_mentioning_only_the_author_and_logs(running: Running) -> None:
    """A warn rule replies to the message pinging only its author, records a case, logs it."""
    fake, world = running.fake, running.fake.world
    mark = len(fake.requests)
    message = await fake.events.message_create(world.general_id, world.member_id, "you idiot")
    log = await wait_for_log(fake, "warn", message["id"], since=mark)

    reply_route = f"/channels/{world.general_id}/messages"
    assert calls(requests_since(fake, mark)) == [
        ("POST", reply_route),
        ("POST", log_route(running)),
    ]
    (reply,) = fake.requests_matching("POST", reply_route, since=mark)
    reference = reply.json["message_reference"]
    assert (reference["message_id"], reference["channel_id"]) == (
        int(message["id"]),
        world.general_id,
    )
    # discord.py sends user ids in allowed_mentions as ints.
    assert reply.json["allowed_mentions"] == {
        "parse": [],
        "users": [world.member_id],
        "replied_user": True,
    }
    content = reply.json["content"]
    assert content.startswith(f"<@{world.member_id}>") and "(Be Nice)" in content
    assert "idiot" not in content

    (case,) = await cases_of(running)
    assert (case.kind, case.outcome, case.guideline, case.rule_id) == (
        CaseKind.WARN,
        Outcome.OK,
        "be-nice",
        "name-calling",
    )
    assert case.reason == "be-nice/name-calling: 'idiot' (plain)"
    assert (case.message_id, case.channel_id) == (int(message["id"]), world.general_id)
    assert case.created_at == message_time(message)
    assert log.json["allowed_mentions"] == ECHO_SAFE
    assert log.json["content"].startswith(f"Case #{case.id} warn <@{world.member_id}>")


async def test_hide_deletes_keeps_a_copy_and_dms_the_author(running: Running) -> None:
    """A hide rule stores a full copy with the file, deletes the message and DMs the author
    their own text and file."""
    fake, world = running.fake, running.fake.world
    mark = len(fake.requests)
    text = "what a slurword thing to say"
    message = await fake.events.message_create(
        world.general_id, world.member_id, text, attachments=["proof.png"]
    )
    await wait_for_log(fake, "hide", message["id"], since=mark)

    dm_route = f"/channels/{dm_channel_id(running)}/messages"
    attachment = message["attachments"][0]
    assert calls(requests_since(fake, mark)) == [
        ("GET", f"/attachments/{attachment['id']}/proof.png"),  # read before Discord drops it
        ("DELETE", f"/channels/{world.general_id}/messages/{message['id']}"),
        ("POST", "/users/@me/channels"),
        ("POST", dm_route),
        ("POST", log_route(running)),
    ]
    (opened,) = fake.requests_matching("POST", "/users/@me/channels", since=mark)
    assert opened.json == {"recipient_id": world.member_id}
    (dm,) = fake.requests_matching("POST", dm_route, since=mark)
    assert f"```\n{text}\n```" in dm.json["content"] and "**Keep it Clean**" in dm.json["content"]
    assert dm.json["content"].endswith("```\nYour attachment is attached too.")
    assert dm.uploads == [("proof.png", b"contents of proof.png")]
    assert dm.json["allowed_mentions"] == ECHO_SAFE
    assert str(message["id"]) not in fake.state.messages
    assert attachment["id"] not in fake.state.cdn

    (case,) = await cases_of(running)
    assert (case.kind, case.outcome, case.rule_id) == (CaseKind.HIDE, Outcome.OK, "slur")
    assert case.outcome_detail == ""  # every file was kept
    hidden = await running.db.hidden.by_message(int(message["id"]))
    assert hidden is not None
    assert (hidden.content, hidden.author_id, hidden.author_name) == (
        text,
        world.member_id,
        "Alice",
    )
    assert (hidden.channel_id, hidden.parent_id, hidden.thread_title) == (
        world.general_id,
        None,
        "",
    )
    assert (hidden.posted_at, hidden.case_id) == (message_time(message), case.id)
    assert [(a.filename, a.url, a.kept) for a in hidden.attachments] == [
        ("proof.png", attachment["url"], True)
    ]
    assert await running.db.hidden.files(hidden.id) == {0: b"contents of proof.png"}


async def test_a_long_post_checked_off_the_loop_is_hidden_whole(running: Running) -> None:
    """A post over the inline limit takes the worker-thread path end to end (that it runs off
    the loop is tests/adapter/test_checking.py's): a hit at its very end still hides it, and
    its whole text is kept."""
    fake, world = running.fake, running.fake.world
    mark = len(fake.requests)
    text = "The council met again tonight. " * 120 + "what a slurword thing to say"
    assert len(text) > INLINE_CHARACTERS
    message = await fake.events.message_create(world.general_id, world.member_id, text)
    await wait_for_log(fake, "hide", message["id"], since=mark)
    assert ("DELETE", f"/channels/{world.general_id}/messages/{message['id']}") in calls(
        requests_since(fake, mark)
    )
    (case,) = await cases_of(running)
    assert (case.kind, case.outcome, case.rule_id) == (CaseKind.HIDE, Outcome.OK, "slur")
    hidden = await running.db.hidden.by_message(int(message["id"]))
    assert hidden is not None and hidden.content == text


async def test_hidden_text_with_a_code_fence_is_dmed_as_a_file(running: Running) -> None:
    """Text that cannot sit inside a code block reaches the author as an attached file."""
    fake, world = running.fake, running.fake.world
    mark = len(fake.requests)
    message = await fake.events.message_create(
        world.general_id, world.member_id, "slurword ```rm -rf /``` lol"
    )
    await wait_for_log(fake, "hide", message["id"], since=mark)

    (dm,) = fake.requests_matching(
        "POST", f"/channels/{dm_channel_id(running)}/messages", since=mark
    )
    assert dm.files == ["your-post.txt"] and dm.json["content"].endswith(
        "here is your text, attached."
    )
    assert dm.json["allowed_mentions"] == ECHO_SAFE


async def test_flag_goes_to_the_queue_without_touching_the_post(running: Running) -> None:
    """A flag rule posts a card to the moderators' queue and nothing visible to members."""
    fake, world = running.fake, running.fake.world
    mark = len(fake.requests)
    text = "The moon landing is a hoax, wake up"
    message = await fake.events.message_create(world.general_id, world.member_id, text)
    await wait_for_log(fake, "flag", message["id"], since=mark)

    queue_route = f"/channels/{world.mod_queue_id}/messages"
    assert calls(requests_since(fake, mark)) == [
        ("POST", queue_route),
        ("POST", log_route(running)),
    ]
    (card,) = fake.requests_matching("POST", queue_route, since=mark)
    (embed,) = card.json["embeds"]
    assert "Be Truthful" in embed["title"] and embed["description"] == text
    assert card.json["allowed_mentions"] == ECHO_SAFE
    assert str(message["id"]) in fake.state.messages

    (case,) = await cases_of(running)
    assert (case.kind, case.outcome, case.guideline, case.rule_id) == (
        CaseKind.FLAG,
        Outcome.OK,
        "be-truthful",
        "hoax-claim",
    )
    assert embed["footer"]["text"] == f"Case #{case.id}"
    assert await running.db.hidden.by_message(int(message["id"])) is None


async def test_flagged_forum_title_is_shown_on_the_queue_card(running: Running) -> None:
    """A forum post flagged for its title shows that title on the queue card, not just its body."""
    fake, world = running.fake, running.fake.world
    mark = len(fake.requests)
    title = "The *moon landing* is a hoax"
    _, starter = await fake.events.thread_create(world.forum_id, world.member_id, title, "Discuss.")
    await wait_for_log(fake, "flag", starter["id"], since=mark)

    (card,) = fake.requests_matching("POST", f"/channels/{world.mod_queue_id}/messages", since=mark)
    (embed,) = card.json["embeds"]
    assert embed["description"] == "**The \\*moon landing\\* is a hoax**\n\nDiscuss."
    assert not fake.requests_matching("DELETE", r".*", since=mark)
    assert not fake.requests_matching("PATCH", r".*", since=mark)


def timeout_until(request: RecordedRequest) -> datetime:
    """Return the ``communication_disabled_until`` of a member PATCH."""
    return datetime.fromisoformat(request.json["communication_disabled_until"])


async def test_timeout_rule_hides_and_times_the_author_out(running: Running) -> None:
    """A timeout rule deletes the message and times the author out until message time + 10 min."""
    fake, world = running.fake, running.fake.world
    mark = len(fake.requests)
    message = await fake.events.message_create(world.general_id, world.member_id, "doxxword lol")
    await wait_for_log(fake, "timeout", message["id"], since=mark)

    member_route = f"/guilds/{world.guild_id}/members/{world.member_id}"
    requests = requests_since(fake, mark)
    # The mod-log lines go out beside the steps, not between them: only their order counts.
    logs = [r for r in requests if (r.method, r.route) == ("POST", log_route(running))]
    assert calls([r for r in requests if r not in logs]) == [
        ("DELETE", f"/channels/{world.general_id}/messages/{message['id']}"),
        ("POST", "/users/@me/channels"),
        ("POST", f"/channels/{dm_channel_id(running)}/messages"),
        ("PATCH", member_route),
    ]
    lines = [line for r in logs for line in str(r.json["content"]).splitlines()]
    assert [line.split()[2] for line in lines] == ["hide", "timeout"]
    assert requests.index(logs[0]) > 0  # after the DELETE
    (patch,) = fake.requests_matching("PATCH", member_route, since=mark)
    assert set(patch.json) == {"communication_disabled_until"}
    expected = message_time(message) + TEN_MINUTES
    assert abs(timeout_until(patch) - expected) < timedelta(seconds=1)
    assert patch.reason == "keep-it-clean/doxx: 'doxxword' (plain)"

    hide, timeout = await cases_of(running)
    assert (hide.kind, hide.outcome, timeout.kind, timeout.outcome) == (
        CaseKind.HIDE,
        Outcome.OK,
        CaseKind.TIMEOUT,
        Outcome.OK,
    )
    assert timeout.expires_at is not None
    assert abs(timeout.expires_at - expected) < timedelta(seconds=1)


async def test_third_warning_in_the_window_times_out(running: Running) -> None:
    """Escalation: warnings one and two only warn; the third also times the author out."""
    fake, world = running.fake, running.fake.world
    start = len(fake.requests)
    member_route = f"/guilds/{world.guild_id}/members/{world.member_id}"
    sent = []
    for n in range(3):
        mark = len(fake.requests)
        message = await fake.events.message_create(
            world.general_id, world.member_id, f"idiot number {n}"
        )
        await wait_for_log(fake, "warn", message["id"], since=mark)
        sent.append(message)
    third = sent[-1]
    await wait_for_log(fake, "timeout", third["id"], since=start)

    (patch,) = fake.requests_matching("PATCH", member_route, since=start)
    assert abs(timeout_until(patch) - (message_time(third) + TEN_MINUTES)) < timedelta(seconds=1)
    assert patch.reason == "warning 3 within the window"
    cases = await cases_of(running)
    assert [(c.kind, c.message_id) for c in cases] == [
        (CaseKind.WARN, int(sent[0]["id"])),
        (CaseKind.WARN, int(sent[1]["id"])),
        (CaseKind.WARN, int(third["id"])),
        (CaseKind.TIMEOUT, int(third["id"])),
    ]
    assert all(c.outcome is Outcome.OK for c in cases)
    replies = fake.requests_matching("POST", f"/channels/{world.general_id}/messages", since=start)
    assert len(replies) == 3


@pytest.mark.parametrize(
    ("text", "kind", "rule", "view"),
    [
        ("oh f.u.c.k off", CaseKind.WARN, "profanity", "collapsed"),
        ("this is sh1t", CaseKind.WARN, "profanity", "folded"),
        ("ｓｌｕｒｗｏｒｄ", CaseKind.HIDE, "slur", "plain"),
        ("you s l u r w o r d", CaseKind.HIDE, "slur", "collapsed"),
        ("ѕlurword with a Cyrillic s", CaseKind.HIDE, "slur", "folded"),
        ("sluuuurword", CaseKind.HIDE, "slur", "squeezed"),
    ],
)
async def test_evasion_is_acted_on_and_the_reason_names_the_view(
    running: Running, text: str, kind: CaseKind, rule: str, view: str
) -> None:
    """Spaced, dotted, leet, full-width, confusable and stretched spellings still act."""
    fake, world = running.fake, running.fake.world
    mark = len(fake.requests)
    message = await fake.events.message_create(world.general_id, world.member_id, text)
    await wait_for_log(fake, kind.value, message["id"], since=mark)

    first_call = requests_since(fake, mark)[0]
    if kind is CaseKind.HIDE:
        assert calls([first_call]) == [
            ("DELETE", f"/channels/{world.general_id}/messages/{message['id']}")
        ]
    else:
        assert calls([first_call]) == [("POST", f"/channels/{world.general_id}/messages")]
    (case,) = await cases_of(running)
    assert (case.kind, case.rule_id, case.outcome) == (kind, rule, Outcome.OK)
    assert case.reason.endswith(f"({view})")


@pytest.mark.parametrize(
    ("cached", "partial"),
    [(True, False), (True, True), (False, False), (False, True)],
    ids=["cached", "cached-partial", "uncached", "uncached-partial"],
)
async def test_edit_into_a_violation_acts_once(
    running: Running, cached: bool, partial: bool
) -> None:
    """An edit that adds a violation warns; the same content edited again does not act twice."""
    fake, world = running.fake, running.fake.world
    mark = len(fake.requests)
    if cached:
        message = await fake.events.message_create(world.general_id, world.member_id, "Fair point")
        message_id = message["id"]
        # Let on_message finish first: it sees discord.py's cached Message, which the edit
        # updates in place, so an edit racing it would be judged (and acted on) by on_message.
        assert await barrier(fake, mark) == []
        mark = len(fake.requests)
    else:
        message_id = fake.state.new_id()
    await fake.events.message_update(
        world.general_id,
        message_id,
        "Fair point, idiot",
        partial=partial,
        author_id=world.member_id,
    )
    await wait_for_log(fake, "warn", message_id, since=mark)
    (reply,) = fake.requests_matching("POST", f"/channels/{world.general_id}/messages", since=mark)
    assert reply.json["message_reference"]["message_id"] == int(message_id)
    assert (int(message_id) in {m.id for m in running.bot.cached_messages}) is cached

    again = len(fake.requests)
    await fake.events.message_update(
        world.general_id,
        message_id,
        "Fair point, idiot",
        partial=partial,
        author_id=world.member_id,
    )
    assert await barrier(fake, again) == []
    (case,) = [c for c in await cases_of(running) if c.kind is CaseKind.WARN]
    assert (case.message_id, case.outcome) == (int(message_id), Outcome.OK)


async def test_forum_post_with_a_violating_title_is_hidden_and_locked(running: Running) -> None:
    """A forum post whose title breaks a rule: starter deleted, thread locked and archived."""
    fake, world = running.fake, running.fake.world
    mark = len(fake.requests)
    title, body = "Mayor is a slurword", "Read the council minutes."
    thread, starter = await fake.events.thread_create(world.forum_id, world.member_id, title, body)
    await wait_for_log(fake, "hide", starter["id"], since=mark)

    thread_id = thread["id"]
    dm_route = f"/channels/{dm_channel_id(running)}/messages"
    assert calls(requests_since(fake, mark)) == [
        ("DELETE", f"/channels/{thread_id}/messages/{thread_id}"),
        ("PATCH", f"/channels/{thread_id}"),
        ("POST", "/users/@me/channels"),
        ("POST", dm_route),
        ("POST", log_route(running)),
    ]
    (patch,) = fake.requests_matching("PATCH", f"/channels/{thread_id}", since=mark)
    assert patch.json == {"name": HIDDEN_TITLE, "locked": True, "archived": True}
    assert fake.state.channel(thread_id)["name"] == HIDDEN_TITLE  # the title is the violation
    (dm,) = fake.requests_matching("POST", dm_route, since=mark)
    assert f"```\n{title}\n\n{body}\n```" in dm.json["content"]
    assert dm.json["allowed_mentions"] == ECHO_SAFE

    (case,) = await cases_of(running)
    assert (case.kind, case.outcome, case.channel_id) == (CaseKind.HIDE, Outcome.OK, int(thread_id))
    hidden = await running.db.hidden.by_message(int(thread_id))
    assert hidden is not None
    assert (hidden.thread_title, hidden.content) == (title, body)
    assert (hidden.channel_id, hidden.parent_id, hidden.case_id) == (
        int(thread_id),
        world.forum_id,
        case.id,
    )


@pytest.mark.parametrize("fresh", [False, True], ids=["uncached-starter", "cached-starter"])
async def test_forum_title_edited_into_a_violation_is_hidden(running: Running, fresh: bool) -> None:
    """Renaming a forum post to a violating title hides it, fetching the starter if uncached."""
    fake, world = running.fake, running.fake.world
    mark = len(fake.requests)
    if fresh:
        thread, starter = await fake.events.thread_create(
            world.forum_id, world.member_id, "Bridge vote", "It passed."
        )
        thread_id, body = int(thread["id"]), starter["content"]
        assert await barrier(fake, mark) == []
        mark = len(fake.requests)
    else:
        thread_id, body = world.thread_id, "The vote passed 7-2."
    title = "Council approves slurword bridge"
    await fake.events.thread_update(thread_id, name=title)
    await wait_for_log(fake, "hide", thread_id, since=mark)

    fetch = [] if fresh else [("GET", f"/channels/{thread_id}/messages/{thread_id}")]
    dm_route = f"/channels/{dm_channel_id(running)}/messages"
    assert calls(requests_since(fake, mark)) == [
        *fetch,
        ("DELETE", f"/channels/{thread_id}/messages/{thread_id}"),
        ("PATCH", f"/channels/{thread_id}"),
        *([] if fresh else [("POST", "/users/@me/channels")]),
        ("POST", dm_route),
        ("POST", log_route(running)),
    ]
    (patch,) = fake.requests_matching("PATCH", f"/channels/{thread_id}", since=mark)
    assert patch.json == {"name": HIDDEN_TITLE, "locked": True, "archived": True}
    hidden = await running.db.hidden.by_message(thread_id)
    assert hidden is not None
    assert (hidden.thread_title, hidden.content) == (title, body)
    metadata = fake.state.channel(thread_id)["thread_metadata"]
    assert metadata["locked"] is True and metadata["archived"] is True


async def orphaned_forum_post(running: Running) -> int:
    """A clean forum post whose starter message its author then deleted; the thread's id."""
    fake, world = running.fake, running.fake.world
    mark = len(fake.requests)
    thread, _ = await fake.events.thread_create(
        world.forum_id, world.member_id, "Bridge vote", "It passed."
    )
    await fake.events.message_delete(thread["id"], thread["id"])
    assert await barrier(fake, mark) == []
    return int(thread["id"])


async def test_forum_title_edited_after_its_starter_was_deleted_is_hidden(
    running: Running,
) -> None:
    """With the starter message gone the title is the post: the thread is renamed, locked and
    archived, the owner gets their title, and a restore gives the title back."""
    fake, world, db = running.fake, running.fake.world, running.db
    thread_id = await orphaned_forum_post(running)
    mark = len(fake.requests)
    title = "Council approves slurword bridge"
    await fake.events.thread_update(thread_id, name=title)
    await wait_for_log(fake, "hide", thread_id, since=mark)

    dm_route = f"/channels/{dm_channel_id(running)}/messages"
    assert calls(requests_since(fake, mark)) == [
        ("GET", f"/channels/{thread_id}/messages/{thread_id}"),  # 404: deleted
        ("PATCH", f"/channels/{thread_id}"),
        ("POST", dm_route),  # the DM channel is open since the barrier's post
        ("POST", log_route(running)),
    ]
    (patch,) = fake.requests_matching("PATCH", f"/channels/{thread_id}", since=mark)
    assert patch.json == {"name": HIDDEN_TITLE, "locked": True, "archived": True}
    (dm,) = fake.requests_matching("POST", dm_route, since=mark)
    assert f"here is your text:\n```\n{title}\n```" in dm.json["content"]
    assert dm.json["allowed_mentions"] == ECHO_SAFE
    (case,) = [c for c in await cases_of(running) if c.message_id == thread_id]
    assert (case.kind, case.outcome, case.rule_id) == (CaseKind.HIDE, Outcome.OK, "slur")
    assert case.channel_id == thread_id
    hidden = await db.hidden.by_message(thread_id)
    assert hidden is not None
    assert (hidden.thread_title, hidden.content, hidden.parent_id, hidden.case_id) == (
        title,
        "",
        world.forum_id,
        case.id,
    )

    mark = len(fake.requests)
    options = subcommand("restore", id=hidden.id)
    _, answer = await command_answer(fake, "hidden", world.moderator_id, options)
    assert answer["content"].startswith(f"Restored hidden post #{hidden.id}")
    (reopen,) = fake.requests_matching("PATCH", f"/channels/{thread_id}", since=mark)
    assert reopen.json == {"name": title, "archived": False, "locked": False}
    assert fake.requests_matching("POST", r"/webhooks/\d+/[\w-]+", since=mark) == []

    # Renamed away and back: the title that was acted on is not acted on again.
    await fake.events.thread_update(thread_id, name="Bridge vote")
    starter = f"/channels/{thread_id}/messages/{thread_id}"
    first = await fake.wait_for_request("GET", starter, since=mark)
    again = len(fake.requests)
    await fake.events.thread_update(thread_id, name=title)
    await fake.wait_for_request("GET", starter, since=fake.requests.items.index(first) + 1)
    assert calls(await barrier(fake, again)) == [("GET", starter)]


async def test_forum_title_warning_without_a_starter_goes_by_dm(running: Running) -> None:
    """A warn-worthy title with no message to reply to: the warning is a DM to the owner."""
    fake, world = running.fake, running.fake.world
    thread_id = await orphaned_forum_post(running)
    mark = len(fake.requests)
    await fake.events.thread_update(thread_id, name="Mods are an idiot squad")
    await wait_for_log(fake, "warn", thread_id, since=mark)

    dm_route = f"/channels/{dm_channel_id(running)}/messages"
    assert calls(requests_since(fake, mark)) == [
        ("GET", f"/channels/{thread_id}/messages/{thread_id}"),
        ("POST", dm_route),
        ("POST", log_route(running)),
    ]
    (dm,) = fake.requests_matching("POST", dm_route, since=mark)
    assert dm.json["content"].startswith(f"<@{world.member_id}>, a note from the moderators")
    assert fake.state.channel(thread_id)["name"] == "Mods are an idiot squad"
    (case,) = [c for c in await cases_of(running) if c.message_id == thread_id]
    assert (case.kind, case.outcome) == (CaseKind.WARN, Outcome.OK)


async def test_a_refused_rename_leaves_the_title_up_and_recorded(running: Running) -> None:
    """Without Manage Threads the title stays: the case says why, no DM claims otherwise, and
    the copy does not count as hidden."""
    fake = running.fake
    thread_id = await orphaned_forum_post(running)
    mark = len(fake.requests)
    fake.fail_next("PATCH", f"/channels/{thread_id}", 403)
    await fake.events.thread_update(thread_id, name="slurword forever")
    await wait_for_log(fake, "hide", thread_id, since=mark)

    (case,) = [c for c in await cases_of(running) if c.message_id == thread_id]
    assert (case.outcome, case.outcome_detail) == (
        Outcome.FAILED,
        "403 Missing Permissions (50013)",
    )
    hidden = await running.db.hidden.by_message(thread_id)
    assert hidden is not None and hidden.status is HiddenStatus.RESTORED
    assert fake.state.channel(thread_id)["name"] == "slurword forever"
    dm = f"/channels/{dm_channel_id(running)}/messages"
    assert fake.requests_matching("POST", dm, since=mark) == []


async def test_moderator_is_exempt(running: Running) -> None:
    """A moderator's message that would break every enforced rule gets no action or case."""
    fake, world = running.fake, running.fake.world
    mark = len(fake.requests)
    await fake.events.message_create(
        world.general_id, world.moderator_id, "slurword doxxword idiot is a hoax"
    )
    assert await barrier(fake, mark) == []
    assert await cases_of(running, world.moderator_id) == []


async def test_shadow_rule_records_a_case_and_calls_nothing(running: Running) -> None:
    """A shadow-mode rule records a shadow case and makes no REST call at all."""
    fake, world = running.fake, running.fake.world
    mark = len(fake.requests)
    message = await fake.events.message_create(world.general_id, world.member_id, "what a dimwit")
    (case,) = await wait_for_cases(running.db, world.guild_id, world.member_id, 1)
    assert requests_since(fake, mark) == []
    assert await barrier(fake, mark) == []

    assert (case.kind, case.mode, case.outcome) == (CaseKind.HIDE, Mode.SHADOW, Outcome.OK)
    assert (case.guideline, case.rule_id, case.message_id) == (
        "be-nice",
        "shadowed",
        int(message["id"]),
    )
    assert await running.db.hidden.by_message(int(message["id"])) is None
    assert str(message["id"]) in fake.state.messages


async def test_allow_list_phrase_stays_clean(running: Running) -> None:
    """ "idiot box" is on the name-calling allow list, so it is not acted on end to end."""
    fake, world = running.fake, running.fake.world
    mark = len(fake.requests)
    message = await fake.events.message_create(
        world.general_id, world.member_id, "The idiot box was on all night"
    )
    assert await barrier(fake, mark) == []
    assert all(c.message_id != int(message["id"]) for c in await cases_of(running))
