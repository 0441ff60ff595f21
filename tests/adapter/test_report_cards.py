"""Report cards end to end: moderators' buttons, refusals, and clicks after a restart."""

from __future__ import annotations

from bot.core.cases import Case, CaseKind, HiddenStatus, Outcome
from bot.core.reports import Report, ReportStatus
from tests.adapter.helpers import ECHO_SAFE, wait_for_log
from tests.adapter.reporting import (
    Reporting,
    card_request,
    member,
    report,
    reported,
    wait_for_card,
)
from tests.adapter.running_bot import Running
from tests.fakediscord import EPHEMERAL, FakeDiscord, PendingInteraction
from tests.fakediscord.interactions import InteractionFactory
from tests.fakediscord.payloads import Json


async def click(
    running: Running, user_id: int, message: Json, action: str
) -> tuple[PendingInteraction, int]:
    """Press a button on the message's card; return the interaction and the card's id."""
    card = await running.db.reports.card(int(message["id"]))
    assert card is not None
    pending = await running.fake.events.component(
        f"modbot:report:{message['id']}:{action}",
        user_id=user_id,
        message_id=card.card_message_id,
    )
    await running.fake.wait_for_response(pending)
    return pending, card.card_message_id


async def resolved_card(fake: FakeDiscord, card_id: int, *, since: int) -> Json:
    """Wait for the card's edit; return the edited embed, checking the buttons are gone."""
    edit = await fake.wait_for_request(
        "PATCH", rf"/channels/{fake.world.mod_queue_id}/messages/{card_id}", since=since
    )
    assert edit.json["components"] == []
    embed: Json = edit.json["embeds"][0]
    return embed


def status(embed: Json) -> str:
    """The card's status line."""
    return next(str(f["value"]) for f in embed["fields"] if f["name"] == "Status")


async def cases(running: Running, kind: CaseKind) -> list[Case]:
    """The seeded member's cases of one kind, newest first."""
    world = running.fake.world
    found = await running.db.cases.for_member(world.guild_id, world.member_id)
    return [c for c in found if c.kind is kind]


def all_resolved(reports: list[Report], status: ReportStatus, by: int, case: Case) -> bool:
    """Every report closed with this status, moderator and case."""
    return all(
        (r.status, r.resolved_by, r.case_id) == (status, by, case.id) and r.resolution
        for r in reports
    )


async def test_a_member_pressing_a_card_button_is_refused_and_nothing_changes(
    reporting: Running,
) -> None:
    fake, world = reporting.fake, reporting.fake.world
    message = await reported(reporting, "bob")
    mark = len(fake.requests)
    for user in (world.member_id, member(fake, "carol")):
        pending, _ = await click(reporting, user, message, "hide")
        assert pending.response is not None and pending.response_type == 4
        data = pending.response["data"]
        assert data["content"] == "Only moderators can act on reports."
        assert (data["flags"], data["allowed_mentions"]) == (EPHEMERAL, ECHO_SAFE)
    # Behind that refusal: a moderator's click is handled, so the member's had its turn.
    await click(reporting, world.moderator_id, message, "dismiss")
    await card_request(fake, since=mark, method="PATCH")
    assert await cases(reporting, CaseKind.HIDE) == []
    assert (await cases(reporting, CaseKind.DISMISS))[0].actor_id == world.moderator_id
    assert str(message["id"]) in fake.state.messages
    assert fake.requests_matching("DELETE", r"/channels/\d+/messages/\d+", since=mark) == []


async def test_hide_deletes_records_the_moderator_and_resolves_every_report(
    reporting: Running,
) -> None:
    fake, world, db = reporting.fake, reporting.fake.world, reporting.db
    message = await reported(reporting, "bob", "carol")
    mark = len(fake.requests)
    pending, card_id = await click(reporting, world.moderator_id, message, "hide")
    assert pending.response_type == 6
    embed = await resolved_card(fake, card_id, since=mark)
    await wait_for_log(fake, "hide", message["id"], since=mark)

    assert str(message["id"]) not in fake.state.messages
    (case,) = await cases(reporting, CaseKind.HIDE)
    assert (case.actor_id, case.outcome, case.guideline) == (
        world.moderator_id,
        Outcome.OK,
        "be-nice",
    )
    assert case.reason == "moderator hid after 2 member report(s)"
    hidden = await db.hidden.by_message(int(message["id"]))
    assert hidden is not None and hidden.case_id == case.id
    reports = await db.reports.for_message(int(message["id"]))
    assert len(reports) == 2
    assert all_resolved(reports, ReportStatus.ACTIONED, world.moderator_id, case)
    assert status(embed) == f"Hidden by <@{world.moderator_id}> (case #{case.id})."


