"""The behaviour evaluator: one call per message and per join, declarative decisions out.

Compiled from a rule set beside the text ``Engine``. It keeps in memory, per guild, the rate
windows (``rates.Rates``) and raid watches; losing them on a restart only forgets open
windows, as every decision is returned for the adapter to store as a case.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from bot.core.behaviour import who as who_rules
from bot.core.behaviour.features import Features
from bot.core.behaviour.hits import BehaviourHit, RaidDecision, RaidState
from bot.core.behaviour.judge import judge, judge_alone
from bot.core.behaviour.raids import RaidWatch
from bot.core.behaviour.rates import MAX_AUTHORS, Rates, count
from bot.core.behaviour.spec import BehaviourSpec, Count, RateSpec, Who
from bot.core.engine import in_scope
from bot.core.post import Post
from bot.core.rules import Rule, RuleSet
from bot.core.verdict import Verdict

__all__ = ["Behaviour", "Join"]


@dataclass(frozen=True, slots=True)
class Join:
    """A member joining a guild, with the time Discord gives for it."""

    guild_id: int
    member_id: int
    joined_at: datetime
    account_created_at: datetime | None = None


class _Guild:
    """The in-memory state of one guild."""

    __slots__ = ("raids", "rates")

    def __init__(self, horizon: float, max_authors: int) -> None:
        self.rates = Rates(horizon, max_authors)
        self.raids: dict[str, RaidWatch] = {}


class Behaviour:
    """Behaviour rules of a rule set, and the state they keep per guild."""

    def __init__(self, ruleset: RuleSet, *, max_authors: int = MAX_AUTHORS) -> None:
        self.ruleset = ruleset
        self.max_authors = max_authors
        specs = [(r, r.behaviour) for r in ruleset.rules if r.behaviour is not None]
        self._who = {r.id: b.who for r, b in specs if b.who is not None}
        acting = [(r, b) for r, b in specs if not (r.words or r.regex)]
        self._specs = [(r, b) for r, b in acting if b.rate or b.links or b.invites]
        self._rates = [(r, b.rate, _plain(r)) for r, b in acting if b.rate is not None]
        self._raids = [(r, b.raid) for r, b in acting if b.raid is not None]
        self._each = [(r, b, _plain(r)) for r, b in acting if not (b.rate or b.raid)]
        self._horizon = max((rate.seconds for _, rate, _ in self._rates), default=0.0)
        self._guilds: dict[int, _Guild] = {}

    def reload(self, ruleset: RuleSet) -> Behaviour:
        """A Behaviour for new rules that takes over this one's open windows and raids (this
        one is not to be used after): a rule reload does not forget a flood or a raid."""
        fresh = Behaviour(ruleset, max_authors=self.max_authors)
        fresh._guilds = self._guilds
        raids = {rule.id: spec for rule, spec in fresh._raids}
        for guild in self._guilds.values():
            guild.rates.horizon = fresh._horizon
            guild.rates.max_authors = fresh.max_authors
            guild.raids = {
                k: replace(w, spec=raids[k]) for k, w in guild.raids.items() if k in raids
            }
        return fresh

    def observe(self, post: Post) -> list[BehaviourHit]:
        """The behaviour hits of one message; rate windows move on with the post's time."""
        message = Features(post)
        hits = [h for entry in self._each if (h := self._single(*entry, message)) is not None]
        if post.created_at is None or post.guild_id is None:
            return hits
        at = post.created_at.timestamp()
        if self._rates and post.author_id is not None:
            hits += self._rate_hits(message, at)
        if self._raids:
            hits += self._raid_hits(post, at)
        return hits

    def test(self, text: str) -> list[tuple[str, str]]:
        """The rules a message with this text would break on its own, with why, ignoring
        ``who`` and earlier messages (``/rules test``)."""
        found = []
        for rule, spec in self._specs:
            why = judge_alone(spec, text)
            if why is not None:
                found.append((rule.id, why))
        return found

    def admits(self, verdict: Verdict) -> Verdict:
        """The verdict without hits of text rules whose ``who`` the author does not meet."""
        if not self._who or not verdict.hits:
            return verdict
        post = verdict.post
        kept = tuple(
            h
            for h in verdict.hits
            if h.rule not in self._who or who_rules.admits(self._who[h.rule], post)
        )
        return verdict if len(kept) == len(verdict.hits) else Verdict(post, kept)

    def _single(
        self, rule: Rule, spec: BehaviourSpec, plain: bool, message: Features
    ) -> BehaviourHit | None:
        """A hit of a rule judged on the message alone (links, invites, files, who)."""
        post = message.post
        if not _applies(rule, spec.who, plain, post):
            return None
        why = judge(spec, message)
        if why is None:
            return None
        mid = post.message_id or 0
        return _hit(rule, (mid,), why, f"{rule.id}:{post.author_id or 0}:{mid}")

    def _rate_hits(self, message: Features, at: float) -> list[BehaviourHit]:
        """Rate rules' hits: a flood opened by this message, or one it goes on with."""
        post = message.post
        assert post.author_id is not None and post.guild_id is not None
        rates = self._guild(post.guild_id).rates
        author, mid = post.author_id, post.message_id or 0
        state = None
        hits: list[BehaviourHit] = []
        for rule, rate, plain in self._rates:
            added = message.amount(rate.count)
            if not added or not _applies(rule, self._who.get(rule.id), plain, post):
                continue
            key = message.key() if rate.count is Count.DUPLICATES else ""
            state = state or rates.touch(author, at)
            flood = count(state, rule.id, rate, author, mid, added, key)
            if flood is not None:
                why = _rate_why(rate, flood.total)
                hits.append(_hit(rule, flood.message_ids, why, flood.key, opens=flood.opens))
        return hits

    def _raid_hits(self, post: Post, at: float) -> list[BehaviourHit]:
        """Pre-moderation hits on posts of members who joined during a raid."""
        if post.joined_at is None or post.guild_id not in self._guilds:
            return []
        guild = self._guilds[post.guild_id]
        joined = post.joined_at.timestamp()
        hits = []
        for rule, spec in self._raids:
            watch = guild.raids.get(rule.id)
            if (
                spec.premoderate
                and watch
                and watch.covers(joined, at)
                and in_scope(rule.scope, post)
            ):
                mid = post.message_id or 0
                why = "posted by a member who joined during raid mode"
                hits.append(_hit(rule, (mid,), why, f"{rule.id}:{post.author_id or 0}:{mid}"))
        return hits

    def observe_join(self, join: Join) -> list[RaidDecision]:
        """Raid mode changes a member's join makes (a start, or the end of a quiet raid)."""
        if not self._raids:
            return []
        guild = self._guild(join.guild_id)
        at = join.joined_at.timestamp()
        decisions = []
        for rule, spec in self._raids:
            watch = guild.raids.get(rule.id)
            if watch is None:
                watch = guild.raids[rule.id] = RaidWatch(join.guild_id, rule.id, spec)
            decision = watch.join(at)
            if decision is not None:
                decisions.append(decision)
        return decisions

    def tick(self, guild_id: int, now: datetime) -> list[RaidDecision]:
        """Raids whose quiet period has passed by ``now`` end (the adapter's clock)."""
        guild = self._guilds.get(guild_id)
        if guild is None:
            return []
        ended = (w.quiet(now.timestamp()) for w in guild.raids.values())
        return [d for d in ended if d is not None]

    def end_raid(self, guild_id: int, at: datetime, by: str) -> list[RaidDecision]:
        """End every raid of the guild now (``/raid off``); ``by`` names who ended it."""
        guild = self._guilds.get(guild_id)
        if guild is None:
            return []
        ended = (w.end(at.timestamp(), f"ended by {by}") for w in guild.raids.values())
        return [d for d in ended if d is not None]

    def raid_status(self, guild_id: int) -> list[RaidState]:
        """The raids in progress in the guild (``/raid status``)."""
        guild = self._guilds.get(guild_id)
        if guild is None:
            return []
        return [s for w in guild.raids.values() if (s := w.state()) is not None]

    def tracked_authors(self, guild_id: int) -> int:
        """How many authors the guild's windows hold (bounded by ``max_authors``)."""
        guild = self._guilds.get(guild_id)
        return 0 if guild is None else len(guild.rates)

    def _guild(self, guild_id: int) -> _Guild:
        guild = self._guilds.get(guild_id)
        if guild is None:
            guild = self._guilds[guild_id] = _Guild(self._horizon, self.max_authors)
        return guild


def _plain(rule: Rule) -> bool:
    """Whether the rule's scope names no channel or role (only moderators can be exempt)."""
    scope = rule.scope
    return not (scope.channels or scope.exclude_channels or scope.exempt_roles)


def _applies(rule: Rule, who: Who | None, plain: bool, post: Post) -> bool:
    """Whether the rule's scope covers the post and its author meets the rule's ``who``."""
    if plain:
        if post.is_moderator and rule.scope.exempt_moderators:
            return False
    elif not in_scope(rule.scope, post):
        return False
    return who is None or who_rules.admits(who, post)


def _hit(
    rule: Rule, ids: tuple[int, ...], why: str, key: str, *, opens: bool = True
) -> BehaviourHit:
    """A hit of ``rule`` on the messages ``ids``."""
    return BehaviourHit(
        rule.guideline, rule.id, rule.action, rule.mode, rule.severity, ids, why, key, opens
    )


def _rate_why(rate: RateSpec, total: int) -> str:
    """A rate hit's reason: how many, of what, within which window."""
    return f"{total} {rate.count} within {rate.seconds:g}s (at most {rate.limit} allowed)"
