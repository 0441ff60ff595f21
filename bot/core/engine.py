"""Compile a rule set once into one matcher and check posts against it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Literal

from bot.core.bidi import displayed
from bot.core.cancels import Cancels
from bot.core.errors import RuleError, RuleErrors
from bot.core.guards import unguarded
from bot.core.matcher import Match, Matcher, Scan, view_mask
from bot.core.normalize import ORDER, View, build, has_mask, more_views, one_to_one, padded
from bot.core.offsets import SteppedView, ViewText, WordMap, build_mapped, stepped_view
from bot.core.places import Head, Places
from bot.core.post import Post
from bot.core.readings import Readings
from bot.core.rules import Rule, RuleSet, Scope
from bot.core.scorer import Scoring
from bot.core.sentences import Sentences
from bot.core.verdict import Hit, Verdict
from bot.core.word_cuts import uncut

__all__ = ["Engine", "in_scope"]

_BOTH = view_mask(View.PLAIN, View.FOLDED)
_PLAIN = view_mask(View.PLAIN)
_FOLDED = view_mask(View.FOLDED)
_Found = tuple[Scan, "_MappedSpans | _AsWritten"]
# What a text with a ``stored`` map is to the checked text: shown in display order, or read.
_Stored = Literal["displayed", "read"]
# The text as each readings read it (with each character's index in it), None if unread.
_Reads = dict[Readings, tuple[str, list[int]] | None]


class Engine:
    """A compiled rule set. Building raises RuleErrors for regexes RE2 rejects or empty terms.

    ``check`` is pure and synchronous, keeps no per-call state on the instance, and so is safe
    to call from many tasks.
    """

    def __init__(self, ruleset: RuleSet) -> None:
        self.ruleset = ruleset
        self._rules: tuple[Rule, ...] = ruleset.rules
        self._by_id = {rule.id: rule for rule in self._rules}
        # What every hit of a rule carries, looked up once per hit rather than field by field.
        self._heads: list[Head] = [
            (r.guideline, r.id, r.action, r.mode, r.severity, r.also) for r in self._rules
        ]
        self._quoted = frozenset(i for i, r in enumerate(self._rules) if r.unless_quoted)
        # Per readings (one per readings file, most sets have one or none), the rules that also
        # match the text as read.
        reading: dict[Readings, set[int]] = {}
        for index, rule in enumerate(self._rules):
            if rule.readings is not None:
                reading.setdefault(rule.readings, set()).add(index)
        self._readings = [(readings, frozenset(rules)) for readings, rules in reading.items()]
        self._matcher = Matcher(self._rules)
        if self._matcher.errors:
            raise RuleErrors(self._matcher.errors)
        self.scoring = Scoring(self._rules)

    def check(self, post: Post) -> Verdict:
        """Match title and text, keeping only hits whose rule scope covers the post."""
        hits = self.check_text(post.title, "title") if post.title else []
        hits += self.check_text(post.text)
        kept = tuple(h for h in hits if in_scope(self._by_id[h.rule].scope, post))
        return Verdict(post, kept)

    def check_text(self, text: str, field: str = "text") -> list[Hit]:
        """Every rule hit in one text, ignoring scope: one hit per rule and place, at most
        ``places.LISTED`` listed per rule, then as the text displays where bidi controls
        reorder it (spans still index ``text``); score conditions applied last."""
        pres = one_to_one(text)
        reads = {readings: readings.read(text) for readings, _ in self._readings}
        found = self._term_hits(text, field, pres, reads)
        # Term hits carry their rule's ``also`` from the start, score-only hits as they are made.
        return self.scoring.apply(text, field, found, pres, reads)

    def scores(self, text: str) -> dict[str, float]:
        """Every model's score of ``text`` (``Scoring.scores``), as read too where rules read."""
        reads = {readings: readings.read(text) for readings, _ in self._readings}
        return self.scoring.scores(text, reads)

    def _term_hits(
        self, text: str, field: str, pres: tuple[str, str] | None, reads: _Reads
    ) -> list[Hit]:
        """The hits of words, regexes and phrases, before any score condition (``pres`` is
        ``one_to_one(text)``, ``reads`` the text as each readings read it)."""
        sentences = Sentences(text)
        found = self._scans(text, pres, sentences=sentences)
        symbols = self._matcher.symbol_scan(text)
        if symbols is not None:
            found.append((symbols, _AS_WRITTEN))
        # Bidi controls are format characters, which views drop: such text is never one to one.
        shown = displayed(text) if pres is None else None
        if shown is not None:
            found += self._scans(shown[0], one_to_one(shown[0]), shown[1])
        for readings, rules in self._readings:
            read = reads[readings]
            if read is not None:
                found += self._read_scans(read, rules)
        return self._placed(text, field, found, sentences) if _any_match(found) else []

    def _read_scans(self, read: tuple[str, list[int]], rules: frozenset[int]) -> list[_Found]:
        """The scans of a text as its readings read it, keeping only the matches (and counts)
        of the rules that read it; spans map to the words as written."""
        text, stored = read
        found = []
        for scan, spans in self._scans(text, one_to_one(text), stored, Sentences(text), "read"):
            matches = [m for m in scan.matches if m.rule in rules]
            counted = {rule: n for rule, n in scan.counted.items() if rule in rules}
            found.append((scan._replace(matches=matches, counted=counted), spans))
        return found

    def _placed(
        self, text: str, field: str, found: list[_Found], sentences: Sentences
    ) -> list[Hit]:
        """The hits of the scans, each view's guards applied, one per rule and place."""
        places = Places(text, field, self._heads, self._quoted)
        # Per text (its spans), the heavier views' cancels, by view order (``cancels``), of
        # the rules some view matched.
        heavier: dict[int, list[tuple[int, Cancels]]] = {}
        hit = {m.rule for scan, _ in found for m in scan.matches}
        for scan, spans in found:
            if scan.view is not View.PLAIN and spans.ordered and (scan.allowed or scan.guards):
                cancels = Cancels(scan, spans, text, sentences, hit)
                heavier.setdefault(id(spans), []).append((_ORDER[scan.view], cancels))
        for scan, spans in found:
            matches = scan.matches
            if scan.guards is not None and matches:
                # A displayed text's spans do not keep their order: its guards stay whole.
                span = spans.span if spans.ordered else None
                matches = unguarded(matches, scan.guards, span, sentences)
            for order, cancels in heavier.get(id(spans), ()):
                if order > _ORDER[scan.view]:
                    matches = cancels.cancel(matches)
            if (
                scan.view is View.PLAIN
                and matches
                and spans.ordered
                and (scan.needs_more or has_mask(text))
            ):
                # Pieces of a word written in pieces (`g*ass`, `c.h.e.e.r.f.u.l`) are none.
                matches = uncut(matches, spans.span, text)
            places.add(matches, spans, scan.counted)
        return places.hits()

    def _scans(
        self,
        text: str,
        pres: tuple[str, str] | None,
        stored: Sequence[int] | None = None,
        sentences: Sentences | None = None,
        kind: _Stored = "displayed",
    ) -> list[_Found]:
        """The scans of ``text``'s views that matched, in view order, with their span maps.

        ``pres`` is ``one_to_one(text)``; ``stored`` maps the characters of ``text`` into the
        checked text, which ``text`` shows reordered (``displayed``, the default) or read
        (``read``). With ``sentences``, regexes anchored to a text's start only also run
        on each later sentence of the plain and folded views.
        """
        if pres is None:
            spans = _MappedSpans(text, stored=stored, kind=kind)
            return self._scan_views(build(text), spans, sentences)
        plain_pre, folded_pre = pres
        plain = padded(plain_pre)
        folded = plain if folded_pre == plain_pre else padded(folded_pre)
        scan = self._matcher.scan_view
        starts = None if sentences is None else partial(sentences.view_starts, plain_pre)
        if folded is plain:
            found = [scan(plain, plain.encode(), _BOTH, starts)]
        else:
            folded_starts = (
                None if sentences is None else partial(sentences.view_starts, folded_pre)
            )
            found = [
                scan(plain, plain.encode(), _PLAIN, starts),
                scan(folded, folded.encode(), _FOLDED, folded_starts),
            ]
        needs_more = found[-1].needs_more
        if not needs_more and not (found[0].matches or found[-1].matches):
            return []
        simple = {View.PLAIN: WordMap(plain, plain_pre), View.FOLDED: WordMap(folded, folded_pre)}
        spans = _MappedSpans(text, simple, stored, kind)
        extra = more_views(folded) if needs_more else {}
        if plain in extra.values():
            # The general path would scan the two as one text; rare enough to redo it all.
            views = {View.PLAIN: plain, View.FOLDED: folded, **extra}
            return self._scan_views(views, spans, sentences)
        # The folded view has runs of single or repeated letters: the collapsed and squeezed
        # views come into play (``needs_more`` is the folded view's, scanned last).
        return [(scan, spans) for scan in found if _counts(scan)] + self._scan_views(
            extra, spans, sentences
        )

    def _scan_views(
        self, views: dict[View, str], spans: _MappedSpans, sentences: Sentences | None = None
    ) -> list[_Found]:
        """Scan each distinct view text once, in view order; the scans that matched, and a
        heavier view's that cancel (``cancels``). With ``sentences``, each view of
        ``_SENTENCE_VIEWS`` tells the matcher where sentences start, through its offset table
        (built only if a start-anchored regex asks)."""
        by_text: dict[str, list[View]] = {}
        for view, view_text in views.items():
            by_text.setdefault(view_text, []).append(view)
        found: list[_Found] = []
        for view_text, sharing in by_text.items():
            starts = None
            if sentences is not None and sharing[0] in _SENTENCE_VIEWS:
                starts = partial(_mapped_starts, spans.text, sharing[0], view_text, sentences)
            scan = self._matcher.scan_view(
                view_text, view_text.encode(), view_mask(*sharing), starts
            )
            if _counts(scan):
                found.append((scan, spans))
        return found

    def example_failures(self) -> list[RuleError]:
        """Run every rule's examples against the whole compiled set; one error per failure."""
        errors: list[RuleError] = []
        for rule in self._rules:
            for example in rule.examples_match:
                if not any(h.rule == rule.id for h in self.check_text(example)):
                    message = f"example should match but does not: {example!r}"
                    errors.append(RuleError(message, rule.source, rule.id))
            for example in rule.examples_no_match:
                found = [h for h in self.check_text(example) if h.rule == rule.id]
                if found:
                    errors.append(
                        RuleError(
                            f"example should not match but does: {example!r} "
                            f"(matched {found[0].matched!r} in the {found[0].view} view)",
                            rule.source,
                            rule.id,
                        )
                    )
        return errors


