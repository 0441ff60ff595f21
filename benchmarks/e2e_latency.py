"""Print modbot's end-to-end latency beside a minimal bot's: a MESSAGE_CREATE from the fake
Discord to the bot's DELETE.

Usage: ``python benchmarks/e2e_latency.py [--seconds 10] [--rate 200] [--burst 2000]
[--hostile-seconds 5] [--hostile-rate 10] [--rules DIR] [--authors 20] [--grace 30]
[--bots minimal,modbot] [--baseline DIR] [--inline] [--processes 1|2] [--database-url URL]
[--keep-history] [--profile]``

Two bots run in turn against the same fake Discord of ``tests/fakediscord``, on the same
messages, in one run: the minimal bot (``minimal_bot.py``: a ``discord.Client`` whose
``on_message`` checks one keyword and calls ``message.delete()``) and the real modbot with a
fresh database. By default each is a process of its own (``python -m bot run`` and
``python benchmarks/minimal_bot.py``, pointed at the fake on 127.0.0.1 with
``DISCORD_API_BASE`` / ``DISCORD_GATEWAY_URL``), so the fake's own work does not sit on the
bot's event loop; ``--inline`` runs both on this process's loop instead (modbot through
``tests/adapter/running_bot.py``), which ``--profile`` needs to see the bot. The fake serves
four servers, one per shard of 4, and messages go to each one's #general in turn. Each bot is
warmed up (messages until it deleted one in every server, then 40 more) before three phases,
each with half of the messages violating (a hide rule) and half clean:

1. steady: ``--rate`` MESSAGE_CREATE events per second for ``--seconds``, paced on absolute
   ``loop.time()`` deadlines so the rate does not drift;
2. burst: ``--burst`` events sent back to back as fast as the fake can send them, yielding
   to the loop between frames as a separate Discord process would let the bot run;
3. hostile: the steady traffic for ``--hostile-seconds`` while one more member posts
   ``--hostile-rate`` worst-case messages a second (``hostile.py``: 4,000 characters of one
   evasion repeated, the hide text last), to show that no member can stall moderation:
   event-loop lag p99 (target < 20 ms), every violation, theirs included, acted on, and the
   latency of everyone else's violations (the phase's row), with the hostile member's own
   printed apart ("its own": a worst case takes longer to check, as it should).

The fake's history (its journals, RESUME backlog and stored messages) is trimmed every second
unless ``--keep-history`` is given: inline it would sit in the bot's heap and lengthen its
garbage collection pauses.

Latency of a violating message runs from ``time.perf_counter()`` just before the fake builds
and sends its MESSAGE_CREATE to the moment the fake receives the bot's DELETE for it (stamped
when the request enters the fake's pipeline, before routing, by wrapping the fake's fault
plan, which sees every request first). Inline, modbot's own ``on_message`` is stamped too,
splitting latency into gateway delivery and the bot's pipeline. After each phase the script
waits for the stragglers (every DELETE, or ``--grace`` seconds) and for the REST traffic to go
quiet. The end prints both bots' p50 and p99 side by side with modbot's ratio to the minimal
bot (target: at most 3). The figures are printed for a reader to judge, never asserted.

``--baseline DIR`` adds modbot from another checkout (``git archive`` of an older commit, say)
as the bot ``before``, run the same way in the same run (on SQLite, on PostgreSQL as
``before-pg`` and in two processes as ``before-pg x2`` wherever modbot runs so): a
before/after beside the yardstick.

Given a PostgreSQL server (``--database-url``, else ``MODBOT_TEST_DATABASE_URL`` as
``.ci/with-postgres`` sets it), modbot also runs on a fresh schema of it (``modbot-pg``), so the
database's share shows beside SQLite. ``--processes 2`` adds the minimal bot and modbot on
PostgreSQL as two processes each (``MODBOT_SHARDS`` 0-1 and 2-3 of ``MODBOT_SHARD_COUNT`` 4, the
modbot pair sharing one schema), each ratio taken to the minimal bot with as many processes;
on SQLite it is refused, a SQLite file being one process's. The load average is printed at the
start, before each bot and at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import math
import os
import platform
import pstats
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from contextlib import AsyncExitStack
from dataclasses import dataclass, field
from pathlib import Path

import discord

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.bot_process import (  # noqa: E402
    IDENTIFY_SPACING_S,
    KINDS,
    Bot,
    BotGroup,
    InlineMinimal,
    InlineModbot,
    Launch,
    SubprocessBot,
)
from benchmarks.hostile import LENGTH, worst_cases  # noqa: E402
from bot.core.engine import Engine  # noqa: E402
from bot.core.post import Post  # noqa: E402
from bot.core.rules import Action, Mode  # noqa: E402
from bot.rulesets import load_engine  # noqa: E402
from tests.adapter.running_bot import RULES  # noqa: E402
from tests.fakediscord import FakeDiscord, Server, seed_server  # noqa: E402
from tests.fakediscord.faults import Fault  # noqa: E402
from tests.fakediscord.recording import RecordedRequest  # noqa: E402
from tests.fakediscord.world import World  # noqa: E402
from tests.postgres import URL_ENV, postgres_schema  # noqa: E402

TARGET_P99_MS = 20.0
TARGET_RATIO = 3.0
BASELINE = "before"  # modbot from the --baseline checkout
WARM_UP_EVERY_S = 0.25
WARM_UP_MESSAGES = 40
LAG_TICK_S = 0.005
TRIM_EVERY_S = 1.0
QUIET_S = 0.5
SHARDS = 4  # one server per shard, so every shard has traffic
HALVES = ("0-1", "2-3")  # MODBOT_SHARDS of each process with --processes 2
TWO = " x2"  # a label's suffix for two processes
CLEAN_TEXTS = (
    "The council meeting ran long, but the budget passed in the end.",
    "Thanks for the detailed reporting on the bridge vote.",
    "Traffic on the ring road was lighter than expected this morning.",
)
_DELETE = re.compile(r"/channels/\d+/messages/(\d+)")
_ID = re.compile(r"\d{6,}")


@dataclass
class Phase:
    """What one phase sent and what came back, with perf_counter stamps per message id."""

    name: str
    bot: Bot
    sent: dict[int, float] = field(default_factory=dict)
    violating: set[int] = field(default_factory=set)
    hostile: set[int] = field(default_factory=set)
    channel: dict[int, int] = field(default_factory=dict)
    seen: dict[int, float] = field(default_factory=dict)
    deleted: dict[int, float] = field(default_factory=dict)
    rest: Counter[str] = field(default_factory=Counter)
    lags: list[float] = field(default_factory=list)
    sending: bool = True
    last_send: float = 0.0
    cpu: float = 0.0
    wall: float = field(default_factory=time.perf_counter)
    done: asyncio.Event = field(default_factory=asyncio.Event)

    def __post_init__(self) -> None:
        self.cpu = self.bot.cpu()

    @property
    def watched(self) -> bool:
        """Whether the bot's ``on_message`` is stamped (modbot on this process's loop)."""
        return self.bot.inline and self.bot.kind == "modbot"

    def check_done(self) -> None:
        """Set ``done`` once sending ended, every event was delivered and every DELETE came."""
        delivered = not self.watched or len(self.seen) == len(self.sent)
        if not self.sending and delivered and self.violating.issubset(self.deleted):
            self.done.set()


@dataclass(frozen=True, slots=True)
class Crowd:
    """Who writes and where: members round robin, and each server's #general in turn."""

    authors: tuple[int, ...]
    channels: tuple[int, ...]
    hostile: int  # the member posting worst cases in the hostile phase


