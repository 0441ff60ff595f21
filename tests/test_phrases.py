"""The phrase pattern language: what each construct matches on the views, and its errors."""

from __future__ import annotations

import re

import pytest
import re2

from bot.core.engine import Engine
from bot.core.rules import Action, Guideline, Rule, RuleSet
from bot.rulesets.phrases import PhraseError, fragment, parse, phrase_regex

CLASSES = {"people": ("you", "him", "your family", "your {kin}"), "kin": ("mum", "dad")}


def class_regex(name: str, spaced: bool) -> str:
    """A tiny stand-in for WordClasses.regex over CLASSES."""
    if name not in CLASSES:
        raise PhraseError(f"unknown class {{{name}}}")
    compile_one = phrase_tail if spaced else fragment_of
    return "(?:" + "|".join(compile_one(member) for member in CLASSES[name]) + ")"


def phrase_tail(text: str) -> str:
    return phrase_regex(parse(text), class_regex)[1:]


def fragment_of(text: str) -> str:
    return fragment(parse(text), class_regex)


def matched(pattern: str, text: str) -> list[str]:
    """What a one-phrase rule matches in ``text``, through the real engine."""
    rule = Rule("r", "g", Action.FLAG, regex=(phrase_regex(parse(pattern), class_regex),))
    engine = Engine(RuleSet((Guideline("g", "", "", (rule,)),)))
    return [hit.matched for hit in engine.check_text(text)]


@pytest.mark.parametrize(
    ("pattern", "text", "expected"),
    [
        ("kill you", "I will KILL, you!", ["KILL, you"]),
        ("kill you", "skill yourself", []),  # whole words only
        ("i'll kill you", "I'll kill you", ["I'll kill you"]),  # "i ll" in the views
        ("kill {people}", "kill your family", ["kill your family"]),
        ("kill {people}", "kill your dad", ["kill your dad"]),  # a class inside a class
        ("kill {people}", "kill yours", []),
        ("(shoot|stab) him", "I'd stab him", ["stab him"]),
        ("(going to|gonna) kill", "gonna kill", ["gonna kill"]),
        ("really? kill you", "kill you", ["kill you"]),
        ("really? kill you", "really kill you", ["really kill you"]),
        ("kill ... you", "kill all of you", ["kill all of you"]),
        ("kill ... you", "kill them all and then you", []),  # four words: over the gap
        ("kill ..1 you", "kill all you", ["kill all you"]),
        ("kill ..1 you", "kill all of you", []),
        ("shoot* you", "shooting you", ["shooting you"]),
        ("*fucker you", "motherfucker you", ["motherfucker you"]),
        ("café", "Le CAFÉ", ["CAFÉ"]),
        ("café", "le cafe", ["cafe"]),  # the folded spelling too
        ("kill you", "k i l l you", ["k i l l you"]),  # the collapsed view
    ],
)
def test_phrase_matches(pattern: str, text: str, expected: list[str]) -> None:
    assert matched(pattern, text) == expected


@pytest.mark.parametrize(
    ("pattern", "regex"),
    [
        ("kill you", " kill you "),
        ("kill ..2 you?", " kill (?:[^ ]+ ){0,2}(?:you )?"),
        ("(a|b c) d", " (?:a |b c )d "),
    ],
)
def test_phrase_regex_shape(pattern: str, regex: str) -> None:
    assert phrase_regex(parse(pattern), class_regex) == regex


@pytest.mark.parametrize(
    ("member", "text", "expected"),
    [
        ("kill you", "kill you", True),
        ("kill you?", "kill", True),
        ("kill you?", "kill you", True),
        ("kill ... you", "kill all of you", True),
        ("(a|b c)", "b c", True),
        ("{people}", "your family", True),
        ("{people}", "your family ", False),  # no trailing space: a fragment for regex entries
    ],
)
def test_fragment_matches_without_trailing_space(member: str, text: str, expected: bool) -> None:
    regex = re2.compile(f"^{fragment_of(member)}$")  # raw RE2: the engine pads anchors
    assert bool(regex.search(text)) is expected


@pytest.mark.parametrize(
    ("pattern", "message"),
    [
        ("a (b", "'(' is never closed at character 3"),
        ("a) b", "')' without a matching '(' at character 2"),
        ("(a|)", "empty alternative"),
        ("()", "empty alternative"),
        ("a?", "matches no word at all"),
        ("easy (targets?|pickings)", "an alternative that can match no word makes the whole group"),
        ("((big )?|the) b", "an alternative that can match no word makes the whole group"),
        ("... a", "starts or ends with a gap"),
        ("a ..17 b", "gap '..17' must allow 1 to 16 words"),
        ("a ..0 b", "gap '..0' must allow 1 to 16 words"),
        ("a ... ..2 b", "two gaps in a row"),
        ("? a", "'?' must follow a word"),
        ("a {Bad} b", "class name '{Bad}' must be lowercase"),
        ("a !! b", "'!!' has no letters or digits"),
    ],
)
def test_malformed_patterns_say_what_and_where(pattern: str, message: str) -> None:
    with pytest.raises(PhraseError, match=re.escape(message)):
        parse(pattern)


def test_unknown_class_is_an_error_at_compile() -> None:
    with pytest.raises(PhraseError, match=r"unknown class \{nobody\}"):
        phrase_regex(parse("kill {nobody}"), class_regex)


def test_a_pattern_is_parsed_once_and_its_errors_raised_each_time() -> None:
    assert parse("kill (you|him) {harm}?") is parse("kill (you|him) {harm}?")
    for _ in range(2):
        with pytest.raises(PhraseError, match="never closed"):
            parse("kill (you")
