"""Print how much faster ``modbot scan --json --jobs 2`` runs than one job, and what bounds it.

Usage: ``python benchmarks/scan_jobs.py [--posts 200000] [--rules DIR] [--runs 3] [--jsonl]``

On generated posts (the same as ``storage_speed.py``'s), it runs the scan with 1 and 2 jobs,
interleaved, ``--runs`` times each, and prints the best and the median wall clock, the
speed-up, the CPU seconds of the main process and of its workers, and that the two outputs are
byte for byte the same. Then the serial part: the start-up (a one-post scan: imports and
loading the rules, which every run pays once before any worker starts), and from it the
best speed-up two jobs could show if the parallel part halved exactly (Amdahl). A
calibration line says how much faster two processes run two equal busy loops than one: below
2, other work on the machine holds a core. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.storage_speed import WORDS, free_cores  # noqa: E402

TARGET = 1.8


def children_cpu() -> float:
    """CPU seconds of the finished child processes so far (the scan and its workers)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def scan(path: Path, rules: Path, jobs: int) -> tuple[float, float, str]:
    """One ``modbot scan --json`` run: wall seconds, CPU seconds, sha256 of the output."""
    command = [sys.executable, "-m", "bot", "scan", "--rules", str(rules), "--jobs", str(jobs)]
    cpu = children_cpu()
    began = time.perf_counter()
    done = subprocess.run(
        [*command, "--json", str(path)], cwd=REPO, capture_output=True, check=True
    )
    wall = time.perf_counter() - began
    return wall, children_cpu() - cpu, hashlib.sha256(done.stdout).hexdigest()


def write_posts(folder: Path, count: int, jsonl: bool) -> Path:
    """Generated posts, one per line (or one JSON object per line)."""
    lines = [f"{WORDS[n % len(WORDS)]} number {n} " * (1 + n % 7) for n in range(count)]
    if jsonl:
        path = folder / "posts.jsonl"
        path.write_text("".join(json.dumps({"text": t}) + "\n" for t in lines), encoding="utf-8")
    else:
        path = folder / "posts.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def main() -> None:
    """Run the scans and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=200_000)
    parser.add_argument("--rules", type=Path, default=REPO / "rules")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jsonl", action="store_true", help="JSON lines input instead of text")
    args = parser.parse_args()
    walls: dict[int, list[float]] = {1: [], 2: []}
    cpus: dict[int, list[float]] = {1: [], 2: []}
    digests: set[str] = set()
    with tempfile.TemporaryDirectory() as folder:
        path = write_posts(Path(folder), args.posts, args.jsonl)
        for _ in range(args.runs):
            for jobs in (1, 2):
                wall, cpu, digest = scan(path, args.rules, jobs)
                walls[jobs].append(wall)
                cpus[jobs].append(cpu)
                digests.add(digest)
        one = Path(folder) / "one.txt"
        one.write_text("hello\n", encoding="utf-8")
        start = min(scan(one, args.rules, 1)[0] for _ in range(args.runs))
    calibration = free_cores()
    print(f"modbot scan --json, {args.posts:,} generated posts ({path.suffix}), {args.runs} runs")
    print(f"  calibration: two busy loops run {calibration:.2f}x faster on 2 processes than on 1")
    for jobs in (1, 2):
        best, median = min(walls[jobs]), statistics.median(walls[jobs])
        label = "1 job " if jobs == 1 else "2 jobs"
        print(
            f"  {label}  best {best:6.2f} s  median {median:6.2f} s"
            f"  ({args.posts / best:>9,.0f} posts/s)  CPU {statistics.median(cpus[jobs]):6.2f} s"
        )
    print(f"  outputs byte for byte the same: {'yes' if len(digests) == 1 else 'NO'}")
    best = min(walls[1]) / min(walls[2])
    median = statistics.median(walls[1]) / statistics.median(walls[2])
    print(f"  speed-up: best {best:.2f}x, median {median:.2f}x (target {TARGET:g}x)")
    one_job = min(walls[1])
    bound = one_job / (start + (one_job - start) / 2)
    after = (one_job - start) / max(min(walls[2]) - start, 1e-9)
    print(f"  start-up (one post) {start:.2f} s: {start / one_job:.0%} of the 1-job run")
    print(f"  after start-up: {after:.2f}x; the start-up alone bounds the speed-up at {bound:.2f}x")


if __name__ == "__main__":
    main()
