"""End to end: a hidden post's files are kept before Discord drops them, and come back."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace
from pathlib import Path

from bot.core.cases import CaseKind, HiddenPost, HiddenStatus, Outcome
from bot.core.engine import Engine
from tests.adapter.helpers import (
    ECHO_SAFE,
    command_answer,
    subcommand,
    wait_for_cases,
    wait_for_log,
)
from tests.adapter.running_bot import Running, bot_config, running_with
from tests.fakediscord import FakeDiscord
from tests.fakediscord.payloads import Json
from tests.fakediscord.recording import RecordedRequest

MEGABYTE = 1 << 20
SMALL = ("small.txt", b"s" * 1000)
BIG = ("big.png", b"\x89PNG" + b"b" * (3 * MEGABYTE // 2))


@asynccontextmanager
async def keeping(
    fake: FakeDiscord, tmp_path: Path, engine: Engine, limit: int
) -> AsyncIterator[Running]:
    """The real bot keeping at most ``limit`` bytes of files per hidden post."""
    base = bot_config(fake, tmp_path / "modbot.sqlite3")
    config = replace(base, defaults=replace(base.defaults, keep_attachments_bytes=limit))
    async with running_with(fake, config, engine) as running:
        yield running


async def hide(running: Running, files: list[tuple[str, bytes]]) -> tuple[HiddenPost, str]:
    """Post a hide-worthy message with files; its stored copy and the case's detail."""
    fake, world = running.fake, running.fake.world
    mark = len(fake.requests)
    message = await fake.events.message_create(
        world.general_id, world.member_id, "slurword, see files", attachments=files
    )
    await wait_for_log(fake, "hide", message["id"], since=mark)
    hidden = await running.db.hidden.by_message(int(message["id"]))
    assert hidden is not None and str(message["id"]) not in fake.state.messages
    (case, *_) = await wait_for_cases(running.db, world.guild_id, world.member_id, 1)
    assert (case.kind, case.outcome, case.id) == (CaseKind.HIDE, Outcome.OK, hidden.case_id)
    return hidden, case.outcome_detail


def the_dm(running: Running, since: int) -> RecordedRequest:
    """The hidden-post DM the bot sent to the member."""
    channel = running.fake.state.open_dm(running.fake.world.member_id)["id"]
    (dm,) = running.fake.requests_matching("POST", f"/channels/{channel}/messages", since=since)
    return dm


async def restore(running: Running, hidden: HiddenPost) -> RecordedRequest:
    """Restore the post as the moderator; the webhook request that re-posted it."""
    fake, world = running.fake, running.fake.world
    mark = len(fake.requests)
    options = subcommand("restore", id=hidden.id)
    _, answer = await command_answer(fake, "hidden", world.moderator_id, options)
    assert answer["content"].startswith(f"Restored hidden post #{hidden.id}")
    (post,) = fake.requests_matching("POST", r"/webhooks/\d+/[\w-]+", since=mark)
    return post


async def test_files_over_the_limit_are_named_on_the_case_and_restored_as_links(
    fake_discord: FakeDiscord, tmp_path: Path, engine: Engine
) -> None:
    """Files are kept in order while they fit; the rest is named with its size, never read."""
    fake = fake_discord
    async with keeping(fake, tmp_path, engine, MEGABYTE) as running:
        mark = len(fake.requests)
        hidden, detail = await hide(running, [SMALL, BIG, ("notes.txt", b"n" * 10)])

        assert detail == "files not kept: big.png (1.5 MB, over the 1.0 MB kept)"
        assert [a.kept for a in hidden.attachments] == [True, False, True]
        assert await running.db.hidden.files(hidden.id) == {0: SMALL[1], 2: b"n" * 10}
        reads = fake.requests_matching("GET", r"/attachments/.*", since=mark)
        assert sorted(r.route.rsplit("/", 1)[1] for r in reads) == ["notes.txt", "small.txt"]
        dm = the_dm(running, mark)
        assert dm.json["content"].endswith("\nYour 2 attachments are attached too.")
        assert dm.files == ["small.txt", "notes.txt"]

        _, listed = await command_answer(
            fake, "hidden", fake.world.moderator_id, subcommand("list")
        )
        assert "· 3 attachment(s), 2 kept\n" in listed["embeds"][0]["description"]
        post = await restore(running, hidden)
        assert post.json["content"] == f"slurword, see files\n{hidden.attachments[1].url}"
        assert post.uploads == [SMALL, ("notes.txt", b"n" * 10)]


