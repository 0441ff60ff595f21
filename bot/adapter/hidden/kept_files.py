"""Keep a hidden message's attachment files: Discord deletes them with the message.

Files are read from Discord's CDN before the message is deleted, up to the guild's
``keep_attachments_mb``; each file not kept is named with the reason, for the case record.
"""

from __future__ import annotations

import asyncio
import io
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import aiohttp
import discord

from bot.adapter.shared.failures import failure_text
from bot.core.cases import Attachment

__all__ = ["KeptFiles", "as_files", "fit_one_message", "keep_files"]

log = logging.getLogger(__name__)

READ_TIMEOUT_S = 10.0  # a slow CDN must not keep a violating post up for long
FILES_PER_MESSAGE = 10  # Discord's limit of attachments on one message
UPLOAD_BYTES_LIMIT = discord.utils.DEFAULT_FILE_SIZE_LIMIT_BYTES  # one message, without boosts


@dataclass(frozen=True, slots=True)
class KeptFiles:
    """The bytes read for each attachment (None: not kept) and why each missing one is."""

    data: tuple[bytes | None, ...]
    missed: tuple[str, ...]

    def by_position(self) -> dict[int, bytes]:
        """The kept bytes by the attachment's place in the message."""
        return {i: data for i, data in enumerate(self.data) if data is not None}

    def detail(self) -> str:
        """What a case records about files not kept ("" when every file was kept)."""
        return "files not kept: " + "; ".join(self.missed) if self.missed else ""


def _megabytes(size: int) -> str:
    return f"{size / 2**20:.1f} MB"


async def keep_files(
    attachments: Sequence[discord.Attachment], limit: int, where: str
) -> KeptFiles:
    """Read, all at once, the attachments whose sizes fit in ``limit`` bytes in all, in order.

    Every read shares one deadline, so a slow CDN holds a violating post up for at most
    READ_TIMEOUT_S. ``where`` names the message in log lines (guild, channel and message ids).
    """
    room = limit
    chosen: list[bool] = []
    for attachment in attachments:
        chosen.append(attachment.size <= room)
        room -= attachment.size if chosen[-1] else 0
    deadline = asyncio.get_running_loop().time() + READ_TIMEOUT_S
    reads = await asyncio.gather(
        *(_read(a, deadline, where) for a, read in zip(attachments, chosen, strict=True) if read)
    )
    results = iter(reads)
    data: list[bytes | None] = []
    missed: list[str] = []
    for attachment, read in zip(attachments, chosen, strict=True):
        name, size = attachment.filename, _megabytes(attachment.size)
        if not read:
            why = "keep_attachments_mb is 0" if limit == 0 else f"over the {_megabytes(limit)} kept"
            missed.append(f"{name} ({size}, {why})")
            data.append(None)
            continue
        body, failure = next(results)
        if failure:
            missed.append(f"{name} (could not read it from Discord: {failure})")
        data.append(body)
    return KeptFiles(tuple(data), tuple(missed))


async def _read(
    attachment: discord.Attachment, deadline: float, where: str
) -> tuple[bytes | None, str]:
    """An attachment's bytes, or None and why Discord would not give them."""
    try:
        async with asyncio.timeout_at(deadline):
            return await attachment.read(), ""
    except discord.HTTPException as exc:
        failure = failure_text(exc)
    except TimeoutError:
        failure = f"no answer within {READ_TIMEOUT_S:g} s"
    except aiohttp.ClientError as exc:
        failure = str(exc) or type(exc).__name__
    log.warning("could not keep attachment %r of %s: %s", attachment.filename, where, failure)
    return None, failure


def fit_one_message(data: Mapping[int, bytes]) -> bool:
    """Whether one message can carry these files, with a slot left for a text file."""
    return len(data) < FILES_PER_MESSAGE and sum(map(len, data.values())) <= UPLOAD_BYTES_LIMIT


def as_files(attachments: Sequence[Attachment], data: Mapping[int, bytes]) -> list[discord.File]:
    """Uploadable files for the kept attachments, under their own names, in their order."""
    return [
        discord.File(io.BytesIO(data[i]), filename=a.filename)
        for i, a in enumerate(attachments)
        if i in data
    ]
