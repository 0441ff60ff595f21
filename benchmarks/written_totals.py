"""Per written file, the violations each system catches and the near misses it flags, in one run.

Usage: ``python benchmarks/written_totals.py [FOLDER] [--rules DIR]``

FOLDER (default ``benchmarks/written/sealed``: sets no rule was read from and no model trained
on; ``blind``, ``holdout``, ``tune``, ``fresh`` and ``unseen`` were read or trained on since
rounds r41, r40, r39 and r38) holds written sets (``text,label,kind``). Printed per file and
in total: for modbot (the rules and the scorers they ship with) and each installed peer, the
violations caught (a modbot hit under the row's guideline; a peer's yes) and the clean near misses
flagged (any hit). Totals only, never the rows, so a held-out folder stays unread. Nothing is
asserted.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from evasion import GUIDELINES, REPO, Judge, modbot_judge, peer_judges, read_written_file

# Every written label a guideline stands for, Be Truthful's claims too.
WRITTEN_GUIDELINES = {**GUIDELINES, "truthful": "be-truthful"}


def cell(judged: list[bool], wanted: Sequence[str]) -> tuple[int, int, int, int]:
    """Violations caught, violations, near misses flagged, near misses."""
    bad = [i for i, g in enumerate(wanted) if g]
    clean = [i for i, g in enumerate(wanted) if not g]
    return sum(judged[i] for i in bad), len(bad), sum(judged[i] for i in clean), len(clean)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the table: one row per file, then the totals."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "folder", type=Path, nargs="?", default=REPO / "benchmarks" / "written" / "sealed"
    )
    parser.add_argument("--rules", type=Path, default=REPO / "rules")
    args = parser.parse_args(argv)
    files = sorted(args.folder.glob("*.csv"))
    if not files:
        print(f"no written sets (*.csv) in {args.folder}", file=sys.stderr)
        return 2
    judges: dict[str, Judge] = {"modbot": modbot_judge(args.rules), **peer_judges()}
    print("caught / violations, near misses flagged / near misses\n")
    print("| file | " + " | ".join(judges) + " |\n| --- |" + " --- |" * len(judges))
    totals = {name: [0, 0, 0, 0] for name in judges}
    for path in files:
        rows = read_written_file(path, WRITTEN_GUIDELINES)
        texts, wanted = [t for t, _ in rows], [g for _, g in rows]
        cells = []
        for name, judge in judges.items():
            found = cell(judge(texts, wanted), wanted)
            totals[name] = [a + b for a, b in zip(totals[name], found, strict=True)]
            cells.append(f"{found[0]}/{found[1]}, {found[2]}/{found[3]}")
        print(f"| {path.name} | " + " | ".join(cells) + " |", flush=True)
    row = [f"{t[0]}/{t[1]}, {t[2]}/{t[3]}" for t in totals.values()]
    print("| all | " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
