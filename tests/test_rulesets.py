"""Loading rule YAML: the dataclasses it builds and every error it reports, with file and line."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.core.engine import Engine
from bot.core.errors import RuleErrors
from bot.core.matcher import compile_regex
from bot.core.prefilter import needs
from bot.core.rules import Action, Guideline, Mode, Rule, RuleSet, Scope, Source
from bot.rulesets import load_engine, load_rules, load_rules_file, phrases
from bot.rulesets.terms import MAX_WORDS_FILE_BYTES

SHIPPED_RULES = Path(__file__).resolve().parent.parent / "rules"
SHIPPED_FILES = sorted(p for p in SHIPPED_RULES.glob("*") if p.suffix in (".yaml", ".yml"))

GOOD = """\
guideline: be-nice
title: Be Nice
summary: No insults.
rules:
  - id: name-calling
    description: Insults aimed at another member.
    words: [idiot, moron, "human trash", "fuck*"]
    unless: [idiot box]
    action: warn
    tell_author: Please keep it civil.
    examples:
      match: ["you absolute idiot"]
      no_match: ["the idiot box was on all night"]
  - id: slurs-shadow
    regex: 'scum\\w*bag'
    action: hide
    mode: shadow
    severity: high
    scope:
      channels: [general, 123456789012345678]
      exclude_channels: ["off-topic"]
      exempt_roles: [Trusted]
      exempt_moderators: false
"""


def rule_yaml(body: str, guideline: str = "be-nice") -> str:
    """A guideline file with one rule whose body (indented under '- ') is given."""
    lines = body.strip("\n").splitlines()
    rule = "\n".join(["  - " + lines[0], *("    " + line for line in lines[1:])])
    return f"guideline: {guideline}\ntitle: T\nsummary: S\nrules:\n{rule}\n"


def write(folder: Path, name: str, text: str) -> Path:
    """Write a file (folders created) and return its path."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def errors(folder: Path, **kwargs: int) -> list[str]:
    """The error lines a load of ``folder`` reports, with the folder shown as 'R'."""
    with pytest.raises(RuleErrors) as info:
        load_rules(folder, **kwargs)
    return [str(e).replace(str(folder), "R") for e in info.value.errors]


def rule_errors(tmp_path: Path, body: str, guideline: str = "be-nice") -> list[str]:
    """The errors of a one-rule guideline file."""
    write(tmp_path, f"{guideline}.yaml", rule_yaml(body, guideline))
    return errors(tmp_path)


def test_good_file_loads_into_exact_dataclasses(tmp_path: Path) -> None:
    write(tmp_path, "be-nice.yaml", GOOD)
    file = str(tmp_path / "be-nice.yaml")
    expected = RuleSet(
        (
            Guideline(
                id="be-nice",
                title="Be Nice",
                summary="No insults.",
                source=Source(file, 1),
                rules=(
                    Rule(
                        id="name-calling",
                        guideline="be-nice",
                        action=Action.WARN,
                        words=("idiot", "moron", "human trash", "fuck*"),
                        unless=("idiot box",),
                        description="Insults aimed at another member.",
                        tell_author="Please keep it civil.",
                        examples_match=("you absolute idiot",),
                        examples_no_match=("the idiot box was on all night",),
                        source=Source(file, 5),
                    ),
                    Rule(
                        id="slurs-shadow",
                        guideline="be-nice",
                        action=Action.HIDE,
                        regex=(r"scum\w*bag",),
                        mode=Mode.SHADOW,
                        severity=3,
                        scope=Scope(
                            channels=frozenset({"general", "123456789012345678"}),
                            exclude_channels=frozenset({"off-topic"}),
                            exempt_roles=frozenset({"Trusted"}),
                            exempt_moderators=False,
                        ),
                        source=Source(file, 14),
                    ),
                ),
            ),
        )
    )
    assert load_rules(tmp_path) == expected
    assert load_rules_file(tmp_path / "be-nice.yaml") == expected


def test_load_engine_returns_a_working_engine(tmp_path: Path) -> None:
    write(tmp_path, "be-nice.yaml", GOOD)
    engine = load_engine(tmp_path)
    assert [h.rule for h in engine.check_text("what an idiot")] == ["name-calling"]


def test_relative_directory_is_shown_as_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path, "rules/be-nice.yaml", GOOD)
    monkeypatch.chdir(tmp_path)
    assert load_rules(Path("rules")).rules[0].source == Source("rules/be-nice.yaml", 5)


