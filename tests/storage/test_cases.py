"""The case log: round trips, escalation counting, pardons, idempotency and concurrency."""

from __future__ import annotations

import asyncio
from datetime import UTC, timedelta, timezone

from bot.core.cases import CaseKind, NewCase, Outcome, RuleCount, content_hash
from bot.core.rules import Mode
from bot.storage import Database
from bot.storage.cases import set_outcomes_in
from tests.storage.conftest import GUILD, USER, at, warning

MESSAGE = 3_000_000_000_000_000_003
HASH = content_hash("you absolute idiot")


async def test_case_round_trips_every_field(db: Database) -> None:
    earlier = await db.cases.add(warning(-5))
    plus_two = timezone(timedelta(hours=2))
    new = NewCase(
        guild_id=GUILD,
        kind=CaseKind.TIMEOUT,
        created_at=at(0).astimezone(plus_two),
        target_id=USER,
        actor_id=42,
        channel_id=7,
        message_id=MESSAGE,
        guideline="be-nice",
        rule_id="name-calling",
        reason="3 warnings within 24 h — «idiot»",
        mode=Mode.SHADOW,
        content_hash=HASH,
        expires_at=at(10).replace(microsecond=123456),
        related_case_id=earlier.id,
        outcome=Outcome.FAILED,
        outcome_detail="403 Missing Permissions",
    )
    case = await db.cases.add(new)
    assert case.id > earlier.id
    assert await db.cases.get(case.id) == case
    for name in NewCase.__dataclass_fields__:
        assert getattr(case, name) == getattr(new, name), name
    assert case.created_at.tzinfo == UTC
    assert case.expires_at is not None
    assert case.expires_at.microsecond == 123456
    assert not case.voided
    assert case.voided_by is None


async def test_defaults_and_missing(db: Database) -> None:
    case = await db.cases.add(NewCase(guild_id=GUILD, kind=CaseKind.FLAG, created_at=at(0)))
    assert case.actor_id is None
    assert case.mode is Mode.ENFORCE
    assert case.outcome is Outcome.PENDING
    assert case.reason == ""
    assert await db.cases.get(case.id + 1) is None


async def test_set_outcome(db: Database) -> None:
    case = await db.cases.add(warning(0))
    assert await db.cases.set_outcome(case.id, Outcome.FAILED, "404 Unknown Message")
    stored = await db.cases.get(case.id)
    assert stored is not None
    assert (stored.outcome, stored.outcome_detail) == (Outcome.FAILED, "404 Unknown Message")
    assert not await db.cases.set_outcome(case.id + 1, Outcome.OK)


async def test_set_outcomes_stores_many_in_one_statement_the_later_one_winning(
    db: Database,
) -> None:
    cases = await db.cases.add_all([warning(n) for n in range(3)])
    first, second = cases[0].id, cases[1].id
    async with db.statement() as conn:
        await set_outcomes_in(
            conn,
            [
                (first, Outcome.OK, "DM sent"),
                (second, Outcome.FAILED, "403 Missing Access"),
                (first, Outcome.FAILED, "first says 404 after all"),
            ],
        )
    stored = [await db.cases.get(c.id) for c in cases]
    assert [(c.outcome, c.outcome_detail) for c in stored if c is not None] == [
        (Outcome.FAILED, "first says 404 after all"),
        (Outcome.FAILED, "403 Missing Access"),
        (cases[2].outcome, cases[2].outcome_detail),
    ]


async def test_warnings_counts_only_active_enforced_warnings_in_the_window(db: Database) -> None:
    counted = [
        await db.cases.add(warning(-60 * 24)),  # exactly at the window's start
        await db.cases.add(warning(-30, outcome=Outcome.FAILED)),
        await db.cases.add(warning(-10, expires_at=at(1))),  # expires after now
    ]
    await db.cases.add(warning(-60 * 24 - 1))  # before the window
    await db.cases.add(warning(1))  # after now
    await db.cases.add(warning(-20, mode=Mode.SHADOW))
    await db.cases.add(warning(-15, expires_at=at(0)))  # expired at now
    await db.cases.add(warning(-5, kind=CaseKind.HIDE))
    await db.cases.add(warning(-5, target_id=USER + 1))
    await db.cases.add(warning(-5, guild_id=GUILD + 1))
    voided = await db.cases.add(warning(-3))
    assert await db.cases.pardon(voided.id, by=42, at=at(-2)) is not None

    found = await db.cases.warnings(GUILD, USER, now=at(0), since=at(-60 * 24))
    assert [c.id for c in found] == [c.id for c in reversed(counted)]
    unbounded = await db.cases.warnings(GUILD, USER, now=at(0))
    assert len(unbounded) == 4


