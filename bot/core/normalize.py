"""Normalise text into matching views, and map view offsets back into the original text.

Each view is one more step of evasion clean-up, lightest first:

- ``plain``: per-character NFKC and case folding, format characters (zero-width joiners,
  soft hyphens) dropped, every run of punctuation and white space made one space.
- ``folded``: also a lone letter split from the rest of its word by a hyphen, dot or
  underscore joined to it (``k-ike``, ``c.unt``; ``U-boat`` and ``a-level`` keep theirs),
  accents stripped, confusables (Cyrillic, Greek, fullwidth, mathematical letters) folded to
  ASCII, leetspeak mapped inside words (a `1` as `l` where `i` cannot stand: ``ki1l``,
  ``1oser``), a masked word read as the word that fits it (``k*ll`` as ``kill``,
  ``unmask``), other masks such as ``f**x`` made ``f*x`` and ``f***`` or ``sh##`` (masked to
  the end of a short word) made ``f**`` and ``sh**``.
- ``collapsed``: also runs of three or more single letters joined (``f u c k``, ``f.u.c.k``,
  ``k 1 l l`` with a leet digit between letters), and a run of four or more that starts with
  `a`, `i` or `u`, or ends with `u`, `ur`, `i` or `a`, also with that word apart.
- ``squeezed``: also runs of a repeated letter made one letter (``fuuuuck``), then single
  letters joined once more, and a masked word that squeezing made read.

Every view is padded with one space at each end so that word boundaries are spaces.
``RECIPES`` is the one table of the steps that make each view. ``build`` follows it on every
message; ``offsets`` follows it while tracking, for each view character, the span of original
text it came from. Tests keep the two paths equal. ``one_to_one`` picks out the common case,
where the plain and folded views keep one character per original character and need no offset
table at all (its ASCII shortcuts are byte-level twins of the table's first steps).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import partial
from operator import methodcaller

from bot.core.confusables import ascii_skeleton
from bot.core.unmask import MASK_CHARS, is_word, reading

__all__ = [
    "LATER",
    "LONG_LETTER_RUN",
    "ORDER",
    "RECIPES",
    "Recipe",
    "Replace",
    "Step",
    "Translate",
    "View",
    "build",
    "collapsed",
    "has_mask",
    "more_views",
    "one_to_one",
    "padded",
    "unpadded",
]


class View(StrEnum):
    """The normalised views, from lightest to most aggressive."""

    PLAIN = "plain"
    FOLDED = "folded"
    COLLAPSED = "collapsed"
    SQUEEZED = "squeezed"


ORDER: tuple[View, ...] = tuple(View)
LEET: dict[str, str] = {
    "0": "o",
    "1": "i",
    "3": "e",
    "4": "a",
    "5": "s",
    "6": "g",
    "7": "t",
    "9": "g",
    "@": "a",
    "$": "s",
    "!": "i",
    "|": "l",
}
KEPT_FOR_FOLDING = frozenset("@$!|" + MASK_CHARS)
# Every leet character but `1`, which reads `i` or `l` by its neighbours (``ONE_FOR_L``).
LEET_BUT_ONE = str.maketrans({leet: letter for leet, letter in LEET.items() if leet != "1"})
# Where a `1` in a word reads `l`: where `i` would make what English does not write (`ii`,
# `iy`: `ki1l`, `evi1`, `ki11`, `ug1y`), at a word's start before a vowel (`1oser`), after a
# word's first consonant before a `u`, where English starts no word with `iu` (`s1ut`,
# `b1ue`), and between an `l` after a vowel (not `a`: `al1en`) and an `e` or `o` (`bul1et`,
# `kil1ed`, `hel1o`). Anywhere else it reads `i`: `sh1t`, `k1ll`, `f1lth`, `l1ar`, `somal1`.
ONE_FOR_L = re.compile(
    r"1(?=[1iy])|(?<=[1i])1|^1(?=[aeou])|(?<=^[b-df-hj-np-tv-z])1(?=u)|(?<=[eiou]l)1(?=[eo])"
)


def _is_dropped(char: str) -> bool:
    """Format characters (zero-width, soft hyphen, bidi marks) carry no letters."""
    return unicodedata.category(char) == "Cf"


def _is_word(char: str) -> bool:
    return char.isalnum() and char != "_"


class _Table(dict[int, str]):
    """A lazily filled ``str.translate`` table: each code point is computed once, then cached."""

    def __init__(self, fold: Callable[[str], str]) -> None:
        super().__init__()
        self._fold = fold

    def __missing__(self, code: int) -> str:
        value = self._fold(chr(code))
        self[code] = value
        return value


def _plain_char(char: str) -> str:
    out = []
    for c in unicodedata.normalize("NFKC", char).casefold():
        if _is_dropped(c):
            continue
        out.append(c if _is_word(c) else " ")
    return _one_space("".join(out))


def _folded_char(char: str) -> str:
    out = []
    for c in unicodedata.normalize("NFKC", char).casefold():
        if _is_dropped(c):
            continue
        if c in KEPT_FOR_FOLDING:
            out.append(c)
            continue
        for base in unicodedata.normalize("NFD", c):
            if unicodedata.category(base) in ("Mn", "Me"):
                continue
            skeleton = ascii_skeleton(base)
            out.append(skeleton if _is_word_text(skeleton) else " ")
    return _one_space("".join(out))


def _one_space(out: str) -> str:
    """A character that stands for nothing but separators (`…`, `´`) becomes one space.

    Runs of spaces collapse in every view anyway; one space keeps the character one to one
    with the original, so its post stays on the fast path.
    """
    return " " if len(out) > 1 and not out.strip(" ") else out


def _is_word_text(text: str) -> bool:
    return bool(text) and all(_is_word(c) for c in text)


PLAIN_TABLE = _Table(_plain_char)
FOLD_TABLE = _Table(_folded_char)
# PLAIN_TABLE on ASCII, as bytes: every ASCII character maps to one ASCII character.
PLAIN_BYTES = bytes(ord(PLAIN_TABLE[code]) for code in range(128)) + b" " * 128

# A word with a leet character (`leet_word` leaves it alone unless it has a letter too).
LEET_WORD = re.compile(r"(?<![^ ])[^ ]*[0-9@$!|][^ ]*")
LETTER = re.compile(r"[a-z]")
# `!` and `|` after a letter end a word (`fuck!`); only a letter after them makes them leet.
LEET_NEXT_TO_LETTER = re.compile(r"[0-9@$!|](?:(?<=[a-z][0-9@$])|(?=[a-z]))")
EDGE_PUNCT = re.compile(r"^[!|]+|[!|]+$")
# Patterns open with the character they look for, before any look-behind, so that `re`
# skips ahead to it instead of trying every position (five times faster on comments).
MASK_RUN = re.compile(r"[*#%](?<=[a-z][*#%])[*#%]*(?=[a-z])")
# A word with masked letters between letters (`k*ll`, `n**ger`): read whole when a known word
# fits it (``unmask.reading``). Masks at its ends are not part of it (`*f*ck*` for emphasis).
MASKED_WORD = re.compile(r"(?<![a-z])[a-z]+(?:[*#%]+[a-z]+)+(?![a-z])")
# A run of mask characters not inside a word: at a word's start, or at its end. The second
# branch starts only at a run's first character, so a long run costs one pass, not its square.
# A digit after the run ends the word too (`a*#0`): left in place, `#` would turn to a space and
# the next pass would find a lone `*` at the word's end, and the view would not be idempotent.
# A digit before the run starts the word likewise (`0*#a`), for the same reason.
LOOSE_MASKS = re.compile(r"[*#%](?:(?<![a-z*#%][*#%])[*#%]*|(?<![*#%][*#%])[*#%]*(?![a-z*#%]))")
# How many letters a masked word may show before its mask: `f***`, `sh**`.
MASKED_HEAD = 2
SYMBOLS_TO_SPACE = str.maketrans(dict.fromkeys("@$!|#%", " "))
# A run of single letters; a leet digit may stand between two of its letters (`d 3 a d`).
SINGLE_LETTERS = re.compile(r"(?<= )[a-z](?: [a-z]| [0134-79](?= [a-z])){2,}(?= )")
# What a run of single letters must hold to be joined: three letters, or four characters
# with one leet digit between letters (`k 1 l l`, not `a 1 b`). Each branch holds two single
# letters side by side, which the matcher's sentinels look for first.
MAYBE_SINGLE_LETTERS = re.compile(
    r" [a-z] (?:[0134-79] )?[a-z] [a-z] | [a-z] [a-z] [0134-79] [a-z] "
)
LETTER_RUN = re.compile(r"([a-z])\1+")
# One-letter words that may stand before a spaced-out word, and the shortest such word.
LONE_WORDS = frozenset("aiu")
LONE_WORD_RUN = 3
# Short words that may end a run of single letters, longest first: `b e a t u`, `f u c k u r`.
LONE_TAILS = ("ur", "u", "i", "a")
# A lone letter split from the rest of its word by a hyphen, dot or underscore (`k-ike`,
# `f.ck`, `c_unt`, `f-u-ck`), the rest two letters or more. `a`, `i` and `u` are words of their
# own (`a-clueless`, `U-boat`) and keep the split. Opens with the separator, so `re` skips to it;
# a letter after a separator heads no run (the run it is in started before it), so a long
# `k-k-k-k` is read once, not once per letter.
SPLIT_HEAD = re.compile(
    r"[-._](?<=\b[b-hj-tv-z][-._])(?<![-._][a-z][-._])(?:[a-z][-._])*(?=[a-z]{2,}\b)",
    re.IGNORECASE,
)
SPLIT_HEAD_BYTES = re.compile(SPLIT_HEAD.pattern.encode(), re.IGNORECASE)
SEPARATORS = re.compile(r"[-._]")
LONG_LETTER_RUN = re.compile(r"([a-z])\1\1")
# A sentence spelt out letter by letter, its words set apart by wider gaps (`k i l l   a l l
# t h e m`): a run of single letters, then groups of single letters each after two spaces or
# more; a run of two (a contraction's `i m`, `i d`) only before two groups or more. It starts
# only at a run's first letter and its quantifiers are possessive, so a long run of letters is
# read once, not once per letter.
_GAP_GROUP = r"(?: {2,}+[a-z](?: [a-z](?![a-z]))*+(?![a-z]))"
GAPPED_LETTERS = re.compile(
    r"(?<![a-z])(?<![^a-z][a-z] )(?<!^[a-z] )[a-z] [a-z](?![a-z])"
    rf"(?:(?: [a-z](?![a-z]))++{_GAP_GROUP}++|{_GAP_GROUP}{{2,}}+)"
)
WIDE_GAP = re.compile(r" {2,}")


def leet_word(match: re.Match[str]) -> str:
    """Map leet characters of a word with letters; `!` and `|` at its edges stay punctuation.

    `sh1t`, `@ss` and `a$$` change; `2020` does not.
    """
    word = match.group()
    if not LETTER.search(word):
        return word
    core = EDGE_PUNCT.sub("", word)
    if not core:
        return word
    start = word.index(core)
    return word[:start] + leet_letters(core) + word[start + len(core) :]


def leet_letters(word: str) -> str:
    """A word's leet characters as the letters they stand for, one for one (``ONE_FOR_L``)."""
    word = word.translate(LEET_BUT_ONE)
    if "1" in word:
        word = ONE_FOR_L.sub("l", word).replace("1", "i")
    return word


