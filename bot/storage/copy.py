"""Copy every row of one database into an empty one: how a community moves SQLite to PostgreSQL."""

from __future__ import annotations

from dataclasses import dataclass

from bot.storage.database import Database
from bot.storage.errors import StorageError

__all__ = ["TABLES", "Table", "copy_database"]

BATCH = 500  # rows read and written at a time, so large attachment copies stay bounded


@dataclass(frozen=True, slots=True)
class Table:
    """A table to copy, in an order that reads it stably, and whether it has an id column."""

    name: str
    order: str
    has_id: bool = False


# Referenced tables first, so every foreign key points at a row already copied.
TABLES = (
    Table("cases", "id", has_id=True),
    Table("action_claims", "message_id, rule_id, content_hash"),
    Table("case_messages", "case_id, message_id"),
    Table("case_keys", "case_key"),
    Table("hidden_posts", "id", has_id=True),
    Table("hidden_files", "hidden_id, position"),
    Table("reports", "id", has_id=True),
    Table("report_cards", "message_id"),
    Table("rule_versions", "id", has_id=True),
)


async def copy_database(source: Database, dest: Database) -> dict[str, int]:
    """Copy every table's rows, ids kept, in one transaction; rows copied per table.

    Refuses (StorageError) a destination that already holds rows: merging two histories would
    renumber cases that moderators have quoted. Both databases are at the latest schema, as
    ``Database.open`` migrates them.
    """
    copied: dict[str, int] = {}
    async with dest.transaction("copy") as conn:
        for table in TABLES:
            # Table names and orders are the constants above.
            found = await conn.fetch(f"SELECT COUNT(*) FROM {table.name}")  # noqa: S608
            if found[0][0]:
                raise StorageError(
                    f"{dest.path}: already holds {found[0][0]} rows in {table.name}; "
                    "copy into an empty database"
                )
        for table in TABLES:
            copied[table.name] = 0
            while True:
                rows = await source.fetchall(
                    f"SELECT * FROM {table.name} ORDER BY {table.order} LIMIT ? OFFSET ?",  # noqa: S608
                    (BATCH, copied[table.name]),
                )
                if not rows:
                    break
                columns = list(rows[0].keys())
                marks = ", ".join("?" for _ in columns)
                insert = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({marks})"  # noqa: S608
                await conn.executemany(insert, [tuple(row[c] for c in columns) for row in rows])
                copied[table.name] += len(rows)
            if table.has_id:
                await dest.backend.continue_ids(conn, table.name)
    return copied
