"""Listen to messages, edits and forum posts; check them and hand plans to the executor."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import discord
from discord.ext import commands

from bot.adapter.moderation.author_facts import AuthorFacts, PostCounts
from bot.adapter.moderation.checking import Checker
from bot.adapter.moderation.executor import Executor
from bot.adapter.moderation.floods import Floods, as_hit
from bot.adapter.moderation.subjects import Claim, Subject
from bot.adapter.shared.keyed_locks import KeyedLocks
from bot.adapter.shared.notices import HIDDEN_TITLE
from bot.adapter.shared.translate import forum_thread, thread_post, to_post
from bot.config import Config
from bot.core.behaviour.hits import BehaviourHit
from bot.core.cases import Case, content_hash
from bot.core.policy import plan
from bot.core.post import Post
from bot.core.rules import Action, RuleSet
from bot.core.verdict import Hit, Verdict
from bot.storage import Database
from bot.storage.cases import claim_in

if TYPE_CHECKING:
    from bot.adapter.client import ModBot

__all__ = ["Moderation"]

log = logging.getLogger(__name__)

CHECKED_TYPES = (discord.MessageType.default, discord.MessageType.reply)


class Moderation(commands.Cog):
    """Checks every new or edited message, and every forum post as title plus text."""

    def __init__(self, bot: ModBot, config: Config, db: Database, executor: Executor) -> None:
        self.bot = bot
        self.config = config
        self.db = db
        self.executor = executor
        # Per guild and author: counting warnings and recording a new one must not interleave,
        # or a burst of warnings would never escalate.
        self.author_locks = KeyedLocks()
        self.facts = AuthorFacts(db)
        self.post_counts = PostCounts(datetime.now(UTC))
        self.floods = Floods(bot, db, config, executor)
        self.checker = Checker()

    async def cog_unload(self) -> None:
        """Let the DMs, mod-log lines and queue cards still on their way go out."""
        self.checker.close()
        await self.executor.drain()

    def _skipped(self, message: discord.Message) -> bool:
        if message.guild is None or message.type not in CHECKED_TYPES:
            return True
        if self.bot.user is not None and message.author.id == self.bot.user.id:
            return True
        return (message.author.bot or message.webhook_id is not None) and (
            self.config.discord.ignore_bots
        )

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        """New messages; a forum post's starter message is checked with its title."""
        if not self._skipped(message) and not await self._restored(message):
            await self.moderate(message, new=True)

    async def _restored(self, message: discord.Message) -> bool:
        """A post a moderator restored, re-posted through the bot's own webhook: checking it
        again would undo their decision (reached only with ``discord.ignore_bots: false``)."""
        return message.webhook_id is not None and await self.bot.is_own_webhook(message.webhook_id)

    @commands.Cog.listener()
    async def on_raw_message_edit(self, payload: discord.RawMessageUpdateEvent) -> None:
        """Edits, cached or not: the payload carries the whole message."""
        message = payload.message
        if payload.cached_message and payload.cached_message.content == message.content:
            return
        if not self._skipped(message) and not await self._restored(message):
            await self.moderate(message)

    @commands.Cog.listener()
    async def on_thread_update(self, before: discord.Thread, after: discord.Thread) -> None:
        """A forum post whose title changed is checked again, title plus starter message."""
        if before.name == after.name or not isinstance(after.parent, discord.ForumChannel):
            return
        if after.name == HIDDEN_TITLE:
            return  # the bot hiding the post (an innocent title, whoever set it)
        try:
            starter = after.starter_message or await after.fetch_message(after.id)
        except discord.NotFound:
            await self.moderate_title(after)  # the author deleted it; the title is the post
            return
        except discord.HTTPException as exc:
            log.warning("thread %s: cannot fetch its starter message: %s", after.id, exc.status)
            return
        if not self._skipped(starter):
            await self.moderate(starter)

    async def moderate(self, message: discord.Message, *, new: bool = False) -> list[Case]:
        """Check one message and act on what has not acted on this content before.

        A ``new`` message also counts towards behaviour rules' rates (an edit does not).
        """
        thread = forum_thread(message)
        guild_id = message.guild.id if message.guild else 0
        engine = self.bot.engine_for(guild_id)
        behaviour = self.bot.behaviour_for(guild_id)
        post = await self._post(
            message, engine.ruleset, new=new, title=thread.name if thread else ""
        )
        verdict = behaviour.admits(await self.checker.check(engine, post))
        acts = behaviour.observe(post) if new else []
        if verdict.clean and not acts:
            return []
        subject = Subject.of_message(message, thread)
        async with self.author_locks.hold((guild_id, message.author.id)):
            return await self._act(subject, post, verdict, engine.ruleset, acts)

    async def _post(
        self, message: discord.Message, rules: RuleSet, *, new: bool, title: str
    ) -> Post:
        """The core post with the author facts behaviour rules need: record and post count."""
        guild_id = message.guild.id if message.guild else 0
        author = message.author
        record = await self.facts.record(guild_id, author.id, rules, message.created_at)
        joined = author.joined_at if isinstance(author, discord.Member) else None
        posts = self.post_counts.seen(guild_id, author.id, joined) if new else None
        guild = self.config.guild(guild_id)
        return to_post(message, guild, title=title, record=record, prior_posts=posts)

    async def moderate_title(self, thread: discord.Thread) -> list[Case]:
        """Check a forum post's title alone, its starter message being gone."""
        owner = await self._owner(thread)
        if owner is None or owner == self.bot.user:
            return []
        if owner.bot and self.config.discord.ignore_bots:
            return []
        post = thread_post(thread, owner, self.config.guild(thread.guild.id))
        engine = self.bot.engine_for(post.guild_id)
        verdict = await self.checker.check(engine, post)
        if verdict.clean:
            return []
        async with self.author_locks.hold((thread.guild.id, owner.id)):
            return await self._act(Subject.of_thread(thread, owner), post, verdict, engine.ruleset)

    async def _owner(self, thread: discord.Thread) -> discord.User | discord.Member | None:
        """Who started the thread: a member, else (they left) the user; None if Discord fails."""
        if thread.owner is not None:
            return thread.owner
        try:
            return await thread.guild.fetch_member(thread.owner_id)
        except discord.NotFound:
            pass
        except discord.HTTPException as exc:
            log.warning("thread %s: cannot fetch its owner: %s", thread.id, exc.status)
            return None
        try:
            return await self.bot.fetch_user(thread.owner_id)
        except discord.HTTPException as exc:
            log.warning("thread %s: cannot fetch its owner: %s", thread.id, exc.status)
            return None

    async def _act(
        self,
        subject: Subject,
        post: Post,
        verdict: Verdict,
        rules: RuleSet,
        acts: list[BehaviourHit] | None = None,
    ) -> list[Case]:
        """Act on the text hits and the behaviour hits that open a case, as one plan (the
        harshest action wins); messages going on with an open flood join its case."""
        opening = [a for a in acts or () if a.opens]
        cases = []
        hits = verdict.hits + tuple(as_hit(a) for a in opening)
        if hits:
            cases = await self._carry(subject, Verdict(post, hits), rules, opening)
        joining = [a for a in acts or () if not a.opens]
        if joining:
            cases += await self.floods.joined(joining, subject)
        return cases

    async def _carry(
        self, subject: Subject, verdict: Verdict, rules: RuleSet, opening: list[BehaviourHit]
    ) -> list[Case]:
        """Claim the hits not yet acted on, record a warning with its count, plan, and carry
        the plan out."""
        post = verdict.post
        guild = self.config.guild(post.guild_id)
        digest = content_hash(post.text, post.title)
        now = post.created_at or datetime.now(UTC)
        rule_ids = tuple(dict.fromkeys(h.rule for h in verdict.hits))
        claim = Claim(subject.message_id, rule_ids, digest, now)
        draft = plan(verdict, warnings=0, escalation=guild.escalation, now=now)
        if self.executor.hides_first(draft, subject):
            # The usual hide: the claims, cases and copy in one transaction before the DELETE.
            claimed = await self.executor.claim_and_carry(subject, draft, rules, claim)
            if claimed.cases is not None:
                self._acted(subject, post, verdict.hits)
                cases = list(claimed.cases)
                if opening:
                    await self.floods.opened(opening, draft, cases, subject, rules)
                return cases
            taken: set[str] | frozenset[str] = claimed.rule_ids
        else:
            taken = await self.executor.writes.run(
                lambda conn: claim_in(conn, claim.message_id, rule_ids, digest, now)
            )
        fresh = [h for h in verdict.hits if h.rule in taken]
        if not fresh:
            return []
        verdict = Verdict(post, tuple(fresh))
        steps = plan(verdict, warnings=0, escalation=guild.escalation, now=now)
        warned = None
        if steps.steps and steps.steps[0].action is Action.WARN:
            # Recorded and counted in one step under the member's lock (across processes
            # too), then planned again: two warnings at once count 1 then 2, never 1 and 1.
            since = now - guild.escalation.window
            warned, count = await self.executor.record_warning(post, steps.steps[0], digest, since)
            steps = plan(verdict, warnings=count - 1, escalation=guild.escalation, now=now)
        self._acted(subject, post, tuple(fresh))
        cases = await self.executor.carry_out(subject, steps, rules, digest, warned=warned)
        if opening:
            await self.floods.opened(opening, steps, cases, subject, rules)
        return cases

    def _acted(self, subject: Subject, post: Post, hits: tuple[Hit, ...]) -> None:
        """Log which rules act on a message."""
        rules = ", ".join(f"{h.guideline}/{h.rule}" for h in hits)
        log.info("message %s in guild %s: %s", subject.message_id, post.guild_id, rules)


async def setup(bot: ModBot) -> None:
    """Extension entry point."""
    await bot.add_cog(Moderation(bot, bot.config, bot.db, bot.services.executor))
