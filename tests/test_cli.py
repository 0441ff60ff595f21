"""The modbot command line: exit codes, JSON shape, scan formats, label scores and errors."""

from __future__ import annotations

import asyncio
import io
import json
import subprocess
import sys
import types
from pathlib import Path

import discord
import pytest

from bot.cli.invite import PERMISSIONS, permissions_value
from bot.cli.main import main
from bot.cli.progress import ProgressBar
from bot.storage import Database
from bot.storage.migrations import MIGRATIONS
from tests.storage.test_copy import fill

REPO = Path(__file__).resolve().parent.parent

BE_NICE = """\
guideline: be-nice
title: Be Nice
summary: No insults.
rules:
  - id: name-calling
    words: [dolt]
    action: warn
    examples: {match: [you dolt], no_match: [doltish]}
"""
KEEP_IT_CLEAN = """\
guideline: keep-it-clean
title: Keep It Clean
summary: No swearing.
rules:
  - id: mild-swearing
    words: [darn]
    action: hide
    severity: low
  - id: heck-trial
    words: [heck]
    action: warn
    mode: shadow
"""
HIT_KEYS = {"guideline", "rule", "action", "matched", "span", "view", "mode", "severity"}


@pytest.fixture
def rules(tmp_path: Path) -> Path:
    """A small rules directory of two guidelines, independent of the shipped rules."""
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "be-nice.yaml").write_text(BE_NICE, encoding="utf-8")
    (folder / "keep-it-clean.yaml").write_text(KEEP_IT_CLEAN, encoding="utf-8")
    return folder


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run main in-process; its exit code, stdout and stderr."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def write(path: Path, text: str) -> Path:
    """Write a UTF-8 file and return its path."""
    path.write_text(text, encoding="utf-8")
    return path


# check


def test_check_clean(capsys: pytest.CaptureFixture[str], rules: Path) -> None:
    assert run(capsys, "check", "--rules", str(rules), "have a nice day") == (
        0,
        "clean: no rule matched\n",
        "",
    )


def test_check_violation_lists_each_hit(capsys: pytest.CaptureFixture[str], rules: Path) -> None:
    code, out, err = run(capsys, "check", "--rules", str(rules), "You DOLT, darn it")
    assert (code, err) == (1, "")
    assert out.splitlines() == [
        'hit    be-nice/name-calling  action=warn  matched="DOLT"  span=4:8  view=plain  '
        "severity=2",
        'hit    keep-it-clean/mild-swearing  action=hide  matched="darn"  span=10:14  '
        "view=plain  severity=1",
        "violation: 2 enforced hit(s)",
    ]


def test_check_json_shape(capsys: pytest.CaptureFixture[str], rules: Path) -> None:
    code, out, _ = run(capsys, "check", "--rules", str(rules), "--json", "you dolt")
    assert code == 1
    assert out.count("\n") == 1
    assert json.loads(out) == {
        "text": "you dolt",
        "violations": [
            {
                "guideline": "be-nice",
                "rule": "name-calling",
                "action": "warn",
                "matched": "dolt",
                "span": [4, 8],
                "view": "plain",
                "mode": "enforce",
                "severity": 2,
            }
        ],
    }


def test_check_names_the_further_guidelines_a_hit_counts_under(
    capsys: pytest.CaptureFixture[str], rules: Path
) -> None:
    also = KEEP_IT_CLEAN.replace("severity: low\n", "severity: low\n    also: [be-nice]\n")
    write(rules / "keep-it-clean.yaml", also)
    code, out, _ = run(capsys, "check", "--rules", str(rules), "darn")
    assert (code, out.splitlines()[0]) == (
        1,
        'hit    keep-it-clean/mild-swearing  action=hide  matched="darn"  span=0:4  view=plain  '
        "severity=1  (also counts as be-nice)",
    )
    code, out, _ = run(capsys, "check", "--rules", str(rules), "--json", "darn")
    assert json.loads(out)["violations"][0]["also"] == ["be-nice"]


def test_check_shadow_only_is_shown_but_clean(
    capsys: pytest.CaptureFixture[str], rules: Path
) -> None:
    code, out, _ = run(capsys, "check", "--rules", str(rules), "what the heck")
    assert code == 0
    assert out.startswith("shadow keep-it-clean/heck-trial  action=warn")
    assert out.endswith("clean: only shadow rules matched\n")
    code, out, _ = run(capsys, "check", "--rules", str(rules), "--json", "heck")
    assert code == 0
    assert [v["mode"] for v in json.loads(out)["violations"]] == ["shadow"]


