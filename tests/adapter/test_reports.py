"""Reporting end to end: the context menu, the form, /report, the card and the auto-hide."""

from __future__ import annotations

from bot.core.cases import CaseKind, HiddenStatus, Outcome
from bot.core.reports import OTHER_GUIDELINE, ReportStatus
from tests.adapter.helpers import ECHO_SAFE, calls, requests_since, wait_for_log
from tests.adapter.reporting import (
    RATE,
    answer,
    card_request,
    member,
    open_form,
    post,
    report,
    submit_form,
    wait_for_card,
)
from tests.adapter.running_bot import Running
from tests.fakediscord import EPHEMERAL, FakeDiscord, PendingInteraction
from tests.fakediscord.payloads import Json

THANKS = "Thanks: your report reached the moderators. Only moderators can see who reported."


def refused(pending: PendingInteraction) -> str:
    """The text of an immediate ephemeral refusal (callback type 4, flag 64)."""
    assert pending.response is not None and pending.response_type == 4, pending.response
    data = pending.response["data"]
    assert data["flags"] & EPHEMERAL and data["allowed_mentions"] == ECHO_SAFE
    return str(data["content"])


def fields(embed: Json) -> dict[str, str]:
    """An embed's fields by name."""
    return {f["name"]: f["value"] for f in embed["fields"]}


def buttons(body: Json) -> list[tuple[str, str]]:
    """The (label, custom_id) of a card's buttons."""
    return [(c["label"], c["custom_id"]) for row in body["components"] for c in row["components"]]


async def test_the_menu_opens_a_form_with_the_guidelines_and_an_optional_reason(
    reporting: Running,
) -> None:
    fake = reporting.fake
    message = await post(fake)
    form = await open_form(fake, member(fake, "bob"), message["id"])
    assert form.response is not None and form.response_type == 9
    data = form.response["data"]
    assert data["title"] == "Report to moderators"
    assert data["custom_id"] == f"modbot:report-form:{fake.world.general_id}:{message['id']}"
    select, reason = (row["component"] for row in data["components"])
    assert all(row["type"] == 18 for row in data["components"])
    assert [(o["label"], o["value"]) for o in select["options"]] == [
        ("Be Nice", "be-nice"),
        ("Be Truthful", "be-truthful"),
        ("Keep it Clean", "keep-it-clean"),
        ("Be Proactive / Other", OTHER_GUIDELINE),
    ]
    assert (select["type"], select["required"]) == (3, True)
    assert (reason["type"], reason["required"], reason["max_length"]) == (4, False, 500)


async def test_a_report_is_stored_acknowledged_privately_and_carded(reporting: Running) -> None:
    fake, world, db = reporting.fake, reporting.fake.world, reporting.db
    bob = member(fake, "bob")
    message = await post(fake, "@everyone look at this", attachments=["proof.png"])
    mark = len(fake.requests)
    pending, final = await report(fake, bob, message, "be-nice", "  calls people names  ")
    card = await card_request(fake, since=mark)

    assert pending.response == {"type": 5, "data": {"flags": EPHEMERAL}}
    assert final["content"] == THANKS and final["allowed_mentions"] == ECHO_SAFE
    assert str(bob) not in final["content"]

    (stored,) = await db.reports.for_message(int(message["id"]))
    assert (stored.reporter_id, stored.author_id, stored.channel_id) == (
        bob,
        world.member_id,
        world.general_id,
    )
    assert (stored.guideline, stored.reason, stored.status) == (
        "be-nice",
        "calls people names",
        ReportStatus.OPEN,
    )
    assert stored.content == "@everyone look at this"
    assert [a.filename for a in stored.attachments] == ["proof.png"]

    assert card.json["allowed_mentions"] == ECHO_SAFE
    (embed,) = card.json["embeds"]
    assert embed["title"] == "Reported: Be Nice"
    assert embed["description"].startswith("@everyone look at this")
    assert "proof.png" in embed["description"]
    assert embed["url"].endswith(f"/{world.general_id}/{message['id']}")
    assert fields(embed)["Author"] == f"<@{world.member_id}> ({world.member_id})"
    assert fields(embed)["Reports"] == "1"
    assert fields(embed)["Reasons"] == f"• calls people names (<@{bob}>)"
    assert buttons(card.json) == [
        ("Hide", f"modbot:report:{message['id']}:hide"),
        ("Warn author", f"modbot:report:{message['id']}:warn"),
        ("Dismiss", f"modbot:report:{message['id']}:dismiss"),
    ]
    saved = await wait_for_card(db, message["id"])
    assert saved.queue_channel_id == world.mod_queue_id
    assert saved.card_message_id == int(fake.state.channel_messages(world.mod_queue_id)[0]["id"])


