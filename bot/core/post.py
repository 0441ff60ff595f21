"""The plain-data post the adapter hands to the engine."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

__all__ = ["Post", "PostFile"]


@dataclass(frozen=True, slots=True)
class PostFile:
    """An attachment as behaviour rules judge it: its file name and declared content type."""

    filename: str
    content_type: str = ""


@dataclass(frozen=True, slots=True)
class Post:
    """A message or forum post, stripped of discord objects.

    ``channel_id`` is where the message is; for a thread, ``parent_id`` is the channel or
    forum that holds it and ``category_id`` the category above that. ``title`` is set for the
    starter message of a forum post.

    The author facts after ``attachments`` are for behaviour rules; the adapter fills what it
    knows, and a rule never acts on a fact left unknown (None). ``prior_posts`` counts the
    author's earlier posts in the guild; ``files`` describe ``attachments`` by name and type.
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
    files: tuple[PostFile, ...] = ()
    account_created_at: datetime | None = None
    joined_at: datetime | None = None
    prior_warnings: int | None = None
    prior_cases: int | None = None
    prior_posts: int | None = None
