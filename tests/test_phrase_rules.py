"""Rule files using the phrase language: classes, phrases, contexts, allowed names, errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.core.engine import Engine
from bot.core.errors import RuleErrors
from bot.core.rules_diff import diff_rulesets
from bot.rulesets import load_engine

SHIPPED_CLASSES = Path(__file__).resolve().parent.parent / "rules" / "lists" / "classes.yaml"


def load(folder: Path, body: str, *, shipped: bool = False) -> Engine:
    """Load one guideline file (a header plus ``body``), with the shipped classes if asked."""
    if shipped:
        (folder / "lists").mkdir(exist_ok=True)
        shutil.copy(SHIPPED_CLASSES, folder / "lists" / "classes.yaml")
        body = "classes_file: lists/classes.yaml\n" + body
    text = "guideline: be-nice\ntitle: T\nsummary: S\n" + body
    (folder / "be-nice.yaml").write_text(text, encoding="utf-8")
    return load_engine(folder)


def errors(folder: Path, body: str) -> list[str]:
    """The errors of loading ``body``, the folder shown as 'R'."""
    with pytest.raises(RuleErrors) as info:
        load(folder, body)
    return [str(e).replace(str(folder), "R") for e in info.value.errors]


def hits(engine: Engine, text: str) -> list[str]:
    return [h.rule for h in engine.check_text(text)]


def test_classes_and_phrases_compile_into_the_rule(tmp_path: Path) -> None:
    engine = load(
        tmp_path,
        """\
classes:
  harm: {words: [kill, stab, string up], inflect: verb}
  people: [you, him, "your {kin}"]
  kin: [mum, family]
rules:
  - id: threat
    phrases: ["(i|we) (will|ll|m going to) ..2 {harm} {people}"]
    action: warn
    examples:
      match: ["I'll really stab you", "we will strung up your family"]
      no_match: ["I'll stab", "he killed him"]
""",
    )
    assert hits(engine, "I'm going to fucking kill him") == ["threat"]
    assert hits(engine, "we'll stabbing your mum") == ["threat"]
    assert hits(engine, "I will kill time") == []


def test_classes_work_inside_regex_entries(tmp_path: Path) -> None:
    engine = load(
        tmp_path,
        """\
classes:
  pets: [cat, dog, "guinea pig"]
rules:
  - id: pets
    regex: ['\\bmy {pets}s?\\b']
    action: flag
""",
    )
    assert hits(engine, "My guinea pigs!") == ["pets"]
    assert hits(engine, "my cow") == []


def test_unless_context_cancels_negated_and_reported_hits(tmp_path: Path) -> None:
    engine = load(
        tmp_path,
        """\
rules:
  - id: threat
    phrases: ["kill {people}"]
    unless_context:
      before: ["{negation}", "{reported}"]
      within: 2
    action: warn
""",
        shipped=True,
    )
    assert hits(engine, "I will kill you") == ["threat"]
    assert hits(engine, "I would never kill you") == []
    assert hits(engine, "I don't want to kill you") == []
    assert hits(engine, "he said that he would kill them") == []
    assert hits(engine, "he was jailed for threatening to kill them") == []
    # More than ``within`` words between the context and the hit: the hit stands.
    assert hits(engine, "no, I was not joking at all, I will kill you") == ["threat"]


def test_a_context_reaches_from_its_longest_phrase(tmp_path: Path) -> None:
    """Where one context phrase begins another ("chanting", "chanting that they will"), the
    words it reaches count from the end of the longer one, not the first listed."""
    engine = load(
        tmp_path,
        """\
rules:
  - id: threat
    phrases: ["smash {people}"]
    unless_context:
      before: ["chanting", "chanting that they will"]
      within: 0
    action: warn