async def test_a_second_report_by_the_same_member_updates_it_and_edits_the_card(
    reporting: Running,
) -> None:
    fake, db = reporting.fake, reporting.db
    bob, carol = member(fake, "bob"), member(fake, "carol")
    message = await post(fake)
    mark = len(fake.requests)
    await report(fake, bob, message, "be-nice", "first")
    await card_request(fake, since=mark)
    mark = len(fake.requests)
    _, final = await report(fake, bob, message, "keep-it-clean", "second thoughts")
    edit = await card_request(fake, since=mark, method="PATCH")
    card = await wait_for_card(db, message["id"])

    assert "already reported" in final["content"] and "counts once" in final["content"]
    (stored,) = await db.reports.for_message(int(message["id"]))
    assert (stored.guideline, stored.reason) == ("keep-it-clean", "second thoughts")
    assert edit.route == f"/channels/{card.queue_channel_id}/messages/{card.card_message_id}"
    assert fields(edit.json["embeds"][0])["Reports"] == "1"
    assert fake.requests_matching("POST", card_route(fake), since=mark) == []

    mark = len(fake.requests)
    _, final = await report(fake, carol, message, "be-nice", "")
    edit = await card_request(fake, since=mark, method="PATCH")
    assert final["content"] == THANKS and str(bob) not in final["content"]
    embed = edit.json["embeds"][0]
    assert fields(embed)["Reports"] == "2"
    assert fields(embed)["Guidelines"] == "Keep it Clean, Be Nice"


def card_route(fake: FakeDiscord) -> str:
    return f"/channels/{fake.world.mod_queue_id}/messages"


async def test_members_cannot_report_their_own_or_a_bots_message(reporting: Running) -> None:
    fake, world = reporting.fake, reporting.fake.world
    own = await post(fake)
    form = await open_form(fake, world.member_id, own["id"])
    assert refused(form) == "You cannot report your own message."

    bot_message = await fake.events.message_create(world.general_id, world.bot_id, "Welcome!")
    form = await open_form(fake, member(fake, "bob"), bot_message["id"])
    assert "bots and webhooks cannot be reported" in refused(form)
    assert await reporting.db.reports.for_guild(world.guild_id) == []


async def test_a_message_deleted_before_the_form_is_sent_gets_a_clear_answer(
    reporting: Running,
) -> None:
    fake, world = reporting.fake, reporting.fake.world
    bob = member(fake, "bob")
    message = await post(fake)
    form = await open_form(fake, bob, message["id"])
    assert form.response is not None
    await fake.events.message_delete(world.general_id, message["id"])
    mark = len(fake.requests)
    pending = await submit_form(
        fake,
        form.response["data"]["custom_id"],
        user_id=bob,
        channel_id=world.general_id,
        guideline="be-nice",
    )
    final = await answer(fake, pending)
    assert final["content"].startswith("That message no longer exists")
    assert await reporting.db.reports.for_guild(world.guild_id) == []
    assert fake.requests_matching("POST", card_route(fake), since=mark) == []


async def test_a_form_opened_before_a_restart_still_files_its_report(reporting: Running) -> None:
    # This bot never showed the form: the submission alone names the message and is enough.
    fake, world = reporting.fake, reporting.fake.world
    bob = member(fake, "bob")
    message = await post(fake)
    mark = len(fake.requests)
    pending = await submit_form(
        fake,
        f"modbot:report-form:{world.general_id}:{message['id']}",
        user_id=bob,
        channel_id=world.general_id,
        guideline="keep-it-clean",
        reason="rude",
    )
    assert (await answer(fake, pending))["content"] == THANKS
    (stored,) = await reporting.db.reports.for_message(int(message["id"]))
    assert (stored.reporter_id, stored.guideline, stored.reason) == (bob, "keep-it-clean", "rude")
    await card_request(fake, since=mark)


async def test_a_form_naming_a_guideline_the_server_no_longer_has_is_refused(
    reporting: Running,
) -> None:
    fake, world = reporting.fake, reporting.fake.world
    message = await post(fake)
    pending = await submit_form(
        fake,
        f"modbot:report-form:{world.general_id}:{message['id']}",
        user_id=member(fake, "bob"),
        channel_id=world.general_id,
        guideline="be-kind",
    )
    await fake.wait_for_response(pending)
    assert refused(pending).startswith("This server's guidelines changed since the form opened")
    assert await reporting.db.reports.for_message(int(message["id"])) == []


