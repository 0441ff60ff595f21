"""Two ``modbot run`` processes on one PostgreSQL, each running half of four shards.

Eight servers, two per shard. Each process acts on its own servers' violations once; reports
are counted once per member; a queue card pressed in both processes at once decides once; and
when one process is killed mid-burst, no committed case is lost and the other serves on.
"""

from __future__ import annotations

import asyncio
import re
import signal
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AsyncExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.storage import Database
from tests.adapter.reporting import report
from tests.adapter.test_run import RULES, Modbot, environment, modbot_run
from tests.fakediscord import FakeDiscord, Server, seed_server, shard_of
from tests.fakediscord.payloads import Json
from tests.postgres import postgres_schema, server_url

SHARDS = 4
HALVES = ("0-1", "2-3")  # MODBOT_SHARDS of each process
SPACING = 0.2  # seconds between IDENTIFYs of one rate-limit key (Discord: 5)
REPORTERS = ("rita", "sam", "tess")
WAIT = 15.0
READY = re.compile(r"ready as \d+ in \d+ guilds")


@dataclass
class Cluster:
    """The fake, its eight servers, the two processes, and the shared database."""

    fake: FakeDiscord
    servers: list[Server]
    bots: list[Modbot]
    db: Database

    def servers_of(self, process: int) -> list[Server]:
        """The servers whose shard the process runs."""
        first, last = map(int, HALVES[process].split("-"))
        return [s for s in self.servers if first <= shard_of(s.guild_id, SHARDS) <= last]

    async def cases(self) -> list[Any]:
        """Every case: id, kind, message, rule, actor."""
        return await self.db.fetchall(
            "SELECT id, kind, message_id, rule_id, actor_id FROM cases ORDER BY id"
        )

    def deletes(self, message_id: object) -> int:
        """How many times a message was deleted, successfully or not."""
        return len(self.fake.requests_matching("DELETE", rf"/channels/\d+/messages/{message_id}"))


