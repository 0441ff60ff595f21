"""Links to Discord messages and channels, built from ids (what they point at may be gone)."""

from __future__ import annotations

__all__ = ["channel_link", "message_link"]

BASE = "https://discord.com/channels"


def channel_link(guild_id: int, channel_id: int) -> str:
    """The link to a channel or thread."""
    return f"{BASE}/{guild_id}/{channel_id}"


def message_link(guild_id: int, channel_id: int, message_id: int) -> str:
    """The link to a message."""
    return f"{channel_link(guild_id, channel_id)}/{message_id}"
