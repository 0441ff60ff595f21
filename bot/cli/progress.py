"""A small progress bar for long scans, drawn on stderr only when it is a terminal."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TextIO

__all__ = ["ProgressBar"]

WIDTH = 30
INTERVAL = 0.1  # seconds between redraws


class ProgressBar:
    """Draws ``[####------]  40%  12,345 posts  25,000/s``; silent unless ``stream`` is a tty."""

    def __init__(
        self,
        stream: TextIO,
        fraction: Callable[[], float],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream = stream
        self.enabled = stream.isatty()
        self._fraction = fraction
        self._clock = clock
        self._start = self._last = clock()
        self._drawn = False

    def update(self, done: int) -> None:
        """Note that ``done`` posts are checked; redraw at most every INTERVAL seconds."""
        if not self.enabled:
            return
        now = self._clock()
        if now - self._last < INTERVAL:
            return
        self._last = now
        share = self._fraction()
        filled = round(share * WIDTH)
        rate = done / (now - self._start) if now > self._start else 0.0
        bar = "#" * filled + "-" * (WIDTH - filled)
        self.stream.write(f"\r[{bar}] {share:4.0%}  {done:,} posts  {rate:,.0f}/s")
        self.stream.flush()
        self._drawn = True

    def close(self) -> None:
        """Erase the bar so what follows starts on a clean line."""
        if self._drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._drawn = False
