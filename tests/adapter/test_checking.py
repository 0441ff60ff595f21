"""Long posts are checked on a worker thread while the event loop goes on; short ones inline."""

from __future__ import annotations

import asyncio
import sys
import threading

from bot.adapter.moderation.checking import INLINE_CHARACTERS, SWITCH_INTERVAL, Checker
from bot.core.post import Post
from bot.core.verdict import Verdict


class GatedEngine:
    """An engine whose check waits until the event loop opens its gate (or 5 s pass), noting
    the thread it ran on and whether the gate opened in time."""

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.ran_on: list[threading.Thread] = []
        self.opened_in_time: list[bool] = []

    def check(self, post: Post) -> Verdict:
        self.ran_on.append(threading.current_thread())
        self.opened_in_time.append(self.gate.wait(timeout=5))
        return Verdict(post, ())


async def test_a_long_post_is_checked_while_the_loop_goes_on() -> None:
    """The loop opens the gate while the long check waits on it: inline, it could not."""
    engine, checker = GatedEngine(), Checker()
    post = Post(text="x" * (INLINE_CHARACTERS + 1), guild_id=1)
    try:
        checking = asyncio.create_task(checker.check(engine, post))
        await asyncio.sleep(0)  # the task starts the check; inline, it returns 5 s later
        engine.gate.set()
        verdict = await checking
    finally:
        checker.close()
    assert verdict.post is post
    assert engine.opened_in_time == [True]
    assert engine.ran_on[0] is not threading.current_thread()
    assert engine.ran_on[0].name.startswith("modbot-check")


async def test_a_short_post_is_checked_on_the_loop() -> None:
    """A post within the limit, title counted, costs less than a hop to the thread."""
    engine, checker = GatedEngine(), Checker()
    engine.gate.set()
    half = "x" * (INLINE_CHARACTERS // 2)
    try:
        await checker.check(engine, Post(text=half, title=half, guild_id=1))
        await checker.check(engine, Post(text=half, title=half + "x", guild_id=1))
    finally:
        checker.close()
    assert engine.ran_on[0] is threading.current_thread()
    assert engine.ran_on[1] is not threading.current_thread()


def test_the_loop_waits_at_most_a_millisecond_for_the_interpreter_lock() -> None:
    """A long check gives the lock back to the loop within the shortened switch interval."""
    before = sys.getswitchinterval()
    try:
        sys.setswitchinterval(0.005)
        Checker().close()
        assert sys.getswitchinterval() == SWITCH_INTERVAL
    finally:
        sys.setswitchinterval(before)
