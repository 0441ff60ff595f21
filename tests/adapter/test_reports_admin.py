"""/reports list|show|resolve end to end: answers, REST calls and rows, as the card buttons do."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.core.cases import Case, CaseKind, HiddenStatus, Outcome
from bot.core.reports import NewReport, RateLimit, Report, ReportStatus
from tests.adapter.helpers import ECHO_SAFE, click_next, command_answer
from tests.adapter.reporting import (
    Reporting,
    card_request,
    member,
    post,
    report,
    reported,
    wait_for_card,
)
from tests.adapter.running_bot import Running
from tests.fakediscord import EPHEMERAL, FakeDiscord, PendingInteraction
from tests.fakediscord.payloads import Json

MANAGE_MESSAGES = str(1 << 13)
REFUSAL = "This command is for moderators."


async def reports(
    fake: FakeDiscord, sub: str, user_id: int, **values: int | str
) -> tuple[PendingInteraction, Json]:
    """Run ``/reports <sub>``; return it and its final answer, always private and echo-safe."""
    kinds = {"member": 6, "id": 4}
    options = [
        {"name": k, "type": kinds.get(k, 3), "value": str(v) if k == "member" else v}
        for k, v in values.items()
    ]
    pending, answer = await command_answer(
        fake, "reports", user_id, [{"name": sub, "type": 1, "options": options}]
    )
    if pending.response_type == 5:
        assert pending.response == {"type": 5, "data": {"flags": EPHEMERAL}}
        assert answer["allowed_mentions"] == ECHO_SAFE
    return pending, answer


async def first_id(running: Running, message: Json) -> int:
    """The id of the message's oldest report."""
    return (await running.db.reports.for_message(int(message["id"])))[0].id


async def cases(running: Running, kind: CaseKind) -> list[Case]:
    """The seeded member's cases of one kind, newest first."""
    world = running.fake.world
    found = await running.db.cases.for_member(world.guild_id, world.member_id)
    return [c for c in found if c.kind is kind]


def closed_by(found: list[Report], status: ReportStatus, moderator: int, case: Case) -> bool:
    """Every report closed with this status, moderator and case, with a resolution."""
    return bool(found) and all(
        (r.status, r.resolved_by, r.case_id) == (status, moderator, case.id) and r.resolution
        for r in found
    )


def fields(embed: Json) -> dict[str, str]:
    """An embed's fields by name."""
    return {f["name"]: f["value"] for f in embed["fields"]}


async def test_the_group_is_synced_with_the_moderator_gate(reporting: Running) -> None:
    fake = reporting.fake
    synced = {c["name"]: c for c in fake.state.commands[str(fake.world.guild_id)]}
    group = synced["reports"]
    assert str(group["default_member_permissions"]) == MANAGE_MESSAGES
    assert group["dm_permission"] is False
    subs = {o["name"]: o for o in group["options"]}
    assert list(subs) == ["list", "show", "resolve"]
    assert all(0 < len(o["description"]) <= 100 for o in subs.values())
    status, who = subs["list"]["options"]
    assert [c["value"] for c in status["choices"]] == ["open", "actioned", "dismissed", "all"]
    assert (status["required"], who["type"], who["required"]) == (False, 6, False)
    report_id, action = subs["resolve"]["options"]
    assert (report_id["name"], report_id["type"], report_id["min_value"]) == ("id", 4, 1)
    assert [(c["name"], c["value"]) for c in action["choices"]] == [
        ("Hide", "hide"),
        ("Warn author", "warn"),
        ("Dismiss", "dismiss"),
        ("Restore", "restore"),
    ]


async def test_members_are_refused_and_nothing_changes(reporting: Running) -> None:
    fake, world, db = reporting.fake, reporting.fake.world, reporting.db
    message = await reported(reporting, "bob")
    report_id = await first_id(reporting, message)
    before = await db.reports.for_message(int(message["id"]))
    mark = len(fake.requests)
    for user in (world.member_id, member(fake, "bob")):
        for sub, values in (
            ("list", {}),
            ("show", {"id": report_id}),
            ("resolve", {"id": report_id, "action": "hide"}),
        ):
            pending, answer = await reports(fake, sub, user, **values)
            assert pending.response_type == 4
            assert (answer["content"], answer["flags"]) == (REFUSAL, EPHEMERAL)
            assert answer["allowed_mentions"] == ECHO_SAFE
    assert await db.reports.for_message(int(message["id"])) == before
    assert fake.requests_matching("DELETE", r"/channels/\d+/messages/\d+", since=mark) == []
    assert fake.requests_matching("PATCH", r"/channels/\d+/messages/\d+", since=mark) == []
    assert await db.cases.for_member(world.guild_id, world.member_id) == []