def test_rules_default_env_then_cwd(
    capsys: pytest.CaptureFixture[str], rules: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(rules.parent)
    monkeypatch.delenv("MODBOT_RULES", raising=False)
    assert run(capsys, "check", "dolt")[0] == 1
    monkeypatch.setenv("MODBOT_RULES", str(rules.parent / "elsewhere"))
    code, out, err = run(capsys, "check", "dolt")
    assert (code, out) == (2, "")
    assert err == (
        f"modbot: error: rules directory '{rules.parent / 'elsewhere'}' does not exist "
        "(from $MODBOT_RULES)\n"
    )


def test_missing_default_rules_names_the_option_and_variable(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("MODBOT_RULES", raising=False)
    for argv in (["check", "dolt"], ["scan", "posts.txt"], ["rules", "validate"]):
        code, out, err = run(capsys, *argv)
        assert (code, out) == (2, "")
        assert err == (
            f"modbot: error: rules directory 'rules' does not exist (the default, in {tmp_path}; "
            "pass --rules DIR or set MODBOT_RULES)\n"
        )
    assert run(capsys, "check", "--rules", "nowhere", "x")[2].endswith("(given with --rules)\n")


def test_check_reads_standard_input(
    capsys: pytest.CaptureFixture[str], rules: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    long_text = "fine words " * 20_000 + "you dolt"  # over the 128 KiB an argument may take
    for data, text, code in [
        (b"you dolt\n", "you dolt", 1),
        (b"-", "-", 0),
        (b"two\nlines\r\n", "two\nlines", 0),
        (long_text.encode(), long_text, 1),
    ]:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
        argv = ["check", "--rules", str(rules), "--json", "--max-chars", "300000", "-"]
        got, out, err = run(capsys, *argv)
        assert (got, err) == (code, "")
        assert json.loads(out)["text"] == text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"a dolt\xff", "stdin: not valid UTF-8 text (byte 7)"),
        (b"x" * 43, "stdin: the text is over --max-chars (10 characters)"),
        ("é" * 11 + "\n", "stdin: the post has 11 characters, over --max-chars (10)"),
    ],
)
def test_check_standard_input_errors(
    capsys: pytest.CaptureFixture[str],
    rules: Path,
    monkeypatch: pytest.MonkeyPatch,
    data: bytes | str,
    message: str,
) -> None:
    raw = data.encode() if isinstance(data, str) else data
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw)))
    code, out, err = run(capsys, "check", "--rules", str(rules), "--max-chars", "10", "-")
    assert (code, out, err) == (2, "", f"modbot: error: {message}\n")


def test_check_text_over_max_chars(capsys: pytest.CaptureFixture[str], rules: Path) -> None:
    assert run(capsys, "check", "--rules", str(rules), "--max-chars", "4", "dolt")[0] == 1
    code, out, err = run(capsys, "check", "--rules", str(rules), "--max-chars", "3", "dolt")
    assert (code, out) == (2, "")
    assert err == "modbot: error: TEXT: the post has 4 characters, over --max-chars (3)\n"


def test_check_escapes_control_and_bidi_characters(
    capsys: pytest.CaptureFixture[str], rules: Path
) -> None:
    code, out, _ = run(capsys, "check", "--rules", str(rules), "you d\u202eo\u200blt\x1b[2J")
    assert code == 1
    assert 'matched="d\\u202eo\\u200blt"' in out
    assert out.replace("\n", "").isprintable()


def test_check_with_broken_rules_lists_every_error(
    capsys: pytest.CaptureFixture[str], rules: Path
) -> None:
    write(rules / "be-nice.yaml", BE_NICE.replace("action: warn", "action: shout"))
    write(rules / "keep-it-clean.yaml", KEEP_IT_CLEAN.replace("words: [darn]", "wrds: [darn]"))
    code, out, err = run(capsys, "check", "--rules", str(rules), "dolt")
    assert (code, out) == (2, "")
    lines = err.splitlines()
    assert lines[0] == (
        f"{rules}/be-nice.yaml:7: rule name-calling: 'action' must be one of flag, warn, hide, "
        "timeout, not 'shout'"
    )
    assert lines[1].startswith(f"{rules}/keep-it-clean.yaml:6: rule mild-swearing: unknown key")
    assert lines[-1] == "modbot: error: 2 problem(s) in the rules; nothing was loaded"


