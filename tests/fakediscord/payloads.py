"""JSON documents shaped like discord.py's ``discord/types``: the fake's state and wire format."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tests.fakediscord.snowflakes import iso, snowflake_time

__all__ = [
    "Json",
    "attachment",
    "category_channel",
    "dm_channel",
    "error",
    "forum_channel",
    "forum_tag",
    "guild",
    "member",
    "message",
    "role",
    "text_channel",
    "thread",
    "user",
    "webhook",
]

Json = dict[str, Any]


def error(code: int, message: str) -> Json:
    """Build Discord's JSON error body."""
    return {"code": code, "message": message}


def user(user_id: str, username: str, *, bot: bool = False) -> Json:
    """Build a user object."""
    return {
        "id": user_id,
        "username": username,
        "discriminator": "0",
        "global_name": username.title(),
        "avatar": None,
        "bot": bot,
        "system": False,
        "flags": 0,
        "public_flags": 0,
    }


def role(
    role_id: str, name: str, *, permissions: int = 0, position: int = 0, bot_id: str | None = None
) -> Json:
    """Build a role object; ``bot_id`` makes it the managed role of a bot."""
    payload: Json = {
        "id": role_id,
        "name": name,
        "color": 0,
        "colors": {"primary_color": 0, "secondary_color": None, "tertiary_color": None},
        "hoist": False,
        "icon": None,
        "unicode_emoji": None,
        "position": position,
        "permissions": str(permissions),
        "managed": bot_id is not None,
        "mentionable": False,
        "flags": 0,
    }
    if bot_id is not None:
        payload["tags"] = {"bot_id": bot_id}
    return payload


def member(user_payload: Json, role_ids: list[str], *, joined_at: datetime) -> Json:
    """Build a guild member object with its user embedded."""
    return {
        "user": user_payload,
        "roles": role_ids,
        "nick": None,
        "avatar": None,
        "joined_at": iso(joined_at),
        "premium_since": None,
        "deaf": False,
        "mute": False,
        "pending": False,
        "flags": 0,
        "communication_disabled_until": None,
    }


def guild(guild_id: str, name: str, owner_id: str, application_id: str) -> Json:
    """Build the guild fields that GUILD_CREATE and GET /guilds/{id} share."""
    return {
        "id": guild_id,
        "name": name,
        "icon": None,
        "splash": None,
        "discovery_splash": None,
        "banner": None,
        "description": None,
        "owner_id": owner_id,
        "region": "europe",
        "afk_channel_id": None,
        "afk_timeout": 300,
        "verification_level": 1,
        "default_message_notifications": 1,
        "explicit_content_filter": 2,
        "features": ["COMMUNITY"],
        "mfa_level": 0,
        "nsfw_level": 0,
        "application_id": None,
        "system_channel_id": None,
        "system_channel_flags": 0,
        "rules_channel_id": None,
        "public_updates_channel_id": None,
        "vanity_url_code": None,
        "premium_tier": 0,
        "premium_subscription_count": 0,
        "preferred_locale": "en-US",
        "emojis": [],
        "stickers": [],
        "incidents_data": None,
        "max_members": 500_000,
        "max_video_channel_users": 25,
        "premium_progress_bar_enabled": False,
        "nsfw": False,
        "bot_application_id": application_id,
    }


def _guild_channel(channel_id: str, guild_id: str, name: str, kind: int, position: int) -> Json:
    """Build the fields every guild channel has."""
    return {
        "id": channel_id,
        "type": kind,
        "guild_id": guild_id,
        "name": name,
        "position": position,
        "permission_overwrites": [],
        "nsfw": False,
        "parent_id": None,
        "flags": 0,
    }


def category_channel(channel_id: str, guild_id: str, name: str, *, position: int = 0) -> Json:
    """Build a category channel (type 4)."""
    return _guild_channel(channel_id, guild_id, name, 4, position)


