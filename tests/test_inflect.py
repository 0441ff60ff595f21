"""English inflections for word classes: regular spelling rules and the irregular tables."""

from __future__ import annotations

import pytest

from bot.rulesets.inflect import inflect, noun_forms, verb_forms


@pytest.mark.parametrize(
    ("verb", "forms"),
    [
        ("kill", ("kill", "kills", "killing", "killed")),
        ("stab", ("stab", "stabs", "stabbing", "stabbed")),  # doubling
        ("strangle", ("strangle", "strangles", "strangling", "strangled")),  # e-drop
        ("bury", ("bury", "buries", "burying", "buried")),  # y to i
        ("lynch", ("lynch", "lynches", "lynching", "lynched")),  # -es
        ("tie", ("tie", "ties", "tying", "tied")),  # ie to y
        ("murder", ("murder", "murders", "murdering", "murdered")),  # no doubling
        ("commit", ("commit", "commits", "committing", "committed")),  # stressed last syllable
        ("shoot", ("shoot", "shoots", "shooting", "shot")),
        ("hang", ("hang", "hangs", "hanging", "hanged", "hung")),
        ("beat", ("beat", "beats", "beating", "beaten")),
        ("cut", ("cut", "cuts", "cutting")),
        ("slit", ("slit", "slits", "slitting")),
        ("burn", ("burn", "burns", "burning", "burnt", "burned")),
        ("slay", ("slay", "slays", "slaying", "slew", "slain", "slayed")),
        # the hiding, faking and stealing verbs claims are made with
        ("hide", ("hide", "hides", "hiding", "hid", "hidden")),
        ("steal", ("steal", "steals", "stealing", "stole", "stolen")),
        ("withhold", ("withhold", "withholds", "withholding", "withheld")),
        ("rewrite", ("rewrite", "rewrites", "rewriting", "rewrote", "rewritten")),
        ("lie", ("lie", "lies", "lying", "lied")),  # to tell lies, not to lie down
    ],
)
def test_verb_forms(verb: str, forms: tuple[str, ...]) -> None:
    assert verb_forms(verb) == forms


@pytest.mark.parametrize(
    ("noun", "forms"),
    [
        ("rat", ("rat", "rats")),
        ("cockroach", ("cockroach", "cockroaches")),
        ("fly", ("fly", "flies")),
        ("monkey", ("monkey", "monkeys")),
        ("knife", ("knife", "knives")),
        ("woman", ("woman", "women")),
        ("louse", ("louse", "lice")),
        ("vermin", ("vermin",)),
        ("hero", ("hero", "heroes")),
        ("photo", ("photo", "photos")),
    ],
)
def test_noun_forms(noun: str, forms: tuple[str, ...]) -> None:
    assert noun_forms(noun) == forms


def test_phrases_inflect_their_head_word() -> None:
    assert inflect("string up", "verb") == ("string up", "strings up", "stringing up", "strung up")
    assert inflect("filthy animal", "noun") == ("filthy animal", "filthy animals")


def test_unknown_inflection_is_rejected() -> None:
    with pytest.raises(ValueError, match="unknown inflection 'adverb'"):
        inflect("quick", "adverb")
