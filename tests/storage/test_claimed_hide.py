"""A hide's claims, cases and copy written together: same values on both backends, one winner."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from datetime import datetime

import pytest

from bot.adapter.moderation.group_writer import GroupWriter
from bot.core.cases import CaseKind, NewCase, Outcome
from bot.core.rules import Mode
from bot.storage import Database
from bot.storage.backend import Conn, Params, Row
from bot.storage.cases import claim_in
from bot.storage.claimed_hide import Recorded, claim_and_record
from bot.storage.hidden import record_hide
from tests.storage.conftest import GUILD, T0, USER, at
from tests.storage.test_hidden import MESSAGE, copy

HASH = "c0ffee"
RULES = ("insults", "slurs")


@dataclass(frozen=True, slots=True)
class Keys:
    """What the adapter's Claim holds."""

    message_id: int = MESSAGE
    rule_ids: tuple[str, ...] = RULES
    content_hash: str = HASH
    at: datetime = T0


class CountingConn:
    """A connection that counts the statements sent through it (round trips, on PostgreSQL)."""

    def __init__(self, conn: Conn) -> None:
        self.conn = conn
        self.statements = 0

    async def fetch(self, sql: str, params: Params = ()) -> list[Row]:
        self.statements += 1
        return await self.conn.fetch(sql, params)

    async def execute(self, sql: str, params: Params = ()) -> None:
        self.statements += 1
        await self.conn.execute(sql, params)

    async def executemany(self, sql: str, params: Iterable[Params]) -> None:
        self.statements += 1
        await self.conn.executemany(sql, params)


def plan() -> list[NewCase]:
    """A shadow hit's case, then the hide and a warning, with every kind of column filled."""
    base = NewCase(
        guild_id=GUILD,
        kind=CaseKind.HIDE,
        created_at=at(0),
        target_id=USER,
        actor_id=None,
        channel_id=5_000_000_000_000_000_005,
        message_id=MESSAGE,
        guideline="be-nice",
        rule_id="insults",
        reason="said «idiot» ✨",
        content_hash=HASH,
    )
    return [
        replace(base, kind=CaseKind.FLAG, mode=Mode.SHADOW, rule_id="slurs", reason="shadow"),
        base,
        replace(base, kind=CaseKind.WARN, expires_at=at(60 * 24), outcome=Outcome.OK),
    ]


async def record(
    db: Database, keys: Keys = Keys(), owner: int = 1
) -> tuple[set[str], Recorded | None, int]:
    """Claim and record ``plan()`` with a copy of MESSAGE; the statements it took too."""
    async with db.transaction() as raw:
        conn = CountingConn(raw)
        got, recorded = await claim_and_record(conn, db.kind, keys, plan(), copy(), owner=owner)
    return got, recorded, conn.statements


async def test_a_claimed_hide_records_what_the_stores_read_back(db: Database) -> None:
    got, recorded, statements = await record(db)
    assert got == set(RULES)
    assert recorded is not None
    cases, hidden = recorded
    assert hidden is not None
    assert [await db.cases.get(case.id) for case in cases] == cases
    assert await db.hidden.get(hidden.id) == hidden
    for case, new in zip(cases, plan(), strict=True):
        assert all(getattr(case, f.name) == getattr(new, f.name) for f in fields(new))
    assert [c.id for c in cases] == sorted(c.id for c in cases)
    stored = copy(case_id=cases[1].id)
    assert all(getattr(hidden, f.name) == getattr(stored, f.name) for f in fields(stored))
    assert statements == (1 if db.kind == "postgresql" else 2 + len(cases))


class Undo(Exception):
    """Raised to roll a transaction back once its results are in hand."""


def without_ids(recorded: Recorded | None) -> object:
    """Recorded values with their generated ids blanked, to compare two runs."""
    assert recorded is not None
    cases, hidden = recorded
    blank = None if hidden is None else replace(hidden, id=0, case_id=0)
    return [replace(case, id=0) for case in cases], blank


@pytest.mark.parametrize("hidden_before", [False, True])
async def test_the_same_values_as_the_statements_one_by_one(
    db: Database, hidden_before: bool
) -> None:
    if hidden_before:
        await db.hidden.add(copy())
    with pytest.raises(Undo):
        async with db.transaction() as conn:
            assert await claim_in(conn, MESSAGE, RULES, HASH, T0) == set(RULES)
            one_by_one = await record_hide(conn, plan(), copy(), owner=1)
            raise Undo
    _, together, _ = await record(db)
    assert without_ids(together) == without_ids(one_by_one)


async def test_a_rule_claimed_before_records_nothing(db: Database) -> None:
    async with db.transaction() as conn:
        await claim_in(conn, MESSAGE, ["slurs"], HASH, at(0))
    got, recorded, _ = await record(db)
    assert (got, recorded) == ({"insults"}, None)
    assert await db.cases.for_member(GUILD, USER) == []
    assert await db.hidden.by_message(MESSAGE) is None


async def test_a_message_hidden_already_ends_its_case_ok(db: Database) -> None:
    await db.hidden.add(copy())
    got, recorded, _ = await record(db)
    assert got == set(RULES)
    assert recorded is not None
    cases, hidden = recorded
    assert hidden is None
    assert (cases[1].outcome, cases[1].outcome_detail) == (Outcome.OK, "already hidden")
    assert [await db.cases.get(case.id) for case in cases] == cases


async def test_no_rules_to_claim_still_records(db: Database) -> None:
    got, recorded, _ = await record(db, Keys(rule_ids=()))
    assert got == set()
    assert recorded is not None and recorded[1] is not None


async def test_of_two_racing_hides_of_one_message_one_wins(db: Database, target: str) -> None:
    """From two connections (PostgreSQL: two pools; SQLite serves one process, so one pool)."""
    if db.kind == "sqlite":
        results = await asyncio.gather(record(db), record(db))
    else:
        async with await Database.open(target) as other:
            results = await asyncio.gather(record(db), record(other))
    won = [recorded for got, recorded, _ in results if recorded is not None]
    assert len(won) == 1
    assert sorted(len(got) for got, _, _ in results) == [0, 2]
    cases, hidden = won[0]
    assert hidden is not None and hidden.case_id == cases[1].id
    assert len(await db.cases.for_member(GUILD, USER)) == len(plan())


async def test_the_group_writer_records_a_hide_as_one_statement(db: Database) -> None:
    """On PostgreSQL outside a transaction (it commits by itself), on SQLite in a group."""
    writer = GroupWriter(db)
    got, recorded = await writer.run(
        lambda conn: claim_and_record(conn, db.kind, Keys(), plan(), copy(), owner=1),
        one_statement=True,
    )
    assert got == set(RULES) and recorded is not None
    cases, hidden = recorded
    assert [await db.cases.get(case.id) for case in cases] == cases
    assert hidden is not None and await db.hidden.get(hidden.id) == hidden
    again, nothing = await writer.run(
        lambda conn: claim_and_record(conn, db.kind, Keys(), plan(), copy(), owner=1),
        one_statement=True,
    )
    assert (again, nothing) == (set(), None)
