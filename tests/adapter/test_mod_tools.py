"""Moderator commands end to end: slash commands on the fake Discord, answers, REST calls, rows."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import discord

from bot.adapter.hidden.restore import repost_text
from bot.adapter.shared.paginator import DESCRIPTION_LIMIT, OpenPages, Paginator, embed_pages
from bot.core.cases import Attachment, Case, CaseKind, HiddenPost, HiddenStatus, NewCase, Outcome
from bot.core.engine import Engine
from tests.adapter.helpers import (
    ECHO_SAFE,
    calls,
    click_next,
    command_answer,
    requests_since,
    subcommand,
    wait_for_cases,
    wait_for_log,
)
from tests.adapter.running_bot import Running, bot_config, running_with
from tests.fakediscord import EPHEMERAL, FakeDiscord, PendingInteraction, payloads
from tests.fakediscord.payloads import Json

MANAGE_MESSAGES = str(1 << 13)


def member_option(user_id: int) -> list[Json]:
    """The ``member`` option of /warnings and /cases."""
    return [{"name": "member", "type": 6, "value": str(user_id)}]


def assert_private(pending: PendingInteraction) -> None:
    """The first answer is ephemeral (a message or a deferral)."""
    assert pending.response is not None
    assert pending.response_type in (4, 5)
    assert pending.response["data"]["flags"] & EPHEMERAL


async def hide(running: Running, text: str, **fields: object) -> HiddenPost:
    """Have the member post a hide-worthy message in #general and return its stored copy."""
    fake, world = running.fake, running.fake.world
    mark = len(fake.requests)
    message = await fake.events.message_create(world.general_id, world.member_id, text, **fields)
    await wait_for_log(fake, "hide", message["id"], since=mark)
    hidden = await running.db.hidden.by_message(int(message["id"]))
    assert hidden is not None
    return hidden


async def warn(running: Running, text: str = "oh shit") -> Case:
    """Have the member post a warn-worthy message and return the warning case."""
    fake, world = running.fake, running.fake.world
    mark = len(fake.requests)
    message = await fake.events.message_create(world.general_id, world.member_id, text)
    await wait_for_log(fake, "warn", message["id"], since=mark)
    cases = await running.db.cases.for_member(world.guild_id, world.member_id, limit=1)
    assert cases[0].kind is CaseKind.WARN
    return cases[0]


def new_case(running: Running, kind: CaseKind, age: timedelta, **fields: Any) -> NewCase:
    """A case about the member, ``age`` ago."""
    world = running.fake.world
    return NewCase(
        guild_id=world.guild_id,
        kind=kind,
        created_at=datetime.now(UTC) - age,
        target_id=world.member_id,
        outcome=Outcome.OK,
        **fields,
    )


async def test_commands_are_synced_with_their_gates(running: Running) -> None:
    """Moderator commands ask Discord for Manage Messages and no DMs; /guidelines is for all."""
    fake = running.fake
    synced = {c["name"]: c for c in fake.state.commands[str(fake.world.guild_id)]}
    for name in ("warnings", "cases", "hidden", "pardon"):
        assert str(synced[name]["default_member_permissions"]) == MANAGE_MESSAGES
        assert synced[name]["dm_permission"] is False
    assert [o["name"] for o in synced["hidden"]["options"]] == ["list", "show", "restore", "purge"]
    assert synced["guidelines"]["default_member_permissions"] is None
    assert all(len(c["description"]) <= 100 for c in synced.values())


async def test_a_member_is_refused_and_nothing_changes(running: Running) -> None:
    """A plain member gets an ephemeral refusal from every moderator command; no row changes."""
    fake, world, db = running.fake, running.fake.world, running.db
    warning = await warn(running)
    hidden = await hide(running, "a slurword here")
    before = await db.cases.for_member(world.guild_id, world.member_id)
    mark = len(fake.requests)
    attempts = [
        ("warnings", member_option(world.member_id)),
        ("cases", member_option(world.member_id)),
        ("hidden", subcommand("list")),
        ("hidden", subcommand("show", id=hidden.id)),
        ("hidden", subcommand("purge", id=hidden.id, reason="no")),
        ("hidden", subcommand("restore", id=hidden.id)),
        ("pardon", [{"name": "case", "type": 4, "value": warning.id}]),
    ]
    for name, options in attempts:
        pending, answer = await command_answer(fake, name, world.member_id, options)
        assert pending.response_type == 4 and answer["flags"] & EPHEMERAL
        assert answer["content"] == "This command is for moderators."
        assert answer["allowed_mentions"] == ECHO_SAFE
    assert [c for c in calls(requests_since(fake, mark)) if "webhooks" in c[1]] == []
    assert await db.cases.for_member(world.guild_id, world.member_id) == before
    assert await db.hidden.get(hidden.id) == hidden


