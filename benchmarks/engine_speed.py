"""Print how fast modbot's engine matches real comments, beside better-profanity and naive regexes.

Usage: ``python benchmarks/engine_speed.py [DATA_DIR] [--rules DIR] [--profile]``

``DATA_DIR`` (default ``../shared/data`` beside the repository) must hold
``civil_comments_toxic_spans/dev.csv``; its ``text`` column is read in place, never copied.
Every system judges the same messages in one run:

1. modbot with the shipped rules (``load_engine``); if the rules directory is missing, empty or
   fails to load, a small built-in rule set stands in and the output says so.
2. modbot with generated term lists of 100, 1,000 and 10,000 terms (rare words of the comments
   themselves, so some really hit, plus pseudo-words), and the 10,000 / 100 slowdown.
3. better-profanity (its default list and the same generated lists) and a naive loop of one
   compiled ``\\bword\\b`` regex per term. Systems too slow for the whole set within the time
   budget run on an evenly spaced sample, and the table says how many messages each measured.
4. ``modbot scan --json`` as a subprocess on the whole CSV, wall clock (fastest of three), and
   on the CSV written twice over, whose second half shows the rate once RE2 has built the
   DFA states these comments need.
5. Worst cases (``hostile.py``): 4,000-character messages of one evasion repeated, each
   beside the median comment's time (target: at most 10 times), and a 1 MB text (target:
   under 1 s). ``--worst-only`` runs just these.

Each measurement has a warm-up pass and times every call with ``time.perf_counter_ns``.
The figures are printed for a reader to judge, never asserted.
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import math
import os
import platform
import pstats
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from better_profanity import profanity as default_profanity

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.hostile import LENGTH, MEGABYTE, megabyte, worst_cases  # noqa: E402
from bot.core.engine import Engine  # noqa: E402
from bot.core.errors import RuleErrors  # noqa: E402
from bot.core.rules import Action, Guideline, Rule, RuleSet  # noqa: E402
from bot.rulesets import load_engine  # noqa: E402

DATASET = Path("civil_comments_toxic_spans") / "dev.csv"
SIZES = (100, 1_000, 10_000)
SEED = 20240601
REAL_SHARE = 0.2  # share of generated terms taken from the comments' own rare words
STEADY_REAL = 20  # real words in every steady-hits list, so hits stay level as lists grow
COMMON_RANK = 2_000  # the most frequent words are never terms: they would hit everything
TERMS_PER_RULE = 100
BUDGET_S = 8.0  # time allowed for one measured pass; slower systems run on a sample
MIN_SAMPLE = 20
PROBE = 50
PROBE_S = 1.0
TARGET_RATE = 50_000
RUNS = 3  # subprocess runs of modbot scan; the fastest counts, as the least disturbed
STEADY_NAME = "modbot, steady hits"
TARGET_RATIO = 1.5
WORST_RUNS = 15  # runs of each worst case; the fastest counts, as the least disturbed
TARGET_WORST = 10.0  # a worst case may cost this many median comments
TARGET_MEGABYTE_S = 1.0

# A checker returns how many matches it found in one message (a bool counts as 0 or 1).
Checker = Callable[[str], int]

# Stands in while rules/ is missing or broken; the same keys admins write (DESIGN.md section 2).
FALLBACK_RULES: dict[str, str] = {
    "keep-it-clean": """
title: Keep It Clean
summary: No profanity or obscene content.
rules:
  - id: profanity
    words: [fuck*, shit*, "*bullshit", bitch*, cunt, asshole*, ass, dick, dickhead, piss off,
            bastard*, crap, motherfuck*, wank*, slut*, whore*, damn]
    unless: [dick tracy]
    action: hide
""",
    "be-nice": """
title: Be Nice
summary: No insults, and no -isms degrading another person.
rules:
  - id: name-calling
    words: [idiot*, moron*, stupid, dumb*, imbecile*, loser*, clown*, pathetic, scum*,
            human trash, retard*, fool*, jerk*, ignorant, hypocrite*, lunatic*, troll*, coward*]
    unless: [idiot box, april fool]
    action: warn