@dataclass(frozen=True, slots=True)
class Texts:
    """The message bodies: one that a hide rule removes, one that no rule touches."""

    violating: str
    clean: str
    rule: str
    keyword: str
    hostile: tuple[str, ...] = ()


class Probe:
    """Hooks on the fake and the bot that stamp each message of the current phase."""

    def __init__(self, phase: Phase) -> None:
        self.phase = phase
        self.requests = 0

    def on_request(self, request: RecordedRequest) -> None:
        """Count a REST request by route shape and stamp a DELETE of a sent message."""
        self.requests += 1
        self.phase.rest[f"{request.method} {_ID.sub('{id}', request.route)}"] += 1
        found = _DELETE.fullmatch(request.route) if request.method == "DELETE" else None
        if found is not None:
            message_id = int(found.group(1))
            if message_id in self.phase.sent:
                self.phase.deleted.setdefault(message_id, time.perf_counter())
                self.phase.check_done()

    async def on_message(self, message: discord.Message) -> None:
        """Stamp the moment the bot's ``on_message`` listeners run for a sent message."""
        if message.id in self.phase.sent:
            self.phase.seen.setdefault(message.id, time.perf_counter())
            self.phase.check_done()

    async def watch_loop(self) -> None:
        """Record how late a 5 ms timer fires: the event loop's lag under load."""
        loop = asyncio.get_running_loop()
        while True:
            due = loop.time() + LAG_TICK_S
            await asyncio.sleep(LAG_TICK_S)
            self.phase.lags.append(loop.time() - due)