# rules validate


def test_rules_validate_ok(capsys: pytest.CaptureFixture[str], rules: Path) -> None:
    assert run(capsys, "rules", "validate", str(rules)) == (0, "OK: 2 guidelines, 3 rules\n", "")


def test_rules_validate_failing_example(capsys: pytest.CaptureFixture[str], rules: Path) -> None:
    write(rules / "be-nice.yaml", BE_NICE.replace("match: [you dolt]", "match: [you fool]"))
    code, out, err = run(capsys, "rules", "validate", str(rules))
    assert (code, out) == (2, "")
    assert err.splitlines() == [
        f"{rules}/be-nice.yaml:5: rule name-calling: example should match but does not: 'you fool'",
        "modbot: error: 1 problem(s) in the rules; nothing was loaded",
    ]


# scan


def test_scan_txt_json_in_input_order(
    capsys: pytest.CaptureFixture[str], rules: Path, tmp_path: Path
) -> None:
    posts = write(tmp_path / "posts.txt", "hello\n\nyou dolt\r\nnaïve darn\n")
    code, out, err = run(capsys, "scan", "--rules", str(rules), "--json", str(posts))
    assert (code, err) == (0, "")
    objects = [json.loads(line) for line in out.splitlines()]
    assert [(o["line"], o["text"]) for o in objects] == [
        (1, "hello"),
        (3, "you dolt"),
        (4, "naïve darn"),
    ]
    assert [[v["rule"] for v in o["violations"]] for o in objects] == [
        [],
        ["name-calling"],
        ["mild-swearing"],
    ]
    assert out.splitlines()[0] == json.dumps({"line": 1, "text": "hello", "violations": []})
    assert all(set(v) == HIT_KEYS for o in objects for v in o["violations"])


def test_scan_jsonl_and_csv_lines(
    capsys: pytest.CaptureFixture[str], rules: Path, tmp_path: Path
) -> None:
    jsonl = write(tmp_path / "p.jsonl", '{"text": "dolt", "id": 1}\n\n{"text": "ok"}\n')
    csv_file = write(
        tmp_path / "p.csv", 'id,text\n1,"multi\nline dolt"\n\n2,fine\n3,"two\r\nmore"\n4,end\n'
    )
    for path, rows in [
        (jsonl, [(1, "dolt"), (3, "ok")]),
        (csv_file, [(2, "multi\nline dolt"), (5, "fine"), (6, "two\r\nmore"), (8, "end")]),
    ]:
        code, out, _ = run(capsys, "scan", "--rules", str(rules), "--json", str(path))
        assert code == 0
        assert [(o["line"], o["text"]) for o in map(json.loads, out.splitlines())] == rows


BAD_ROWS = {
    "posts.jsonl": (
        lambda n: b'{"text": }\n' if n == 5_001 else b'{"text": "post %d"}\n' % n,
        "not valid JSON: Expecting value (column 10)",
    ),
    "posts.txt": (
        lambda n: b"caf\xe9\n" if n == 5_001 else b"post %d\n" % n,
        "not valid UTF-8 text",
    ),
    "posts.csv": (
        lambda n: b"text\n" if n == 1 else b"caf\xe9\n" if n == 5_001 else b"post %d\n" % n,
        "not valid UTF-8 text",
    ),
}


@pytest.mark.parametrize("name", BAD_ROWS)
def test_scan_json_writes_every_row_before_a_bad_one(
    capsys: pytest.CaptureFixture[str], rules: Path, tmp_path: Path, name: str
) -> None:
    line, problem = BAD_ROWS[name]
    path = tmp_path / name
    path.write_bytes(b"".join(line(n) for n in range(1, 9_002)))
    first = 2 if name.endswith(".csv") else 1
    code, out, err = run(capsys, "scan", "--rules", str(rules), "--json", str(path))
    assert (code, err) == (2, f"modbot: error: {path}:5001: {problem}\n")
    numbers = [json.loads(row)["line"] for row in out.splitlines()]
    assert numbers == list(range(first, 5_001))
    code, out, err = run(capsys, "scan", "--rules", str(rules), "--json", "--skip-bad", str(path))
    assert (code, err) == (0, f"modbot: skipped 1 bad row(s); the first: {path}:5001: {problem}\n")
    rows = [json.loads(row) for row in out.splitlines()]
    assert [r["line"] for r in rows] == [n for n in range(first, 9_002) if n != 5_001]
    assert rows[-1]["text"] == "post 9001"