async def test_warnings_show_the_window_active_and_all_time(running: Running) -> None:
    """Counting, active, expired and pardoned warnings each say so, with case id and rule."""
    fake, world, db = running.fake, running.fake.world, running.db
    counting = await warn(running)
    older = await db.cases.add(
        new_case(running, CaseKind.WARN, timedelta(days=2), rule_id="profanity", reason="old")
    )
    expired = await db.cases.add(
        new_case(
            running,
            CaseKind.WARN,
            timedelta(days=40),
            expires_at=datetime.now(UTC) - timedelta(days=10),
        )
    )
    pardoned = await db.cases.add(new_case(running, CaseKind.WARN, timedelta(hours=1)))
    await db.cases.pardon(pardoned.id, by=world.moderator_id, at=datetime.now(UTC))

    pending, answer = await command_answer(
        fake, "warnings", world.moderator_id, member_option(world.member_id)
    )
    assert_private(pending)
    assert answer["allowed_mentions"] == ECHO_SAFE
    (embed,) = answer["embeds"]
    text = embed["description"]
    header = (
        f"<@{world.member_id}>: **1** in the last 24 h (a timeout at 3) · **2** active · "
        "**4** all-time"
    )
    assert text.startswith(header)
    lines = {line.split(" · ")[0]: line for line in text.splitlines() if line.startswith("**#")}
    assert lines[f"**#{counting.id}**"].endswith("keep-it-clean/profanity · counts now")
    assert lines[f"**#{older.id}**"].endswith("· active")
    assert lines[f"**#{expired.id}**"].endswith("· expired")
    assert lines[f"**#{pardoned.id}**"].endswith("· pardoned")
    assert "'shit'" in text  # the reason names what matched


async def test_cases_paginate_and_only_the_invoker_can_turn_pages(running: Running) -> None:
    """25 cases make three pages; Next shows page two; another user's click is refused."""
    fake, world, db = running.fake, running.fake.world, running.db
    for minutes in range(25):
        await db.cases.add(
            new_case(running, CaseKind.FLAG, timedelta(minutes=minutes), rule_id=f"r{minutes}")
        )
    pending, answer = await command_answer(
        fake, "cases", world.moderator_id, member_option(world.member_id)
    )
    assert_private(pending)
    (first,) = answer["embeds"]
    assert first["footer"]["text"] == "Page 1/3"
    assert first["description"].splitlines()[2].startswith("**#1** flag · None/r0 · ok")
    buttons = {b["label"]: b for row in answer["components"] for b in row["components"]}
    assert buttons["Previous"].get("disabled") is True and not buttons["Next"].get("disabled")

    click, message = await click_next(fake, pending, buttons, world.moderator_id)
    assert click.response is not None and click.response_type == 7
    (second,) = click.response["data"]["embeds"]
    assert second["footer"]["text"] == "Page 2/3"
    assert second["description"].splitlines()[2].startswith("**#11** flag")

    stranger = await fake.events.component(
        buttons["Next"]["custom_id"], user_id=world.owner_id, message_id=message["id"]
    )
    await fake.wait_for_response(stranger)
    assert stranger.response is not None and stranger.response_type == 4
    assert stranger.response["data"]["flags"] & EPHEMERAL
    assert "Only the moderator who ran this command" in stranger.response["data"]["content"]
    assert message["embeds"][0]["footer"]["text"] == "Page 2/3"


