"""The modbot command line: exit codes, JSON shape, scan formats, label scores and errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import types
from pathlib import Path

import discord
import pytest

from bot.cli import main
from bot.invite import PERMISSIONS, permissions_value
from bot.progress import ProgressBar

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
    assert err == f"modbot: error: rules directory '{rules.parent / 'elsewhere'}' does not exist\n"


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
    assert [o["text"] for o in objects] == ["hello", "you dolt", "naïve darn"]
    assert [[v["rule"] for v in o["violations"]] for o in objects] == [
        [],
        ["name-calling"],
        ["mild-swearing"],
    ]
    assert out.splitlines()[0] == json.dumps({"text": "hello", "violations": []})
    assert all(set(v) == HIT_KEYS for o in objects for v in o["violations"])


def test_scan_jsonl_and_csv(
    capsys: pytest.CaptureFixture[str], rules: Path, tmp_path: Path
) -> None:
    jsonl = write(tmp_path / "p.jsonl", '{"text": "dolt", "id": 1}\n\n{"text": "ok"}\n')
    csv_file = write(tmp_path / "p.csv", 'id,text\n1,"multi\nline dolt"\n2,fine\n')
    for path, texts in [(jsonl, ["dolt", "ok"]), (csv_file, ["multi\nline dolt", "fine"])]:
        code, out, _ = run(capsys, "scan", "--rules", str(rules), "--json", str(path))
        assert code == 0
        assert [json.loads(line)["text"] for line in out.splitlines()] == texts


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
