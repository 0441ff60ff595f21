"""How a failed Discord call is written on a case and in the log."""

from __future__ import annotations

import discord

__all__ = ["failure_text"]


def failure_text(exc: discord.HTTPException) -> str:
    """Discord's status and message, e.g. ``403 Missing Permissions (50013)``."""
    code = f" ({exc.code})" if exc.code else ""
    return f"{exc.status} {exc.text or exc.response.reason}{code}"
