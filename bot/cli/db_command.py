"""``modbot db migrate`` and ``modbot db copy``: bring a database up to date, or move it."""

from __future__ import annotations

import argparse
import asyncio
import os
from pathlib import Path
from typing import TypeAlias

from bot.config import ConfigError, load_config
from bot.storage import Database, StorageError
from bot.storage.backend import is_postgres_url
from bot.storage.copy import copy_database
from bot.storage.migrations import MIGRATIONS

__all__ = ["add_db"]

CONFIG_ENV = "MODBOT_CONFIG"
Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def _target(given: str | None, config: Path | None) -> str:
    """The database: as given, else the config's (DATABASE_URL wins, as for ``run``)."""
    if given:
        return given
    path = config or Path(os.environ.get(CONFIG_ENV) or "config.yaml")
    if not path.is_file() and os.environ.get("DATABASE_URL"):
        return os.environ["DATABASE_URL"]
    try:
        return os.fspath(load_config(path).database)
    except ConfigError as error:
        raise StorageError(str(error)) from error
    except OSError as error:
        raise StorageError(f"{path}: cannot read the config ({error.strerror})") from error


async def _migrate(target: str) -> str:
    """Open (so migrate) the database; a line saying what was done."""
    async with await Database.open(target) as db:
        before, latest = db.backend.migrated_from, len(MIGRATIONS)
    if before == latest:
        return f"{db.path}: schema version {latest}, already up to date"
    return f"{db.path}: migrated from schema version {before} to {latest}"


async def _copy(source: str, dest: str) -> list[str]:
    """Copy a SQLite file into an empty database; a line per table copied."""
    async with await Database.open(source) as src, await Database.open(dest) as dst:
        copied = await copy_database(src, dst)
        where = dst.path
    lines = [f"  {table:<14} {count:>9,}" for table, count in copied.items()]
    return [f"copied {source} into {where}:", *lines]


def cmd_migrate(args: argparse.Namespace) -> int:
    """Apply pending migrations to the configured (or given) database."""
    print(asyncio.run(_migrate(_target(args.database, args.config))))
    return 0


def cmd_copy(args: argparse.Namespace) -> int:
    """Copy a SQLite database into an empty one, every id kept."""
    if is_postgres_url(args.source):
        raise StorageError(f"{args.source}: the source must be a SQLite file")
    if not Path(args.source).is_file():
        raise StorageError(f"{args.source}: no such SQLite file")
    for line in asyncio.run(_copy(args.source, _target(args.dest, args.config))):
        print(line)
    return 0


def add_db(commands: Commands, config_help: str) -> None:
    """Register ``db migrate`` and ``db copy``."""
    db = commands.add_parser("db", help="migrate the database, or copy it to PostgreSQL")
    actions = db.add_subparsers(dest="action", required=True, metavar="ACTION")
    migrate = actions.add_parser(
        "migrate",
        help="apply pending schema migrations",
        description="Open the database and apply pending numbered migrations (the bot also "
        "does on start); say from which version to which. Exit 2 on error.",
    )
    migrate.add_argument("--config", type=Path, metavar="PATH", help=config_help)
    migrate.add_argument(
        "database",
        nargs="?",
        metavar="DATABASE",
        help="a SQLite file or postgresql:// URL (default: the config's database key, or "
        "DATABASE_URL)",
    )
    migrate.set_defaults(handler=cmd_migrate)
    copy = actions.add_parser(
        "copy",
        help="copy a SQLite database into an empty PostgreSQL one",
        description="Copy every case, claim, hidden post (with kept files), report, queue "
        "card and rule version from SOURCE into DEST, ids kept, in one transaction. DEST "
        "must be empty; both are migrated first. Stop the bot before copying (a running bot "
        "holds the SQLite file), then point 'database' at DEST.",
    )
    copy.add_argument("--config", type=Path, metavar="PATH", help=config_help)
    copy.add_argument("source", metavar="SOURCE", help="the SQLite file to copy from")
    copy.add_argument(
        "dest",
        nargs="?",
        metavar="DEST",
        help="the postgresql:// URL to copy into (default: the config's database, or DATABASE_URL)",
    )
    copy.set_defaults(handler=cmd_copy)
