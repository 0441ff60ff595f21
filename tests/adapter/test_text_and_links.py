"""The shared text shortening and link helpers every answer, card and log line uses."""

from __future__ import annotations

import pytest

from bot.adapter.shared.links import channel_link, message_link
from bot.adapter.shared.notices import Grounds, hidden_dm, warning_text
from bot.adapter.shared.text import clip, one_line
from bot.core.reports import OTHER_GUIDELINE
from bot.core.rules import RuleSet


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [("short", 5, "short"), ("longer", 5, "long…"), ("", 3, "")],
)
def test_clip_marks_a_cut_within_the_limit(text: str, limit: int, expected: str) -> None:
    assert clip(text, limit) == expected
    assert len(clip(text, limit)) <= limit


def test_one_line_flattens_escapes_and_clips() -> None:
    assert one_line("a  *b*\n\nc", 20) == "a \\*b\\* c"
    assert one_line("word " * 10, 8) == "word wo…"


def test_links_are_built_from_ids() -> None:
    assert channel_link(1, 2) == "https://discord.com/channels/1/2"
    assert message_link(1, 2, 3) == "https://discord.com/channels/1/2/3"


class _Author:
    mention = "<@7>"


def test_reports_under_other_name_the_catch_all_guideline_without_a_rule() -> None:
    rules = RuleSet(())
    warning = warning_text(rules, _Author(), Grounds(OTHER_GUIDELINE))
    assert warning == (
        "<@7>, a note from the moderators (Be Proactive / Other): "
        "Please keep to our community guidelines."
    )
    text, _ = hidden_dm(rules, Grounds(OTHER_GUIDELINE), "#general", "hello")
    assert "under our **Be Proactive / Other** guideline" in text
