"""A rule set in force and the steps of swapping one: load it, stage it, say it stayed.

``RulesLive`` owns the sets in force; reloads (here) and follows (another process's version)
share these steps, so both stage a set and report a kept one the same way.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path

from bot.adapter.rules.files import log_skipped
from bot.adapter.rules.report import ReloadResult, Status
from bot.core.behaviour.evaluator import Behaviour
from bot.core.engine import Engine
from bot.core.errors import RuleError
from bot.core.rule_record import RuleVersion, Trigger
from bot.rulesets import load_engine

__all__ = ["InForce", "SetInForce", "failed", "kept", "load_set", "stage"]


@dataclass(frozen=True, slots=True)
class SetInForce:
    """A rule set in force: its engine, its behaviour rules with their state, the digest of
    its files and its stored version."""

    engine: Engine
    behaviour: Behaviour
    digest: str
    version: RuleVersion | None


# ``None`` is the shared set, a guild id that guild's layered set.
InForce = dict[int | None, SetInForce]


async def load_set(directories: list[Path], max_terms: int) -> Engine:
    """Load a set from its directories off the loop; RuleErrors or OSError if it does not load."""
    # A guild's set names its own skipped files; the shared set's load names the rest.
    await asyncio.to_thread(log_skipped, directories[-1:])
    return await asyncio.to_thread(
        load_engine,
        directories[0],
        max_terms=max_terms,
        layer=directories[1] if len(directories) > 1 else None,
    )


def stage(
    staged: InForce, guild_id: int | None, engine: Engine, digest: str, version: RuleVersion
) -> None:
    """Put a loaded set in ``staged``, its behaviour state carried over from the set it replaces.

    Open floods and raids carry over; a guild's first own set starts afresh, as the shared
    set's state stays with the shared set.
    """
    current = staged.get(guild_id)
    behaviour = (
        current.behaviour.reload(engine.ruleset)
        if current is not None
        else Behaviour(engine.ruleset)
    )
    staged[guild_id] = SetInForce(engine, behaviour, digest, version)


def kept(staged: InForce, guild_id: int | None, trigger: Trigger, by: int | None) -> ReloadResult:
    """The result of a reload that leaves a set as it is in ``staged``."""
    current = staged.get(guild_id)
    engine = (current or staged[None]).engine
    return ReloadResult(
        guild_id,
        Status.UNCHANGED,
        trigger,
        by,
        version=current.version if current else None,
        rule_count=len(engine.ruleset.rules),
    )


def failed(result: ReloadResult, errors: tuple[RuleError, ...]) -> ReloadResult:
    """The result of a load that failed: the set in force stays."""
    return ReloadResult(
        result.guild_id,
        Status.FAILED,
        result.trigger,
        result.by,
        errors=errors,
        version=result.version,
        rule_count=result.rule_count,
    )
