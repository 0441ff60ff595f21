"""Judge one message alone against a rule's link, invite, file and who keys."""

from __future__ import annotations

from bot.core.behaviour import who as who_rules
from bot.core.behaviour.features import Features
from bot.core.behaviour.links import Link, host_in, spoofed
from bot.core.behaviour.spec import BehaviourSpec, FileCheck, LinkCheck
from bot.core.post import Post

__all__ = ["judge", "judge_alone", "judge_text"]


def judge(spec: BehaviourSpec, message: Features) -> str | None:
    """Why the message breaks the rule, or None. ``who`` is checked by the caller; a rule
    with no other key hits every post of such an author (pre-moderation)."""
    if spec.files is not None:
        why = _files(spec.files, message.post)
        if why is not None or (spec.links is None and spec.invites is None):
            return why
    if spec.links is not None or spec.invites is not None:
        return judge_text(spec, message)
    if spec.who is not None:
        return f"posted by an author who matches: {who_rules.describe(spec.who)}"
    return None


def judge_alone(spec: BehaviourSpec, text: str) -> str | None:
    """Why one message with this text, from a member with an empty window, breaks a rate,
    links or invites rule (``who`` unchecked): for examples and ``/rules test``."""
    message = Features(Post(text))
    if spec.rate is not None:
        amount = message.amount(spec.rate.count)
        if amount <= spec.rate.limit:
            return None
        return f"{amount} {spec.rate.count} in one message (at most {spec.rate.limit} allowed)"
    return judge_text(spec, message)


def judge_text(spec: BehaviourSpec, message: Features) -> str | None:
    """Why a message's text breaks the rule's link or invite keys, or None."""
    if spec.invites is not None:
        for code in message.invites():
            if code not in spec.invites.allow:
                return f"invite to another server (code {code})"
    if spec.links is not None:
        return _links(spec.links, message.links())
    return None


def _links(check: LinkCheck, links: tuple[Link, ...]) -> str | None:
    """Why one of the links hits, or None."""
    for link in links:
        host = link.host
        if check.any:
            return f"a link ({host})"
        if check.deny and host_in(host, check.deny):
            return f"a link to a denied domain ({host})"
        if check.allow and not host_in(host, check.allow):
            return f"a link to a domain not allowed ({host})"
        if check.spoofed:
            shown = spoofed(link)
            if shown is not None:
                return f"a masked link that shows {shown} but goes to {host}"
    return None


def _files(check: FileCheck, post: Post) -> str | None:
    """Why one of the attachments hits, or None."""
    for file in post.files:
        name = file.filename.lower()
        extension = name.rsplit(".", 1)[1] if "." in name else ""
        if extension and extension in check.extensions:
            return f"an attachment of a denied type ({file.filename})"
        kind = file.content_type.split(";", 1)[0].strip().lower()
        if kind and (
            kind in check.content_types or f"{kind.split('/')[0]}/*" in check.content_types
        ):
            return f"an attachment of a denied content type ({kind}: {file.filename})"
    return None
