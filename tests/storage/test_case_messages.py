"""A case covering several messages, the key a flood's case goes by, a member's record."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.core.cases import CaseKind, NewCase
from bot.core.rules import Mode
from bot.storage import Database

AT = datetime(2026, 1, 1, 12, tzinfo=UTC)


def _case(kind: CaseKind, **fields: object) -> NewCase:
    return NewCase(guild_id=1, kind=kind, created_at=AT, target_id=7, **fields)  # type: ignore[arg-type]


async def test_a_case_lists_its_messages_and_is_found_by_key(db: Database) -> None:
    """The messages are listed in order, once each; the key names the case."""
    case = await db.cases.add(_case(CaseKind.HIDE, message_id=30))
    await db.case_messages.add(case.id, [30, 10, 20], key="flood:7:10")
    await db.case_messages.add(case.id, [40, 30])
    assert await db.case_messages.messages(case.id) == [10, 20, 30, 40]
    assert await db.case_messages.case_for_key("flood:7:10") == case.id
    assert await db.case_messages.case_for_key("flood:7:11") is None
    other = await db.cases.add(_case(CaseKind.FLAG, message_id=50))
    await db.case_messages.add_links([(case.id, 50), (other.id, 50), (other.id, 50)])
    assert await db.case_messages.messages(case.id) == [10, 20, 30, 40, 50]
    assert await db.case_messages.messages(other.id) == [50]


async def test_record_counts_active_warnings_and_cases_on_record(db: Database) -> None:
    """Expired warnings count as cases, not warnings; shadow, pardoned and restores do not."""
    await db.cases.add(_case(CaseKind.WARN, expires_at=AT + timedelta(days=1)))
    await db.cases.add(_case(CaseKind.WARN, expires_at=AT - timedelta(days=1)))
    await db.cases.add(_case(CaseKind.HIDE))
    await db.cases.add(_case(CaseKind.WARN, mode=Mode.SHADOW))
    await db.cases.add(_case(CaseKind.RESTORE))
    pardoned = await db.cases.add(_case(CaseKind.TIMEOUT))
    await db.cases.pardon(pardoned.id, by=2, at=AT)
    record = await db.case_messages.record(1, 7, now=AT)
    assert (record.warnings, record.cases) == (1, 3)
    empty = await db.case_messages.record(1, 8, now=AT)
    assert (empty.warnings, empty.cases) == (0, 0)
