"""Who may use moderator commands and buttons: Manage Messages or a configured moderator role.

Discord's default permissions hide moderator commands from other members; this server-side
check holds even when a server admin changes those defaults.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import discord
from discord import app_commands

from bot.adapter.shared.translate import is_moderator

if TYPE_CHECKING:
    from bot.adapter.client import ModBot

__all__ = ["NotModerator", "allowed", "moderators_only"]

CommandFunc = TypeVar("CommandFunc", bound=Callable[..., Any])


class NotModerator(app_commands.CheckFailure):
    """The member is not a moderator of this guild."""


def allowed(interaction: discord.Interaction[Any]) -> bool:
    """Whether the interaction's user is a moderator of the guild it happens in."""
    bot: ModBot = interaction.client
    if interaction.guild is None or not isinstance(interaction.user, discord.Member):
        return False
    return is_moderator(interaction.user, bot.config.guild(interaction.guild.id))


def moderators_only(func: CommandFunc) -> CommandFunc:
    """Decorate a command: guild only, default permission Manage Messages, server-side check."""

    def check(interaction: discord.Interaction[Any]) -> bool:
        if not allowed(interaction):
            raise NotModerator("This command is for moderators.")
        return True

    func = app_commands.guild_only()(func)
    func = app_commands.default_permissions(manage_messages=True)(func)
    return app_commands.check(check)(func)
