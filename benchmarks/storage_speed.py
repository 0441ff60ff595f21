"""Print how fast cases are recorded on SQLite and on PostgreSQL, and how scan --jobs scales.

Usage: ``.ci/with-postgres python benchmarks/storage_speed.py [--cases N] [--posts N]``

1. Cases: ``N`` automatic actions recorded the way the bot records them (``claim_all`` of the
   message/rule/content key, then ``add`` of the case: two transactions each), from 16
   concurrent tasks, on a SQLite file and on PostgreSQL (the server in
   ``MODBOT_TEST_DATABASE_URL``, as ``.ci/with-postgres`` sets it, or ``MODBOT_BENCH_DATABASE_URL``;
   a fresh schema, dropped afterwards). Cases per second and p50/p99 per case.
2. Scan: ``modbot scan --json`` as a subprocess on a generated file of ``--posts`` posts with
   1 and with 2 jobs, wall clock, fastest of three, and the speed-up (target: at least 1.8
   on a 2-core machine), beside a calibration: how much faster two processes run two equal
   busy loops than one, i.e. how many cores the machine really has free at the time.

The figures are printed for a reader to judge, never asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import asyncpg

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bot.core.cases import CaseKind, NewCase  # noqa: E402
from bot.storage import Database  # noqa: E402
from tests.storage.conftest import GUILD, USER, at  # noqa: E402

TASKS = 16
WORDS = ["you absolute idiot", "what a lovely day", "d4mn this", "the cocktail bar", "sh1t"]


def case(n: int) -> NewCase:
    """The n-th automatic warning, each on its own message."""
    return NewCase(
        guild_id=GUILD,
        kind=CaseKind.WARN,
        created_at=at(n / 1000),
        target_id=USER + n % 50,
        message_id=10**18 + n,
        guideline="be-nice",
        rule_id="name-calling",
        content_hash=f"{n:016x}",
    )


async def act(db: Database, new: NewCase) -> None:
    """Record one automatic action as the listener does: claim its key, then add the case."""
    assert new.message_id is not None and new.rule_id is not None and new.content_hash
    rules = [new.rule_id]
    if await db.cases.claim_all(new.message_id, rules, new.content_hash, at=new.created_at):
        await db.cases.add(new)


async def record_cases(target: str, count: int) -> tuple[float, list[float]]:
    """Wall seconds for ``count`` actions recorded from TASKS tasks, and each action's seconds."""
    timings: list[float] = []
    async with await Database.open(target) as db:
        for n in range(50):  # warm-up: connections, statement caches
            await act(db, case(count + n))

        async def worker(start: int) -> None:
            for n in range(start, count, TASKS):
                began = time.perf_counter()
                await act(db, case(n))
                timings.append(time.perf_counter() - began)

        began = time.perf_counter()
        await asyncio.gather(*(worker(i) for i in range(TASKS)))
        wall = time.perf_counter() - began
    return wall, timings


def report_cases(label: str, count: int, wall: float, timings: list[float]) -> None:
    """One line of cases per second and per-case latency."""
    cut = statistics.quantiles(timings, n=100)
    print(
        f"  {label:<11} {count / wall:>8,.0f} cases/s   p50 {cut[49] * 1000:6.2f} ms"
        f"   p99 {cut[98] * 1000:6.2f} ms   ({count:,} cases, {TASKS} tasks)"
    )


async def on_postgres(url: str, count: int) -> tuple[float, list[float]]:
    """``record_cases`` on a fresh schema of the server at ``url``."""
    schema = f"bench_{uuid.uuid4().hex}"
    admin = await asyncpg.connect(url)
    try:
        await admin.execute(f"CREATE SCHEMA {schema}")
        separator = "&" if "?" in url else "?"
        return await record_cases(f"{url}{separator}search_path={schema}", count)
    finally:
        await admin.execute(f"DROP SCHEMA {schema} CASCADE")
        await admin.close()


def scan_seconds(path: Path, jobs: int) -> float:
    """Fastest of three wall-clock runs of ``modbot scan --json`` with ``jobs`` processes."""
    best = float("inf")
    command = [sys.executable, "-m", "bot", "scan", "--rules", "rules", "--jobs", str(jobs)]
    for _ in range(3):
        began = time.perf_counter()
        subprocess.run(
            [*command, "--json", str(path)], cwd=REPO, stdout=subprocess.DEVNULL, check=True
        )
        best = min(best, time.perf_counter() - began)
    return best


def burn(count: int) -> int:
    """Pure-Python work for the calibration: a sum in a loop."""
    total = 0
    for n in range(count):
        total += n
    return total


def free_cores() -> float:
    """How much faster two processes finish two equal loops than one process: the cores free.

    On a machine shared with other work this is below 2, and bounds what scan --jobs 2 can show.
    """
    count = 10_000_000
    began = time.perf_counter()
    burn(count)
    burn(count)
    serial = time.perf_counter() - began
    with multiprocessing.get_context("fork").Pool(2) as pool:
        began = time.perf_counter()
        pool.map(burn, [count, count])
        parallel = time.perf_counter() - began
    return serial / parallel


def main() -> None:
    """Run both parts and print their figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=5000)
    parser.add_argument("--posts", type=int, default=200_000)
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    print("Cases (claim_all + add, as the bot records them: two transactions each):")
    with tempfile.TemporaryDirectory() as folder:
        wall, timings = asyncio.run(record_cases(str(Path(folder) / "bench.sqlite3"), args.cases))
        report_cases("SQLite", args.cases, wall, timings)
    url = os.environ.get("MODBOT_BENCH_DATABASE_URL") or os.environ.get("MODBOT_TEST_DATABASE_URL")
    if url:
        wall, timings = asyncio.run(on_postgres(url, args.cases))
        report_cases("PostgreSQL", args.cases, wall, timings)
    else:
        print("  PostgreSQL  skipped: run through .ci/with-postgres (or set a URL)")
    print(f"Scan (modbot scan --json, {args.posts:,} generated posts, fastest of 3):")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "posts.txt"
        lines = (f"{WORDS[n % len(WORDS)]} number {n} " * (1 + n % 7) for n in range(args.posts))
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        one, two = scan_seconds(path, 1), scan_seconds(path, 2)
        path.write_text("hello\n", encoding="utf-8")
        start = scan_seconds(path, 1)
    print(f"  calibration: two busy loops run {free_cores():.2f}x faster on 2 processes than on 1")
    print(f"  start-up (one post) {start:5.2f} s")
    for jobs, wall in ((1, one), (2, two)):
        label = "1 job " if jobs == 1 else f"{jobs} jobs"
        print(
            f"  {label}  {wall:6.2f} s   {args.posts / wall:>9,.0f} posts/s"
            f"   after start-up {args.posts / (wall - start):>9,.0f} posts/s"
        )
    print(f"  speed-up {one / two:.2f}x, {(one - start) / (two - start):.2f}x after start-up")


if __name__ == "__main__":
    main()
