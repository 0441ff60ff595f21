"""Carry out a plan on Discord: every step is a case, every Discord failure recorded on it."""

from __future__ import annotations

import logging
from collections.abc import Awaitable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum
from functools import partial

import discord

from bot.adapter.hidden.kept_files import KeptFiles, as_files, fit_one_message, keep_files
from bot.adapter.moderation.follow_ups import FollowUps
from bot.adapter.moderation.group_writer import GroupWriter
from bot.adapter.shared.failures import failure_text
from bot.adapter.shared.links import message_link
from bot.adapter.shared.mod_log import ModLog
from bot.adapter.shared.notices import (
    ECHO_SAFE,
    HIDDEN_TITLE,
    Grounds,
    files_line,
    hidden_dm,
    queue_card,
    warning_text,
)
from bot.config import Config
from bot.core.cases import (
    Attachment,
    Case,
    CaseKind,
    HiddenPost,
    NewCase,
    NewHiddenPost,
    Outcome,
)
from bot.core.policy import Plan, Step
from bot.core.post import Post
from bot.core.reports import OTHER_GUIDELINE
from bot.core.rules import Action, Mode, RuleSet
from bot.core.verdict import Hit
from bot.storage import AlreadyHiddenError, Database
from bot.storage.backend import Conn
from bot.storage.cases import claim_in, insert_case, set_outcome_in
from bot.storage.hidden import record_hide

__all__ = ["Claim", "Claimed", "Executor", "HideOutcome", "HideStatus", "Subject"]

log = logging.getLogger(__name__)

KINDS = {
    Action.WARN: CaseKind.WARN,
    Action.HIDE: CaseKind.HIDE,
    Action.FLAG: CaseKind.FLAG,
    Action.TIMEOUT: CaseKind.TIMEOUT,
}


async def _insert_all(conn: Conn, news: list[NewCase]) -> list[Case]:
    """Insert a plan's cases, in order, inside the writer's transaction."""
    return [await insert_case(conn, new) for new in news]


def _case_link(case: NewCase) -> str:
    """The link to a case's message, if the case names one."""
    if case.channel_id is None or case.message_id is None:
        return ""
    return message_link(case.guild_id, case.channel_id, case.message_id)


class HideStatus(StrEnum):
    """Where a hide left the post."""

    HIDDEN = "hidden"  # copied and deleted (its thread closed), or hidden already
    GONE = "gone"  # deleted by someone else first (or its thread is): the copy is all there is
    FAILED = "failed"  # Discord refused: the post is still up


@dataclass(frozen=True, slots=True)
class HideOutcome:
    """A hide's case (with any failure Discord gave) and where it left the post."""

    case: Case
    status: HideStatus


@dataclass(frozen=True, slots=True)
class Claim:
    """A message's rule keys, claimed in the transaction that records its hide."""

    message_id: int
    rule_ids: tuple[str, ...]
    content_hash: str
    at: datetime


@dataclass(frozen=True, slots=True)
class Claimed:
    """The rule ids a claim got; ``cases`` when it got them all and the plan went ahead."""

    rule_ids: frozenset[str]
    cases: tuple[Case, ...] | None = None


@dataclass(frozen=True, slots=True)
class Deleted:
    """A hide's case after its DELETE; ``files`` (with ``copy``) only when the delete went
    through and the DM and outcome are still to come."""

    case: Case
    status: HideStatus = HideStatus.HIDDEN
    copy: HiddenPost | None = None
    files: KeptFiles | None = None


@dataclass(frozen=True, slots=True)
class Subject:
    """What a plan acts on: a message, or a forum post's thread whose starter message is gone
    (``message`` None), where the title is all there is to act on."""

    message_id: int  # a forum post's thread has its starter message's id
    author: discord.User | discord.Member
    jump_url: str
    message: discord.Message | None = None
    thread: discord.Thread | None = None

    @classmethod
    def of_message(cls, message: discord.Message, thread: discord.Thread | None) -> Subject:
        """A message; ``thread`` when it starts a forum post."""
        return cls(message.id, message.author, message.jump_url, message, thread)

    @classmethod
    def of_thread(cls, thread: discord.Thread, owner: discord.User | discord.Member) -> Subject:
        """A forum post's thread alone."""
        return cls(thread.id, owner, thread.jump_url, None, thread)