""",
        shipped=True,
    )
    assert hits(engine, "the fans were chanting that they will smash them") == []
    assert hits(engine, "the fans were chanting smash them") == []
    # The shorter phrase still reaches only ``within`` words: "that they" is two.
    assert hits(engine, "the fans were chanting that they smash them") == ["threat"]


def test_phrases_and_contexts_read_stretched_words(tmp_path: Path) -> None:
    """A stretched letter (`kiiiill`) has the post read in the squeezed view, where every
    run of a letter is one (`wil kil`): phrases and contexts are spelt that way there, and
    a hit there counts only where the writer stretched a letter."""
    engine = load(
        tmp_path,
        """\
rules:
  - id: threat
    phrases: ["(i|we) will {harm_verbs} {people}", "off yourself"]
    unless_context:
      before: ["{negation}"]
      within: 2
    action: warn
""",
        shipped=True,
    )
    assert hits(engine, "I wiiiill kiiiill you") == ["threat"]
    assert hits(engine, "I will killlllll you") == ["threat"]
    assert hits(engine, "we will shoooot all of you") == ["threat"]
    assert hits(engine, "go off yourseeeelf") == ["threat"]
    assert hits(engine, "I will not kiiiill you") == []
    assert hits(engine, "I will neverrrr kill you") == []
    # `of yourself` is `off yourself` squeezed, but no letter of it is stretched.
    assert hits(engine, "take care of yourself, sooooo proud of you") == []
    # Without a stretched letter there is no squeezed view: misspellings stay apart.
    assert hits(engine, "I wil kil you") == []


def test_what_a_heavier_view_cancels_it_cancels_in_the_lighter_ones(tmp_path: Path) -> None:
    """The plain view finds `kill you` in `I will nooooot kill you` but cannot read the
    `not`; the squeezed view reads it, and a context or allowed name it finds over a
    stretched letter cancels the plain view's hit too. One that squeezing only makes
    (`Twatt` as `twat`) does not."""
    engine = load(
        tmp_path,
        """\
allow_names: [Dick Smith, Twatt]
rules:
  - id: threat
    phrases: ["{harm_verbs} {people}"]
    unless_context:
      before: ["{negation}"]
      within: 2
    action: warn
  - id: rude
    words: [dick, twat]
    action: warn
  - id: go-back
    regex: ['^go back to \\w+']
    action: warn
""",
        shipped=True,
    )
    assert hits(engine, "I will really kill you") == ["threat"]
    assert hits(engine, "I will nooooot kill you") == []
    assert hits(engine, "I will never kill you, sooooo calm down") == []
    assert hits(engine, "Dick SSSSmith opened the store") == []
    # The same from the folded view (look-alike letters) and the collapsed one (spelt out).
    assert hits(engine, "Dick Smіth opened the store") == []  # a Cyrillic і
    assert hits(engine, "Dick S.m.i.t.h opened the store") == []
    assert hits(engine, "what a dick, sooooo rude") == ["rude"]
    assert hits(engine, "you twat, sooooo rude") == ["rude"]
    # A regex anchored to the start runs on each sentence of the squeezed view as well.
    assert hits(engine, "Fine. Go baaaack to Europe") == ["go-back"]


def test_a_context_does_not_reach_into_another_sentence(tmp_path: Path) -> None:
    """A guard before a hit belongs to its sentence: a report or a denial in one does not
    excuse a threat in the next. A guard after a hit may rebut the sentence before it."""
    engine = load(
        tmp_path,
        """\
rules:
  - id: threat
    phrases: ["kill {people}"]
    unless_context:
      before: ["{negation}", "{reported}"]
      after: ["he said", "no"]
      within: 3
    action: warn
""",
        shipped=True,
    )
    assert hits(engine, "He said so. I will kill you.") == ["threat"]
    assert hits(engine, "I would never lie\nI will kill you") == ["threat"]
    assert hits(engine, '"He said." I will kill you') == ["threat"]
    # The same sentence, a quotation opened by a colon, a title, a rebuttal after.
    assert hits(engine, "He said he would kill you.") == []
    assert hits(engine, 'He said: "I will kill you."') == []
    assert hits(engine, "Mr. Smith said he'd kill them") == []
    assert hits(engine, "Will they kill them? No.") == []


def test_a_far_context_does_not_hide_a_closer_one(tmp_path: Path) -> None:
    """A cue whose window ends short of the hit must not swallow a nearer cue inside it."""
    engine = load(
        tmp_path,
        """\