async def test_list_shows_one_line_per_message_and_filters(reporting: Running) -> None:
    fake, world = reporting.fake, reporting.fake.world
    moderator, bob = world.moderator_id, member(fake, "bob")
    rude = await reported(reporting, "bob", "carol", text="You are **all** clowns")
    other = await reported(reporting, "dave", text="Bob speaking here", by=bob)
    rude_id, other_id = await first_id(reporting, rude), await first_id(reporting, other)

    _, answer = await reports(fake, "list", moderator)
    (embed,) = answer["embeds"]
    assert embed["title"] == "Open reports"
    header, _, *lines = embed["description"].splitlines()
    assert header.startswith("**2** reported message(s) · status: open")
    # Newest report first; two reporters of one message make one entry.
    assert [line.split(" ")[0] for line in lines[::2]] == [f"**#{other_id}**", f"**#{rude_id}**"]
    entry, snippet = lines[2:4]
    link = f"https://discord.com/channels/{world.guild_id}/{world.general_id}/{rude['id']}"
    assert entry.startswith(f"**#{rude_id}** <@{world.member_id}> in <#{world.general_id}>")
    assert f"([jump]({link}))" in entry
    assert " · Be Nice ×2 · 2 report(s) · <t:" in entry and entry.endswith(":R> · **open**")
    assert snippet == r"> You are \*\*all\*\* clowns"

    _, answer = await reports(fake, "list", moderator, member=bob)
    description = answer["embeds"][0]["description"]
    assert f"**#{other_id}** <@{bob}>" in description and f"**#{rude_id}**" not in description
    assert "about <@" in description

    await reports(fake, "resolve", moderator, id=rude_id, action="dismiss")
    _, answer = await reports(fake, "list", moderator)
    assert f"**#{rude_id}**" not in answer["embeds"][0]["description"]
    _, answer = await reports(fake, "list", moderator, status="dismissed")
    (embed,) = answer["embeds"]
    assert embed["title"] == "Reports (dismissed)"
    assert f"**#{rude_id}**" in embed["description"]
    assert embed["description"].splitlines()[2].endswith(f"**dismissed** by <@{moderator}>")
    _, answer = await reports(fake, "list", moderator, status="all")
    assert "**2** reported message(s)" in answer["embeds"][0]["description"]
    _, answer = await reports(fake, "list", moderator, status="actioned")
    assert answer["embeds"][0]["description"].endswith("No reports.")

    # A report after the decision starts a new entry; the old id points to it.
    mark = len(fake.requests)
    await report(fake, member(fake, "dave"), rude, "keep-it-clean")
    await card_request(fake, since=mark)
    newer = (await reporting.db.reports.for_message(int(rude["id"]), status=ReportStatus.OPEN))[0]
    _, answer = await reports(fake, "list", moderator, status="all")
    lines = answer["embeds"][0]["description"].splitlines()[2::2]
    assert [line.split(" ")[0] for line in lines] == [
        f"**#{newer.id}**",
        f"**#{other_id}**",
        f"**#{rude_id}**",
    ]
    _, answer = await reports(fake, "resolve", moderator, id=rude_id, action="hide")
    assert answer["content"].startswith(f"Report #{rude_id} was already dismissed by <@")
    assert answer["content"].endswith(
        f"The message has 1 newer open report(s): `/reports resolve id:{newer.id}` acts on them."
    )
    assert str(rude["id"]) in fake.state.messages


async def test_a_long_list_pages_with_buttons(reporting: Running) -> None:
    fake, world, db = reporting.fake, reporting.fake.world, reporting.db
    start = datetime.now(UTC) - timedelta(hours=1)
    unlimited = RateLimit(count=100)
    for n in range(8):
        new = NewReport(
            guild_id=world.guild_id,
            channel_id=world.general_id,
            message_id=int(fake.state.new_id()),
            author_id=world.member_id,
            reporter_id=member(fake, "bob"),
            guideline="keep-it-clean",
            created_at=start + timedelta(minutes=n),
            content=f"post number {n}",
        )
        await db.reports.file(new, unlimited)
    pending, answer = await reports(fake, "list", world.moderator_id)
    (first,) = answer["embeds"]
    assert first["footer"]["text"] == "Page 1/2"
    assert first["description"].splitlines()[3] == "> post number 7"
    buttons = {b["label"]: b for row in answer["components"] for b in row["components"]}
    assert buttons["Previous"].get("disabled") is True and not buttons["Next"].get("disabled")

    click, _ = await click_next(fake, pending, buttons, world.moderator_id)
    assert click.response is not None and click.response_type == 7
    assert click.response["data"]["allowed_mentions"] == ECHO_SAFE
    (second,) = click.response["data"]["embeds"]
    assert second["footer"]["text"] == "Page 2/2"
    assert [line for line in second["description"].splitlines() if line.startswith(">")] == [
        "> post number 1",
        "> post number 0",
    ]


