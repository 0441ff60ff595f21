"""Carry out a plan on Discord: every step is a case, every Discord failure recorded on it."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import discord

from bot.adapter.moderation.case_drafts import plan_cases, step_case
from bot.adapter.moderation.follow_ups import FollowUps
from bot.adapter.moderation.group_writer import GroupWriter
from bot.adapter.moderation.hiding import Hider
from bot.adapter.moderation.outcomes import Outcomes
from bot.adapter.moderation.subjects import (
    Claim,
    Claimed,
    Deleted,
    HideOutcome,
    HideStatus,
    Subject,
)
from bot.adapter.shared.links import message_link
from bot.adapter.shared.mod_log import ModLog
from bot.adapter.shared.notices import ECHO_SAFE, Grounds, queue_card, warning_text
from bot.config import Config
from bot.core.cases import Case, HiddenPost, NewCase, Outcome
from bot.core.policy import Plan, Step
from bot.core.post import Post
from bot.core.reports import OTHER_GUIDELINE
from bot.core.rules import Action, RuleSet
from bot.core.verdict import Hit
from bot.storage import Database
from bot.storage.backend import Conn
from bot.storage.cases import insert_case
from bot.storage.claimed_hide import Recorded, claim_and_record
from bot.storage.hidden import record_hide

__all__ = ["Executor"]


async def _insert_all(conn: Conn, news: list[NewCase]) -> list[Case]:
    """Insert a plan's cases, in order, inside the writer's transaction."""
    return [await insert_case(conn, new) for new in news]


def _case_link(case: NewCase) -> str:
    """The link to a case's message, if the case names one."""
    if case.channel_id is None or case.message_id is None:
        return ""
    return message_link(case.guild_id, case.channel_id, case.message_id)


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
        self.outcomes = Outcomes(self.writes)
        self.hider = Hider(db, config, self.outcomes)

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
        follow in the follow-up queue, so they never delay the next message's delete.
        ``warned`` is the first step's warning, recorded already by ``record_warning``. Without
        a message a warning goes by DM and hiding renames, locks and archives the thread.
        """
        news = plan_cases(self.config, plan, content_hash, warned)
        message = subject.message
        if self.hides_first(plan, subject) and warned is None and message is not None:
            at = plan.post.created_at or datetime.now(UTC)
            copy = self.hider.copy(message, at, subject.thread)
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
        news = plan_cases(self.config, plan, claim.content_hash, None)
        copy = self.hider.copy(message, claim.at, subject.thread)
        owner, kind = len(plan.shadow), self.db.kind

        async def job(conn: Conn) -> tuple[set[str], Recorded | None]:
            return await claim_and_record(conn, kind, claim, news, copy, owner=owner)

        with self.follow_ups.hiding():
            got, recorded = await self.writes.run(job, one_statement=True)
            if recorded is None:
                return Claimed(frozenset(got))
            cases = await self._act(subject, plan, rules, *recorded, None)
        return Claimed(frozenset(got), tuple(cases))

    async def _act(
        self,
        subject: Subject,
        plan: Plan,
        rules: RuleSet,
        cases: list[Case],
        hidden: HiddenPost | None,
        warned: Case | None,
    ) -> list[Case]:
        """Delete the message a recorded hide plan copied, then queue the follow-up."""
        owner = len(plan.shadow)
        first: Deleted | None = None
        if self.hides_first(plan, subject) and warned is None and subject.message is not None:
            if hidden is None:
                first = Deleted(cases[owner])  # hidden already: nothing to delete or DM
            else:
                first = await self.hider.delete(subject.message, hidden, cases[owner])
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
        new = step_case(self.config, post, step, content_hash, now)
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
        author, message, attempt = subject.author, subject.message, self.outcomes.attempt
        for index, (step, case) in enumerate(zip(plan.steps, cases, strict=True)):
            grounds = Grounds.of(step.hits[0])
            if index == 0 and first is not None:
                if first.files is not None and message is not None:
                    hid = await self.hider.after_delete(
                        message, rules, grounds, first, subject.thread
                    )
                    case = hid.case
            elif step.action is Action.WARN:
                text = warning_text(rules, author, grounds)
                case = await attempt(case, self._send_warning(author, message, text))
            elif step.action is Action.HIDE and message is not None:
                hid = await self.hider.hide(message, rules, grounds, case, subject.thread)
                case = hid.case
            elif step.action is Action.HIDE and subject.thread is not None:
                case = await self.hider.thread(subject.thread, author, rules, grounds, case)
            elif step.action is Action.FLAG:
                flag = self._flag(plan.post, subject.jump_url, rules, step.hits, case)
                case = await attempt(case, flag)
            elif isinstance(author, discord.Member) and step.until is not None:
                reason = step.reason[:400]
                case = await attempt(case, author.timeout(step.until, reason=reason))
            else:
                case = await self.outcomes.fail(case, "the author is no longer a member")
            await self.mod_log.case(case, subject.jump_url)

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
        hid = await self.hider.hide(message, rules, grounds, case, thread)
        await self.mod_log.case(hid.case, message.jump_url)
        return hid

    async def hide_also(self, message: discord.Message, case: Case) -> HideStatus:
        """Hide one more message under a case covering several (a flood), without a DM."""
        return await self.hider.also(message, case)

    async def note_failure(self, case: Case, detail: str) -> Case:
        """Record a failure on a case outside its own Discord call (a flood's lost message)."""
        return await self.outcomes.fail(case, detail)

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
        case = await self.outcomes.attempt(case, self._send_warning(author, message, text))
        await self.mod_log.case(case, _case_link(new))
        return case

    async def record(self, new: NewCase) -> Case:
        """Record a case that needs no Discord call (a dismissal) and post its mod-log line."""
        if new.outcome is Outcome.PENDING:
            new = replace(new, outcome=Outcome.OK)
        case = await self.db.cases.add(new)
        await self.mod_log.case(case, _case_link(new))
        return case

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

    async def _flag(
        self, post: Post, jump_url: str, rules: RuleSet, hits: tuple[Hit, ...], case: Case
    ) -> None:
        """Post the queue card of a flagged post, if the guild has a queue channel."""
        guild = self.config.guild(post.guild_id)
        if guild.queue_channel is None:
            return
        queue = self.client.get_partial_messageable(guild.queue_channel)
        card = queue_card(rules, hits, post, jump_url, case)
        await queue.send(embed=card, allowed_mentions=ECHO_SAFE)
