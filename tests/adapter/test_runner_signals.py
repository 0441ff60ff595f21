"""A second SIGINT or SIGTERM while the bot closes stops the process at once.

The first signal is driven end to end in ``test_run.py`` (the real client against the fake
Discord closes and exits 0). Here the bot is already closing, as after a first signal: only
``is_closed`` is asked of it, so a stand-in answers it.
"""

from __future__ import annotations

import asyncio
import os
import signal
from typing import cast

import pytest

from bot.adapter.client import ModBot
from bot.adapter.runner import _close_on_signals


class _Closing:
    """The bot between a first signal and the end of its close."""

    def is_closed(self) -> bool:
        return True


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_a_second_signal_stops_at_once(sig: signal.Signals) -> None:
    async def main() -> None:
        _close_on_signals(cast(ModBot, _Closing()))
        os.kill(os.getpid(), sig)
        await asyncio.sleep(2)

    with pytest.raises(KeyboardInterrupt):
        asyncio.run(main())
