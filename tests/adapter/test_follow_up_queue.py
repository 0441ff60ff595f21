"""The follow-up queue: follow-ups wait for the hides on their way, in order, and none is lost."""

from __future__ import annotations

import asyncio
import logging

import pytest

from bot.adapter.moderation import follow_ups
from bot.adapter.moderation.follow_ups import FollowUps

GUILD = 1_000_000_000_000_000_001


async def turns(count: int = 5) -> None:
    """Let the event loop run a few times."""
    for _ in range(count):
        await asyncio.sleep(0)


async def test_a_follow_up_waits_while_a_hide_is_on_its_way() -> None:
    queue = FollowUps()
    done: list[str] = []

    async def dm() -> None:
        done.append("dm")

    with queue.hiding():
        queue.submit(GUILD, dm())
        await turns()
        assert done == [] and queue.waiting == 1
    await turns()
    assert done == ["dm"] and queue.waiting == 0


async def test_follow_ups_start_in_order_with_at_most_so_many_at_once() -> None:
    queue = FollowUps(workers=2)
    started: list[int] = []
    release = asyncio.Event()

    async def slow(n: int) -> None:
        started.append(n)
        await release.wait()

    for n in range(5):
        queue.submit(GUILD, slow(n))
    await turns()
    assert started == [0, 1]
    release.set()
    await turns(20)
    assert started == [0, 1, 2, 3, 4]


async def test_hides_that_keep_coming_only_delay_a_follow_up(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(follow_ups, "PATIENCE_S", 0.01)
    queue = FollowUps()
    ran = asyncio.Event()

    async def dm() -> None:
        ran.set()

    with queue.hiding():
        queue.submit(GUILD, dm())
        await asyncio.wait_for(ran.wait(), timeout=5)


async def test_a_failing_follow_up_is_logged_and_the_next_runs(
    caplog: pytest.LogCaptureFixture,
) -> None:
    queue = FollowUps(workers=1)
    ran = asyncio.Event()

    async def broken() -> None:
        raise RuntimeError("boom")

    async def fine() -> None:
        ran.set()

    queue.submit(GUILD, broken())
    queue.submit(GUILD, fine())
    with caplog.at_level(logging.ERROR):
        await asyncio.wait_for(ran.wait(), timeout=5)
    assert f"guild {GUILD}: a follow-up failed" in caplog.text


async def test_drain_lets_the_queued_follow_ups_go_out() -> None:
    queue = FollowUps(workers=1)
    done: list[int] = []

    async def dm(n: int) -> None:
        await asyncio.sleep(0)
        done.append(n)

    for n in range(3):
        queue.submit(GUILD, dm(n))
    await queue.drain()
    assert done == [0, 1, 2] and queue.waiting == 0
