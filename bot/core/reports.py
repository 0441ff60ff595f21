"""Members' reports as plain data, and the pure decisions about them.

Rate limits take the report times and "now" from the caller (Discord's own timestamps);
nothing here reads the clock.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from bot.core.cases import Attachment

__all__ = [
    "OTHER_GUIDELINE",
    "OTHER_TITLE",
    "REASON_MAX",
    "Filed",
    "Filing",
    "MessageLink",
    "NewReport",
    "RateLimit",
    "Report",
    "ReportCard",
    "ReportStatus",
    "ReportSummary",
    "match_guideline",
    "parse_message_link",
    "retry_at",
    "should_hide",
    "summarize",
]

# The catch-all choice beside the loaded guidelines: "Be Proactive" is reporting itself.
OTHER_GUIDELINE = "be-proactive"
OTHER_TITLE = "Be Proactive / Other"
REASON_MAX = 500

_LINK = re.compile(
    r"https?://(?:(?:ptb|canary)\.)?discord(?:app)?\.com/channels/"
    r"(?P<guild>\d{15,21})/(?P<channel>\d{15,21})/(?P<message>\d{15,21})/?"
)


class ReportStatus(StrEnum):
    """A report is open until a moderator acts on its message or dismisses it."""

    OPEN = "open"
    ACTIONED = "actioned"
    DISMISSED = "dismissed"


class Filed(StrEnum):
    """What filing a report did."""

    NEW = "new"
    UPDATED = "updated"
    RATE_LIMITED = "rate_limited"
    ALREADY_REVIEWED = "already_reviewed"


@dataclass(frozen=True, slots=True)
class RateLimit:
    """At most ``count`` reports per member within ``window``."""

    count: int = 5
    window: timedelta = timedelta(minutes=10)


@dataclass(frozen=True, slots=True, kw_only=True)
class NewReport:
    """A member's report of a message, with a snapshot of the message as it was then."""

    guild_id: int
    channel_id: int
    message_id: int
    author_id: int
    reporter_id: int
    guideline: str
    created_at: datetime
    reason: str = ""
    content: str = ""
    attachments: tuple[Attachment, ...] = ()
    thread_title: str = ""  # the forum post's title, when the message starts one


@dataclass(frozen=True, slots=True, kw_only=True)
class Report:
    """A stored report; ``case_id`` is the case of the moderator's (or bot's) action on it."""

    id: int
    guild_id: int
    channel_id: int
    message_id: int
    author_id: int
    reporter_id: int
    guideline: str
    created_at: datetime
    updated_at: datetime
    reason: str
    content: str
    attachments: tuple[Attachment, ...]
    thread_title: str = ""
    status: ReportStatus = ReportStatus.OPEN
    resolved_by: int | None = None
    resolved_at: datetime | None = None
    resolution: str = ""
    case_id: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Filing:
    """The result of filing a report, and the state of its message's reports afterwards.

    ``open_reporters`` counts distinct members with an open report on the message;
    ``reviewed`` is true once a moderator resolved any report on it.
    """

    outcome: Filed
    report: Report | None = None
    open_reporters: int = 0
    reviewed: bool = False
    retry_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class ReportCard:
    """Where a reported message's card sits in the moderators' queue."""

    message_id: int
    guild_id: int
    queue_channel_id: int
    card_message_id: int


@dataclass(frozen=True, slots=True)
class MessageLink:
    """The ids in a ``https://discord.com/channels/guild/channel/message`` link."""

    guild_id: int
    channel_id: int
    message_id: int


@dataclass(frozen=True, slots=True)
class ReportSummary:
    """A message's reports in one view: for the queue card and the hide case."""

    count: int
    guidelines: tuple[tuple[str, int], ...]
    reasons: tuple[tuple[int, str], ...]
    content: str
    attachments: tuple[Attachment, ...]
    thread_title: str = ""

    @property
    def guideline(self) -> str:
        """The most reported guideline."""
        return self.guidelines[0][0] if self.guidelines else OTHER_GUIDELINE


def retry_at(recent: Sequence[datetime], now: datetime, limit: RateLimit) -> datetime | None:
    """None when a member may report at ``now``; else when the next report will be allowed."""
    start = now - limit.window
    inside = sorted(t for t in recent if t > start)
    if len(inside) < limit.count:
        return None
    return inside[-limit.count] + limit.window


def should_hide(open_reporters: int, threshold: int, *, reviewed: bool) -> bool:
    """Hide pending review once ``threshold`` members reported, unless a moderator reviewed it."""
    return not reviewed and open_reporters >= threshold


def summarize(reports: Sequence[Report]) -> ReportSummary:
    """Count, guidelines by frequency, and each reporter's reason, oldest report first."""
    ordered = sorted(reports, key=lambda r: (r.created_at, r.id))
    # most_common keeps first-seen order among equal counts.
    guidelines = tuple(Counter(r.guideline for r in ordered).most_common())
    first = ordered[0] if ordered else None
    return ReportSummary(
        count=len({r.reporter_id for r in ordered}),
        guidelines=guidelines,
        reasons=tuple((r.reporter_id, r.reason) for r in ordered if r.reason),
        content=first.content if first else "",
        attachments=first.attachments if first else (),
        thread_title=first.thread_title if first else "",
    )


def parse_message_link(text: str) -> MessageLink | None:
    """The ids of a Discord message link (discord.com, ptb, canary, discordapp), or None."""
    found = _LINK.fullmatch(text.strip().strip("<>"))
    if found is None:
        return None
    return MessageLink(int(found["guild"]), int(found["channel"]), int(found["message"]))


def match_guideline(text: str, choices: Sequence[tuple[str, str]]) -> str | None:
    """The id among ``(id, title)`` choices that ``text`` names by id or title, any case."""
    wanted = " ".join(text.split()).casefold()
    for guideline_id, title in choices:
        if wanted in (guideline_id.casefold(), title.casefold()):
            return guideline_id
    return None
