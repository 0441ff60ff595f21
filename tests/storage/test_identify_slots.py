"""IDENTIFY turns: one process per rate-limit key per spacing, on both backends."""

from __future__ import annotations

import asyncio

from bot.storage import Database
from bot.storage.identify_slots import IdentifySlots
from tests.storage.test_cross_process import pair as pair  # the two-sides fixture

T = 1_764_000_000_000  # a wall-clock time in ms, as the bot passes it


async def test_a_key_is_taken_once_per_spacing(db: Database) -> None:
    slots = IdentifySlots(db)
    assert await slots.claim(0, now_ms=T, spacing_ms=5000) == 0
    assert await slots.claim(0, now_ms=T + 1000, spacing_ms=5000) == 4000
    assert await slots.claim(1, now_ms=T + 1000, spacing_ms=5000) == 0
    assert await slots.claim(0, now_ms=T + 5000, spacing_ms=5000) == 0
    assert await slots.claim(0, now_ms=T + 5001, spacing_ms=5000) == 4999


async def test_processes_asking_at_once_get_one_turn_per_key(
    pair: tuple[Database, Database],
) -> None:
    sides = [IdentifySlots(side) for side in pair]
    waits = await asyncio.gather(
        *(sides[n % 2].claim(n % 3, now_ms=T, spacing_ms=5000) for n in range(12))
    )
    assert sorted(waits) == [0, 0, 0] + [5000] * 9
