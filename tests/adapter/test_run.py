"""``modbot run`` as a real process against the fake Discord: clear failures, a clean life cycle."""

from __future__ import annotations

import asyncio
import os
import re
import secrets
import signal
import socket
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.core.cases import CaseKind, Outcome
from bot.storage import Database
from bot.storage.migrations import MIGRATIONS
from tests.fakediscord import FakeDiscord
from tests.fakediscord.recording import Journal

REPO = Path(__file__).resolve().parents[2]
RULES = Path(__file__).parent / "rules"
TOKEN = f"MTIzNDU2.modbot-run-test.{secrets.token_hex(12)}"
PROCESS_TIMEOUT = 20.0
READY = re.compile(r"ready as \d+ in 1 guilds")


class Modbot:
    """A running ``python -m bot run`` whose output lines are journalled as they arrive."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process
        self.stdout: Journal[str] = Journal()
        self.stderr: Journal[str] = Journal()
        assert process.stdout is not None and process.stderr is not None
        self._readers = [
            asyncio.create_task(_collect(process.stdout, self.stdout)),
            asyncio.create_task(_collect(process.stderr, self.stderr)),
        ]

    @property
    def output(self) -> str:
        """Everything written to stdout and stderr so far."""
        return "\n".join([*self.stdout.items, *self.stderr.items])

    async def log_line(self, pattern: re.Pattern[str]) -> str:
        """The first stderr line matching ``pattern``, waiting for it."""
        return await self.stderr.wait_for(
            lambda line: bool(pattern.search(line)), timeout=PROCESS_TIMEOUT, what=pattern.pattern
        )

    async def exit_code(self) -> int:
        """Wait for the process to end and its output to be read; return its exit code."""
        try:
            code = await asyncio.wait_for(self.process.wait(), PROCESS_TIMEOUT)
        except TimeoutError:
            raise AssertionError(f"modbot did not exit; output:\n{self.output}") from None
        await asyncio.gather(*self._readers)
        return code

    def stop_reading(self) -> None:
        """Stop collecting output (the process is gone, or the test failed)."""
        for reader in self._readers:
            reader.cancel()


async def _collect(stream: asyncio.StreamReader, journal: Journal[str]) -> None:
    """Journal each line of a stream until it ends."""
    async for raw in stream:
        journal.append(raw.decode(errors="replace").rstrip("\n"))


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    """A fake Discord with a token that would stand out in any output."""
    async with FakeDiscord(token=TOKEN, heartbeat_interval=0.25) as fake:
        yield fake


def write_config(tmp_path: Path, fake: FakeDiscord, **overrides: Any) -> Path:
    """A config file for the fake's guild, the test rules and a database in ``tmp_path``."""
    world = fake.world
    data: dict[str, Any] = {
        "discord": {"dev_guild": world.guild_id},
        "database": str(tmp_path / "modbot.sqlite3"),
        "rules": str(RULES),
        "moderation": {"mod_log_channel": world.mod_log_id, "queue_channel": world.mod_queue_id},
        **overrides,
    }
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def environment(fake: FakeDiscord, token: str | None) -> dict[str, str]:
    """The inherited environment pointed at the fake, with ``token`` as DISCORD_TOKEN if any."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "MODBOT_"))}
    env.update(
        DISCORD_API_BASE=fake.api_base,
        DISCORD_GATEWAY_URL=fake.gateway_url,
        PYTHONUNBUFFERED="1",
    )
    if token is not None:
        env["DISCORD_TOKEN"] = token
    return env


@asynccontextmanager
async def modbot_run(config: Path, env: dict[str, str]) -> AsyncIterator[Modbot]:
    """Start ``python -m bot run --config config``; kill it if the test leaves it running."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        "--config",
        str(config),
        cwd=REPO,
        env=env,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    bot = Modbot(process)
    try:
        yield bot
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
        bot.stop_reading()


async def test_missing_token_exits_2_naming_the_variable(fake: FakeDiscord, tmp_path: Path) -> None:
    """Without DISCORD_TOKEN the bot says so in one line, exits 2 and never calls Discord."""
    async with modbot_run(write_config(tmp_path, fake), environment(fake, None)) as bot:
        assert await bot.exit_code() == 2
    (line,) = bot.stderr.items
    assert "DISCORD_TOKEN" in line and line.startswith("modbot: ")
    assert not fake.requests.items


async def test_unknown_config_key_exits_2_naming_the_key(fake: FakeDiscord, tmp_path: Path) -> None:
    """A misspelt config key is one line naming the key in full, and exit 2."""
    config = write_config(tmp_path, fake, moderation={"mod_log_chanel": 1})
    async with modbot_run(config, environment(fake, TOKEN)) as bot:
        assert await bot.exit_code() == 2
    (line,) = bot.stderr.items
    assert "moderation.mod_log_chanel" in line and "unknown key" in line
    assert TOKEN not in bot.output


