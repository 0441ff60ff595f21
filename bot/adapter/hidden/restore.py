"""Put a hidden post back: re-post it under its author's name through a channel webhook.

A forum post's thread is unlocked and unarchived first, and its text re-posted inside it.
Every restore is a RESTORE case answering the hide case; a Discord failure is written on it.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import discord

from bot.adapter.hidden.kept_files import as_files
from bot.adapter.shared.failures import failure_text
from bot.adapter.shared.links import channel_link
from bot.adapter.shared.mod_log import ModLog
from bot.core.cases import Case, CaseKind, HiddenPost, HiddenStatus, NewCase, Outcome

if TYPE_CHECKING:
    from bot.adapter.client import ModBot

__all__ = [
    "WEBHOOK_NAME",
    "RestoreError",
    "Restorer",
    "is_forum_post",
    "repost_text",
]

log = logging.getLogger(__name__)

WEBHOOK_NAME = "modbot"
CONTENT_LIMIT = 2000
WebhookHolder = discord.TextChannel | discord.ForumChannel | discord.VoiceChannel


class RestoreError(Exception):
    """The post cannot be restored (already restored, or a restore is under way)."""


class _StepFailed(Exception):
    """A Discord call of the restore failed; the message says which and what to fix."""


def is_forum_post(hidden: HiddenPost) -> bool:
    """Whether the copy is a forum post's starter message (its id is the thread's)."""
    return bool(hidden.thread_title) and hidden.message_id == hidden.channel_id


def repost_text(hidden: HiddenPost) -> list[str]:
    """The re-post's text, in messages of at most 2,000 characters.

    Attachments whose files were not kept follow as links (the files are re-uploaded).
    """
    links = [a.url for a in hidden.attachments if not a.kept]
    text = "\n".join([hidden.content, *links]).strip()
    chunks: list[str] = []
    while len(text) > CONTENT_LIMIT:
        cut = text.rfind("\n", 0, CONTENT_LIMIT)
        cut = cut if cut > 0 else text.rfind(" ", 0, CONTENT_LIMIT)
        cut = cut if cut > 0 else CONTENT_LIMIT
        chunks.append(text[:cut])
        text = text[cut:].lstrip()
    return [*chunks, text] if text else chunks


def _webhook_name(display_name: str) -> str:
    """A name Discord accepts for a webhook message: 1-80 characters, no 'discord' or 'clyde'."""
    name = display_name
    for banned in ("discord", "clyde"):
        while banned in name.lower():
            at = name.lower().index(banned)
            name = name[:at] + name[at] + "\u200b" + name[at + 1 :]
    return name.strip()[:80] or "member"


async def _channel(bot: ModBot, channel_id: int) -> discord.abc.GuildChannel | discord.Thread:
    """A channel or thread from the cache, else from Discord (archived threads leave the cache)."""
    found = bot.get_channel(channel_id)
    if isinstance(found, discord.abc.GuildChannel | discord.Thread):
        return found
    fetched = await bot.fetch_channel(channel_id)
    if not isinstance(fetched, discord.abc.GuildChannel | discord.Thread):
        raise _StepFailed(f"<#{channel_id}> is not a server channel")
    return fetched


async def _webhook(channel: WebhookHolder) -> discord.Webhook:
    """The channel's webhook named ``modbot``, created on first use."""
    for hook in await channel.webhooks():
        if hook.name == WEBHOOK_NAME and hook.token:
            return hook
    return await channel.create_webhook(name=WEBHOOK_NAME, reason="modbot restores hidden posts")


async def _reopen(bot: ModBot, hidden: HiddenPost, case: Case) -> None:
    """Unlock and unarchive a hidden forum post's thread, under its own title again."""
    thread = await _channel(bot, hidden.channel_id)
    if not isinstance(thread, discord.Thread):
        raise _StepFailed(f"<#{hidden.channel_id}> is no longer a thread")
    try:
        await thread.edit(
            name=hidden.thread_title or discord.utils.MISSING,
            archived=False,
            locked=False,
            reason=f"modbot case #{case.id}: restore",
        )
    except discord.Forbidden as exc:
        raise _StepFailed(
            f"cannot reopen the thread: {failure_text(exc)}; modbot needs Manage Threads"
        ) from exc


async def _webhook_of(bot: ModBot, channel_id: int) -> discord.Webhook:
    """The ``modbot`` webhook of the channel (or forum) holding the post."""
    holder = await _channel(bot, channel_id)
    if not isinstance(holder, WebhookHolder):
        raise _StepFailed(f"<#{channel_id}> cannot hold webhooks")
    try:
        hook = await _webhook(holder)
    except discord.Forbidden as exc:
        raise _StepFailed(
            f"cannot use webhooks in <#{channel_id}>: {failure_text(exc)};"
            " modbot needs Manage Webhooks there"
        ) from exc
    bot.own_webhooks[hook.id] = True  # what it posts was restored by a moderator: never re-checked
    return hook


