"""Hidden-post copies: full round trip, one hidden copy per message, restore once."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from bot.core.cases import Attachment, CaseKind, HiddenStatus, NewCase, NewHiddenPost, Outcome
from bot.core.rules import Mode
from bot.storage import AlreadyHiddenError, Database
from bot.storage.attachments import decode_attachments
from tests.storage.conftest import GUILD, USER, at

MESSAGE = 3_000_000_000_000_000_003


def copy(message_id: int = MESSAGE, minutes: float = 0, **changes: Any) -> NewHiddenPost:
    """A hidden forum starter message with an attachment and an embed."""
    base = NewHiddenPost(
        guild_id=GUILD,
        channel_id=5_000_000_000_000_000_005,
        parent_id=6_000_000_000_000_000_006,
        message_id=message_id,
        author_id=USER,
        author_name="Zoë «the critic»",
        author_avatar_url="https://cdn.discordapp.com/avatars/2/abc.png",
        content="you absolute idiot\nline two ✨",
        thread_title="Is this legal?",
        attachments=(
            Attachment("proof.png", "https://cdn.discordapp.com/a/proof.png", "image/png"),
            Attachment("notes.txt", "https://cdn.discordapp.com/a/notes.txt"),
        ),
        embeds=({"title": "Link", "fields": [{"name": "a", "value": "b"}], "color": 5},),
        posted_at=at(minutes - 1),
        hidden_at=at(minutes),
    )
    return replace(base, **changes)


async def test_hidden_post_round_trips_every_field(db: Database) -> None:
    case = await db.cases.add(NewCase(guild_id=GUILD, kind=CaseKind.HIDE, created_at=at(0)))
    new = copy(case_id=case.id)
    hidden = await db.hidden.add(new)
    assert await db.hidden.get(hidden.id) == hidden
    assert await db.hidden.by_message(MESSAGE) == hidden
    for name in NewHiddenPost.__dataclass_fields__:
        assert getattr(hidden, name) == getattr(new, name), name
    assert hidden.status is HiddenStatus.HIDDEN
    assert (hidden.restored_at, hidden.restored_by, hidden.restored_message_id) == (None,) * 3
    assert await db.hidden.get(hidden.id + 1) is None
    assert await db.hidden.by_message(MESSAGE + 1) is None


async def test_a_message_is_hidden_once_until_restored(db: Database) -> None:
    first = await db.hidden.add(copy())
    with pytest.raises(AlreadyHiddenError, match=str(MESSAGE)):
        await db.hidden.add(copy(minutes=1))
    assert await db.hidden.mark_restored(first.id, by=42, at=at(2), restored_message_id=99)
    assert not await db.hidden.mark_restored(first.id, by=43, at=at(3))
    restored = await db.hidden.get(first.id)
    assert restored is not None
    assert restored.status is HiddenStatus.RESTORED
    assert (restored.restored_at, restored.restored_by, restored.restored_message_id) == (
        at(2),
        42,
        99,
    )
    again = await db.hidden.add(copy(minutes=4))
    assert await db.hidden.by_message(MESSAGE) == again


async def test_for_guild_filters_by_status_and_pages_newest_first(db: Database) -> None:
    posts = [await db.hidden.add(copy(MESSAGE + i, minutes=i)) for i in range(4)]
    await db.hidden.add(copy(MESSAGE + 9, guild_id=GUILD + 1))
    assert await db.hidden.mark_restored(posts[1].id, by=42, at=at(9))
    listed = await db.hidden.for_guild(GUILD)
    assert [p.id for p in listed] == [p.id for p in reversed(posts)]
    still_hidden = await db.hidden.for_guild(GUILD, status=HiddenStatus.HIDDEN, limit=2)
    assert [p.id for p in still_hidden] == [posts[3].id, posts[2].id]
    page_two = await db.hidden.for_guild(GUILD, status=HiddenStatus.HIDDEN, limit=2, offset=2)
    assert [p.id for p in page_two] == [posts[0].id]
    restored = await db.hidden.for_guild(GUILD, status=HiddenStatus.RESTORED)
    assert [p.id for p in restored] == [posts[1].id]


async def test_kept_files_round_trip_with_their_marks(db: Database) -> None:
    hidden = await db.hidden.add(copy())
    assert [a.kept for a in hidden.attachments] == [False, False]
    png = bytes(range(256)) * 3  # binary, with NUL bytes
    kept = await db.hidden.keep_files(hidden, [png, None])
    assert [a.kept for a in kept.attachments] == [True, False]
    assert await db.hidden.get(hidden.id) == kept
    assert await db.hidden.files(hidden.id) == {0: png}
    assert await db.hidden.files(hidden.id + 1) == {}


async def test_keep_files_needs_one_entry_per_attachment(db: Database) -> None:
    hidden = await db.hidden.add(copy())
    with pytest.raises(ValueError, match="zip"):
        await db.hidden.keep_files(hidden, [b"only one"])
    assert await db.hidden.files(hidden.id) == {}
    assert await db.hidden.get(hidden.id) == hidden


def test_attachments_stored_before_schema_5_read_as_not_kept() -> None:
    old = '[{"filename": "a.png", "url": "https://cdn/a.png", "content_type": null}]'
    assert decode_attachments(old) == (Attachment("a.png", "https://cdn/a.png", None, 0, False),)


async def test_purge_deletes_content_and_files_once_and_keeps_the_record(db: Database) -> None:
    hidden = await db.hidden.keep_files(await db.hidden.add(copy()), [b"png", b"txt"])
    other = await db.hidden.keep_files(await db.hidden.add(copy(MESSAGE + 1)), [b"x", None])
    assert await db.hidden.purge(hidden.id)
    assert not await db.hidden.purge(hidden.id)
    assert not await db.hidden.purge(other.id + 1)
    purged = await db.hidden.get(hidden.id)
    assert purged is not None and purged.status is HiddenStatus.PURGED
    assert (purged.content, purged.thread_title, purged.attachments, purged.embeds) == (
        "",
        "",
        (),
        (),
    )
    assert (purged.author_id, purged.channel_id, purged.hidden_at) == (
        hidden.author_id,
        hidden.channel_id,
        hidden.hidden_at,
    )
    assert await db.hidden.files(hidden.id) == {}
    assert await db.hidden.files(other.id) == {0: b"x"}
    assert await db.hidden.get(other.id) == other
    again = await db.hidden.add(copy(minutes=5))  # a purged copy no longer counts as hidden
    assert again.status is HiddenStatus.HIDDEN


async def test_a_plans_cases_and_its_copy_are_one_transaction(db: Database) -> None:
    """The shadow and step cases and the hide's copy are written together, the copy on its case."""
    news = [
        NewCase(guild_id=GUILD, kind=CaseKind.WARN, created_at=at(0), mode=Mode.SHADOW),
        NewCase(guild_id=GUILD, kind=CaseKind.HIDE, created_at=at(0), target_id=USER),
        NewCase(guild_id=GUILD, kind=CaseKind.FLAG, created_at=at(0), target_id=USER),
    ]
    cases, hidden = await db.hidden.add_with_cases(news, copy(), owner=1)
    assert [c.kind for c in cases] == [CaseKind.WARN, CaseKind.HIDE, CaseKind.FLAG]
    assert [await db.cases.get(c.id) for c in cases] == cases
    assert hidden is not None and hidden.case_id == cases[1].id
    assert cases[1].outcome is Outcome.PENDING


async def test_a_plan_on_a_message_hidden_already_records_its_case_as_such(db: Database) -> None:
    """A second hide of a hidden message keeps no copy; its case ends ok, already hidden."""
    await db.hidden.add(copy())
    new = NewCase(guild_id=GUILD, kind=CaseKind.HIDE, created_at=at(1), target_id=USER)
    (case,), hidden = await db.hidden.add_with_cases([new], copy(minutes=1), owner=0)
    assert hidden is None
    assert (case.outcome, case.outcome_detail) == (Outcome.OK, "already hidden")
    assert await db.cases.get(case.id) == case


async def test_a_failing_copy_leaves_none_of_the_plans_cases(db: Database) -> None:
    """A copy the database refuses rolls back the cases written before it."""
    new = NewCase(guild_id=GUILD, kind=CaseKind.HIDE, created_at=at(0), target_id=USER)
    with pytest.raises(Exception, match=r"(?i)null"):
        await db.hidden.add_with_cases([new], copy(guild_id=None), owner=0)
    assert await db.cases.for_member(GUILD, USER) == []
