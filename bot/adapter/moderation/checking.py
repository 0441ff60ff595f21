"""Check posts against the rules, long ones on a worker thread, so that one member's long
posts never hold up the event loop that every other message waits on."""

from __future__ import annotations

import asyncio
import sys
from concurrent.futures import ThreadPoolExecutor
from typing import Protocol

from bot.core.post import Post
from bot.core.verdict import Verdict

__all__ = ["INLINE_CHARACTERS", "SWITCH_INTERVAL", "Checker"]

# Up to this many characters (text plus title) a check costs at most about a millisecond,
# less than a hop to a thread and back; longer texts, up to Discord's 4,000, cost more.
INLINE_CHARACTERS = 500
# The longest the event loop waits for the interpreter lock while a long check holds it
# (Python's default is 5 ms).
SWITCH_INTERVAL = 0.001


class Checks(Protocol):
    """What the checker needs of an engine."""

    def check(self, post: Post) -> Verdict: ...


class Checker:
    """Runs each check on the loop when the post is short, else on one worker thread.

    One thread, not a pool: the checks are pure Python, so more threads would only take turns
    at the interpreter lock, and long posts queue behind each other instead of beside the
    loop.
    """

    def __init__(self, inline_characters: int = INLINE_CHARACTERS) -> None:
        self.inline_characters = inline_characters
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="modbot-check")
        if sys.getswitchinterval() > SWITCH_INTERVAL:
            sys.setswitchinterval(SWITCH_INTERVAL)

    async def check(self, engine: Checks, post: Post) -> Verdict:
        """``engine``'s verdict on ``post``."""
        if len(post.text) + len(post.title) <= self.inline_characters:
            return engine.check(post)
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._thread, engine.check, post)

    def close(self) -> None:
        """Stop the worker thread once the check it runs, if any, is done."""
        self._thread.shutdown(wait=False, cancel_futures=True)
