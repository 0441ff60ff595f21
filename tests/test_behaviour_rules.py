"""Behaviour keys in rule files: what they load into, every error with file and line, the
schema agreeing with the loader, and the shipped no-spam.yaml."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from bot.core.behaviour.spec import Count, LinkCheck, RateSpec, Who
from bot.core.engine import Engine
from bot.core.errors import RuleErrors
from bot.rulesets import load_engine, load_rules
from bot.rulesets.behaviour_keys import (
    ATTACHMENT_KEYS,
    INVITE_KEYS,
    LINK_KEYS,
    RAID_KEYS,
    RATE_KEYS,
    SLOWMODE_KEYS,
    WHO_KEYS,
)

REPO = Path(__file__).resolve().parent.parent
HEAD = "guideline: no-spam\ntitle: No Spam\nsummary: No spam.\nrules:\n"


def errors(tmp_path: Path, rules: str) -> list[str]:
    """The load errors of a no-spam.yaml with these rules, file names shortened to R/."""
    folder = tmp_path / "R"
    folder.mkdir(exist_ok=True)
    (folder / "no-spam.yaml").write_text(HEAD + rules, encoding="utf-8")
    with pytest.raises(RuleErrors) as caught:
        load_rules(folder)
    return [str(e).replace(str(folder), "R") for e in caught.value.errors]


def test_behaviour_keys_load_into_the_rule(tmp_path: Path) -> None:
    folder = tmp_path / "R"
    folder.mkdir()
    rules = (
        "  - id: flood\n    rate: {count: messages, max: 5, per: 2m}\n    action: hide\n"
        "  - id: links\n    links: {deny: [Grabify.LINK, bücher.de]}\n"
        "    who: {account_age_under: 1w, roles: [123]}\n    action: flag\n"
    )
    (folder / "no-spam.yaml").write_text(HEAD + rules, encoding="utf-8")
    flood, links = load_rules(folder).rules
    assert flood.behaviour is not None and links.behaviour is not None
    assert flood.behaviour.rate == RateSpec(Count.MESSAGES, 5, 120.0)
    assert links.behaviour.links == LinkCheck(deny=frozenset({"grabify.link", "xn--bcher-kva.de"}))
    assert links.behaviour.who == Who(account_age_under=7 * 86400.0, roles=frozenset({"123"}))


@pytest.mark.parametrize(
    ("rules", "expected"),
    [
        (
            "  - id: a\n    rate: {count: message, max: 5, per: 10s}\n    action: hide\n",
            "R/no-spam.yaml:6: rule a: 'count' must be one of messages, duplicates, links, "
            "attachments, emoji, lines, mentions, everyone, not 'message' "
            "(did you mean 'messages'?)",
        ),
        (
            "  - id: a\n    rate:\n      count: links\n      max: 500\n      per: ten seconds\n"
            "    action: hide\n",
            "R/no-spam.yaml:8: rule a: 'max' must be a whole number from 1 to 100, not a number "
            "(500)",
        ),
        (
            "  - id: a\n    rate: {count: links, max: 5, per: 2 days}\n    action: hide\n",
            "R/no-spam.yaml:6: rule a: 'per' must be a duration from 1s to 86400s written like "
            "30s, 10m, 2h or 1d, not '2 days'",
        ),
        (
            "  - id: a\n    words: [spam]\n    links: {any: true}\n    action: hide\n",
            "R/no-spam.yaml:7: rule a: a rule matches text (words, regex, phrases) or behaviour "
            "(rate, links, invites, attachments, raid), not both; 'links' needs a rule of its "
            "own ('who' works with either)",
        ),
        (
            "  - id: a\n    links: {}\n    action: hide\n",
            "R/no-spam.yaml:6: rule a: 'links' needs at least one of allow, deny, spoofed: true "
            "or any: true",
        ),
        (
            "  - id: a\n    links: {deny: [not a domain]}\n    action: hide\n",
            "R/no-spam.yaml:6: rule a: 'deny' items must be domains like example.com, "
            "not 'not a domain'",
        ),
        (
            "  - id: a\n    who: {joined: 1d}\n    action: hide\n",
            "R/no-spam.yaml:6: rule a: unknown key 'joined' in 'who' (did you mean "
            "'joined_under'?); allowed keys: " + ", ".join(WHO_KEYS),
        ),
        (
            "  - id: a\n    raid: {joins: 10, per: 10s, quiet: 5m}\n    who: {posts_under: 2}\n"
            "    action: hide\n",
            "R/no-spam.yaml:7: rule a: 'who' does not apply to 'raid': raid mode counts every join",
        ),
        (
            "  - id: a\n    rate: {count: links, max: 1, per: 10s}\n    invites: {}\n"
            "    action: hide\n",
            "R/no-spam.yaml:6: rule a: 'rate' must be the rule's only trigger, not with invites",
        ),
        (
            "  - id: a\n    invites: {allow: [ours]}\n    action: flag\n"
            "    examples: {match: ['https://discord.gg/ours']}\n",
            "R/no-spam.yaml:8: rule a: example should match but does not: "
            "'https://discord.gg/ours'",
        ),
    ],
)
def test_errors_name_file_line_and_rule(tmp_path: Path, rules: str, expected: str) -> None:
    assert expected in errors(tmp_path, rules)


def _properties(found: dict[str, Any]) -> set[str]:
    assert found["additionalProperties"] is False
    return set(found["properties"])


def test_the_schema_allows_exactly_the_behaviour_keys_the_loader_accepts() -> None:
    schema = json.loads((REPO / "bot/schemas/rule-file.schema.json").read_text(encoding="utf-8"))
    rule = schema["$defs"]["rule"]["properties"]
    assert _properties(rule["rate"]) == set(RATE_KEYS)
    assert rule["rate"]["properties"]["count"]["enum"] == list(Count)
    assert _properties(rule["links"]) == set(LINK_KEYS)
    assert _properties(rule["invites"]) == set(INVITE_KEYS)
    assert _properties(rule["attachments"]) == set(ATTACHMENT_KEYS)
    assert _properties(rule["who"]) == set(WHO_KEYS)
    assert _properties(rule["raid"]) == set(RAID_KEYS)
    assert _properties(rule["raid"]["properties"]["slowmode"]) == set(SLOWMODE_KEYS)


def test_the_shipped_no_spam_rules_load_in_shadow_mode(engine: Engine) -> None:
    spam = [r for r in engine.ruleset.rules if r.guideline == "no-spam"]
    assert {"message-flood", "mention-spam"} <= {r.id for r in spam}
    assert all(r.behaviour is not None and r.mode == "shadow" for r in spam)
    # Behaviour rules never fire in the text engine.
    assert engine.check_text("<@1> <@2> <@3> <@4> <@5> <@6> <@7> https://discord.gg/x") == []


def test_a_guild_layer_can_turn_a_behaviour_rule_off_and_add_its_own(tmp_path: Path) -> None:
    """The shipped no-spam file alone (the other guidelines only slow the load) under a layer."""
    shipped = tmp_path / "rules"
    shipped.mkdir()
    shutil.copy(REPO / "rules" / "no-spam.yaml", shipped)
    layer = tmp_path / "guild"
    layer.mkdir()
    (layer / "no-spam.yaml").write_text(
        "guideline: no-spam\ndisable: [server-invite]\nrules:\n"
        "  - id: our-invites\n    invites: {allow: [ourserver]}\n    action: hide\n",
        encoding="utf-8",
    )
    ids = {r.id for r in load_engine(shipped, layer=layer).ruleset.rules}
    assert "our-invites" in ids and "server-invite" not in ids
