"""Rule versions and rule evidence on a real database file."""

from __future__ import annotations

from bot.core.cases import CaseKind, NewCase
from bot.core.rule_record import NewRuleVersion, RuleEvidence, Trigger
from bot.core.rules import Mode
from bot.storage import Database
from bot.storage.rule_evidence import RuleEvidenceStore
from tests.storage.conftest import GUILD, USER, at, warning

MODERATOR = 3_000_000_000_000_000_003


def version(minutes: float, guild_id: int | None = None, **changes: object) -> NewRuleVersion:
    """A rule version loaded ``minutes`` after T0."""
    fields: dict[str, object] = {
        "guild_id": guild_id,
        "digest": f"digest-{minutes}",
        "loaded_at": at(minutes),
        "trigger": Trigger.FILE_CHANGE,
        "rule_count": 3,
        **changes,
    }
    return NewRuleVersion(**fields)  # type: ignore[arg-type]


async def test_versions_are_kept_per_set_newest_first(db: Database) -> None:
    first = await db.rule_versions.add(version(0))
    await db.rule_versions.add(version(1, GUILD, trigger=Trigger.START))
    second = await db.rule_versions.add(
        version(2, trigger=Trigger.COMMAND, loaded_by=USER, summary="1 added (x)")
    )
    assert [v.id for v in await db.rule_versions.history(None)] == [second.id, first.id]
    assert second.loaded_by == USER and second.trigger is Trigger.COMMAND
    assert second.summary == "1 added (x)" and second.loaded_at == at(2)
    assert await db.rule_versions.latest(None) == second
    latest_guild = await db.rule_versions.latest(GUILD)
    assert latest_guild is not None and latest_guild.trigger is Trigger.START
    assert (await db.rule_versions.count(None), await db.rule_versions.count(GUILD)) == (2, 1)
    assert await db.rule_versions.latest(12345) is None


async def test_versions_survive_a_restart(target: str) -> None:
    async with await Database.open(target) as db:
        stored = await db.rule_versions.add(version(0, GUILD))
    async with await Database.open(target) as db:
        assert await db.rule_versions.latest(GUILD) == stored


def shadow(minutes: float, message_id: int, rule_id: str = "shadowed") -> NewCase:
    """A shadow case of ``rule_id`` on a message."""
    return warning(
        minutes, kind=CaseKind.HIDE, mode=Mode.SHADOW, message_id=message_id, rule_id=rule_id
    )


async def test_evidence_counts_what_became_of_shadowed_posts(db: Database) -> None:
    for minute, message in ((1, 11), (2, 12), (3, 13), (4, 14), (5, 14)):
        await db.cases.add(shadow(minute, message))
    await db.cases.add(shadow(1, 99, rule_id="other"))
    # 11: a moderator hid it later; 12: another, enforced rule hid it; 13: a moderator
    # dismissed it (no evidence); 14: nothing.
    await db.cases.add(warning(10, kind=CaseKind.HIDE, message_id=11, actor_id=MODERATOR))
    await db.cases.add(warning(2, kind=CaseKind.HIDE, message_id=12, rule_id="slur"))
    await db.cases.add(warning(9, kind=CaseKind.DISMISS, message_id=13, actor_id=MODERATOR))
    await db.cases.add(warning(8, kind=CaseKind.HIDE, message_id=99, actor_id=MODERATOR))
    await db.cases.add(warning(0, kind=CaseKind.HIDE, message_id=14, actor_id=MODERATOR))

    evidence = await RuleEvidenceStore(db).for_rule(GUILD, "shadowed", since=at(0))
    assert evidence == RuleEvidence(
        rule_id="shadowed",
        shadow_hits=5,
        shadow_posts=4,
        moderator_actioned=1,
        enforced_elsewhere=1,
        confirmed=2,
    )
    recent = await RuleEvidenceStore(db).for_rule(GUILD, "shadowed", since=at(3))
    assert (recent.shadow_hits, recent.shadow_posts, recent.confirmed) == (3, 2, 0)


async def test_evidence_counts_reports_and_enforced_hits(db: Database) -> None:
    await db.cases.add(shadow(1, 21))
    await db.cases.add(shadow(1, 23))
    await db.cases.add(warning(2, kind=CaseKind.REPORT_HIDE, message_id=21))
    await db.cases.add(warning(3, rule_id="shadowed", message_id=22))
    async with db.transaction() as conn:
        await conn.fetch(
            "INSERT INTO reports (guild_id, channel_id, message_id, author_id, reporter_id,"
            " guideline, created_at, updated_at) VALUES (?, 1, 23, ?, 5, 'be-nice', ?, ?)",
            (GUILD, USER, at(4).isoformat(), at(4).isoformat()),
        )
    evidence = await RuleEvidenceStore(db).for_rule(GUILD, "shadowed", since=at(0))
    assert (evidence.enforce_hits, evidence.shadow_hits) == (1, 2)
    assert (evidence.reported, evidence.confirmed) == (2, 2)