rules:
  - id: degrading
    phrases: ["women are inferior"]
    unless_context:
      before: ["the report", "said"]
      within: 4
    action: warn
""",
    )
    assert hits(engine, "women are inferior") == ["degrading"]
    assert hits(engine, "the report quotes a post that said women are inferior") == []
    assert hits(engine, "the report quotes a long post that says women are inferior") == [
        "degrading"
    ]


def test_a_context_inside_a_hit_does_not_cancel_it(tmp_path: Path) -> None:
    """A before context cancels hits starting after it, an after context hits ending before
    it: words the hit itself holds ("a threat to") never cancel it."""
    engine = load(
        tmp_path,
        """\
rules:
  - id: degrading
    phrases: ["(immigrants|women) are a threat to society"]
    unless_context:
      before: ["a threat to", "said"]
      after: ["are a threat"]
      within: 4
    action: warn
""",
    )
    assert hits(engine, "Immigrants are a threat to society") == ["degrading"]
    assert hits(engine, "he said immigrants are a threat to society") == []
    assert hits(engine, "women are a threat to society who say women are a threat") == []


def test_unless_context_after_cancels_denied_claims(tmp_path: Path) -> None:
    engine = load(
        tmp_path,
        """\
rules:
  - id: rigged
    phrases: ["election (was|is) (rigged|stolen)"]
    unless_context:
      before: ["{denial}"]
      after: ["{denial_after}"]
    action: flag
""",
        shipped=True,
    )
    assert hits(engine, "the election was rigged") == ["rigged"]
    assert hits(engine, "officials found no evidence that the election was rigged") == []
    assert hits(engine, "he dismissed the claim that the election was stolen") == []
    assert hits(engine, "claims the election was stolen have been debunked") == []


def test_mentioning_an_insult_is_not_using_it(tmp_path: Path) -> None:
    engine = load(
        tmp_path,
        """\
rules:
  - id: insult
    words: [idiot, idiots]
    unless_context:
      before: ["{mention}"]
      within: 0
    action: warn
""",
        shipped=True,
    )
    assert hits(engine, "you idiots") == ["insult"]
    assert hits(engine, "calling people idiots never helped") == []
    assert hits(engine, "the word idiot comes from Greek") == []


def test_dehumanising_language_reported_in_history_is_not_flagged(tmp_path: Path) -> None:
    engine = load(
        tmp_path,
        """\
rules:
  - id: dehumanising
    phrases: ["{groups} (are|were) ..2 {dehumanising}"]
    unless_context:
      before: ["{reported}"]
    action: hide
""",
        shipped=True,
    )
    assert hits(engine, "immigrants are nothing but rats") == ["dehumanising"]
    assert hits(engine, "Jewish people are vermin") == ["dehumanising"]
    assert hits(engine, "refugees are lesser beings") == ["dehumanising"]
    assert hits(engine, "Nazi propaganda called Jews were vermin") == []


def test_allow_names_cancel_hits_of_every_rule(tmp_path: Path) -> None:
    engine = load(
        tmp_path,
        """\
allow_names: ["{names}", Bigcock Island]
rules:
  - id: dick
    words: [dick]
    action: warn
  - id: cock
    words: ["cock*"]
    unless: ["{idioms}"]
    action: warn
""",
        shipped=True,
    )
    assert hits(engine, "what a dick") == ["dick"]
    assert hits(engine, "I watched Moby Dick with Dick Van Dyke") == []
    assert hits(engine, "cock-a-doodle-doo, cockburn") == []
    assert hits(engine, "a cocker spaniel") == []
    assert hits(engine, "cocky") == ["cock"]


def test_allow_phrases_cancel_hits_of_every_rule_they_overlap(tmp_path: Path) -> None:
    engine = load(
        tmp_path,
        """\
