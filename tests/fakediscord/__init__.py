"""An in-process fake Discord (REST and gateway) that the real discord.py client connects to."""

from __future__ import annotations

from tests.fakediscord.errors import ApiError
from tests.fakediscord.events import Events
from tests.fakediscord.faults import Fault
from tests.fakediscord.identify import IdentifyAttempt, SessionStarts, shard_of
from tests.fakediscord.interactions import EPHEMERAL, PendingInteraction
from tests.fakediscord.recording import GatewayFrame, RecordedRequest
from tests.fakediscord.redirect import redirect_discord
from tests.fakediscord.server import DEFAULT_TOKEN, FakeDiscord
from tests.fakediscord.state import DiscordState
from tests.fakediscord.world import Server, World, seed_server

__all__ = [
    "DEFAULT_TOKEN",
    "EPHEMERAL",
    "ApiError",
    "DiscordState",
    "Events",
    "FakeDiscord",
    "Fault",
    "GatewayFrame",
    "IdentifyAttempt",
    "PendingInteraction",
    "RecordedRequest",
    "Server",
    "SessionStarts",
    "World",
    "redirect_discord",
    "seed_server",
    "shard_of",
]
