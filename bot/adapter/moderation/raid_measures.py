"""Carry out raid mode on Discord: an alert in the mod log, slowmode on the named channels and
invites paused while it lasts, all undone when it ends."""

from __future__ import annotations

import logging
from collections.abc import Awaitable
from datetime import timedelta

import discord

from bot.adapter.shared.failures import failure_text
from bot.adapter.shared.mod_log import ModLog
from bot.core.behaviour.hits import RaidChange, RaidDecision
from bot.core.behaviour.spec import RaidSpec

__all__ = ["RaidMeasures", "raid_line"]

log = logging.getLogger(__name__)

# Discord pauses invites for at most a day; raid mode's end lifts the pause sooner.
INVITE_PAUSE = timedelta(hours=24)


def _measures_text(spec: RaidSpec) -> str:
    """The measures a raid rule takes, in words."""
    parts = []
    if spec.slowmode_channels and spec.slowmode_seconds:
        names = ", ".join(f"#{c}" for c in sorted(spec.slowmode_channels))
        parts.append(f"slowmode {spec.slowmode_seconds}s on {names}")
    if spec.premoderate:
        parts.append("posts of members who joined during the raid held for review")
    if spec.pause_invites:
        parts.append("invites paused")
    return "; ".join(parts) or "no measures configured"


def raid_line(decision: RaidDecision) -> str:
    """The mod-log alert of a raid starting or ending."""
    if decision.change is RaidChange.START:
        return (
            f"**Raid mode on** ({decision.rule}): {decision.why}. "
            f"Measures: {_measures_text(decision.measures)}. `/raid off` ends it."
        )
    return f"**Raid mode off** ({decision.rule}): {decision.why}."


class RaidMeasures:
    """Take and undo each raid's measures; what a channel's slowmode was is kept to undo it."""

    def __init__(self, mod_log: ModLog) -> None:
        self.mod_log = mod_log
        # (guild, rule) -> channel id -> the slowmode it had before the raid.
        self._slowed: dict[tuple[int, str], dict[int, int]] = {}

    async def apply(self, guild: discord.Guild, decision: RaidDecision) -> list[str]:
        """Alert the mod log, then take (a start) or undo (an end) the measures; the
        failures, in words (also in the mod log)."""
        await self.mod_log.post(guild.id, raid_line(decision), about=f"raid {decision.rule}")
        if decision.change is RaidChange.START:
            failures = await self._start(guild, decision)
        else:
            failures = await self._end(guild, decision)
        if failures:
            text = f"Raid mode ({decision.rule}) measures failed: " + "; ".join(failures)
            await self.mod_log.post(guild.id, text, about=f"raid {decision.rule}")
        return failures

    async def _start(self, guild: discord.Guild, decision: RaidDecision) -> list[str]:
        spec = decision.measures
        failures = []
        slowed = self._slowed.setdefault((guild.id, decision.rule), {})
        if spec.slowmode_seconds:
            for channel in _named_channels(guild, spec.slowmode_channels):
                before = channel.slowmode_delay
                error = await _call(channel.edit(slowmode_delay=spec.slowmode_seconds))
                if error:
                    failures.append(f"slowmode on #{channel.name}: {error}")
                else:
                    slowed.setdefault(channel.id, before)
        if spec.pause_invites:
            until = decision.at + INVITE_PAUSE
            error = await _call(guild.edit(invites_disabled_until=until, reason="raid mode"))
            if error:
                failures.append(f"pausing invites: {error}")
        return failures

    async def _end(self, guild: discord.Guild, decision: RaidDecision) -> list[str]:
        failures = []
        for channel_id, before in self._slowed.pop((guild.id, decision.rule), {}).items():
            channel = guild.get_channel(channel_id)
            if not isinstance(channel, discord.TextChannel):
                continue
            error = await _call(channel.edit(slowmode_delay=before))
            if error:
                failures.append(f"slowmode on #{channel.name}: {error}")
        if decision.measures.pause_invites:
            # discord.py sends None as "invites back on" (its annotation says datetime only).
            resume = guild.edit(invites_disabled_until=None, reason="raid mode over")  # type: ignore[arg-type]
            error = await _call(resume)
            if error:
                failures.append(f"resuming invites: {error}")
        return failures


def _named_channels(guild: discord.Guild, names: frozenset[str]) -> list[discord.TextChannel]:
    """The guild's text channels named (or with the id) in ``names``."""
    return [c for c in guild.text_channels if c.name in names or str(c.id) in names]


async def _call(call: Awaitable[object]) -> str:
    """Await a Discord call; the failure in words, or '' when it went through."""
    try:
        await call
    except discord.HTTPException as exc:
        log.warning("raid measure failed: %s", failure_text(exc))
        return failure_text(exc)
    return ""