allow_phrases: ["(wrote|posted|saying) ..10 (mods|admins) (please )?(delete|remove)"]
rules:
  - id: kill
    phrases: ["(i ll|i will) kill (you|him)"]
    action: hide
  - id: idiot
    words: [idiot]
    unless_phrases: ["village idiot"]
    action: warn
""",
    )
    assert hits(engine, "Someone wrote I'll kill you under my post, mods please delete it") == []
    assert hits(engine, "A reply saying what an idiot, mods please remove it") == []
    assert hits(engine, "I'll kill you. Mods will not save you.") == ["kill"]
    assert hits(engine, "the village idiot, you idiot") == ["idiot"]


def test_allow_phrases_errors_name_file_and_line(tmp_path: Path) -> None:
    found = errors(
        tmp_path,
        """\
allow_phrases:
  - "(wrote|posted) ..10 (mods|admins"
rules:
  - id: r
    words: [x]
    action: warn
""",
    )
    assert len(found) == 1
    assert found[0].startswith("R/be-nice.yaml:5: allow_phrases '(wrote|posted) ..10 (mods|admins'")


def test_errors_name_file_line_and_rule(tmp_path: Path) -> None:
    found = errors(
        tmp_path,
        """\
classes:
  harm: {words: [kill, "(shoot|stab)"], inflect: verb}
  loop-a: ["{loop-b}"]
  loop-b: ["{loop-a}"]
  Bad: [x]
rules:
  - id: r
    phrases:
      - "kill {nobody}"
      - "kill (you"
      - "kill ..20 you"
    regex: ['\\b{nowhere}\\b']
    unless_context:
      before: ["(a|)"]
      within: 20
    action: warn
""",
    )
    file = "R/be-nice.yaml"
    assert found == [
        f"{file}:5: class 'harm' inflects plain words only; write out the forms of '(shoot|stab)'",
        f"{file}:6: classes include each other: {{loop-a}} -> {{loop-b}} -> {{loop-a}}",
        f"{file}:8: class name 'Bad' must be lowercase letters, digits, - or _",
        f"{file}:12: rule r: phrase 'kill {{nobody}}': unknown class {{nobody}} "
        "(known classes: harm)",
        f"{file}:13: rule r: phrase 'kill (you': '(' is never closed at character 6 of 'kill (you'",
        f"{file}:14: rule r: phrase 'kill ..20 you': gap '..20' must allow 1 to 16 words "
        "at character 6 of 'kill ..20 you'",
        f"{file}:15: rule r: regex '\\\\b{{nowhere}}\\\\b': unknown class {{nowhere}} "
        "(known classes: harm)",
        f"{file}:17: rule r: unless_context before '(a|)': empty alternative "
        "(nothing between '(', '|' and ')') at character 2 of '(a|)'",
        f"{file}:18: rule r: 'within' must be a number of words from 0 to 8, not 20",
    ]


def test_class_references_unknown_and_circular(tmp_path: Path) -> None:
    # Each class's references are read once for both checks: an unknown one is named at its
    # class, and a cycle is reported once, at its first class, wherever the search entered it
    # (``top`` reaches it twice, through ``a`` and through ``mid``).
    found = errors(
        tmp_path,
        """\
classes:
  top: ["{a} x", "{mid}", "{a}"]
  mid: ["y {a}", "{ghost}"]
  a: ["{b}"]
  b: ["z {c}", w]
  c: ["{a}"]
  d: [fine, "{nope} {ghost}"]