def generated_posts(path: Path, rows: int) -> Path:
    """A labelled CSV of ``rows`` posts mixing clean, hit, shadow-only and multi-line ones."""
    texts = ["hello {n}", "you dolt {n}", "heck {n}", '"darn\nit, dolt {n}"', "naïve {n} darn"]
    lines = ["text,label_be_nice,label_keep_it_clean,label_any_violation"]
    for n in range(rows):
        lines.append(f"{texts[n % 5].format(n=n)},{n % 2},{n % 3 == 0:d},{n % 7 < 3:d}")
    return write(path, "\n".join(lines) + "\n")


@pytest.mark.parametrize("mode", [["--json"], []], ids=["json", "summary"])
def test_scan_jobs_output_is_byte_identical(
    capsys: pytest.CaptureFixture[str], rules: Path, tmp_path: Path, mode: list[str]
) -> None:
    posts = generated_posts(tmp_path / "posts.csv", 10_007)
    outputs = {
        jobs: run(capsys, "scan", "--rules", str(rules), "--jobs", jobs, *mode, str(posts))
        for jobs in ("1", "2", "3")
    }
    assert outputs["1"][0] == 0
    assert outputs["2"] == outputs["1"] == outputs["3"]
    if mode:
        assert len(outputs["1"][1].splitlines()) == 10_007


def test_scan_jobs_writes_every_row_before_a_bad_one(
    capsys: pytest.CaptureFixture[str], rules: Path, tmp_path: Path
) -> None:
    path = tmp_path / "posts.txt"
    path.write_bytes(
        b"".join(b"caf\xe9\n" if n == 5_001 else b"post %d\n" % n for n in range(1, 9_002))
    )
    code, out, err = run(capsys, "scan", "--rules", str(rules), "--jobs", "2", "--json", str(path))
    assert (code, err) == (2, f"modbot: error: {path}:5001: not valid UTF-8 text\n")
    assert [json.loads(row)["line"] for row in out.splitlines()] == list(range(1, 5_001))


def test_scan_summary_counts_skipped_rows(
    capsys: pytest.CaptureFixture[str], rules: Path, tmp_path: Path
) -> None:
    data = write(tmp_path / "d.csv", "text,label_be_nice\ndolt,1\nb,yes\nfine,0\nc,maybe\n")
    code, out, err = run(capsys, "scan", "--rules", str(rules), "--skip-bad", str(data))
    assert (code, err) == (0, "")
    assert out.splitlines()[:3] == [
        f"Scanned 2 posts from {data}",
        "  1 hit any rule (50.0%), 1 an enforced rule (50.0%)",
        f"  skipped 2 bad row(s); the first: {data}:3: label_be_nice must be 0 or 1, not 'yes'",
    ]


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("p.txt", "ok\n" + "é" * 11 + "\n", "the post has 11 characters, over --max-chars (10)"),
        ("p.jsonl", '{"text": "ok"}\n{"text": "%s"}\n' % ("x" * 11), "the post has 11 "),
        ("p.csv", "text\n" + "x" * 11 + "\n", "the post has 11 characters"),  # no line 1 post
        ("p.txt", "ok\n" + "x" * 70_000 + "\n", "the line is over 65,656 bytes (--max-chars 10)"),
        ("p.jsonl", '{"text": "ok"}\n{"t": "%s"}\n' % ("x" * 70_000), "the line is over 65,656 "),
    ],
)
def test_scan_post_over_max_chars(
    capsys: pytest.CaptureFixture[str],
    rules: Path,
    tmp_path: Path,
    name: str,
    content: str,
    problem: str,
) -> None:
    path = write(tmp_path / name, content + "\nyou dolt\n".replace("you dolt", _row(name)))
    argv = ["scan", "--rules", str(rules), "--json", "--max-chars", "10", str(path)]
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert err.startswith(f"modbot: error: {path}:2: {problem}")
    code, out, err = run(capsys, *argv, "--skip-bad")
    assert code == 0
    good = [4] if name.endswith(".csv") else [1, 4]
    assert [json.loads(row)["line"] for row in out.splitlines()] == good
    assert err.startswith(f"modbot: skipped 1 bad row(s); the first: {path}:2: {problem}")


