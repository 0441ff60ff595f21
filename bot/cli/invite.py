"""The bot's invite URL with exactly the permissions it uses, and why it needs each."""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["PERMISSIONS", "Permission", "invite_url", "permissions_value"]

AUTHORIZE_URL = "https://discord.com/oauth2/authorize"


class Permission(NamedTuple):
    """One Discord permission: its name, its bit in the permissions integer and our reason."""

    name: str
    bit: int
    reason: str


PERMISSIONS: tuple[Permission, ...] = (
    Permission("View Channels", 10, "see the channels and forums it moderates"),
    Permission("Send Messages", 11, "warn authors and post cards to the moderators' queue"),
    Permission("Send Messages in Threads", 38, "warn authors inside threads and forum posts"),
    Permission("Read Message History", 16, "fetch reported and edited messages"),
    Permission("Manage Messages", 13, "hide (delete) messages that break a rule"),
    Permission("Manage Threads", 34, "lock and archive hidden forum posts, and restore them"),
    Permission("Moderate Members", 40, "time out members under the escalation policy"),
    Permission("Manage Webhooks", 29, "restore hidden posts under the author's name and avatar"),
    Permission("Embed Links", 14, "send report cards and case summaries as embeds"),
    Permission("Manage Channels", 4, "set slowmode on the channels a raid rule names"),
    Permission("Manage Server", 5, "pause invites during a raid (a raid rule's pause_invites)"),
)


def permissions_value(permissions: tuple[Permission, ...] = PERMISSIONS) -> int:
    """The permissions integer Discord expects in the invite URL."""
    value = 0
    for permission in permissions:
        value |= 1 << permission.bit
    return value


def invite_url(client_id: int, guild_id: int | None = None) -> str:
    """The OAuth2 URL that adds the bot (and its slash commands) with those permissions."""
    url = (
        f"{AUTHORIZE_URL}?client_id={client_id}&scope=bot+applications.commands"
        f"&permissions={permissions_value()}"
    )
    if guild_id is not None:
        url += f"&guild_id={guild_id}&disable_guild_select=true"
    return url
