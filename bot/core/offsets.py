"""Views with, for each character, the span of original text it stands for.

``build_mapped`` is the reference pipeline: every step of ``normalize.RECIPES`` run while
carrying offsets; a property test keeps ``normalize.build`` equal to it. Posts on the engine's
fast path (one character per character) map without tables: ``simple_span`` counts words, and
``stepped_view`` follows the regions the joining and squeezing steps replaced. Counting words
costs the length of the text per span, so ``WordMap`` builds one table instead once a view has
more than a few matches. Property tests hold all of them to ``build_mapped``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, compress, repeat

from bot.core.normalize import (
    LATER,
    ORDER,
    RECIPES,
    Replace,
    Step,
    Translate,
    View,
    one_to_one,
    padded,
)

__all__ = [
    "SteppedView",
    "ViewText",
    "WordMap",
    "build_mapped",
    "simple_span",
    "stepped_view",
    "view_of",
    "views_of",
]


@dataclass(frozen=True, slots=True)
class ViewText:
    """A view's text with, for each of its characters, the original span it stands for."""

    view: View
    text: str
    starts: Sequence[int]
    ends: Sequence[int]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a view span (end exclusive, non-empty, within the padding) to the original."""
        return self.starts[start], self.ends[end - 1]


def view_of(text: str, view: View) -> str:
    """One view of ``text`` with every step applied, whether or not it changes anything."""
    return build_mapped(text, view).text


def views_of(term: str) -> Iterator[tuple[View, str]]:
    """Each view of a rule term, unpadded: the key an automaton looks for in that view."""
    pres = one_to_one(term)
    if pres is None:
        for view in ORDER:
            yield view, view_of(term, view).strip()
        return
    folded = padded(pres[1])
    yield View.PLAIN, padded(pres[0]).strip()
    yield View.FOLDED, folded.strip()
    for view in LATER:
        yield view, stepped_view(view, folded, pres[1]).text.strip()


@dataclass(slots=True)
class _Mapped:
    text: str
    starts: list[int]
    ends: list[int]

    def translate(self, table: dict[int, str]) -> _Mapped:
        """The text through ``table``, each character's offsets repeated as many times as
        it has output characters; C-level throughout."""
        text = self.text.translate(table)
        if self.text.isascii():
            # One character in, one out (every table maps ASCII that way): offsets stay.
            return _Mapped(text, self.starts, self.ends)
        lengths = self.text.translate(_output_lengths(table)).encode("latin-1")
        if lengths.count(1) == len(lengths):
            return _Mapped(text, self.starts, self.ends)
        starts = list(chain.from_iterable(map(repeat, self.starts, lengths)))
        ends = list(chain.from_iterable(map(repeat, self.ends, lengths)))
        return _Mapped(text, starts, ends)

    def sub(self, pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str]) -> _Mapped:
        text: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        last = 0
        for match in pattern.finditer(self.text):
            a, b = match.span()
            text.append(self.text[last:a])
            starts.extend(self.starts[last:a])
            ends.extend(self.ends[last:a])
            out = repl(match)
            text.append(out)
            if a < b:
                starts.extend(_spread(self.starts[a:b], len(out)))
                ends.extend(_spread(self.ends[a:b], len(out), tail=True))
            last = b
        text.append(self.text[last:])
        starts.extend(self.starts[last:])
        ends.extend(self.ends[last:])
        return _Mapped("".join(text), starts, ends)

    def padded(self, length: int) -> _Mapped:
        """Runs of spaces made one space, ends trimmed, one space of padding each side.

        C-level throughout: extra spaces are marked, the marks become a byte mask, and
        ``itertools.compress`` keeps the offsets of what stays.
        """
        lead = len(self.text) - len(self.text.lstrip(" "))
        trail = len(self.text.rstrip(" "))
        if lead >= trail:
            return _Mapped(" ", [0], [length])
        marked = EXTRA_SPACE.sub("\x00", self.text[lead:trail])
        keep = marked.translate(KEEP_MASK).encode("latin-1")
        starts = list(compress(self.starts[lead:trail], keep))
        ends = list(compress(self.ends[lead:trail], keep))
        text = " " + marked.replace("\x00", "") + " "
        return _Mapped(text, [starts[0], *starts, ends[-1]], [starts[0], *ends, ends[-1]])


# A space followed by another: ``padded`` drops it.
EXTRA_SPACE = re.compile(r" (?= )")


class _KeepMask(dict[int, str]):
    """A ``str.translate`` table marking what stays: NUL (a dropped space) to 0, the rest to 1."""

    def __missing__(self, code: int) -> str:
        value = self[code] = "\x00" if code == 0 else "\x01"
        return value


KEEP_MASK = _KeepMask()


class _Lengths(dict[int, str]):
    """A ``str.translate`` table from a character to how many characters ``table`` makes of
    it (as a code point), filled as characters are met."""

    def __init__(self, table: dict[int, str]) -> None:
        super().__init__()
        self._table = table

    def __missing__(self, code: int) -> str:
        value = chr(len(chr(code).translate(self._table)))
        self[code] = value
        return value


_LENGTHS: dict[int, _Lengths] = {}


def _output_lengths(table: dict[int, str]) -> _Lengths:
    """The lengths table of a translation table (the module's tables live for good)."""
    lengths = _LENGTHS.get(id(table))
    if lengths is None:
        lengths = _LENGTHS[id(table)] = _Lengths(table)
    return lengths


def _spread(values: list[int], count: int, *, tail: bool = False) -> list[int]:
    """Offsets for ``count`` characters replacing ``values``: equal length maps one to one."""
    if count == len(values):
        return list(values)
    return [values[-1] if tail else values[0]] * count


def _mapped_step(m: _Mapped, step: Step) -> _Mapped:
    """One step of a recipe, carrying offsets."""
    if isinstance(step, Translate):
        return m.translate(step.table)
    return m.sub(step.pattern, step.repl) if step.applies(m.text) else m


def _mapped(text: str, view: View) -> _Mapped:
    """``view`` of ``text`` by its recipe, every step applied, with each character's offsets."""
    recipe = RECIPES[view]
    if recipe.after is None:
        m = _Mapped(text, list(range(len(text))), list(range(1, len(text) + 1)))
    else:
        m = _mapped(text, recipe.after)
    for step in recipe.steps:
        m = _mapped_step(m, step)
    return m.padded(len(text)) if recipe.after is None else m


def build_mapped(text: str, view: View) -> ViewText:
    """One view of ``text`` with the original span of each character, carried through every
    step (run on hits of posts off the fast path, and as the reference in tests)."""
    m = _mapped(text, view)
    return ViewText(view, m.text, m.starts, m.ends)


def simple_span(view: str, pre: str, start: int, end: int) -> tuple[int, int]:
    """The original span of a view span, for a view made by ``normalize.padded(pre)``.

    ``pre`` has one character per original character and the view keeps its words as they
    are, so a view character is found in the original by counting words: no offset table.
    The span must start and end on a word character, as matches do.
    """
    first = _simple_original(view, pre, start)
    if view.find(" ", start, end) < 0:
        return first, first + end - start
    return first, _simple_original(view, pre, end - 1) + 1


def _simple_original(view: str, pre: str, at: int) -> int:
    """Where the word character at ``at`` of the view stands in ``pre`` and the original."""
    word = view.count(" ", 0, at) - 1
    into_word = at - view.rfind(" ", 0, at) - 1
    return len(pre) - len(pre.split(None, word)[-1]) + into_word


# Spans a WordMap maps by counting words before it builds its table: a table costs about as
# much as counting words for a dozen spans, and most posts have one or two.
_COUNTED_SPANS = 12


class WordMap:
    """Original spans of a view made by ``normalize.padded(pre)`` (``pre`` one to one).

    The first few spans are found by counting words; after that one table of every view
    character's original position, so a view with many matches maps in linear time.
    """

    __slots__ = ("_left", "_table", "pre", "view")

    def __init__(self, view: str, pre: str) -> None:
        self.view = view
        self.pre = pre
        self._left = _COUNTED_SPANS
        self._table: list[int] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of a view span that starts and ends on a word character."""
        table = self._table
        if table is None:
            if self._left:
                self._left -= 1
                return simple_span(self.view, self.pre, start, end)
            table = self._table = _positions(self.pre)
        return table[start], table[end - 1] + 1


def _positions(pre: str) -> list[int]:
    """The original position of each character of ``padded(pre)``; C-level throughout."""
    lead = len(pre) - len(pre.lstrip(" "))
    trail = len(pre.rstrip(" "))
    if lead >= trail:
        return [0]
    keep = EXTRA_SPACE.sub("\x00", pre[lead:trail]).translate(KEEP_MASK).encode("latin-1")
    inner = list(compress(range(lead, trail), keep))
    return [inner[0], *inner, inner[-1]]


@dataclass(frozen=True, slots=True)
class _Step:
    """What one substitution replaced: each region's span in its input and in its output."""

    ins: tuple[tuple[int, int], ...]
    outs: tuple[tuple[int, int], ...]
    out_starts: tuple[int, ...]

    def back(self, at: int, *, tail: bool) -> int:
        """The input position of output position ``at``; inside a region that changed length,
        its first character (its last, for the ``tail`` of a span), as ``_spread`` does."""
        i = bisect_right(self.out_starts, at) - 1
        if i < 0:
            return at
        (in_start, in_end), (out_start, out_end) = self.ins[i], self.outs[i]
        if at >= out_end:
            return at + in_end - out_end
        if in_end - in_start == out_end - out_start:
            return in_start + at - out_start
        return in_end - 1 if tail else in_start


def _stepped_sub(
    text: str, pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str]
) -> tuple[str, _Step]:
    """``pattern.sub(repl, text)``, keeping the regions it replaced."""
    parts: list[str] = []
    ins: list[tuple[int, int]] = []
    outs: list[tuple[int, int]] = []
    last = size = 0
    for match in pattern.finditer(text):
        a, b = match.span()
        new = repl(match)
        parts += (text[last:a], new)
        size += a - last
        ins.append((a, b))
        outs.append((size, size + len(new)))
        size += len(new)
        last = b
    parts.append(text[last:])
    return "".join(parts), _Step(tuple(ins), tuple(outs), tuple(o[0] for o in outs))


