"""Per-author locks serialise one author's messages and are dropped once unused."""

from __future__ import annotations

import asyncio

from bot.adapter.shared.keyed_locks import KeyedLocks


async def test_same_key_serialises_other_keys_do_not_and_nothing_is_kept() -> None:
    locks = KeyedLocks()
    order: list[str] = []
    release = asyncio.Event()

    async def first() -> None:
        async with locks.hold((1, 1)):
            order.append("first in")
            await release.wait()
            order.append("first out")

    async def second() -> None:
        async with locks.hold((1, 1)):
            order.append("second in")

    async def other() -> None:
        async with locks.hold((1, 2)):
            order.append("other in")

    tasks = [asyncio.create_task(f()) for f in (first, second, other)]
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    assert order == ["first in", "other in"]
    assert len(locks) == 1
    release.set()
    await asyncio.gather(*tasks)
    assert order == ["first in", "other in", "first out", "second in"]
    assert len(locks) == 0
