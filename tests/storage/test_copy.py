"""Moving a community: every row of a SQLite file copied into an empty database, ids kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.reports import ReportCard, ReportStatus
from bot.storage import Database, StorageError
from bot.storage.copy import TABLES, copy_database
from tests.storage.conftest import GUILD, USER, at, warning
from tests.storage.test_hidden import copy
from tests.storage.test_reports import MESSAGE, MODERATOR, RATE, report
from tests.storage.test_rule_versions import version


async def fill(db: Database) -> None:
    """Write a row into every table, with gaps in the ids and a case pointing at another."""
    first = await db.cases.add(warning(0))
    await db.cases.claim_all(MESSAGE, ["name-calling"], "h", at=at(1))
    await db.cases.add(warning(1, message_id=MESSAGE, content_hash="h"))
    await db.cases.pardon(first.id, by=MODERATOR, at=at(2), reason="fair enough")
    await db.case_messages.add(first.id, [MESSAGE, MESSAGE + 1], key="flood:1")
    hidden = await db.hidden.add(copy(case_id=first.id))
    await db.hidden.keep_files(hidden, [b"\x89PNG\x00\xff", None])
    await db.hidden.mark_restored(hidden.id, by=MODERATOR, at=at(3))
    await db.hidden.add(copy(minutes=4))
    for reporter in (101, 102):
        await db.reports.file(report(reporter), RATE)
    await db.reports.resolve(
        MESSAGE, status=ReportStatus.ACTIONED, by=MODERATOR, at=at(5), resolution="hidden"
    )
    await db.reports.save_card(ReportCard(MESSAGE, GUILD, 8, 9))
    await db.rule_versions.add(version(0))
    await db.rule_versions.add(version(1, GUILD))


async def everything(db: Database) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, in a stable order."""
    found = {}
    for table in TABLES:
        rows = await db.fetchall(f"SELECT * FROM {table.name} ORDER BY {table.order}")
        columns = list(rows[0].keys()) if rows else []
        found[table.name] = [tuple(row[column] for column in columns) for row in rows]
    return found


async def test_copy_keeps_every_row_and_id_and_numbers_on(tmp_path: Path, db: Database) -> None:
    async with await Database.open(tmp_path / "old.sqlite3") as source:
        await fill(source)
        copied = await copy_database(source, db)
        before = await everything(source)
    assert copied == {name: len(rows) for name, rows in before.items()}
    assert all(copied.values())
    assert await everything(db) == before
    assert await db.hidden.files(1) == {0: b"\x89PNG\x00\xff"}
    assert len(await db.cases.warnings(GUILD, USER, now=at(10))) == 1
    new = await db.cases.add(warning(20))
    assert new.id == max(row[0] for row in before["cases"]) + 1


async def test_copy_into_a_database_with_rows_is_refused(tmp_path: Path, db: Database) -> None:
    await db.cases.add(warning(0))
    async with await Database.open(tmp_path / "old.sqlite3") as source:
        await fill(source)
        with pytest.raises(StorageError, match="already holds 1 rows in cases; copy into an empty"):
            await copy_database(source, db)
    assert len(await db.fetchall("SELECT * FROM reports")) == 0
