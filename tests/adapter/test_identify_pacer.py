"""The IDENTIFY pacer's turns: the spacing and its margin, as claimed from the shared slots."""

from __future__ import annotations

import pytest

from bot.adapter.identify import IdentifyPacer
from bot.storage.identify_slots import IdentifySlots


class RecordingSlots(IdentifySlots):
    """Slots that grant every claim at once and keep the spacing each one asked for."""

    def __init__(self) -> None:
        self.claims: list[tuple[int, int]] = []

    async def claim(self, rate_key: int, *, now_ms: int, spacing_ms: int) -> int:
        self.claims.append((rate_key, spacing_ms))
        return 0


async def one_concurrency() -> int:
    return 1


@pytest.mark.parametrize(
    ("spacing", "held_ms"),
    [
        (5.0, 5500),  # Discord's 5 s: a tenth more
        (2.0, 2200),
        (0.2, 300),  # a test's short spacing: the floor, not 20 ms
        (0.5, 600),
    ],
)
async def test_a_turn_is_held_for_the_spacing_and_a_margin_with_a_floor(
    spacing: float, held_ms: int
) -> None:
    slots = RecordingSlots()
    pacer = IdentifyPacer(slots, spacing, one_concurrency)
    await pacer.wait_turn(3)
    assert slots.claims == [(0, held_ms)]
