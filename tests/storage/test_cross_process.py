"""Decisions made once across processes: claims, report thresholds, queue buttons, hides,
warnings counted towards a timeout, rule versions recorded, and jobs that must run once.

On PostgreSQL the two sides are two Databases, each its own pool of server sessions, as two
bot processes would be; on SQLite (one process per file) both sides are the same Database.
"""

from __future__ import annotations

import asyncio
import signal
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.core.reports import ReportStatus
from bot.storage import AlreadyHiddenError, Database
from tests.storage.conftest import GUILD, USER, at, warning
from tests.storage.test_hidden import copy
from tests.storage.test_reports import MESSAGE, MODERATOR, RATE, report
from tests.storage.test_rule_versions import version

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
async def pair(db: Database, target: str) -> AsyncIterator[tuple[Database, Database]]:
    """Two sides on one database: a second Database on PostgreSQL, the same one on SQLite."""
    if db.kind == "sqlite":
        yield db, db
        return
    async with await Database.open(target) as other:
        yield db, other


async def test_each_rule_acts_once_on_a_message(pair: tuple[Database, Database]) -> None:
    calls = [
        side.cases.claim_all(MESSAGE, ["name-calling", "slur"], "h", at=at(0))
        for _ in range(10)
        for side in pair
    ]
    claimed = [rule for got in await asyncio.gather(*calls) for rule in got]
    assert sorted(claimed) == ["name-calling", "slur"]


async def test_the_report_threshold_is_reached_by_exactly_one_filing(
    pair: tuple[Database, Database],
) -> None:
    filings = await asyncio.gather(
        *(pair[n % 2].reports.file(report(100 + n, n / 100), RATE) for n in range(8))
    )
    assert sorted(f.open_reporters for f in filings) == list(range(1, 9))


async def test_a_queue_button_pressed_on_both_sides_decides_once(
    pair: tuple[Database, Database],
) -> None:
    for reporter in (101, 102):
        await pair[0].reports.file(report(reporter), RATE)
    statuses = (ReportStatus.ACTIONED, ReportStatus.DISMISSED)
    decisions = await asyncio.gather(
        *(
            side.reports.resolve(MESSAGE, status=status, by=MODERATOR, at=at(1), resolution="x")
            for side, status in zip(pair, statuses, strict=True)
        )
    )
    assert sorted(len(d) for d in decisions) == [0, 2]


async def test_a_message_is_hidden_once(pair: tuple[Database, Database]) -> None:
    results = await asyncio.gather(
        *(side.hidden.add(copy()) for side in pair * 3), return_exceptions=True
    )
    errors = [r for r in results if isinstance(r, BaseException)]
    assert len(errors) == 5
    assert all(isinstance(e, AlreadyHiddenError) for e in errors)


async def test_warnings_are_counted_one_at_a_time(pair: tuple[Database, Database]) -> None:
    added = await asyncio.gather(
        *(pair[n % 2].cases.add_warning(warning(0), since=None) for n in range(10))
    )
    assert sorted(count for _, count in added) == list(range(1, 11))
    other = await pair[0].cases.add_warning(warning(5, target_id=USER + 1), since=None)
    assert other[1] == 1
    assert len(await pair[1].cases.warnings(GUILD, USER, now=at(60))) == 10


async def test_a_rule_version_loaded_on_both_sides_is_recorded_once(
    pair: tuple[Database, Database],
) -> None:
    recorded = await asyncio.gather(
        *(pair[n % 2].rule_versions.record(version(1, digest="d2")) for n in range(8))
    )
    assert sorted(added for _, added in recorded) == [False] * 7 + [True]
    assert len({stored.id for stored, _ in recorded}) == 1
    again, added = await pair[1].rule_versions.record(version(2, digest="d1"))
    assert added and again.digest == "d1" and await pair[0].rule_versions.count(None) == 2
    guild, added = await pair[0].rule_versions.record(version(3, GUILD, digest="d1"))
    assert added and guild.guild_id == GUILD


HOLDER = """
import asyncio, sys
from bot.storage import Database

async def main():
    db = await Database.open(sys.argv[1])
    async with db.held("command-sync") as got:
        print(got, flush=True)
        await asyncio.sleep(60)

asyncio.run(main())
"""


@pytest.mark.parametrize("target", ["postgresql"], indirect=True)
async def test_a_once_only_job_lock_frees_itself_when_its_holder_dies(
    db: Database, target: str
) -> None:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", HOLDER, target, cwd=ROOT, stdout=asyncio.subprocess.PIPE
    )
    assert proc.stdout is not None
    try:
        assert await asyncio.wait_for(proc.stdout.readline(), timeout=20) == b"True\n"
        async with db.held("command-sync") as got:
            assert not got
        async with db.held("expiries") as got:
            assert got
    finally:
        proc.send_signal(signal.SIGKILL)
        await proc.wait()
    for _ in range(100):
        async with db.held("command-sync") as got:
            if got:
                break
        await asyncio.sleep(0.05)
    assert got


async def test_a_once_only_job_runs_once_at_a_time_in_one_process(db: Database) -> None:
    async with db.held("command-sync") as first, db.held("command-sync") as second:
        assert (first, second) == (True, False)
    async with db.held("command-sync") as again:
        assert again
