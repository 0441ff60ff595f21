"""What behaviour rules' ``who`` asks of an author beyond the message: their record and posts."""

from __future__ import annotations

from collections import OrderedDict
from datetime import datetime

from bot.core.rules import Rule, RuleSet
from bot.storage import Database
from bot.storage.case_messages import MemberRecord

__all__ = ["AuthorFacts", "PostCounts"]

# Members whose posts are counted at once; the least recently seen go first.
MAX_COUNTED = 100_000


class PostCounts:
    """Posts seen per member who joined while the bot was running.

    For such a member the count is exact (the bot saw every post since the join); for anyone
    else it is unknown (None) and a ``posts_under`` rule does not act on a guess. A member
    dropped at the cap makes every member who joined up to then unknown again.
    """

    def __init__(self, since: datetime, cap: int = MAX_COUNTED) -> None:
        self.since = since
        self.cap = cap
        self._counts: OrderedDict[tuple[int, int], tuple[int, datetime]] = OrderedDict()

    def seen(self, guild_id: int, member_id: int, joined_at: datetime | None) -> int | None:
        """The member's posts before this one, or None when unknown; this one is counted."""
        key = (guild_id, member_id)
        found = self._counts.pop(key, None)
        if found is None:
            if joined_at is None or joined_at <= self.since:
                return None
            found = (0, joined_at)
        before, joined = found
        self._counts[key] = (before + 1, joined)
        if len(self._counts) > self.cap:
            _, (_, dropped) = self._counts.popitem(last=False)
            self.since = max(self.since, dropped)
        return before


class AuthorFacts:
    """An author's record from the case store, asked only when a rule in force needs it."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._needs: dict[int | None, tuple[RuleSet, bool]] = {}

    def needs_record(self, guild_id: int | None, rules: RuleSet) -> bool:
        """Whether a rule of ``rules`` asks for prior warnings or cases (worked out per set)."""
        known = self._needs.get(guild_id)
        if known is None or known[0] is not rules:
            known = (rules, any(_asks_record(rule) for rule in rules.rules))
            self._needs[guild_id] = known
        return known[1]

    async def record(
        self, guild_id: int, author_id: int, rules: RuleSet, now: datetime
    ) -> MemberRecord | None:
        """The author's warnings and cases on record, in one query, if a rule needs them."""
        if not self.needs_record(guild_id, rules):
            return None
        return await self.db.case_messages.record(guild_id, author_id, now=now)


def _asks_record(rule: Rule) -> bool:
    """Whether a rule's ``who`` names prior warnings or prior cases."""
    who = rule.behaviour.who if rule.behaviour is not None else None
    return who is not None and (
        who.prior_warnings_at_least is not None or who.prior_cases_at_least is not None
    )