async def test_two_moderators_clicking_at_once_act_once(reporting: Running) -> None:
    fake, world, db = reporting.fake, reporting.fake.world, reporting.db
    second_moderator = fake.state.add_user("mod2")
    fake.state.add_member(world.guild_id, second_moderator, [world.moderator_role_id])
    message = await reported(reporting, "bob")
    card = await wait_for_card(db, message["id"])
    mark = len(fake.requests)
    # Both clicks are built while the card still has its buttons, then sent back to back.
    factory = InteractionFactory(fake.state, world)
    clicks = [
        factory.component(
            f"modbot:report:{message['id']}:{action}", user_id=who, message_id=card.card_message_id
        )
        for who, action in ((world.moderator_id, "dismiss"), (int(second_moderator), "warn"))
    ]
    for pending in clicks:
        fake.interactions[pending.id] = pending
        await fake.dispatch("INTERACTION_CREATE", pending.payload)
    await fake.wait_for_request(
        "PATCH", rf"/channels/{world.mod_queue_id}/messages/{card.card_message_id}", since=mark
    )
    acted = await cases(reporting, CaseKind.DISMISS) + await cases(reporting, CaseKind.WARN)
    assert len(acted) == 1
    loser = clicks[1] if acted[0].kind is CaseKind.DISMISS else clicks[0]
    note = await fake.wait_for_request(
        "POST", rf"/webhooks/{world.application_id}/{loser.token}", since=mark
    )
    assert (note.json["content"], note.json["flags"]) == (
        "These reports were already resolved.",
        EPHEMERAL,
    )


async def test_warn_replies_to_the_author_and_dismiss_leaves_the_post(reporting: Running) -> None:
    fake, world, db = reporting.fake, reporting.fake.world, reporting.db
    warned = await reported(reporting, "bob")
    mark = len(fake.requests)
    _, card_id = await click(reporting, world.moderator_id, warned, "warn")
    embed = await resolved_card(fake, card_id, since=mark)
    (reply,) = fake.requests_matching("POST", f"/channels/{world.general_id}/messages", since=mark)
    assert reply.json["message_reference"]["message_id"] == int(warned["id"])
    assert reply.json["allowed_mentions"]["users"] == [world.member_id]
    assert "(Be Nice)" in reply.json["content"]
    assert str(member(fake, "bob")) not in reply.json["content"]
    (warning,) = await cases(reporting, CaseKind.WARN)
    assert (warning.actor_id, warning.outcome) == (world.moderator_id, Outcome.OK)
    assert warning.expires_at is not None
    assert all_resolved(
        await db.reports.for_message(int(warned["id"])),
        ReportStatus.ACTIONED,
        world.moderator_id,
        warning,
    )
    assert status(embed).startswith(f"Author warned by <@{world.moderator_id}>")

    kept = await reported(reporting, "carol", text="I disagree with the editorial")
    mark = len(fake.requests)
    _, card_id = await click(reporting, world.moderator_id, kept, "dismiss")
    embed = await resolved_card(fake, card_id, since=mark)
    (dismissal,) = await cases(reporting, CaseKind.DISMISS)
    assert (dismissal.actor_id, dismissal.message_id) == (world.moderator_id, int(kept["id"]))
    (stored,) = await db.reports.for_message(int(kept["id"]))
    assert all_resolved([stored], ReportStatus.DISMISSED, world.moderator_id, dismissal)
    assert str(kept["id"]) in fake.state.messages
    assert status(embed) == f"Dismissed by <@{world.moderator_id}> (case #{dismissal.id})."


async def test_a_card_works_after_the_bot_restarts(reporting: Reporting) -> None:
    fake, world = reporting.fake, reporting.fake.world
    message = await reported(reporting, "bob")
    old_bot = reporting.bot
    await reporting.restart()
    assert reporting.bot is not old_bot and old_bot.is_closed()
    mark = len(fake.requests)
    pending, card_id = await click(reporting, world.moderator_id, message, "dismiss")
    assert pending.response_type == 6
    embed = await resolved_card(fake, card_id, since=mark)
    (stored,) = await reporting.db.reports.for_message(int(message["id"]))
    assert (stored.status, stored.resolved_by) == (ReportStatus.DISMISSED, world.moderator_id)
    assert status(embed).startswith("Dismissed by")


