"""The record of rule sets as plain data: each version loaded, and how a rule has performed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

__all__ = ["NewRuleVersion", "RuleEvidence", "RuleVersion", "Trigger"]


class Trigger(StrEnum):
    """Why a rule set was loaded."""

    START = "start"
    COMMAND = "command"
    FILE_CHANGE = "file change"


@dataclass(frozen=True, slots=True, kw_only=True)
class NewRuleVersion:
    """A rule set that loaded: ``guild_id`` None is the shared set; ``loaded_by`` None the bot.

    ``digest`` is a hash of the rule files' contents; ``summary`` the diff from the set before.
    """

    guild_id: int | None
    digest: str
    loaded_at: datetime
    trigger: Trigger
    rule_count: int
    loaded_by: int | None = None
    summary: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class RuleVersion:
    """A stored rule version with its id."""

    id: int
    guild_id: int | None
    digest: str
    loaded_at: datetime
    trigger: Trigger
    rule_count: int
    loaded_by: int | None
    summary: str


@dataclass(frozen=True, slots=True)
class RuleEvidence:
    """What happened to the posts a rule hit since a time, to judge it before enforcing it.

    ``hits`` counts the rule's cases per mode. Of the distinct posts its shadow cases are
    about, ``moderator_actioned`` later got a case from a moderator, ``enforced_elsewhere`` a
    case from an enforced rule of the bot, and ``reported`` a member's report; ``confirmed``
    counts the posts with any of the three.
    """

    rule_id: str
    enforce_hits: int = 0
    shadow_hits: int = 0
    shadow_posts: int = 0
    moderator_actioned: int = 0
    enforced_elsewhere: int = 0
    reported: int = 0
    confirmed: int = 0
