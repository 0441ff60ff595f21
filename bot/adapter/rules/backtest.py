"""/rules backtest: what one rule would have done over a channel's recent history, acting on
nothing. Text rules are checked per message; behaviour rules replay the messages, oldest first,
through a fresh ``Behaviour`` holding only that rule, so rates count as they would have."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TypeVar

import discord

from bot.adapter.shared.links import message_link
from bot.adapter.shared.translate import to_post
from bot.config import GuildConfig
from bot.core.behaviour.evaluator import Behaviour
from bot.core.engine import Engine
from bot.core.rules import Rule, RuleSet

__all__ = ["MAX_MESSAGES", "Backtest", "feed_in_turns", "read_history"]

# The most messages one backtest reads (about 50 history requests, which discord.py paces).
MAX_MESSAGES = 5000
# Progress is shown after every so many messages read.
PROGRESS_EVERY = 500
LISTED = 10

Progress = Callable[[int], Awaitable[None]]
Item = TypeVar("Item")


def only(rules: RuleSet, rule: Rule) -> RuleSet:
    """The rule set with just ``rule`` in its guideline."""
    return RuleSet(tuple(replace(g, rules=(rule,)) for g in rules.guidelines if rule in g.rules))


@dataclass
class Backtest:
    """One rule replayed over messages: each would-be action, with the messages it covers."""

    rule: Rule
    engine: Engine
    behaviour: Behaviour | None
    read: int = 0
    acted: list[tuple[int, int, str, tuple[int, ...]]] = field(default_factory=list)
    covered: set[int] = field(default_factory=set)

    @classmethod
    def of(cls, rule: Rule, engine: Engine) -> Backtest:
        """A backtest of ``rule`` from the rules in force (``engine``)."""
        behaviour = Behaviour(only(engine.ruleset, rule)) if rule.behaviour else None
        return cls(rule, engine, behaviour)

    def feed(self, message: discord.Message, guild: GuildConfig) -> None:
        """Replay one message (oldest first), noting what the rule would have done."""
        self.read += 1
        post = to_post(message, guild)
        channel = message.channel.id
        if self.behaviour is not None:
            for hit in self.behaviour.observe(post):
                if hit.opens:
                    self.acted.append((channel, message.id, hit.why, hit.message_ids))
                self.covered.update(hit.message_ids)
            return
        hits = [h for h in self.engine.check(post).hits if h.rule == self.rule.id]
        if hits:
            self.acted.append((channel, message.id, repr(hits[0].matched), (message.id,)))
            self.covered.add(message.id)

    def lines(self, guild_id: int, where: str, days: int) -> list[str]:
        """The answer: how often the rule would have acted, on how many messages, examples."""
        rule = self.rule
        mode = " (in shadow mode now)" if rule.mode.value == "shadow" else ""
        head = (
            f"`{rule.id}` ({rule.action.value}{mode}) over {self.read} messages in {where}, "
            f"last {days} day{'s' if days != 1 else ''}: "
        )
        if not self.acted:
            return [head + "it would not have acted. Nothing was done."]
        lines = [
            head + f"it would have acted {len(self.acted)} time(s), on {len(self.covered)} "
            "message(s). Nothing was done."
        ]
        for channel, message_id, why, ids in self.acted[:LISTED]:
            link = message_link(guild_id, channel, message_id)
            more = f" (+{len(ids) - 1} more messages)" if len(ids) > 1 else ""
            lines.append(f"• {link}: {why}{more}")
        if len(self.acted) > LISTED:
            lines.append(f"… and {len(self.acted) - LISTED} more.")
        if rule.behaviour and rule.behaviour.who:
            lines.append(
                "Author records and post counts are not replayed: `who` on them never holds."
            )
        return lines


async def feed_in_turns(items: Iterable[Item], feed: Callable[[Item], None]) -> None:
    """Feed each item, giving the event loop a turn after each: a backtest checks up to
    5,000 messages of up to 4,000 characters, seconds of work that must not hold up the
    moderation of new messages meanwhile."""
    for item in items:
        feed(item)
        await asyncio.sleep(0)


async def read_history(
    channel: discord.abc.Messageable, since: datetime, progress: Progress
) -> list[discord.Message]:
    """The channel's messages since ``since``, oldest first, at most ``MAX_MESSAGES``; read
    newest first (discord.py pages and paces the requests), ``progress`` told as it goes."""
    found: list[discord.Message] = []
    async for message in channel.history(limit=MAX_MESSAGES):
        if message.created_at < since:
            break
        found.append(message)
        if len(found) % PROGRESS_EVERY == 0:
            await progress(len(found))
    found.reverse()
    return found