def text_channel(
    channel_id: str, guild_id: str, name: str, *, parent_id: str | None = None, position: int = 0
) -> Json:
    """Build a text channel (type 0)."""
    payload = _guild_channel(channel_id, guild_id, name, 0, position)
    payload.update(
        parent_id=parent_id,
        topic=None,
        last_message_id=None,
        rate_limit_per_user=0,
        default_auto_archive_duration=1440,
    )
    return payload


def forum_tag(tag_id: str, name: str, *, moderated: bool = False) -> Json:
    """Build a forum tag."""
    return {
        "id": tag_id,
        "name": name,
        "moderated": moderated,
        "emoji_id": None,
        "emoji_name": None,
    }


def forum_channel(
    channel_id: str,
    guild_id: str,
    name: str,
    *,
    tags: list[Json],
    parent_id: str | None = None,
    position: int = 0,
) -> Json:
    """Build a forum channel (type 15)."""
    payload = _guild_channel(channel_id, guild_id, name, 15, position)
    payload.update(
        parent_id=parent_id,
        topic="Discuss the news here.",
        last_message_id=None,
        rate_limit_per_user=0,
        default_thread_rate_limit_per_user=0,
        default_auto_archive_duration=4320,
        available_tags=tags,
        default_reaction_emoji=None,
        default_sort_order=None,
        default_forum_layout=1,
    )
    return payload


def thread(
    thread_id: str,
    guild_id: str,
    parent_id: str,
    owner_id: str,
    name: str,
    *,
    applied_tags: list[str] | None = None,
    kind: int = 11,
) -> Json:
    """Build a thread (type 11 public by default) with its thread_metadata."""
    created = iso(snowflake_time(thread_id))
    return {
        "id": thread_id,
        "type": kind,
        "guild_id": guild_id,
        "parent_id": parent_id,
        "owner_id": owner_id,
        "name": name,
        "nsfw": False,
        "last_message_id": thread_id,
        "rate_limit_per_user": 0,
        "message_count": 1,
        "member_count": 1,
        "total_message_sent": 1,
        "flags": 0,
        "applied_tags": applied_tags or [],
        "thread_metadata": {
            "archived": False,
            "auto_archive_duration": 4320,
            "archive_timestamp": created,
            "locked": False,
            "invitable": True,
            "create_timestamp": created,
        },
    }


def dm_channel(channel_id: str, recipient: Json) -> Json:
    """Build a DM channel (type 1) with one recipient."""
    return {
        "id": channel_id,
        "type": 1,
        "last_message_id": None,
        "recipients": [recipient],
        "flags": 0,
    }


def attachment(attachment_id: str, filename: str, *, base_url: str, size: int) -> Json:
    """Build an attachment whose URL points at the fake's CDN path."""
    url = f"{base_url}/attachments/{attachment_id}/{filename}"
    return {
        "id": attachment_id,
        "filename": filename,
        "size": size,
        "url": url,
        "proxy_url": url,
        "content_type": "application/octet-stream",
    }


def message(message_id: str, channel_id: str, author: Json, content: str, **fields: Any) -> Json:
    """Build a message; ``fields`` add or override keys (guild_id, member, embeds, flags...)."""
    payload: Json = {
        "id": message_id,
        "channel_id": channel_id,
        "type": 0,
        "author": author,
        "content": content,
        "timestamp": iso(snowflake_time(message_id)),
        "edited_timestamp": None,
        "tts": False,
        "mention_everyone": False,
        "mentions": [],
        "mention_roles": [],
        "attachments": [],
        "embeds": [],
        "components": [],
        "pinned": False,
        "flags": 0,
    }
    payload.update(fields)
    return payload


def webhook(
    webhook_id: str, token: str, channel_id: str, guild_id: str, name: str, creator: Json
) -> Json:
    """Build an incoming webhook object."""
    return {
        "id": webhook_id,
        "type": 1,
        "token": token,
        "channel_id": channel_id,
        "guild_id": guild_id,
        "name": name,
        "avatar": None,
        "application_id": None,
        "user": creator,
    }
