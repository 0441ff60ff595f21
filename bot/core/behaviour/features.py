"""What one message contributes to each rate: counted from its text and attachments."""

from __future__ import annotations

import re2

from bot.core.behaviour.links import extract_links
from bot.core.behaviour.spec import Count
from bot.core.post import Post

__all__ = ["amount", "duplicate_key"]

_MENTION = re2.compile(r"<@[!&]?\d{1,20}>")
_CUSTOM_EMOJI = re2.compile(r"<a?:\w{2,32}:\d{1,20}>")
_UNICODE_EMOJI = re2.compile(
    r"[\x{1F000}-\x{1FAFF}\x{2600}-\x{27BF}\x{2B00}-\x{2BFF}\x{3030}\x{303D}\x{3297}\x{3299}]"
)
# Near-identical texts share a key: case, digits, punctuation, spaces and emoji left out.
_NOT_LETTERS = re2.compile(r"[^\pL]+")
_KEY_LENGTH = 512


def amount(count: Count, post: Post) -> int:
    """How much ``post`` adds to a rate of ``count`` (duplicates: 1 when it has a key)."""
    text = post.text
    if count is Count.MESSAGES:
        return 1
    if count is Count.MENTIONS:
        return len(_MENTION.findall(text)) if "<@" in text else 0
    if count is Count.EVERYONE:
        return text.count("@everyone") + text.count("@here")
    if count is Count.LINES:
        return text.count("\n") + 1 if text else 0
    if count is Count.LINKS:
        return len(extract_links(text))
    if count is Count.ATTACHMENTS:
        return max(len(post.attachments), len(post.files))
    if count is Count.EMOJI:
        custom = len(_CUSTOM_EMOJI.findall(text)) if "<" in text else 0
        return custom if text.isascii() else custom + len(_UNICODE_EMOJI.findall(text))
    return 1 if duplicate_key(text) else 0


def duplicate_key(text: str) -> str:
    """The text reduced to its lowercase letters, so near-identical messages compare equal."""
    letters: str = _NOT_LETTERS.sub("", text[: _KEY_LENGTH * 4].casefold())
    return letters[:_KEY_LENGTH]
