"""The moderation record as plain data: cases, hidden-post copies and rule counts.

The storage package returns these; the pure policy code reads them. No I/O here.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from bot.core.rules import Mode

__all__ = [
    "Attachment",
    "Case",
    "CaseKind",
    "HiddenPost",
    "HiddenStatus",
    "NewCase",
    "NewHiddenPost",
    "Outcome",
    "RuleCount",
    "content_hash",
]


class CaseKind(StrEnum):
    """What a case records; new kinds need no migration (the column is plain text)."""

    WARN = "warn"
    HIDE = "hide"
    FLAG = "flag"
    TIMEOUT = "timeout"
    RESTORE = "restore"
    PARDON = "pardon"
    DISMISS = "dismiss"
    REPORT_HIDE = "report_hide"
    PURGE = "purge"


class Outcome(StrEnum):
    """How the Discord side of a case went: pending until the API call returns."""

    PENDING = "pending"
    OK = "ok"
    FAILED = "failed"


class HiddenStatus(StrEnum):
    """Whether a hidden post's copy is still hidden, has been put back, or has had its text
    and files deleted by a moderator (the record of who, where and when stays)."""

    HIDDEN = "hidden"
    RESTORED = "restored"
    PURGED = "purged"


def content_hash(text: str, title: str = "") -> str:
    """Hash a post's title and text (NFC) so an edit to the same content is recognised."""
    body = unicodedata.normalize("NFC", f"{title}\x00{text}")
    return hashlib.sha256(body.encode()).hexdigest()


@dataclass(frozen=True, slots=True, kw_only=True)
class NewCase:
    """A case to record. ``actor_id`` None means the bot acted; times are tz-aware.

    ``target_id`` is the member the case is about, ``related_case_id`` the case this one
    answers (the warning a pardon voids, the hide a restore undoes). ``content_hash`` with
    ``message_id`` and ``rule_id`` is the idempotency key of an automatic action.
    """

    guild_id: int
    kind: CaseKind
    created_at: datetime
    target_id: int | None = None
    actor_id: int | None = None
    channel_id: int | None = None
    message_id: int | None = None
    guideline: str | None = None
    rule_id: str | None = None
    reason: str = ""
    mode: Mode = Mode.ENFORCE
    content_hash: str | None = None
    expires_at: datetime | None = None
    related_case_id: int | None = None
    outcome: Outcome = Outcome.PENDING
    outcome_detail: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Case:
    """A recorded case: a ``NewCase`` plus its id, current outcome and voiding.

    ``outcome_detail`` holds the Discord error text of a failure (``403 Missing
    Permissions``). A voided case (a pardoned warning) no longer counts towards escalation.
    """

    id: int
    guild_id: int
    kind: CaseKind
    created_at: datetime
    target_id: int | None
    actor_id: int | None
    channel_id: int | None
    message_id: int | None
    guideline: str | None
    rule_id: str | None
    reason: str
    mode: Mode
    content_hash: str | None
    expires_at: datetime | None
    related_case_id: int | None
    outcome: Outcome
    outcome_detail: str
    voided_at: datetime | None = None
    voided_by: int | None = None

    @property
    def voided(self) -> bool:
        """True once the case has been pardoned."""
        return self.voided_at is not None


@dataclass(frozen=True, slots=True)
class RuleCount:
    """How many cases a rule produced in a window, per mode (shadow rules included)."""

    guideline: str | None
    rule_id: str
    mode: Mode
    count: int


@dataclass(frozen=True, slots=True)
class Attachment:
    """A message's attachment as Discord described it; ``kept`` when a hidden copy holds its
    bytes (Discord drops a deleted message's files, so a link alone cannot restore it)."""

    filename: str
    url: str
    content_type: str | None = None
    size: int = 0
    kept: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class NewHiddenPost:
    """A full copy of a message about to be hidden, so a moderator can restore it.

    ``channel_id`` is where the message is (the thread, for a thread), ``parent_id`` the
    channel or forum holding that thread. ``thread_title`` is set for a forum post's starter
    message. ``embeds`` are Discord embed dicts; ``posted_at`` is the message's own time.
    """

    guild_id: int
    channel_id: int
    message_id: int
    author_id: int
    author_name: str
    posted_at: datetime
    hidden_at: datetime
    parent_id: int | None = None
    author_avatar_url: str | None = None
    content: str = ""
    thread_title: str = ""
    attachments: tuple[Attachment, ...] = ()
    embeds: tuple[dict[str, Any], ...] = ()
    case_id: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class HiddenPost:
    """A stored hidden-post copy with its id and restore state."""

    id: int
    guild_id: int
    channel_id: int
    message_id: int
    author_id: int
    author_name: str
    posted_at: datetime
    hidden_at: datetime
    parent_id: int | None
    author_avatar_url: str | None
    content: str
    thread_title: str
    attachments: tuple[Attachment, ...]
    embeds: tuple[dict[str, Any], ...]
    case_id: int | None
    status: HiddenStatus = HiddenStatus.HIDDEN
    restored_at: datetime | None = None
    restored_by: int | None = None
    restored_message_id: int | None = None