async def test_pardon_voids_once_and_records_a_pardon_case(db: Database) -> None:
    warned = await db.cases.add(warning(0))
    pardon = await db.cases.pardon(warned.id, by=42, at=at(5), reason="misread sarcasm")
    assert pardon is not None
    assert (pardon.kind, pardon.actor_id, pardon.target_id) == (CaseKind.PARDON, 42, USER)
    assert (pardon.related_case_id, pardon.reason) == (warned.id, "misread sarcasm")
    assert pardon.outcome is Outcome.OK
    stored = await db.cases.get(warned.id)
    assert stored is not None
    assert stored.voided
    assert (stored.voided_at, stored.voided_by) == (at(5), 42)
    assert await db.cases.pardon(warned.id, by=43, at=at(6)) is None
    assert await db.cases.pardon(warned.id + 100, by=43, at=at(6)) is None


async def test_for_member_pages_newest_first(db: Database) -> None:
    ids = [(await db.cases.add(warning(m))).id for m in range(5)]
    await db.cases.add(warning(9, target_id=USER + 1))
    first = await db.cases.for_member(GUILD, USER, limit=3)
    second = await db.cases.for_member(GUILD, USER, limit=3, offset=3)
    assert [c.id for c in first + second] == ids[::-1]


async def test_a_claim_is_once_per_message_rule_and_content(db: Database) -> None:
    assert await db.cases.claim_all(MESSAGE, ["name-calling"], HASH, at=at(0)) == {"name-calling"}
    assert await db.cases.claim_all(MESSAGE, ["name-calling"], HASH, at=at(1)) == set()
    edited = content_hash("you absolute idiot!!")
    assert await db.cases.claim_all(MESSAGE, ["name-calling"], edited, at=at(2)) == {"name-calling"}
    assert await db.cases.claim_all(MESSAGE, ["slurs"], HASH, at=at(2)) == {"slurs"}
    assert await db.cases.claim_all(MESSAGE + 1, ["name-calling"], HASH, at=at(2)) == {
        "name-calling"
    }


async def test_concurrent_claims_give_each_rule_one_winner(db: Database) -> None:
    results = await asyncio.gather(
        *(db.cases.claim_all(MESSAGE, ["name-calling", "slurs"], HASH, at=at(0)) for _ in range(50))
    )
    won = [rule for claimed in results for rule in claimed]
    assert sorted(won) == ["name-calling", "slurs"]


async def test_claim_then_add_records_one_case_per_key(db: Database) -> None:
    new = warning(0, message_id=MESSAGE, content_hash=HASH)

    async def act() -> None:
        """What the listener does for one event: claim the rule, and record a case if it won."""
        if await db.cases.claim_all(MESSAGE, ["name-calling"], HASH, at=at(0)):
            await db.cases.add(new)

    await asyncio.gather(*(act() for _ in range(20)))
    assert len(await db.cases.for_member(GUILD, USER)) == 1


async def test_concurrent_adds_lose_no_rows(db: Database) -> None:
    cases = await asyncio.gather(*(db.cases.add(warning(i % 60)) for i in range(500)))
    assert len({c.id for c in cases}) == 500
    row = await db.fetchone("SELECT COUNT(*) FROM cases")
    assert row is not None
    assert row[0] == 500


async def test_counts_by_rule_per_mode(db: Database) -> None:
    await db.cases.add(warning(-90))  # before the window
    for minutes in (1, 2, 3):
        await db.cases.add(warning(minutes))
    await db.cases.add(warning(4, mode=Mode.SHADOW))
    await db.cases.add(warning(5, guideline="keep-it-clean", rule_id="profanity"))
    await db.cases.add(warning(5, guild_id=GUILD + 1))
    await db.cases.add(NewCase(guild_id=GUILD, kind=CaseKind.RESTORE, created_at=at(6)))
    assert await db.cases.counts_by_rule(GUILD, since=at(0)) == [
        RuleCount("be-nice", "name-calling", Mode.ENFORCE, 3),
        RuleCount("be-nice", "name-calling", Mode.SHADOW, 1),
        RuleCount("keep-it-clean", "profanity", Mode.ENFORCE, 1),
    ]


async def test_claim_all_claims_each_rule_once_in_one_call(db: Database) -> None:
    when = at(0)
    assert await db.cases.claim_all(1, ["a", "b"], "h1", at=when) == {"a", "b"}
    assert await db.cases.claim_all(1, ["b", "c"], "h1", at=when) == {"c"}
    assert await db.cases.claim_all(1, ["a"], "h2", at=when) == {"a"}
    assert await db.cases.claim_all(1, [], "h1", at=when) == set()
    assert await db.cases.claim_all(1, ["c"], "h1", at=when) == set()


async def test_add_all_records_cases_in_order(db: Database) -> None:
    cases = await db.cases.add_all([warning(0), warning(1)])
    assert [c.created_at for c in cases] == [at(0), at(1)]
    assert [await db.cases.get(c.id) for c in cases] == cases
    assert await db.cases.add_all([]) == []