""",
    "dont-threaten": """
title: Don't Threaten
summary: No threats of violence or harm.
rules:
  - id: threats
    words: [kill you, shoot you, hang them, beat you up, burn them, i will find you, death to]
    regex: ['(?i)\\b(?:kill|shoot|stab|hang|murder)\\s+(?:him|her|them|you)\\b']
    action: hide
""",
    "be-truthful": """
title: Be Truthful
summary: No deliberate misinformation.
rules:
  - id: misinformation-markers
    words: [fake news, hoax, plandemic, chemtrail*, flat earth]
    action: flag
""",
}


@dataclass(frozen=True, slots=True)
class Row:
    """One measured system: throughput, latency percentiles and how many messages it flagged."""

    engine: str
    size: str
    msgs: int
    per_s: float
    p50_us: float
    p99_us: float
    hits: int
    note: str = ""


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The data directory, the rules directory and whether to profile the shipped rules."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--rules", type=Path, default=REPO / "rules")
    parser.add_argument(
        "--profile", action="store_true", help="cProfile the shipped rules; print the top 10"
    )
    parser.add_argument(
        "--worst-only", action="store_true", help="only the worst cases and the 1 MB text"
    )
    return parser.parse_args(argv)


def pin_to_one_core() -> str:
    """Pin this process (and the subprocesses it starts) to one CPU; say what happened."""
    try:
        os.sched_setaffinity(0, {0})
    except (AttributeError, OSError) as exc:
        return f"not pinned ({exc.__class__.__name__})"
    return "pinned to CPU 0 (os.sched_setaffinity), also for the modbot subprocess"


def read_texts(path: Path) -> list[str]:
    """The ``text`` column of a CSV file, in file order."""
    with path.open(newline="", encoding="utf-8") as handle:
        return [row["text"] for row in csv.DictReader(handle)]


def write_fallback_rules(directory: Path) -> Path:
    """Write the built-in rule set as YAML files into ``directory`` and return it."""
    for guideline, body in FALLBACK_RULES.items():
        text = f"guideline: {guideline}{body}"
        (directory / f"{guideline}.yaml").write_text(text, encoding="utf-8")
    return directory


def shipped_engine(rules: Path, scratch: Path) -> tuple[Engine, Path, str]:
    """The engine of ``rules``, or of the built-in fallback set; its directory and a label."""
    try:
        return load_engine(rules), rules, f"shipped rules from {rules}"
    except RuleErrors as exc:
        reason = str(exc.errors[0]) if exc.errors else "unknown error"
        fallback = write_fallback_rules(scratch)
        label = f"BUILT-IN FALLBACK rules (shipped rules unusable: {reason})"
        return load_engine(fallback), fallback, label


def rule_count(engine: Engine) -> tuple[int, int, int]:
    """Rules, words (terms and allow-list entries) and regexes of an engine's rule set."""
    rules = engine.ruleset.rules
    words = sum(len(r.words) + len(r.unless) for r in rules)
    return len(rules), words, sum(len(r.regex) for r in rules)


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The comments' words: rare ones become terms that hit; none may become a pseudo-word."""

    rare: list[str]
    seen: frozenset[str]


def vocabulary(texts: Sequence[str]) -> Vocabulary:
    """Rare words (four letters or more, beyond the most common) and every word seen."""
    counts = Counter(w for t in texts for w in re.findall(r"[^\W_]+", t.lower()))
    ranked = [w for w, _ in counts.most_common() if len(w) >= 4 and w.isalpha()]
    return Vocabulary(sorted(ranked[COMMON_RANK:]), frozenset(counts))


def pseudo_word(rng: random.Random) -> str:
    """A pronounceable made-up word of two to four syllables."""
    onsets, vowels, codas = "bcdfghjklmnprstvwz", "aeiou", ["", "", "n", "r", "s", "t", "l"]
    return "".join(
        rng.choice(onsets) + rng.choice(vowels) + rng.choice(codas)
        for _ in range(rng.randint(2, 4))
    )


