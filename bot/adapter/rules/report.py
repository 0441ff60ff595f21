"""What a rules reload did, and how the mod log and a command's reply say it."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from bot.core.errors import RuleError
from bot.core.rule_record import RuleVersion, Trigger
from bot.core.rules_diff import RulesDiff

__all__ = ["MESSAGE_LIMIT", "ReloadResult", "Status", "clip_lines", "reload_text"]

MESSAGE_LIMIT = 2000


class Status(StrEnum):
    """How a reload of one rule set ended."""

    APPLIED = "applied"
    UNCHANGED = "unchanged"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class ReloadResult:
    """One rule set's reload: ``guild_id`` None is the shared set, an id a guild's layered one.

    ``version`` is the new version when applied, the one still in force otherwise.
    """

    guild_id: int | None
    status: Status
    trigger: Trigger
    by: int | None = None
    diff: RulesDiff = field(default_factory=RulesDiff)
    errors: tuple[RuleError, ...] = ()
    version: RuleVersion | None = None
    rule_count: int = 0


def _whose(result: ReloadResult) -> str:
    """``Rules`` or ``This server's rules``."""
    return "Rules" if result.guild_id is None else "This server's rules"


def _why(result: ReloadResult) -> str:
    """``(file change)`` or ``(/rules reload by <@1>)``."""
    if result.trigger is Trigger.COMMAND:
        return f"(/rules reload by <@{result.by}>)" if result.by else "(/rules reload)"
    return f"({result.trigger.value})"


def _version(result: ReloadResult) -> str:
    """``version #4 (27 rules)``; a guild whose own rules never loaded runs the shared ones."""
    if result.version is None:
        return f"the shared rules ({result.rule_count})"
    return f"version #{result.version.id} ({result.rule_count} rules)"


def clip_lines(head: str, lines: list[str], *, block: str = "", limit: int = MESSAGE_LIMIT) -> str:
    """``head`` and as many lines as fit (in a code block when ``block``), then how many more."""
    fence = f"```{block}\n" if block else ""
    room = limit - len(head) - len(fence) - 40
    shown: list[str] = []
    for line in lines:
        line = line.replace("```", "'''")
        if sum(len(x) + 1 for x in shown) + len(line) + 1 > room:
            break
        shown.append(line)
    more = f"\n… and {len(lines) - len(shown)} more" if len(shown) < len(lines) else ""
    body = "\n".join(shown)
    if not body:
        return f"{head}{more}"
    return f"{head}\n{fence}{body}\n```{more}" if block else f"{head}\n{body}{more}"


def reload_text(result: ReloadResult) -> str:
    """The message about one reload, for the mod log and the command's reply."""
    whose, why = _whose(result), _why(result)
    if result.status is Status.UNCHANGED:
        return f"{whose} unchanged {why}: the files match {_version(result)}; nothing to reload."
    if result.status is Status.FAILED:
        count = len(result.errors)
        head = (
            f"{whose} NOT reloaded {why}: {count} error{'s' if count != 1 else ''}; "
            f"{_version(result)} stay{'s' if result.version else ''} in force."
        )
        return clip_lines(head, [str(e) for e in result.errors], block="text")
    head = f"{whose} reloaded {why}: now {_version(result)}. "
    if result.diff.empty:
        return head + "No rule changed (only comments or layout)."
    head += result.diff.summary()
    return clip_lines(head[: MESSAGE_LIMIT // 2], result.diff.lines(), block="diff")
