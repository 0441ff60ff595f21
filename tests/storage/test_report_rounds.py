"""Reported messages for /reports list: one entry per message and decision, filtered and paged."""

from __future__ import annotations

from datetime import timedelta

from bot.core.cases import CaseKind, NewCase
from bot.core.reports import NewReport, RateLimit, Report, ReportStatus
from bot.storage import Database
from tests.storage.conftest import GUILD, USER, at

OTHER_AUTHOR = 2_000_000_000_000_000_099
MODERATOR = 7_000_000_000_000_000_007
UNLIMITED = RateLimit(count=1000, window=timedelta(minutes=1))


def report(message: int, reporter: int, minutes: float, author: int = USER) -> NewReport:
    """A report of ``message`` (by ``author``) from ``reporter`` at ``at(minutes)``."""
    return NewReport(
        guild_id=GUILD,
        channel_id=5,
        message_id=message,
        author_id=author,
        reporter_id=reporter,
        guideline="be-nice",
        created_at=at(minutes),
        content=f"message {message}",
    )


async def dismiss(db: Database, message: int, minutes: float) -> int:
    """Dismiss a message's open reports with a case; return the case id."""
    case = await db.cases.add(
        NewCase(guild_id=GUILD, kind=CaseKind.DISMISS, created_at=at(minutes), message_id=message)
    )
    await db.reports.resolve(
        message,
        status=ReportStatus.DISMISSED,
        by=MODERATOR,
        at=at(minutes),
        resolution="dismissed",
        case_id=case.id,
    )
    return case.id


def shape(rounds: list[list[Report]]) -> list[tuple[int, str, list[int]]]:
    """Each entry as (message, status, reporters)."""
    return [(r[0].message_id, r[0].status.value, [x.reporter_id for x in r]) for r in rounds]


async def test_reports_are_grouped_per_message_and_decision_latest_first(db: Database) -> None:
    for message, reporter, minutes in ((1, 101, 0), (1, 102, 1), (2, 101, 2), (3, 103, 3)):
        await db.reports.file(report(message, reporter, minutes), UNLIMITED)
    await dismiss(db, 1, 4)
    await db.reports.file(report(1, 104, 5), UNLIMITED)  # a new round after the decision

    assert shape(await db.reports.rounds(GUILD)) == [
        (1, "open", [104]),
        (3, "open", [103]),
        (2, "open", [101]),
    ]
    assert shape(await db.reports.rounds(GUILD, status=ReportStatus.DISMISSED)) == [
        (1, "dismissed", [101, 102])
    ]
    everything = await db.reports.rounds(GUILD, status=None)
    assert shape(everything) == [
        (1, "open", [104]),
        (3, "open", [103]),
        (2, "open", [101]),
        (1, "dismissed", [101, 102]),
    ]
    assert everything[3][0].resolved_by == MODERATOR
    assert await db.reports.rounds(GUILD + 1, status=None) == []


async def test_rounds_filter_by_author_and_page(db: Database) -> None:
    for n in range(5):
        await db.reports.file(report(10 + n, 101, n), UNLIMITED)
    await db.reports.file(report(99, 101, 10, author=OTHER_AUTHOR), UNLIMITED)

    mine = await db.reports.rounds(GUILD, author_id=USER)
    assert [r[0].message_id for r in mine] == [14, 13, 12, 11, 10]
    theirs = await db.reports.rounds(GUILD, author_id=OTHER_AUTHOR)
    assert [r[0].message_id for r in theirs] == [99]
    page = await db.reports.rounds(GUILD, author_id=USER, limit=2, offset=2)
    assert [r[0].message_id for r in page] == [12, 11]