def pseudo_words(rng: random.Random, count: int, seen: frozenset[str]) -> list[str]:
    """``count`` distinct pseudo-words, none of them a word of the comments."""
    found: dict[str, None] = {}
    while len(found) < count:
        word = pseudo_word(rng)
        if word not in seen:
            found[word] = None
    return list(found)


def term_lists(vocab: Vocabulary) -> tuple[dict[int, list[str]], dict[int, list[str]]]:
    """Growing-hits lists (a fifth rare words) and steady-hits lists (the same few rare words).

    Both are nested: each smaller list is a prefix of the 10,000-term one.
    """
    rng = random.Random(SEED)
    largest = max(SIZES)
    real = rng.sample(vocab.rare, min(len(vocab.rare), int(largest * REAL_SHARE)))
    fake = pseudo_words(rng, largest, vocab.seen)
    growing = real + fake[: largest - len(real)]
    rng.shuffle(growing)
    steady = real[:STEADY_REAL] + fake[: largest - STEADY_REAL]
    return (
        {size: growing[:size] for size in SIZES},
        {size: steady[:size] for size in SIZES},
    )


def term_engine(terms: Sequence[str]) -> Engine:
    """An engine whose rules (100 terms each) spread the terms over three guidelines."""
    names = ("keep-it-clean", "be-nice", "dont-threaten")
    rules: dict[str, list[Rule]] = {name: [] for name in names}
    for index, start in enumerate(range(0, len(terms), TERMS_PER_RULE)):
        guideline = names[index % len(names)]
        chunk = tuple(terms[start : start + TERMS_PER_RULE])
        rules[guideline].append(Rule(f"generated-{index}", guideline, Action.WARN, words=chunk))
    guidelines = tuple(Guideline(n, n, "generated terms", tuple(rules[n])) for n in names)
    return Engine(RuleSet(guidelines))


def modbot_checker(engine: Engine) -> Checker:
    """Count modbot hits in one message."""
    check = engine.check_text
    return lambda text: len(check(text))


def naive_checker(terms: Sequence[str]) -> Checker:
    """Count terms found by one compiled ``\\bword\\b`` IGNORECASE regex each."""
    patterns = [re.compile(rf"\b{re.escape(t)}\b", re.IGNORECASE).search for t in terms]
    return lambda text: sum(1 for search in patterns if search(text))


def profanity_checker(terms: Sequence[str] | None) -> Checker:
    """better-profanity's ``contains_profanity`` with its default list or the given terms."""
    checker = type(default_profanity)(None if terms is None else list(terms))
    if terms is None:
        checker.load_censor_words()
    return lambda text: int(checker.contains_profanity(text))


def spaced_sample(texts: Sequence[str], n: int) -> list[str]:
    """``n`` messages spread evenly over the whole list (all of them when ``n`` is enough)."""
    if n >= len(texts):
        return list(texts)
    step = len(texts) / n
    return [texts[int(i * step)] for i in range(n)]


def timed_pass(check: Checker, texts: Sequence[str]) -> tuple[list[int], int, int]:
    """Per-call nanoseconds, messages with a hit, and total wall nanoseconds of one pass."""
    clock = time.perf_counter_ns
    latencies: list[int] = []
    flagged = 0
    begin = clock()
    for text in texts:
        start = clock()
        found = check(text)
        latencies.append(clock() - start)
        flagged += found > 0
    return latencies, flagged, clock() - begin


def percentile(ordered: Sequence[int], share: float) -> float:
    """Nearest-rank percentile of sorted nanosecond values, in microseconds."""
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))] / 1_000


def estimate(check: Checker, texts: Sequence[str]) -> float:
    """Seconds per message over the first few messages; doubles as a first warm-up."""
    deadline = time.perf_counter() + PROBE_S
    start = time.perf_counter()
    done = 0
    for text in texts[:PROBE]:
        check(text)
        done += 1
        if time.perf_counter() > deadline:
            break
    return max(time.perf_counter() - start, 1e-9) / done


