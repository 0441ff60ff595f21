"""Who posts: account age, time since joining, roles and record as conditions on rules."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from bot.core.behaviour import who
from bot.core.behaviour.evaluator import Behaviour
from bot.core.behaviour.spec import Who
from bot.core.verdict import Verdict
from bot.rulesets import load_engine
from tests.core.behaviour_rules import T0, behaviour, post

PREMODERATION = """\
  - id: first-posts
    who: {posts_under: 3}
    action: hide
  - id: new-member-links
    links: {any: true}
    who: {joined_under: 1d}
    action: hide
"""


def test_first_post_with_a_link_from_a_member_who_joined_an_hour_ago(tmp_path: Path) -> None:
    rules = behaviour(tmp_path, PREMODERATION)
    joined = T0 - timedelta(hours=1)
    found = rules.observe(post(0, "see https://x.com", joined_at=joined, prior_posts=10))
    assert [h.rule for h in found] == ["new-member-links"]
    assert found[0].why == "a link (x.com)"
    assert rules.observe(post(1, "hello", joined_at=joined, prior_posts=10)) == []
    old = T0 - timedelta(days=2)
    assert rules.observe(post(2, "see https://x.com", joined_at=old, prior_posts=10)) == []


def test_a_members_first_posts_wait(tmp_path: Path) -> None:
    rules = behaviour(tmp_path, PREMODERATION)
    hits = [rules.observe(post(i, "hi", prior_posts=i, message=i)) for i in range(5)]
    assert [bool(h) for h in hits] == [True, True, True, False, False]
    assert hits[0][0].why == "posted by an author who matches: one of their first 3 posts"
    assert rules.observe(post(9, "hi")) == []  # unknown count: never acts on a guess


@pytest.mark.parametrize(
    ("spec", "fields", "admitted"),
    [
        (Who(account_age_under=7 * 86400), {"account_created_at": T0 - timedelta(days=2)}, True),
        (Who(account_age_under=7 * 86400), {"account_created_at": T0 - timedelta(days=9)}, False),
        (Who(account_age_under=7 * 86400), {}, False),
        (Who(roles=frozenset({"5"})), {"role_ids": frozenset({5, 6})}, True),
        (Who(roles=frozenset({"5"})), {"role_ids": frozenset({6})}, False),
        (Who(without_roles=frozenset({"5"})), {"role_ids": frozenset({6})}, True),
        (Who(without_roles=frozenset({"5"})), {"role_ids": frozenset({5})}, False),
        (Who(prior_warnings_at_least=2), {"prior_warnings": 2}, True),
        (Who(prior_warnings_at_least=2), {"prior_warnings": 1}, False),
        (Who(prior_cases_at_least=1), {"prior_cases": 0}, False),
        (Who(joined_under=60, posts_under=1), {"joined_at": T0, "prior_posts": 0}, True),
    ],
)
def test_conditions(spec: Who, fields: dict[str, object], admitted: bool) -> None:
    assert who.admits(spec, post(0, **fields)) is admitted


def test_who_narrows_a_text_rule(tmp_path: Path) -> None:
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "be-nice.yaml").write_text(
        "guideline: be-nice\ntitle: Be Nice\nsummary: Be nice.\nrules:\n"
        "  - id: repeat-offender\n    words: [idiot]\n    who: {prior_warnings_at_least: 2}\n"
        "    action: timeout\n    examples: {match: [idiot]}\n"
        "  - id: plain\n    words: [moron]\n    action: warn\n",
        encoding="utf-8",
    )
    engine = load_engine(folder)
    rules = Behaviour(engine.ruleset)
    first = engine.check(post(0, "idiot moron", prior_warnings=0))
    assert [h.rule for h in rules.admits(first).hits] == ["plain"]
    third = engine.check(post(0, "idiot moron", prior_warnings=2))
    assert [h.rule for h in rules.admits(third).hits] == ["repeat-offender", "plain"]
    assert rules.admits(Verdict(post(0))) == Verdict(post(0))
