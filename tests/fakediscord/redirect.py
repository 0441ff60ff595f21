"""Point discord.py's REST base and default gateway at a fake Discord, and put them back after."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import discord.gateway
import discord.http
import yarl

__all__ = ["redirect_discord"]


@contextmanager
def redirect_discord(api_base: str, gateway_url: str) -> Iterator[None]:
    """Set ``Route.BASE`` (a str) and ``DiscordWebSocket.DEFAULT_GATEWAY`` (a yarl.URL) for a block.

    This is what the bot does from ``discord.api_base`` / ``discord.gateway_url``; tests that
    run a plain ``discord.Client`` use this instead.
    """
    route = discord.http.Route
    websocket = discord.gateway.DiscordWebSocket
    saved_base, saved_gateway = route.BASE, websocket.DEFAULT_GATEWAY
    route.BASE = api_base
    websocket.DEFAULT_GATEWAY = yarl.URL(gateway_url)
    try:
        yield
    finally:
        route.BASE = saved_base
        websocket.DEFAULT_GATEWAY = saved_gateway
