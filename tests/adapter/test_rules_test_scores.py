"""/rules test shows the scores of the models the rules use; /rules show a score condition."""

from __future__ import annotations

from pathlib import Path

from bot.core.scorer import weights_digest
from tests.adapter.live_rules import copy_rules, live_bot, rules_command
from tests.fakediscord import FakeDiscord
from tests.test_rulesets import rule_yaml, write
from tests.test_scorer_rules import WEIGHTS, write_model


async def test_rules_test_shows_scores_and_score_hits(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    rules = copy_rules(tmp_path)
    write_model(rules)
    body = "id: threat-score\naction: flag\nscore: {model: threat, above: 0.9}"
    write(rules, "dont-threaten.yaml", rule_yaml(body, "dont-threaten"))
    async with live_bot(fake_discord, tmp_path, rules):
        _, tested = await rules_command(fake_discord, "test", text="I will kill you")
        assert tested["content"].split("\n") == [
            "Would act: **flag** (1 hit)",
            "• T / `threat-score` → **flag**: matched `I will kill you` at 0–15 in the score view",
            "scores: `threat` 0.953",
        ]
        _, clean = await rules_command(fake_discord, "test", text="see you")
        assert clean["content"].split("\n") == [
            "Nothing would fire on this text.",
            "scores: `threat` 0.047",
        ]
        _, shown = await rules_command(fake_discord, "show", id="threat-score")
        checksum = weights_digest(-3.0, WEIGHTS)[:12]
        assert f"score: threat above 0.9 (model {checksum})" in shown["content"].split("\n")
