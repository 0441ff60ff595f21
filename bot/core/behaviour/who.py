"""Who posts: conditions on the author's account age, membership, roles and record."""

from __future__ import annotations

from datetime import datetime

from bot.core.behaviour.spec import Who
from bot.core.post import Post

__all__ = ["admits", "describe"]


def admits(who: Who, post: Post) -> bool:
    """Whether the post's author meets every condition; an unknown fact never meets one."""
    if who.account_age_under is not None and not _under(
        post, post.account_created_at, who.account_age_under
    ):
        return False
    if who.joined_under is not None and not _under(post, post.joined_at, who.joined_under):
        return False
    if who.roles or who.without_roles:
        held = {str(r) for r in post.role_ids}
        if who.roles and not who.roles & held:
            return False
        if who.without_roles & held:
            return False
    return (
        _at_least(post.prior_warnings, who.prior_warnings_at_least)
        and _at_least(post.prior_cases, who.prior_cases_at_least)
        and _below(post.prior_posts, who.posts_under)
    )


def _under(post: Post, since: datetime | None, seconds: float) -> bool:
    """Whether less than ``seconds`` passed from ``since`` to the post."""
    if post.created_at is None or since is None:
        return False
    return (post.created_at - since).total_seconds() < seconds


def _at_least(value: int | None, least: int | None) -> bool:
    """No condition, or a known value of at least ``least``."""
    return least is None or (value is not None and value >= least)


def _below(value: int | None, limit: int | None) -> bool:
    """No condition, or a known value below ``limit``."""
    return limit is None or (value is not None and value < limit)


def describe(who: Who) -> str:
    """The conditions in words, for the hit's reason."""
    parts = []
    if who.account_age_under is not None:
        parts.append(f"account younger than {_duration(who.account_age_under)}")
    if who.joined_under is not None:
        parts.append(f"joined less than {_duration(who.joined_under)} ago")
    if who.roles:
        parts.append(f"has a role of {', '.join(sorted(who.roles))}")
    if who.without_roles:
        parts.append(f"has none of the roles {', '.join(sorted(who.without_roles))}")
    if who.prior_warnings_at_least is not None:
        parts.append(f"at least {who.prior_warnings_at_least} prior warnings")
    if who.prior_cases_at_least is not None:
        parts.append(f"at least {who.prior_cases_at_least} prior cases")
    if who.posts_under is not None:
        parts.append(f"one of their first {who.posts_under} posts")
    return "; ".join(parts)


def _duration(seconds: float) -> str:
    """Seconds as the largest whole unit: 90 -> 90s, 3600 -> 1h, 86400 -> 1d."""
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size and seconds % size == 0:
            return f"{int(seconds // size)}{unit}"
    return f"{seconds:g}s"
