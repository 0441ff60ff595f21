"""A backtest gives the event loop a turn after each message it checks."""

from __future__ import annotations

import asyncio
from itertools import pairwise

from bot.adapter.rules.backtest import feed_in_turns


async def test_the_loop_runs_between_the_messages_a_backtest_feeds() -> None:
    """A task counting loop turns advances between every two messages fed; fed in one
    synchronous loop, it would not run at all until the end."""
    turns = 0
    seen: list[tuple[int, int]] = []

    async def count_turns() -> None:
        nonlocal turns
        while True:
            turns += 1
            await asyncio.sleep(0)

    counter = asyncio.create_task(count_turns())
    await asyncio.sleep(0)
    try:
        await feed_in_turns(range(5), lambda item: seen.append((item, turns)))
    finally:
        counter.cancel()
    assert [item for item, _ in seen] == [0, 1, 2, 3, 4]
    counts = [count for _, count in seen]
    assert all(later > earlier for earlier, later in pairwise(counts))
