"""Reload rule files while the bot runs: load off the loop, swap whole sets, watch for saves.

This is the one owner of the rules in force: ``engine_for`` answers per message. Each rule set
(the shared one, and each guild's shared-plus-own layers) is loaded with
``asyncio.to_thread(load_engine, ...)`` and a reload swaps in all the sets that loaded at once;
on errors the old set keeps acting and the errors go to the mod log. A set that
loaded is recorded as a rule version (digest of its files, time, trigger, who).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from bot.adapter.rules.report import ReloadResult, Status, reload_text
from bot.adapter.shared.mod_log import ModLog
from bot.core.behaviour.evaluator import Behaviour
from bot.core.engine import Engine
from bot.core.errors import RuleError, RuleErrors
from bot.core.rule_record import NewRuleVersion, RuleVersion, Trigger
from bot.core.rules_diff import diff_rulesets
from bot.rulesets import load_engine
from bot.rulesets.discovery import find_rule_files, watched_files

if TYPE_CHECKING:
    from bot.adapter.client import ModBot

__all__ = ["QUIET_POLLS", "RulesLive", "rules_digest", "rules_signature"]

log = logging.getLogger(__name__)

# A change is applied once the files have looked the same for this many polls in a row, so a
# burst of saves (an editor, a formatter, a git checkout) loads once, and never half-written.
QUIET_POLLS = 2


def rules_signature(directories: list[Path]) -> tuple[tuple[str, int, int], ...]:
    """Path, modification time and size of every file: cheap to poll, changes on any save."""
    out = []
    for directory in directories:
        out.append((str(directory), int(directory.is_dir()), 0))
        for path in watched_files(directory):
            with contextlib.suppress(FileNotFoundError):  # deleted while we looked
                stat = path.stat()
                out.append((str(path), stat.st_mtime_ns, stat.st_size))
    return tuple(out)


def rules_digest(directories: list[Path]) -> str:
    """SHA-256 over every file's relative path and bytes, directory by directory."""
    digest = hashlib.sha256()
    for number, directory in enumerate(directories):
        for path in watched_files(directory):
            name = f"{number}/{path.relative_to(directory).as_posix()}"
            digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class _InForce:
    """A rule set in force: its engine, its behaviour rules with their state, the digest of
    its files and its stored version."""

    engine: Engine
    behaviour: Behaviour
    digest: str
    version: RuleVersion | None


InForce = dict[int | None, _InForce]


class RulesLive:
    """The bot's rule sets in force, reloaded on command or when their files change."""

    def __init__(self, bot: ModBot, engine: Engine, mod_log: ModLog) -> None:
        self.bot = bot
        self.config = bot.config
        self.mod_log = mod_log
        self.polls = 0
        self.reloads = 0
        # Replaced as a whole, never edited: a reload swaps every set in one assignment.
        self._in_force: InForce = {None: _InForce(engine, Behaviour(engine.ruleset), "", None)}
        self._lock = asyncio.Lock()
        self._task: asyncio.Task[None] | None = None
        self._seen: tuple[tuple[str, int, int], ...] = ()

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
        """Note the shared set in force, load the guilds' layers, and start watching."""
        every = [self.config.rules, *self.layered().values()]
        self._seen = await asyncio.to_thread(rules_signature, every)
        await asyncio.to_thread(_log_skipped, self.directories())
        digest = await asyncio.to_thread(rules_digest, self.directories())
        shared = self._in_force[None]
        engine = shared.engine
        version = await self._record(None, digest, engine, Trigger.START, None, "")
        staged: InForce = {None: _InForce(engine, shared.behaviour, digest, version)}
        results: dict[int | None, ReloadResult] = {}
        for guild_id in self.layered():
            results[guild_id] = await self._reload_one(staged, guild_id, Trigger.START, None)
        self._in_force = staged
        await self._announce(results, failures_only=True)
        if self.config.rules_watch:
            self._task = asyncio.create_task(self._watch(every), name="rules-watch")

    async def stop(self) -> None:
        """Stop watching the files."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

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
        current = staged.get(guild_id)
        old = (current or staged[None]).engine
        kept = ReloadResult(
            guild_id,
            Status.UNCHANGED,
            trigger,
            by,
            version=current.version if current else None,
            rule_count=len(old.ruleset.rules),
        )
        directories = self.directories(guild_id)
        try:
            digest = await asyncio.to_thread(rules_digest, directories)
            if current is not None and current.digest == digest:
                return kept
            # A guild's set names its own skipped files; the shared set's load names the rest.
            await asyncio.to_thread(_log_skipped, directories[-1:])
            engine = await asyncio.to_thread(
                load_engine,
                directories[0],
                max_terms=self.config.max_terms,
                layer=directories[1] if len(directories) > 1 else None,
            )
        except RuleErrors as exc:
            return _failed(kept, exc.errors)
        except OSError as exc:
            return _failed(kept, (RuleError(f"cannot read the rule files: {exc}"),))
        diff = diff_rulesets(old.ruleset, engine.ruleset)
        version = await self._record(guild_id, digest, engine, trigger, by, diff.summary())
        # The set's own behaviour state carries over (open floods and raids); a guild's first
        # own set starts afresh, as the shared set's state stays with the shared set.
        behaviour = (
            current.behaviour.reload(engine.ruleset)
            if current is not None
            else Behaviour(engine.ruleset)
        )
        staged[guild_id] = _InForce(engine, behaviour, digest, version)
        log.info("rules for %s: version %s (%s)", guild_id or "all", version.id, diff.summary())
        return ReloadResult(
            guild_id, Status.APPLIED, trigger, by, diff, (), version, len(engine.ruleset.rules)
        )

    async def _record(
        self,
        guild_id: int | None,
        digest: str,
        engine: Engine,
        trigger: Trigger,
        by: int | None,
        summary: str,
    ) -> RuleVersion:
        """Store a loaded set; at start, the same files as last time keep their version."""
        store = self.bot.db.rule_versions
        latest = await store.latest(guild_id)
        if trigger is Trigger.START and latest is not None and latest.digest == digest:
            return latest
        return await store.add(
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


def _log_skipped(directories: list[Path]) -> None:
    """Name each file of the directories that looks like a rule file but is not loaded."""
    for directory in directories:
        if directory.is_dir():
            for skipped in find_rule_files(directory).skipped:
                log.warning("rule file skipped: %s", skipped)


def _failed(kept: ReloadResult, errors: tuple[RuleError, ...]) -> ReloadResult:
    """The result of a load that failed: the set in force stays."""
    return ReloadResult(
        kept.guild_id,
        Status.FAILED,
        kept.trigger,
        kept.by,
        errors=errors,
        version=kept.version,
        rule_count=kept.rule_count,
    )
