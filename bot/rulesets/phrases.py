"""Parse phrase patterns over words and compile them to RE2 regexes on the padded view text.

A pattern is words separated by spaces, with ``{class}`` for any member of a word class,
``(a|b c)`` for alternatives, ``?`` after an item for an optional one, ``...`` for a gap of up
to three words and ``..N`` for up to N, and ``*`` at either end of a word for the rest of it.
Each item compiles to a regex ending in one space, so items chain on the view's word
boundaries (views are single-spaced and padded), and a whole phrase is ``" "`` plus its items.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import islice

from bot.core.normalize import View
from bot.core.offsets import views_of

__all__ = [
    "CLASS_NAME",
    "MAX_GAP",
    "ClassRef",
    "ClassRegex",
    "Gap",
    "Group",
    "Maybe",
    "Node",
    "PhraseError",
    "Seq",
    "Word",
    "class_refs",
    "fragment",
    "is_plain",
    "parse",
    "phrase_regex",
    "trailing",
]

MAX_GAP = 16
CLASS_NAME = re.compile(r"[a-z][a-z0-9_-]*")
_TOKEN = re.compile(
    r"(?P<space>\s+)|(?P<open>\()|(?P<close>\))|(?P<bar>\|)|(?P<maybe>\?)"
    r"|(?P<cls>\{[^{}\s]*\})|(?P<gap>\.\.(?:\.|\d+))(?=[\s)|?]|$)|(?P<word>[^\s(){}|?]+)"
)
_PLAIN = re.compile(r"[\w' .-]+")
_ANY_WORD = "[^ ]*"


# The views a phrase word is spelt in, the first two ``views_of`` yields.
_PHRASE_VIEWS = (View.PLAIN, View.FOLDED)


@cache
def _word_forms(core: str) -> tuple[str, ...]:
    """A word's plain and folded spellings; cached, since class members recur in many phrases.

    ``views_of`` yields the plain and folded views first, so the later views, which phrases
    never read, are not built.
    """
    keys = islice(views_of(core), len(_PHRASE_VIEWS))
    return tuple(dict.fromkeys(key for view, key in keys if view in _PHRASE_VIEWS and key))


class PhraseError(ValueError):
    """A pattern that cannot compile; the message says what and where in the pattern."""


@dataclass(frozen=True, slots=True)
class Word:
    """A word (or words, as ``don't`` is ``don t`` in the views) in each view's spelling."""

    forms: tuple[str, ...]
    wild_left: bool = False
    wild_right: bool = False


@dataclass(frozen=True, slots=True)
class ClassRef:
    """``{name}``: any member of a word class."""

    name: str


@dataclass(frozen=True, slots=True)
class Group:
    """``(a|b c)``: one of several word sequences."""

    alternatives: tuple[tuple[Node, ...], ...]


@dataclass(frozen=True, slots=True)
class Maybe:
    """``item?``: the item or nothing."""

    item: Node


@dataclass(frozen=True, slots=True)
class Gap:
    """``...`` or ``..N``: up to ``most`` words of anything."""

    most: int


Node = Word | ClassRef | Group | Maybe | Gap
Seq = tuple[Node, ...]
ClassRegex = Callable[[str, bool], str]


def is_plain(text: str) -> bool:
    """Whether a pattern is plain words (no classes, groups, gaps, options or wildcards)."""
    return bool(_PLAIN.fullmatch(text)) and ".." not in text


# A pattern recurs across rules and files (a shared class's members are read for each file
# that uses it), and its items are immutable: each is parsed once.
@lru_cache(maxsize=16384)
def parse(text: str) -> Seq:
    """The pattern's items; PhraseError when it is malformed or matches no word at all."""
    parser = _Parser(text)
    seq = parser.alternatives()
    if _empty_ok(seq):
        raise PhraseError(f"{text!r} matches no word at all: make one word or class required")
    if isinstance(seq[0], Gap) or isinstance(seq[-1], Gap):
        raise PhraseError(f"{text!r} starts or ends with a gap, which matches nothing useful")
    return seq


def class_refs(seq: Seq) -> list[str]:
    """The class names a pattern uses, in order."""
    names: list[str] = []
    for node in seq:
        inner = node.item if isinstance(node, Maybe) else node
        if isinstance(inner, ClassRef):
            names.append(inner.name)
        elif isinstance(inner, Group):
            for alternative in inner.alternatives:
                names += class_refs(alternative)
    return names


def phrase_regex(seq: Seq, classes: ClassRegex) -> str:
    """The regex for a whole phrase on a padded view: a boundary space, then the items."""
    return " " + trailing(seq, classes)


def trailing(seq: Seq, classes: ClassRegex) -> str:
    """A sequence as a regex in which every word is followed by its space."""
    return "".join(_trailing(node, classes) for node in seq)


def fragment(seq: Seq, classes: ClassRegex) -> str:
    """A sequence as a regex without the space after its last word, for ``regex`` entries."""
    last = seq[-1]
    if isinstance(last, Maybe):
        head = seq[:-1]
        inner = fragment((last.item,), classes)
        if not head:
            return f"(?:{inner})?"
        return f"(?:{fragment(head, classes)}|{trailing(head, classes)}{inner})"
    if isinstance(last, Gap) and len(seq) > 1:
        return f"{fragment(seq[:-1], classes)}(?: [^ ]+){{0,{last.most}}}"
    return trailing(seq[:-1], classes) + _bare(last, classes)


def _escape(text: str) -> str:
    """A view's text as an RE2 literal (letters, digits and spaces stay as they are)."""
    out = []
    for char in text:
        if char.isalnum() or char == " ":
            out.append(char)
        elif char.isascii():
            out.append("\\" + char)
        else:
            out.append(f"\\x{{{ord(char):x}}}")
    return "".join(out)


def _trailing(node: Node, classes: ClassRegex) -> str:
    """One item as a regex that ends with the space after its last word (or matches nothing)."""
    if isinstance(node, Gap):
        return f"(?:[^ ]+ ){{0,{node.most}}}"
    if isinstance(node, Maybe):
        return f"(?:{_trailing(node.item, classes)})?"
    if isinstance(node, ClassRef):
        return classes(node.name, True)
    if isinstance(node, Group):
        return _either(trailing(alt, classes) for alt in node.alternatives)
    return _word(node) + " "


def _bare(node: Node, classes: ClassRegex) -> str:
    """An item with no space after it (a Maybe or Gap never reaches here: see fragment)."""
    if isinstance(node, ClassRef):
        return classes(node.name, False)
    if isinstance(node, Group):
        return _either(fragment(alt, classes) for alt in node.alternatives)
    if isinstance(node, Word):
        return _word(node)
    raise PhraseError("a gap or option cannot be the whole of an alternative")


@lru_cache(maxsize=32768)  # the shipped rules write out 12,935: room for more
def _word(word: Word) -> str:
    """A word in any of its view spellings, wildcard ends as the rest of the word; the same
    words recur in many phrases and classes, so each is written out once."""
    left = _ANY_WORD if word.wild_left else ""
    right = _ANY_WORD if word.wild_right else ""
    return _either(f"{left}{_escape(form)}{right}" for form in word.forms)


def _either(options: Iterable[str]) -> str:
    """One of the regexes, repeats dropped; no group around a single one."""
    items = list(dict.fromkeys(options))
    return items[0] if len(items) == 1 else "(?:" + "|".join(items) + ")"


def _empty_ok(seq: Seq) -> bool:
    """Whether the sequence can match no words at all."""
    return all(_node_empty_ok(node) for node in seq)


def _node_empty_ok(node: Node) -> bool:
    """Whether one item can match no words at all."""
    if isinstance(node, Maybe | Gap):
        return True
    if isinstance(node, Group):
        return any(_empty_ok(alt) for alt in node.alternatives)
    return False


class _Parser:
    """A recursive-descent parser over the pattern's tokens."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens: list[tuple[str, str, int]] = []
        for match in _TOKEN.finditer(text):
            kind = match.lastgroup or "word"
            if kind != "space":
                self.tokens.append((kind, match.group(), match.start()))
        self.at = 0

    def fail(self, message: str, offset: int | None = None) -> PhraseError:
        """An error naming the character it was found at and the whole pattern."""
        where = f" at character {offset + 1}" if offset is not None else ""
        return PhraseError(f"{message}{where} of {self.text!r}")

    def alternatives(self, opened: int | None = None) -> Seq:
        """Sequences separated by ``|``, up to the ``)`` closing the ``(`` at ``opened``, or
        to the end of the pattern when ``opened`` is None."""
        top = opened is None
        start = self.tokens[self.at][2] if self.at < len(self.tokens) else len(self.text)
        options = [self.sequence()]
        while self.at < len(self.tokens) and self.tokens[self.at][0] == "bar":
            self.at += 1
            options.append(self.sequence())
        if self.at < len(self.tokens):
            if top:
                raise self.fail("')' without a matching '('", self.tokens[self.at][2])
        elif not top:
            raise self.fail("'(' is never closed", opened)
        if any(not option for option in options):
            raise self.fail("empty alternative (nothing between '(', '|' and ')')", start)
        if len(options) > 1 and any(_empty_ok(option) for option in options):
            # "(targets?|pickings)" reads as "targets" or nothing, so the group matches nothing
            # too: '?' makes the whole word before it optional, not its last letter.
            message = (
                "an alternative that can match no word makes the whole group optional"
                " ('word?' makes the word optional, not its last letter: write (word|words),"
                " or put '?' after the group)"
            )
            raise self.fail(message, start)
        return options[0] if len(options) == 1 else (Group(tuple(options)),)

    def sequence(self) -> Seq:
        """Items up to a ``|``, a ``)`` or the end."""
        items: list[Node] = []
        while self.at < len(self.tokens):
            kind, value, offset = self.tokens[self.at]
            if kind in ("bar", "close"):
                break
            self.at += 1
            if kind == "maybe":
                items.append(self.maybe(items, offset))
                continue
            node = self.item(kind, value, offset)
            if isinstance(node, Gap) and items and isinstance(items[-1], Gap):
                raise self.fail("two gaps in a row", offset)
            items.append(node)
        return tuple(items)

    def maybe(self, items: list[Node], offset: int) -> Node:
        """The last item made optional by the ``?`` at ``offset``."""
        if not items or isinstance(items[-1], Gap | Maybe):
            raise self.fail("'?' must follow a word, class or group", offset)
        return Maybe(items.pop())

    def item(self, kind: str, value: str, offset: int) -> Node:
        """One group, class reference, gap or word, from its first token."""
        if kind == "open":
            inner = self.alternatives(offset)
            self.at += 1  # the ')'
            return inner[0] if len(inner) == 1 else Group((inner,))
        if kind == "cls":
            name = value[1:-1]
            if not CLASS_NAME.fullmatch(name):
                message = f"class name {value!r} must be lowercase letters, digits, - or _"
                raise self.fail(message, offset)
            return ClassRef(name)
        if kind == "gap":
            most = 3 if value == "..." else int(value[2:])
            if not 1 <= most <= MAX_GAP:
                raise self.fail(f"gap {value!r} must allow 1 to {MAX_GAP} words", offset)
            return Gap(most)
        return self.word(value, offset)

    def word(self, value: str, offset: int) -> Word:
        """A word token in the spellings of the plain and folded views."""
        wild_left, wild_right = value.startswith("*"), value.endswith("*")
        core = value.strip("*")
        forms = _word_forms(core)
        if not core or not forms:
            raise self.fail(f"{value!r} has no letters or digits", offset)
        return Word(forms, wild_left, wild_right)
