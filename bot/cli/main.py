"""The ``modbot`` command line: check, scan, rules validate, invite, db and run."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeAlias

from bot.cli.behaviour_scan import backtest, open_events, read_events
from bot.cli.db_command import add_db
from bot.cli.hit_output import hit_line, scores_line, verdict_json, with_scores
from bot.cli.invite import PERMISSIONS, invite_url
from bot.cli.progress import ProgressBar
from bot.cli.scan import label_columns, scan_json, scan_tally
from bot.cli.scan_input import DEFAULT_MAX_CHARS, InputError, check_length, open_posts, read_text
from bot.cli.scan_jobs import default_jobs
from bot.cli.scan_report import format_summary, skipped_line
from bot.core.behaviour.evaluator import Behaviour
from bot.core.engine import Engine
from bot.core.errors import RuleErrors
from bot.core.rules import Mode
from bot.rulesets import find_rule_files, load_engine
from bot.storage.errors import StorageError

__all__ = ["build_parser", "main"]

EXIT_OK, EXIT_VIOLATION, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 2, 130
RULES_ENV = "MODBOT_RULES"
RULES_HELP = f"rules directory (default: ${RULES_ENV} if set, else ./rules)"
MAX_CHARS_HELP = (
    f"longest post accepted, in characters (default {DEFAULT_MAX_CHARS:,}; Discord's own "
    "limit is 4,000)"
)
CONFIG_ENV = "MODBOT_CONFIG"
CONFIG_HELP = f"config file (default: ${CONFIG_ENV} if set, else ./config.yaml)"
Handler = Callable[[argparse.Namespace], int]


def rules_dir(given: Path | None) -> Path:
    """The rules directory: --rules, else $MODBOT_RULES, else ./rules."""
    return given or Path(os.environ.get(RULES_ENV) or "rules")


def load_rules(given: Path | None, layer: Path | None = None) -> Engine:
    """The engine for the chosen rules directory; a missing one is named with where it came from.

    Run from outside the project, ./rules is missing and the fix is an option or a variable,
    so the error names both.
    """
    directory = rules_dir(given)
    if not directory.is_dir():
        if given is not None:
            origin = "given with --rules"
        elif os.environ.get(RULES_ENV):
            origin = f"from ${RULES_ENV}"
        else:
            origin = f"the default, in {Path.cwd()}; pass --rules DIR or set {RULES_ENV}"
        raise InputError(f"rules directory '{directory}' does not exist ({origin})")
    return load_engine(directory, layer=layer)


def config_path(given: Path | None) -> Path:
    """The config file: --config, else $MODBOT_CONFIG, else ./config.yaml."""
    return given or Path(os.environ.get(CONFIG_ENV) or "config.yaml")


def cmd_check(args: argparse.Namespace) -> int:
    """Check one text; exit 1 when an enforced rule matches."""
    engine = load_rules(args.rules)
    if args.text == "-":
        text = read_text(sys.stdin.buffer, args.max_chars)
    else:
        text = check_length("TEXT", args.text, args.max_chars)
    hits = engine.check_text(text)
    enforced = [h for h in hits if h.mode is Mode.ENFORCE]
    scores = engine.scores(text)
    if args.json:
        print(with_scores(verdict_json(text, hits), scores))
    else:
        for hit in hits:
            print(hit_line(hit))
        if scores:
            print(scores_line(scores))
        if enforced:
            print(f"violation: {len(enforced)} enforced hit(s)")
        else:
            print("clean: only shadow rules matched" if hits else "clean: no rule matched")
    return EXIT_VIOLATION if enforced else EXIT_OK


def cmd_scan(args: argparse.Namespace) -> int:
    """Check every post of a file: JSON lines, or a summary with label scores."""
    if args.behaviour:
        with open_events(args.file) as raw:
            rules = load_rules(args.rules).ruleset
            backtest(Behaviour(rules), read_events(raw, args.file), sys.stdout)
        return EXIT_OK
    engine = load_rules(args.rules)
    wanted = () if args.json else label_columns(engine.ruleset)
    with open_posts(args.file, wanted, max_chars=args.max_chars, skip_bad=args.skip_bad) as posts:
        bar = ProgressBar(sys.stderr, posts.fraction)
        try:
            if args.json:
                scan_json(engine, posts.rows, sys.stdout, bar.update, args.jobs)
            else:
                tally = scan_tally(engine, posts.rows, posts.labels, bar.update, args.jobs)
        finally:
            bar.close()
    if not args.json:
        sys.stdout.write(format_summary(tally, engine.ruleset, str(args.file), posts.bad))
    elif posts.bad.count:
        print(f"modbot: {skipped_line(posts.bad)}", file=sys.stderr)
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    """Load, compile and run the examples of every rule file, a guild's layer included."""
    engine = load_rules(args.dir, layer=args.guild_dir)
    for folder in (rules_dir(args.dir), args.guild_dir):
        for skipped in find_rule_files(folder).skipped if folder and folder.is_dir() else ():
            print(f"modbot: warning: skipped {skipped}", file=sys.stderr)
    ruleset = engine.ruleset
    print(f"OK: {len(ruleset.guidelines)} guidelines, {len(ruleset.rules)} rules")
    return EXIT_OK