def unspaced(match: re.Match[str]) -> str:
    """Join a run of single letters; after a leading `a`, `i` or `u`, also the word apart,
    and the same before a trailing `u`, `ur`, `i` or `a`.

    The one-letter words stand before spaced-out words (`a r-e-t-a-r-d`, `I h a t e`) as
    often as they start them (`a s s h o l e`, `I m m i g r a n t s`), so such a run of four
    letters or more is written both ways, the word apart first: `a retard aretard`. What
    comes before then reads the one-letter word in place (`are a cancer`), and what comes
    after reads the whole run (`immigrants are`). At the run's end it is the mirror, added
    after: `b e a t u` is `beatu beat u`, and what comes after reads `beat u up`; a run with
    both is `a nigga anigga nigg a`, every reading of the leading split kept. The word apart
    must keep three letters, so shorter runs (`a b c`, `U S A`, `y o u r`) only join. Where
    exactly one way of reading the run gives a known word (``_known_reading``), only that way
    is written: `a l l o w e d` is `allowed`, `a w a s t e` is `a waste`. A leet
    digit in the run reads as its letter (`d 3 a d`); a run with one joins only where
    ``MAYBE_SINGLE_LETTERS`` finds it (`a 1 b` stays).
    """
    run = match.group()
    letters = run.replace(" ", "")
    if not letters.isalpha():
        if not MAYBE_SINGLE_LETTERS.search(f" {run} "):
            return run
        letters = leet_letters(letters)
    head = letters[0] if letters[0] in LONE_WORDS else ""
    tail = next((end for end in LONE_TAILS if letters.endswith(end)), "")
    if len(letters) - len(head) - len(tail) < LONE_WORD_RUN:
        tail = ""
    if len(letters) - len(head) < LONE_WORD_RUN:
        head = ""
    if not (head or tail):
        return letters
    known = _known_reading(letters, head, tail)
    if known is not None:
        return known
    before = f"{head} {letters[1:]} {letters}" if head else letters
    if not tail:
        return before
    return f"{before} {letters[len(head) : -len(tail)]} {tail}"


