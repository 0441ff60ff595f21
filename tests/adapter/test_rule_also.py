"""A rule's ``also`` end to end: one case per hit, whose reason and /rules replies name it."""

from __future__ import annotations

from pathlib import Path

from bot.core.cases import CaseKind, Outcome
from bot.core.rules import Mode
from tests.adapter.helpers import barrier, wait_for_cases, wait_for_log
from tests.adapter.live_rules import copy_rules, edit, live_bot, rules_command
from tests.fakediscord import FakeDiscord


def rules_with_also(tmp_path: Path) -> Path:
    """The test rules, the slur rule also counting as Be Nice and the shadow rule as Keep it
    Clean."""
    rules = copy_rules(tmp_path)
    slur = "  - id: slur\n    words: [slurword]\n    action: hide\n"
    edit(rules / "keep-it-clean.yaml", slur, slur + "    also: [be-nice]\n")
    shadowed = "    action: hide\n    mode: shadow\n"
    edit(rules / "be-nice.yaml", shadowed, shadowed + "    also: [keep-it-clean]\n")
    return rules


async def test_a_hit_acts_once_and_its_case_says_what_else_it_counts_as(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    fake, world = fake_discord, fake_discord.world
    async with live_bot(fake, tmp_path, rules_with_also(tmp_path)) as running:
        mark = len(fake.requests)
        message = await fake.events.message_create(
            world.general_id, world.member_id, "what a slurword thing to say"
        )
        log = await wait_for_log(fake, "hide", message["id"], since=mark)
        await barrier(fake, mark)  # any second case about the message would be stored by now
        cases = await running.db.cases.for_member(world.guild_id, world.member_id)
        (case,) = [c for c in cases if c.message_id == int(message["id"])]
        assert (case.kind, case.outcome, case.guideline, case.rule_id) == (
            CaseKind.HIDE,
            Outcome.OK,
            "keep-it-clean",
            "slur",
        )
        assert case.reason == "keep-it-clean/slur: 'slurword' (plain), also counts as be-nice"
        assert "(plain), also counts as be-nice" in log.json["content"]  # the mod log shows it

        await fake.events.message_create(world.general_id, world.member_id, "what a dimwit")
        shadow, *_ = await wait_for_cases(running.db, world.guild_id, world.member_id, 3)
        assert (shadow.mode, shadow.guideline) == (Mode.SHADOW, "be-nice")
        assert shadow.reason == "shadow: 'dimwit' (plain), also counts as keep-it-clean"


async def test_rules_test_and_show_name_the_further_guidelines(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    async with live_bot(fake_discord, tmp_path, rules_with_also(tmp_path)):
        _, tested = await rules_command(fake_discord, "test", text="a slurword here")
        assert tested["content"].split("\n") == [
            "Would act: **hide** (1 hit)",
            "• Keep it Clean / `slur` → **hide**: matched `slurword` at 2–10 in the plain view; "
            "also counts as Be Nice",
        ]
        _, shown = await rules_command(fake_discord, "show", id="slur")
        assert "also counts as: be-nice (acts once, under keep-it-clean)" in shown["content"]