def test_yml_files_load_in_sorted_order_and_severity_names(tmp_path: Path) -> None:
    write(
        tmp_path,
        "keep-it-clean.yml",
        rule_yaml("id: b\nwords: [damn]\naction: flag\nseverity: low", "keep-it-clean"),
    )
    write(tmp_path, "be-nice.yaml", rule_yaml("id: a\nwords: [dolt]\naction: warn\nseverity: 3"))
    ruleset = load_rules(tmp_path)
    assert [g.id for g in ruleset.guidelines] == ["be-nice", "keep-it-clean"]
    assert [(r.id, r.severity) for r in ruleset.rules] == [("a", 3), ("b", 1)]


def test_words_file_adds_terms_skipping_comments_and_blanks(tmp_path: Path) -> None:
    write(tmp_path, "lists/insults.txt", "# insults\n\n  dimwit  \nnincompoop\n# end\n")
    write(
        tmp_path,
        "be-nice.yaml",
        rule_yaml("id: a\nwords: [dolt]\nwords_file: lists/insults.txt\naction: warn"),
    )
    assert load_rules(tmp_path).rules[0].words == ("dolt", "dimwit", "nincompoop")


def test_words_file_problems(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"fine\ncaf\xe9\n")
    write(tmp_path, "stars.txt", "ok\n**\n")
    body = "id: {}\nwords_file: {}\naction: warn"
    write(
        tmp_path,
        "be-nice.yaml",
        "guideline: be-nice\ntitle: T\nsummary: S\nrules:\n"
        + "".join(
            "  - " + body.format(i, f).replace("\n", "\n    ") + "\n"
            for i, f in [
                ("a", "nope.txt"),
                ("b", "bad.txt"),
                ("c", "stars.txt"),
                ("d", "[x]"),
                ("e", "."),
            ]
        ),
    )
    assert errors(tmp_path) == [
        "R/be-nice.yaml:6: rule a: words_file 'nope.txt' not found (looked for R/nope.txt)",
        "R/be-nice.yaml:9: rule b: words_file 'bad.txt' is not UTF-8 text (line 2 has byte 0xe9); "
        "save it as UTF-8",
        "R/be-nice.yaml:11: rule c: term '**' has no letters or digits",
        "R/be-nice.yaml:15: rule d: 'words_file' must be a file name relative to this file, "
        "not a list",
        "R/be-nice.yaml:18: rule e: words_file '.' is not a regular file (R)",
    ]


def words_file_errors(folder: Path, name: str) -> list[str]:
    """The errors of a one-rule file whose words_file is ``name``."""
    write(folder, "be-nice.yaml", rule_yaml(f"id: a\nwords_file: '{name}'\naction: warn"))
    return errors(folder)


@pytest.mark.parametrize("name", ["../outside.txt", "../../../../../etc/passwd", "/etc/hostname"])
def test_words_file_outside_the_rules_directory_is_refused(tmp_path: Path, name: str) -> None:
    write(tmp_path, "outside.txt", "secret\n")
    rules = tmp_path / "rules"
    assert words_file_errors(rules, name) == [
        f"R/be-nice.yaml:6: rule a: words_file '{name}' is outside the rules directory R; "
        "keep word lists inside it"
    ]


def test_words_file_symlink_is_followed_before_the_check(tmp_path: Path) -> None:
    write(tmp_path, "outside.txt", "secret\n")
    rules = tmp_path / "rules"
    write(rules, "lists/real.txt", "dimwit\n")
    (rules / "lists/escape.txt").symlink_to(tmp_path / "outside.txt")
    (rules / "lists/inside.txt").symlink_to(rules / "lists/real.txt")
    assert words_file_errors(rules, "lists/escape.txt") == [
        "R/be-nice.yaml:6: rule a: words_file 'lists/escape.txt' is outside the rules "
        "directory R; keep word lists inside it"
    ]
    write(rules, "be-nice.yaml", rule_yaml("id: a\nwords_file: lists/inside.txt\naction: warn"))
    assert load_rules(rules).rules[0].words == ("dimwit",)


