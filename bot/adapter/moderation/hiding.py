"""Hide a post: keep its full copy and files, delete it (or close its thread), DM its author."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import discord

from bot.adapter.hidden.kept_files import KeptFiles, as_files, fit_one_message, keep_files
from bot.adapter.moderation.outcomes import Outcomes
from bot.adapter.moderation.subjects import Deleted, HideOutcome, HideStatus
from bot.adapter.shared.failures import failure_text
from bot.adapter.shared.notices import ECHO_SAFE, HIDDEN_TITLE, Grounds, files_line, hidden_dm
from bot.config import Config
from bot.core.cases import Attachment, Case, HiddenPost, NewHiddenPost, Outcome
from bot.core.rules import RuleSet
from bot.storage import AlreadyHiddenError, Database

__all__ = ["Hider"]


class Hider:
    """Copy, delete and DM; every Discord failure recorded on the hide's case."""

    def __init__(self, db: Database, config: Config, outcomes: Outcomes) -> None:
        self.db = db
        self.config = config
        self.outcomes = outcomes

    async def hide(
        self,
        message: discord.Message,
        rules: RuleSet,
        grounds: Grounds,
        case: Case,
        thread: discord.Thread | None,
    ) -> HideOutcome:
        """Keep a full copy with the files, delete, lock a forum post's thread, then DM the
        author their text and files."""
        try:
            copy = await self.db.hidden.add(self.copy(message, case.created_at, thread, case.id))
        except AlreadyHiddenError:
            return HideOutcome(await self._already_hidden(case), HideStatus.HIDDEN)
        deleted = await self.delete(message, copy, case)
        if deleted.files is None:
            return HideOutcome(deleted.case, deleted.status)
        return await self.after_delete(message, rules, grounds, deleted, thread)

    async def delete(self, message: discord.Message, copy: HiddenPost, case: Case) -> Deleted:
        """Keep the files of a message whose copy is stored, then delete it; a failure is
        recorded on the case at once (a copy of a post still up is marked restored)."""
        files = await self._keep_files(message, copy)
        try:
            await message.delete()
        except discord.NotFound as exc:
            # Gone already: the copy is all we have.
            return Deleted(await self.outcomes.fail(case, failure_text(exc)), HideStatus.GONE)
        except discord.HTTPException as exc:
            # Still visible: a copy left "hidden" would make every later hide "already hidden".
            await self.db.hidden.mark_restored(copy.id, by=None, at=case.created_at)
            return Deleted(await self.outcomes.fail(case, failure_text(exc)), HideStatus.FAILED)
        return Deleted(case, HideStatus.HIDDEN, copy, files)

    async def after_delete(
        self,
        message: discord.Message,
        rules: RuleSet,
        grounds: Grounds,
        deleted: Deleted,
        thread: discord.Thread | None,
    ) -> HideOutcome:
        """Record a delete that went through, lock a forum post's thread, DM the author."""
        files, copy = deleted.files, deleted.copy
        assert files is not None and copy is not None
        case = await self.outcomes.ok(deleted.case, files.detail())
        status = HideStatus.HIDDEN
        title = thread.name if thread else ""
        if thread is not None:
            try:
                await thread.edit(
                    name=HIDDEN_TITLE, locked=True, archived=True, reason=f"modbot case #{case.id}"
                )
            except discord.HTTPException as exc:
                # A title left up may be the violation; a thread that is gone shows nothing.
                case = await self.outcomes.fail(case, failure_text(exc))
                gone = isinstance(exc, discord.NotFound)
                status = HideStatus.GONE if gone else HideStatus.FAILED
        place = thread.parent if thread and thread.parent else message.channel
        where = f"#{getattr(place, 'name', 'a channel')}"
        kept = files.by_position()
        fits = fit_one_message(kept)
        line = files_line(len(kept), fits)
        text, file = hidden_dm(rules, grounds, where, message.content, title, line)
        uploads = ([file] if file else []) + (as_files(copy.attachments, kept) if fits else [])
        dm = message.author.send(text, files=uploads, allowed_mentions=ECHO_SAFE)
        await self.outcomes.courtesy(case, dm)
        return HideOutcome(case, status)

    async def also(self, message: discord.Message, case: Case) -> HideStatus:
        """Hide one more message under a case covering several (a flood): its copy and files
        kept, then deleted, without a DM of its own; a failure is added to the case."""
        try:
            copy = await self.db.hidden.add(self.copy(message, case.created_at, None, case.id))
        except AlreadyHiddenError:
            return HideStatus.HIDDEN
        await self._keep_files(message, copy)
        try:
            await message.delete()
        except discord.NotFound:
            return HideStatus.GONE
        except discord.HTTPException as exc:
            await self.db.hidden.mark_restored(copy.id, by=None, at=case.created_at)
            await self.outcomes.fail(case, f"message {message.id}: {failure_text(exc)}")
            return HideStatus.FAILED
        return HideStatus.HIDDEN

    async def thread(
        self,
        thread: discord.Thread,
        owner: discord.User | discord.Member,
        rules: RuleSet,
        grounds: Grounds,
        case: Case,
    ) -> Case:
        """Hide a forum post whose starter message is gone: keep its title, rename, lock and
        archive its thread, then DM the owner their title."""
        title = thread.name
        new = NewHiddenPost(
            guild_id=case.guild_id,
            channel_id=thread.id,
            parent_id=thread.parent_id,
            message_id=thread.id,
            author_id=owner.id,
            author_name=owner.display_name,
            author_avatar_url=owner.display_avatar.url,
            thread_title=title,
            posted_at=thread.created_at or case.created_at,
            hidden_at=case.created_at,
            case_id=case.id,
        )
        try:
            copy = await self.db.hidden.add(new)
        except AlreadyHiddenError:
            return await self._already_hidden(case)
        close = thread.edit(
            name=HIDDEN_TITLE, locked=True, archived=True, reason=f"modbot case #{case.id}"
        )
        case = await self.outcomes.attempt(case, close)
        if case.outcome is Outcome.FAILED:
            # The title is still up: a copy left "hidden" would make later hides no-ops.
            await self.db.hidden.mark_restored(copy.id, by=None, at=case.created_at)
            return case
        where = f"#{thread.parent.name}" if thread.parent else "a forum"
        text, _ = hidden_dm(rules, grounds, where, "", title)
        await self.outcomes.courtesy(case, owner.send(text, allowed_mentions=ECHO_SAFE))
        return case

    def copy(
        self,
        message: discord.Message,
        hidden_at: datetime,
        thread: discord.Thread | None,
        case_id: int | None = None,
    ) -> NewHiddenPost:
        """The full copy of a message kept before it is deleted."""
        channel = message.channel
        parent = channel.parent_id if isinstance(channel, discord.Thread) else None
        return NewHiddenPost(
            guild_id=message.guild.id if message.guild else 0,
            channel_id=channel.id,
            parent_id=parent,
            message_id=message.id,
            author_id=message.author.id,
            author_name=message.author.display_name,
            author_avatar_url=message.author.display_avatar.url,
            content=message.content,
            thread_title=thread.name if thread else "",
            attachments=tuple(
                Attachment(a.filename, a.url, a.content_type, a.size) for a in message.attachments
            ),
            embeds=tuple(e.to_dict() for e in message.embeds),  # type: ignore[misc]
            posted_at=message.created_at,
            hidden_at=hidden_at,
            case_id=case_id,
        )

    async def _keep_files(self, message: discord.Message, copy: HiddenPost) -> KeptFiles:
        """Read the message's files before it is deleted and store them with its copy."""
        limit = self.config.guild(copy.guild_id).keep_attachments_bytes
        where = f"message {message.id} in channel {message.channel.id} of guild {copy.guild_id}"
        files = await keep_files(message.attachments, limit, where)
        if files.by_position():
            await self.db.hidden.keep_files(copy, files.data)
        return files

    async def _already_hidden(self, case: Case) -> Case:
        """Another hide (a rule, a report) got to the post first: nothing more to do."""
        await self.db.cases.set_outcome(case.id, Outcome.OK, "already hidden")
        return replace(case, outcome=Outcome.OK, outcome_detail="already hidden")