def _row(name: str) -> str:
    """A post as one line of the given format."""
    return '{"text": "dolt"}' if name.endswith(".jsonl") else "dolt"


def test_scan_csv_record_over_the_line_limit_stops_even_when_skipping(
    capsys: pytest.CaptureFixture[str], rules: Path, tmp_path: Path
) -> None:
    path = write(tmp_path / "p.csv", 'text\nok\n"long\n' + "x\n" * 40_000 + '"\nfine\n')
    argv = ["scan", "--rules", str(rules), "--json", "--max-chars", "10", "--skip-bad", str(path)]
    code, out, err = run(capsys, *argv)
    assert (code, [json.loads(row)["line"] for row in out.splitlines()]) == (2, [2])
    assert err == (
        f"modbot: error: {path}:32829: the CSV record is over 65,656 bytes (--max-chars); "
        "it cannot be skipped\n"
    )


def test_scan_of_a_file_with_no_newline_fails_in_bounded_memory(
    rules: Path, tmp_path: Path
) -> None:
    endless = tmp_path / "zero.txt"
    endless.symlink_to("/dev/zero")
    result = subprocess.run(
        [sys.executable, "-c", LIMITED_SCAN, str(rules), str(endless)],
        env={"PYTHONPATH": str(REPO), "PATH": ""},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    limit = "1,265,536"
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == f"modbot: error: {endless}:1: the line is over {limit} bytes " + (
        "(--max-chars 100,000)\n"
    )


# Scan with the address space capped at 1 GiB, so a regression fails fast instead of swapping.
LIMITED_SCAN = """\
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
from bot.cli.main import main
sys.exit(main(["scan", "--rules", sys.argv[1], sys.argv[2]]))
"""


def test_scan_summary_per_guideline(
    capsys: pytest.CaptureFixture[str], rules: Path, tmp_path: Path
) -> None:
    posts = write(tmp_path / "p.txt", "dolt\ndarn dolt\nheck\nfine\n")
    code, out, _ = run(capsys, "scan", "--rules", str(rules), str(posts))
    assert code == 0
    rows = [line.split() for line in out.splitlines()]
    assert out.splitlines()[:2] == [
        f"Scanned 4 posts from {posts}",
        "  3 hit any rule (75.0%), 2 an enforced rule (50.0%)",
    ]
    assert ["be-nice", "2", "50.0%"] in rows
    assert ["name-calling", "2"] in rows
    assert ["keep-it-clean", "2", "50.0%"] in rows
    assert ["mild-swearing", "1"] in rows
    assert ["heck-trial", "(shadow)", "1"] in rows
    assert "label" not in out


LABELLED = """\
text,label_be_nice,label_keep_it_clean,label_any_violation,label_insult
you dolt,1,0,1,1
darn it,0,1,1,0
heck no,0,0,0,0
nice day,1.0,0,1,0
dolt and darn,0,1,true,0
hello,0,0,0.0,0
"""


def test_scan_labels_precision_recall_f1(
    capsys: pytest.CaptureFixture[str], rules: Path, tmp_path: Path
) -> None:
    # Predicted be-nice on rows 1, 5; labelled 1, 4: TP 1, FP 1, FN 1 -> P = R = F1 = 0.5.
    # keep-it-clean (shadow 'heck' counts) on 2, 3, 5; labelled 2, 5: TP 2, FP 1, FN 0
    #   -> P 2/3, R 1, F1 0.8.
    # any_violation (enforced only) on 1, 2, 5; labelled 1, 2, 4, 5: TP 3, FP 0, FN 1
    #   -> P 1, R 0.75, F1 6/7.
    # FPR = FP / labelled negatives: be-nice 1/4, keep-it-clean 1/4, any_violation 0/2.
    # label_insult is not a guideline and is ignored.
    data = write(tmp_path / "labelled.csv", LABELLED)
    code, out, _ = run(capsys, "scan", "--rules", str(rules), str(data))
    assert code == 0
    table = {line.split()[0]: line.split()[1:] for line in out.splitlines() if line.strip()}
    assert table["label_be_nice"] == ["2", "2", "1", "1", "1", "0.500", "0.500", "0.500", "0.250"]
    assert table["label_keep_it_clean"] == [
        "2",
        "3",
        "2",
        "1",
        "0",
        "0.667",
        "1.000",
        "0.800",
        "0.250",
    ]
    assert table["label_any_violation"] == [
        "4",
        "3",
        "3",
        "0",
        "1",
        "1.000",
        "0.750",
        "0.857",
        "0.000",
    ]
    assert "label_insult" not in table


def test_scan_undefined_scores_show_na(
    capsys: pytest.CaptureFixture[str], rules: Path, tmp_path: Path
) -> None:
    data = write(tmp_path / "d.csv", "text,label_be_nice\nfine,0\n")
    _, out, _ = run(capsys, "scan", "--rules", str(rules), str(data))
    assert out.splitlines()[-1].split() == ["label_be_nice", "0", "0", "0", "0", "0"] + 3 * [
        "n/a"
    ] + ["0.000"]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.csv", None, "{p}: cannot open: No such file or directory"),
        ("posts.xml", "<x/>", "{p}: unsupported file type '.xml'; use .txt, .csv or .jsonl"),
        ("bad.txt", b"ok\nfine\ncaf\xe9\n", "{p}:3: not valid UTF-8 text"),
        ("nocol.csv", "id,body\n1,x\n", "{p}:1: no 'text' column (columns: id, body)"),
        ("empty.csv", "", "{p}: the file is empty; expected a header with a 'text' column"),
        ("short.csv", "id,text\n1,a\n2\n", "{p}:3: the row has only 1 columns"),
        (
            "label.csv",
            "text,label_be_nice\na,1\nb,yes\n",
            "{p}:3: label_be_nice must be 0 or 1, not 'yes'",
        ),
        (
            "bad.jsonl",
            '{"text": "a"}\n{"text": }\n',
            "{p}:2: not valid JSON: Expecting value (column 10)",
        ),
        ("notext.jsonl", '{"body": "a"}\n', '{p}:1: expected an object with a "text" string'),
    ],
)
def test_scan_input_errors_are_one_line(
    capsys: pytest.CaptureFixture[str],
    rules: Path,
    tmp_path: Path,
    name: str,
    content: str | bytes | None,
    message: str,
) -> None:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        write(path, content)
    code, _, err = run(capsys, "scan", "--rules", str(rules), str(path))
    assert (code, err) == (2, "modbot: error: " + message.format(p=path) + "\n")


