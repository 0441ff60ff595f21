"""The plain-data post the adapter hands to the engine."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

__all__ = ["Post"]


@dataclass(frozen=True, slots=True)
class Post:
    """A message or forum post, stripped of discord objects.

    ``channel_id`` is where the message is; for a thread, ``parent_id`` is the channel or
    forum that holds it and ``category_id`` the category above that. ``title`` is set for the
    starter message of a forum post.
    """

    text: str
    title: str = ""
    guild_id: int | None = None
    channel_id: int | None = None
    channel_name: str = ""
    parent_id: int | None = None
    parent_name: str = ""
    category_id: int | None = None
    category_name: str = ""
    message_id: int | None = None
    author_id: int | None = None
    role_ids: frozenset[int] = frozenset()
    is_moderator: bool = False
    created_at: datetime | None = None
    attachments: tuple[str, ...] = field(default=())
