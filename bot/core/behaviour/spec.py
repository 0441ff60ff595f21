"""What a behaviour rule asks for, as read from its YAML keys (compiled by ``Behaviour``)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

__all__ = [
    "BehaviourSpec",
    "Count",
    "FileCheck",
    "InviteCheck",
    "LinkCheck",
    "RaidSpec",
    "RateSpec",
    "Who",
]


class Count(StrEnum):
    """What a rate rule counts per author within its window."""

    MESSAGES = "messages"
    DUPLICATES = "duplicates"  # identical or near-identical texts, in any channel
    LINKS = "links"
    ATTACHMENTS = "attachments"
    EMOJI = "emoji"
    LINES = "lines"
    MENTIONS = "mentions"  # of users and roles
    EVERYONE = "everyone"  # attempts at @everyone / @here


@dataclass(frozen=True, slots=True)
class RateSpec:
    """More than ``limit`` of ``count`` within ``seconds`` is a flood."""

    count: Count
    limit: int
    seconds: float


@dataclass(frozen=True, slots=True)
class LinkCheck:
    """Which links hit: on ``deny``, off ``allow`` (when given), masked links whose text shows
    another domain (``spoofed``), or any link at all (``any``). Domains match subdomains."""

    allow: frozenset[str] = frozenset()
    deny: frozenset[str] = frozenset()
    spoofed: bool = False
    any: bool = False


@dataclass(frozen=True, slots=True)
class InviteCheck:
    """Discord invites hit unless their code is one of ``allow`` (the server's own)."""

    allow: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class FileCheck:
    """Attachments hit by file extension (lowercase, no dot) or content type (``image/*``)."""

    extensions: frozenset[str] = frozenset()
    content_types: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Who:
    """Conditions on the author, all of which must hold; None means no condition.

    Durations are seconds. A condition on a fact the post does not carry (an unknown join
    time) does not hold, so a rule never acts on a guess.
    """

    account_age_under: float | None = None
    joined_under: float | None = None
    roles: frozenset[str] = frozenset()
    without_roles: frozenset[str] = frozenset()
    prior_warnings_at_least: int | None = None
    prior_cases_at_least: int | None = None
    posts_under: int | None = None


@dataclass(frozen=True, slots=True)
class RaidSpec:
    """``joins`` members joining within ``seconds`` start raid mode; ``quiet`` seconds without
    a join end it. The measures are what the adapter does while it lasts."""

    joins: int
    seconds: float
    quiet: float
    slowmode_channels: frozenset[str] = frozenset()
    slowmode_seconds: int = 0
    premoderate: bool = False
    pause_invites: bool = False


@dataclass(frozen=True, slots=True)
class BehaviourSpec:
    """The behaviour keys of one rule. With a trigger (rate, links, invites, files, raid) the
    rule is a behaviour rule; ``who`` alone gates a text rule, or, on a rule without words,
    makes every post of such an author a hit (pre-moderation)."""

    rate: RateSpec | None = None
    links: LinkCheck | None = None
    invites: InviteCheck | None = None
    files: FileCheck | None = None
    who: Who | None = None
    raid: RaidSpec | None = None
    examples_match: tuple[str, ...] = ()
    examples_no_match: tuple[str, ...] = ()
