"""Numbered, forward-only schema migrations, the same numbers on every backend.

Migration N is ``MIGRATIONS[N - 1]``: a tuple of single SQL statements in SQLite's dialect,
which each backend's ``ddl`` translates (PostgreSQL: 64-bit integers, identity columns,
BYTEA); each backend records the version its own way. Never edit a shipped migration;
append a new one. Enum columns (kind,
mode, outcome, status) are plain text without CHECKs so new values need no table rebuild;
the StrEnums validate them on the way out.
"""

from __future__ import annotations

import logging

from bot.storage.backend import Backend
from bot.storage.errors import SchemaTooNewError

__all__ = ["MIGRATIONS", "migrate"]

log = logging.getLogger(__name__)

_SCHEMA_1 = (
    # Every moderation action, automatic (actor_id NULL) or manual. AUTOINCREMENT so a case
    # number quoted in a mod log is never reused.
    """
    CREATE TABLE cases (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        guild_id INTEGER NOT NULL,
        kind TEXT NOT NULL,
        created_at TEXT NOT NULL,
        target_id INTEGER,
        actor_id INTEGER,
        channel_id INTEGER,
        message_id INTEGER,
        guideline TEXT,
        rule_id TEXT,
        reason TEXT NOT NULL DEFAULT '',
        mode TEXT NOT NULL DEFAULT 'enforce',
        content_hash TEXT,
        expires_at TEXT,
        related_case_id INTEGER REFERENCES cases (id),
        outcome TEXT NOT NULL DEFAULT 'pending',
        outcome_detail TEXT NOT NULL DEFAULT '',
        voided_at TEXT,
        voided_by INTEGER
    )
    """,
    "CREATE INDEX cases_by_member ON cases (guild_id, target_id, created_at)",
    "CREATE INDEX cases_by_time ON cases (guild_id, created_at)",
    # Idempotency of automatic actions: the primary key makes a claim atomic.
    """
    CREATE TABLE action_claims (
        message_id INTEGER NOT NULL,
        rule_id TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        claimed_at TEXT NOT NULL,
        case_id INTEGER REFERENCES cases (id),
        PRIMARY KEY (message_id, rule_id, content_hash)
    ) WITHOUT ROWID
    """,
    # A full copy of each hidden message; attachments and embeds are JSON arrays.
    """
    CREATE TABLE hidden_posts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        guild_id INTEGER NOT NULL,
        channel_id INTEGER NOT NULL,
        parent_id INTEGER,
        message_id INTEGER NOT NULL,
        author_id INTEGER NOT NULL,
        author_name TEXT NOT NULL,
        author_avatar_url TEXT,
        content TEXT NOT NULL DEFAULT '',
        thread_title TEXT NOT NULL DEFAULT '',
        attachments TEXT NOT NULL DEFAULT '[]',
        embeds TEXT NOT NULL DEFAULT '[]',
        posted_at TEXT NOT NULL,
        hidden_at TEXT NOT NULL,
        case_id INTEGER REFERENCES cases (id),
        status TEXT NOT NULL DEFAULT 'hidden',
        restored_at TEXT,
        restored_by INTEGER,
        restored_message_id INTEGER
    )
    """,
    "CREATE INDEX hidden_posts_by_guild ON hidden_posts (guild_id, status, hidden_at)",
    "CREATE INDEX hidden_posts_by_message ON hidden_posts (message_id)",
    # At most one copy of a message is in the hidden state at a time.
    """
    CREATE UNIQUE INDEX hidden_posts_one_hidden ON hidden_posts (message_id)
    WHERE status = 'hidden'
    """,
)