async def test_a_paged_answer_discord_refuses_is_not_held(running: Running) -> None:
    """If the first page cannot be shown, the process keeps nothing for its buttons."""
    fake, world, db = running.fake, running.fake.world, running.db
    for minutes in range(25):
        await db.cases.add(
            new_case(running, CaseKind.FLAG, timedelta(minutes=minutes), rule_id=f"r{minutes}")
        )
    app = world.application_id
    fault = fake.fail_next("PATCH", rf"/webhooks/{app}/[^/]+/messages/@original", 403)
    pending = await fake.events.slash_command(
        "cases",
        user_id=world.moderator_id,
        channel_id=world.general_id,
        options=member_option(world.member_id),
    )
    await fake.wait_for_response(pending)
    await fake.wait_for_request("PATCH", rf"/webhooks/{app}/{pending.token}/messages/@original")
    assert fault.hits
    pages = running.bot.services.pages
    for _ in range(100):  # the bot reads the 403 just after the fake records the request
        if pages.get(int(pending.id)) is None:
            break
        await asyncio.sleep(0.05)
    assert pages.get(int(pending.id)) is None


async def test_a_page_button_this_process_no_longer_holds_says_the_list_expired(
    running: Running,
) -> None:
    """A click on a list from before a restart (or after its timeout) gets a private answer."""
    fake, world = running.fake, running.fake.world
    custom_id = "modbot:page:1234567890:next"
    button = {"type": 2, "style": 2, "label": "Next", "custom_id": custom_id}
    message = await fake.events.message_create(
        world.general_id, world.bot_id, "old list", components=[{"type": 1, "components": [button]}]
    )
    click = await fake.events.component(
        custom_id, user_id=world.moderator_id, message_id=message["id"]
    )
    await fake.wait_for_response(click)
    assert click.response is not None and click.response_type == 4
    assert click.response["data"]["flags"] & EPHEMERAL
    assert click.response["data"]["allowed_mentions"] == ECHO_SAFE
    assert click.response["data"]["content"].startswith("This list has expired")


async def test_hidden_list_shows_author_channel_and_snippet(running: Running) -> None:
    """Each hidden post is listed with its id, author, channel and the start of its text."""
    fake, world = running.fake, running.fake.world
    hidden = await hide(running, "that *slurword* again @everyone")
    pending, answer = await command_answer(fake, "hidden", world.moderator_id, subcommand("list"))
    assert_private(pending)
    assert answer["allowed_mentions"] == ECHO_SAFE
    (embed,) = answer["embeds"]
    entry, snippet = embed["description"].splitlines()[:2]
    assert entry.startswith(
        f"**#{hidden.id}** <@{world.member_id}> (Alice) in <#{world.general_id}>"
    )
    assert snippet == r"> that \*slurword\* again @everyone"


async def test_restore_reposts_through_a_webhook_and_records_it(running: Running) -> None:
    """A restore re-posts text and kept file under the author's name and avatar, marks the copy,
    records a case."""
    fake, world, db = running.fake, running.fake.world, running.db
    hidden = await hide(running, "a slurword with a file", attachments=["proof.png"])
    mark = len(fake.requests)
    options = subcommand("restore", id=hidden.id)
    pending, answer = await command_answer(fake, "hidden", world.moderator_id, options)
    assert_private(pending)

    hooks = f"/channels/{world.general_id}/webhooks"
    made = fake.requests_matching("POST", hooks, since=mark)
    assert [r.json["name"] for r in made] == ["modbot"]
    (post,) = fake.requests_matching("POST", r"/webhooks/\d+/[\w-]+", since=mark)
    assert post.query["wait"] == "1" and "thread_id" not in post.query
    assert post.json["username"] == "Alice" and post.json["avatar_url"] == hidden.author_avatar_url
    assert post.json["allowed_mentions"] == ECHO_SAFE
    assert post.json["content"] == "a slurword with a file"  # the file itself, not a dead link
    assert post.uploads == [("proof.png", b"contents of proof.png")]

    restored = await db.hidden.get(hidden.id)
    assert restored is not None and restored.status is HiddenStatus.RESTORED
    assert restored.restored_by == world.moderator_id and restored.restored_message_id
    reposted = fake.state.messages[str(restored.restored_message_id)]
    assert reposted["channel_id"] == str(world.general_id)
    (case, *_) = await wait_for_cases(db, world.guild_id, world.member_id, 1)
    assert (case.kind, case.outcome, case.actor_id) == (
        CaseKind.RESTORE,
        Outcome.OK,
        world.moderator_id,
    )
    assert case.related_case_id == hidden.case_id
    assert answer["content"].startswith(f"Restored hidden post #{hidden.id}")
    assert f"case #{case.id}" in answer["content"]

    _, again = await command_answer(fake, "hidden", world.moderator_id, options)
    assert again["content"].startswith(f"Hidden post #{hidden.id} was already restored by")

    second = await hide(running, "slurword once more")
    mark = len(fake.requests)
    await command_answer(fake, "hidden", world.moderator_id, subcommand("restore", id=second.id))
    assert fake.requests_matching("POST", hooks, since=mark) == []  # the webhook is reused
    assert len(fake.requests_matching("POST", r"/webhooks/\d+/[\w-]+", since=mark)) == 1