async def test_a_file_discord_cannot_serve_is_named_and_the_post_still_goes(
    fake_discord: FakeDiscord, tmp_path: Path, engine: Engine
) -> None:
    """A failed read is recorded with Discord's answer; the hide itself goes on."""
    fake = fake_discord
    async with keeping(fake, tmp_path, engine, 10 * MEGABYTE) as running:
        fake.fail_next("GET", r"/attachments/\d+/proof\.png", 404)
        mark = len(fake.requests)
        hidden, detail = await hide(running, [("proof.png", b"proof")])

        assert (
            detail
            == "files not kept: proof.png (could not read it from Discord: 404 asset not found)"
        )
        assert [a.kept for a in hidden.attachments] == [False]
        assert await running.db.hidden.files(hidden.id) == {}
        dm = the_dm(running, mark)
        assert dm.files == [] and dm.json["content"].endswith("```")


async def test_keeping_nothing_reads_nothing(
    fake_discord: FakeDiscord, tmp_path: Path, engine: Engine
) -> None:
    """``keep_attachments_mb: 0`` keeps links only, and says so on the case."""
    fake = fake_discord
    async with keeping(fake, tmp_path, engine, 0) as running:
        mark = len(fake.requests)
        hidden, detail = await hide(running, [SMALL])
        assert detail == "files not kept: small.txt (0.0 MB, keep_attachments_mb is 0)"
        assert fake.requests_matching("GET", r"/attachments/.*", since=mark) == []
        post = await restore(running, hidden)
        assert post.uploads == [] and post.json["content"].endswith(hidden.attachments[0].url)


async def test_ten_files_are_kept_for_the_restore_but_not_sent_in_the_dm(
    fake_discord: FakeDiscord, tmp_path: Path, engine: Engine
) -> None:
    """One DM cannot carry ten files and the text file; the author is told they are kept."""
    fake = fake_discord
    files = [(f"page{i}.txt", f"page {i}".encode()) for i in range(10)]
    async with keeping(fake, tmp_path, engine, MEGABYTE) as running:
        mark = len(fake.requests)
        hidden, detail = await hide(running, files)
        assert detail == ""
        dm = the_dm(running, mark)
        assert dm.files == []
        assert dm.json["content"].endswith(
            "\nThe moderators kept your 10 attachments; a restore puts them back."
        )
        post = await restore(running, hidden)
        assert post.uploads == files and post.json["content"] == "slurword, see files"


async def show(running: Running, hidden_id: int) -> tuple[Json, RecordedRequest]:
    """Run /hidden show as the moderator; its answer and the request that carried it."""
    fake = running.fake
    mark = len(fake.requests)
    options = subcommand("show", id=hidden_id)
    _, answer = await command_answer(fake, "hidden", fake.world.moderator_id, options)
    (edit,) = fake.requests_matching(
        "PATCH", r"/webhooks/\d+/[\w.-]+/messages/@original", since=mark
    )
    return answer, edit


async def test_hidden_show_gives_the_whole_post_why_and_its_kept_files(
    fake_discord: FakeDiscord, tmp_path: Path, engine: Engine
) -> None:
    """A moderator sees the post in full, its case and status, and gets the kept files."""
    fake, world = fake_discord, fake_discord.world
    async with keeping(fake, tmp_path, engine, MEGABYTE) as running:
        hidden, _ = await hide(running, [SMALL, BIG])
        answer, edit = await show(running, hidden.id)

        assert edit.json["allowed_mentions"] == ECHO_SAFE
        (embed,) = answer["embeds"]
        assert embed["title"] == f"Hidden post #{hidden.id}"
        assert embed["description"] == "> slurword, see files"
        fields = {f["name"]: f["value"] for f in embed["fields"]}
        assert fields["Author"] == f"<@{world.member_id}> (Alice, {world.member_id})"
        assert fields["Where"] == f"<#{world.general_id}>"
        assert fields["Why"].startswith(f"case #{hidden.case_id} by modbot · keep-it-clean/slur")
        assert fields["Status"] == "hidden"
        assert fields["Attachments"] == (
            f"small.txt (kept)\n[big.png]({hidden.attachments[1].url}) (link only: not kept)"
        )
        assert edit.uploads == [SMALL]

        await restore(running, hidden)
        answer, _ = await show(running, hidden.id)
        status = {f["name"]: f["value"] for f in answer["embeds"][0]["fields"]}["Status"]
        assert status.startswith(f"restored by <@{world.moderator_id}> <t:")

        answer, edit = await show(running, hidden.id + 100)
        assert answer["content"] == f"There is no hidden post #{hidden.id + 100} in this server."
        assert edit.uploads == []


