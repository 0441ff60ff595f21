"""Post to a guild's mod-log channel: case lines gathered per second, and notes at once."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field

import discord

from bot.adapter.shared.failures import failure_text
from bot.adapter.shared.notices import ECHO_SAFE, mod_log_line
from bot.config import Config
from bot.core.cases import Case

__all__ = ["BATCH_S", "ModLog"]

log = logging.getLogger(__name__)

MESSAGE_LIMIT = 2000
# Case lines that come within this long of a channel's last post go together in its next one.
BATCH_S = 1.0


@dataclass(frozen=True, slots=True)
class _Line:
    """A case line waiting for its channel's next post, and what it is about (for the log)."""

    text: str
    about: str


@dataclass(slots=True)
class _Channel:
    """A mod-log channel's waiting lines, its sender task, and when it last posted."""

    lines: list[_Line] = field(default_factory=list)
    sender: asyncio.Task[None] | None = None
    last: float = float("-inf")


class ModLog:
    """The mod-log channels; a post that fails is logged and never fails what it reports.

    At 100 hides a second a post per case would be 100 requests a second to one channel
    (Discord allows about 5 in 5 seconds there) and as many gateway events echoed back, each
    taking the event loop from the next message's delete. So a channel's first line goes out
    at once, and the lines that come within ``BATCH_S`` of its last post go together (up to
    Discord's 2,000 characters a message) in the next one, a second after it. Nobody waits
    for a line: ``drain`` posts those still waiting on shutdown.
    """

    def __init__(self, client: discord.Client, config: Config) -> None:
        self.client = client
        self.config = config
        self._channels: dict[int, _Channel] = {}

    def channel_id(self, guild_id: int | None) -> int | None:
        """The guild's mod-log channel, if one is set."""
        return self.config.guild(guild_id).mod_log_channel

    async def case(self, case: Case, jump_url: str = "") -> None:
        """Queue a case's line, with a link to what it is about, for its channel's next post."""
        channel_id = self.channel_id(case.guild_id)
        if channel_id is None:
            return
        text = mod_log_line(case, jump_url)[:MESSAGE_LIMIT]
        channel = self._channels.setdefault(channel_id, _Channel())
        channel.lines.append(_Line(text, f"case {case.id}"))
        if channel.sender is None:
            sender = asyncio.get_running_loop().create_task(self._send_lines(channel_id, channel))
            channel.sender = sender

    async def post(self, guild_id: int | None, text: str, *, about: str) -> None:
        """Post ``text`` to the guild's mod log at once, if it has one; ``about`` names it in
        the log."""
        channel_id = self.channel_id(guild_id)
        if channel_id is not None:
            await self._send(channel_id, text[:MESSAGE_LIMIT], about)

    async def drain(self) -> None:
        """Post the lines still waiting (on shutdown)."""
        senders = [c.sender for c in self._channels.values() if c.sender is not None]
        if senders:
            await asyncio.wait(senders)

    async def _send_lines(self, channel_id: int, channel: _Channel) -> None:
        """Post the channel's waiting lines, a message a ``BATCH_S`` at most, until none wait."""
        loop = asyncio.get_running_loop()
        try:
            while channel.lines:
                wait = channel.last + BATCH_S - loop.time()
                if wait > 0:
                    await asyncio.sleep(wait)
                lines, channel.lines = channel.lines, []
                for batch in _batches(lines):
                    about = ", ".join(line.about for line in batch)
                    await self._send(channel_id, "\n".join(line.text for line in batch), about)
                channel.last = loop.time()
        except asyncio.CancelledError:
            if channel.lines:
                log.warning("mod log %s: %d lines not posted", channel_id, len(channel.lines))
            raise
        except Exception:
            # Not Discord's failure (that is logged per post): it never fails what it reports.
            log.exception("mod log %s: lines not posted", channel_id)
            channel.lines = []
        finally:
            channel.sender = None

    async def _send(self, channel_id: int, text: str, about: str) -> None:
        """One message to a mod-log channel; a failure is logged with what it was about."""
        channel = self.client.get_partial_messageable(channel_id)
        try:
            await channel.send(text, allowed_mentions=ECHO_SAFE)
        except discord.HTTPException as exc:
            log.info("%s: could not post to the mod log: %s", about, failure_text(exc))


def _batches(lines: list[_Line]) -> list[list[_Line]]:
    """Split lines, in order, into messages of at most ``MESSAGE_LIMIT`` characters."""
    batches: list[list[_Line]] = []
    size = MESSAGE_LIMIT + 1
    for line in lines:
        if size + 1 + len(line.text) > MESSAGE_LIMIT:
            batches.append([])
            size = -1
        batches[-1].append(line)
        size += 1 + len(line.text)
    return batches
