"""What one message holds that behaviour rules count, worked out once per message.

Counting uses ``str`` methods and translation tables (C loops, linear): no regex engine on
member text, and a message's links, invites and duplicate key are found at most once however
many rules ask.
"""

from __future__ import annotations

import string

from bot.core.behaviour.links import Link, extract_links, invite_codes
from bot.core.behaviour.spec import Count
from bot.core.post import Post

__all__ = ["Features", "duplicate_key"]

# Near-identical texts share a key: case, digits, punctuation and spaces left out, and only
# the start of a long text compared.
_NOT_KEY = {ord(c): None for c in string.punctuation + string.digits + string.whitespace}
_KEY_SOURCE = 1024
_EMOJI_RANGES = (
    (0x1F000, 0x1FAFF),
    (0x2600, 0x27BF),
    (0x2B00, 0x2BFF),
    (0x3030, 0x3030),
    (0x303D, 0x303D),
    (0x3297, 0x3297),
    (0x3299, 0x3299),
)
_NOT_EMOJI = {c: None for low, high in _EMOJI_RANGES for c in range(low, high + 1)}
_MAX_ID = 20  # digits in a snowflake


class Features:
    """One message's countable parts, each computed on first use."""

    __slots__ = ("_invites", "_key", "_links", "post")

    def __init__(self, post: Post) -> None:
        self.post = post
        self._links: tuple[Link, ...] | None = None
        self._invites: tuple[str, ...] | None = None
        self._key: str | None = None

    def links(self) -> tuple[Link, ...]:
        """The links Discord renders in the text."""
        if self._links is None:
            self._links = extract_links(self.post.text)
        return self._links

    def invites(self) -> tuple[str, ...]:
        """The Discord invite codes in the text."""
        if self._invites is None:
            self._invites = invite_codes(self.post.text, self.links())
        return self._invites

    def key(self) -> str:
        """The duplicate key of the text (empty when nothing is left to compare)."""
        if self._key is None:
            self._key = duplicate_key(self.post.text)
        return self._key

    def amount(self, count: Count) -> int:
        """How much the message adds to a rate of ``count`` (duplicates: 1 when it has a key)."""
        text = self.post.text
        if count is Count.MESSAGES:
            return 1
        if count is Count.MENTIONS:
            return _tagged(text, "<@", "!&") if "<@" in text else 0
        if count is Count.EVERYONE:
            return text.count("@everyone") + text.count("@here")
        if count is Count.LINES:
            return text.count("\n") + 1 if text else 0
        if count is Count.LINKS:
            return len(self.links())
        if count is Count.ATTACHMENTS:
            return max(len(self.post.attachments), len(self.post.files))
        if count is Count.EMOJI:
            return _emoji(text)
        return 1 if self.key() else 0


def duplicate_key(text: str) -> str:
    """The text reduced to what near-identical messages share."""
    return text[:_KEY_SOURCE].casefold().translate(_NOT_KEY)


def _tagged(text: str, opening: str, flags: str) -> int:
    """How many ``<@id>``-style tags (``<@!id>``, ``<@&id>``) the text holds."""
    count = 0
    at = text.find(opening)
    while at != -1:
        start = at + len(opening)
        if start < len(text) and text[start] in flags:
            start += 1
        head, closed, _ = text[start : start + _MAX_ID + 1].partition(">")
        if closed and head.isdigit() and head.isascii():
            count += 1
        at = text.find(opening, start)
    return count


def _emoji(text: str) -> int:
    """Custom emoji (``<:name:id>``, ``<a:name:id>``) and Unicode emoji characters."""
    count = 0
    at = text.find("<")
    while at != -1:
        if text[at + 1 : at + 2] in (":", "a"):
            head, closed, _ = text[at + 1 : at + 70].partition(">")
            parts = head.split(":")
            if closed and len(parts) == 3 and parts[0] in ("", "a") and parts[2].isdigit():
                count += 1
        at = text.find("<", at + 1)
    if not text.isascii():
        count += len(text) - len(text.translate(_NOT_EMOJI))
    return count