# invite


def test_invite_permissions_match_discord(capsys: pytest.CaptureFixture[str]) -> None:
    expected = discord.Permissions(
        view_channel=True,
        send_messages=True,
        send_messages_in_threads=True,
        read_message_history=True,
        manage_messages=True,
        manage_threads=True,
        moderate_members=True,
        manage_webhooks=True,
        embed_links=True,
        manage_channels=True,
        manage_guild=True,
    ).value
    assert permissions_value() == expected
    code, out, err = run(capsys, "invite", "--client-id", "1234", "--guild", "99")
    assert code == 0
    assert out == (
        "https://discord.com/oauth2/authorize?client_id=1234&scope=bot+applications.commands"
        f"&permissions={expected}&guild_id=99&disable_guild_select=true\n"
    )
    assert [line.split("  ")[1] for line in err.splitlines()] == [p.name for p in PERMISSIONS]


def test_invite_rejects_a_bad_id(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "invite", "--client-id", "me")
    assert (code, out) == (2, "")
    assert err.endswith("argument --client-id: 'me' is not a Discord id (digits only)\n")


# run


def test_run_calls_the_runner(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MODBOT_CONFIG", raising=False)
    calls: list[Path] = []

    def fake_run(config: Path) -> int:
        calls.append(config)
        return 7

    runner = types.ModuleType("bot.adapter.runner")
    runner.run = fake_run  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "bot.adapter.runner", runner)
    assert run(capsys, "run", "--config", "my.yaml")[0] == 7
    assert run(capsys, "run")[0] == 7
    monkeypatch.setenv("MODBOT_CONFIG", "/etc/modbot.yaml")
    assert run(capsys, "run")[0] == 7
    assert calls == [Path("my.yaml"), Path("config.yaml"), Path("/etc/modbot.yaml")]


# progress bar


class Terminal(io.StringIO):
    """A StringIO that claims to be a terminal."""

    def isatty(self) -> bool:
        return True