async def test_show_has_the_post_each_reporter_and_the_decision(reporting: Running) -> None:
    fake, world, db = reporting.fake, reporting.fake.world, reporting.db
    moderator, bob, carol = world.moderator_id, member(fake, "bob"), member(fake, "carol")
    message = await post(fake, "**Loud** @everyone\nsecond line", attachments=["proof.png"])
    for who, guideline, reason in ((bob, "be-nice", "calls _names_"), (carol, "be-truthful", "")):
        mark = len(fake.requests)
        await report(fake, who, message, guideline, reason)
        await card_request(fake, since=mark, method="POST" if who == bob else "PATCH")
    bob_report, carol_report = await db.reports.for_message(int(message["id"]))

    _, answer = await reports(fake, "show", moderator, id=carol_report.id)
    (embed,) = answer["embeds"]
    assert embed["url"].endswith(f"/{world.general_id}/{message['id']}")
    assert embed["title"] == "Reports on a message · Be Nice, Be Truthful"
    text = embed["description"]
    assert text.startswith("> \\*\\*Loud\\*\\* @everyone\n> second line\n**Attachments**\n[proof")
    assert f"**#{bob_report.id}** by <@{bob}> · Be Nice · <t:" in text
    assert "> calls \\_names\\_" in text
    assert f"**#{carol_report.id}** by <@{carol}> · Be Truthful · <t:" in text
    shown = fields(embed)
    assert shown["Author"] == f"<@{world.member_id}> ({world.member_id})"
    assert shown["Post"] == "not hidden by the bot"
    assert shown["Status"] == "**open** · 2 report(s) waiting for a moderator"

    mark = len(fake.requests)
    _, answer = await reports(fake, "resolve", moderator, id=bob_report.id, action="warn")
    (reply,) = fake.requests_matching("POST", f"/channels/{world.general_id}/messages", since=mark)
    assert reply.json["message_reference"]["message_id"] == int(message["id"])
    assert str(bob) not in reply.json["content"] and str(carol) not in reply.json["content"]
    (warning,) = await cases(reporting, CaseKind.WARN)
    assert (warning.actor_id, warning.outcome) == (moderator, Outcome.OK)
    assert answer["content"].startswith(f"Author warned by <@{moderator}> (case #{warning.id}).")
    assert answer["content"].endswith("2 report(s) on " + embed["url"] + " are now actioned.")

    _, answer = await reports(fake, "show", moderator, id=bob_report.id)
    status = fields(answer["embeds"][0])["Status"]
    assert status.startswith(f"**actioned** by <@{moderator}> <t:")
    assert f":R> · 2 report(s) · case #{warning.id} (warn, ok)\n> Author warned by" in status
    _, answer = await reports(fake, "show", moderator, id=99999)
    assert answer["content"] == "There is no report #99999 in this server."


async def test_resolve_hide_deletes_and_closes_every_report_like_the_button(
    reporting: Running,
) -> None:
    fake, world, db = reporting.fake, reporting.fake.world, reporting.db
    moderator = world.moderator_id
    message = await reported(reporting, "bob", "carol")
    card = await wait_for_card(db, message["id"])
    report_id = await first_id(reporting, message)
    mark = len(fake.requests)
    _, answer = await reports(fake, "resolve", moderator, id=report_id, action="hide")

    route = f"/channels/{world.general_id}/messages/{message['id']}"
    assert len(fake.requests_matching("DELETE", route, since=mark)) == 1
    assert str(message["id"]) not in fake.state.messages
    (case,) = await cases(reporting, CaseKind.HIDE)
    assert (case.actor_id, case.outcome, case.reason) == (
        moderator,
        Outcome.OK,
        "moderator hid after 2 member report(s)",
    )
    found = await db.reports.for_message(int(message["id"]))
    assert len(found) == 2 and closed_by(found, ReportStatus.ACTIONED, moderator, case)
    hidden = await db.hidden.by_message(int(message["id"]))
    assert hidden is not None and hidden.case_id == case.id
    assert answer["content"].startswith(f"Hidden by <@{moderator}> (case #{case.id}).")
    (edit,) = fake.requests_matching(
        "PATCH", f"/channels/{world.mod_queue_id}/messages/{card.card_message_id}", since=mark
    )
    assert edit.json["components"] == []
    assert fields(edit.json["embeds"][0])["Status"] == answer["content"].splitlines()[0]

    _, again = await reports(fake, "resolve", moderator, id=report_id, action="dismiss")
    assert again["content"].startswith(
        f"Report #{report_id} was already actioned by <@{moderator}>"
    )
    assert f"> Hidden by <@{moderator}> (case #{case.id})." in again["content"]
    assert await cases(reporting, CaseKind.DISMISS) == []
    _, unknown = await reports(fake, "resolve", moderator, id=99999, action="hide")
    assert unknown["content"] == "There is no report #99999 in this server."


