"""Rates per author: floods act once per window and list the messages they cover."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.behaviour.rates import MAX_EVENTS, Rates
from bot.core.behaviour.spec import Count, RateSpec
from bot.core.rules import Action, Mode
from tests.core.behaviour_rules import behaviour, post

FLOOD = """\
  - id: flood
    rate: {count: messages, max: 5, per: 10s}
    action: hide
"""


def test_ten_messages_in_five_seconds_act_once(tmp_path: Path) -> None:
    rules = behaviour(tmp_path, FLOOD)
    found = [rules.observe(post(i * 0.5, f"message {i}", message=i)) for i in range(10)]
    opened = [h for hits in found for h in hits if h.opens]
    assert len(opened) == 1
    [hit] = opened
    assert (hit.rule, hit.action, hit.mode) == ("flood", Action.HIDE, Mode.ENFORCE)
    assert hit.message_ids == (0, 1, 2, 3, 4, 5)  # the sixth crosses; the window holds all six
    assert found[5] == [hit]
    later = [hits for hits in found[6:]]
    assert all(len(h) == 1 and not h[0].opens for h in later)
    assert [h[0].message_ids for h in later] == [(6,), (7,), (8,), (9,)]
    assert {h[0].case_key for h in later} == {hit.case_key}
    assert "6 messages within 10s (at most 5 allowed)" in hit.why


def test_a_steady_pace_never_floods_and_a_new_flood_opens_a_new_case(tmp_path: Path) -> None:
    rules = behaviour(tmp_path, FLOOD)
    steady = [rules.observe(post(i * 2.5, message=i)) for i in range(40)]
    assert not any(steady)
    first = [rules.observe(post(200 + i * 0.1, message=100 + i)) for i in range(6)][-1]
    second = [rules.observe(post(300 + i * 0.1, message=200 + i)) for i in range(6)][-1]
    assert first[0].opens and second[0].opens
    assert first[0].case_key != second[0].case_key
    assert second[0].message_ids == tuple(range(200, 206))


def test_authors_have_windows_of_their_own(tmp_path: Path) -> None:
    rules = behaviour(tmp_path, FLOOD)
    hits = [rules.observe(post(i * 0.1, author=i % 3, message=i)) for i in range(15)]
    assert not any(hits)


@pytest.mark.parametrize(
    ("count", "limit", "texts", "fires_at"),
    [
        ("duplicates", 2, ["Buy now!!", "buy now", "BUY   NOW 2", "hello"], 2),
        ("links", 2, ["https://a.com https://b.com", "nothing", "see https://c.com"], 2),
        ("emoji", 4, ["hi 😀😀", "<:pog:123> <a:dance:456>", "😀"], 2),
        ("lines", 5, ["a\nb\nc", "d\ne", "f"], 2),
        ("mentions", 3, ["<@1> <@!2>", "<@&3>", "<@4>"], 2),
        ("everyone", 1, ["@everyone", "hi", "@here look"], 2),
    ],
)
def test_each_count(
    tmp_path: Path, count: str, limit: int, texts: list[str], fires_at: int
) -> None:
    rule = f"  - id: r\n    rate: {{count: {count}, max: {limit}, per: 30s}}\n    action: flag\n"
    rules = behaviour(tmp_path, rule)
    found = [rules.observe(post(i, text, message=i)) for i, text in enumerate(texts)]
    assert [i for i, hits in enumerate(found) if hits and hits[0].opens] == [fires_at]


def test_the_same_text_in_three_channels_floods_and_lists_only_the_copies(tmp_path: Path) -> None:
    rule = "  - id: dup\n    rate: {count: duplicates, max: 2, per: 60s}\n    action: hide\n"
    rules = behaviour(tmp_path, rule)
    link = "free nitro https://dlscord.gift/x"
    assert rules.observe(post(0, link, channel=1, message=1)) == []
    assert rules.observe(post(1, "something else", channel=1, message=2)) == []
    assert rules.observe(post(2, link, channel=2, message=3)) == []
    [hit] = rules.observe(post(3, link + "!", channel=3, message=4))
    assert hit.message_ids == (1, 3, 4)


def test_attachments_count_files(tmp_path: Path) -> None:
    rule = "  - id: files\n    rate: {count: attachments, max: 3, per: 10s}\n    action: flag\n"
    rules = behaviour(tmp_path, rule)
    assert rules.observe(post(0, "", attachments=("u1", "u2"))) == []
    assert len(rules.observe(post(1, "", attachments=("u3", "u4")))) == 1


def test_scope_and_moderators_are_left_out(tmp_path: Path) -> None:
    rule = FLOOD + "    scope: {exclude_channels: [spam-zone]}\n"
    rules = behaviour(tmp_path, rule)
    assert not any(rules.observe(post(i * 0.1, is_moderator=True)) for i in range(10))
    assert not any(rules.observe(post(i * 0.1, channel_name="spam-zone")) for i in range(10))


def test_windows_move_with_the_events_times_not_a_clock(tmp_path: Path) -> None:
    rules = behaviour(tmp_path, FLOOD)
    for i in range(5):
        rules.observe(post(i * 3.0, message=i))  # 0..12 s: at most 4 within any 10 s
    assert rules.observe(post(12.5, message=9)) == []
    # An event stamped earlier than the author's last counts at the last time.
    [hit] = rules.observe(post(1.0, message=10))
    assert hit.message_ids == (1, 2, 3, 4, 9, 10)


def test_authors_beyond_the_cap_or_quiet_past_the_window_are_dropped(tmp_path: Path) -> None:
    rules = behaviour(tmp_path, FLOOD, max_authors=50)
    for author in range(200):
        rules.observe(post(author * 0.01, author=author))
    assert rules.tracked_authors(10) == 50
    rules.observe(post(1000, author=999))
    assert rules.tracked_authors(10) == 1


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 40), st.floats(0, 5), st.integers(1, 5)), min_size=1, max_size=400
    ),
    st.integers(1, 20),
)
def test_state_never_exceeds_its_caps(events: list[tuple[int, float, int]], cap: int) -> None:
    """Whatever the traffic, authors stay within the cap and windows within their bounds."""
    rate = RateSpec(Count.LINKS, 100, 30.0)
    rates = Rates(horizon=30.0, max_authors=cap)
    at = 0.0
    for message, (author, step, links) in enumerate(events):
        at += step
        rates.add("r", rate, author, at, message, links, "")
        assert len(rates) <= cap
        assert rates.entries() <= cap * MAX_EVENTS
    for window in (w for a in rates._authors.values() for w in a.windows.values()):
        assert window.total == sum(e[2] for e in window.events)
        # An author kept was seen within the horizon, and keeps one window of messages.
        assert all(e[0] > at - 2 * 30.0 for e in window.events)


def test_only_copies_of_the_repeated_text_join_its_flood(tmp_path: Path) -> None:
    rule = "  - id: dup\n    rate: {count: duplicates, max: 2, per: 60s}\n    action: hide\n"
    rules = behaviour(tmp_path, rule)
    for i in range(3):
        found = rules.observe(post(i, "buy gold", message=i))
    assert found[0].opens and found[0].message_ids == (0, 1, 2)
    assert rules.observe(post(4, "anyway, how are you?", message=4)) == []
    [more] = rules.observe(post(5, "BUY GOLD", message=5))
    assert (more.opens, more.message_ids, more.case_key) == (False, (5,), found[0].case_key)


def test_a_rule_reload_keeps_an_open_flood(tmp_path: Path) -> None:
    rules = behaviour(tmp_path, FLOOD)
    opened = [rules.observe(post(i * 0.1, message=i)) for i in range(6)][-1][0]
    reloaded = rules.reload(rules.ruleset)
    [more] = reloaded.observe(post(1, message=9))
    assert (more.opens, more.case_key) == (False, opened.case_key)