def _known_reading(letters: str, head: str, tail: str) -> str | None:
    """The one way to read a run with a one-letter word at an end whose word is a known one
    (``unmask.is_word``): `a l l o w e d` is `allowed`, `a w a s t e` is `a waste`; None
    when no way or more than one is (`a b o u t`: `about` and `a bout`)."""
    ways = [("", letters, "")]
    if head:
        ways.append((head, letters[len(head) :], ""))
    if tail:
        ways.append(("", letters[: -len(tail)], tail))
    if head and tail:
        ways.append((head, letters[len(head) : -len(tail)], tail))
    known = [way for way in ways if is_word(way[1])]
    if len(known) != 1:
        return None
    return " ".join(part for part in known[0] if part)


def split_head(match: re.Match[str]) -> str:
    """A lone letter's separators dropped, joining it to the rest of its word: `k-ike`."""
    return SEPARATORS.sub("", match.group())


def _has_separator(text: str) -> bool:
    return "-" in text or "." in text or "_" in text


def ungapped(match: re.Match[str]) -> str:
    """A spelt-out sentence as its words: each group's letters joined, one space between."""
    return " ".join(group.replace(" ", "") for group in WIDE_GAP.split(match.group()))


def has_gapped_letters(text: str) -> bool:
    """Whether ``text`` spells words out letter by letter with wider gaps between them."""
    return "  " in text and GAPPED_LETTERS.search(text) is not None


