"""Errors the storage layer raises on purpose, each saying what to do about it."""

from __future__ import annotations

__all__ = ["AlreadyHiddenError", "SchemaTooNewError", "StorageError"]


class StorageError(Exception):
    """Base class of the storage layer's own errors."""


class SchemaTooNewError(StorageError):
    """The database was written by a newer modbot; opening it could corrupt it."""

    def __init__(self, path: str, found: int, known: int):
        self.path = path
        self.found = found
        self.known = known
        super().__init__(
            f"{path}: database schema version {found} is newer than this modbot knows "
            f"({known}); upgrade modbot or point it at another database file"
        )


class AlreadyHiddenError(StorageError):
    """A message already has a copy in the hidden state; it is not hidden twice."""

    def __init__(self, message_id: int):
        self.message_id = message_id
        super().__init__(f"message {message_id} is already hidden")