async def test_restore_puts_a_post_hidden_by_reports_back(reporting: Running) -> None:
    fake, world, db = reporting.fake, reporting.fake.world, reporting.db
    message = await reported(reporting, "bob", "carol", "dave")
    hidden = await db.hidden.by_message(int(message["id"]))
    assert hidden is not None and hidden.status is HiddenStatus.HIDDEN
    mark = len(fake.requests)
    _, card_id = await click(reporting, world.moderator_id, message, "restore")
    embed = await resolved_card(fake, card_id, since=mark)
    (restore,) = await cases(reporting, CaseKind.RESTORE)
    assert (restore.actor_id, restore.outcome) == (world.moderator_id, Outcome.OK)
    (repost,) = fake.requests_matching("POST", r"/webhooks/\d+/[^/]+", since=mark)
    assert repost.json["content"] == message["content"]
    restored = await db.hidden.by_message(int(message["id"]))
    assert restored is not None and restored.status is HiddenStatus.RESTORED
    reports = await db.reports.for_message(int(message["id"]))
    assert all_resolved(reports, ReportStatus.DISMISSED, world.moderator_id, restore)
    assert status(embed).startswith(f"Restored by <@{world.moderator_id}>")


async def test_keep_hidden_confirms_a_hide_by_reports(reporting: Running) -> None:
    fake, world, db = reporting.fake, reporting.fake.world, reporting.db
    message = await reported(reporting, "bob", "carol", "dave")
    (by_reports,) = await cases(reporting, CaseKind.REPORT_HIDE)
    mark = len(fake.requests)
    _, card_id = await click(reporting, world.moderator_id, message, "hide")
    embed = await resolved_card(fake, card_id, since=mark)
    (kept,) = await cases(reporting, CaseKind.HIDE)
    assert (kept.actor_id, kept.outcome_detail, kept.related_case_id) == (
        world.moderator_id,
        "already hidden",
        by_reports.id,
    )
    assert status(embed) == f"Kept hidden by <@{world.moderator_id}> (case #{kept.id})."
    assert fake.requests_matching("DELETE", r"/channels/\d+/messages/\d+", since=mark) == []
    reports = await db.reports.for_message(int(message["id"]))
    assert all_resolved(reports, ReportStatus.ACTIONED, world.moderator_id, kept)


async def test_a_hide_discord_refuses_keeps_the_reports_open_and_says_why(
    reporting: Running,
) -> None:
    fake, world, db = reporting.fake, reporting.fake.world, reporting.db
    message = await reported(reporting, "bob")
    fault = fake.fail_next("DELETE", rf"/channels/{world.general_id}/messages/{message['id']}", 403)
    mark = len(fake.requests)
    pending, _ = await click(reporting, world.moderator_id, message, "hide")
    note = await fake.wait_for_request(
        "POST", rf"/webhooks/{world.application_id}/{pending.token}", since=mark
    )
    assert len(fault.hits) == 1
    assert note.json["flags"] == EPHEMERAL
    assert note.json["content"] == (
        "Could not hide it: 403 Missing Permissions (50013). The reports stay open."
    )
    (case,) = await cases(reporting, CaseKind.HIDE)
    assert (case.outcome, case.actor_id) == (Outcome.FAILED, world.moderator_id)
    (stored,) = await db.reports.for_message(int(message["id"]))
    assert stored.status is ReportStatus.OPEN
    assert str(message["id"]) in fake.state.messages
    card = await wait_for_card(db, message["id"])
    card_edits = rf"/channels/{world.mod_queue_id}/messages/{card.card_message_id}"
    assert fake.requests_matching("PATCH", card_edits, since=mark) == []
    # The copy was not left "hidden", so a second try goes through.
    await click(reporting, world.moderator_id, message, "hide")
    await resolved_card(fake, card.card_message_id, since=mark)
    assert str(message["id"]) not in fake.state.messages


async def test_hiding_a_forum_post_whose_thread_is_gone_resolves_the_reports(
    reporting: Running,
) -> None:
    """The post is down once its thread is gone, whatever else the case records first (here a
    file Discord would not give): the reports are actioned, not left open."""
    fake, world, db = reporting.fake, reporting.fake.world, reporting.db
    _, starter = await fake.events.thread_create(
        world.forum_id, world.member_id, "Clowns", "You people are clowns", attachments=["a.png"]
    )
    mark = len(fake.requests)
    await report(fake, member(fake, "bob"), starter, "be-nice")
    await card_request(fake, since=mark)
    await wait_for_card(db, starter["id"])
    fake.fail_next("GET", r"/attachments/\d+/a\.png", 404)
    closing = fake.fail_next("PATCH", rf"/channels/{starter['id']}$", 404)
    mark = len(fake.requests)
    _, card_id = await click(reporting, world.moderator_id, starter, "hide")
    embed = await resolved_card(fake, card_id, since=mark)

    assert len(closing.hits) == 1
    (case,) = await cases(reporting, CaseKind.HIDE)
    assert case.outcome is Outcome.FAILED
    assert case.outcome_detail.startswith("files not kept: a.png")
    assert case.outcome_detail.endswith("; 404 404: Not Found")
    reports = await db.reports.for_message(int(starter["id"]))
    assert all_resolved(reports, ReportStatus.ACTIONED, world.moderator_id, case)
    assert status(embed) == f"Hidden by <@{world.moderator_id}> (case #{case.id})."
