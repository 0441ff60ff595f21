"""What /hidden show answers: a hidden post in full, why it was hidden, and its kept files."""

from __future__ import annotations

import io
from collections.abc import Mapping

import discord

from bot.adapter.hidden.kept_files import as_files, fit_one_message
from bot.core.cases import Case, HiddenPost, HiddenStatus

__all__ = ["hidden_card", "restored_state"]

# Room for the quoted text in an embed description (4,096), with its "> " prefixes.
TEXT_ROOM = 3500


def _quoted(text: str) -> str:
    """Escaped text, each line quoted."""
    escaped = discord.utils.escape_markdown(text)
    return "\n".join(f"> {line}" for line in escaped.splitlines())


def _why(case: Case | None) -> str:
    if case is None:
        return "(its case is gone)"
    actor = "modbot" if case.actor_id is None else f"<@{case.actor_id}>"
    rule = f" · {case.guideline}/{case.rule_id}" if case.rule_id else ""
    reason = f"\n> {discord.utils.escape_markdown(case.reason[:300])}" if case.reason else ""
    return f"case #{case.id} by {actor}{rule}{reason}"


def restored_state(hidden: HiddenPost) -> str:
    """The words for a restored copy: by whom and when, as far as the copy knows."""
    by = f" by <@{hidden.restored_by}>" if hidden.restored_by else ""
    at = f" {discord.utils.format_dt(hidden.restored_at, 'f')}" if hidden.restored_at else ""
    return f"restored{by}{at}"


def _status(hidden: HiddenPost) -> str:
    if hidden.status is HiddenStatus.HIDDEN:
        return "hidden"
    if hidden.status is HiddenStatus.PURGED:
        return "purged: its text and files were deleted (see /cases for who and why)"
    return restored_state(hidden)


def _file_line(name: str, url: str, kept: bool) -> str:
    escaped = discord.utils.escape_markdown(name)
    return f"{escaped} (kept)" if kept else f"[{escaped}]({url}) (link only: not kept)"


def hidden_card(
    hidden: HiddenPost, case: Case | None, data: Mapping[int, bytes]
) -> tuple[discord.Embed, list[discord.File]]:
    """The embed and files for one hidden post.

    The kept files go along when one message can carry them; a text too long for the embed
    comes as ``post.txt``.
    """
    text = "\n\n".join(part for part in (hidden.thread_title, hidden.content) if part)
    quoted = _quoted(text[:TEXT_ROOM]) + ("…" if len(text) > TEXT_ROOM else "")
    embed = discord.Embed(
        title=f"Hidden post #{hidden.id}", description=quoted or "> (no text)", colour=0xE67E22
    )
    place = f"<#{hidden.channel_id}>" + (f" in <#{hidden.parent_id}>" if hidden.parent_id else "")
    name = discord.utils.escape_markdown(hidden.author_name)
    embed.add_field(name="Author", value=f"<@{hidden.author_id}> ({name}, {hidden.author_id})")
    embed.add_field(name="Where", value=place)
    embed.add_field(
        name="When",
        value=f"posted {discord.utils.format_dt(hidden.posted_at, 'f')}, "
        f"hidden {discord.utils.format_dt(hidden.hidden_at, 'f')}",
        inline=False,
    )
    embed.add_field(name="Why", value=_why(case)[:1024], inline=False)
    embed.add_field(name="Status", value=_status(hidden), inline=False)
    files = as_files(hidden.attachments, data)
    fits = fit_one_message(data)
    if hidden.attachments:
        lines = [_file_line(a.filename, a.url, a.kept) for a in hidden.attachments]
        if files and not fits:
            lines.append("(the kept files are too many or too big for one message)")
        embed.add_field(name="Attachments", value="\n".join(lines)[:1024], inline=False)
    uploads = files if fits else []
    if len(text) > TEXT_ROOM:
        uploads.append(discord.File(io.BytesIO(text.encode()), filename="post.txt"))
    return embed, uploads