async def test_restore_reopens_a_forum_post_and_reposts_into_it(running: Running) -> None:
    """A hidden forum post's thread is unlocked and unarchived and its text posted inside."""
    fake, world, db = running.fake, running.fake.world, running.db
    mark = len(fake.requests)
    thread, starter = await fake.events.thread_create(
        world.forum_id, world.member_id, "Bridge news", "slurword in a forum post"
    )
    await wait_for_log(fake, "hide", starter["id"], since=mark)
    assert fake.state.channel(thread["id"])["thread_metadata"]["locked"] is True
    hidden = await db.hidden.by_message(int(starter["id"]))
    assert hidden is not None and hidden.thread_title == "Bridge news"

    mark = len(fake.requests)
    _, answer = await command_answer(
        fake, "hidden", world.moderator_id, subcommand("restore", id=hidden.id)
    )
    (patch,) = fake.requests_matching("PATCH", f"/channels/{thread['id']}", since=mark)
    assert patch.json == {"name": "Bridge news", "archived": False, "locked": False}
    assert fake.state.channel(thread["id"])["name"] == "Bridge news"
    metadata = fake.state.channel(thread["id"])["thread_metadata"]
    assert (metadata["archived"], metadata["locked"]) == (False, False)
    assert fake.requests_matching("POST", f"/channels/{world.forum_id}/webhooks", since=mark)
    (post,) = fake.requests_matching("POST", r"/webhooks/\d+/[\w-]+", since=mark)
    assert post.query["thread_id"] == thread["id"]
    assert post.json["content"] == "slurword in a forum post"
    assert post.json["allowed_mentions"] == ECHO_SAFE
    restored = await db.hidden.get(hidden.id)
    assert restored is not None and restored.status is HiddenStatus.RESTORED
    assert fake.state.messages[str(restored.restored_message_id)]["channel_id"] == thread["id"]
    assert answer["content"].startswith(f"Restored hidden post #{hidden.id}")


async def test_restore_without_manage_webhooks_is_recorded_and_explained(
    running: Running,
) -> None:
    """A 403 on the webhooks leaves the post hidden, fails the case and tells the moderator."""
    fake, world, db = running.fake, running.fake.world, running.db
    hidden = await hide(running, "slurword, then a 403")
    fake.fail_next("GET", f"/channels/{world.general_id}/webhooks", 403)
    _, answer = await command_answer(
        fake, "hidden", world.moderator_id, subcommand("restore", id=hidden.id)
    )
    assert answer["content"].startswith(f"Could not restore hidden post #{hidden.id}")
    assert "Manage Webhooks" in answer["content"]
    current = await db.hidden.get(hidden.id)
    assert current is not None and current.status is HiddenStatus.HIDDEN
    case = (await db.cases.for_member(world.guild_id, world.member_id, limit=1))[0]
    assert (case.kind, case.outcome) == (CaseKind.RESTORE, Outcome.FAILED)
    assert case.outcome_detail.startswith(
        f"cannot use webhooks in <#{world.general_id}>: 403 Missing Permissions (50013)"
    )


