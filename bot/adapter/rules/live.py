"""Reload rule files while the bot runs: load off the loop, swap whole sets, watch for saves.

This is the one owner of the rules in force: ``engine_for`` answers per message. Each rule set
(the shared one, and each guild's shared-plus-own layers) is loaded with
``asyncio.to_thread(load_engine, ...)`` and a reload swaps in all the sets that loaded at once;
on errors the old set keeps acting and the errors go to the mod log. A set that
loaded is recorded as a rule version (digest of its files, time, trigger, who), once however
many processes load the same files (``RuleVersionStore.record``).

Processes sharing the rules directory and the database follow each other: every
``rules_sync_seconds`` each asks the database for every set's latest version and, where it is
not the one in force, loads its own files and swaps to them if they have the recorded digest.
Otherwise (files that differ or fail to load) the old set stays and the error is logged, and
logged again only if a later try fails once the files have changed.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from bot.adapter.rules.files import Signature, log_skipped, rules_digest, rules_signature
from bot.adapter.rules.report import ReloadResult, Status, reload_text
from bot.adapter.rules.sets import InForce, SetInForce, failed, kept, load_set, stage
from bot.adapter.shared.mod_log import ModLog
from bot.core.behaviour.evaluator import Behaviour
from bot.core.engine import Engine
from bot.core.errors import RuleError, RuleErrors
from bot.core.rule_record import NewRuleVersion, RuleVersion, Trigger
from bot.core.rules_diff import diff_rulesets

if TYPE_CHECKING:
    from bot.adapter.client import ModBot

__all__ = ["QUIET_POLLS", "RulesLive"]

log = logging.getLogger(__name__)

# A change is applied once the files have looked the same for this many polls in a row, so a
# burst of saves (an editor, a formatter, a git checkout) loads once, and never half-written.
QUIET_POLLS = 2


class RulesLive:
    """The bot's rule sets in force, reloaded on command or when their files change."""

    def __init__(self, bot: ModBot, engine: Engine, mod_log: ModLog) -> None:
        self.bot = bot
        self.config = bot.config
        self.mod_log = mod_log
        self.polls = 0
        self.reloads = 0
        # Replaced as a whole, never edited: a reload swaps every set in one assignment.
        self._in_force: InForce = {None: SetInForce(engine, Behaviour(engine.ruleset), "", None)}
        self._lock = asyncio.Lock()
        self._tasks: list[asyncio.Task[None]] = []
        self._seen: Signature = ()
        # Per set, the recorded version this process could not swap to and its files' signature
        # then: tried again (and logged again) only once the files change.
        self._refused: dict[int | None, tuple[int, Signature]] = {}

    def layered(self) -> dict[int, Path]:
        """Guilds with their own rules directory, and that directory."""
        return {gid: g.rules for gid, g in self.config.guilds.items() if g.rules is not None}

    def directories(self, guild_id: int | None = None) -> list[Path]:
        """The directories a set is loaded from: shared, then the guild's own if it has one."""
        own = self.layered().get(guild_id) if guild_id is not None else None
        return [self.config.rules] if own is None else [self.config.rules, own]

    def engine_for(self, guild_id: int | None) -> Engine:
        """The compiled rules that apply in a guild: its own layered set, else the shared one."""
        in_force = self._in_force
        return (in_force.get(guild_id) or in_force[None]).engine

    def behaviour_for(self, guild_id: int | None) -> Behaviour:
        """The behaviour rules that apply in a guild, beside ``engine_for``'s engine."""
        in_force = self._in_force
        return (in_force.get(guild_id) or in_force[None]).behaviour

    def behaviours(self) -> list[Behaviour]:
        """Every behaviour rule set in force (the shared one and each guild's own)."""
        return [found.behaviour for found in self._in_force.values()]

    def version(self, guild_id: int | None) -> RuleVersion | None:
        """The stored version of the set in force for a guild (its own, else the shared one)."""
        key = guild_id if guild_id in self.layered() else None
        found = self._in_force.get(key)
        return found.version if found else None

    async def start(self) -> None:
        """Note the shared set in force, load the guilds' layers, and start watching the files
        (if ``rules_watch``) and following the versions other processes record."""
        every = [self.config.rules, *self.layered().values()]
        self._seen = await asyncio.to_thread(rules_signature, every)
        await asyncio.to_thread(log_skipped, self.directories())
        digest = await asyncio.to_thread(rules_digest, self.directories())
        shared = self._in_force[None]
        engine = shared.engine
        version = await self._record(None, digest, engine, Trigger.START, None, "")
        staged: InForce = {None: SetInForce(engine, shared.behaviour, digest, version)}
        results: dict[int | None, ReloadResult] = {}
        for guild_id in self.layered():
            results[guild_id] = await self._reload_one(staged, guild_id, Trigger.START, None)
        self._in_force = staged
        await self._announce(results, failures_only=True)
        if self.config.rules_watch:
            self._tasks.append(asyncio.create_task(self._watch(every), name="rules-watch"))
        self._tasks.append(asyncio.create_task(self._follow(), name="rules-follow"))

    async def stop(self) -> None:
        """Stop watching the files and following the recorded versions."""
        tasks, self._tasks = self._tasks, []
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def reload(
        self, *, trigger: Trigger, by: int | None = None
    ) -> dict[int | None, ReloadResult]:
        """Reload the shared set and every guild's layered set; announce what changed."""
        async with self._lock:
            staged = dict(self._in_force)
            results: dict[int | None, ReloadResult] = {}
            results[None] = await self._reload_one(staged, None, trigger, by)
            for guild_id in self.layered():
                results[guild_id] = await self._reload_one(staged, guild_id, trigger, by)
            self._in_force = staged
            self.reloads += 1
        await self._announce(results)
        return results

    async def _reload_one(
        self, staged: InForce, guild_id: int | None, trigger: Trigger, by: int | None
    ) -> ReloadResult:
        """Load one set and stage it if it loads and differs from the one in force."""
        current, unchanged = staged.get(guild_id), kept(staged, guild_id, trigger, by)
        directories = self.directories(guild_id)
        try:
            digest = await asyncio.to_thread(rules_digest, directories)
            if current is not None and current.digest == digest:
                return unchanged
            engine = await load_set(directories, self.config.max_terms)
        except RuleErrors as exc:
            return failed(unchanged, exc.errors)
        except OSError as exc:
            return failed(unchanged, (RuleError(f"cannot read the rule files: {exc}"),))
        old = (current or staged[None]).engine
        diff = diff_rulesets(old.ruleset, engine.ruleset)
        version = await self._record(guild_id, digest, engine, trigger, by, diff.summary())
        stage(staged, guild_id, engine, digest, version)
        log.info("rules for %s: version %s (%s)", guild_id or "all", version.id, diff.summary())
        return ReloadResult(
            guild_id, Status.APPLIED, trigger, by, diff, (), version, len(engine.ruleset.rules)
        )

    async def follow(self) -> dict[int | None, ReloadResult]:
        """Swap each set to its latest recorded version, where another process recorded one."""
        store = self.bot.db.rule_versions
        wanted = {}
        for guild_id in (None, *self.layered()):
            latest = await store.latest(guild_id)
            if (
                latest is not None
                and _behind(self._in_force, guild_id, latest)
                and not await self._still_refused(guild_id, latest)
            ):
                wanted[guild_id] = latest
        if not wanted:
            return {}
        async with self._lock:
            staged = dict(self._in_force)
            results: dict[int | None, ReloadResult] = {}
            for guild_id, version in wanted.items():
                if _behind(staged, guild_id, version):  # a reload here may have caught up
                    results[guild_id] = await self._adopt_one(staged, guild_id, version)
            self._in_force = staged
        applied = {k: r for k, r in results.items() if r.status is Status.APPLIED}
        await self._announce(applied)
        return results

    async def _still_refused(self, guild_id: int | None, latest: RuleVersion) -> bool:
        """Whether this version was refused here and the files have not changed since."""
        refused = self._refused.get(guild_id)
        if refused is None or refused[0] != latest.id:
            return False
        seen = await asyncio.to_thread(rules_signature, self.directories(guild_id))
        return seen == refused[1]

    async def _adopt_one(
        self, staged: InForce, guild_id: int | None, version: RuleVersion
    ) -> ReloadResult:
        """Stage a version another process recorded, if this one's files have its digest."""
        current = staged.get(guild_id)
        unchanged = kept(staged, guild_id, version.trigger, version.loaded_by)
        directories = self.directories(guild_id)
        seen = await asyncio.to_thread(rules_signature, directories)
        try:
            digest = await asyncio.to_thread(rules_digest, directories)
            if digest != version.digest:
                where = ", ".join(map(str, directories))
                problem = (
                    f"the files in {where} have digest {digest[:12]}, not {version.digest[:12]}"
                )
                return self._refuse(unchanged, version, seen, (RuleError(problem),))
            if current is not None and current.digest == digest:  # the same files, recorded again
                staged[guild_id] = replace(current, version=version)
                return replace(unchanged, version=version)
            engine = await load_set(directories, self.config.max_terms)
        except RuleErrors as exc:
            return self._refuse(unchanged, version, seen, exc.errors)
        except OSError as exc:
            problem = f"cannot read the rule files: {exc}"
            return self._refuse(unchanged, version, seen, (RuleError(problem),))
        old = (current or staged[None]).engine
        diff = diff_rulesets(old.ruleset, engine.ruleset)
        stage(staged, guild_id, engine, digest, version)
        log.info(
            "rules for %s: version %s recorded elsewhere, now in force",
            guild_id or "all",
            version.id,
        )
        return ReloadResult(
            guild_id,
            Status.APPLIED,
            version.trigger,
            version.loaded_by,
            diff,
            (),
            version,
            len(engine.ruleset.rules),
        )

    def _refuse(
        self,
        result: ReloadResult,
        version: RuleVersion,
        seen: Signature,
        errors: tuple[RuleError, ...],
    ) -> ReloadResult:
        """Keep the set in force and log why the recorded version was not applied here."""
        self._refused[result.guild_id] = (version.id, seen)
        stays = f"version #{result.version.id}" if result.version else "the shared set"
        log.error(
            "rules for %s: version #%s, recorded by another process, not applied here; %s stays "
            "in force: %s",
            result.guild_id or "all",
            version.id,
            stays,
            "; ".join(map(str, errors)),
        )
        return failed(result, errors)

    async def _record(
        self,
        guild_id: int | None,
        digest: str,
        engine: Engine,
        trigger: Trigger,
        by: int | None,
        summary: str,
    ) -> RuleVersion:
        """Store a loaded set, unless the set's latest version has its files (recorded by another
        process, or at the last start)."""
        version, _ = await self.bot.db.rule_versions.record(
            NewRuleVersion(
                guild_id=guild_id,
                digest=digest,
                loaded_at=datetime.now(UTC),
                trigger=trigger,
                rule_count=len(engine.ruleset.rules),
                loaded_by=by,
                summary=summary or "loaded at start",
            )
        )
        return version

    async def _announce(
        self, results: dict[int | None, ReloadResult], *, failures_only: bool = False
    ) -> None:
        """Post each guild's result to its mod log: its own set's if layered, else the shared."""
        layered = self.layered()
        posted: set[tuple[int, str]] = set()
        for guild_id in {g.id for g in self.bot.guilds} | set(layered):
            result = results.get(guild_id if guild_id in layered else None)
            channel_id = self.mod_log.channel_id(guild_id)
            quiet = Status.APPLIED if failures_only else None
            if result is None or result.status in (Status.UNCHANGED, quiet) or not channel_id:
                continue
            text = reload_text(result)
            if (channel_id, text) in posted:
                continue
            posted.add((channel_id, text))
            await self.mod_log.post(guild_id, text, about=f"rules reload note to {channel_id}")

    async def _watch(self, directories: list[Path]) -> None:
        """Poll the files; reload once they have changed and then stayed still a while."""
        still: int | None = None
        while True:
            await asyncio.sleep(self.config.rules_poll_seconds)
            try:
                seen = await asyncio.to_thread(rules_signature, directories)
                self.polls += 1
                if seen != self._seen:
                    self._seen, still = seen, 0
                elif still is not None:
                    still += 1
                    if still >= QUIET_POLLS:
                        still = None
                        await self.reload(trigger=Trigger.FILE_CHANGE)
            except Exception:
                log.exception("watching the rule files failed; still watching")

    async def _follow(self) -> None:
        """Poll the recorded versions and swap to those other processes recorded."""
        while True:
            await asyncio.sleep(self.config.rules_sync_seconds)
            try:
                await self.follow()
            except Exception:
                log.exception("following the recorded rule versions failed; still following")


def _behind(in_force: InForce, guild_id: int | None, latest: RuleVersion) -> bool:
    """Whether a set's latest recorded version is not the one in force."""
    current = in_force.get(guild_id)
    ours = current.version if current is not None else None
    return ours is None or ours.id != latest.id
