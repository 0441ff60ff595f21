"""How detection holds when a member disguises one word, beside the peers, in one run.

Usage: ``python benchmarks/evasion.py [--rules DIR] [--written DIR] [--seed N]
[--dev DATA_DIR]``

On the written sets (``benchmarks/written``: threats, Be Nice, Keep it Clean; Be Truthful's
claims are flag-only and rarely hang on one word), each system's catches as written are
disguised one word at a time: one word of four letters or more, picked at random with a fixed
seed, gets one evasion (a stretched letter, look-alike letters, leetspeak, dots or spaces
between its letters, a masked letter, a zero-width space). Printed per evasion: how many of
the catches each system still makes, and how many clean near misses it flags that it did not
flag as written. modbot counts a row caught when a hit is under the row's guideline; the
peers (one offensive-or-not answer) when they answer yes. Nothing is asserted.

With ``--dev``, modbot alone on the tune halves of the labelled sets in DATA_DIR (rows of up
to 600 characters), where what is disguised is a word the catch hangs on, inside its first
hit: the view tuned on (the masked-word reader's weighting was chosen there), while the
written sets check it.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from train_scorer import tune_half  # noqa: E402

from bot.core.engine import Engine  # noqa: E402 - after the path set-up above
from bot.rulesets import load_rules  # noqa: E402

WORD = re.compile(r"[^\W\d_]{3,}")
GUIDELINES = {"threat": "dont-threaten", "be_nice": "be-nice", "clean_violation": "keep-it-clean"}
LOOK_ALIKES = str.maketrans("aeiocpxy", "аеіосрху")  # Cyrillic
LEET = str.maketrans("aeiost", "431057")


def _stretch(word: str, rng: random.Random) -> str:
    at = rng.randrange(len(word))
    return word[:at] + word[at] * 4 + word[at + 1 :]


def _mask(word: str, rng: random.Random) -> str:
    at = rng.randrange(1, len(word) - 1)
    return word[:at] + "*" + word[at + 1 :]


EVASIONS: dict[str, Callable[[str, random.Random], str]] = {
    "stretched letter (kiiiill)": _stretch,
    "look-alike letters": lambda w, _: w.translate(LOOK_ALIKES),
    "leetspeak (k1ll)": lambda w, _: w.translate(LEET),
    "dots (k.i.l.l)": lambda w, _: ".".join(w),
    "spaces (k i l l)": lambda w, _: " ".join(w),
    "masked letter (k*ll)": _mask,
    "zero-width space": lambda w, _: w[:2] + "\u200b" + w[2:],
}


def disguised(text: str, evasion: Callable[[str, random.Random], str], rng: random.Random) -> str:
    """``text`` with one word of four letters or more disguised; as it is if it has none."""
    words = text.split(" ")
    fit = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
    if not fit:
        return text
    at = rng.choice(fit)
    words[at] = evasion(words[at], rng)
    return " ".join(words)


Judge = Callable[[Sequence[str], Sequence[str]], list[bool]]


def modbot_judge(rules: Path) -> Judge:
    """Per text, whether modbot hits under its guideline (``""`` for a clean row: any hit)."""
    engine = Engine(load_rules(rules))

    def judge(texts: Sequence[str], wanted: Sequence[str]) -> list[bool]:
        out = []
        for text, guideline in zip(texts, wanted, strict=True):
            hits = engine.check_text(text)
            out.append(
                any(guideline in (h.guideline, *h.also) for h in hits) if guideline else bool(hits)
            )
        return out

    return judge


def peer_judges() -> dict[str, Judge]:
    """better-profanity and alt-profanity-check, where installed (the ``bench`` extra)."""
    judges: dict[str, Judge] = {}
    try:
        from better_profanity import profanity

        profanity.load_censor_words()
        judges["better-profanity"] = lambda texts, _: [
            profanity.contains_profanity(t) for t in texts
        ]
    except ImportError:
        print("better-profanity not installed: left out", file=sys.stderr)
    try:
        from profanity_check import predict_prob

        judges["alt-profanity-check"] = lambda texts, _: [
            p > 0.5 for p in predict_prob(list(texts))
        ]
    except ImportError:
        print("alt-profanity-check not installed: left out", file=sys.stderr)
    return judges


def read_written(folder: Path) -> list[tuple[str, str]]:
    """(text, guideline or "" for clean) of every written row of the three guidelines."""
    return [row for path in sorted(folder.glob("[wnc]*.csv")) for row in read_written_file(path)]


def read_written_file(
    path: Path, guidelines: Mapping[str, str] = GUIDELINES
) -> list[tuple[str, str]]:
    """(text, guideline or "" for clean) of one written file's rows of the ``guidelines``'
    labels (by default the three this benchmark varies)."""
    with path.open(newline="", encoding="utf-8") as f:
        return [
            (row["text"], guidelines.get(row["label"], ""))
            for row in csv.DictReader(f)
            if row["label"] == "clean" or row["label"] in guidelines
        ]


# A dev row's guideline columns, and the longest row taken (long rows hide the one word).
DEV_COLUMNS = {
    "dont_threaten": "dont-threaten",
    "be_nice": "be-nice",
    "keep_it_clean": "keep-it-clean",
}
DEV_LONGEST = 600


def read_dev(data_dir: Path) -> list[tuple[str, str]]:
    """(text, guideline or "" for clean) of the tune half of every labelled set's dev split."""
    csv.field_size_limit(1 << 24)
    rows = []
    for path in sorted(data_dir.glob("*/dev.csv")):
        with path.open(newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                text = row["text"]
                if len(text) > DEV_LONGEST or not tune_half(text):
                    continue
                wanted = [g for col, g in DEV_COLUMNS.items() if row.get(f"label_{col}") == "1"]
                if wanted:
                    rows.append((text, wanted[0]))
                elif row.get("label_any_violation") == "0":
                    rows.append((text, ""))
    return rows


def disguised_in(
    text: str,
    span: tuple[int, int],
    evasion: Callable[[str, random.Random], str],
    rng: random.Random,
) -> str:
    """``text`` with one word of three letters or more inside ``span`` disguised."""
    start, end = span
    words = [(start + m.start(), start + m.end()) for m in WORD.finditer(text[start:end])]
    if not words:
        return text
    a, b = rng.choice(words)
    return text[:a] + evasion(text[a:b], rng) + text[b:]


def dev_table(rules: Path, data_dir: Path, seed: int) -> None:
    """modbot's catches kept and clean rows newly flagged per evasion on the dev tune halves."""
    engine = Engine(load_rules(rules))
    rows = read_dev(data_dir)

    def first_hit(text: str, guideline: str) -> tuple[int, int] | None:
        hits = engine.check_text(text)
        if not guideline:
            return (0, 0) if hits else None
        return next((h.span for h in hits if guideline in (h.guideline, *h.also)), None)

    as_written = [first_hit(t, g) for t, g in rows]
    print(f"{len(rows)} rows of the tune halves in {data_dir} (seed {seed})\n")
    print("| evasion | modbot: kept / new clean flagged |\n| --- | --- |")
    for evasion_name, evasion in EVASIONS.items():
        rng = random.Random(seed)
        kept = caught = flagged = clean = 0
        for (text, guideline), hit in zip(rows, as_written, strict=True):
            if guideline and hit is not None:
                caught += 1
                kept += first_hit(disguised_in(text, hit, evasion, rng), guideline) is not None
            elif not guideline and hit is None:
                clean += 1
                flagged += first_hit(disguised(text, evasion, rng), "") is not None
        cell = f"{kept}/{caught} ({kept / max(1, caught):.1%}) / {flagged} of {clean}"
        print(f"| {evasion_name} | {cell} |", flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    """Print, per evasion and system, the catches kept and the new clean rows flagged."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rules", type=Path, default=REPO / "rules")
    parser.add_argument("--written", type=Path, default=REPO / "benchmarks" / "written")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--dev", type=Path, help="the labelled sets' folder: their tune halves")
    args = parser.parse_args(argv)
    if args.dev is not None:
        dev_table(args.rules, args.dev, args.seed)
        return 0
    rows = read_written(args.written)
    texts = [t for t, _ in rows]
    wanted = [g for _, g in rows]
    judges = {"modbot": modbot_judge(args.rules), **peer_judges()}
    print(
        f"{sum(map(bool, wanted))} violations and {wanted.count('')} clean near misses "
        f"from {args.written}; one word disguised per row (seed {args.seed})\n"
    )
    print(
        "| evasion | " + " | ".join(f"{name}: kept / new clean flagged" for name in judges) + " |"
    )
    print("| --- |" + " --- |" * len(judges))
    as_written = {name: judge(texts, wanted) for name, judge in judges.items()}
    for evasion_name, evasion in EVASIONS.items():
        rng = random.Random(args.seed)
        changed = [disguised(t, evasion, rng) for t in texts]
        cells = []
        for name, judge in judges.items():
            before, after = as_written[name], judge(changed, wanted)
            caught = [i for i, g in enumerate(wanted) if g and before[i]]
            clean = [i for i, g in enumerate(wanted) if not g and not before[i]]
            kept = sum(after[i] for i in caught)
            flagged = sum(after[i] for i in clean)
            cells.append(f"{kept}/{len(caught)} ({kept / max(1, len(caught)):.0%}) / {flagged}")
        print(f"| {evasion_name} | " + " | ".join(cells) + " |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
