"""Compile a rule set once into one matcher and check posts against it."""

from __future__ import annotations

from collections.abc import Callable

from bot.core.errors import RuleError, RuleErrors
from bot.core.matcher import Match, Matcher, view_mask
from bot.core.normalize import LONG_LETTER_RUN, View, build, more_views, one_to_one, padded
from bot.core.offsets import (
    SteppedView,
    ViewText,
    build_mapped,
    simple_span,
    stepped_view,
    view_of,
)
from bot.core.post import Post
from bot.core.rules import Rule, RuleSet, Scope
from bot.core.scorer import Scoring
from bot.core.verdict import Hit, Verdict

__all__ = ["Engine", "in_scope"]

SpanOf = Callable[[Match], tuple[int, int]]
_BOTH = view_mask(View.PLAIN, View.FOLDED)
_PLAIN = view_mask(View.PLAIN)
_FOLDED = view_mask(View.FOLDED)
_VIEW_NAMES = {view: view.value for view in View}


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
        self._heads = [(r.guideline, r.id, r.action, r.mode, r.severity) for r in self._rules]
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
        """Every rule hit in one text, ignoring scope; one hit per rule and place."""
        return self.scoring.apply(text, field, self._term_hits(text, field))

    def _term_hits(self, text: str, field: str) -> list[Hit]:
        """The hits of words and regexes, before any score condition."""
        pres = one_to_one(text)
        if pres is None:
            return self._check_views(text, build(text), _MappedSpans(text), field)
        plain_pre, folded_pre = pres
        plain = padded(plain_pre)
        folded = plain if folded_pre == plain_pre else padded(folded_pre)
        scans = [(plain, _BOTH)] if folded is plain else [(plain, _PLAIN), (folded, _FOLDED)]
        found: list[list[Match]] = []
        for view_text, mask in scans:
            matches, needs_more = self._matcher.scan_view(view_text, view_text.encode(), mask)
            found.append(matches)
        if not needs_more and not any(found):
            return []
        simple = {View.PLAIN: (plain, plain_pre), View.FOLDED: (folded, folded_pre)}
        spans = _MappedSpans(text, simple)
        hits: list[Hit] = []
        for matches in found:
            if matches:
                hits.extend(self._hits(text, matches, field, hits, spans.span))
        if not needs_more:
            return hits
        # The folded view has runs of single or repeated letters: the collapsed and squeezed
        # views come into play (``needs_more`` is the folded view's, scanned last).
        extra = more_views(folded)
        if plain in extra.values():
            # The general path would scan the two as one text; rare enough to redo it all.
            views = {View.PLAIN: plain, View.FOLDED: folded, **extra}
            return self._check_views(text, views, spans, field)
        return self._check_views(text, extra, spans, field, hits)

    def _check_views(
        self,
        text: str,
        views: dict[View, str],
        spans: _MappedSpans,
        field: str,
        hits: list[Hit] | None = None,
    ) -> list[Hit]:
        """Scan each distinct view text once, in view order, and map its matches after
        ``hits`` (the hits of views already scanned), dropping repeats of them."""
        by_text: dict[str, list[View]] = {}
        for view, view_text in views.items():
            by_text.setdefault(view_text, []).append(view)
        hits = [] if hits is None else hits
        for view_text, sharing in by_text.items():
            matches = self._matcher.scan(view_text, sharing)
            if matches:
                hits.extend(self._hits(text, matches, field, hits, spans.span))
        return hits

    def _hits(
        self, text: str, matches: list[Match], field: str, seen: list[Hit], span: SpanOf
    ) -> list[Hit]:
        """Map matches back to the original text, dropping repeats of an earlier hit."""
        out: list[Hit] = []
        heads = self._heads
        for match in matches:
            start, end = span(match)
            if match.view is View.SQUEEZED and not _elongated(text[start:end]):
                continue
            guideline, rule_id, action, mode, severity = heads[match.rule]
            if (seen or out) and (
                _repeats(seen, rule_id, start, end) or _repeats(out, rule_id, start, end)
            ):
                continue
            out.append(
                Hit(
                    guideline,
                    rule_id,
                    action,
                    mode,
                    severity,
                    text[start:end],
                    (start, end),
                    _VIEW_NAMES[match.view],
                    field,
                )
            )
        return out

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

    ``simple`` holds the plain and folded views made by ``padded`` from a
    one-character-per-character form: those map by counting words, and the collapsed and
    squeezed views through the regions their steps replaced; no offset tables.
    """

    def __init__(self, text: str, simple: dict[View, tuple[str, str]] | None = None) -> None:
        self._text = text
        self.simple = simple or {}
        self._mapped: dict[View, ViewText | SteppedView] = {}

    def span(self, match: Match) -> tuple[int, int]:
        simple = self.simple.get(match.view)
        if simple is not None:
            return simple_span(*simple, match.start, match.end)
        mapped = self._mapped.get(match.view)
        if mapped is None:
            folded = self.simple.get(View.FOLDED)
            mapped = self._mapped[match.view] = (
                build_mapped(self._text, match.view)
                if folded is None
                else stepped_view(match.view, *folded)
            )
        return mapped.original_span(match.start, match.end)


def _repeats(hits: list[Hit], rule_id: str, start: int, end: int) -> bool:
    """Whether one of ``hits`` is the same rule at an overlapping place."""
    return any(h.rule == rule_id and h.span[0] < end and start < h.span[1] for h in hits)


def _elongated(original: str) -> bool:
    """A squeezed-view hit counts only where the writer stretched a letter (``fuuuck``)."""
    return bool(LONG_LETTER_RUN.search(view_of(original, View.FOLDED)))


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