class Executor:
    """Warn, hide, flag and time out, recording each as a case and a mod-log line."""

    def __init__(
        self, client: discord.Client, db: Database, config: Config, mod_log: ModLog
    ) -> None:
        self.client = client
        self.db = db
        self.config = config
        self.mod_log = mod_log
        self.follow_ups = FollowUps()
        self.writes = GroupWriter(db)

    async def carry_out(
        self,
        subject: Subject,
        plan: Plan,
        rules: RuleSet,
        content_hash: str,
        *,
        warned: Case | None = None,
    ) -> list[Case]:
        """Record the plan's cases, delete a hidden message, and leave the rest to a follow-up.

        The cases (shadow hits first, then one per step) and a hide's copy are one transaction,
        then the DELETE goes out; replies, DMs, the queue card, a timeout and the mod-log lines
        follow in a task of their own, so they never delay the next message's delete.
        ``warned`` is the first step's warning, recorded already by ``record_warning``. Without
        a message a warning goes by DM and hiding renames, locks and archives the thread.
        """
        news = self._news(plan, content_hash, warned)
        message = subject.message
        if self.hides_first(plan, subject) and warned is None and message is not None:
            copy = self._copy(message, plan.post.created_at or datetime.now(UTC), subject.thread)
            owner = len(plan.shadow)
            with self.follow_ups.hiding():
                cases, hidden = await self.writes.run(
                    lambda conn: record_hide(conn, news, copy, owner=owner)
                )
                return await self._act(subject, plan, rules, cases, hidden, warned)
        cases = await self.writes.run(lambda conn: _insert_all(conn, news)) if news else []
        return await self._act(subject, plan, rules, cases, None, warned)

    def hides_first(self, plan: Plan, subject: Subject) -> bool:
        """Whether the plan starts by deleting a message (what ``claim_and_carry`` speeds up)."""
        first = plan.steps[0].action if plan.steps else None
        return first is Action.HIDE and subject.message is not None

    async def claim_and_carry(
        self, subject: Subject, plan: Plan, rules: RuleSet, claim: Claim
    ) -> Claimed:
        """Claim every hit and record a hide plan in one transaction, then carry it out.

        One transaction before the DELETE instead of two. When some hit acted on this content
        before, only the claims are written: the caller plans again with the ones it got.
        """
        message = subject.message
        assert message is not None, "claim_and_carry needs a plan that hides a message"
        news = self._news(plan, claim.content_hash, None)
        copy = self._copy(message, claim.at, subject.thread)
        owner, wanted = len(plan.shadow), set(claim.rule_ids)

        async def job(conn: Conn) -> tuple[set[str], tuple[list[Case], HiddenPost | None] | None]:
            got = await claim_in(
                conn, claim.message_id, claim.rule_ids, claim.content_hash, claim.at
            )
            recorded = await record_hide(conn, news, copy, owner=owner) if got == wanted else None
            return got, recorded

        with self.follow_ups.hiding():
            got, recorded = await self.writes.run(job)
            if recorded is None:
                return Claimed(frozenset(got))
            cases = await self._act(subject, plan, rules, *recorded, None)
        return Claimed(frozenset(got), tuple(cases))

    def _news(self, plan: Plan, content_hash: str, warned: Case | None) -> list[NewCase]:
        """The cases a plan records: its shadow hits', then its steps' (but a recorded warning)."""
        post = plan.post
        now = post.created_at or datetime.now(UTC)
        news = [self._shadow(post, hit, content_hash, now) for hit in plan.shadow]
        todo = plan.steps[1:] if warned is not None else plan.steps
        return news + [self._step_case(post, step, content_hash, now) for step in todo]

    async def _act(
        self,
        subject: Subject,
        plan: Plan,
        rules: RuleSet,
        cases: list[Case],
        hidden: HiddenPost | None,
        warned: Case | None,
    ) -> list[Case]:
        """Delete the message a recorded hide plan copied, then start the follow-up."""
        owner = len(plan.shadow)
        first: Deleted | None = None
        if self.hides_first(plan, subject) and warned is None and subject.message is not None:
            if hidden is None:
                first = Deleted(cases[owner])  # hidden already: nothing to delete or DM
            else:
                first = await self._delete(subject.message, hidden, cases[owner])
            cases[owner] = first.case
        steps = ([warned] if warned is not None else []) + cases[owner:]
        guild_id = plan.post.guild_id or 0
        self.follow_ups.submit(guild_id, self._follow_up(subject, plan, rules, steps, first))
        return cases[:owner] + steps

    async def record_warning(
        self, post: Post, step: Step, content_hash: str, since: datetime
    ) -> tuple[Case, int]:
        """Record a plan's warning and count the author's warnings with it, under their lock
        (across processes too), so crossing the escalation threshold happens exactly once."""
        now = post.created_at or datetime.now(UTC)
        new = self._step_case(post, step, content_hash, now)
        return await self.db.cases.add_warning(new, since=since)

    async def drain(self) -> None:
        """Let the follow-ups and their mod-log lines go out (on shutdown)."""
        await self.follow_ups.drain()
        await self.mod_log.drain()

    async def _follow_up(
        self,
        subject: Subject,
        plan: Plan,
        rules: RuleSet,
        cases: list[Case],
        first: Deleted | None,
    ) -> None:
        """Take the steps after the urgent part, in order, each with its mod-log line."""
        author, message = subject.author, subject.message
        for index, (step, case) in enumerate(zip(plan.steps, cases, strict=True)):
            grounds = Grounds.of(step.hits[0])
            if index == 0 and first is not None:
                if first.files is not None and message is not None:
                    hid = await self._after_delete(message, rules, grounds, first, subject.thread)
                    case = hid.case
            elif step.action is Action.WARN:
                text = warning_text(rules, author, grounds)
                case = await self._attempt(case, self._send_warning(author, message, text))
            elif step.action is Action.HIDE and message is not None:
                hid = await self._hide(message, rules, grounds, case, subject.thread)
                case = hid.case
            elif step.action is Action.HIDE and subject.thread is not None:
                case = await self._hide_thread(subject.thread, author, rules, grounds, case)
            elif step.action is Action.FLAG:
                flag = self._flag(plan.post, subject.jump_url, rules, step.hits, case)
                case = await self._attempt(case, flag)
            elif isinstance(author, discord.Member) and step.until is not None:
                reason = step.reason[:400]
                case = await self._attempt(case, author.timeout(step.until, reason=reason))
            else:
                case = await self._fail(case, "the author is no longer a member")
            self.mod_log.queue(case, subject.jump_url)

    async def hide_reported(
        self,
        message: discord.Message,
        rules: RuleSet,
        new: NewCase,
        thread: discord.Thread | None = None,
    ) -> HideOutcome:
        """Hide a reported message the way a rule hit does (copy, delete, DM), as ``new``'s case.

        ``new`` is the bot's REPORT_HIDE case or a moderator's HIDE case; its guideline names
        the guideline in the author's DM.
        """
        case = await self.db.cases.add(new)
        grounds = Grounds(new.guideline or OTHER_GUIDELINE)
        hid = await self._hide(message, rules, grounds, case, thread)
        await self.mod_log.case(hid.case, message.jump_url)
        return hid

    async def warn_by_moderator(
        self,
        author: discord.User | discord.Member,
        message: discord.Message | None,
        rules: RuleSet,
        new: NewCase,
    ) -> Case:
        """Warn an author for a moderator: a reply to the message if it is up, else a DM."""
        guild = self.config.guild(new.guild_id)
        if guild.warning_expiry and new.expires_at is None:
            new = replace(new, expires_at=new.created_at + guild.warning_expiry)
        case = await self.db.cases.add(new)
        text = warning_text(rules, author, Grounds(new.guideline or OTHER_GUIDELINE))
        case = await self._attempt(case, self._send_warning(author, message, text))
        await self.mod_log.case(case, _case_link(new))
        return case

    async def record(self, new: NewCase) -> Case:
        """Record a case that needs no Discord call (a dismissal) and post its mod-log line."""
        if new.outcome is Outcome.PENDING:
            new = replace(new, outcome=Outcome.OK)
        case = await self.db.cases.add(new)
        await self.mod_log.case(case, _case_link(new))
        return case

    def _rule_case(self, post: Post, hit: Hit, now: datetime, content_hash: str) -> NewCase:
        """The case of a rule acting on a post, before its kind-specific fields."""
        return NewCase(
            guild_id=post.guild_id or 0,
            kind=KINDS[hit.action],
            created_at=now,
            target_id=post.author_id,
            channel_id=post.channel_id,
            message_id=post.message_id,
            guideline=hit.guideline,
            rule_id=hit.rule,
            content_hash=content_hash,
        )

    def _shadow(self, post: Post, hit: Hit, content_hash: str, now: datetime) -> NewCase:
        """The case of a shadow-mode hit: recorded, nothing done on Discord."""
        new = self._rule_case(post, hit, now, content_hash)
        return replace(
            new,
            reason=f"shadow: {hit.matched!r} ({hit.view})",
            mode=Mode.SHADOW,
            outcome=Outcome.OK,
            outcome_detail="shadow mode: nothing done on Discord",
        )

    def _step_case(self, post: Post, step: Step, content_hash: str, now: datetime) -> NewCase:
        """The case of one step of a plan, with the expiry its kind has."""
        expiry = self.config.guild(post.guild_id).warning_expiry
        if step.action is Action.TIMEOUT:
            expires_at = step.until
        elif step.action is Action.WARN and expiry:
            expires_at = now + expiry
        else:
            expires_at = None
        new = self._rule_case(post, step.hits[0], now, content_hash)
        kind = KINDS[step.action]
        return replace(new, kind=kind, reason=step.reason, expires_at=expires_at)

    async def _already_hidden(self, case: Case) -> Case:
        """Another hide (a rule, a report) got to the post first: nothing more to do."""
        await self.db.cases.set_outcome(case.id, Outcome.OK, "already hidden")
        return replace(case, outcome=Outcome.OK, outcome_detail="already hidden")

    async def _attempt(self, case: Case, call: Awaitable[object]) -> Case:
        """Await one Discord call and store how it went on the case."""
        try:
            await call
        except discord.HTTPException as exc:
            return await self._fail(case, failure_text(exc))
        await self._set_outcome(case.id, Outcome.OK, case.outcome_detail)
        return replace(case, outcome=Outcome.OK)

    async def _fail(self, case: Case, detail: str) -> Case:
        """Record a failed call, after what the case already says (files not kept, say)."""
        detail = f"{case.outcome_detail}; {detail}" if case.outcome_detail else detail
        log.warning("case %s %s failed on Discord: %s", case.id, case.kind.value, detail)
        await self._set_outcome(case.id, Outcome.FAILED, detail)
        return replace(case, outcome=Outcome.FAILED, outcome_detail=detail)

    async def _set_outcome(self, case_id: int, outcome: Outcome, detail: str) -> None:
        """Store how a case's Discord call went, in a transaction shared with other messages."""
        job = partial(set_outcome_in, case_id=case_id, outcome=outcome, detail=detail)
        await self.writes.run(job, urgent=False)

    async def _send_warning(
        self, author: discord.User | discord.Member, message: discord.Message | None, text: str
    ) -> None:
        """A reply that may ping only the author, or a DM when configured or without a message."""
        guild = self.config.guild(message.guild.id if message and message.guild else None)
        if message is None or guild.warn_via == "dm":
            await author.send(text, allowed_mentions=ECHO_SAFE)
            return
        only_author = discord.AllowedMentions(
            everyone=False, roles=False, users=[author], replied_user=True
        )
        await message.reply(text, allowed_mentions=only_author)

    async def _hide(
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
            copy = await self.db.hidden.add(self._copy(message, case.created_at, thread, case.id))
        except AlreadyHiddenError:
            return HideOutcome(await self._already_hidden(case), HideStatus.HIDDEN)
        deleted = await self._delete(message, copy, case)
        if deleted.files is None:
            return HideOutcome(deleted.case, deleted.status)
        return await self._after_delete(message, rules, grounds, deleted, thread)

    async def _delete(self, message: discord.Message, copy: HiddenPost, case: Case) -> Deleted:
        """Keep the files of a message whose copy is stored, then delete it; a failure is
        recorded on the case at once (a copy of a post still up is marked restored)."""
        files = await self._keep_files(message, copy)
        try:
            await message.delete()
        except discord.NotFound as exc:
            # Gone already: the copy is all we have.
            return Deleted(await self._fail(case, failure_text(exc)), HideStatus.GONE)
        except discord.HTTPException as exc:
            # Still visible: a copy left "hidden" would make every later hide "already hidden".
            await self.db.hidden.mark_restored(copy.id, by=None, at=case.created_at)
            return Deleted(await self._fail(case, failure_text(exc)), HideStatus.FAILED)
        return Deleted(case, HideStatus.HIDDEN, copy, files)

    async def _after_delete(
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
        case = deleted.case
        await self._set_outcome(case.id, Outcome.OK, files.detail())
        case = replace(case, outcome=Outcome.OK, outcome_detail=files.detail())
        status = HideStatus.HIDDEN
        title = thread.name if thread else ""
        if thread is not None:
            try:
                await thread.edit(
                    name=HIDDEN_TITLE, locked=True, archived=True, reason=f"modbot case #{case.id}"
                )
            except discord.HTTPException as exc:
                # A title left up may be the violation; a thread that is gone shows nothing.
                case = await self._fail(case, failure_text(exc))
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
        await self._side_call(case, dm)
        return HideOutcome(case, status)

    async def note_failure(self, case: Case, detail: str) -> Case:
        """Record a failure on a case outside its own Discord call (a flood's lost message)."""
        return await self._fail(case, detail)

    async def hide_also(self, message: discord.Message, case: Case) -> HideStatus:
        """Hide one more message under a case covering several (a flood): its copy and files
        kept, then deleted, without a DM of its own; a failure is added to the case."""
        try:
            copy = await self.db.hidden.add(self._copy(message, case.created_at, None, case.id))
        except AlreadyHiddenError:
            return HideStatus.HIDDEN
        await self._keep_files(message, copy)
        try:
            await message.delete()
        except discord.NotFound:
            return HideStatus.GONE
        except discord.HTTPException as exc:
            await self.db.hidden.mark_restored(copy.id, by=None, at=case.created_at)
            await self._fail(case, f"message {message.id}: {failure_text(exc)}")
            return HideStatus.FAILED
        return HideStatus.HIDDEN

    async def _hide_thread(
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
        case = await self._attempt(case, close)
        if case.outcome is Outcome.FAILED:
            # The title is still up: a copy left "hidden" would make later hides no-ops.
            await self.db.hidden.mark_restored(copy.id, by=None, at=case.created_at)
            return case
        where = f"#{thread.parent.name}" if thread.parent else "a forum"
        text, _ = hidden_dm(rules, grounds, where, "", title)
        await self._side_call(case, owner.send(text, allowed_mentions=ECHO_SAFE))
        return case

    async def _keep_files(self, message: discord.Message, copy: HiddenPost) -> KeptFiles:
        """Read the message's files before it is deleted and store them with its copy."""
        limit = self.config.guild(copy.guild_id).keep_attachments_bytes
        where = f"message {message.id} in channel {message.channel.id} of guild {copy.guild_id}"
        files = await keep_files(message.attachments, limit, where)
        if files.by_position():
            await self.db.hidden.keep_files(copy, files.data)
        return files

    def _copy(
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

    async def _flag(
        self, post: Post, jump_url: str, rules: RuleSet, hits: tuple[Hit, ...], case: Case
    ) -> None:
        guild = self.config.guild(post.guild_id)
        if guild.queue_channel is None:
            return
        queue = self.client.get_partial_messageable(guild.queue_channel)
        card = queue_card(rules, hits, post, jump_url, case)
        await queue.send(embed=card, allowed_mentions=ECHO_SAFE)

    async def _side_call(self, case: Case, call: Awaitable[object]) -> None:
        """A courtesy call (the DM) whose failure is logged but does not fail the case."""
        try:
            await call
        except discord.HTTPException as exc:
            log.info("case %s: could not DM the author: %s", case.id, failure_text(exc))
