"""Nothing committed is lost: across a clean restart, and when the process is killed."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

from bot.core.cases import Attachment, NewHiddenPost
from bot.storage import Database
from tests.storage.conftest import GUILD, USER, at, warning

ROOT = Path(__file__).resolve().parents[2]


async def test_everything_survives_a_restart(target: str) -> None:
    async with await Database.open(target) as db:
        cases = [await db.cases.add(warning(m)) for m in range(3)]
        pardon = await db.cases.pardon(cases[0].id, by=42, at=at(4))
        assert await db.cases.claim_all(1, ["name-calling"], "h", at=at(5)) == {"name-calling"}
        hidden = await db.hidden.add(
            NewHiddenPost(
                guild_id=GUILD,
                channel_id=5,
                message_id=1,
                author_id=USER,
                author_name="someone",
                posted_at=at(0),
                hidden_at=at(1),
                content="text",
                attachments=(Attachment("a.png", "https://cdn/a.png", "image/png"),),
                case_id=cases[1].id,
            )
        )
        before = await db.cases.for_member(GUILD, USER)
    async with await Database.open(target) as db:
        assert await db.cases.for_member(GUILD, USER) == before
        assert pardon is not None
        assert pardon in before
        assert await db.cases.claim_all(1, ["name-calling"], "h", at=at(6)) == set()
        assert await db.hidden.get(hidden.id) == hidden


async def test_kill_9_mid_burst_loses_no_committed_case(target: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "tests.storage.burst",
        target,
        cwd=ROOT,
        env=env,
        stdout=asyncio.subprocess.PIPE,
    )
    assert proc.stdout is not None
    printed: list[int] = []
    while len(printed) < 300:
        line = await asyncio.wait_for(proc.stdout.readline(), timeout=20)
        assert line.endswith(b"\n"), "the burst exited before it was killed"
        printed.append(int(line))
    await asyncio.sleep(0.05)  # let the burst run on, so the kill lands at an arbitrary point
    proc.send_signal(signal.SIGKILL)
    tail = await proc.stdout.read()
    assert await proc.wait() == -signal.SIGKILL
    printed += [int(line) for line in tail.split(b"\n")[:-1]]  # the last piece may be cut

    async with await Database.open(target) as db:
        stored = {row[0] for row in await db.fetchall("SELECT id FROM cases")}
    assert len(printed) == len(set(printed))
    assert set(printed) <= stored