def cmd_invite(args: argparse.Namespace) -> int:
    """Print the invite URL on stdout and each permission with its reason on stderr."""
    print(invite_url(args.client_id, args.guild))
    width = max(len(p.name) for p in PERMISSIONS)
    for permission in PERMISSIONS:
        print(f"  {permission.name:<{width}}  {permission.reason}", file=sys.stderr)
    return EXIT_OK


def cmd_run(args: argparse.Namespace) -> int:
    """Start the bot; discord is imported only now, so check and scan never load it."""
    runner = importlib.import_module("bot.adapter.runner")
    return int(runner.run(config_path(args.config)))


def _fail(message: str) -> int:
    """Print one error line on stderr; the error exit code."""
    print(f"modbot: error: {message}", file=sys.stderr)
    return EXIT_ERROR


def snowflake(value: str) -> int:
    """A Discord id: a positive integer."""
    if not value.isdigit() or int(value) == 0:
        raise argparse.ArgumentTypeError(f"{value!r} is not a Discord id (digits only)")
    return int(value)


def positive(value: str) -> int:
    """A count of at least 1."""
    if not value.isdigit() or int(value) == 0:
        raise argparse.ArgumentTypeError(f"{value!r} is not a positive whole number")
    return int(value)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="modbot",
        description="Moderate Discord channels against community guidelines.",
        epilog="Exit codes: 0 clean/ok, 1 violation (check), 2 error.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_check(commands)
    _add_scan(commands)
    _add_rules(commands)
    _add_invite(commands)
    add_db(commands, CONFIG_HELP)
    run = commands.add_parser("run", help="run the bot")
    run.add_argument("--config", type=Path, metavar="PATH", help=CONFIG_HELP)
    run.set_defaults(handler=cmd_run)
    return parser


Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def _add_check(commands: Commands) -> None:
    """Register ``check``."""
    check = commands.add_parser(
        "check",
        help="check one text against the rules",
        description="Check one text. Exit 0 clean (shadow-only hits are shown but clean), "
        "1 when an enforced rule matches, 2 on error. Matched text is printed quoted, control "
        "and bidi characters escaped.",
    )
    check.add_argument("--rules", type=Path, metavar="DIR", help=RULES_HELP)
    check.add_argument("--json", action="store_true", help="print one JSON object")
    check.add_argument(
        "--max-chars", type=positive, default=DEFAULT_MAX_CHARS, metavar="N", help=MAX_CHARS_HELP
    )
    check.add_argument(
        "text",
        metavar="TEXT",
        help="the text to check; '-' reads it from standard input (one final newline dropped)",
    )
    check.set_defaults(handler=cmd_check)


