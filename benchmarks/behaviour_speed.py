"""Print the added cost per message of the shipped behaviour rules, and memory per member.

Usage: ``python benchmarks/behaviour_speed.py [--rules DIR] [--messages N] [--members N]``

1. Cost: ``Behaviour.observe`` with the behaviour rules of ``rules/`` (``no-spam.yaml``) on a
   synthetic chat (short lines, some links, mentions, emoji, repeats and a few floods) from
   1,000 authors, timing every call with ``time.perf_counter_ns`` after a warm-up pass:
   mean, p50, p99 (target: under 20 µs per message). The text engine is not included: this is
   what behaviour rules add beside it. Then a worst case: 4,000-character messages packed
   with links, mentions and emoji.
2. Memory: ``tracemalloc`` while ``N`` members (default 100,000) post within one window, each
   message counted by every rate rule: bytes held per active member; then twice as many with
   ``max_authors`` = N, to show the cap holds.

The figures are printed for a reader to judge, never asserted.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
import tracemalloc
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bot.core.behaviour.evaluator import Behaviour  # noqa: E402
from bot.core.post import Post  # noqa: E402
from bot.rulesets import load_rules  # noqa: E402

SEED = 20261202
T0 = datetime(2026, 1, 1, tzinfo=UTC)
GUILD = 1
LINES = [
    "hey everyone, how is it going?",
    "lol that was great",
    "did anyone see the match last night",
    "check this out https://example.com/article/123",
    "thanks <@123456789012345678> for the help!",
    "gg 😀😀",
    "I think the new update broke something\nit crashes on start\nanyone else?",
    "ok",
    "<:pog:112233445566778899> nice",
    "see [the docs](https://docs.example.org/page) for details",
]


def chat(count: int, authors: int) -> list[Post]:
    """A synthetic chat: mostly ordinary lines, one author in fifty flooding now and then."""
    rng = random.Random(SEED)
    posts = []
    for i in range(count):
        author = rng.randrange(authors)
        text = rng.choice(LINES)
        if author % 50 == 0:
            text = "JOIN NOW discord.gg/spam <@1> <@2> <@3> @everyone"
        posts.append(
            Post(
                text=text,
                guild_id=GUILD,
                channel_id=100 + rng.randrange(5),
                author_id=author,
                message_id=i + 1,
                created_at=T0 + timedelta(milliseconds=50 * i),
            )
        )
    return posts


def timed(behaviour: Behaviour, posts: list[Post]) -> list[int]:
    """Nanoseconds per ``observe`` call."""
    times = []
    clock = time.perf_counter_ns
    for post in posts:
        start = clock()
        behaviour.observe(post)
        times.append(clock() - start)
    return times


def report(name: str, times: list[int]) -> None:
    """One line of figures in microseconds."""
    ordered = sorted(times)
    p99 = ordered[int(len(ordered) * 0.99)]
    print(
        f"{name:<44} n={len(times):>7,}  mean {statistics.fmean(times) / 1000:6.2f} µs  "
        f"p50 {ordered[len(ordered) // 2] / 1000:6.2f} µs  p99 {p99 / 1000:6.2f} µs"
    )


def memory(rules: Behaviour, members: int, max_authors: int) -> tuple[float, int]:
    """Bytes held per member after ``members`` post once each within a window, and authors
    kept."""
    behaviour = Behaviour(rules.ruleset, max_authors=max_authors)
    text = "hello <@1> https://example.com 😀"
    posts = [
        Post(
            text=text + str(i),
            guild_id=GUILD,
            channel_id=100,
            author_id=i,
            message_id=i + 1,
            created_at=T0 + timedelta(microseconds=i),
        )
        for i in range(members)
    ]
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    for post in posts:
        behaviour.observe(post)
    held = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    kept = behaviour.tracked_authors(GUILD)
    return held / max(kept, 1), kept


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rules", type=Path, default=REPO / "rules")
    parser.add_argument("--messages", type=int, default=200_000)
    parser.add_argument("--members", type=int, default=100_000)
    args = parser.parse_args()
    behaviour = Behaviour(load_rules(args.rules))
    shipped = [r.id for r in behaviour.ruleset.rules if r.behaviour is not None]
    print(f"behaviour rules in {args.rules}: {', '.join(shipped)}")
    posts = chat(args.messages, 1_000)
    timed(Behaviour(behaviour.ruleset), posts[: len(posts) // 10])  # warm-up
    report("observe, synthetic chat (1,000 authors)", timed(behaviour, posts))
    worst = [
        Post(
            text=("https://a.example.com/x <@12345> 😀 discord.gg/abc @here " * 80)[:4000],
            guild_id=GUILD,
            channel_id=100,
            author_id=5_000 + i,
            message_id=10**9 + i,
            created_at=T0 + timedelta(hours=1, milliseconds=i),
        )
        for i in range(2_000)
    ]
    report("observe, 4,000-character packed messages", timed(behaviour, worst))
    per, kept = memory(behaviour, args.members, args.members)
    print(f"memory: {per:,.0f} bytes per active member ({kept:,} members in their windows)")
    per, kept = memory(behaviour, 2 * args.members, args.members)
    print(f"cap: {2 * args.members:,} members posted, {kept:,} kept (max_authors {args.members:,})")


if __name__ == "__main__":
    main()
