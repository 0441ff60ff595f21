"""The bot builds each shared service once and every cog holds that one."""

from __future__ import annotations

import importlib
import pkgutil

import bot.adapter
from bot.adapter.client import EXTENSIONS
from tests.adapter.running_bot import Running


async def test_cogs_share_one_executor_one_queue_and_the_rules_in_force(running: Running) -> None:
    modbot, services = running.bot, running.bot.services
    moderation, reports = modbot.get_cog("Moderation"), modbot.get_cog("Reports")
    assert getattr(moderation, "executor", None) is services.executor
    assert getattr(reports, "queue", None) is services.reports
    assert services.reports.executor is services.executor
    assert services.card_actions.queue is services.reports
    assert services.executor.mod_log is services.mod_log is services.rules.mod_log
    assert modbot.engine_for(running.fake.world.guild_id) is services.rules.engine_for(None)


def test_every_module_with_an_extension_setup_is_loaded() -> None:
    modules = pkgutil.walk_packages(bot.adapter.__path__, f"{bot.adapter.__name__}.")
    cogs = {m.name for m in modules if hasattr(importlib.import_module(m.name), "setup")}
    assert cogs == set(EXTENSIONS)
