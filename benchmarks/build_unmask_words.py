"""Build the word list that reads masked words (``bot/core/unmask_words.py``).

Usage: ``python benchmarks/build_unmask_words.py [DATA_DIR] [--rules DIR] [--min-count N]
[--term-weight W]``

A member who masks a letter (``k*ll``, ``sh*w``) still means a word, and ``bot.core.unmask``
reads the first word of this list that fits the mask. Words are ranked by how often the tune
halves of the licensed comment sets (``train_scorer.TRAINABLE``) use them; the words of the
rules' term lists (``RULES/lists/*.txt`` and the rules' ``words``, and the corpus words their
wildcards cover) count
``--term-weight`` times, since a masked word is more often a swear word or a slur than not;
every word the rules match on counts as used at least once. The lists' own masked terms
(``ni*er*``, ``p*y``) come first: a word masked as they are stays masked for them unless a
list word fits it (``p*y`` stays, ``p*ssy`` reads ``pussy``). Only the
words are kept, never the comments; the credits go in the file's header. The weight was chosen
on masked rows of the dev sets' tune halves (README, "Disguised words").
"""

from __future__ import annotations

import argparse
import re
import sys
import textwrap
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))

from train_scorer import TRAINABLE, read_rows  # noqa: E402 - after the path set-up above

# The generated module's docstring; the credits follow it.
DOC = """How ``unmask`` reads a masked word: built by benchmarks/build_unmask_words.py, from
rules/lists and the rules' words (rebuild it after changing them) and the tune halves of the
licensed comment sets below (words only, no comment text).

``KEPT``: the rules' masked terms. A word masked that way stays masked for its term (`*` at
an end: any letters there), unless a list word fits it.

``WORDS``: the words a masked word may stand for, one a line, the first that fits read: ranked
by their uses in those sets, a list word's (marked `listed`) times {weight}, every word the
rules match on used at least once, and corpus words used {min_count} times or more.
"""
# Rule keys whose text is never matched against a message.
NOT_MATCHED = frozenset({"examples", "description", "tell_author"})
OUT = REPO / "bot" / "core" / "unmask_words.py"
WORD = re.compile(r"[a-z]+")
# The lengths a masked word can have: a letter, a mask and a letter at least.
SHORTEST, LONGEST = 3, 24


def corpus_counts(data_dir: Path) -> Counter[str]:
    """How often the tune halves of the licensed sets use each word, lower-cased."""
    counts: Counter[str] = Counter()
    for name in TRAINABLE:
        for text in read_rows(data_dir / name / "dev.csv", "tune").texts:
            counts.update(WORD.findall(text.lower()))
    return counts


def list_terms(rules: Path, *, masked: bool = False) -> Iterable[str]:
    """The one-word terms of the rules' lists and ``words`` keys, lower-cased, with their
    wildcards kept: those without a mask inside, or with ``masked`` those with one (`ni*er*`,
    `k*ffir`)."""
    terms: list[str] = []
    for path in sorted((rules / "lists").glob("*.txt")):
        terms += (line.split("#", 1)[0] for line in path.read_text(encoding="utf-8").splitlines())
    for path in sorted(rules.glob("*.yaml")):
        for rule in yaml.safe_load(path.read_text(encoding="utf-8")).get("rules") or []:
            terms += (str(word) for word in rule.get("words") or [])
    for term in (t.strip().lower() for t in terms):
        if term and " " not in term and ("*" in term.strip("*")) == masked:
            yield term


def rule_words(rules: Path) -> set[str]:
    """Every word the rule files match on (their phrases, regexes, classes, names and
    contexts, not their examples or messages), so that a masked word in an allowed name or a
    context still reads: `Spot*ed dick`, `Homo sapie*s`."""
    words: set[str] = set()
    for path in sorted(rules.glob("*.yaml")) + sorted((rules / "lists").glob("*.yaml")):
        words.update(_matched_words(yaml.safe_load(path.read_text(encoding="utf-8"))))
    return words


def _matched_words(node: object) -> Iterable[str]:
    if isinstance(node, str):
        yield from WORD.findall(node.lower())
    elif isinstance(node, list):
        for item in node:
            yield from _matched_words(item)
    elif isinstance(node, dict):
        for key, value in node.items():
            if key not in NOT_MATCHED:
                yield from _matched_words(value)


def term_words(terms: Iterable[str], counts: Counter[str]) -> set[str]:
    """The terms without wildcards, and every corpus word a wildcard term covers."""
    words: set[str] = set()
    for term in terms:
        core = term.strip("*")
        if core.isalpha():
            words.add(core)
        if term.startswith("*") or term.endswith("*"):
            words.update(w for w in counts if _covers(term, core, w))
    return words


def _covers(term: str, core: str, word: str) -> bool:
    if term.startswith("*") and term.endswith("*"):
        return core in word
    return word.startswith(core) if term.endswith("*") else word.endswith(core)


def ordered(
    terms: set[str], known: set[str], counts: Counter[str], min_count: int, weight: int
) -> list[str]:
    """Term, rule and corpus words, most likely first: a term word's uses count ``weight``
    times, and a word the corpus lacks counts as used once.

    A masked word is far more often a swear word than not, but not ``weight`` times more
    often whatever the odds: `th*t` reads `that`, not the slur `thot`.
    """
    words = {w for w, n in counts.items() if n >= min_count} | terms | known

    def score(word: str) -> int:
        return max(1, counts[word]) * (weight if word in terms else 1)

    fit = (w for w in words if SHORTEST <= len(w) <= LONGEST and w.isascii() and w.isalpha())
    return sorted(fit, key=lambda w: (-score(w), w))


def main(argv: Sequence[str] | None = None) -> int:
    """Write ``bot/core/unmask_words.py`` from the licensed sets and the rules' lists."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", nargs="?", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--rules", type=Path, default=REPO / "rules")
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--term-weight", type=int, default=3)
    args = parser.parse_args(argv)
    counts = corpus_counts(args.data_dir)
    terms = term_words(list_terms(args.rules), counts)
    words = ordered(
        terms,
        rule_words(args.rules),
        counts,
        args.min_count,
        args.term_weight,
    )
    kept = sorted(set(list_terms(args.rules, masked=True)))
    lines = [f"{w} listed" if w in terms else w for w in words]
    doc = DOC.format(weight=args.term_weight, min_count=args.min_count)
    credits = [
        textwrap.fill(credit, 95, initial_indent="- ", subsequent_indent="  ")
        for credit in TRAINABLE.values()
    ]
    OUT.write_text(
        "\n".join(
            [
                '"""' + doc,
                *credits,
                '"""',
                "",
                'KEPT = """\\',
                *kept,
                '"""',
                "",
                'WORDS = """\\',
                *lines,
                '"""',
                "",
            ]
        ),
        encoding="utf-8",
    )
    print(f"{len(kept)} masked terms and {len(words)} words to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