async def test_rejected_token_exits_2_with_how_to_reset_it(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    """A 401 at login explains where to reset the token, and never prints the token."""
    wrong = f"MTIzNDU2.wrong-token.{secrets.token_hex(12)}"
    async with modbot_run(write_config(tmp_path, fake), environment(fake, wrong)) as bot:
        assert await bot.exit_code() == 2
    (login,) = fake.requests_matching("GET", "/users/@me")
    assert login.status == 401
    assert "rejected the token" in bot.stderr.items[-1]
    assert "Developer Portal" in bot.stderr.items[-1] and "Reset Token" in bot.stderr.items[-1]
    assert wrong not in bot.output and TOKEN not in bot.output
    assert "Traceback" not in bot.output


async def test_unreachable_discord_exits_2_naming_the_address(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    """A Discord that cannot be reached is one line with the address tried, not a traceback."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    env = environment(fake, TOKEN)
    env["DISCORD_API_BASE"] = f"http://127.0.0.1:{closed_port}/api/v10"
    async with modbot_run(write_config(tmp_path, fake), env) as bot:
        assert await bot.exit_code() == 2
    last = bot.stderr.items[-1]
    assert last.startswith(
        f"modbot: cannot reach Discord at http://127.0.0.1:{closed_port}/api/v10"
    )
    assert "Traceback" not in bot.output and TOKEN not in bot.output


async def test_refused_privileged_intents_exit_2_naming_message_content(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    """A 4014 close says to enable Message Content Intent, exit 2."""
    fake.gateway.privileged_intents = False
    async with modbot_run(write_config(tmp_path, fake), environment(fake, TOKEN)) as bot:
        assert await bot.exit_code() == 2
    assert "4014" in bot.stderr.items[-1]
    assert "Message Content Intent" in bot.stderr.items[-1]
    assert TOKEN not in bot.output
    assert "Traceback" not in bot.output


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
async def test_good_run_syncs_moderates_and_stops_cleanly(
    fake: FakeDiscord, tmp_path: Path, stop: signal.Signals
) -> None:
    """A good start logs ready, syncs to the dev guild, hides a slur, and a signal exits 0.

    It logs at DEBUG, where discord.py logs every request and payload: still no token.
    """
    world = fake.world
    config = write_config(tmp_path, fake, log_level="DEBUG")
    async with modbot_run(config, environment(fake, TOKEN)) as bot:
        ready = await bot.log_line(READY)
        sync = rf"/applications/{world.application_id}/guilds/{world.guild_id}/commands"
        (put,) = fake.requests_matching("PUT", sync)
        assert put.status == 200 and put.authorized
        mark = len(fake.requests)
        message = await fake.events.message_create(world.general_id, world.member_id, "slurword")
        delete = await fake.wait_for_request(
            "DELETE",
            rf"/channels/{world.general_id}/messages/{message['id']}",
            since=mark,
            timeout=PROCESS_TIMEOUT,
        )
        assert delete.status == 204
        await fake.wait_for_request(
            "POST", rf"/channels/{world.mod_log_id}/messages", since=mark, timeout=PROCESS_TIMEOUT
        )
        bot.process.send_signal(stop)
        assert await bot.exit_code() == 0, bot.output
    assert "ready as" in ready
    assert [line for line in bot.stderr.items if line.endswith("bot.adapter.runner: stopped")]
    assert TOKEN not in bot.output
    assert "Traceback" not in bot.output
    async with await Database.open(tmp_path / "modbot.sqlite3") as db:
        (case,) = await db.cases.for_member(world.guild_id, world.member_id)
    assert (case.kind, case.outcome, case.message_id) == (
        CaseKind.HIDE,
        Outcome.OK,
        int(message["id"]),
    )


async def test_a_start_is_quiet(fake: FakeDiscord, tmp_path: Path) -> None:
    """At INFO a start says what it loaded, one line for the migrations, nothing about voice."""
    async with modbot_run(write_config(tmp_path, fake), environment(fake, TOKEN)) as bot:
        await bot.log_line(READY)
        bot.process.send_signal(signal.SIGINT)
        assert await bot.exit_code() == 0, bot.output
    assert not [line for line in bot.stderr.items if "voice" in line.lower()]
    (migrated,) = [line for line in bot.stderr.items if "migrat" in line]
    schema = len(MIGRATIONS)
    assert migrated.endswith(f"migrated {tmp_path / 'modbot.sqlite3'} from schema 0 to {schema}")


@pytest.mark.parametrize(
    ("variable", "value", "problem"),
    [
        ("DISCORD_TOKEN", " ", "DISCORD_TOKEN (environment variable): is blank"),
        (
            "DISCORD_API_BASE",
            "not-a-url",
            "DISCORD_API_BASE (environment variable): expected a URL",
        ),
    ],
)
async def test_bad_environment_is_one_line_before_login(
    fake: FakeDiscord, tmp_path: Path, variable: str, value: str, problem: str
) -> None:
    """A blank token or an endpoint that is no URL is named in one line, and Discord never hears."""
    env = environment(fake, TOKEN)
    env[variable] = value
    async with modbot_run(write_config(tmp_path, fake), env) as bot:
        assert await bot.exit_code() == 2
    (line,) = bot.stderr.items
    assert line.startswith(f"modbot: {problem}")
    assert not fake.requests.items


async def test_missing_guild_rules_directory_is_one_line_before_login(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    """A guild's own rules directory that does not exist is named, with its config line."""
    guilds = {str(fake.world.guild_id): {"rules": "no-such-rules"}}
    config = write_config(tmp_path, fake, guilds=guilds)
    async with modbot_run(config, environment(fake, TOKEN)) as bot:
        assert await bot.exit_code() == 2
    (line,) = bot.stderr.items
    assert re.fullmatch(
        rf"modbot: {re.escape(str(config))}:\d+: guilds\.{fake.world.guild_id}\.rules: "
        rf"no such directory: '{re.escape(str(tmp_path / 'no-such-rules'))}'",
        line,
    )
    assert not fake.requests.items
