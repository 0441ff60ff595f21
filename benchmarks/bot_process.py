"""The bots ``e2e_latency.py`` measures: modbot or the minimal bot, in a process of their own or
on the harness's own event loop, started and stopped the same way whichever they are."""

from __future__ import annotations

import asyncio
import os
import resource
import signal
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from benchmarks.minimal_bot import IDENTIFY_SPACING_S, MinimalBot
from bot.adapter.client import ModBot
from bot.core.engine import Engine
from bot.storage import Database
from tests.adapter.running_bot import bot_config, start_bot, stop_bot
from tests.fakediscord import FakeDiscord, Server

__all__ = [
    "IDENTIFY_SPACING_S",
    "KINDS",
    "Bot",
    "BotGroup",
    "InlineMinimal",
    "InlineModbot",
    "Launch",
    "SubprocessBot",
]

REPO = Path(__file__).resolve().parent.parent
KINDS = ("minimal", "modbot")
STOP_S = 15.0
TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def own_cpu() -> float:
    """CPU seconds this process used so far, all threads, user and system."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def cpu_of(pid: int) -> float:
    """CPU seconds another process used so far (its threads included), from /proc."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / TICKS


@dataclass(frozen=True, slots=True)
class Launch:
    """What every bot of a run shares: the fake, its servers, the rules, the keyword, where
    files go, and the shard count a sharded process is one part of."""

    fake: FakeDiscord
    rules: Path
    keyword: str
    folder: Path
    engine: Engine
    servers: tuple[Server, ...] = ()
    shard_count: int = 1


class Bot:
    """A bot under measurement: ``start`` returns once it is connected, ``stop`` ends it."""

    kind = ""
    inline = False

    async def start(self) -> None:
        """Connect the bot to the fake."""
        raise NotImplementedError

    async def stop(self) -> None:
        """Disconnect and end the bot."""
        raise NotImplementedError

    def cpu(self) -> float:
        """CPU seconds the bot used so far (inline: this whole process)."""
        return own_cpu()

    def tail(self, lines: int = 20) -> str:
        """The last lines of the bot's output, to say why it did not come up (inline: none)."""
        return ""


