"""Compiled-from-YAML rule values: what a rule matches, where it applies and what it does."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from bot.core.behaviour.spec import BehaviourSpec

if TYPE_CHECKING:
    from bot.core.readings import Readings
    from bot.core.scorer import Model

__all__ = [
    "ACTION_RANK",
    "Action",
    "Guideline",
    "Mode",
    "Rule",
    "RuleSet",
    "Scope",
    "ScoreCondition",
    "Source",
]


class Action(StrEnum):
    """What the bot does about a hit."""

    FLAG = "flag"
    WARN = "warn"
    HIDE = "hide"
    TIMEOUT = "timeout"


# Harshest wins when several rules hit one post.
ACTION_RANK: dict[Action, int] = {Action.FLAG: 0, Action.WARN: 1, Action.HIDE: 2, Action.TIMEOUT: 3}


class Mode(StrEnum):
    """Enforce acts on Discord; shadow only records the hit."""

    ENFORCE = "enforce"
    SHADOW = "shadow"


@dataclass(frozen=True, slots=True)
class Source:
    """Where a value was written, so every error can name file and line."""

    file: str
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True, slots=True)
class Scope:
    """Where a rule applies: empty include sets mean everywhere.

    Channel entries are ids or names; a thread is judged by its parent channel.
    """

    channels: frozenset[str] = frozenset()
    exclude_channels: frozenset[str] = frozenset()
    exempt_roles: frozenset[str] = frozenset()
    exempt_moderators: bool = True


@dataclass(frozen=True, slots=True)
class ScoreCondition:
    """A rule's learned-scorer condition: the named model's score must exceed ``above``.

    ``scorer`` is the model as loaded with the rules; it is left out of comparisons so that
    reloading the same file does not count as a change.
    """

    model: str
    above: float
    scorer: Model = field(compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule of a guideline, as the engine compiles it."""

    id: str
    guideline: str
    action: Action
    # Further guidelines each hit counts under (a threat at a person is also not nice); the
    # hit still acts once, under ``guideline``.
    also: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    regex: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    # RE2 regexes whose matches cancel overlapping hits of this rule in the same view.
    unless_regex: tuple[str, ...] = ()
    # Contexts that cancel a hit on their own side only: a ``before`` regex covers the context
    # and the words after it, and cancels the hits starting after the context starts; an
    # ``after`` regex covers the words before the context and it, and cancels the hits
    # ending before it ends. A context inside a hit ("a threat to" in "... are a threat to
    # society") thus never cancels that hit.
    context_before: tuple[str, ...] = ()
    context_after: tuple[str, ...] = ()
    # Hits wholly inside quotation marks in the original text do not count (quoted speech).
    unless_quoted: bool = False
    mode: Mode = Mode.ENFORCE
    severity: int = 2
    description: str = ""
    tell_author: str = ""
    examples_match: tuple[str, ...] = ()
    examples_no_match: tuple[str, ...] = ()
    scope: Scope = field(default_factory=Scope)
    score: ScoreCondition | None = None
    source: Source = field(default_factory=lambda: Source("<memory>", 0))
    # Rates, links, invites, files, who posts and raids (``bot.core.behaviour``).
    behaviour: BehaviourSpec | None = None
    # Dialect spellings read as standard words; the rule also matches the read text.
    readings: Readings | None = None


@dataclass(frozen=True, slots=True)
class Guideline:
    """A community guideline (one YAML file) and its rules."""

    id: str
    title: str
    summary: str
    rules: tuple[Rule, ...] = ()
    source: Source = field(default_factory=lambda: Source("<memory>", 0))


@dataclass(frozen=True, slots=True)
class RuleSet:
    """Every guideline loaded together; rule ids are unique across the set."""

    guidelines: tuple[Guideline, ...] = ()

    @property
    def rules(self) -> tuple[Rule, ...]:
        """All rules of all guidelines, in file order."""
        return tuple(rule for g in self.guidelines for rule in g.rules)

    def rule(self, rule_id: str) -> Rule | None:
        """The rule with this id, if any."""
        return next((r for r in self.rules if r.id == rule_id), None)
