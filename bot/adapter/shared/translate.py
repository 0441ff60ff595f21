"""Translate discord.py objects into the core's plain ``Post``."""

from __future__ import annotations

import discord

from bot.config import GuildConfig
from bot.core.post import Post, PostFile
from bot.storage.case_messages import MemberRecord

__all__ = ["forum_thread", "is_moderator", "thread_post", "to_post"]


def is_moderator(member: discord.Member | discord.User, guild: GuildConfig) -> bool:
    """Moderators hold a configured moderator role or the Manage Messages permission."""
    if not isinstance(member, discord.Member):
        return False
    if guild.moderator_roles & {role.id for role in member.roles}:
        return True
    return member.guild_permissions.manage_messages


def forum_thread(message: discord.Message) -> discord.Thread | None:
    """The forum thread this message starts, if it is a forum post's starter message."""
    channel = message.channel
    if not isinstance(channel, discord.Thread) or channel.id != message.id:
        return None
    return channel if isinstance(channel.parent, discord.ForumChannel) else None


def _roles(author: discord.User | discord.Member) -> frozenset[int]:
    if isinstance(author, discord.Member):
        return frozenset(r.id for r in author.roles)
    return frozenset()


def thread_post(
    thread: discord.Thread, owner: discord.User | discord.Member, guild: GuildConfig
) -> Post:
    """A core post of a forum post's title alone, for when its starter message is gone."""
    forum = thread.parent
    category = getattr(forum, "category", None)
    return Post(
        text="",
        title=thread.name,
        guild_id=thread.guild.id,
        channel_id=thread.id,
        channel_name=thread.name,
        parent_id=thread.parent_id,
        parent_name=forum.name if forum else "",
        category_id=category.id if category else None,
        category_name=category.name if category else "",
        message_id=thread.id,
        author_id=owner.id,
        role_ids=_roles(owner),
        is_moderator=is_moderator(owner, guild),
    )


def to_post(
    message: discord.Message,
    guild: GuildConfig,
    *,
    title: str = "",
    record: MemberRecord | None = None,
    prior_posts: int | None = None,
) -> Post:
    """A core post from a message; ``title`` is the thread name of a forum starter message.

    The author facts behaviour rules judge are filled where known: ``record`` (warnings and
    cases on file) and ``prior_posts`` when the caller counted them, else left unknown.
    """
    channel = message.channel
    parent = channel.parent if isinstance(channel, discord.Thread) else None
    holder = parent or channel
    category = getattr(holder, "category", None)
    author = message.author
    return Post(
        text=message.content,
        title=title,
        guild_id=message.guild.id if message.guild else None,
        channel_id=channel.id,
        channel_name=getattr(channel, "name", "") or "",
        parent_id=parent.id if parent else None,
        parent_name=parent.name if parent else "",
        category_id=category.id if category else None,
        category_name=category.name if category else "",
        message_id=message.id,
        author_id=author.id,
        role_ids=_roles(author),
        is_moderator=is_moderator(author, guild),
        created_at=message.edited_at or message.created_at,
        attachments=tuple(a.url for a in message.attachments),
        files=tuple(PostFile(a.filename, a.content_type or "") for a in message.attachments),
        account_created_at=author.created_at,
        joined_at=author.joined_at if isinstance(author, discord.Member) else None,
        prior_warnings=record.warnings if record else None,
        prior_cases=record.cases if record else None,
        prior_posts=prior_posts,
    )