def test_words_file_that_is_a_device_loop_or_too_large_is_refused(tmp_path: Path) -> None:
    (tmp_path / "zero").symlink_to("/dev/zero")
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    os.mkfifo(tmp_path / "fifo")
    (tmp_path / "big.txt").write_bytes(b"word\n" * (MAX_WORDS_FILE_BYTES // 5 + 1))
    assert words_file_errors(tmp_path, "zero") == [
        "R/be-nice.yaml:6: rule a: words_file 'zero' is outside the rules directory R; "
        "keep word lists inside it"
    ]
    assert words_file_errors(tmp_path, "loop") == [
        "R/be-nice.yaml:6: rule a: words_file 'loop' is a symlink loop (R/loop)"
    ]
    assert words_file_errors(tmp_path, "fifo") == [
        "R/be-nice.yaml:6: rule a: words_file 'fifo' is not a regular file (R/fifo)"
    ]
    assert words_file_errors(tmp_path, "big.txt") == [
        "R/be-nice.yaml:6: rule a: words_file 'big.txt' is 1,048,580 bytes; the limit is "
        "1,048,576 (split the list or trim it)"
    ]


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    write(tmp_path, "be-nice.yaml", "guideline: be-nice\ntitle: T\nsummary: [oops\nrules: []\n")
    [error] = errors(tmp_path)
    assert error.startswith("R/be-nice.yaml:4: invalid YAML: ")


def test_empty_and_non_mapping_files(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", "")
    write(tmp_path, "b.yaml", "- one\n- two\n")
    assert errors(tmp_path) == [
        "R/a.yaml:1: the file is empty; it needs the keys guideline, title, summary, rules",
        "R/b.yaml:1: the file must be a mapping with the keys guideline, title, summary, rules, "
        "not a list",
    ]


def test_top_level_keys(tmp_path: Path) -> None:
    write(tmp_path, "be-nice.yaml", "guideline: be-nice\ntitle: ''\nsumary: S\nrules: {}\n")
    assert errors(tmp_path) == [
        "R/be-nice.yaml:1: the guideline is missing the required key 'summary'",
        "R/be-nice.yaml:2: 'title' must not be empty",
        "R/be-nice.yaml:3: unknown key 'sumary' in the guideline (did you mean 'summary'?); "
        "allowed keys: guideline, title, summary, rules, classes, classes_file, allow_names, "
        "allow_phrases, readings_file",
        "R/be-nice.yaml:4: 'rules' must be a list of rules (each starting '- id: ...'), "
        "not a mapping",
    ]


def test_guideline_id_must_match_file_name_and_be_kebab(tmp_path: Path) -> None:
    write(tmp_path, "be-nice.yaml", rule_yaml("id: a\nwords: [x]\naction: warn", "be-kind"))
    write(tmp_path, "Be_Mean.yaml", rule_yaml("id: b\nwords: [y]\naction: warn", "Be_Mean"))
    assert errors(tmp_path) == [
        "R/Be_Mean.yaml:1: guideline id 'Be_Mean' must be kebab-case (lowercase letters, digits, "
        "single hyphens), e.g. 'be-mean'",
        "R/be-nice.yaml:1: guideline id 'be-kind' must match the file name 'be-nice'; "
        "rename one of them",
    ]


def test_unknown_rule_key_suggests_the_closest(tmp_path: Path) -> None:
    [error] = rule_errors(tmp_path, "id: a\nword: [x]\nregex: x\naction: warn")
    assert error == (
        "R/be-nice.yaml:6: rule a: unknown key 'word' in a rule (did you mean 'words'?); "
        "allowed keys: id, description, words, words_file, regex, unless, action, also, mode, "
        "severity, tell_author, examples, scope, phrases, unless_phrases, unless_context, "
        "score, rate, links, invites, attachments, who, raid"
    )


def test_missing_required_rule_keys(tmp_path: Path) -> None:
    assert rule_errors(tmp_path, "description: d\nwords: [x]") == [
        "R/be-nice.yaml:5: the rule is missing the required key 'id'",
        "R/be-nice.yaml:5: the rule is missing the required key 'action'",
    ]


def test_rule_needs_something_to_match(tmp_path: Path) -> None:
    assert rule_errors(tmp_path, "id: a\naction: warn\nwords: []") == [
        "R/be-nice.yaml:5: rule a: the rule matches nothing: it needs at least one of words, "
        "words_file, regex, phrases, score or a behaviour key"
    ]


def test_wrong_types(tmp_path: Path) -> None:
    body = (
        "id: a\nwords: idiot\nunless: [yes, 42, '']\ndescription: [d]\naction: warn\nexamples: [x]"
    )
    assert rule_errors(tmp_path, body) == [
        "R/be-nice.yaml:6: rule a: 'words' must be a list of strings, not a string ('idiot'); "
        "write it as [item, ...] or one '- item' per line",
        "R/be-nice.yaml:7: rule a: 'unless' items must be strings, not true/false (true) "
        "(YAML reads unquoted yes/no/on/off/true/false as true/false: write it in quotes)",
        "R/be-nice.yaml:7: rule a: 'unless' items must be strings, not a number (42) "
        '(write it in quotes to make it a string: "42")',
        "R/be-nice.yaml:7: rule a: 'unless' has an empty string; remove it",
        "R/be-nice.yaml:8: rule a: 'description' must be a string, not a list",
        "R/be-nice.yaml:10: rule a: 'examples' must be a mapping with match and no_match lists, "
        "not a list",
    ]


def test_empty_string_in_words_and_masked_spellings_allowed(tmp_path: Path) -> None:
    assert rule_errors(tmp_path, "id: a\nwords:\n  - dolt\n  - ' '\n  - 'f*ck'\naction: warn") == [
        "R/be-nice.yaml:8: rule a: 'words' has an empty string; remove it",
    ]


def test_bad_action_mode_severity(tmp_path: Path) -> None:
    body = "id: a\nwords: [x]\naction: delete\nmode: shaddow\nseverity: 5"
    assert rule_errors(tmp_path, body) == [
        "R/be-nice.yaml:7: rule a: 'action' must be one of flag, warn, hide, timeout, not 'delete'",
        "R/be-nice.yaml:8: rule a: 'mode' must be one of enforce, shadow, not 'shaddow' "
        "(did you mean 'shadow'?)",
        "R/be-nice.yaml:9: rule a: 'severity' must be 1, 2 or 3 (or low, medium, high), "
        "not a number (5)",
    ]


def test_scope_errors(tmp_path: Path) -> None:
    body = (
        "id: a\nwords: [x]\naction: warn\nscope:\n  channel: [general]\n  exempt_moderators: 'no'"
    )
    assert rule_errors(tmp_path, body) == [
        "R/be-nice.yaml:9: rule a: unknown key 'channel' in scope (did you mean 'channels'?); "
        "allowed keys: channels, exclude_channels, exempt_roles, exempt_moderators",
        "R/be-nice.yaml:10: rule a: 'exempt_moderators' must be true or false, not a string ('no')",
    ]


def test_rule_id_must_be_kebab_case(tmp_path: Path) -> None:
    assert rule_errors(tmp_path, "id: Name_Calling\nwords: [x]\naction: warn") == [
        "R/be-nice.yaml:5: rule Name_Calling: rule id 'Name_Calling' must be kebab-case "
        "(lowercase letters, digits, single hyphens), e.g. 'name-calling'"
    ]


def test_duplicate_rule_ids_name_both_places(tmp_path: Path) -> None:
    write(tmp_path, "be-nice.yaml", rule_yaml("id: same\nwords: [x]\naction: warn"))
    write(
        tmp_path,
        "keep-it-clean.yaml",
        rule_yaml("id: same\nwords: [y]\naction: warn", "keep-it-clean"),
    )
    assert errors(tmp_path) == [
        "R/keep-it-clean.yaml:5: rule same: duplicate rule id 'same': it is already used at "
        "R/be-nice.yaml:5"
    ]


def test_duplicate_yaml_key(tmp_path: Path) -> None:
    assert rule_errors(tmp_path, "id: a\nwords: [x]\naction: warn\naction: hide") == [
        "R/be-nice.yaml:8: key 'action' appears twice (first at line 7); "
        "YAML would keep only the last one"
    ]


def test_term_list_over_max_terms(tmp_path: Path) -> None:
    write(tmp_path, "many.txt", "\n".join(f"word{i}" for i in range(5)))
    write(
        tmp_path, "be-nice.yaml", rule_yaml("id: a\nwords: [x]\nwords_file: many.txt\naction: warn")
    )
    assert errors(tmp_path, max_terms=5) == [
        "R/be-nice.yaml:5: rule a: the rule has 6 terms (words and words_file together); "
        "the limit is 5"
    ]


def test_be_truthful_rules_must_flag(tmp_path: Path) -> None:
    assert rule_errors(tmp_path, "id: hoax\nwords: [hoax]\naction: hide", "be-truthful") == [
        "R/be-truthful.yaml:7: rule hoax: rules of be-truthful must use action 'flag', not "
        "'hide': a keyword cannot judge truth, so a moderator must"
    ]


def test_invalid_regex_is_reported_at_its_own_line(tmp_path: Path) -> None:
    body = "id: a\nregex:\n  - 'ok'\n  - '(unclosed'\naction: warn"
    [error] = rule_errors(tmp_path, body)
    assert error.startswith("R/be-nice.yaml:8: rule a: regex '(unclosed' rejected by RE2: ")
    [single] = rule_errors(tmp_path, "id: a\nregex: '(x'\naction: warn")
    assert single.startswith("R/be-nice.yaml:6: rule a: regex '(x' rejected by RE2: ")


def test_anchors_mean_the_start_and_end_of_the_text(tmp_path: Path) -> None:
    body = (
        "id: a\nregex: ['^buy now$', '\\Afree\\z']\naction: warn\nexamples:\n"
        "  match: ['Buy now!', 'FREE']\n"
        "  no_match: ['please buy now', 'buy now or never', 'free it']"
    )
    write(tmp_path, "be-nice.yaml", rule_yaml(body))
    assert load_rules(tmp_path).rules[0].regex == ("^buy now$", "\\Afree\\z")


def test_an_anchor_that_cannot_mean_the_text_edge_is_refused_at_its_line(tmp_path: Path) -> None:
    body = "id: a\nregex:\n  - 'ok'\n  - '^\\W*buy'\naction: warn"
    assert rule_errors(tmp_path, body) == [
        "R/be-nice.yaml:8: rule a: regex '^\\\\W*buy' uses the anchor '^' with '\\\\W', which "
        "can match the space the engine puts at each end of the text, so the anchor cannot mean "
        "the start or end there; match spaces with a literal ' ' or drop the anchor"
    ]


def test_failing_examples_are_reported(tmp_path: Path) -> None:
    body = "id: a\nwords: [dolt]\naction: warn\nexamples:\n  match: [nice]\n  no_match: ['a dolt']"
    assert rule_errors(tmp_path, body) == [
        "R/be-nice.yaml:5: rule a: example should match but does not: 'nice'",
        "R/be-nice.yaml:5: rule a: example should not match but does: 'a dolt' "
        "(matched 'dolt' in the plain view)",
    ]


def test_all_errors_of_all_files_together(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", "key: [unclosed\n")
    write(tmp_path, "be-nice.yaml", rule_yaml("id: a\nregex: '(x'\naction: warn\nmode: loud"))
    write(
        tmp_path,
        "keep-it-clean.yaml",
        rule_yaml(
            "id: b\nwords: [darn]\naction: warn\nexamples: {match: [golly]}", "keep-it-clean"
        ),
    )
    found = errors(tmp_path)
    assert [line.split(": ")[0] for line in found] == [
        "R/a.yaml:2",
        "R/be-nice.yaml:6",
        "R/be-nice.yaml:8",
        "R/keep-it-clean.yaml:5",
    ]
    assert "regex '(x' rejected by RE2" in found[1]
    assert "example should match but does not: 'golly'" in found[3]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p / "missing", "rules directory 'R' does not exist"),
        (lambda p: write(p, "x.yaml", ""), "'R' is not a directory of rule files"),
        (
            lambda p: write(p, "r/notes.txt", "").parent,
            "no rule files (*.yaml or *.yml) in rules directory 'R'",
        ),
    ],
)
def test_directory_problems(tmp_path: Path, make: Callable[[Path], Path], message: str) -> None:
    assert errors(make(tmp_path)) == [message]


@pytest.mark.skipif(not SHIPPED_FILES, reason="rules/ has no YAML files yet")
def test_shipped_rules_load(engine: Engine) -> None:
    """The session's shipped engine (conftest) holds one guideline per shipped file."""
    ruleset = engine.ruleset
    assert {g.id for g in ruleset.guidelines} == {p.stem for p in SHIPPED_FILES}


def test_the_caches_a_reload_reuses_hold_the_shipped_rules_without_evicting(
    engine: Engine,
) -> None:
    """A reload of unchanged rules reuses the compiled regexes, their prefilter readings and
    the parsed phrases; a cache the shipped rules fill evicts them as it goes, and a reload
    does all the work again (at 4,096 compiled regexes it took 13.4 s instead of 4.6)."""
    assert engine.ruleset.guidelines
    for cached in (compile_regex, needs, phrases.parse, phrases._word):
        info = cached.cache_info()
        assert info.maxsize is not None and info.currsize < info.maxsize, cached