async def test_a_refused_hide_keeps_the_reports_open_and_says_why(reporting: Running) -> None:
    fake, world, db = reporting.fake, reporting.fake.world, reporting.db
    message = await reported(reporting, "bob")
    report_id = await first_id(reporting, message)
    route = rf"/channels/{world.general_id}/messages/{message['id']}"

    _, answer = await reports(fake, "resolve", world.moderator_id, id=report_id, action="restore")
    assert answer["content"] == "The post is not hidden; there is nothing to restore."
    fake.fail_next("DELETE", route, 403)
    _, answer = await reports(fake, "resolve", world.moderator_id, id=report_id, action="hide")
    assert answer["content"] == (
        "Could not hide it: 403 Missing Permissions (50013). The reports stay open."
    )
    (stored,) = await db.reports.for_message(int(message["id"]))
    assert (stored.status, stored.resolved_by) == (ReportStatus.OPEN, None)
    assert str(message["id"]) in fake.state.messages
    (failed,) = await cases(reporting, CaseKind.HIDE)
    assert (failed.outcome, failed.actor_id) == (Outcome.FAILED, world.moderator_id)

    _, answer = await reports(fake, "resolve", world.moderator_id, id=report_id, action="hide")
    assert answer["content"].startswith("Hidden by")
    assert str(message["id"]) not in fake.state.messages


async def test_restore_puts_a_post_hidden_by_reports_back(reporting: Running) -> None:
    fake, world, db = reporting.fake, reporting.fake.world, reporting.db
    message = await reported(reporting, "bob", "carol", "dave")
    hidden = await db.hidden.by_message(int(message["id"]))
    assert hidden is not None and hidden.status is HiddenStatus.HIDDEN
    report_id = await first_id(reporting, message)
    _, answer = await reports(fake, "show", world.moderator_id, id=report_id)
    assert fields(answer["embeds"][0])["Post"] == f"hidden (hidden post #{hidden.id})"

    mark = len(fake.requests)
    _, answer = await reports(fake, "resolve", world.moderator_id, id=report_id, action="restore")
    (repost,) = fake.requests_matching("POST", r"/webhooks/\d+/[^/]+", since=mark)
    assert repost.json["content"] == message["content"]
    assert repost.json["allowed_mentions"] == ECHO_SAFE
    (restore,) = await cases(reporting, CaseKind.RESTORE)
    found = await db.reports.for_message(int(message["id"]))
    assert closed_by(found, ReportStatus.DISMISSED, world.moderator_id, restore)
    assert answer["content"].startswith(f"Restored by <@{world.moderator_id}>")
    link = f"https://discord.com/channels/{world.guild_id}/{world.general_id}/{message['id']}"
    assert answer["content"].endswith(f"3 report(s) on {link} are now dismissed.")


async def test_resolve_works_after_the_bot_restarts(reporting: Reporting) -> None:
    fake, world = reporting.fake, reporting.fake.world
    message = await reported(reporting, "bob")
    report_id = await first_id(reporting, message)
    card = await wait_for_card(reporting.db, message["id"])
    old_bot = reporting.bot
    await reporting.restart()
    assert reporting.bot is not old_bot and old_bot.is_closed()

    mark = len(fake.requests)
    _, answer = await reports(fake, "resolve", world.moderator_id, id=report_id, action="dismiss")
    (dismissal,) = await cases(reporting, CaseKind.DISMISS)
    assert answer["content"].startswith(
        f"Dismissed by <@{world.moderator_id}> (case #{dismissal.id})."
    )
    (stored,) = await reporting.db.reports.for_message(int(message["id"]))
    assert closed_by([stored], ReportStatus.DISMISSED, world.moderator_id, dismissal)
    assert str(message["id"]) in fake.state.messages
    card_route = f"/channels/{world.mod_queue_id}/messages/{card.card_message_id}"
    (edit,) = fake.requests_matching("PATCH", card_route, since=mark)
    assert edit.json["components"] == []


async def test_list_and_show_put_a_forum_posts_title_before_its_text(reporting: Running) -> None:
    fake, world = reporting.fake, reporting.fake.world
    _, starter = await fake.events.thread_create(
        world.forum_id, world.member_id, "Mayor *lies*", "See the budget."
    )
    mark = len(fake.requests)
    await report(fake, member(fake, "bob"), starter, "be-truthful")
    await card_request(fake, since=mark)
    report_id = await first_id(reporting, starter)

    _, listed = await reports(fake, "list", world.moderator_id)
    assert r"> Mayor \*lies\*: See the budget." in listed["embeds"][0]["description"]
    _, shown = await reports(fake, "show", world.moderator_id, id=report_id)
    assert shown["embeds"][0]["description"].startswith(r"> Mayor \*lies\*: See the budget.")
