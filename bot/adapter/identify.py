"""Pace a sharded bot's IDENTIFYs through the database, as Discord's session start limit asks.

Discord lets a bot IDENTIFY once per rate-limit key (``shard_id % max_concurrency``) per 5
seconds, counted over all its processes; discord.py only spaces the shards of one process. So
before each IDENTIFY a shard claims its key's turn in the database every process shares, and
waits while another holds it. The spacing carries a margin: turns are measured at the claim,
Discord measures at arrival, and a late first frame must not land inside the window. The
margin is a share of the spacing with a floor, since a frame's delay on a busy machine does not
shrink with a short spacing (tests use 0.2 s, where a tenth is only 20 ms).
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import Awaitable, Callable

import discord

from bot.storage.identify_slots import IdentifySlots

__all__ = ["MARGIN", "MARGIN_FLOOR", "IdentifyPacer", "max_concurrency"]

log = logging.getLogger(__name__)

MARGIN = 0.1  # the share of the spacing added to every turn (0.5 s on Discord's 5 s)
MARGIN_FLOOR = 0.1  # seconds: the least margin, whatever the spacing


class IdentifyPacer:
    """Waits for a shard's IDENTIFY turn: one per rate-limit key per spacing, across processes.

    ``max_concurrency`` asks Discord (``GET /gateway/bot``) once; the answer is kept.
    """

    def __init__(
        self, slots: IdentifySlots, spacing: float, max_concurrency: Callable[[], Awaitable[int]]
    ) -> None:
        self._slots = slots
        held = spacing + max(spacing * MARGIN, MARGIN_FLOOR)
        self._spacing_ms = math.ceil(round(held * 1000, 6))  # 0.2 + 0.1 s is 300 ms, not 301
        self._ask = max_concurrency
        self._concurrency: int | None = None

    async def wait_turn(self, shard_id: int) -> None:
        """Return once this shard may IDENTIFY, its key's turn taken for the spacing."""
        if self._concurrency is None:
            self._concurrency = max(1, await self._ask())
        key = shard_id % self._concurrency
        while wait_ms := await self._slots.claim(
            key, now_ms=time.time_ns() // 1_000_000, spacing_ms=self._spacing_ms
        ):
            log.debug("shard %d waits %d ms for rate-limit key %d", shard_id, wait_ms, key)
            await asyncio.sleep(wait_ms / 1000)
        log.info("shard %d identifies (rate-limit key %d of %d)", shard_id, key, self._concurrency)


async def max_concurrency(http: discord.http.HTTPClient) -> int:
    """How many rate-limit keys Discord gives this bot's IDENTIFYs; 1 if it will not say."""
    try:
        _, _, limit = await http.get_bot_gateway()
    except discord.GatewayNotFound:
        log.warning("GET /gateway/bot failed: pacing IDENTIFYs as if max_concurrency were 1")
        return 1
    return int(limit["max_concurrency"])
