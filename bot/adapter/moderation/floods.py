"""Behaviour hits on the message path: a flood's case lists every message it covers, a hide
removes them all, and later messages of the flood join that case without acting again."""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Sequence

import discord

from bot.adapter.hidden.held import post_held_card
from bot.adapter.moderation.executor import Executor
from bot.adapter.moderation.subjects import Subject
from bot.config import Config
from bot.core.behaviour.hits import BehaviourHit
from bot.core.cases import Case
from bot.core.policy import Plan
from bot.core.rules import Action, Mode, RuleSet
from bot.core.verdict import Hit
from bot.storage import Database

__all__ = ["Floods", "as_hit"]

log = logging.getLogger(__name__)

# Actions whose case hides the messages it covers (a timeout hides as well, as in ``plan``).
HIDING = (Action.HIDE, Action.TIMEOUT)
# Floods whose case ids are kept in memory (a lookup in the database past that).
REMEMBERED = 10_000


def as_hit(act: BehaviourHit) -> Hit:
    """A behaviour hit as the policy plans hits: the reason stands where matched text would."""
    return Hit(
        act.guideline, act.rule, act.action, act.mode, act.severity, act.why, (0, 0), "behaviour"
    )


class Floods:
    """Record which messages behaviour cases cover, and hide the rest of a flood."""

    def __init__(
        self, client: discord.Client, db: Database, config: Config, executor: Executor
    ) -> None:
        self.client = client
        self.db = db
        self.config = config
        self.executor = executor
        # Case ids of recent floods by key: a flood's later messages skip the lookup.
        self._cases: OrderedDict[str, int] = OrderedDict()

    async def opened(
        self,
        acts: Sequence[BehaviourHit],
        plan: Plan,
        cases: Sequence[Case],
        subject: Subject,
        rules: RuleSet,
    ) -> None:
        """List each opening hit's messages on its case; under a hide, hide the others too,
        and a post held by pre-moderation waits in the queue with a Restore button.

        ``cases`` are ``carry_out``'s for ``plan``: the shadow hits' first, then one per step.
        """
        shadow = [([hit], case, None) for hit, case in zip(plan.shadow, cases, strict=False)]
        steps = zip(plan.steps, cases[len(plan.shadow) :], strict=False)
        taken = shadow + [(list(step.hits), case, step.action) for step, case in steps]
        for act in acts:
            mine = [(case, action) for hits, case, action in taken if _has(hits, act.rule)]
            if not mine:
                continue  # claimed before: this content already acted
            first = mine[0][0]
            await self.db.case_messages.add(first.id, act.message_ids, key=act.case_key)
            self._remember(act.case_key, first.id)
            hide = next((case for case, action in mine if action is Action.HIDE), None)
            others = [m for m in act.message_ids if m != subject.message_id]
            if hide is not None and others and subject.message is not None:
                await self._hide_others(hide, others, subject.message)
            if hide is not None and _premoderates(rules, act.rule):
                await self._hold(hide, subject, act.why)

    async def _hold(self, case: Case, subject: Subject, why: str) -> None:
        """Queue the held post's card, if the hide left a copy."""
        hidden = await self.db.hidden.by_message(subject.message_id)
        if hidden is None or hidden.case_id != case.id:
            return
        queue = self.config.guild(case.guild_id).queue_channel
        await post_held_card(self.client, queue, hidden, case, why)

    async def joined(self, acts: Sequence[BehaviourHit], subject: Subject) -> list[Case]:
        """Add a message to the open floods' cases (one write for all); hide it too if one of
        them hides, and return the cases that hid it."""
        found: list[tuple[BehaviourHit, int]] = []
        for act in acts:
            case_id = self._cases.get(act.case_key)
            if case_id is None:
                case_id = await self.db.case_messages.case_for_key(act.case_key)
            if case_id is None:
                # The flood opened before a restart, or its case was not recorded.
                log.info("message %s: no case for flood %s", subject.message_id, act.case_key)
                continue
            self._remember(act.case_key, case_id)
            found.append((act, case_id))
        if not found:
            return []
        await self.db.case_messages.add_links([(c, subject.message_id) for _, c in found])
        hiding = [c for a, c in found if a.mode is Mode.ENFORCE and a.action in HIDING]
        if not hiding or subject.message is None:
            return []
        case = await self.db.cases.get(hiding[0])
        if case is None:
            return []
        await self.executor.hide_also(subject.message, case)
        return [case]

    def _remember(self, key: str, case_id: int) -> None:
        """Keep a flood's case id at hand, the least recently used dropped past the cap."""
        self._cases[key] = case_id
        self._cases.move_to_end(key)
        if len(self._cases) > REMEMBERED:
            self._cases.popitem(last=False)

    async def _hide_others(
        self, case: Case, message_ids: list[int], current: discord.Message
    ) -> None:
        """Hide the flood's earlier messages: from the client's cache, else fetched from the
        channel of the message that opened it (where a flood of one channel posts)."""
        wanted = set(message_ids)
        cached = {m.id: m for m in self.client.cached_messages if m.id in wanted}
        for message_id in message_ids:
            message = cached.get(message_id) or await self._fetch(current, message_id)
            if message is None:
                await self.executor.note_failure(case, f"message {message_id}: not found")
                continue
            await self.executor.hide_also(message, case)

    async def _fetch(self, current: discord.Message, message_id: int) -> discord.Message | None:
        """A message of the flood the cache no longer holds, from the current channel."""
        try:
            return await current.channel.fetch_message(message_id)
        except discord.HTTPException as exc:
            log.info("message %s: cannot fetch it to hide: %s", message_id, exc.status)
            return None


def _premoderates(rules: RuleSet, rule_id: str) -> bool:
    """Whether the rule holds posts back for a moderator: it judges who posts (``who``) or
    who joined during a raid."""
    rule = next((r for r in rules.rules if r.id == rule_id), None)
    spec = rule.behaviour if rule is not None else None
    return spec is not None and (spec.who is not None or spec.raid is not None)


def _has(hits: Sequence[Hit], rule: str) -> bool:
    """Whether a step's hits include the rule's."""
    return any(h.rule == rule for h in hits)
