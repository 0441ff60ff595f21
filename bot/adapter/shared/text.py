"""Shorten members' and rules' text to fit Discord's limits, marking the cut with an ellipsis."""

from __future__ import annotations

import discord

__all__ = ["clip", "one_line"]

ELLIPSIS = "…"


def clip(text: str, limit: int) -> str:
    """``text`` if it fits in ``limit`` characters, else its start and an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1] + ELLIPSIS


def one_line(text: str, limit: int) -> str:
    """Text on one line, shortened to ``limit`` characters, with Markdown escaped."""
    return discord.utils.escape_markdown(clip(" ".join(text.split()), limit))
