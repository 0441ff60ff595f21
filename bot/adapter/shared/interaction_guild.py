"""The guild a guild-only command or button runs in."""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands

__all__ = ["guild_id_of", "guild_of"]


def guild_of(interaction: discord.Interaction[Any]) -> discord.Guild:
    """The interaction's guild; outside one, the "server only" error every command answers."""
    if interaction.guild is None:
        raise app_commands.NoPrivateMessage()
    return interaction.guild


def guild_id_of(interaction: discord.Interaction[Any]) -> int:
    """The interaction's guild id, which the guild object may lack from the cache."""
    if interaction.guild_id is None:
        raise app_commands.NoPrivateMessage()
    return interaction.guild_id