async def test_pardon_voids_a_warning_and_explains_what_it_cannot_do(running: Running) -> None:
    """A warning is voided with a PARDON case; unknown, repeated and non-warning cases answered."""
    fake, world, db = running.fake, running.fake.world, running.db
    warning = await warn(running)
    hidden = await hide(running, "slurword to hide")

    async def pardon(case_id: int, reason: str | None = None) -> str:
        options: list[Json] = [{"name": "case", "type": 4, "value": case_id}]
        if reason is not None:
            options.append({"name": "reason", "type": 3, "value": reason})
        pending, answer = await command_answer(fake, "pardon", world.moderator_id, options)
        assert_private(pending)
        assert answer["allowed_mentions"] == ECHO_SAFE
        return str(answer["content"])

    answer = await pardon(warning.id, "context: quoting an article")
    voided = await db.cases.get(warning.id)
    assert voided is not None and voided.voided and voided.voided_by == world.moderator_id
    record = (await db.cases.for_member(world.guild_id, world.member_id, limit=1))[0]
    assert (record.kind, record.related_case_id, record.actor_id, record.reason) == (
        CaseKind.PARDON,
        warning.id,
        world.moderator_id,
        "context: quoting an article",
    )
    assert answer.startswith(f"Pardoned warning #{warning.id} of <@{world.member_id}>")
    assert f"case #{record.id}" in answer
    assert await db.cases.warnings(world.guild_id, world.member_id, now=datetime.now(UTC)) == []

    assert (await pardon(warning.id)).startswith(f"Warning #{warning.id} was already pardoned by")
    assert (await pardon(99999)) == "There is no case #99999 in this server."
    assert hidden.case_id is not None
    assert (await pardon(hidden.case_id)).startswith(
        f"Case #{hidden.case_id} is a hide case, not a warning"
    )
    hide_case = await db.cases.get(hidden.case_id)
    assert hide_case is not None and not hide_case.voided


async def test_guidelines_are_posted_publicly_for_any_member(running: Running) -> None:
    """A plain member gets the six guidelines as a public embed, titles from the loaded rules."""
    fake, world = running.fake, running.fake.world
    pending, answer = await command_answer(fake, "guidelines", world.member_id)
    assert pending.response_type == 4
    assert not answer.get("flags", 0) & EPHEMERAL
    assert answer["allowed_mentions"] == ECHO_SAFE
    (embed,) = answer["embeds"]
    fields = {f["name"]: f["value"] for f in embed["fields"]}
    assert list(fields) == [
        "Keep it Clean",
        "Don't Threaten",
        "Be Truthful",
        "Be Nice",
        "Be Proactive",
        "Share with Us",
    ]
    # The test rules' own summary, not the built-in wording.
    assert fields["Keep it Clean"].startswith("Avoid obscene")
    assert fields["Be Proactive"] == (
        "Use the Report action on each post to let us know of abusive posts."
    )
    assert fields["Share with Us"].startswith("We'd love to hear eyewitness accounts")


def test_pages_respect_the_line_count_and_discords_size_limit() -> None:
    """Pages hold ``per_page`` lines, never exceed 4,096 characters, and are numbered."""
    pages = embed_pages("T", [f"line {n}" for n in range(23)], per_page=10, header="H")
    assert [p.footer.text for p in pages] == ["Page 1/3", "Page 2/3", "Page 3/3"]
    assert pages[2].description == "H\n\nline 20\nline 21\nline 22"
    long = embed_pages("T", ["x" * 3000, "y" * 3000, "z" * 9000])
    assert len(long) == 3 and all(len(p.description or "") <= DESCRIPTION_LIMIT for p in long)
    (empty,) = embed_pages("T", [], empty="Nothing.")
    assert empty.description == "Nothing." and empty.footer.text is None


async def test_a_timed_out_paginator_greys_its_buttons_out() -> None:
    """After the timeout both buttons are disabled on the original answer."""
    edits: list[discord.ui.View] = []

    class Answer:
        async def edit_original_response(self, *, view: discord.ui.View) -> None:
            edits.append(view)

    open_pages = OpenPages()
    view = Paginator(
        embed_pages("T", ["a", "b"], per_page=1), key=7, owner_id=1, open_pages=open_pages
    )
    open_pages.add(view)
    view.interaction = Answer()  # type: ignore[assignment]
    await view.on_timeout()
    assert edits == [view]
    buttons = [c for row in view.to_components() for c in row["components"]]
    assert [(b["label"], b["disabled"]) for b in buttons] == [("Previous", True), ("Next", True)]
    assert open_pages.get(7) is None