class _MappedSpans:
    """Original spans of matches, mapping each view of the text at most once.

    ``simple`` maps the plain and folded views made by ``padded`` from a
    one-character-per-character form, and the collapsed and squeezed views through the
    regions their steps replaced; others get offset tables. ``stored`` maps a displayed
    text's characters back into the stored text (``bidi.displayed``), or a read one's
    (``readings``), whose characters keep their order.
    """

    def __init__(
        self,
        text: str,
        simple: dict[View, WordMap] | None = None,
        stored: Sequence[int] | None = None,
        kind: _Stored = "displayed",
    ) -> None:
        self.text = text
        self.simple = simple or {}
        self.prefix: str = "" if stored is None else kind
        self.ordered = stored is None or kind == "read"
        self._mapped: dict[View, ViewText | SteppedView] = {}
        # The span of a match in the text, or in the stored text where this one is shown;
        # bound once, as it runs per match.
        self.span: Callable[[Match], tuple[int, int]] = (
            self._view_span if stored is None else partial(self._shown_span, stored)
        )

    def _shown_span(self, stored: Sequence[int], match: Match) -> tuple[int, int]:
        start, end = self._view_span(match)
        shown = stored[start:end]
        return min(shown), max(shown) + 1

    def _view_span(self, match: Match) -> tuple[int, int]:
        simple = self.simple.get(match.view)
        if simple is not None:
            return simple.span(match.start, match.end)
        mapped = self._mapped.get(match.view)
        if mapped is None:
            folded = self.simple.get(View.FOLDED)
            mapped = self._mapped[match.view] = (
                build_mapped(self.text, match.view)
                if folded is None
                else stepped_view(match.view, folded.view, folded.pre, folded)
            )
        return mapped.original_span(match.start, match.end)


