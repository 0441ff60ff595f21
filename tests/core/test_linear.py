"""No text can stall the engine: work grows with text and hits, and each rule lists a bounded
number of places.

Work is counted, never timed: Python bytecodes run and calls of text-wide C functions, for a
hostile text repeated n and 2n times.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

from bot.core.engine import Engine
from bot.core.places import LISTED
from bot.core.rules import Action, Guideline, Rule, RuleSet
from bot.rulesets import load_engine

SHIPPED: Engine = load_engine(Path(__file__).resolve().parents[2] / "rules")
# C functions whose cost is the length of the text: called once per match they make the
# work quadratic, so their number of calls must not grow with the hits.
TEXT_WIDE = ("split", "count", "decode")
HOSTILE = [
    "you idiot ",
    "ass ",
    "f u c k  ",
    "fuuuuuuck ",
    "ｆυсk\u0301 ",
    "knee jerk ",
    "sh1t @ss ",
    "I will kill you ",
    "I wiiiill kiiiill you ",  # phrase hits only the squeezed view, in its own spelling
    "I will not kiiiill you ",  # and a context cancelling each there
    "🙂 I will kill you ",
    "\u202etoidi uoy\u202c ",
    '"women are inferior" ',  # a post of nothing but quotations: each hit counts
    '"women are inferior" ok ',  # hits inside quotation marks, which a rule lets stand
    "the report said women are inferior ",  # cues of a cancelling context, each near a hit
    "he said so. I will kill you. ",  # a cancelling context cut at each sentence end
    "I will kill you? No, he said! ",  # an after context reaching back over a question
    "Fine. Kill him. Go back to Europe. ",  # start-anchored regexes run on each sentence
    "\u202ea\u202db",  # overrides nested ever deeper, past the depth limit
    "what a stupid idiot you are ",  # atoms of many regexes, each a prefilter candidate
    "f u ",  # two single letters: the pair keys that call for the single-letters regex
    "🖕🏽 ",  # a symbol term, found in the text as written
    "I will k*ll you ",  # a masked word read as the word, a phrase hit on each
    "eat g*ass ",  # plain-view matches cutting masked words, each dropped
    "zq**x ",  # masked words nothing fits
    "a*",  # one masked word as long as the text
    "a c.h.e.e.r.f.u.l f u ",  # plain-view matches inside words spelt out, each dropped
    "a ",  # one run of single letters as long as the text
    "your skull my bat ",  # the threat scorer's class words, each near the next
    "Poles in our town are all lazy thieves every one ",  # a class, a gap, a class, a seal
    "Sikhs walking round town are a menace ",  # a people, a six-word gap, a verdict
    "one more post and ill come find you ",  # a condition, an eight-word gap, the menace
    "Kenyan blokes are dishonest ",  # every nation by name, then a verdict
    "blaming women who live here are lazy ",  # a people, a clause, a verdict, a guard on each
    "Kenyans lazy and crooked the whole bunch ",  # a people, eight words, two verdicts, a seal
    "Somalis out. ",  # a slogan anchored at each sentence start
    "go back to Chennai ",  # every country and many cities, at each sentence start
    "hope he never wakes up ",  # a wish with an eight-word gap before its end
    "street and reg sleep well ",  # an address, an eight-word gap, a goodnight
    "Travellers wont work a day never have never will its in the blood ",  # a sixteen-word gap
    "Poles lazy thieves they are all the same ",  # a people, a gap, a seal
    "Afghans need to get out of this country ",  # a people told out, at each repeat
    "women stick to netball they re too emotional to ",  # a sex, a gap, two verdicts
    "Chinese own the banks follow the money ",  # a people, a control verb, a sixteen-word seal
    "wake up Jews run the media ",  # the seal first, then a people and a control verb
    "Romanians not one of them you can trust ",  # a people, a sixteen-word gap, a seal
    "Muslims have an agenda to take over ",  # a people, a twelve-word gap, a plan
    "again and ill come and start on you ",  # a condition, two six-word gaps, the menace
    "every driver on the route knows it ",  # a knower, a six-word gap, a truth kept back
    "the government flooded it on purpose so they could grab ",  # power, gaps, an aim
    "every migrant costs the taxpayer a million ",  # newcomers, two gaps, a sum
    "the real death toll from the fire is over ",  # a real figure, a four-word gap, its verb
    "ah'll stab ye walkin hame ",  # dialect spellings read, each a hit in the read text
    "mi a mi a go ",  # spellings of several words, begun and not finished
    "tujhe jaan se maar dunga ",  # Hinglish: a person, a manner, a verb in the future
    "isko tod ke fek dunga haha ",  # a harm, a six-word gap, any future verb, a laugh
    "im stabbing you at ",  # a blow in the progressive, a game's cue after each
    "romanians dirty lazy people ",  # a people, then its verdict, each a 16-word gap's end
    "it s always the somalis innit ",  # blame sealed by a tag, over and over
    "fit him for concrete shoes lol ",  # a euphemism hit, a laugh cancelling each
    "half of them drunk and the other half ",  # a gap that opens and closes every few words
    "greedy poles every one of them ",  # a people, a vice and a sweeping word, each a gap's end
    "going after the lads bring tools ",  # a twelve-word gap opened and closed every few words
    "tick tock you know what you did ",  # a menace sealed over and over
    "Somalis lazy trash that s just how they are ",  # a people, two gaps, a seal, each repeat
    "last guy who snitched doesn t post anymore ",  # a role, gaps of four and ten, an end
    "chinese people eat anything disgusting lot ",  # a people, a gap, a verdict before the end
    "greeks drink like fish they re all thieves ",  # a people, a vice, a sweeping word (r32)
    "k i l l   a l l   t h e m   ",  # a sentence spelt out, its words set apart by wide gaps
    "i d love to bet she s in my bed ",  # an interest and a sexual cue, a ten-word gap (r33)
    "just saying accidents happen in one piece ",  # a hint and a harm, each a gap's end (r33)
    "the polish lads lock your sheds ",  # a people and an insinuation, a twelve-word gap (r33)
    "look it up fraud buried it ",  # a claim's topic between two vouchers, gaps of 14 (r33)
    "if the mayor is a dead man ",  # a condition and a harm promised, a 14-word gap (r34)
    "hope the judge catches a bullet ",  # a wish and a bad end, an 8-word gap (r34)
    "your little horses one match ",  # a family's things and their undoing, either order (r34)
    "drive them out by force ",  # a call to drive people out and by force, either order (r34)
    "the deaf should stay home ",  # a group of the disabled and a slight, a 12-word gap (r34)
    "migrants one way ticket ",  # outsiders and a word of not belonging, either order (r34)
    "the new mp is a muslim so we know ",  # an identity and what it is said to explain (r35)
    "senile old bat in a wheelchair lol ",  # age and disability put-downs, a 12-word gap (r35)
    "someone wrote i will kill you mods please delete ",  # a file's allow phrase, 14 words (r35)
    "wishing death on him is disgusting ",  # a wish named and judged, a 12-word gap (r35)
    "you leave the gym every saturday see you around ",  # a routine and a hint, 16 words (r36)
    "careful people have long memories ",  # a caution and a hint, either order, 16 words (r36)
    "fat black and thick surprise surprise ",  # an identity and a sneer, a 16-word gap (r36)
    "no crash the paper made it up for clicks ",  # a denial and the paper blamed, 14 words (r36)
    "a b c d e f g h  ",  # single letters, a wide gap after each run
]


def operations(check: Callable[[str], object], text: str) -> Counter[str]:
    """Bytecodes run and C functions called while ``check(text)`` runs."""
    counts: Counter[str] = Counter()

    def trace(frame: FrameType, event: str, arg: Any) -> Any:
        frame.f_trace_opcodes = True
        if event == "opcode":
            counts["opcode"] += 1
        return trace

    def profile(frame: FrameType, event: str, arg: Any) -> None:
        if event == "c_call":
            counts[getattr(arg, "__name__", "?")] += 1

    check(text)  # fill lazily built tables first
    sys.setprofile(profile)
    sys.settrace(trace)
    try:
        check(text)
    finally:
        sys.settrace(None)
        sys.setprofile(None)
    return counts


@pytest.mark.parametrize("unit", HOSTILE)
def test_work_grows_at_most_linearly_with_repeated_hits(unit: str) -> None:
    once, twice = (operations(SHIPPED.check_text, unit * n) for n in (60, 120))
    assert twice["opcode"] <= 2.1 * once["opcode"]
    assert [twice[name] for name in TEXT_WIDE] == [once[name] for name in TEXT_WIDE]


def test_wildcards_in_one_long_word_find_its_ends_once() -> None:
    rule = Rule("ass", "keep-it-clean", Action.WARN, words=("*ass*",))
    engine = Engine(RuleSet((Guideline("keep-it-clean", "Keep it Clean", "", (rule,)),)))
    once, twice = (operations(engine.check_text, "ass" * n) for n in (200, 400))
    assert twice["opcode"] <= 2.1 * once["opcode"]
    assert [h.span for h in engine.check_text("ass" * 400)] == [(0, 1200)]


def test_each_rule_lists_a_bounded_number_of_places_and_counts_the_rest() -> None:
    hits = SHIPPED.check_text("you idiot " * 100)
    assert [h.rule for h in hits] == ["name-calling"] * LISTED
    assert [h.span for h in hits] == [(10 * i + 4, 10 * i + 9) for i in range(LISTED)]
    assert [h.more for h in hits] == [0] * (LISTED - 1) + [100 - LISTED]


def test_hits_after_many_allowed_phrases_are_still_found_and_counted() -> None:
    hits = SHIPPED.check_text("knee jerk " * 300 + "you jerk " * 30)
    assert [h.matched for h in hits if h.rule == "name-calling"] == ["jerk"] * LISTED
    assert hits[-1].more == 30 - LISTED
