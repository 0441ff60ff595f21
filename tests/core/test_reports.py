"""Report decisions: the rate limit, the hide threshold, summaries, links and guideline names."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from bot.core.cases import Attachment
from bot.core.reports import (
    OTHER_GUIDELINE,
    MessageLink,
    RateLimit,
    Report,
    match_guideline,
    parse_message_link,
    retry_at,
    should_hide,
    summarize,
)

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
LIMIT = RateLimit(count=3, window=timedelta(minutes=10))


def ago(minutes: float) -> datetime:
    return NOW - timedelta(minutes=minutes)


@pytest.mark.parametrize(
    ("recent", "expected"),
    [
        ([], None),
        ([ago(1), ago(2)], None),
        # Three inside the window: allowed again when the oldest of them leaves it.
        ([ago(1), ago(2), ago(9)], ago(9) + LIMIT.window),
        ([ago(9), ago(1), ago(2), ago(3)], ago(3) + LIMIT.window),
        # Exactly at the window's start no longer counts.
        ([ago(1), ago(2), ago(10)], None),
        ([ago(11), ago(30), ago(1)], None),
    ],
)
def test_retry_at(recent: list[datetime], expected: datetime | None) -> None:
    assert retry_at(recent, NOW, LIMIT) == expected


def test_retry_at_is_in_the_future_when_limited() -> None:
    found = retry_at([ago(0), ago(0.5), ago(9.5)], NOW, LIMIT)
    assert found is not None and found > NOW


@pytest.mark.parametrize(
    ("reporters", "threshold", "reviewed", "hide"),
    [
        (2, 3, False, False),
        (3, 3, False, True),
        (4, 3, False, True),
        (1, 1, False, True),
        (5, 3, True, False),
    ],
)
def test_should_hide(reporters: int, threshold: int, reviewed: bool, hide: bool) -> None:
    assert should_hide(reporters, threshold, reviewed=reviewed) is hide


BASE = Report(
    id=1,
    guild_id=1,
    channel_id=2,
    message_id=3,
    author_id=4,
    reporter_id=10,
    guideline="be-nice",
    created_at=ago(5),
    updated_at=ago(5),
    reason="rude",
    content="first snapshot",
    attachments=(Attachment("a.png", "https://x/a.png"),),
)


def test_summarize_counts_guidelines_by_frequency_and_keeps_reasons_in_order() -> None:
    reports = [
        replace(BASE, id=3, reporter_id=12, guideline="keep-it-clean", created_at=ago(1)),
        BASE,
        replace(
            BASE, id=2, reporter_id=11, guideline="keep-it-clean", reason="", created_at=ago(3)
        ),
        replace(BASE, id=4, reporter_id=13, guideline="be-nice", reason="again", created_at=ago(0)),
    ]
    summary = summarize(reports)
    assert summary.count == 4
    # A tie keeps the guideline reported first.
    assert summary.guidelines == (("be-nice", 2), ("keep-it-clean", 2))
    assert summary.guideline == "be-nice"
    assert summary.reasons == ((10, "rude"), (12, "rude"), (13, "again"))
    assert (summary.content, summary.attachments) == ("first snapshot", BASE.attachments)


def test_summarize_nothing() -> None:
    summary = summarize([])
    assert (summary.count, summary.guideline, summary.content) == (0, OTHER_GUIDELINE, "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "https://discord.com/channels/111111111111111111/222222222222222222/333333333333333333",
            MessageLink(111111111111111111, 222222222222222222, 333333333333333333),
        ),
        (
            " <https://ptb.discordapp.com/channels/111111111111111111/2222222222222222222/"
            "333333333333333333> ",
            MessageLink(111111111111111111, 2222222222222222222, 333333333333333333),
        ),
        ("https://canary.discord.com/channels/@me/222222222222222222/333333333333333333", None),
        ("https://discord.com/channels/111111111111111111/222222222222222222", None),
        (
            "https://evil.example/channels/111111111111111111/222222222222222222/3333333333333333",
            None,
        ),
        ("333333333333333333", None),
    ],
)
def test_parse_message_link(text: str, expected: MessageLink | None) -> None:
    assert parse_message_link(text) == expected


CHOICES = [("be-nice", "Be Nice"), ("keep-it-clean", "Keep it Clean"), (OTHER_GUIDELINE, "Other")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("be-nice", "be-nice"),
        ("Be Nice", "be-nice"),
        ("  keep  IT clean ", "keep-it-clean"),
        ("other", OTHER_GUIDELINE),
        ("be", None),
        ("", None),
    ],
)
def test_match_guideline(text: str, expected: str | None) -> None:
    assert match_guideline(text, CHOICES) == expected
