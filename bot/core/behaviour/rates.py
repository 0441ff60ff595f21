"""Per-author windows of one guild: counts within a time window, and floods opened once.

Each author has, per rate rule, a short list of the counted messages of the last window
(time, message id, amount, duplicate key; at most ``MAX_EVENTS``) and their running total, so
a message costs a few steps however long the window. Authors are kept in least-recently-seen
order: those quiet for longer than the longest window are dropped as later events pass them,
and the number kept is capped, so memory is bounded by ``max_authors`` whatever the traffic.
Times come from the events; an event older than the author's last is taken at the last time,
so windows never run backwards.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field

from bot.core.behaviour.spec import RateSpec

__all__ = ["MAX_AUTHORS", "MAX_EVENTS", "Flood", "Rates", "count"]

MAX_AUTHORS = 100_000
# Entries one window keeps (a rate's limit is at most 100, so a flood is seen whole).
MAX_EVENTS = 128


@dataclass(frozen=True, slots=True)
class Flood:
    """A flood step: ``opens`` with every covered message, or one more message of it."""

    key: str
    message_ids: tuple[int, ...]
    opens: bool
    total: int


@dataclass(slots=True)
class _Window:
    """One author's counted messages for one rule within its window."""

    # A list, not a deque: a window holds at most MAX_EVENTS, and an empty deque alone takes
    # over 600 bytes, which with 100,000 members in four windows each is a quarter gigabyte.
    events: list[tuple[float, int, int, str]] = field(default_factory=list)
    total: int = 0
    keys: dict[str, int] | None = None  # duplicates rules only: copies held per key
    flood_until: float = float("-inf")
    flood_key: str = ""
    flood_text: str = ""  # a duplicates flood's text key: only its copies join it


@dataclass(slots=True)
class _Author:
    """An author's windows by rule id, and the time of their last counted message."""

    last: float
    windows: dict[str, _Window] = field(default_factory=dict)


class Rates:
    """The rate windows of one guild, bounded in time and in the number of authors."""

    def __init__(self, horizon: float, max_authors: int = MAX_AUTHORS) -> None:
        self.horizon = horizon
        self.max_authors = max_authors
        self._authors: OrderedDict[int, _Author] = OrderedDict()

    def __len__(self) -> int:
        return len(self._authors)

    def entries(self) -> int:
        """Messages held across all windows (for tests of the bounds)."""
        return sum(len(w.events) for a in self._authors.values() for w in a.windows.values())

    def add(
        self, rule: str, rate: RateSpec, author: int, at: float, message: int, amount: int, key: str
    ) -> Flood | None:
        """Count one message of one rule (``touch`` then ``count``)."""
        return count(self.touch(author, at), rule, rate, author, message, amount, key)

    def touch(self, author: int, at: float) -> _Author:
        """The author's state, most recently seen now; expired and surplus authors dropped."""
        state = self._authors.get(author)
        if state is None:
            state = self._authors[author] = _Author(at)
        else:
            state.last = max(state.last, at)
            self._authors.move_to_end(author)
        authors = self._authors
        while len(authors) > self.max_authors:
            authors.popitem(last=False)
        cutoff = at - self.horizon
        while authors:
            oldest = next(iter(authors.values()))
            if oldest.last >= cutoff:
                break
            authors.popitem(last=False)
        return state


def count(
    state: _Author, rule: str, rate: RateSpec, author: int, message: int, amount: int, key: str
) -> Flood | None:
    """Count one message at the author's last time; a Flood when it opens one or extends one
    already open. ``key`` is the duplicate key (empty for other counts)."""
    at = state.last
    window = state.windows.get(rule)
    if window is None:
        window = state.windows[rule] = _Window()
    events = window.events
    cutoff = at - rate.seconds
    while events and events[0][0] <= cutoff:
        _drop_oldest(window)
    events.append((at, message, amount, key))
    window.total += amount
    if key:
        keys = window.keys
        if keys is None:
            keys = window.keys = {}
        keys[key] = keys.get(key, 0) + 1
    if len(events) > MAX_EVENTS:
        _drop_oldest(window)
    counted = window.keys[key] if key and window.keys else window.total
    if at <= window.flood_until and key == window.flood_text:
        window.flood_until = at + rate.seconds
        return Flood(window.flood_key, (message,), False, counted)
    if counted <= rate.limit:
        return None
    window.flood_until = at + rate.seconds
    window.flood_key = f"{rule}:{author}:{int(events[0][0] * 1000)}"
    window.flood_text = key
    ids = tuple(e[1] for e in events if not key or e[3] == key)
    return Flood(window.flood_key, ids, True, counted)


def _drop_oldest(window: _Window) -> None:
    """Remove the oldest message from the window and its totals."""
    _, _, amount, key = window.events.pop(0)
    window.total -= amount
    if key and window.keys is not None:
        left = window.keys[key] - 1
        if left:
            window.keys[key] = left
        else:
            del window.keys[key]