def _add_scan(commands: Commands) -> None:
    """Register ``scan``."""
    scan = commands.add_parser(
        "scan",
        help="check every post of a .txt, .csv or .jsonl file",
        description="Check every post of FILE: .txt (one post per line), .csv (column 'text'), "
        ".jsonl (key 'text'); blank lines are skipped. Without --json, print a summary per "
        "guideline and, for CSV label_<guideline> columns (and label_any_violation), "
        "precision, recall and F1. A bad row (invalid UTF-8, JSON or label, a post over "
        "--max-chars) stops the scan with file:line after every row before it is written, "
        "unless --skip-bad. Exit 0 when the scan ran, 2 on error.",
    )
    scan.add_argument("--rules", type=Path, metavar="DIR", help=RULES_HELP)
    scan.add_argument(
        "--json",
        action="store_true",
        help='one JSON object per post, in order, with its input line: {"line": N, "text", ...}',
    )
    scan.add_argument(
        "--max-chars", type=positive, default=DEFAULT_MAX_CHARS, metavar="N", help=MAX_CHARS_HELP
    )
    scan.add_argument(
        "--skip-bad",
        action="store_true",
        help="skip bad rows and count them in the summary (on stderr with --json)",
    )
    scan.add_argument(
        "--jobs",
        type=positive,
        default=default_jobs(),
        metavar="N",
        help="processes to check with (default: every core, here %(default)s); the output is "
        "the same, in input order, whatever N",
    )
    scan.add_argument(
        "--behaviour",
        action="store_true",
        help="backtest the behaviour rules (rates, links, invites, who, raids) on a .jsonl of "
        "messages with author and timestamp (and joins): one JSON object per decision, in order",
    )
    scan.add_argument("file", metavar="FILE", type=Path, help="posts to check")
    scan.set_defaults(handler=cmd_scan)


def _add_rules(commands: Commands) -> None:
    """Register ``rules validate``."""
    rules = commands.add_parser("rules", help="work with rule files")
    actions = rules.add_subparsers(dest="action", required=True, metavar="ACTION")
    validate = actions.add_parser(
        "validate",
        help="parse, compile and run the examples of every rule file",
        description="Print 'OK: N guidelines, M rules', or every error as file:line: rule: "
        "message on stderr and exit 2.",
    )
    validate.add_argument("dir", metavar="DIR", type=Path, nargs="?", help=RULES_HELP)
    validate.add_argument(
        "--guild-dir",
        metavar="GDIR",
        type=Path,
        help="a guild's own rules directory, checked as laid over DIR (as the bot loads it)",
    )
    validate.set_defaults(handler=cmd_validate)


def _add_invite(commands: Commands) -> None:
    """Register ``invite``."""
    invite = commands.add_parser(
        "invite",
        help="print the bot's invite URL",
        description="Print the invite URL on stdout (so it can be piped) and, on stderr, "
        "each permission it asks for and why.",
    )
    invite.add_argument(
        "--client-id", type=snowflake, required=True, metavar="ID", help="application id"
    )
    invite.add_argument("--guild", type=snowflake, metavar="ID", help="preselect this server")
    invite.set_defaults(handler=cmd_invite)


def main(argv: list[str] | None = None) -> int:
    """Run one command; the process exit code."""
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # argparse exits for --help and usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_ERROR
    handler: Handler = args.handler
    try:
        return handler(args)
    except RuleErrors as exc:
        if len(exc.errors) == 1 and exc.errors[0].source is None:
            return _fail(str(exc.errors[0]))
        for error in exc.errors:
            print(error, file=sys.stderr)
        return _fail(f"{len(exc.errors)} problem(s) in the rules; nothing was loaded")
    except (InputError, StorageError) as exc:
        return _fail(str(exc))
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_ERROR
    except KeyboardInterrupt:
        _fail("interrupted")
        return EXIT_INTERRUPTED


def _silence_stdout() -> None:
    """Point stdout at devnull so the interpreter's final flush does not fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