@dataclass
class SubprocessBot(Bot):
    """``python -m bot run`` or ``benchmarks/minimal_bot.py`` against the fake on 127.0.0.1.

    ``database`` is a PostgreSQL URL (empty: a fresh SQLite file); ``shards`` (``first-last``
    of the launch's shard count, empty: unsharded) goes to ``MODBOT_SHARDS``.
    """

    launch: Launch
    kind: str = "modbot"
    repo: Path = REPO  # another checkout's modbot (``--baseline``) for a before/after
    database: str = ""
    shards: str = ""
    name: str = ""  # unique in the run: names the log, config and SQLite files
    process: asyncio.subprocess.Process | None = None
    log: Path = field(default=Path())

    async def start(self) -> None:
        """Start the process with its output in a log file; the caller waits for its DELETEs."""
        launch = self.launch
        self.name = self.name or self.kind
        self.log = launch.folder / f"{self.name}.log"
        if self.kind != "minimal":
            command = ["-m", "bot", "run", "--config", str(self._config())]
        else:
            command = [str(REPO / "benchmarks" / "minimal_bot.py"), launch.keyword]
        with self.log.open("wb") as out:
            self.process = await asyncio.create_subprocess_exec(
                sys.executable,
                *command,
                cwd=self.repo,
                env=self._environment(),
                stdin=asyncio.subprocess.DEVNULL,
                stdout=out,
                stderr=out,
            )

    def _config(self) -> Path:
        """A config file for the fake's guilds, the rules, the database and any shards."""
        launch, world = self.launch, self.launch.fake.world
        database = self.database or str(launch.folder / f"{self.name}.sqlite3")
        data: dict[str, object] = {
            "discord": {"dev_guild": world.guild_id},
            "database": database,
            "rules": str(launch.rules),
            "moderation": {
                "mod_log_channel": world.mod_log_id,
                "queue_channel": world.mod_queue_id,
            },
            "guilds": {
                str(s.guild_id): {"queue_channel": s.mod_queue_id, "mod_log_channel": s.mod_log_id}
                for s in launch.servers
            },
        }
        if self.shards:
            data["shards"] = {
                "count": launch.shard_count,
                "identify_spacing_seconds": IDENTIFY_SPACING_S,
            }
        path = launch.folder / f"{self.name}.yaml"
        path.write_text(yaml.safe_dump(data), encoding="utf-8")
        return path

    def _environment(self) -> dict[str, str]:
        """The inherited environment pointed at the fake, with its token and any shard."""
        fake = self.launch.fake
        env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "MODBOT_"))}
        env.update(
            DISCORD_API_BASE=fake.api_base,
            DISCORD_GATEWAY_URL=fake.gateway_url,
            DISCORD_TOKEN=fake.token,
            PYTHONPATH=str(self.repo),
        )
        if self.shards:
            env.update(MODBOT_SHARDS=self.shards, MODBOT_SHARD_COUNT=str(self.launch.shard_count))
        return env

    async def stop(self) -> None:
        """SIGTERM, as systemd stops a service; killed if it does not end in time."""
        if self.process is None or self.process.returncode is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            await asyncio.wait_for(self.process.wait(), STOP_S)
        except TimeoutError:
            self.process.kill()
            await self.process.wait()

    def cpu(self) -> float:
        """CPU seconds the process used so far."""
        return cpu_of(self.process.pid) if self.process else 0.0

    def tail(self, lines: int = 20) -> str:
        """The last lines of the bot's output, to say why it did not come up."""
        text = self.log.read_text(errors="replace") if self.log.is_file() else ""
        return "\n".join(text.splitlines()[-lines:])


@dataclass
class BotGroup(Bot):
    """Processes of one kind that together run every shard: started, stopped, timed as one."""

    kind: str
    bots: list[SubprocessBot] = field(default_factory=list)

    async def start(self) -> None:
        """Start every process at once, as a deployment would."""
        await asyncio.gather(*(bot.start() for bot in self.bots))

    async def stop(self) -> None:
        """Stop every process at once."""
        await asyncio.gather(*(bot.stop() for bot in self.bots))

    def cpu(self) -> float:
        """CPU seconds the processes used so far, summed."""
        return sum(bot.cpu() for bot in self.bots)

    def tail(self, lines: int = 20) -> str:
        """The last lines of each process's output."""
        return "\n---\n".join(bot.tail(lines) for bot in self.bots)


@dataclass
class InlineModbot(Bot):
    """The real ``ModBot`` on the harness's event loop (``tests/adapter/running_bot.py``)."""

    launch: Launch
    kind: str = "modbot"
    inline: bool = True
    running: tuple[ModBot, Database, asyncio.Task[None]] | None = None

    async def start(self) -> None:
        """Open a fresh database and connect."""
        config = bot_config(self.launch.fake, self.launch.folder / "modbot-inline.sqlite3")
        config = replace(config, rules=self.launch.rules)
        self.running = await start_bot(config, self.launch.engine)

    async def stop(self) -> None:
        """Close the bot and its database."""
        if self.running is not None:
            await stop_bot(*self.running)


@dataclass
class InlineMinimal(Bot):
    """The minimal bot on the harness's event loop."""

    launch: Launch
    kind: str = "minimal"
    inline: bool = True
    client: MinimalBot | None = None
    task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        """Log in and connect; the caller waits for its DELETEs."""
        self.client = MinimalBot(self.launch.keyword)
        await self.client.login(self.launch.fake.token)
        self.task = asyncio.create_task(self.client.connect(reconnect=True))

    async def stop(self) -> None:
        """Close the client."""
        if self.client is not None and self.task is not None:
            await self.client.close()
            await asyncio.wait_for(self.task, STOP_S)