def measure(engine: str, size: str, check: Checker, texts: Sequence[str], note: str = "") -> Row:
    """Warm up, pick as many messages as the time budget allows, then time one pass."""
    per_msg_s = estimate(check, texts)
    n = max(MIN_SAMPLE, min(len(texts), int(BUDGET_S / per_msg_s)))
    sample = spaced_sample(texts, n)
    if per_msg_s * n <= BUDGET_S / 4:
        timed_pass(check, sample)  # cheap enough: warm up on the very messages measured
    latencies, flagged, wall_ns = timed_pass(check, sample)
    if n < len(texts):
        note = "; ".join(filter(None, [note, f"SAMPLE of {n}: whole set too slow"]))
    ordered = sorted(latencies)
    return Row(
        engine,
        size,
        n,
        n / (wall_ns / 1e9),
        percentile(ordered, 0.50),
        percentile(ordered, 0.99),
        flagged,
        note,
    )


def built(factory: Callable[[list[str]], Checker], terms: list[str]) -> tuple[Checker, str]:
    """Build a checker for ``terms`` and note how long building took."""
    start = time.perf_counter()
    check = factory(terms)
    return check, f"built in {time.perf_counter() - start:.2f} s"


def measure_lists(
    texts: Sequence[str],
    lists: dict[int, list[str]],
    factories: Sequence[tuple[str, Callable[[list[str]], Checker]]],
) -> list[Row]:
    """Each system on each generated list size."""
    rows: list[Row] = []
    for name, factory in factories:
        for size, terms in lists.items():
            check, note = built(factory, terms)
            rows.append(measure(name, f"{size:,}", check, texts, note))
            progress(f"measured {name} with {size:,} terms")
    return rows


def progress(message: str) -> None:
    """Tell a watching user what is done, on stderr, after what stdout already has."""
    sys.stdout.flush()
    print(f"  ... {message}", file=sys.stderr, flush=True)


def modbot_factory(terms: list[str]) -> Checker:
    """modbot compiled for generated terms."""
    return modbot_checker(term_engine(terms))


def print_table(rows: Sequence[Row]) -> None:
    """Aligned columns: engine, list size, messages measured, rate, latency, hits, note."""
    head = ("engine", "list size", "msgs", "messages/s", "p50 µs", "p99 µs", "hits", "note")
    cells = [
        (
            r.engine,
            r.size,
            f"{r.msgs:,}",
            f"{r.per_s:,.0f}",
            f"{r.p50_us:,.1f}",
            f"{r.p99_us:,.1f}",
            f"{r.hits:,} ({r.hits / r.msgs:.0%})",
            r.note,
        )
        for r in rows
    ]
    widths = [max(len(str(c[i])) for c in [head, *cells]) for i in range(len(head) - 1)]
    for line in [head, (*("-" * w for w in widths), "----"), *cells]:
        left = [line[0].ljust(widths[0]), line[1].ljust(widths[1])]
        right = [line[i].rjust(widths[i]) for i in range(2, len(widths))]
        print("  ".join([*left, *right, line[-1]]).rstrip())


def print_ratios(rows: Sequence[Row]) -> None:
    """How much slower each system gets from 100 to 10,000 terms, and its hits at both ends."""
    small, large = f"{min(SIZES):,}", f"{max(SIZES):,}"
    print()
    for engine in dict.fromkeys(r.engine for r in rows if r.size == large):
        by_size = {r.size: r for r in rows if r.engine == engine}
        if small not in by_size:
            continue
        first, last = by_size[small], by_size[large]
        ratio = first.per_s / last.per_s
        verdict = "met" if ratio <= TARGET_RATIO else "MISSED"
        target = f", target <= {TARGET_RATIO}x: {verdict}" if engine.startswith("modbot") else ""
        print(
            f"{engine}: {large} terms are {ratio:.2f}x slower than {small} "
            f"(hits {first.hits / first.msgs:.1%} -> {last.hits / last.msgs:.1%}{target})"
        )


