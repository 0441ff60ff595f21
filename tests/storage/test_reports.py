"""Reports on real databases: one per member and message, rate limits, resolution, cards."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest

from bot.core.cases import Attachment, CaseKind, NewCase
from bot.core.reports import Filed, NewReport, RateLimit, ReportCard, ReportStatus
from bot.storage import Database
from tests.storage.conftest import GUILD, USER, at

MESSAGE = 3_000_000_000_000_000_003
CHANNEL = 5_000_000_000_000_000_005
MODERATOR = 7_000_000_000_000_000_007
RATE = RateLimit(count=3, window=timedelta(minutes=10))


def report(reporter: int, minutes: float = 0, **changes: Any) -> NewReport:
    """A report of MESSAGE (by USER) from ``reporter`` at ``at(minutes)``."""
    base = NewReport(
        guild_id=GUILD,
        channel_id=CHANNEL,
        message_id=MESSAGE,
        author_id=USER,
        reporter_id=reporter,
        guideline="be-nice",
        created_at=at(minutes),
        reason="name-calling",
        content="you absolute idiot ✨",
        attachments=(
            Attachment("proof.png", "https://cdn.discordapp.com/a/proof.png", "image/png"),
        ),
        thread_title="Bridge vote *tonight*",
    )
    return replace(base, **changes)


async def test_a_report_round_trips_every_field(db: Database) -> None:
    filing = await db.reports.file(report(101), RATE)
    assert (filing.outcome, filing.open_reporters, filing.reviewed) == (Filed.NEW, 1, False)
    assert filing.report is not None
    stored = await db.reports.get(filing.report.id)
    assert stored == filing.report
    new = report(101)
    assert (stored.guild_id, stored.channel_id, stored.message_id, stored.author_id) == (
        GUILD,
        CHANNEL,
        MESSAGE,
        USER,
    )
    assert (stored.reporter_id, stored.guideline, stored.reason) == (101, "be-nice", "name-calling")
    assert (stored.content, stored.attachments) == (new.content, new.attachments)
    assert stored.thread_title == "Bridge vote *tonight*"
    assert stored.created_at == stored.updated_at == at(0)
    assert (stored.status, stored.resolved_by, stored.resolution, stored.case_id) == (
        ReportStatus.OPEN,
        None,
        "",
        None,
    )


async def test_a_second_report_by_the_same_member_updates_and_counts_once(db: Database) -> None:
    first = await db.reports.file(report(101), RATE)
    again = await db.reports.file(
        report(101, 2, reason="still rude", guideline="be-truthful"), RATE
    )
    assert again.outcome is Filed.UPDATED and again.open_reporters == 1
    assert again.report is not None and first.report is not None
    assert again.report.id == first.report.id
    assert (again.report.reason, again.report.guideline) == ("still rude", "be-truthful")
    assert (again.report.created_at, again.report.updated_at) == (at(0), at(2))
    other = await db.reports.file(report(102, 3), RATE)
    assert (other.outcome, other.open_reporters) == (Filed.NEW, 2)
    assert len(await db.reports.for_message(MESSAGE)) == 2


async def test_the_rate_limit_counts_a_members_reports_in_the_window(db: Database) -> None:
    for n in range(3):
        filing = await db.reports.file(report(101, n, message_id=MESSAGE + n), RATE)
        assert filing.outcome is Filed.NEW
    limited = await db.reports.file(report(101, 4, message_id=MESSAGE + 9), RATE)
    assert limited.outcome is Filed.RATE_LIMITED and limited.report is None
    assert limited.retry_at == at(10)
    assert await db.reports.for_message(MESSAGE + 9) == []
    # Another member is not limited; the first one is again once the oldest report ages out.
    assert (await db.reports.file(report(102, 4), RATE)).outcome is Filed.NEW
    later = await db.reports.file(report(101, 10.5, message_id=MESSAGE + 9), RATE)
    assert later.outcome is Filed.NEW


async def test_resolving_closes_every_open_report_once(db: Database) -> None:
    for reporter in (101, 102, 103):
        await db.reports.file(report(reporter, reporter - 100), RATE)
    await db.reports.file(report(104, message_id=MESSAGE + 1), RATE)
    case = await db.cases.add(NewCase(guild_id=GUILD, kind=CaseKind.DISMISS, created_at=at(5)))
    resolved = await db.reports.resolve(
        MESSAGE,
        status=ReportStatus.DISMISSED,
        by=MODERATOR,
        at=at(5),
        resolution="dismissed",
        case_id=case.id,
    )
    assert [r.reporter_id for r in resolved] == [101, 102, 103]
    assert {(r.status, r.resolved_by, r.resolved_at, r.case_id) for r in resolved} == {
        (ReportStatus.DISMISSED, MODERATOR, at(5), case.id)
    }
    again = await db.reports.resolve(
        MESSAGE, status=ReportStatus.ACTIONED, by=MODERATOR, at=at(6), resolution="hidden"
    )
    assert again == []
    assert await db.reports.for_message(MESSAGE, status=ReportStatus.OPEN) == []
    assert [r.message_id for r in await db.reports.for_guild(GUILD)] == [MESSAGE + 1]
    with pytest.raises(ValueError, match="closed status"):
        await db.reports.resolve(
            MESSAGE, status=ReportStatus.OPEN, by=None, at=at(7), resolution=""
        )


async def test_a_reviewed_report_is_not_reopened_and_new_ones_see_the_review(
    db: Database,
) -> None:
    await db.reports.file(report(101), RATE)
    await db.reports.resolve(
        MESSAGE, status=ReportStatus.DISMISSED, by=MODERATOR, at=at(1), resolution="dismissed"
    )
    again = await db.reports.file(report(101, 2, reason="really!"), RATE)
    assert again.outcome is Filed.ALREADY_REVIEWED
    assert again.report is not None and again.report.reason == "name-calling"
    fresh = await db.reports.file(report(102, 3), RATE)
    assert (fresh.outcome, fresh.open_reporters, fresh.reviewed) == (Filed.NEW, 1, True)


async def test_concurrent_reports_of_one_message_count_each_member_once(db: Database) -> None:
    filings = await asyncio.gather(
        *(db.reports.file(report(100 + n % 4, n / 10), RATE) for n in range(12))
    )
    assert sorted(f.outcome for f in filings).count(Filed.NEW) == 4
    assert max(f.open_reporters for f in filings) == 4
    # The member whose first report came in counts 1..4 exactly once each.
    assert sorted(f.open_reporters for f in filings if f.outcome is Filed.NEW) == [1, 2, 3, 4]


async def test_cards_are_remembered_and_moved_across_a_restart(target: str) -> None:
    async with await Database.open(target) as db:
        assert await db.reports.card(MESSAGE) is None
        await db.reports.file(report(101), RATE)
        await db.reports.save_card(ReportCard(MESSAGE, GUILD, CHANNEL, 42))
        await db.reports.save_card(ReportCard(MESSAGE, GUILD, CHANNEL + 1, 43))
    async with await Database.open(target) as db:
        assert await db.reports.card(MESSAGE) == ReportCard(MESSAGE, GUILD, CHANNEL + 1, 43)
        (stored,) = await db.reports.for_message(MESSAGE)
        assert stored.reporter_id == 101
