"""English inflections for word classes, so a rule file lists ``shoot`` and catches ``shot``."""

from __future__ import annotations

import re

__all__ = ["INFLECTIONS", "inflect", "noun_forms", "verb_forms"]

INFLECTIONS = ("verb", "noun")

# Past tense and past participle of irregular verbs: the violent ones rules name, and the
# common ones a class of hiding, faking or stealing verbs may hold (hide, hid, hidden).
_IRREGULAR_VERBS: dict[str, tuple[str, ...]] = {
    "beat": ("beat", "beaten"),
    "bend": ("bent",),
    "bind": ("bound",),
    "bite": ("bit", "bitten"),
    "bleed": ("bled",),
    "blow": ("blew", "blown"),
    "break": ("broke", "broken"),
    "breed": ("bred",),
    "bring": ("brought",),
    "build": ("built",),
    "burn": ("burnt", "burned"),
    "bury": ("buried",),
    "buy": ("bought",),
    "cast": ("cast",),
    "catch": ("caught",),
    "choose": ("chose", "chosen"),
    "cling": ("clung",),
    "come": ("came", "come"),
    "creep": ("crept",),
    "cut": ("cut",),
    "deal": ("dealt",),
    "dig": ("dug",),
    "do": ("did", "done"),
    "draw": ("drew", "drawn"),
    "drink": ("drank", "drunk"),
    "drive": ("drove", "driven"),
    "eat": ("ate", "eaten"),
    "fall": ("fell", "fallen"),
    "feed": ("fed",),
    "feel": ("felt",),
    "fight": ("fought",),
    "find": ("found",),
    "flee": ("fled",),
    "fling": ("flung",),
    "fly": ("flew", "flown"),
    "forget": ("forgot", "forgotten"),
    "forgive": ("forgave", "forgiven"),
    "freeze": ("froze", "frozen"),
    "get": ("got", "gotten"),
    "give": ("gave", "given"),
    "go": ("went", "gone"),
    "grind": ("ground",),
    "grow": ("grew", "grown"),
    "hang": ("hanged", "hung"),
    "hear": ("heard",),
    "hide": ("hid", "hidden"),
    "hit": ("hit",),
    "hold": ("held",),
    "hurt": ("hurt",),
    "keep": ("kept",),
    "kneel": ("knelt", "kneeled"),
    "know": ("knew", "known"),
    "lay": ("laid",),
    "lead": ("led",),
    "leave": ("left",),
    "lend": ("lent",),
    "let": ("let",),
    "light": ("lit", "lighted"),
    "lose": ("lost",),
    "make": ("made",),
    "mean": ("meant",),
    "meet": ("met",),
    "mislead": ("misled",),
    "overthrow": ("overthrew", "overthrown"),
    "pay": ("paid",),
    "put": ("put",),
    "quit": ("quit",),
    "rewrite": ("rewrote", "rewritten"),
    "ride": ("rode", "ridden"),
    "rise": ("rose", "risen"),
    "run": ("ran", "run"),
    "say": ("said",),
    "see": ("saw", "seen"),
    "seek": ("sought",),
    "sell": ("sold",),
    "send": ("sent",),
    "set": ("set",),
    "shake": ("shook", "shaken"),
    "shed": ("shed",),
    "shoot": ("shot",),
    "show": ("showed", "shown"),
    "shrink": ("shrank", "shrunk"),
    "shut": ("shut",),
    "sink": ("sank", "sunk"),
    "sit": ("sat",),
    "slay": ("slew", "slain", "slayed"),
    "sleep": ("slept",),
    "slide": ("slid",),
    "sling": ("slung",),
    "slit": ("slit",),
    "smite": ("smote", "smitten"),
    "speak": ("spoke", "spoken"),
    "spend": ("spent",),
    "spill": ("spilt", "spilled"),
    "spin": ("spun",),
    "spit": ("spat", "spit"),
    "split": ("split",),
    "spread": ("spread",),
    "stand": ("stood",),
    "steal": ("stole", "stolen"),
    "stick": ("stuck",),
    "sting": ("stung",),
    "stink": ("stank", "stunk"),
    "strike": ("struck", "stricken"),
    "string": ("strung",),
    "swear": ("swore", "sworn"),
    "sweep": ("swept",),
    "swing": ("swung",),
    "take": ("took", "taken"),
    "teach": ("taught",),
    "tear": ("tore", "torn"),
    "tell": ("told",),
    "think": ("thought",),
    "throw": ("threw", "thrown"),
    "tie": ("tied",),
    "tread": ("trod", "trodden"),
    "undo": ("undid", "undone"),
    "wake": ("woke", "woken"),
    "wear": ("wore", "worn"),
    "weep": ("wept",),
    "win": ("won",),
    "withdraw": ("withdrew", "withdrawn"),
    "withhold": ("withheld",),
    "wring": ("wrung",),
    "write": ("wrote", "written"),
}
# Verbs of two or more syllables stressed on the last one double their final consonant.
_DOUBLING = frozenset(
    [
        "admit",
        "commit",
        "compel",
        "control",
        "equip",
        "expel",
        "extol",
        "occur",
        "omit",
        "patrol",
        "propel",
        "rebel",
        "refer",
        "regret",
        "submit",
        "transfer",
    ]
)
_IRREGULAR_NOUNS: dict[str, tuple[str, ...]] = {
    "child": ("children",),
    "foot": ("feet",),
    "goose": ("geese",),
    "louse": ("lice",),
    "man": ("men",),
    "mouse": ("mice",),
    "ox": ("oxen",),
    "person": ("people", "persons"),
    "tooth": ("teeth",),
    "woman": ("women",),
}
# Nouns whose plural is the word itself (mass nouns and the like).
_INVARIANT_NOUNS = frozenset(
    [
        "cattle",
        "deer",
        "fish",
        "filth",
        "livestock",
        "scum",
        "sheep",
        "swine",
        "trash",
        "vermin",
        "garbage",
        "rubbish",
    ]
)
_F_TO_VES = frozenset(
    [
        "calf",
        "half",
        "knife",
        "leaf",
        "life",
        "loaf",
        "self",
        "sheaf",
        "shelf",
        "thief",
        "wife",
        "wolf",
    ]
)
_O_ES_NOUNS = frozenset(("echo", "hero", "potato", "tomato", "torpedo", "veto"))
_SIBILANT = re.compile(r"(?:s|x|z|ch|sh)$")
_CONSONANT_Y = re.compile(r"[^aeiou]y$")
# A final consonant-vowel-consonant (not w, x or y) in a word with one vowel group.
_SHORT_CVC = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")