# A weapon drawn where a verb goes ("I will 🔪 you", "someone oughta 🔫 him"): read as the verb
# it stands for, so the threat rules see it. Emoji are otherwise dropped with punctuation.
WEAPON_VERBS = {"🔪": "stab", "🗡": "stab", "🔫": "shoot", "🪓": "axe", "💣": "bomb"}
WEAPON_EMOJI = re.compile("([" + "".join(WEAPON_VERBS) + "])\ufe0f?")


def weapon_verb(match: re.Match[str]) -> str:
    """The verb a weapon emoji stands for, spaced as a word of its own."""
    return f" {WEAPON_VERBS[match.group(1)]} "


def _has_weapon(text: str) -> bool:
    return not text.isascii() and WEAPON_EMOJI.search(text) is not None


def squeezed(match: re.Match[str]) -> str:
    return match.group(1)


def unmasked(match: re.Match[str]) -> str:
    """A masked word as the word it stands for, letter for letter; as it is if none fits."""
    word = match.group()
    return reading(word) or word


def star(_: re.Match[str]) -> str:
    return "*"


def loose_mask(match: re.Match[str]) -> str:
    """Blank a mask outside a word, but keep a word of one or two letters masked to its end.

    `f***`, `sh##` and `b****` stand for whole words: their run becomes `**`, two characters
    so that the view is idempotent and stays apart from a lone star (`F*` grade, `a*` search),
    which is blanked like a footnote mark. The view of `f**` is itself.
    """
    start, end = match.span()
    if end - start > 1 and _short_word_before(match.string, start):
        return "**"
    # As many spaces as the run is long: views collapse them, and offsets stay one to one.
    return " " * (end - start)


