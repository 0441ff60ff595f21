"""Run what follows a hide's DELETE (DM, mod-log line, queue card, timeout) out of its way."""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Coroutine, Iterator
from contextlib import contextmanager, suppress
from typing import Any

__all__ = ["DRAIN_S", "PATIENCE_S", "WORKERS", "FollowUps"]

log = logging.getLogger(__name__)

WORKERS = 8  # follow-ups at once: each is mostly waiting for Discord
PATIENCE_S = 1.0  # how long a follow-up waits for no hide to be on its way, so none starves
DRAIN_S = 10.0  # how long a shutdown waits for the follow-ups still going out

Work = Coroutine[Any, Any, None]


class FollowUps:
    """A queue of follow-ups and a few workers taking them in order.

    A follow-up's requests and their answers run on the event loop that also carries the
    next messages to their DELETE, and discord.py sends one request a channel at a time, so
    each turn of the loop spent on a DM holds up a channel's next DELETE. A worker therefore
    starts a follow-up only when no hide is between its check and its DELETE (``hiding``), or
    after ``PATIENCE_S``; a crash is logged with the guild, never lost silently.
    """

    def __init__(self, workers: int = WORKERS) -> None:
        self.workers = workers
        self._queue: deque[tuple[int, Work]] = deque()
        self._running: set[asyncio.Task[None]] = set()
        self._hiding = 0
        self._quiet = asyncio.Event()
        self._quiet.set()

    @contextmanager
    def hiding(self) -> Iterator[None]:
        """Mark a hide on its way to its DELETE: follow-ups wait (a while) until none is."""
        self._hiding += 1
        self._quiet.clear()
        try:
            yield
        finally:
            self._hiding -= 1
            if self._hiding == 0:
                self._quiet.set()

    def submit(self, guild_id: int, work: Work) -> None:
        """Queue a follow-up; a worker starts on it when it is its turn."""
        self._queue.append((guild_id, work))
        if len(self._running) < self.workers:
            task = asyncio.get_running_loop().create_task(self._work())
            self._running.add(task)
            task.add_done_callback(self._running.discard)

    @property
    def waiting(self) -> int:
        """Follow-ups queued and not started."""
        return len(self._queue)

    async def _work(self) -> None:
        """Take follow-ups in order until none is left, each after the hides on their way."""
        while self._queue:
            if not self._quiet.is_set():
                # Hides that keep coming only delay it: DMs must go out in the end.
                with suppress(TimeoutError):
                    await asyncio.wait_for(self._quiet.wait(), PATIENCE_S)
                if not self._queue:
                    return
            guild_id, work = self._queue.popleft()
            try:
                await work
            except asyncio.CancelledError:
                log.warning(
                    "guild %s: a follow-up (DM, mod log, queue card) was cancelled", guild_id
                )
                raise
            except Exception:
                log.exception("guild %s: a follow-up failed", guild_id)

    async def drain(self) -> None:
        """Let the follow-ups go out (on shutdown); cancel any left after ``DRAIN_S``."""
        if self._running:
            await asyncio.wait(set(self._running), timeout=DRAIN_S)
        for task in set(self._running):
            task.cancel()
        if self._running:
            await asyncio.wait(set(self._running))
        while self._queue:
            guild_id, work = self._queue.popleft()
            work.close()
            log.warning("guild %s: a follow-up (DM, mod log, queue card) was dropped", guild_id)