async def test_a_form_from_before_an_update_asks_to_be_opened_again(reporting: Running) -> None:
    # Forms used to be named by the menu's interaction id alone; one still open at an update
    # gets an answer, not silence.
    fake, world = reporting.fake, reporting.fake.world
    message = await post(fake)
    pending = await submit_form(
        fake,
        "modbot:report-form:1234567890",
        user_id=member(fake, "bob"),
        channel_id=world.general_id,
        guideline="be-nice",
    )
    await fake.wait_for_response(pending)
    assert refused(pending).startswith("This form is from an older version of the bot")
    assert await reporting.db.reports.for_message(int(message["id"])) == []


async def test_a_member_is_rate_limited_across_messages(reporting: Running) -> None:
    fake, world = reporting.fake, reporting.fake.world
    bob = member(fake, "bob")
    messages = [await post(fake, f"Opinion number {n}") for n in range(RATE.count + 1)]
    for message in messages[: RATE.count]:
        _, final = await report(fake, bob, message)
        assert final["content"] == THANKS
    form = await open_form(fake, bob, messages[-1]["id"])
    assert refused(form).startswith("You have sent many reports in a short time")
    link = f"https://discord.com/channels/{world.guild_id}/{world.general_id}/{messages[-1]['id']}"
    options = [
        {"name": "message_link", "type": 3, "value": link},
        {"name": "guideline", "type": 3, "value": "be-nice"},
    ]
    slash = await fake.events.slash_command(
        "report", user_id=bob, channel_id=world.general_id, options=options
    )
    await fake.wait_for_response(slash)
    assert "<t:" in refused(slash)
    assert await reporting.db.reports.for_message(int(messages[-1]["id"])) == []
    # Someone else may still report it.
    _, final = await report(fake, member(fake, "carol"), messages[-1])
    assert final["content"] == THANKS


async def test_the_slash_command_reports_by_link(reporting: Running) -> None:
    fake, world = reporting.fake, reporting.fake.world
    carol = member(fake, "carol")
    message = await post(fake)
    link = f"https://discord.com/channels/{world.guild_id}/{world.general_id}/{message['id']}"

    async def run(link: str, guideline: str, reason: str | None = None) -> PendingInteraction:
        options = [
            {"name": "message_link", "type": 3, "value": link},
            {"name": "guideline", "type": 3, "value": guideline},
        ]
        if reason is not None:
            options.append({"name": "reason", "type": 3, "value": reason})
        pending = await fake.events.slash_command(
            "report", user_id=carol, channel_id=world.general_id, options=options
        )
        await fake.wait_for_response(pending)
        return pending

    assert "not a link to a message in this server" in refused(await run("hello", "be-nice"))
    other_guild = link.replace(str(world.guild_id), "1" * 18)
    assert "not a link to a message in this server" in refused(await run(other_guild, "be-nice"))
    assert "Pick one of the guidelines" in refused(await run(link, "be-rude"))

    mark = len(fake.requests)
    pending = await run(link, "Be Truthful", "made-up quote")
    assert pending.response == {"type": 5, "data": {"flags": EPHEMERAL}}
    assert (await answer(fake, pending))["content"] == THANKS
    card = await card_request(fake, since=mark)
    assert card.json["embeds"][0]["title"] == "Reported: Be Truthful"
    (stored,) = await reporting.db.reports.for_message(int(message["id"]))
    assert (stored.reporter_id, stored.guideline, stored.reason) == (
        carol,
        "be-truthful",
        "made-up quote",
    )