def _short_word_before(text: str, at: int) -> bool:
    """Whether ``text`` has a whole word of one to ``MASKED_HEAD`` letters just before ``at``."""
    head = at
    while head > 0 and at - head <= MASKED_HEAD and "a" <= text[head - 1] <= "z":
        head -= 1
    return 0 < at - head <= MASKED_HEAD and (head == 0 or text[head - 1] == " ")


def has_mask(text: str) -> bool:
    """Whether ``text`` holds a mask character (a cheap test before the mask steps)."""
    return "*" in text or "#" in text or "%" in text


@dataclass(frozen=True, slots=True)
class Translate:
    """A step mapping each character through a ``str.translate`` table."""

    table: dict[int, str]
    # The step as one C-level call, so that following the table costs no Python frame.
    run: Callable[[str], str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "run", methodcaller("translate", self.table))


@dataclass(frozen=True, slots=True)
class Replace:
    """A step replacing each match of ``pattern``, only when ``when`` (if any) holds.

    ``when`` is part of the step, not just a shortcut: leet is mapped only in text with a leet
    character next to a letter, so `a*1` keeps its `1`.
    """

    pattern: re.Pattern[str]
    repl: Callable[[re.Match[str]], str]
    when: Callable[[str], object] | None = None
    # The step as one call: ``pattern.sub`` itself (no Python frame) when there is no ``when``.
    run: Callable[[str], str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        sub: Callable[[str], str] = partial(self.pattern.sub, self.repl)
        when = self.when
        if when is None:
            object.__setattr__(self, "run", sub)
            return

        def run(text: str) -> str:
            return sub(text) if when(text) else text

        object.__setattr__(self, "run", run)

    def applies(self, text: str) -> bool:
        """Whether the step acts on ``text``."""
        return self.when is None or bool(self.when(text))


Step = Translate | Replace


@dataclass(frozen=True, slots=True)
class Recipe:
    """How one view is made.

    From the original text (``after`` None): ``steps``, then ``padded``. From the padded
    ``after`` view: ``steps``; ``build`` lists such a view only when ``shown`` finds what the
    steps act on (a squeezed view needs a run of three letters, not two as in `hello`).
    """

    steps: tuple[Step, ...]
    after: View | None = None
    shown: Callable[[str], object] | None = None


RECIPES: Mapping[View, Recipe] = {
    View.PLAIN: Recipe((Translate(PLAIN_TABLE),)),
    View.FOLDED: Recipe(
        (
            Replace(WEAPON_EMOJI, weapon_verb, _has_weapon),
            Replace(SPLIT_HEAD, split_head, _has_separator),
            Translate(FOLD_TABLE),
            Replace(LEET_WORD, leet_word, LEET_NEXT_TO_LETTER.search),
            Replace(MASKED_WORD, unmasked, has_mask),
            Replace(MASK_RUN, star, has_mask),
            # A run made one star is a new masked word (`qu**d` to `qu*d`): read it too, so
            # that the view of a view is itself.
            Replace(MASKED_WORD, unmasked, has_mask),
            Replace(LOOSE_MASKS, loose_mask, has_mask),
            Translate(SYMBOLS_TO_SPACE),
            # Last, once every symbol is a space: the gaps that set spelt-out words apart.
            Replace(GAPPED_LETTERS, ungapped, has_gapped_letters),
        )
    ),
    View.COLLAPSED: Recipe(
        (Replace(SINGLE_LETTERS, unspaced),), View.FOLDED, MAYBE_SINGLE_LETTERS.search
    ),
    # Squeezing can leave new runs of single letters (`aa.a.a`): a second round makes the
    # view idempotent.
    View.SQUEEZED: Recipe(
        (
            Replace(LETTER_RUN, squeezed),
            Replace(SINGLE_LETTERS, unspaced),
            Replace(LETTER_RUN, squeezed),
            # Squeezing can make a new masked word (`aa*a` to `a*a`): read, and squeeze again.
            Replace(MASKED_WORD, unmasked, has_mask),
            Replace(LETTER_RUN, squeezed),
        ),
        View.COLLAPSED,
        LONG_LETTER_RUN.search,
    ),
}
# The views made from another view, each from the one before it.
LATER: tuple[View, ...] = tuple(v for v in ORDER if RECIPES[v].after is not None)


def unpadded(view: View, text: str) -> str:
    """The plain or folded view of ``text`` before ``padded``: its recipe's steps in order."""
    for step in RECIPES[view].steps:
        text = step.run(text)
    return text


# ASCII bytes by the role they play in folding: letter, leet digit or symbol, edge-only
# leet (`!`, `|`), mask, separator that may split a word (``SPLIT_HEAD``); anything else
# keeps its own byte, none of these.
FOLD_CLASS = bytes.maketrans(
    b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@$!|*#%-._",
    b"a" * 52 + b"1" * 12 + b"22" + b"333" + b"444",
)


def ascii_fold_changes(data: bytes) -> bool:
    """Whether folding ASCII text can differ from its plain view: leet or masks in a word.

    The byte-class twin of ``LEET_NEXT_TO_LETTER`` plus "any mask character", run as
    substring tests, which cost far less than a regex search per message; and a lone letter
    split from its word (``SPLIT_HEAD``), searched for only where a separator stands between
    two letters (most posts have none: their dots and hyphens stand next to spaces).
    """
    roles = data.translate(FOLD_CLASS)
    if b"3" in roles:
        return True
    if b"a4a" in roles and SPLIT_HEAD_BYTES.search(data):
        return True
    if b"1" not in roles and b"2" not in roles:
        return False
    return b"a1" in roles or b"1a" in roles or b"2a" in roles


def _one_to_one(char: str) -> str:
    """Empty when both tables map the character to exactly one character."""
    return "" if len(char.translate(PLAIN_TABLE)) == len(char.translate(FOLD_TABLE)) == 1 else char


# Deletes every character that PLAIN_TABLE and FOLD_TABLE both map to one character.
NOT_ONE_TO_ONE = _Table(_one_to_one)


def one_to_one(text: str) -> tuple[str, str] | None:
    """The plain and folded views before padding, when both keep one character per character.

    Most posts qualify (all of ASCII but ``f**k``-style mask runs and split words such as
    ``k-ike`` or ``e-mail``; accents, confusables and emoji too). Their view offsets then map to
    the original by counting words, with no offset table; None sends a post to the general path.
    """
    if text.isascii():
        data = text.encode()
        plain = data.translate(PLAIN_BYTES).decode()
        if not ascii_fold_changes(data) and not has_gapped_letters(plain):
            return plain, plain
    elif text.translate(NOT_ONE_TO_ONE):
        return None
    else:
        plain = unpadded(View.PLAIN, text)
    folded = unpadded(View.FOLDED, text)
    return (plain, folded) if len(folded) == len(text) else None


def padded(pre: str) -> str:
    """A view from its unpadded form: runs of spaces made one, one space at each end."""
    words = pre.split()
    return " " + " ".join(words) + " " if words else " "


def later(view: View, base: str) -> str | None:
    """A collapsed or squeezed view made from the text of its ``after`` view; None when that
    text does not call for it (it would equal ``base``, or squeeze only pairs)."""
    recipe = RECIPES[view]
    if recipe.shown is not None and not recipe.shown(base):
        return None
    for step in recipe.steps:
        base = step.run(base)
    return base


def more_views(folded: str) -> dict[View, str]:
    """The views made from a folded view (collapsed, squeezed) that its text calls for.

    A collapsed view not called for equals the folded one, so the next view starts from it.
    """
    views: dict[View, str] = {}
    current = folded
    for view in LATER:
        made = later(view, current)
        if made is not None:
            views[view] = current = made
    return views


def collapsed(folded: str) -> str:
    """The collapsed view of a folded view (the folded view itself when it calls for none)."""
    made = later(View.COLLAPSED, folded)
    return folded if made is None else made


def build(text: str) -> dict[View, str]:
    """Every view of ``text`` that applies; collapsed and squeezed only when they differ."""
    pres = one_to_one(text)
    if pres is None:
        plain = padded(unpadded(View.PLAIN, text))
        folded = padded(unpadded(View.FOLDED, text))
    else:
        plain = padded(pres[0])
        folded = plain if pres[1] == pres[0] else padded(pres[1])
    return {View.PLAIN: plain, View.FOLDED: folded, **more_views(folded)}