async def test_hidden_show_sends_a_long_post_as_a_file(running: Running) -> None:
    """Text too long for the embed is cut there and comes whole as post.txt."""
    fake, world = running.fake, running.fake.world
    text = "slurword " + "and so on " * 400
    mark = len(fake.requests)
    message = await fake.events.message_create(world.general_id, world.member_id, text)
    await wait_for_log(fake, "hide", message["id"], since=mark)
    hidden = await running.db.hidden.by_message(int(message["id"]))
    assert hidden is not None
    answer, edit = await show(running, hidden.id)
    assert answer["embeds"][0]["description"].endswith("…")
    assert edit.uploads == [("post.txt", text.encode())]


async def test_a_forum_post_keeps_the_files_note_through_the_thread_steps(
    fake_discord: FakeDiscord, tmp_path: Path, engine: Engine
) -> None:
    """The thread's rename and lock come after the files are read: the case keeps saying
    which files were not kept, whether the rename works or is refused."""
    fake, world = fake_discord, fake_discord.world
    async with keeping(fake, tmp_path, engine, 0) as running:
        details = []
        for refused in (False, True):
            mark = len(fake.requests)
            thread, starter = await fake.events.thread_create(
                world.forum_id, world.member_id, "Bridge", "slurword", attachments=[SMALL]
            )
            if refused:
                fake.fail_next("PATCH", f"/channels/{thread['id']}", 403)
            await wait_for_log(fake, "hide", starter["id"], since=mark)
            cases = await running.db.cases.for_member(world.guild_id, world.member_id)
            (case,) = [c for c in cases if c.message_id == int(starter["id"])]
            details.append((case.outcome, case.outcome_detail))
        note = "files not kept: small.txt (0.0 MB, keep_attachments_mb is 0)"
        assert details == [
            (Outcome.OK, note),
            (Outcome.FAILED, f"{note}; 403 Missing Permissions (50013)"),
        ]


async def test_purge_deletes_the_text_and_files_for_good_and_is_recorded(
    fake_discord: FakeDiscord, tmp_path: Path, engine: Engine
) -> None:
    """A moderator purges unlawful content: text and files go, the record of who, where, when
    and why stays, and the post can no longer be restored."""
    fake, world = fake_discord, fake_discord.world
    async with keeping(fake, tmp_path, engine, MEGABYTE) as running:
        db = running.db
        hidden, _ = await hide(running, [SMALL])
        mark = len(fake.requests)
        options = subcommand("purge", id=hidden.id, reason="unlawful image")
        _, answer = await command_answer(fake, "hidden", world.moderator_id, options)
        (case, *_) = await wait_for_cases(db, world.guild_id, world.member_id, 2)
        assert answer["content"] == (
            f"Purged hidden post #{hidden.id}: its text and 1 kept file(s) are deleted for good;"
            f" who posted it, where and when stay on record. Recorded as case #{case.id}."
        )
        assert (case.kind, case.actor_id, case.reason, case.related_case_id) == (
            CaseKind.PURGE,
            world.moderator_id,
            "unlawful image",
            hidden.case_id,
        )
        # The mod-log line follows the answer: nobody waits for it to be posted.
        log = await fake.wait_for_request(
            "POST", f"/channels/{world.mod_log_id}/messages", since=mark, timeout=5.0
        )
        assert log.json["content"].startswith(f"Case #{case.id} purge <@{world.member_id}>")

        purged = await db.hidden.get(hidden.id)
        assert purged is not None and purged.status is HiddenStatus.PURGED
        assert (purged.content, purged.attachments, purged.author_id) == ("", (), world.member_id)
        assert await db.hidden.files(hidden.id) == {}

        _, again = await command_answer(fake, "hidden", world.moderator_id, options)
        assert again["content"] == f"Hidden post #{hidden.id} was already purged."
        restore = subcommand("restore", id=hidden.id)
        _, refused = await command_answer(fake, "hidden", world.moderator_id, restore)
        assert refused["content"] == (
            f"Hidden post #{hidden.id} was purged: there is nothing left to restore."
        )
        assert fake.requests_matching("POST", r"/webhooks/\d+/[\w-]+", since=mark) == []
        answer, edit = await show(running, hidden.id)
        status = {f["name"]: f["value"] for f in answer["embeds"][0]["fields"]}["Status"]
        assert status.startswith("purged") and answer["embeds"][0]["description"] == "> (no text)"
        assert edit.uploads == []
