"""What the engine decides about a post: the hits and the harshest action among them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import NamedTuple

from bot.core.post import Post
from bot.core.rules import ACTION_RANK, Action, Mode

__all__ = ["Hit", "Verdict", "also_note"]


class Hit(NamedTuple):
    """One rule matching one place of a post.

    ``span`` indexes the original ``field`` text (``"text"`` or ``"title"``); ``view`` names
    the normalised view that matched (plain, folded, collapsed, squeezed; ``displayed plain``
    and so on for text checked in the order a bidi override shows it). A rule lists at most
    ``places.LISTED`` places per field; ``more`` counts its further places, on its last listed
    hit. ``also`` names further guidelines the hit counts under (its rule's ``also``); it still
    acts once, under ``guideline``. An immutable named tuple: a scan makes one per hit, and a
    frozen dataclass costs five times as much to build.
    """

    guideline: str
    rule: str
    action: Action
    mode: Mode
    severity: int
    matched: str
    span: tuple[int, int]
    view: str
    field: str = "text"
    more: int = 0
    also: tuple[str, ...] = ()

    @property
    def guidelines(self) -> tuple[str, ...]:
        """Every guideline the hit counts under: its own, then its rule's ``also``."""
        return (self.guideline, *self.also)


def also_note(hit: Hit, titles: Mapping[str, str] | None = None) -> str:
    """``also counts as ...`` naming the hit's further guidelines (by title where given), or
    nothing: shown beside a hit so a moderator sees why it counts under them too."""
    if not hit.also:
        return ""
    names = [titles.get(g, g) if titles else g for g in hit.also]
    return "also counts as " + ", ".join(names)


@dataclass(frozen=True, slots=True)
class Verdict:
    """All hits on a post; shadow hits are kept but never acted on."""

    post: Post
    hits: tuple[Hit, ...] = ()

    @property
    def enforced(self) -> tuple[Hit, ...]:
        """Hits of rules in enforce mode."""
        return tuple(h for h in self.hits if h.mode is Mode.ENFORCE)

    @property
    def shadow(self) -> tuple[Hit, ...]:
        """Hits of rules in shadow mode: recorded, not acted on."""
        return tuple(h for h in self.hits if h.mode is Mode.SHADOW)

    @property
    def action(self) -> Action | None:
        """The harshest enforced action, or None when the post is clean."""
        enforced = self.enforced
        if not enforced:
            return None
        return max((h.action for h in enforced), key=ACTION_RANK.__getitem__)

    @property
    def unlisted(self) -> int:
        """Places hit beyond those listed (each rule lists a bounded number per field)."""
        return sum(h.more for h in self.hits)

    @property
    def clean(self) -> bool:
        """True when no rule, enforced or shadow, matched."""
        return not self.hits