def inflect(phrase: str, kind: str) -> tuple[str, ...]:
    """The phrase and its forms: a verb's head (first word), a noun's head (last word)."""
    words = phrase.split()
    if not words:
        return ()
    if kind == "verb":
        return tuple(" ".join([form, *words[1:]]) for form in verb_forms(words[0]))
    if kind == "noun":
        return tuple(" ".join([*words[:-1], form]) for form in noun_forms(words[-1]))
    raise ValueError(f"unknown inflection {kind!r}; use one of {', '.join(INFLECTIONS)}")


def verb_forms(verb: str) -> tuple[str, ...]:
    """The base, -s, -ing and past forms of a verb, irregular ones from the table."""
    forms = [verb, _third_person(verb), _present_participle(verb)]
    forms += _IRREGULAR_VERBS.get(verb, (_regular_past(verb),))
    return tuple(dict.fromkeys(forms))


def noun_forms(noun: str) -> tuple[str, ...]:
    """The singular and plural forms of a noun."""
    if noun in _INVARIANT_NOUNS:
        return (noun,)
    if noun in _IRREGULAR_NOUNS:
        return (noun, *_IRREGULAR_NOUNS[noun])
    if noun in _F_TO_VES:
        stem = noun[:-2] if noun.endswith("fe") else noun[:-1]
        return (noun, stem + "ves")
    return (noun, _with_s(noun, o_es=noun in _O_ES_NOUNS))


def _third_person(verb: str) -> str:
    """A verb's -s form: kills, lynches, buries, goes."""
    return _with_s(verb, o_es=True)


def _with_s(word: str, *, o_es: bool) -> str:
    """``-s``, ``-es`` after sibilants (and o when ``o_es``), ``-ies`` after a consonant and y."""
    if _CONSONANT_Y.search(word):
        return word[:-1] + "ies"
    if _SIBILANT.search(word) or (o_es and word.endswith("o") and not word.endswith("oo")):
        return word + "es"
    return word + "s"


def _doubles(verb: str) -> bool:
    """Whether the final consonant doubles before -ed and -ing (stab, stabbed)."""
    return verb in _DOUBLING or bool(_SHORT_CVC.search(verb))


def _present_participle(verb: str) -> str:
    """``-ing`` with e-drop (strangling), ie to y (tying) and doubling (stabbing)."""
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and len(verb) > 2:
        return verb[:-1] + "ing"
    if _doubles(verb):
        return verb + verb[-1] + "ing"
    return verb + "ing"


def _regular_past(verb: str) -> str:
    """``-ed`` with e-drop (strangled), y to i (buried) and doubling (stabbed)."""
    if verb.endswith("e"):
        return verb + "d"
    if _CONSONANT_Y.search(verb):
        return verb[:-1] + "ied"
    if _doubles(verb):
        return verb + verb[-1] + "ed"
    return verb + "ed"