def test_long_posts_are_reposted_in_pieces_with_attachment_links() -> None:
    """Text over 2,000 characters splits at a line break; attachment URLs follow the text."""
    now = datetime.now(UTC)
    hidden = HiddenPost(
        id=1,
        guild_id=1,
        channel_id=2,
        message_id=3,
        author_id=4,
        author_name="A",
        posted_at=now,
        hidden_at=now,
        parent_id=None,
        author_avatar_url=None,
        content="a" * 1500 + "\n" + "b" * 1000,
        thread_title="",
        attachments=(Attachment("f.png", "https://cdn.example/f.png"),),
        embeds=(),
        case_id=None,
    )
    assert repost_text(hidden) == ["a" * 1500, "b" * 1000 + "\nhttps://cdn.example/f.png"]


@asynccontextmanager
async def checking_bots(
    fake: FakeDiscord, tmp_path: Path, engine: Engine
) -> AsyncIterator[Running]:
    """The real bot with ``discord.ignore_bots: false``: bots' and webhooks' posts are checked."""
    base = bot_config(fake, tmp_path / "modbot.sqlite3")
    config = replace(base, discord=replace(base.discord, ignore_bots=False))
    async with running_with(fake, config, engine) as running:
        yield running


async def test_a_restored_post_is_not_hidden_again_when_bots_are_checked(
    fake_discord: FakeDiscord, tmp_path: Path, engine: Engine
) -> None:
    """The re-post comes through the bot's own webhook; checking it would undo the restore."""
    fake, world = fake_discord, fake_discord.world
    async with checking_bots(fake, tmp_path, engine) as running:
        hidden = await hide(running, "slurword, restored on appeal")
        mark = len(fake.requests)
        await command_answer(
            fake, "hidden", world.moderator_id, subcommand("restore", id=hidden.id)
        )
        restored = await running.db.hidden.get(hidden.id)
        assert restored is not None and restored.restored_message_id
        later = await fake.events.message_create(world.general_id, world.member_id, "slurword")
        await wait_for_log(fake, "hide", later["id"], since=mark)

        repost = restored.restored_message_id
        assert str(repost) in fake.state.messages
        deleted = f"/channels/{world.general_id}/messages/{repost}"
        assert not fake.requests_matching("DELETE", deleted, since=mark)
        assert not fake.requests_matching("GET", r"/webhooks/\d+", since=mark)  # known: ours


async def test_a_foreign_webhooks_post_is_checked_when_bots_are_checked(
    fake_discord: FakeDiscord, tmp_path: Path, engine: Engine
) -> None:
    """Another member's webhook is asked about once, found not the bot's, and moderated."""
    fake, world = fake_discord, fake_discord.world
    hook = payloads.webhook(
        fake.state.new_id(),
        "token",
        str(world.general_id),
        str(world.guild_id),
        "Announcer",
        fake.state.user(world.member_id),
    )
    fake.state.webhooks[hook["id"]] = hook
    async with checking_bots(fake, tmp_path, engine) as running:
        mark = len(fake.requests)
        message = fake.state.new_message(
            world.general_id,
            {
                "id": hook["id"],
                "username": "Announcer",
                "discriminator": "0000",
                "global_name": None,
                "avatar": None,
                "bot": True,
            },
            "slurword from a webhook",
            webhook_id=hook["id"],
        )
        await fake.dispatch("MESSAGE_CREATE", message)
        await wait_for_log(fake, "hide", message["id"], since=mark)
        deleted = f"/channels/{world.general_id}/messages/{message['id']}"
        assert fake.requests_matching("DELETE", deleted, since=mark)
        assert len(fake.requests_matching("GET", f"/webhooks/{hook['id']}", since=mark)) == 1
        assert running.bot.own_webhooks == {int(hook["id"]): False}
