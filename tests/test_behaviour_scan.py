"""``modbot scan --behaviour``: behaviour rules backtested on a .jsonl export, in input order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli.main import main

RULES = """\
guideline: no-spam
title: No Spam
summary: No spam.
rules:
  - id: flood
    rate: {count: messages, max: 3, per: 10s}
    action: hide
  - id: raid
    raid: {joins: 3, per: 10s, quiet: 1m}
    action: flag
"""


def no_spam(tmp_path: Path) -> Path:
    """A rules folder holding only the behaviour rules above: quick to load."""
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "no-spam.yaml").write_text(RULES, encoding="utf-8")
    return rules


def run(
    tmp_path: Path, lines: list[dict[str, object]], capsys: pytest.CaptureFixture[str]
) -> list[dict[str, object]]:
    """The decisions ``scan --behaviour`` prints for these events."""
    rules = no_spam(tmp_path)
    events = tmp_path / "events.jsonl"
    events.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    assert main(["scan", "--rules", str(rules), "--behaviour", str(events)]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_a_flood_in_a_file_acts_once_and_names_its_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        {"author": 7, "channel": "general", "timestamp": 1_767_268_800 + i, "text": f"spam {i}"}
        for i in range(6)
    ]
    found = run(tmp_path, lines, capsys)
    assert [(d["line"], d["rule"], d["messages"], d["opens"]) for d in found] == [
        (4, "flood", [1, 2, 3, 4], True),
        (5, "flood", [5], False),
        (6, "flood", [6], False),
    ]


def test_joins_in_a_file_start_raid_mode(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        {"event": "join", "author": i, "timestamp": f"2026-01-01T12:00:0{i}"} for i in range(4)
    ]
    [start] = run(tmp_path, lines, capsys)
    assert (start["line"], start["raid"], start["at"]) == (3, "start", "2026-01-01T12:00:02+00:00")


def test_a_bad_line_is_named_with_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rules = no_spam(tmp_path)
    events = tmp_path / "events.jsonl"
    events.write_text('{"author": 1, "timestamp": 0}\n{"author": 1}\n', encoding="utf-8")
    assert main(["scan", "--rules", str(rules), "--behaviour", str(events)]) == 2
    assert f"{events}:2: missing the key 'timestamp'" in capsys.readouterr().err


def test_a_wrong_file_is_refused_before_the_rules_load(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The rules folder named here does not exist: the file's error comes first, at once."""
    posts = tmp_path / "posts.csv"
    posts.write_text("text\nhello\n", encoding="utf-8")
    missing = tmp_path / "no-rules"
    assert main(["scan", "--rules", str(missing), "--behaviour", str(posts)]) == 2
    assert "scan --behaviour reads .jsonl files" in capsys.readouterr().err
    assert main(["scan", "--rules", str(missing), "--behaviour", str(tmp_path / "gone.jsonl")]) == 2
    assert "gone.jsonl: cannot read the file: No such file or directory" in capsys.readouterr().err


@pytest.mark.timeout(20)
def test_a_file_without_newlines_is_refused_at_its_first_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A link to /dev/zero never ends a line: the read stops past the limit, not at memory's."""
    events = tmp_path / "events.jsonl"
    events.symlink_to("/dev/zero")
    assert main(["scan", "--rules", str(no_spam(tmp_path)), "--behaviour", str(events)]) == 2
    assert f"{events}:1: the line is over 1,048,576 bytes" in capsys.readouterr().err