rules: []
""",
    )
    file = "R/be-nice.yaml"
    assert found == [
        f"{file}:6: class 'mid' uses unknown class {{ghost}} (known: a, b, c, d, mid, top)",
        f"{file}:7: classes include each other: {{a}} -> {{b}} -> {{c}} -> {{a}}",
        f"{file}:10: class 'd' uses unknown class {{nope}} (known: a, b, c, d, mid, top)",
        f"{file}:10: class 'd' uses unknown class {{ghost}} (known: a, b, c, d, mid, top)",
    ]


def test_classes_file_errors_name_that_file_once(tmp_path: Path) -> None:
    (tmp_path / "lists").mkdir()
    (tmp_path / "lists" / "classes.yaml").write_text(
        "classes:\n  people: [you]\n  kin: {words: [mum], inflect: adverb}\n", encoding="utf-8"
    )
    for name in ("be-nice", "keep-it-clean"):
        text = (
            f"guideline: {name}\ntitle: T\nsummary: S\nclasses_file: lists/classes.yaml\n"
            f"classes:\n  people: [him]\nrules:\n  - id: {name}-r\n"
            "    words: [x]\n    action: flag\n"
        )
        (tmp_path / f"{name}.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(RuleErrors) as info:
        load_engine(tmp_path)
    found = [str(e).replace(str(tmp_path), "R") for e in info.value.errors]
    assert found == [
        "R/be-nice.yaml:6: class 'people' is already defined at R/lists/classes.yaml:2",
        "R/keep-it-clean.yaml:6: class 'people' is already defined at R/lists/classes.yaml:2",
        "R/lists/classes.yaml:3: 'inflect' must be one of verb, noun, not 'adverb' "
        "(did you mean 'verb'?)",
    ]


def test_classes_file_must_be_a_small_file_inside_the_rules_folder(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (tmp_path / "outside.yaml").write_text("classes:\n  a: [b]\n", encoding="utf-8")
    (rules / "big.yaml.txt").write_bytes(b"#" * (1 << 20 | 1))
    (rules / "folder").mkdir()
    names = "[../outside.yaml, missing.yaml, folder, big.yaml.txt]"
    found = errors(rules, f"classes_file: {names}\nrules: []\n")
    assert found[0].startswith("R/be-nice.yaml:4: classes_file '../outside.yaml' must be inside")
    assert found[1].startswith("R/be-nice.yaml:4: classes_file 'missing.yaml' not found")
    assert found[2].startswith("R/be-nice.yaml:4: classes_file 'folder' not found")
    assert found[3] == "R/be-nice.yaml:4: classes_file 'big.yaml.txt' is larger than 1 MiB"


def test_shipped_classes_file_loads_cleanly(tmp_path: Path) -> None:
    engine = load(
        tmp_path,
        "rules:\n  - id: r\n    phrases: ['{harm_verbs} {people}']\n    action: flag\n",
        shipped=True,
    )
    assert hits(engine, "they strung up his brothers") == ["r"]


def test_dismissed_reports_and_quoted_words_are_not_flagged(tmp_path: Path) -> None:
    engine = load(
        tmp_path,
        """\
rules:
  - id: fake-news
    phrases: ["fake news"]
    unless_context:
      before: ["{denial}"]
      quoted: true
    action: flag
""",
        shipped=True,
    )
    assert hits(engine, "this is all fake news") == ["fake-news"]
    assert hits(engine, "the minister dismissed the reports as fake news") == []
    assert hits(engine, 'he keeps shouting "fake news" at reporters') == []


def test_reload_diff_names_context_changes(tmp_path: Path) -> None:
    body = "rules:\n  - id: r\n    words: [idiot]\n    action: warn\n"
    before = load(tmp_path, body).ruleset
    context = "    unless_context: {before: [not], quoted: true}\n"
    after = load(tmp_path, body + context).ruleset
    assert diff_rulesets(before, after).changed[0].details == (
        "unless_quoted: False -> True",
        "context_before: 1 added",
    )


def test_unless_phrases_are_allow_lists_with_patterns(tmp_path: Path) -> None:
    engine = load(
        tmp_path,
        """\
rules:
  - id: kill
    words: [kill, killing]
    unless_phrases: ["(kill|killing) (time|it|two birds)", "dressed to kill"]
    action: warn
""",
    )
    assert hits(engine, "I will kill you") == ["kill"]
    assert hits(engine, "just killing time, she was dressed to kill") == []
    assert errors(
        tmp_path,
        "rules:\n  - id: r\n    words: [x]\n    unless_phrases: ['(a']\n    action: warn\n",
    ) == [
        "R/be-nice.yaml:7: rule r: unless_phrases '(a': '(' is never closed at character 1 of '(a'"
    ]