async def trim_history(fake: FakeDiscord, probe: Probe) -> None:
    """Every second, drop the history the fake keeps for tests' assertions.

    A real Discord lives in another process; here the fake's journals, its RESUME backlog
    (private, cleared only if it is still a list named ``_backlog``) and every message it
    stored share the bot's heap, and the bot's event loop pays for them in garbage
    collection pauses that grow with the run. Messages still awaiting a DELETE are kept.
    """
    bot_id = str(fake.world.bot_id)
    while True:
        await asyncio.sleep(TRIM_EVERY_S)
        fake.frames.items.clear()
        fake.requests.items.clear()
        for session in fake.gateway.sessions.values():
            backlog = getattr(session, "_backlog", None)
            if isinstance(backlog, list):
                backlog.clear()
        phase = probe.phase
        done = [
            key
            for key, message in fake.state.messages.items()
            if message["author"]["id"] == bot_id
            or (int(key) not in phase.violating and (int(key) in phase.seen or not phase.watched))
        ]
        for key in done:
            del fake.state.messages[key]


def hook_fake(fake: FakeDiscord, probe: Probe) -> None:
    """Observe every REST request as it enters the fake, before it is routed or answered."""
    take = fake.faults.take

    def observed(request: RecordedRequest) -> Fault | None:
        probe.on_request(request)
        return take(request)

    fake.faults.take = observed  # type: ignore[method-assign]


def percentile(values: Sequence[float], pct: float) -> float:
    """Return the nearest-rank percentile of the values (0 when empty)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, math.ceil(pct / 100 * len(ordered)) - 1))]


def spread(values: Sequence[float]) -> str:
    """Format seconds as ``p50 / p99 / max`` in milliseconds."""
    ms = [v * 1000 for v in values]
    if not ms:
        return "n/a"
    return f"p50 {percentile(ms, 50):8.2f}  p99 {percentile(ms, 99):8.2f}  max {max(ms):8.2f} ms"


def sample_post(world: World, author_id: int, text: str) -> Post:
    """Build the post the bot would build for a member's message in #general."""
    return Post(
        text=text,
        guild_id=world.guild_id,
        channel_id=world.general_id,
        channel_name="general",
        category_id=world.category_id,
        category_name="News",
        author_id=author_id,
    )


def pick_texts(engine: Engine, world: World, author_id: int) -> Texts:
    """Find a text whose harshest action is hide and a text no rule matches."""
    suffix = " (comment 0)"
    for rule in engine.ruleset.rules:
        if rule.action is not Action.HIDE or rule.mode is not Mode.ENFORCE:
            continue
        plain_words = [f"Honestly, {w} is all I have to say" for w in rule.words if "*" not in w]
        for text in (*rule.examples_match, *plain_words):
            verdict = engine.check(sample_post(world, author_id, text + suffix))
            if verdict.action is Action.HIDE and not verdict.shadow:
                clean = next(
                    t for t in CLEAN_TEXTS if engine.check(sample_post(world, author_id, t)).clean
                )
                keyword = verdict.hits[0].matched.lower()
                name = f"{rule.guideline}/{rule.id}"
                return Texts(text, clean, name, keyword, hostile_texts(engine, text))
    raise SystemExit("no enforced hide rule with a usable example or plain word in these rules")


def hostile_texts(engine: Engine, violating: str) -> tuple[str, ...]:
    """Each worst case cut so that the hide text fits last within the length limit."""
    tail = f" {violating} (hostile 00000)"
    return tuple(
        f"{text[: LENGTH - len(tail)]} {violating}" for text in worst_cases(engine).values()
    )


def seed_crowd(fake: FakeDiscord, servers: list[Server], count: int) -> Crowd:
    """Add plain members (no roles) of every server who write the messages, so DMs spread over
    channels, and one more for the hostile posts."""
    authors = []
    for n in range(count + 1):
        user_id = fake.state.add_user(f"reader{n}")
        for server in servers:
            fake.state.add_member(str(server.guild_id), user_id, [])
        authors.append(int(user_id))
    hostile = authors.pop()
    return Crowd(tuple(authors), tuple(s.general_id for s in servers), hostile)