def run_scan(rules: Path, path: Path) -> float:
    """Wall seconds of ``python -m bot scan --json`` on ``path``, output discarded."""
    command = [sys.executable, "-m", "bot", "scan", "--json", "--rules", str(rules), str(path)]
    start = time.perf_counter()
    done = subprocess.run(
        command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False
    )
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        error = done.stderr.decode(errors="replace").strip().splitlines()
        raise RuntimeError(f"modbot scan exited {done.returncode}: {error[-1] if error else ''}")
    return seconds


def measure_cli(rules: Path, label: str, csv_path: Path, count: int, scratch: Path) -> None:
    """Print the end-to-end ``modbot scan --json`` rate, with and without start-up cost."""
    one, twice = scratch / "one.csv", scratch / "twice.csv"
    with csv_path.open(newline="", encoding="utf-8") as handle:
        texts = [[row["text"]] for row in csv.DictReader(handle)]
    with one.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([["text"], texts[0]])
    with twice.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([["text"], *texts, *texts])
    print(f"\npython -m bot scan --json --rules RULES {csv_path} > /dev/null")
    print(f"  RULES = {rules} ({label} rules); a subprocess, wall clock")
    try:
        run_scan(rules, one)  # warm-up: byte-compiled modules and file cache
        startup = min(run_scan(rules, one) for _ in range(2))
        total = min(run_scan(rules, csv_path) for _ in range(RUNS))
        doubled = min(run_scan(rules, twice) for _ in range(RUNS))
    except RuntimeError as exc:
        print(f"  FAILED: {exc}")
        return
    work = max(total - startup, 1e-9)
    print(f"  {count:,} comments in {total:.2f} s: {count / total:,.0f} comments/s end to end")
    print(f"  start-up (a 1-comment file): {startup:.2f} s")
    print(f"  without start-up: {count / work:,.0f} comments/s (target >= {TARGET_RATE:,}/s)")
    second = doubled - total
    if second > 0.05 * total:
        print(f"  the file twice over in one run, second pass: {count / second:,.0f} comments/s")
    else:  # within the runs' noise: a rate from it would be meaningless
        print(
            f"  the file twice over in one run: {doubled:.2f} s against {total:.2f} s once, "
            "too close to tell the second pass apart"
        )
    print("  (RE2 builds its DFA states lazily, so text it has not seen costs more)")


def fastest(check: Callable[[str], list[object]], text: str, runs: int) -> tuple[float, list]:
    """The fewest CPU seconds of ``runs`` calls (the least disturbed), and what it returned.

    CPU time, not wall time: on a shared machine the process waits for a core, and that wait
    is not the engine's cost.
    """
    best, found = math.inf, []
    for _ in range(runs):
        start = time.process_time()
        found = check(text)
        best = min(best, time.process_time() - start)
    return best, found


def median_cpu_us(check: Callable[[str], object], texts: Sequence[str]) -> float:
    """The median CPU time of one message, in microseconds."""
    times = []
    for text in texts:
        start = time.process_time_ns()
        check(text)
        times.append(time.process_time_ns() - start)
    return percentile(sorted(times), 0.5)


def measure_worst(engine: Engine, texts: Sequence[str]) -> None:
    """Print each worst case's time beside the median comment's, then the 1 MB text's."""
    check = engine.check_text
    median_cpu_us(check, texts)  # warm-up
    median_us = median_cpu_us(check, texts)
    joined = " ".join(texts)[:LENGTH]
    print(f"\nworst cases: {LENGTH:,} characters each, CPU time, fewest of {WORST_RUNS} runs,")
    print(f"beside the median comment ({median_us:.1f} µs, this run); target <= {TARGET_WORST:g}x")
    cases = {"comments joined (yardstick, not hostile)": joined, **worst_cases(engine)}
    width = max(map(len, cases))
    print(f"  {'message'.ljust(width)}  {'hits listed + counted':>21}  {'µs':>9}  {'x median':>8}")
    for name, text in cases.items():
        seconds, hits = fastest(check, text, WORST_RUNS)
        more = sum(getattr(h, "more", 0) for h in hits)
        ratio = seconds * 1e6 / median_us
        verdict = "met" if ratio <= TARGET_WORST else "MISSED"
        listed = f"{len(hits):,} + {more:,}"
        print(
            f"  {name.ljust(width)}  {listed:>21}  {seconds * 1e6:9,.0f}  {ratio:7.1f}x  {verdict}"
        )
    seconds, hits = fastest(check, megabyte(), 3)
    more = sum(getattr(h, "more", 0) for h in hits)
    verdict = "met" if seconds < TARGET_MEGABYTE_S else "MISSED"
    print(
        f"  {MEGABYTE / 1e6:g} MB of 'you idiot ': {seconds:.3f} s, {len(hits):,} hits listed + "
        f"{more:,} counted (target < {TARGET_MEGABYTE_S:g} s: {verdict})"
    )


