"""Behaviour rules on single messages: spoofed links, invites, and pre-moderated new members."""

from __future__ import annotations

from pathlib import Path

from bot.core.cases import CaseKind, HiddenStatus, Outcome
from tests.adapter.behaving import behaving
from tests.adapter.helpers import wait_for_log
from tests.adapter.live_rules import rules_command
from tests.fakediscord import FakeDiscord

LINKS = """\
  - id: spoofed-link
    links: {spoofed: true}
    action: hide
  - id: server-invite
    invites: {allow: [our-server]}
    action: flag
"""

NEW_MEMBERS = """\
  - id: new-member-links
    links: {any: true}
    who: {joined_under: 1d}
    action: hide
"""


async def test_a_spoofed_masked_link_is_hidden(fake_discord: FakeDiscord, tmp_path: Path) -> None:
    """A masked link showing one site and opening another is hidden with the rule's case."""
    fake, world = fake_discord, fake_discord.world
    async with behaving(fake, tmp_path, LINKS) as running:
        mark = len(fake.requests)
        text = "free nitro at [discord.com/nitro](https://dlscord-gift.ru/claim)"
        message = await fake.events.message_create(world.general_id, world.member_id, text)
        await wait_for_log(fake, "hide", message["id"], since=mark)
        route = f"/channels/{world.general_id}/messages/{message['id']}"
        assert fake.requests_matching("DELETE", route, since=mark)
        (case,) = await running.db.cases.for_member(world.guild_id, world.member_id)
        assert (case.rule_id, case.kind, case.outcome) == (
            "spoofed-link",
            CaseKind.HIDE,
            Outcome.OK,
        )
        assert "dlscord-gift.ru" in case.reason


async def test_an_invite_to_another_server_is_flagged_to_the_queue(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    """Another server's invite goes to the moderators' queue; this server's own does not."""
    fake, world = fake_discord, fake_discord.world
    async with behaving(fake, tmp_path, LINKS) as running:
        mark = len(fake.requests)
        ours = await fake.events.message_create(
            world.general_id, world.member_id, "join us at discord.gg/our-server"
        )
        theirs = await fake.events.message_create(
            world.general_id, world.member_id, "join my server https://discord.gg/abc123"
        )
        await wait_for_log(fake, "flag", theirs["id"], since=mark)
        (card,) = fake.requests_matching(
            "POST", f"/channels/{world.mod_queue_id}/messages", since=mark
        )
        assert card.json["embeds"][0]["description"] == theirs["content"]
        cases = await running.db.cases.for_member(world.guild_id, world.member_id)
        assert [(c.rule_id, c.message_id) for c in cases] == [("server-invite", int(theirs["id"]))]
        assert all(c.message_id != int(ours["id"]) for c in cases)


async def test_a_new_members_link_is_held_and_restored_from_its_card(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    """A new member's post with a link waits in the queue; Restore on its card re-posts it."""
    fake, world = fake_discord, fake_discord.world
    async with behaving(fake, tmp_path, NEW_MEMBERS) as running:
        mark = len(fake.requests)
        quiet = await fake.events.message_create(world.general_id, world.member_id, "hello all")
        text = "my blog: https://example.com/me"
        message = await fake.events.message_create(world.general_id, world.member_id, text)
        await wait_for_log(fake, "hide", message["id"], since=mark)
        card = await fake.wait_for_request(
            "POST", f"/channels/{world.mod_queue_id}/messages", since=mark
        )
        assert card.json["embeds"][0]["description"] == text
        (button,) = card.json["components"][0]["components"]
        assert button["label"] == "Restore"
        hidden = await running.db.hidden.by_message(int(message["id"]))
        assert hidden is not None and hidden.status is HiddenStatus.HIDDEN
        assert await running.db.hidden.by_message(int(quiet["id"])) is None

        card_id = fake.state.channel_messages(world.mod_queue_id)[-1]["id"]
        mark = len(fake.requests)
        click = await fake.events.component(
            button["custom_id"], user_id=world.moderator_id, message_id=card_id
        )
        await fake.wait_for_response(click)
        repost = await fake.wait_for_request("POST", r"/webhooks/\d+/[^/]+", since=mark)
        assert repost.json["content"] == text
        app = world.application_id
        edit = await fake.wait_for_request(
            "PATCH", rf"/webhooks/{app}/{click.token}/messages/@original", since=mark
        )
        assert edit.json["components"] == []
        assert edit.json["content"].startswith(f"Restored by <@{world.moderator_id}>")
        restored = await running.db.hidden.by_message(int(message["id"]))
        assert restored is not None and restored.status is HiddenStatus.RESTORED


async def test_rules_test_lists_the_behaviour_rules_a_text_breaks(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    """/rules test names a spoofed link's rule beside the word rules, acting on nothing."""
    fake = fake_discord
    async with behaving(fake, tmp_path, LINKS):
        mark = len(fake.requests)
        text = "you idiot, see [discord.com/nitro](https://dlscord-gift.ru/claim)"
        _, tested = await rules_command(fake, "test", text=text)
        lines = tested["content"].split("\n")
        assert lines[0] == "Would act: **warn** (1 hit)"
        assert lines[2] == (
            "Behaviour rules this text breaks on its own (who posts it and how often aside):"
        )
        assert lines[3].startswith("• `spoofed-link` → **hide**: ")
        assert "dlscord-gift.ru" in lines[3]
        assert not fake.requests_matching("DELETE", r"/channels/\d+/messages/\d+", since=mark)
