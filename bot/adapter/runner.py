"""``modbot run``: load config and rules, open the database, connect, and explain failures."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
from pathlib import Path

import aiohttp
import discord

from bot.adapter.client import ModBot
from bot.adapter.shards import build_bot
from bot.config import Config, ConfigError, load_config
from bot.core.engine import Engine
from bot.core.errors import RuleErrors
from bot.rulesets import load_engine
from bot.storage import Database, StorageError

__all__ = ["run", "serve"]

log = logging.getLogger(__name__)

HELP_MISSING = (
    "no bot token: set DISCORD_TOKEN (Developer Portal > your application > Bot > Reset Token)"
)
HELP_REJECTED = (
    "Discord rejected the token (401): copy a fresh one from Developer Portal > your "
    "application > Bot > Reset Token, and set it as DISCORD_TOKEN"
)
HELP_INTENTS = (
    "Discord refused the privileged intents (close code 4014): in Developer Portal > your "
    "application > Bot > Privileged Gateway Intents, enable Server Members Intent and "
    "Message Content Intent"
)


def _fail(message: str) -> int:
    print(f"modbot: {message}", file=sys.stderr)
    return 2


def _close_on_signals(bot: ModBot) -> None:
    """Make SIGTERM (how systemd and docker stop a service) and SIGINT (Ctrl-C) close the bot.

    Closing the client ends its gateway loop however far a message has got. Leaving SIGINT to
    asyncio's default, a cancellation of the main task, now and then left the bot running (2
    of about 40 shutdowns under the full test suite). A second signal stops at once.
    """
    loop = asyncio.get_running_loop()
    closing: set[asyncio.Task[None]] = set()

    def close(name: str) -> None:
        if bot.is_closed():
            raise KeyboardInterrupt
        log.info("%s: closing", name)
        task = loop.create_task(bot.close())
        closing.add(task)
        task.add_done_callback(closing.discard)

    with contextlib.suppress(NotImplementedError):  # no loop signal handlers on Windows
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, close, sig.name)


async def serve(config: Config, engine: Engine) -> None:
    """Open the database and run the bot until it is closed, fails or gets SIGTERM or SIGINT."""
    assert config.discord.token is not None
    db = await Database.open(config.database)
    try:
        async with build_bot(config, engine, db) as bot:
            _close_on_signals(bot)
            await bot.start(config.discord.token)
    finally:
        await db.close()


def run(config_path: Path) -> int:
    """The whole ``modbot run``: 0 after a clean stop, 2 with one clear line on failure."""
    try:
        config = load_config(config_path)
    except ConfigError as exc:
        return _fail("\nmodbot: ".join(exc.lines))
    logging.basicConfig(
        level=config.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    if not config.discord.token:
        return _fail(HELP_MISSING)
    try:
        engine = load_engine(config.rules, max_terms=config.max_terms)
    except RuleErrors as exc:
        return _fail(f"the rules did not load:\n{exc}")
    log.info("loaded %d rules from %s", len(engine.ruleset.rules), config.rules)
    try:
        asyncio.run(serve(config, engine))
    except discord.LoginFailure:
        return _fail(HELP_REJECTED)
    except discord.PrivilegedIntentsRequired:
        return _fail(HELP_INTENTS)
    except StorageError as exc:
        return _fail(str(exc))
    except (aiohttp.ClientError, OSError) as exc:
        return _fail(f"cannot reach Discord at {config.discord.api_base}: {exc}")
    except discord.HTTPException as exc:
        return _fail(f"Discord answered {exc.status} at login: {exc.text or exc}; try again later")
    except KeyboardInterrupt:
        log.info("SIGINT: closed")
    log.info("stopped")
    return 0
