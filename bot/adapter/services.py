"""What the bot's cogs, buttons and views share, built once when the bot starts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.adapter.hidden.restore import Restorer
from bot.adapter.moderation.executor import Executor
from bot.adapter.reports.actions import CardActions
from bot.adapter.reports.queue import ReportQueue
from bot.adapter.rules.live import RulesLive
from bot.adapter.shared.mod_log import ModLog
from bot.adapter.shared.paginator import OpenPages
from bot.core.engine import Engine
from bot.storage.rule_evidence import RuleEvidenceStore

if TYPE_CHECKING:
    from bot.adapter.client import ModBot

__all__ = ["Services"]


@dataclass(frozen=True, slots=True)
class Services:
    """One of each: the rules in force, the executor, the mod log, the reports queue with its
    locks and card actions, restores, the open paged answers, and the stores that are not the
    database's own."""

    rules: RulesLive
    mod_log: ModLog
    executor: Executor
    restorer: Restorer
    reports: ReportQueue
    card_actions: CardActions
    evidence: RuleEvidenceStore
    pages: OpenPages

    @classmethod
    def build(cls, bot: ModBot, engine: Engine) -> Services:
        """Wire the services for ``bot``, with ``engine`` as the shared rules until a reload."""
        mod_log = ModLog(bot, bot.config)
        executor = Executor(bot, bot.db, bot.config, mod_log)
        restorer = Restorer(bot, mod_log)
        reports = ReportQueue(bot, executor)
        return cls(
            rules=RulesLive(bot, engine, mod_log),
            mod_log=mod_log,
            executor=executor,
            restorer=restorer,
            reports=reports,
            card_actions=CardActions(reports, restorer),
            evidence=RuleEvidenceStore(bot.db),
            pages=OpenPages(),
        )
