"""The "Report to moderators" form: a guideline select and an optional reason.

The form's custom id names the reported message, and the cog answers every submission by that
id, so a form opened before a restart (or answered before discord.py stored it) still files.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import discord

from bot.core.reports import REASON_MAX

__all__ = ["FORM_PREFIX", "FormAnswer", "form_answer", "report_form"]

FORM_PREFIX = "modbot:report-form:"
FORM_ID = re.compile(FORM_PREFIX + r"(?P<channel_id>\d{1,20}):(?P<message_id>\d{1,20})")


@dataclass(frozen=True)
class FormAnswer:
    """What a member submitted: the message they report, a guideline id and their reason."""

    channel_id: int
    message_id: int
    guideline: str
    reason: str


def report_form(message: discord.Message, titles: Mapping[str, str]) -> discord.ui.Modal:
    """The form for reporting ``message``, offering the guidelines ``titles`` names.

    It is stopped before it is sent, so discord.py keeps no copy; submissions reach the cog's
    listener by custom id instead (see :func:`form_answer`).
    """
    form = discord.ui.Modal(
        title="Report to moderators",
        timeout=None,
        custom_id=f"{FORM_PREFIX}{message.channel.id}:{message.id}",
    )
    guideline: discord.ui.Select[Any] = discord.ui.Select(
        custom_id="guideline",
        placeholder="Choose a guideline",
        options=[
            discord.SelectOption(label=title[:100], value=gid)
            for gid, title in list(titles.items())[:25]
        ],
        required=True,
    )
    reason: discord.ui.TextInput[Any] = discord.ui.TextInput(
        custom_id="reason",
        style=discord.TextStyle.paragraph,
        required=False,
        max_length=REASON_MAX,
        placeholder="Optional: what is wrong with it?",
    )
    form.add_item(discord.ui.Label(text="Which guideline does it break?", component=guideline))
    form.add_item(discord.ui.Label(text="Why? (optional)", component=reason))
    form.stop()
    return form


def form_answer(data: Mapping[str, Any]) -> FormAnswer | None:
    """Read a modal submission's data (its labelled components); None if it is not our form."""
    found = FORM_ID.fullmatch(str(data.get("custom_id", "")))
    if found is None:
        return None
    fields = {
        str(label["component"].get("custom_id")): label["component"]
        for label in data.get("components", [])
        if "component" in label
    }
    values = fields.get("guideline", {}).get("values") or [""]
    reason = fields.get("reason", {}).get("value") or ""
    return FormAnswer(
        int(found["channel_id"]),
        int(found["message_id"]),
        str(values[0]),
        str(reason).strip()[:REASON_MAX],
    )