async def _repost(bot: ModBot, hidden: HiddenPost, case: Case) -> int | None:
    """Reopen a forum post's thread, re-post the text and kept files; the first re-posted
    message's id. The files go with the last part of the text."""
    texts = repost_text(hidden)
    files = as_files(hidden.attachments, await bot.db.hidden.files(hidden.id))
    if is_forum_post(hidden):
        await _reopen(bot, hidden, case)
        if not texts and not files:
            return None  # a title-only post: reopening the thread restored it
    hook = await _webhook_of(bot, hidden.parent_id or hidden.channel_id)
    thread = discord.Object(hidden.channel_id) if hidden.parent_id else discord.utils.MISSING
    if not texts:
        texts = [""] if files else ["(the hidden post had no text)"]
    first: int | None = None
    for number, text in enumerate(texts, 1):
        sent = await hook.send(
            text,
            files=files if number == len(texts) else discord.utils.MISSING,
            username=_webhook_name(hidden.author_name),
            avatar_url=hidden.author_avatar_url or discord.utils.MISSING,
            allowed_mentions=discord.AllowedMentions.none(),
            thread=thread,
            wait=True,
        )
        first = first or sent.id
    return first


class Restorer:
    """Restores hidden posts, one at a time per post, each as a RESTORE case in the mod log."""

    def __init__(self, bot: ModBot, mod_log: ModLog) -> None:
        self.bot = bot
        self.mod_log = mod_log
        # Two moderators pressing Restore at once must not post the text twice.
        self._under_way: set[tuple[int, int]] = set()

    async def restore(self, hidden: HiddenPost, moderator_id: int) -> Case:
        """Re-post a hidden post and mark its copy restored; returns the RESTORE case.

        A Discord failure leaves the copy hidden (so it can be tried again) and is written on
        the returned case as ``outcome_detail``. RestoreError when it is already restored or
        being restored.
        """
        key = (hidden.guild_id, hidden.id)
        if key in self._under_way:
            raise RestoreError(f"Hidden post #{hidden.id} is being restored right now.")
        self._under_way.add(key)
        try:
            current = await self.bot.db.hidden.get(hidden.id)
            if current is None or current.status is HiddenStatus.RESTORED:
                raise RestoreError(f"Hidden post #{hidden.id} was already restored.")
            if current.status is HiddenStatus.PURGED:
                raise RestoreError(
                    f"Hidden post #{hidden.id} was purged: nothing is left to restore."
                )
            return await self._restore(current, moderator_id)
        finally:
            self._under_way.discard(key)

    async def _restore(self, hidden: HiddenPost, moderator_id: int) -> Case:
        """Record the case, re-post, and record how it went."""
        bot = self.bot
        now = datetime.now(UTC)
        case = await bot.db.cases.add(
            NewCase(
                guild_id=hidden.guild_id,
                kind=CaseKind.RESTORE,
                created_at=now,
                target_id=hidden.author_id,
                actor_id=moderator_id,
                channel_id=hidden.channel_id,
                message_id=hidden.message_id,
                reason=f"restored hidden post #{hidden.id}",
                related_case_id=hidden.case_id,
            )
        )
        jump = channel_link(hidden.guild_id, hidden.channel_id)
        try:
            message_id = await _repost(bot, hidden, case)
        except discord.HTTPException as exc:
            return await self._finish(case, Outcome.FAILED, failure_text(exc), jump)
        except _StepFailed as exc:
            return await self._finish(case, Outcome.FAILED, str(exc), jump)
        if message_id is not None:
            jump = f"{jump}/{message_id}"
        await bot.db.hidden.mark_restored(
            hidden.id, by=moderator_id, at=now, restored_message_id=message_id
        )
        detail = f"re-posted as {jump}" if message_id else "thread reopened"
        return await self._finish(case, Outcome.OK, detail, jump)

    async def _finish(self, case: Case, outcome: Outcome, detail: str, jump: str) -> Case:
        """Store the outcome on the case and post it to the mod log."""
        if outcome is Outcome.FAILED:
            log.warning("case %s restore failed on Discord: %s", case.id, detail)
        await self.bot.db.cases.set_outcome(case.id, outcome, detail)
        case = replace(case, outcome=outcome, outcome_detail=detail)
        await self.mod_log.case(case, jump)
        return case
