"""The database: SQLite or PostgreSQL behind one interface, migrations, stores of core values."""

from __future__ import annotations

from bot.storage.cases import CaseStore
from bot.storage.database import Database
from bot.storage.errors import AlreadyHiddenError, SchemaTooNewError, StorageError
from bot.storage.hidden import HiddenPostStore

__all__ = [
    "AlreadyHiddenError",
    "CaseStore",
    "Database",
    "HiddenPostStore",
    "SchemaTooNewError",
    "StorageError",
]
