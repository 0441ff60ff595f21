"""What the executor acts on (a message or a forum post's thread) and what a hide leaves."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

import discord

from bot.adapter.hidden.kept_files import KeptFiles
from bot.core.cases import Case, HiddenPost

__all__ = ["Claim", "Claimed", "Deleted", "HideOutcome", "HideStatus", "Subject"]


class HideStatus(StrEnum):
    """Where a hide left the post."""

    HIDDEN = "hidden"  # copied and deleted (its thread closed), or hidden already
    GONE = "gone"  # deleted by someone else first (or its thread is): the copy is all there is
    FAILED = "failed"  # Discord refused: the post is still up


@dataclass(frozen=True, slots=True)
class HideOutcome:
    """A hide's case (with any failure Discord gave) and where it left the post."""

    case: Case
    status: HideStatus


@dataclass(frozen=True, slots=True)
class Claim:
    """A message's rule keys, claimed in the transaction that records its hide."""

    message_id: int
    rule_ids: tuple[str, ...]
    content_hash: str
    at: datetime


@dataclass(frozen=True, slots=True)
class Claimed:
    """The rule ids a claim got; ``cases`` when it got them all and the plan went ahead."""

    rule_ids: frozenset[str]
    cases: tuple[Case, ...] | None = None


@dataclass(frozen=True, slots=True)
class Deleted:
    """A hide's case after its DELETE; ``files`` (with ``copy``) only when the delete went
    through and the DM and outcome are still to come."""

    case: Case
    status: HideStatus = HideStatus.HIDDEN
    copy: HiddenPost | None = None
    files: KeptFiles | None = None


@dataclass(frozen=True, slots=True)
class Subject:
    """What a plan acts on: a message, or a forum post's thread whose starter message is gone
    (``message`` None), where the title is all there is to act on."""

    message_id: int  # a forum post's thread has its starter message's id
    author: discord.User | discord.Member
    jump_url: str
    message: discord.Message | None = None
    thread: discord.Thread | None = None

    @classmethod
    def of_message(cls, message: discord.Message, thread: discord.Thread | None) -> Subject:
        """A message; ``thread`` when it starts a forum post."""
        return cls(message.id, message.author, message.jump_url, message, thread)

    @classmethod
    def of_thread(cls, thread: discord.Thread, owner: discord.User | discord.Member) -> Subject:
        """A forum post's thread alone."""
        return cls(thread.id, owner, thread.jump_url, None, thread)