@dataclass(frozen=True, slots=True)
class SteppedView:
    """The collapsed or squeezed view of a post whose folded view maps by counting words.

    Spans map back through the regions each joining or squeezing step replaced, then into
    the original by counting words: the same spans as ``build_mapped``, without its tables.
    """

    view: View
    text: str
    words: WordMap
    steps: tuple[_Step, ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a view span that starts and ends on word characters to the original."""
        first, last = start, end - 1
        for step in reversed(self.steps):
            first, last = step.back(first, tail=False), step.back(last, tail=True)
        return self.words.span(first, last + 1)


def stepped_view(
    view: View, folded: str, folded_pre: str, words: WordMap | None = None
) -> SteppedView:
    """The collapsed or squeezed view of the folded view ``folded`` (``padded(folded_pre)``);
    ``words`` maps the folded view, shared with whoever else maps it."""
    steps: list[Step] = []
    at = view
    while (recipe := RECIPES[at]).after is not None:
        steps[:0] = recipe.steps
        at = recipe.after
    text, done = folded, []
    for step in steps:
        if not isinstance(step, Replace):
            raise TypeError(f"{view} view: a step after the folded view must be a Replace")
        if step.applies(text):
            text, stepped = _stepped_sub(text, step.pattern, step.repl)
            done.append(stepped)
    return SteppedView(view, text, words or WordMap(folded, folded_pre), tuple(done))