def _any_match(found: list[_Found]) -> bool:
    return any(scan.matches for scan, _ in found)


def _counts(scan: Scan) -> bool:
    """Whether a scan has matches, or cancels the matches of lighter views (``cancels``)."""
    return bool(scan.matches or scan.allowed or scan.guards)


# The views whose sentences start-anchored regexes run on (``Matcher.scan_view``'s starts):
# not the collapsed one, whose runs of single letters seldom hold a sentence's start.
_SENTENCE_VIEWS = (View.PLAIN, View.FOLDED, View.SQUEEZED)
# Each view's place in ``normalize.ORDER``: a view cancels in the lighter views.
_ORDER = {view: index for index, view in enumerate(ORDER)}


def _mapped_starts(text: str, view: View, view_text: str, sentences: Sentences) -> list[int]:
    """Where later sentences start in a view off the fast path, read off its offset table."""
    mapped = build_mapped(text, view)
    if mapped.text != view_text:
        return []
    return sentences.view_starts_mapped(view_text, mapped.starts)


class _AsWritten:
    """The spans of symbol matches, which are found in the text itself."""

    prefix = ""
    ordered = True

    @staticmethod
    def span(match: Match) -> tuple[int, int]:
        return match.start, match.end


_AS_WRITTEN = _AsWritten()


def in_scope(scope: Scope, post: Post) -> bool:
    """Whether a rule with this scope applies to the post (threads count as their parent)."""
    if scope.exempt_moderators and post.is_moderator:
        return False
    if scope.exempt_roles and scope.exempt_roles & {str(r) for r in post.role_ids}:
        return False
    if not (scope.channels or scope.exclude_channels):
        return True
    places = {
        str(value)
        for value in (
            post.channel_id,
            post.channel_name,
            post.parent_id,
            post.parent_name,
            post.category_id,
            post.category_name,
        )
        if value
    }
    if scope.exclude_channels & places:
        return False
    return not scope.channels or bool(scope.channels & places)
