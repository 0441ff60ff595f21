"""A hide's claims, cases and copy written together; on PostgreSQL in one round trip."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from bot.core.cases import Case, HiddenPost, NewCase, NewHiddenPost
from bot.storage.backend import Conn, Params
from bot.storage.cases import _case, _params, claim_in
from bot.storage.hidden import _copy_params, _hidden, mark_already_hidden, record_hide
from bot.storage.times import encode

__all__ = ["WARM_UP", "HideClaim", "Recorded", "claim_and_record"]

Recorded = tuple[list[Case], HiddenPost | None]

# Data-modifying CTEs: claim every rule, then (only if every rule was claimed) the cases in
# the plan's order, then the copy naming the owner case. All see one snapshot, so each step
# reads the one before through its RETURNING. Parameters are cast where PostgreSQL cannot
# infer them (a SELECT list and unnest have no target column to take a type from).
_CLAIM_AND_RECORD = """
    WITH claimed AS (
        INSERT INTO action_claims (message_id, rule_id, content_hash, claimed_at, case_id)
        SELECT ?::bigint, wanted.rule_id, ?::text, ?::text, NULL
        FROM unnest(?::text[]) AS wanted (rule_id)
        ON CONFLICT DO NOTHING
        RETURNING rule_id
    ), every AS (
        SELECT count(*) = ?::int AS claimed FROM claimed
    ), recorded AS (
        INSERT INTO cases (
            guild_id, kind, created_at, target_id, actor_id, channel_id, message_id, guideline,
            rule_id, reason, mode, content_hash, expires_at, related_case_id, outcome,
            outcome_detail
        )
        SELECT guild_id, kind, created_at, target_id, actor_id, channel_id, message_id,
            guideline, rule_id, reason, mode, content_hash, expires_at, related_case_id,
            outcome, outcome_detail
        FROM unnest(
            ?::bigint[], ?::text[], ?::text[], ?::bigint[], ?::bigint[], ?::bigint[],
            ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
            ?::bigint[], ?::text[], ?::text[]
        ) WITH ORDINALITY AS news (
            guild_id, kind, created_at, target_id, actor_id, channel_id, message_id, guideline,
            rule_id, reason, mode, content_hash, expires_at, related_case_id, outcome,
            outcome_detail, position
        )
        WHERE (SELECT claimed FROM every)
        ORDER BY position
        RETURNING *
    ), copied AS (
        INSERT INTO hidden_posts (
            guild_id, channel_id, parent_id, message_id, author_id, author_name,
            author_avatar_url, content, thread_title, attachments, embeds, posted_at,
            hidden_at, case_id
        )
        SELECT ?::bigint, ?::bigint, ?::bigint, ?::bigint, ?::bigint, ?::text, ?::text,
            ?::text, ?::text, ?::text, ?::text, ?::text, ?::text,
            (SELECT id FROM recorded ORDER BY id OFFSET ?::int LIMIT 1)
        WHERE (SELECT claimed FROM every)
        ON CONFLICT (message_id) WHERE status = 'hidden' DO NOTHING
        RETURNING *
    )
    SELECT
        (SELECT array_agg(rule_id) FROM claimed) AS claimed,
        (SELECT json_agg(recorded ORDER BY id) FROM recorded) AS cases,
        (SELECT row_to_json(copied) FROM copied) AS copy
"""

# The hide statement with parameters that claim and record nothing (no rules, a count no claim
# matches): run on each pooled connection at start, it has asyncpg prepare the statement and
# look up its types there, which cost a hide 50 ms on a busy server when left to the first one.
WARM_UP: tuple[str, Params] = (
    _CLAIM_AND_RECORD,
    (0, "", "", [], -1, *([[]] * 16), *([None] * 13), 0),
)


class HideClaim(Protocol):
    """The keys a hide claims before it is recorded: one per rule hit on this content."""

    @property
    def message_id(self) -> int: ...
    @property
    def rule_ids(self) -> Sequence[str]: ...
    @property
    def content_hash(self) -> str: ...
    @property
    def at(self) -> datetime: ...


async def claim_and_record(
    conn: Conn,
    kind: str,
    claim: HideClaim,
    news: Sequence[NewCase],
    copy: NewHiddenPost,
    *,
    owner: int,
) -> tuple[set[str], Recorded | None]:
    """Claim every rule, and only if this call got them all record the hide; the ids it got.

    ``kind`` is the backend's: on PostgreSQL the common hide is one statement, which the
    group writer sends outside a transaction (one round trip on a busy loop instead of five);
    a copy that finds the message hidden already takes a second statement ending the case ok,
    committed apart, so a crash between the two leaves that case pending, as a crash before
    the DELETE does. SQLite runs the claim and ``record_hide`` as before.
    """
    if kind != "postgresql":
        got = await claim_in(conn, claim.message_id, claim.rule_ids, claim.content_hash, claim.at)
        if got != set(claim.rule_ids):
            return got, None
        return got, await record_hide(conn, news, copy, owner=owner)
    rule_ids = list(dict.fromkeys(claim.rule_ids))
    columns = [list(column) for column in zip(*map(_params, news), strict=True)]
    params = [claim.message_id, claim.content_hash, encode(claim.at), rule_ids, len(rule_ids)]
    params += [*columns, *_copy_params(copy)[:-1], owner]  # the statement fills in case_id
    row = (await conn.fetch(_CLAIM_AND_RECORD, params))[0]
    got = set(row["claimed"] or ())
    if row["cases"] is None:
        return got, None
    cases = [_case(item) for item in json.loads(row["cases"])]
    if row["copy"] is None:
        return got, (await mark_already_hidden(conn, cases, owner), None)
    return got, (cases, _hidden(json.loads(row["copy"])))