_SCHEMA_2 = (
    # Members' reports (Be Proactive): one row per reporter and message; a second report by
    # the same member updates the reason. The content is a snapshot at report time.
    """
    CREATE TABLE reports (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        guild_id INTEGER NOT NULL,
        channel_id INTEGER NOT NULL,
        message_id INTEGER NOT NULL,
        author_id INTEGER NOT NULL,
        reporter_id INTEGER NOT NULL,
        guideline TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        content TEXT NOT NULL DEFAULT '',
        attachments TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'open',
        resolved_by INTEGER,
        resolved_at TEXT,
        resolution TEXT NOT NULL DEFAULT '',
        case_id INTEGER REFERENCES cases (id),
        UNIQUE (message_id, reporter_id)
    )
    """,
    "CREATE INDEX reports_by_status ON reports (guild_id, status, created_at)",
    "CREATE INDEX reports_by_reporter ON reports (guild_id, reporter_id, created_at)",
    "CREATE INDEX reports_by_author ON reports (guild_id, author_id, created_at)",
    # Where each reported message's card sits in the moderators' queue, to update its counter.
    """
    CREATE TABLE report_cards (
        message_id INTEGER PRIMARY KEY,
        guild_id INTEGER NOT NULL,
        queue_channel_id INTEGER NOT NULL,
        card_message_id INTEGER NOT NULL
    ) WITHOUT ROWID
    """,
    # Every rule set that loaded successfully: what, when, and who (NULL: a file change).
    """
    CREATE TABLE rule_versions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        guild_id INTEGER,
        digest TEXT NOT NULL,
        loaded_at TEXT NOT NULL,
        loaded_by INTEGER,
        trigger TEXT NOT NULL,
        rule_count INTEGER NOT NULL,
        summary TEXT NOT NULL DEFAULT ''
    )
    """,
    "CREATE INDEX rule_versions_by_guild ON rule_versions (guild_id, loaded_at)",
)

_SCHEMA_3 = (
    # Rule statistics and report decisions look cases up by the message they concern.
    "CREATE INDEX cases_by_message ON cases (message_id)",
)

_SCHEMA_4 = (
    # A reported forum post's title, kept with the snapshot: it may be what was reported.
    "ALTER TABLE reports ADD COLUMN thread_title TEXT NOT NULL DEFAULT ''",
)

_SCHEMA_5 = (
    # The bytes of a hidden message's attachments, by their place in its attachments list:
    # Discord drops a deleted message's files, so a restore re-uploads these.
    """
    CREATE TABLE hidden_files (
        hidden_id INTEGER NOT NULL REFERENCES hidden_posts (id),
        position INTEGER NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (hidden_id, position)
    )
    """,
)

_SCHEMA_6 = (
    # The messages a case covers beyond its own message_id: a behaviour rule's flood opens
    # one case for every message of its window, and later messages of the flood join it.
    """
    CREATE TABLE case_messages (
        case_id INTEGER NOT NULL REFERENCES cases (id),
        message_id INTEGER NOT NULL,
        PRIMARY KEY (case_id, message_id)
    ) WITHOUT ROWID
    """,
    "CREATE INDEX case_messages_by_message ON case_messages (message_id)",
    # The case a flood opened, by the key the behaviour core gives it, for messages joining it.
    """
    CREATE TABLE case_keys (
        case_key TEXT PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases (id)
    ) WITHOUT ROWID
    """,
)

_SCHEMA_7 = (
    # When each of Discord's IDENTIFY rate-limit keys (shard_id % max_concurrency) is free
    # again, in milliseconds since the epoch: processes starting shards together take turns.
    "CREATE TABLE identify_slots (rate_key INTEGER PRIMARY KEY, free_at_ms INTEGER NOT NULL)",
)

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    _SCHEMA_1,
    _SCHEMA_2,
    _SCHEMA_3,
    _SCHEMA_4,
    _SCHEMA_5,
    _SCHEMA_6,
    _SCHEMA_7,
)


async def migrate(backend: Backend) -> int:
    """Apply pending migrations in one write transaction; return the version found before.

    Refuses (SchemaTooNewError) a database newer than ``MIGRATIONS``. The transaction holds
    the ``migrate`` lock (SQLite: ``BEGIN IMMEDIATE``), so two processes opening a fresh
    database cannot both migrate it.
    """
    known = len(MIGRATIONS)
    async with backend.transaction("migrate") as conn:
        found = await backend.schema_version(conn)
        if found > known:
            raise SchemaTooNewError(backend.name, found, known)
        for number in range(found + 1, known + 1):
            for statement in MIGRATIONS[number - 1]:
                await conn.execute(backend.ddl(statement))
            log.debug("%s: applied migration %d", backend.name, number)
        if found < known:
            await backend.set_schema_version(conn, known)
            log.info("migrated %s from schema %d to %d", backend.name, found, known)
    return found