def test_progress_bar_draws_only_on_a_terminal() -> None:
    now = [0.0]
    terminal, pipe = Terminal(), io.StringIO()
    bar = ProgressBar(terminal, lambda: 0.5, clock=lambda: now[0])
    now[0] = 2.0
    bar.update(1000)
    assert terminal.getvalue() == f"\r[{'#' * 15}{'-' * 15}]  50%  1,000 posts  500/s"
    bar.update(2000)  # too soon to redraw
    bar.close()
    assert terminal.getvalue().endswith("500/s\r\x1b[K")
    quiet = ProgressBar(pipe, lambda: 0.5, clock=lambda: now[0])
    now[0] = 4.0
    quiet.update(10)
    quiet.close()
    assert pipe.getvalue() == ""


# a real process


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (["check", "hello"], 0),
        (["check", "you dolt"], 1),
        (["check", "--rules", "nowhere", "dolt"], 2),
        (["scan", "missing.txt"], 2),
        ([], 2),
    ],
)
def test_subprocess_exit_codes(rules: Path, argv: list[str], code: int) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", *argv],
        cwd=rules.parent,
        env={"PYTHONPATH": str(REPO), "PATH": ""},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == code
    assert "Traceback" not in result.stderr
    if code == 2:
        assert result.stderr.strip()


def test_subprocess_check_reads_a_long_text_from_stdin(rules: Path) -> None:
    text = "fine words " * 20_000 + "you dolt"  # 220,008 characters: too long for an argument
    result = subprocess.run(
        [sys.executable, "-m", "bot", "check", "--json", "--max-chars", "300000", "-"],
        cwd=rules.parent,
        env={"PYTHONPATH": str(REPO), "PATH": ""},
        input=text + "\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (result.returncode, result.stderr) == (1, "")
    assert json.loads(result.stdout)["text"] == text


def test_validate_checks_a_guild_layer(
    capsys: pytest.CaptureFixture[str], rules: Path, tmp_path: Path
) -> None:
    guild = tmp_path / "guild"
    guild.mkdir()
    layer = write(guild / "be-nice.yaml", "guideline: be-nice\ndisable: [no-such-rule]\n")
    code, out, err = run(capsys, "rules", "validate", str(rules), "--guild-dir", str(guild))
    assert (code, out) == (2, "")
    assert f"{layer}:2: rule no-such-rule: cannot disable 'no-such-rule'" in err
    write(
        layer, "guideline: be-nice\nrules:\n  - id: extra\n    words: [nitwit]\n    action: warn\n"
    )
    assert run(capsys, "rules", "validate", str(rules), "--guild-dir", str(guild)) == (
        0,
        "OK: 2 guidelines, 4 rules\n",
        "",
    )


# db


def test_db_migrate_says_what_it_did(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "modbot.sqlite3"
    code, out, err = run(capsys, "db", "migrate", str(path))
    latest = len(MIGRATIONS)
    assert (code, out, err) == (0, f"{path}: migrated from schema version 0 to {latest}\n", "")
    config = write(tmp_path / "config.yaml", "database: modbot.sqlite3\n")
    code, out, _ = run(capsys, "db", "migrate", "--config", str(config))
    assert (code, out) == (0, f"{path}: schema version {latest}, already up to date\n")


async def filled(path: Path) -> None:
    """Write a row into every table of a new SQLite file."""
    async with await Database.open(path) as db:
        await fill(db)


def test_db_copy_moves_every_row_into_an_empty_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source, dest = tmp_path / "old.sqlite3", tmp_path / "new.sqlite3"
    asyncio.run(filled(source))
    code, out, err = run(capsys, "db", "copy", str(source), str(dest))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == f"copied {source} into {dest}:"
    assert [line.split() for line in lines[1:]] == [
        ["cases", "3"],
        ["action_claims", "1"],
        ["case_messages", "2"],
        ["case_keys", "1"],
        ["hidden_posts", "2"],
        ["hidden_files", "1"],
        ["reports", "2"],
        ["report_cards", "1"],
        ["rule_versions", "2"],
    ]
    code, out, err = run(capsys, "db", "copy", str(source), str(dest))
    assert (code, out) == (2, "")
    assert (
        err
        == f"modbot: error: {dest}: already holds 3 rows in cases; copy into an empty database\n"
    )
    code, _, err = run(capsys, "db", "copy", str(tmp_path / "none.sqlite3"), str(dest))
    assert (code, err) == (2, f"modbot: error: {tmp_path / 'none.sqlite3'}: no such SQLite file\n")
