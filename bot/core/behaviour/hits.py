"""What behaviour rules decide: hits on messages and raid mode changes, as plain data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from bot.core.behaviour.spec import RaidSpec
from bot.core.rules import Action, Mode

__all__ = ["BehaviourHit", "RaidChange", "RaidDecision", "RaidState"]


@dataclass(frozen=True, slots=True)
class BehaviourHit:
    """A behaviour rule acting on messages.

    ``case_key`` names the case the hit belongs to. ``opens`` is True for a new case (the
    adapter acts: warn, hide, flag or time out, covering every id in ``message_ids``); False
    when a flood already open goes on: the adapter adds the message to that case and, for
    ``hide``, hides it too, but never warns or times the author out again.
    """

    guideline: str
    rule: str
    action: Action
    mode: Mode
    severity: int
    message_ids: tuple[int, ...]
    why: str
    case_key: str
    opens: bool = True


class RaidChange(StrEnum):
    """Raid mode starting or ending."""

    START = "start"
    END = "end"


@dataclass(frozen=True, slots=True)
class RaidDecision:
    """Raid mode starts or ends in a guild: a mod-log alert, and the measures to take or undo.

    ``joins`` is how many members joined in the window that started it (0 on an end);
    ``why`` says what happened (the threshold crossed, a quiet period, a moderator).
    """

    guild_id: int
    rule: str
    change: RaidChange
    at: datetime
    joins: int
    why: str
    measures: RaidSpec


@dataclass(frozen=True, slots=True)
class RaidState:
    """A raid in progress, for ``/raid status``."""

    guild_id: int
    rule: str
    since: datetime
    last_join: datetime
    joins: int
    ends_after_quiet: datetime
    measures: RaidSpec