async def send(
    fake: FakeDiscord,
    phase: Phase,
    count: int,
    rate: float | None,
    texts: Texts,
    crowd: Crowd,
) -> None:
    """Send ``count`` MESSAGE_CREATE events, at ``rate`` per second or back to back, to each
    server in turn, every server getting violating and clean ones alternately: in each server
    a member writes one of each, and the next member the next pair."""
    loop = asyncio.get_running_loop()
    start = loop.time()
    servers = len(crowd.channels)
    for n in range(count):
        if rate:
            delay = start + n / rate - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
        turn, server = divmod(n, servers)
        violating = turn % 2 == 0
        channel = crowd.channels[server]
        message_id = int(fake.state.new_id())
        content = f"{texts.violating if violating else texts.clean} (comment {n})"
        if violating:
            phase.violating.add(message_id)
        phase.channel[message_id] = channel
        phase.sent[message_id] = time.perf_counter()
        author = crowd.authors[(turn // 2 * servers + server) % len(crowd.authors)]
        await fake.events.message_create(channel, author, content, id=str(message_id))
        if not rate:
            # A real Discord is another process: let the bot's tasks run between frames.
            await asyncio.sleep(0)


async def send_hostile(
    fake: FakeDiscord, phase: Phase, count: int, rate: float, texts: Texts, crowd: Crowd
) -> None:
    """Send ``count`` worst-case messages from one member at ``rate`` per second."""
    loop = asyncio.get_running_loop()
    start = loop.time()
    channel = crowd.channels[0]
    for n in range(count):
        delay = start + n / rate - loop.time()
        if delay > 0:
            await asyncio.sleep(delay)
        message_id = int(fake.state.new_id())
        content = f"{texts.hostile[n % len(texts.hostile)]} (hostile {n})"
        phase.violating.add(message_id)
        phase.hostile.add(message_id)
        phase.sent[message_id] = time.perf_counter()
        await fake.events.message_create(channel, crowd.hostile, content, id=str(message_id))


def sent_all(phase: Phase) -> None:
    """Mark the end of sending, so the phase is done once the last answers came."""
    phase.last_send = time.perf_counter()
    phase.sending = False
    phase.check_done()


async def settle(probe: Probe, phase: Phase, grace: float) -> float:
    """Wait for the stragglers, then for the REST traffic to stop; return the seconds waited."""
    started = time.perf_counter()
    try:
        await asyncio.wait_for(phase.done.wait(), grace)
    except TimeoutError:
        return time.perf_counter() - started
    deadline = started + grace
    while time.perf_counter() < deadline:
        before = probe.requests
        await asyncio.sleep(QUIET_S)
        if probe.requests == before:
            break
    return time.perf_counter() - started


def throughput(phase: Phase) -> float:
    """Violations acted on per second, from the first send to the last DELETE."""
    acted = [phase.deleted[m] for m in phase.violating if m in phase.deleted]
    if not acted:
        return 0.0
    return len(acted) / max(max(acted) - min(phase.sent.values()), 1e-9)


def report(phase: Phase, waited: float) -> None:
    """Print one phase's figures."""
    first = min(phase.sent.values())
    span = max(phase.last_send - first, 1e-9)
    acted = [m for m in phase.violating if m in phase.deleted]
    wrong = [m for m in phase.deleted if m not in phase.violating]
    last_seen = max(phase.seen.values(), default=first)
    total = [phase.deleted[m] - phase.sent[m] for m in acted if m not in phase.hostile]
    own = [phase.deleted[m] - phase.sent[m] for m in acted if m in phase.hostile]
    gateway = [phase.seen[m] - phase.sent[m] for m in phase.sent if m in phase.seen]
    pipeline = [phase.deleted[m] - phase.seen[m] for m in acted if m in phase.seen]
    per_violation = sum(phase.rest.values()) / max(len(acted), 1)
    print(f"\n== {phase.name} ==")
    print(f"  events sent          {len(phase.sent):7d}  ({len(phase.sent) / span:,.1f}/s sent)")
    print(f"  violations sent      {len(phase.violating):7d}")
    print(f"  violations acted     {len(acted):7d}  (DELETE received)")
    if phase.hostile:
        hostile = [m for m in acted if m in phase.hostile]
        print(f"    of them hostile    {len(hostile):7d}  of {len(phase.hostile)} sent")
    print(f"  unacted              {len(phase.violating) - len(acted):7d}  (target 0)")
    print(f"  clean messages hit   {len(wrong):7d}")
    if phase.watched:
        lost = len(phase.sent) - len(phase.seen)
        print(f"  delivered to bot     {len(phase.seen):7d}  (lost {lost})")
        rate = len(phase.seen) / max(last_seen - first, 1e-9)
        print(f"  throughput           {rate:9,.1f} events/s (first send to last on_message)")
    print(f"  latency send->DELETE       {spread(total)}")
    if own:
        print(f"    the hostile member's     {spread(own)}  (not in the line above)")
    print(f"  acted on per second  {throughput(phase):9,.1f}  (first send to last DELETE)")
    if phase.watched:
        print(f"    send->on_message         {spread(gateway)}")
        print(f"    on_message->DELETE       {spread(pipeline)}")
    lag = f"{spread(phase.lags)}  (target p99 < {TARGET_P99_MS:g} ms)"
    whose = "bot's and fake's" if phase.bot.inline else "the fake's (not the bot's)"
    print(f"  event loop lag (5 ms tick) {lag}, {whose} loop")
    print(f"  REST calls           {sum(phase.rest.values()):7d}  ({per_violation:.2f} per hide)")
    for route, count in phase.rest.most_common():
        print(f"    {count:7d}  {route}")
    print(f"  waited after sending {waited:7.2f} s")
    cpu = (phase.bot.cpu() - phase.cpu) / (time.perf_counter() - phase.wall)
    whose = "bot + fake + DB thread" if phase.bot.inline else "the bot's process, all threads"
    if isinstance(phase.bot, BotGroup):
        whose = f"the bot's {len(phase.bot.bots)} processes, summed"
    print(f"  bot CPU              {cpu:7.0%}  of one core ({whose}); ", end="")
    print(f"load average now {os.getloadavg()[0]:.2f}")


async def run_phase(
    fake: FakeDiscord,
    probe: Probe,
    name: str,
    count: int,
    rate: float | None,
    args: argparse.Namespace,
    texts: Texts,
    crowd: Crowd,
    hostile: tuple[int, float] | None = None,
) -> Phase:
    """Run one phase to its end, stragglers included, and print it (skipped when empty).

    ``hostile`` adds that many worst-case messages at that rate from the crowd's hostile member.
    """
    phase = Phase(name, probe.phase.bot)
    if count <= 0:
        print(f"\n== {name} == skipped: no events")
        return phase
    probe.phase = phase
    senders = [send(fake, phase, count, rate, texts, crowd)]
    if hostile is not None:
        senders.append(send_hostile(fake, phase, hostile[0], hostile[1], texts, crowd))
    await asyncio.gather(*senders)
    sent_all(phase)
    waited = await settle(probe, phase, args.grace)
    report(phase, waited)
    return phase


@dataclass(frozen=True, slots=True)
class Entry:
    """One bot of the run: its label, its kind, its processes and whether on PostgreSQL."""

    label: str
    kind: str
    processes: int = 1
    postgres: bool = False

    def where(self) -> str:
        """Say how the bot runs, for its section's title."""
        database = "PostgreSQL" if self.postgres else "SQLite" if self.kind != "minimal" else ""
        on = f", {database}" if database else ""
        if self.processes == 1:
            return f"in its own process{on}"
        shards = " and ".join(HALVES)
        return f"in {self.processes} processes, shards {shards} of {SHARDS}{on}"


def plan(args: argparse.Namespace) -> list[Entry]:
    """The bots to measure, in order: each of ``--bots`` in one process, modbot (and the
    ``before`` checkout) on SQLite and, given a server, on PostgreSQL; then with
    ``--processes 2`` each in two processes on the same shards, modbot on PostgreSQL."""
    entries = []
    for kind in args.bots:
        entries.append(Entry(kind, kind))
        if kind != "minimal" and args.database_url and not args.inline:
            entries.append(Entry(f"{kind}-pg", kind, postgres=True))
    if args.processes == 2:
        for kind in args.bots:
            label = kind if kind == "minimal" else f"{kind}-pg"
            entries.append(Entry(f"{label}{TWO}", kind, 2, postgres=kind != "minimal"))
    return entries


async def bench(args: argparse.Namespace) -> None:
    """Start the fake, then each bot in turn through its phases; print them side by side."""
    # One rate-limit key per shard, as large bots get: processes starting together are not
    # refused an IDENTIFY, so the warm-up does not wait for discord.py's reconnect backoff.
    fake = FakeDiscord(
        heartbeat_interval=5.0, max_concurrency=SHARDS, identify_window=IDENTIFY_SPACING_S
    )
    servers = [seed_server(fake.state, fake.world, f"s{n}", (n, SHARDS)) for n in range(SHARDS)]
    crowd = seed_crowd(fake, servers, args.authors)
    engine = load_engine(args.rules)
    texts = pick_texts(engine, fake.world, crowd.authors[0])
    entries = plan(args)
    started_load = os.getloadavg()
    print_header(args, texts, entries)
    results: dict[str, list[Phase]] = {}
    with tempfile.TemporaryDirectory(prefix="modbot-e2e-") as tmp:
        launch = Launch(fake, args.rules, texts.keyword, Path(tmp), engine, tuple(servers), SHARDS)
        probe = Probe(Phase("setup", InlineMinimal(launch)))
        hook_fake(fake, probe)
        async with fake:
            with fake.redirect():
                helpers = [asyncio.create_task(probe.watch_loop())]
                if not args.keep_history:
                    helpers.append(asyncio.create_task(trim_history(fake, probe)))
                try:
                    for entry in entries:
                        results[entry.label] = await measure_entry(
                            entry, launch, probe, args, texts, crowd
                        )
                finally:
                    for helper in helpers:
                        helper.cancel()
    compare(results)
    print(f"\nload average (1, 5, 15 min) at start {_load(started_load)}, at end {_load()}")


def _load(load: tuple[float, float, float] | None = None) -> str:
    """Format the load average, now unless given."""
    return " / ".join(f"{v:.2f}" for v in load or os.getloadavg())


async def measure_entry(
    entry: Entry,
    launch: Launch,
    probe: Probe,
    args: argparse.Namespace,
    texts: Texts,
    crowd: Crowd,
) -> list[Phase]:
    """Measure one bot of the plan, on a fresh PostgreSQL schema dropped afterwards if it
    needs one (two processes share it)."""
    async with AsyncExitStack() as stack:
        database = ""
        if entry.postgres:
            database = await stack.enter_async_context(postgres_schema(args.database_url))
        bot = make_bot(entry, launch, args, database)
        return await measure(entry, bot, launch.fake, probe, args, texts, crowd)


def make_bot(entry: Entry, launch: Launch, args: argparse.Namespace, database: str) -> Bot:
    """The bot of this entry: in processes of its own or on this loop."""
    name = entry.label.replace(" ", "")
    repo = args.baseline if entry.kind == BASELINE and args.baseline is not None else REPO
    if entry.processes > 1:
        bots = [
            SubprocessBot(launch, entry.kind, repo, database, shards=half, name=f"{name}-{n}")
            for n, half in enumerate(HALVES)
        ]
        return BotGroup(entry.kind, bots)
    if not args.inline or entry.kind == BASELINE:
        return SubprocessBot(launch, entry.kind, repo, database, name=name)
    return InlineModbot(launch) if entry.kind == "modbot" else InlineMinimal(launch)


async def measure(
    entry: Entry,
    bot: Bot,
    fake: FakeDiscord,
    probe: Probe,
    args: argparse.Namespace,
    texts: Texts,
    crowd: Crowd,
) -> list[Phase]:
    """Start a bot, warm it up, run the three phases on it and stop it; its phases."""
    where = "on this event loop" if bot.inline else entry.where()
    print(f"\n######## {entry.label}, {where}; load average {_load()} ########")
    await bot.start()
    try:
        if isinstance(bot, InlineModbot) and bot.running is not None:
            bot.running[0].add_listener(probe.on_message, "on_message")
        await warm_up(bot, fake, probe, args, texts, crowd)
        count = round(args.seconds * args.rate)
        title = f"steady: {args.rate:g}/s for {args.seconds:g} s"
        phases = [await run_phase(fake, probe, title, count, args.rate, args, texts, crowd)]
        title = f"burst: {args.burst} events back to back"
        phases.append(await run_phase(fake, probe, title, args.burst, None, args, texts, crowd))
        count = round(args.hostile_seconds * args.rate)
        hostile = (round(args.hostile_seconds * args.hostile_rate), args.hostile_rate)
        title = (
            f"hostile: {args.rate:g}/s for {args.hostile_seconds:g} s, and one member "
            f"posting {args.hostile_rate:g} worst-case messages/s"
        )
        phases.append(
            await run_phase(fake, probe, title, count, args.rate, args, texts, crowd, hostile)
        )
    finally:
        await bot.stop()
        # A stopped bot's sessions would still be sent every event (kept for a RESUME).
        fake.gateway.sessions.clear()
    return phases


async def warm_up(
    bot: Bot,
    fake: FakeDiscord,
    probe: Probe,
    args: argparse.Namespace,
    texts: Texts,
    crowd: Crowd,
) -> None:
    """Send a violation to every server each 0.25 s until the bot deleted one in each (every
    shard is up), then 40 more at 100/s, waited for: what was sent before it connected is not."""
    phase = Phase("connect", bot)
    probe.phase = phase
    deadline = time.perf_counter() + args.grace
    while {phase.channel[m] for m in phase.deleted} != set(crowd.channels):
        if time.perf_counter() > deadline:
            raise SystemExit(f"{bot.kind} deleted nothing within {args.grace:g} s\n{bot.tail()}")
        await send(fake, phase, len(crowd.channels), None, texts, crowd)
        await asyncio.sleep(WARM_UP_EVERY_S)
    phase = Phase("warm-up", bot)
    probe.phase = phase
    await send(fake, phase, WARM_UP_MESSAGES, 100.0, texts, crowd)
    sent_all(phase)
    await settle(probe, phase, args.grace)


def compare(results: dict[str, list[Phase]]) -> None:
    """Print each phase's send->DELETE p50 and p99 for every bot, each one's ratio to the
    minimal bot with as many processes, and each one's violations acted on per second."""
    if not results:
        return
    labels = list(results)
    print("\n== side by side: send->DELETE, ms (p50 / p99) ==")
    print(f"  {'phase':<10}" + "".join(f"{label:>22}" for label in labels))
    phases = [
        (phase.name.split(":")[0], index, bool(phase.hostile))
        for index, phase in enumerate(results[labels[0]])
        if phase.sent
    ]
    rows = []
    for name, index, hostile in phases:
        rows.append((name, {label: latencies(results[label][index]) for label in labels}))
        if hostile:
            own = {label: latencies(results[label][index], hostile=True) for label in labels}
            rows.append(("  its own", own))
    for name, cells in rows:
        pairs = (f"{cells[k][0]:10.2f} / {cells[k][1]:8.2f}" for k in labels)
        print(f"  {name:<10}" + "".join(pairs))
    print(
        f"\n== ratio to the minimal bot with as many processes (p50 / p99; target p99 <= "
        f"{TARGET_RATIO:g}x) =="
    )
    for name, cells in rows:
        ratios = []
        for label, cell in cells.items():
            base = cells.get(f"minimal{TWO}" if label.endswith(TWO) else "minimal")
            if base is not None and not label.startswith("minimal"):
                p50, p99 = cell[0] / max(base[0], 1e-9), cell[1] / max(base[1], 1e-9)
                ratios.append(f"{label} {p50:6.1f}x / {p99:6.1f}x")
        print(f"  {name:<10}" + "   ".join(ratios))
    print("\n== violations acted on per second, first send to last DELETE ==")
    print(f"  {'phase':<10}" + "".join(f"{label:>22}" for label in labels))
    for name, index, _ in phases:
        rates = (throughput(results[label][index]) for label in labels)
        print(f"  {name:<10}" + "".join(f"{rate:22,.1f}" for rate in rates))


def latencies(phase: Phase, *, hostile: bool = False) -> tuple[float, float]:
    """A phase's send->DELETE p50 and p99 in milliseconds: of everyone's violations but the
    hostile member's, or (``hostile``) of the hostile member's alone."""
    ms = [
        (phase.deleted[m] - phase.sent[m]) * 1000
        for m in phase.violating
        if m in phase.deleted and (m in phase.hostile) is hostile
    ]
    return (percentile(ms, 50), percentile(ms, 99)) if ms else (math.nan, math.nan)


def print_header(args: argparse.Namespace, texts: Texts, entries: list[Entry]) -> None:
    """Print the machine, versions, the bots and what is sent."""
    where = "one event loop (--inline)" if args.inline else "each bot in processes of its own"
    print(f"end-to-end latency: fake Discord MESSAGE_CREATE -> bot DELETE, {where}")
    print(f"  python {platform.python_version()}, discord.py {discord.__version__}, ", end="")
    print(f"{platform.machine()}, {_cpus()} CPUs, load average {_load()}")
    print(f"  rules {args.rules}  (violating text hits {texts.rule} -> hide)")
    for entry in entries:
        print(f"  bot {entry.label}: {entry.where()}")
    print(f"  the minimal bot deletes on {texts.keyword!r}")
    print(f"  violating: {texts.violating!r} + ' (comment N)'")
    print(f"  clean:     {texts.clean!r} + ' (comment N)'")
    print(f"  hostile:   {len(texts.hostile)} worst cases of {LENGTH:,} characters, hide text last")
    print(f"  {args.authors} authors round robin over {SHARDS} servers, one per shard of {SHARDS}")
    print(f"  target p99 < {TARGET_P99_MS:g} ms at 200/s")
    kept = "kept (--keep-history)" if args.keep_history else f"trimmed every {TRIM_EVERY_S:g} s"
    print(f"  fake's journals, RESUME backlog and finished messages: {kept}")


def _cpus() -> int:
    """Return the CPUs this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 0


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Read the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0, help="steady phase length")
    parser.add_argument("--rate", type=float, default=200.0, help="steady events per second")
    parser.add_argument("--burst", type=int, default=2000, help="events in the burst")
    parser.add_argument(
        "--hostile-seconds", type=float, default=5.0, help="hostile phase length (0 skips it)"
    )
    parser.add_argument(
        "--hostile-rate", type=float, default=10.0, help="worst-case messages per second"
    )
    parser.add_argument("--rules", type=Path, default=RULES, help="rules directory")
    parser.add_argument("--authors", type=int, default=20, help="members writing the messages")
    parser.add_argument("--grace", type=float, default=30.0, help="max wait for stragglers (s)")
    parser.add_argument(
        "--keep-history",
        action="store_true",
        help="keep the fake's journals, RESUME backlog and messages in memory (GC pauses grow)",
    )
    parser.add_argument(
        "--bots",
        type=lambda text: [k for k in text.split(",") if k],
        default=list(KINDS),
        help="which bots to measure, in order (minimal,modbot)",
    )
    parser.add_argument(
        "--inline", action="store_true", help="run the bots on this event loop, beside the fake"
    )
    parser.add_argument(
        "--baseline",
        type=Path,
        help=f"another modbot checkout, measured as the bot {BASELINE!r} (a before/after)",
    )
    parser.add_argument(
        "--processes",
        type=int,
        choices=(1, 2),
        default=1,
        help="2 adds each bot in two processes, shards 0-1 and 2-3 of 4 (modbot on PostgreSQL)",
    )
    parser.add_argument(
        "--database-url",
        default=os.environ.get(URL_ENV, ""),
        help=f"PostgreSQL server for modbot-pg and two processes (default: ${URL_ENV})",
    )
    parser.add_argument(
        "--profile", action="store_true", help="print a cProfile of the run (with --inline)"
    )
    args = parser.parse_args(argv)
    if args.baseline is not None and BASELINE not in args.bots:
        args.bots.insert(1 if "minimal" in args.bots else 0, BASELINE)
    unknown = [k for k in args.bots if k not in (*KINDS, BASELINE)]
    if unknown:
        parser.error(f"unknown bot {unknown[0]!r}: choose from {', '.join(KINDS)}")
    if args.processes == 2 and "modbot" in args.bots and not args.database_url:
        parser.error(
            "--processes 2 needs PostgreSQL: two modbot processes share one database, and SQLite "
            f"is one process's file; give --database-url, set {URL_ENV}, or run under "
            ".ci/with-postgres"
        )
    if args.processes == 2 and args.inline:
        parser.error("--processes 2 runs bots in processes of their own: drop --inline")
    if BASELINE in args.bots and args.baseline is None:
        parser.error(f"the bot {BASELINE!r} needs --baseline DIR")
    if args.profile and not args.inline:
        parser.error("--profile sees only this process: add --inline")
    return args


def profiled(run: Callable[[], None]) -> None:
    """Run under cProfile and print the functions with the most own and cumulative time."""
    profiler = cProfile.Profile()
    profiler.runcall(run)
    for key in ("tottime", "cumulative"):
        print(f"\n== profile, top 30 by {key} ==")
        pstats.Stats(profiler, stream=sys.stdout).sort_stats(key).print_stats(30)


def main(argv: Sequence[str] | None = None) -> int:
    """Run both phases and print the figures."""
    args = parse_args(argv)

    def run() -> None:
        asyncio.run(bench(args))

    if args.profile:
        profiled(run)
    else:
        run()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
