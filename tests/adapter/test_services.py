"""The bot builds each shared service once and every cog holds that one."""

from __future__ import annotations

from tests.adapter.running_bot import Running


async def test_cogs_share_one_executor_one_queue_and_the_rules_in_force(running: Running) -> None:
    bot, services = running.bot, running.bot.services
    moderation, reports = bot.get_cog("Moderation"), bot.get_cog("Reports")
    assert getattr(moderation, "executor", None) is services.executor
    assert getattr(reports, "queue", None) is services.reports
    assert services.reports.executor is services.executor
    assert services.card_actions.queue is services.reports
    assert services.executor.mod_log is services.mod_log is services.rules.mod_log
    assert bot.engine_for(running.fake.world.guild_id) is services.rules.engine_for(None)