async def until(check: Callable[[], Awaitable[bool]], what: str, cluster: Cluster) -> None:
    """Poll ``check`` until it holds; fail naming ``what`` with the processes' last output."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + WAIT
    while not await check():
        if loop.time() > deadline:
            tails = "\n---\n".join("\n".join(b.stderr.items[-15:]) for b in cluster.bots)
            raise AssertionError(f"{what} within {WAIT}s; the processes said:\n{tails}")
        await asyncio.sleep(0.05)


def write_config(tmp_path: Path, database: str, servers: list[Server]) -> Path:
    """One config for both processes: shards of 4 (each process's ids from MODBOT_SHARDS)."""
    guilds = {
        str(s.guild_id): {
            "queue_channel": s.mod_queue_id,
            "mod_log_channel": s.mod_log_id,
            "moderator_roles": [s.moderator_role_id],
        }
        for s in servers
    }
    data = {
        "database": database,
        "rules": str(RULES),
        "rules_watch": False,
        "shards": {"count": SHARDS, "identify_spacing_seconds": SPACING},
        "moderation": {"report_threshold": len(REPORTERS) + 1},
        "guilds": guilds,
    }
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


@pytest.fixture
async def cluster(tmp_path: Path) -> AsyncIterator[Cluster]:
    """Two ready processes on a fresh PostgreSQL schema; skipped where storage tests skip it."""
    url = server_url()
    async with AsyncExitStack() as stack:
        database = await stack.enter_async_context(postgres_schema(url))
        fake = await stack.enter_async_context(FakeDiscord(identify_window=SPACING))
        servers = [
            seed_server(fake.state, fake.world, f"s{n}", (n % SHARDS, SHARDS)) for n in range(8)
        ]
        for server in servers:
            for name in (*REPORTERS, "mod2"):
                roles = [server.moderator_role_id] if name == "mod2" else []
                fake.state.add_member(server.guild_id, _user(fake, name), roles)
        config = write_config(tmp_path, database, servers)
        bots = []
        for half in HALVES:
            env = {**environment(fake, fake.token), "MODBOT_SHARDS": half}
            bots.append(await stack.enter_async_context(modbot_run(config, env)))
        await asyncio.gather(*(bot.log_line(READY) for bot in bots))
        db = await stack.enter_async_context(await Database.open(database))
        yield Cluster(fake, servers, bots, db)
        for bot in bots:
            if bot.process.returncode is None:
                bot.process.send_signal(signal.SIGTERM)
                assert await bot.exit_code() == 0, bot.output


def _user(fake: FakeDiscord, name: str) -> str:
    """The id of the user called ``name``, created on first use."""
    for user_id, user in fake.state.users.items():
        if user["username"] == name:
            return user_id
    return fake.state.add_user(name)


async def post(cluster: Cluster, server: Server, text: str) -> Json:
    """The seeded member posts in the server's #general."""
    world = cluster.fake.world
    return await cluster.fake.events.message_create(server.general_id, world.member_id, text)


async def test_two_processes_share_four_shards(cluster: Cluster) -> None:
    fake, servers = cluster.fake, cluster.servers
    assert fake.starts.refused == []
    identified = sorted((a.shard_id, a.shard_count) for a in fake.starts.attempts)
    assert identified == [(n, SHARDS) for n in range(SHARDS)]

    # Every violation is acted on exactly once.
    slurs = [await post(cluster, s, "slurword") for s in servers]
    insults = [await post(cluster, s, "you idiot") for s in servers]

    async def all_cases() -> bool:
        return len(await cluster.cases()) >= 16

    await until(all_cases, "a case for each of 16 violations", cluster)
    cases = await cluster.cases()
    assert Counter((c["message_id"], c["rule_id"]) for c in cases) == Counter(
        {(int(m["id"]), "slur") for m in slurs} | {(int(m["id"]), "name-calling") for m in insults}
    )
    assert [cluster.deletes(m["id"]) for m in slurs] == [1] * len(slurs)

    # Members of one server report one post, one of them twice: each member counts once.
    server = cluster.servers_of(1)[0]
    target = await post(cluster, server, "The council should resign.")
    for name in (*REPORTERS, REPORTERS[0]):
        await report(fake, int(_user(fake, name)), target, "be-nice", f"{name} says rude")
    reports = await cluster.db.reports.for_message(int(target["id"]))
    assert sorted(r.reporter_id for r in reports) == sorted(int(_user(fake, n)) for n in REPORTERS)
    card = await cluster.db.reports.card(int(target["id"]))
    assert card is not None

    async def card_counts_three() -> bool:
        shown = fake.state.messages[str(card.card_message_id)]["embeds"][0]["fields"]
        return {"name": "Reports", "value": "3", "inline": True} in shown

    await until(card_counts_three, "the card counting 3 reports", cluster)

    # Two moderators press the card at once, each press reaching a session in each process:
    # the process serving the guild answers both, and decides once.
    presses = [
        await fake.events.component(
            f"modbot:report:{target['id']}:{action}",
            user_id=int(who),
            message_id=card.card_message_id,
            shards={shard_of(server.guild_id, SHARDS), 0},
        )
        for action, who in (("hide", fake.world.moderator_id), ("dismiss", _user(fake, "mod2")))
    ]
    for pending in presses:
        # Two bot processes, PostgreSQL and the suite share two cores: the answer is awaited
        # as long as any other step here (WAIT), not the single-process default of 5 s.
        await fake.wait_for_response(pending, timeout=WAIT)
        answers = fake.requests_matching("POST", rf"/interactions/{pending.id}/[^/]+/callback")
        assert [a.status for a in answers] == [200]

    async def decided() -> bool:
        found = await cluster.db.reports.for_message(int(target["id"]))
        return all(r.resolved_by is not None for r in found)

    await until(decided, "a decision on the reported post", cluster)
    await asyncio.sleep(0.5)  # let the slower process's attempt land, if it would
    found = await cluster.db.reports.for_message(int(target["id"]))
    assert len({(r.status, r.resolved_by) for r in found}) == 1
    decisions = [c for c in await cluster.cases() if c["message_id"] == int(target["id"])]
    assert len([c for c in decisions if c["actor_id"] is not None]) == 1
    assert cluster.deletes(target["id"]) <= 1

    # A burst over every server; one process is killed in the middle of it.
    doomed, survivor = cluster.bots
    doomed_guilds = {s.guild_id for s in cluster.servers_of(0)}
    burst = [await post(cluster, s, "slurword") for _ in range(6) for s in servers]

    async def doomed_acting() -> bool:
        return any(cluster.deletes(m["id"]) for m in burst if int(m["guild_id"]) in doomed_guilds)

    await until(doomed_acting, "the first process acting on the burst", cluster)
    committed = {c["id"] for c in await cluster.cases()}
    doomed.process.send_signal(signal.SIGKILL)
    await doomed.process.wait()
    after = [await post(cluster, s, "slurword") for s in cluster.servers_of(1)]
    survivors = [m for m in [*burst, *after] if int(m["guild_id"]) not in doomed_guilds]

    async def survivor_done() -> bool:
        claimed = {c["message_id"] for c in await cluster.cases()}
        return all(int(m["id"]) in claimed and cluster.deletes(m["id"]) for m in survivors)

    await until(survivor_done, "the other process acting on all its servers' posts", cluster)
    final = await cluster.cases()
    assert committed <= {c["id"] for c in final}
    by_message = Counter(c["message_id"] for c in final if c["rule_id"] == "slur")
    deleted = [m for m in burst if cluster.deletes(m["id"])]
    assert all(by_message[int(m["id"])] == 1 for m in deleted)
    assert all(cluster.deletes(m["id"]) == 1 for m in survivors)
    assert survivor.process.returncode is None