def profile(engine: Engine, texts: Sequence[str]) -> None:
    """cProfile ``check_text`` over every message; print the top 10 functions by own time."""
    profiler = cProfile.Profile()
    profiler.enable()
    for text in texts:
        engine.check_text(text)
    profiler.disable()
    print("\nprofile of engine.check_text over all messages (top 10 by own time):")
    pstats.Stats(profiler, stream=sys.stdout).sort_stats("tottime").print_stats(10)


def print_header(texts: Sequence[str], pinning: str, label: str, engine: Engine) -> None:
    """Machine, interpreter, messages and rule set of this run."""
    rules, words, regexes = rule_count(engine)
    average = sum(map(len, texts)) / len(texts)
    print("modbot engine speed")
    print(f"  machine:  {platform.machine()}, {os.cpu_count()} CPUs, {platform.platform()}")
    print(f"  python:   {platform.python_implementation()} {platform.python_version()}")
    print(f"  affinity: {pinning}")
    print(f"  messages: {len(texts):,} comments, {average:.0f} characters on average")
    print(f"  rules:    {label}")
    print(f"            {rules} rules, {words} words, {regexes} regexes")
    print("  lists:    generated; each has a fifth rare words of the comments, the rest")
    print(f"            pseudo-words; '{STEADY_NAME}' lists hold the same {STEADY_REAL} rare words")
    print("            at every size, so hits stay level and only the list grows")
    print("  naive:    one compiled \\bterm\\b IGNORECASE regex per term, searched in turn")
    print("  hits = messages with at least one match; msgs = messages measured")
    print()


def main(argv: Sequence[str] | None = None) -> int:
    """Run every measurement on the same messages and print the figures."""
    args = parse_args(argv)
    csv_path = args.data / DATASET
    if not csv_path.is_file():
        print(f"error: {csv_path} not found; pass the data directory", file=sys.stderr)
        return 2
    pinning = pin_to_one_core()
    texts = read_texts(csv_path)
    with tempfile.TemporaryDirectory(prefix="modbot-bench-") as tmp:
        scratch = Path(tmp)
        (scratch / "rules").mkdir()
        engine, rules_dir, label = shipped_engine(args.rules, scratch / "rules")
        print_header(texts, pinning, label, engine)
        if args.worst_only:
            measure_worst(engine, texts)
            return 0
        shipped = "modbot (fallback)" if rules_dir != args.rules else "modbot"
        rows = [measure(shipped, "shipped", modbot_checker(engine), texts)]
        rows.append(measure("better-profanity", "default", profanity_checker(None), texts))
        growing, steady = term_lists(vocabulary(texts))
        peers = [("better-profanity", profanity_checker), ("naive re per word", naive_checker)]
        rows += measure_lists(texts, growing, [("modbot", modbot_factory), *peers])
        rows += measure_lists(texts, steady, [(STEADY_NAME, modbot_factory)])
        print_table(rows)
        print_ratios(rows)
        cli_label = "shipped" if rules_dir == args.rules else "BUILT-IN FALLBACK"
        measure_cli(rules_dir, cli_label, csv_path, len(texts), scratch)
        measure_worst(engine, texts)
        if args.profile:
            profile(engine, texts)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