async def test_three_members_hide_the_post_pending_review(reporting: Running) -> None:
    fake, world, db = reporting.fake, reporting.fake.world, reporting.db
    message = await post(fake, "Honestly this whole thread is garbage people")
    reporters = [member(fake, name) for name in ("bob", "carol", "dave")]
    for who, reason in zip(reporters[:2], ("insulting", ""), strict=True):
        mark = len(fake.requests)
        await report(fake, who, message, "be-nice", reason)
        await card_request(fake, since=mark, method="POST" if who == reporters[0] else "PATCH")
    assert str(message["id"]) in fake.state.messages

    mark = len(fake.requests)
    pending, final = await report(fake, reporters[2], message, "keep-it-clean", "rude")
    await wait_for_log(fake, "report_hide", message["id"], since=mark)
    edit = await card_request(fake, since=mark, method="PATCH")
    assert final["content"] == THANKS

    dm = str(fake.state.open_dm(world.member_id)["id"])
    app = world.application_id
    assert calls(requests_since(fake, mark))[-8:] == [
        ("POST", f"/interactions/{pending.id}/{pending.token}/callback"),
        ("GET", f"/channels/{world.general_id}/messages/{message['id']}"),
        ("PATCH", f"/webhooks/{app}/{pending.token}/messages/@original"),
        ("DELETE", f"/channels/{world.general_id}/messages/{message['id']}"),
        ("POST", "/users/@me/channels"),
        ("POST", f"/channels/{dm}/messages"),
        ("POST", f"/channels/{world.mod_log_id}/messages"),
        ("PATCH", edit.route),
    ]
    assert str(message["id"]) not in fake.state.messages
    (case,) = [
        c
        for c in await db.cases.for_member(world.guild_id, world.member_id)
        if c.kind is CaseKind.REPORT_HIDE
    ]
    assert (case.outcome, case.actor_id, case.guideline) == (Outcome.OK, None, "be-nice")
    assert case.reason == "3 members reported it (Be Nice, Keep it Clean): insulting; rude"
    hidden = await db.hidden.by_message(int(message["id"]))
    assert hidden is not None and hidden.status is HiddenStatus.HIDDEN
    assert hidden.case_id == case.id and hidden.content == message["content"]
    (dm_post,) = fake.requests_matching("POST", f"/channels/{dm}/messages", since=mark)
    assert message["content"] in dm_post.json["content"]
    assert all(str(r) not in dm_post.json["content"] for r in reporters)

    embed = edit.json["embeds"][0]
    assert fields(embed)["Reports"] == "3"
    assert fields(embed)["Status"] == f"Hidden pending review (case #{case.id})."
    assert [label for label, _ in buttons(edit.json)] == ["Keep hidden", "Warn author", "Restore"]
    reports = await db.reports.for_message(int(message["id"]))
    assert {r.status for r in reports} == {ReportStatus.OPEN}


async def test_the_menu_and_the_command_are_registered_for_servers_only(reporting: Running) -> None:
    world = reporting.fake.world
    synced = {c["name"]: c for c in reporting.fake.state.commands[str(world.guild_id)]}
    menu, command = synced["Report to moderators"], synced["report"]
    assert (menu["type"], menu["contexts"]) == (3, [0])
    assert (command["contexts"], command["default_member_permissions"]) == ([0], None)
    assert len(command["description"]) <= 100
    options = {o["name"]: o for o in command["options"]}
    assert (options["message_link"]["required"], options["guideline"]["autocomplete"]) == (
        True,
        True,
    )
    assert (options["reason"]["required"], options["reason"]["max_length"]) == (False, 500)


async def test_a_reported_forum_post_keeps_its_title_on_the_record_and_the_card(
    reporting: Running,
) -> None:
    """The title is part of a forum post and may be what was reported: it is kept and shown."""
    fake, world, db = reporting.fake, reporting.fake.world, reporting.db
    title = "Council *liars* again"
    _, starter = await fake.events.thread_create(
        world.forum_id, world.member_id, title, "Read the minutes."
    )
    mark = len(fake.requests)
    await report(fake, member(fake, "bob"), starter, "be-truthful")
    card = await card_request(fake, since=mark)

    (stored,) = await db.reports.for_message(int(starter["id"]))
    assert (stored.thread_title, stored.content) == (title, "Read the minutes.")
    (embed,) = card.json["embeds"]
    assert embed["description"].startswith("**Council \\*liars\\* again**\n\nRead the minutes.")
    assert card.json["allowed_mentions"] == ECHO_SAFE


async def test_a_reply_in_a_forum_post_has_no_title(reporting: Running) -> None:
    fake, world, db = reporting.fake, reporting.fake.world, reporting.db
    thread, _ = await fake.events.thread_create(
        world.forum_id, world.member_id, "Roads", "Potholes."
    )
    reply = await fake.events.message_create(int(thread["id"]), world.member_id, "Fix them.")
    mark = len(fake.requests)
    await report(fake, member(fake, "bob"), reply)
    card = await card_request(fake, since=mark)

    (stored,) = await db.reports.for_message(int(reply["id"]))
    assert (stored.thread_title, stored.content) == ("", "Fix them.")
    (embed,) = card.json["embeds"]
    assert embed["description"].startswith("Fix them.")
