"""The engine: evasions caught, innocent words left alone, spans, allow lists, scope, errors."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.errors import RuleErrors
from bot.core.post import Post
from bot.core.rules import Action, Guideline, Mode, Rule, RuleSet, Scope


def make_engine(*rules: Rule) -> Engine:
    return Engine(RuleSet((Guideline("keep-it-clean", "Keep it Clean", "", rules),)))


PROFANITY = Rule(
    "profanity",
    "keep-it-clean",
    Action.WARN,
    words=("fuck*", "shit", "ass", "cock", "f*ck", "*fucker"),
)
INSULT = Rule(
    "insult",
    "keep-it-clean",
    Action.WARN,
    words=("idiot", "human trash"),
    unless=("idiot box",),
)
THREAT = Rule(
    "threat",
    "keep-it-clean",
    Action.HIDE,
    regex=(r"\bi (?:will|ll) (?:kill|hurt) you\b",),
)
ENGINE = make_engine(PROFANITY, INSULT, THREAT)


def rules_hit(text: str) -> list[str]:
    return [hit.rule for hit in ENGINE.check_text(text)]


@pytest.mark.parametrize(
    ("text", "matched", "view"),
    [
        ("you absolute IDIOT", "IDIOT", "plain"),
        ("what a load of sh1t", "sh1t", "folded"),
        ("$hit", "$hit", "folded"),
        ("f.u.c.k this", "f.u.c.k", "collapsed"),
        ("f u c k this", "f u c k", "collapsed"),
        ("fuuuuuck", "fuuuuuck", "squeezed"),
        ("Ｆｕｃｋ", "Ｆｕｃｋ", "plain"),
        ("fυсk", "fυсk", "folded"),
        ("f\u200bu\u200bck", "f\u200bu\u200bck", "plain"),
        ("**fucking** hell", "fucking", "plain"),
        ("the f*ck", "f*ck", "folded"),
        ("f#ck", "f#ck", "folded"),
        ("motherfucker", "motherfucker", "plain"),
        ("HUMAN,   trash!", "HUMAN,   trash", "plain"),
        ("I'll kill you", "I'll kill you", "plain"),
        ("I will kíll you", "I will kíll you", "folded"),
        ("@ss", "@ss", "folded"),
    ],
)
def test_evasions_are_caught_with_their_original_span(text: str, matched: str, view: str) -> None:
    hits = ENGINE.check_text(text)
    assert [(h.matched, h.view) for h in hits] == [(matched, view)]
    start, end = hits[0].span
    assert text[start:end] == matched


@pytest.mark.parametrize(
    "text",
    [
        "Scunthorpe United won",
        "assistance with the class assignment",
        "a cocktail and a peacock",
        "the idiot box was on all night",
        "sooo as I said",
        "I paid $5 in 2020!",
        "shitake mushrooms",
        "I will kill the process",
        "",
    ],
)
def test_innocent_text_stays_clean(text: str) -> None:
    assert rules_hit(text) == []


def test_one_hit_per_rule_and_place_across_views() -> None:
    hits = ENGINE.check_text("shit and sh1t")
    assert [(h.matched, h.span) for h in hits] == [("shit", (0, 4)), ("sh1t", (9, 13))]


def test_unicode_before_a_regex_hit_keeps_character_offsets() -> None:
    text = "ünïcode 😀 I will kill you"
    (hit,) = ENGINE.check_text(text)
    assert text[hit.span[0] : hit.span[1]] == "I will kill you"


def test_verdict_takes_the_harshest_enforced_action_and_keeps_shadow_hits() -> None:
    shadow = Rule("shadowed", "keep-it-clean", Action.TIMEOUT, words=("idiot",), mode=Mode.SHADOW)
    engine = make_engine(INSULT, THREAT, shadow)
    verdict = engine.check(Post(text="idiot, I will kill you"))
    assert verdict.action is Action.HIDE
    assert [h.rule for h in verdict.shadow] == ["shadowed"]
    assert engine.check(Post(text="hello")).action is None


def test_title_is_checked_as_its_own_field() -> None:
    verdict = ENGINE.check(Post(text="fine body", title="you idiot"))
    assert [(h.field, h.span) for h in verdict.hits] == [("title", (4, 9))]


@pytest.mark.parametrize(
    ("scope", "post", "applies"),
    [
        (Scope(), Post(text="idiot", is_moderator=True), False),
        (Scope(exempt_moderators=False), Post(text="idiot", is_moderator=True), True),
        (
            Scope(exempt_roles=frozenset({"42"})),
            Post(text="idiot", role_ids=frozenset({42})),
            False,
        ),
        (Scope(channels=frozenset({"news"})), Post(text="idiot", channel_name="news"), True),
        (Scope(channels=frozenset({"news"})), Post(text="idiot", channel_name="chat"), False),
        (Scope(channels=frozenset({"7"})), Post(text="idiot", channel_id=9, parent_id=7), True),
        (
            Scope(exclude_channels=frozenset({"offtopic"})),
            Post(text="idiot", category_name="offtopic"),
            False,
        ),
    ],
)
def test_scope(scope: Scope, post: Post, applies: bool) -> None:
    rule = Rule("scoped", "keep-it-clean", Action.WARN, words=("idiot",), scope=scope)
    assert bool(make_engine(rule).check(post).hits) is applies


def test_build_errors_name_every_bad_rule() -> None:
    bad_regex = Rule("bad-regex", "keep-it-clean", Action.FLAG, regex=(r"(a)\1",))
    bad_term = Rule("bad-term", "keep-it-clean", Action.FLAG, words=("!!!",))
    with pytest.raises(RuleErrors) as caught:
        make_engine(bad_regex, bad_term)
    messages = [str(e) for e in caught.value.errors]
    assert messages == [
        "<memory>:0: rule bad-regex: regex '(a)\\\\1' rejected by RE2: "
        "invalid escape sequence: \\1",
        "<memory>:0: rule bad-term: term '!!!' has no letters or digits",
    ]


def test_a_masked_term_that_reads_as_an_ordinary_word_is_an_error() -> None:
    # `sp*ce` in a post reads `space`: as a term it would flag every `space`.
    rule = Rule("masked", "keep-it-clean", Action.FLAG, words=("sp*ce", "f*ck"))
    with pytest.raises(RuleErrors) as caught:
        make_engine(rule)
    assert [str(e) for e in caught.value.errors] == [
        "<memory>:0: rule masked: term 'sp*ce' reads as 'space': the engine reads a masked "
        "word in a post as the word that fits it, so list that word itself, or rebuild "
        "bot/core/unmask_words.py (benchmarks/build_unmask_words.py) to keep the mask for "
        "this term"
    ]


def test_regex_that_would_need_too_much_memory_is_rejected() -> None:
    huge = Rule("huge", "keep-it-clean", Action.FLAG, regex=(r"((a{100}){100}){100}",))
    with pytest.raises(RuleErrors, match="rule huge: regex"):
        make_engine(huge)


def test_example_failures_are_reported_per_rule() -> None:
    rule = Rule(
        "insult",
        "keep-it-clean",
        Action.WARN,
        words=("idiot",),
        examples_match=("you idiot", "you moron"),
        examples_no_match=("idiots everywhere", "an idiot"),
    )
    messages = [e.message for e in make_engine(rule).example_failures()]
    assert messages == [
        "example should match but does not: 'you moron'",
        "example should not match but does: 'an idiot' (matched 'idiot' in the plain view)",
    ]


def test_list_size_does_not_change_results() -> None:
    filler = tuple(f"zzword{i}" for i in range(10_000))
    big = Rule("big", "keep-it-clean", Action.WARN, words=(*filler, "idiot"))
    engine = make_engine(big)
    assert [h.matched for h in engine.check_text("you idiot, zzword9999!")] == [
        "idiot",
        "zzword9999",
    ]


def test_regexes_too_big_for_one_set_together_load_and_match() -> None:
    """Fifty regexes one RE2 set could not hold in 64 KB each run on their own behind the
    filter: none is lost for want of a shared budget."""
    many = tuple(rf"\b(?:[a-z]+ ){{0,20}}term{i}\b" for i in range(50))
    engine = make_engine(Rule("big-set", "keep-it-clean", Action.FLAG, regex=many))
    hits = engine.check_text("one two three term7 and then term49, not term50")
    assert [h.matched for h in hits] == ["one two three term7", "and then term49"]


@pytest.mark.parametrize("text", ["", "abc", "naïve 😀", " x "])
def test_a_regex_that_matches_empty_text_never_hits_or_crashes(text: str) -> None:
    engine = make_engine(Rule("empty", "keep-it-clean", Action.FLAG, regex=(r"x*",)))
    assert [h.matched for h in engine.check_text(text)] == (["x"] if "x" in text else [])


def test_unless_regex_cancels_overlapping_hits_of_its_own_rule_only() -> None:
    allowed = (r"idiot (?:box|proof)",)
    insult = Rule("insult", "keep-it-clean", Action.WARN, words=("idiot",), unless_regex=allowed)
    other = Rule("other", "keep-it-clean", Action.FLAG, words=("idiot",))
    hits = make_engine(insult, other).check_text("an idiot-proof plan, you idiot")
    assert sorted((h.rule, h.span) for h in hits) == [
        ("insult", (25, 30)),
        ("other", (3, 8)),
        ("other", (25, 30)),
    ]


def test_unless_regex_rejected_by_re2_names_the_rule() -> None:
    bad = Rule("bad-unless", "keep-it-clean", Action.FLAG, words=("x",), unless_regex=(r"(a)\1",))
    with pytest.raises(RuleErrors, match=r"rule bad-unless: in unless_regex, regex '\(a\)"):
        make_engine(bad)


@pytest.mark.parametrize("text", ["ratж", "ratü", "a rat*", "RAT"])
def test_a_word_boundary_beside_other_characters_still_matches(text: str) -> None:
    # RE2's \b is ASCII: beside `ж`, `ü` or a kept mask there is a boundary but no space, so
    # the prefilter must not ask for one there.
    rat = Rule("rat", "keep-it-clean", Action.WARN, regex=(r"\brat\b",))
    assert [hit.matched for hit in make_engine(rat).check_text(text)] == [text.split()[-1][:3]]


def test_a_word_boundary_inside_a_longer_word_does_not_match() -> None:
    rat = Rule("rat", "keep-it-clean", Action.WARN, regex=(r"\brat\b",))
    assert make_engine(rat).check_text("rather a rate, pirates") == []
