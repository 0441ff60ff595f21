"""Find links as Discord renders them, in one linear pass, and judge their hosts.

Discord turns ``http(s)://`` URLs into links whether bare, in ``<...>`` (no embed) or behind
markdown text (``[text](url)``). Masked text that itself reads as a domain other than the
target's is a spoofed link. Hosts are lowercased, with IDN labels in punycode, so allow and
deny lists match however a host is written.

A hand scanner built on ``str.find`` and bounded slices: no regex engine touches member text,
each ``://`` is looked at once, and a link is at most ``MAX_URL`` characters, so the cost is
linear in the text (the RE2 wrapper costs microseconds per match, too much per message).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["MAX_LINKS", "MAX_URL", "Link", "extract_links", "host_in", "invite_codes", "spoofed"]

MAX_URL = 2048
_MAX_MASK = 512  # Discord's limit on a masked link's text is far lower; anything longer is no mask
_PROBE = 256  # most links end sooner: look that far first
# More links than a rate may allow (at most 100) change no decision, so a message counts so many.
MAX_LINKS = 101
_TRAILING = ".,:;!?'\"*_~"
_INVITE_HOSTS = {"discord.gg": 0, "discord.com": 1, "discordapp.com": 1}
_INVITE_PREFIXES = ("discord.gg/", "discord.com/invite/", "discordapp.com/invite/")
_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-.")


@dataclass(frozen=True, slots=True)
class Link:
    """One link: its URL, its host (lowercase, punycode) and, for a masked link, its text."""

    url: str
    host: str
    text: str | None = None


def extract_links(text: str) -> tuple[Link, ...]:
    """Every link Discord would render in ``text``, in order."""
    found: list[Link] = []
    at = text.find("://")
    while at != -1:
        start = _scheme_start(text, at)
        if start is None:
            at = text.find("://", at + 3)
            continue
        link, end = _link_at(text, start, at)
        if link is not None:
            found.append(link)
            if len(found) == MAX_LINKS:
                break
        at = text.find("://", max(end, at + 3))
    return tuple(found)


def _scheme_start(text: str, at: int) -> int | None:
    """Where ``http://`` or ``https://`` ending at ``at`` starts, if it does."""
    if at >= 5 and text[at - 5 : at].lower() == "https":
        return at - 5
    if at >= 4 and text[at - 4 : at].lower() == "http":
        return at - 4
    return None


def _link_at(text: str, start: int, at: int) -> tuple[Link | None, int]:
    """The link whose scheme starts at ``start``, and where scanning goes on."""
    url = text[start : start + _PROBE].split(None, 1)[0]
    if len(url) == _PROBE:
        url = text[start : start + MAX_URL].split(None, 1)[0]
    end = len(url)
    for stop in "<>":
        found = url.find(stop)
        if found != -1 and found < end:
            end = found
    url = url[:end]
    inside = url.find("](")
    if inside != -1 and _opened(text, start):
        return None, start + inside + 2  # the text of a masked link: its target comes next
    masked = _mask_text(text, start)
    if masked is not None:
        url = url.split(")", 1)[0]
    elif not (start and text[start - 1] == "<" and text[start + end : start + end + 1] == ">"):
        url = _trim(url)
    host = _host(url)
    return (Link(url, host, masked) if host else None), start + max(len(url), at - start + 3)


def _opened(text: str, start: int) -> bool:
    """Whether ``start`` is inside ``[...`` (a masked link's text not yet closed)."""
    opening = text.rfind("[", max(0, start - _MAX_MASK), start)
    return opening != -1 and "]" not in text[opening:start] and "\n" not in text[opening:start]


def _mask_text(text: str, start: int) -> str | None:
    """The text of a markdown link ``[text](url)`` whose URL starts at ``start``."""
    before = start - 1 if start and text[start - 1] == "<" else start
    if before < 2 or text[before - 2 : before] != "](":
        return None
    close = before - 2
    opening = text.rfind("[", max(0, close - _MAX_MASK), close)
    if opening == -1:
        return None
    inside = text[opening + 1 : close]
    if "[" in inside or "]" in inside or "\n" in inside:
        return None
    return inside


def _trim(url: str) -> str:
    """A bare URL without the punctuation Discord leaves out of it (and unbalanced ``)``)."""
    while url and (url[-1] in _TRAILING or (url[-1] == ")" and url.count("(") < url.count(")"))):
        url = url[:-1]
    return url


def _host(url: str) -> str:
    """The URL's host, without user info or port, lowercased and in punycode."""
    rest = url.split("://", 1)[1]
    for stop in "/?#\\":
        rest = rest.split(stop, 1)[0]
    host = rest.rsplit("@", 1)[-1]
    if ":" in host:
        host = host.split(":", 1)[0]
    host = host.strip(".").lower()
    if host.isascii():
        return host
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return host


def host_in(host: str, domains: frozenset[str]) -> bool:
    """Whether ``host`` is one of ``domains`` or a subdomain of one."""
    if host in domains:
        return True
    dot = host.find(".")
    while dot != -1:
        if host[dot + 1 :] in domains:
            return True
        dot = host.find(".", dot + 1)
    return False


def spoofed(link: Link) -> str | None:
    """For a masked link whose text shows another site's domain, that domain."""
    if not link.text:
        return None
    shown = _shown_domain(link.text)
    if shown is None:
        return None
    same = host_in(link.host, frozenset({shown})) or host_in(shown, frozenset({link.host}))
    return None if same else shown


def _shown_domain(text: str) -> str | None:
    """The first word of a masked link's text that reads as a domain (``discord.com/gift``)."""
    for word in text.split():
        if "://" in word:
            word = word.split("://", 1)[1]
        for stop in "/?#:":
            word = word.split(stop, 1)[0]
        host = word.strip(".,;!()<>\"'").lower()
        labels = host.split(".")
        if len(labels) >= 2 and all(labels) and labels[-1].isalpha() and len(labels[-1]) >= 2:
            return host if host.isascii() else _host("x://" + host)
    return None


def invite_codes(text: str, links: tuple[Link, ...]) -> tuple[str, ...]:
    """The codes of Discord invites in the text: as links, or written without a scheme."""
    codes: list[str] = []
    for link in links:
        code = _invite_code(link.host, link.url)
        if code:
            codes.append(code)
    lowered = text.lower()
    if "discord" not in lowered:
        return tuple(codes)
    for prefix in _INVITE_PREFIXES:
        at = lowered.find(prefix)
        while at != -1:
            code = _bare_invite(text, lowered, at, prefix)
            if code and code not in codes:
                codes.append(code)
                if len(codes) == MAX_LINKS:
                    return tuple(codes)
            at = lowered.find(prefix, at + len(prefix))
    return tuple(codes)


def _bare_invite(text: str, lowered: str, at: int, prefix: str) -> str | None:
    """The code of an invite written without a scheme at ``at``, unless it is part of a
    longer host (``notdiscord.gg``) or of a link already counted."""
    if at >= 4 and lowered[at - 4 : at] == "www.":
        at -= 4
    if at and (lowered[at - 1] in _HOST_CHARS or lowered[at - 1] in "/_"):
        return None
    tail = text[at : at + len(prefix) + 4 + 64]
    code = tail.split("/", 1 if tail.lower().startswith(("discord.gg", "www.discord.gg")) else 2)[
        -1
    ]
    code = code.split(None, 1)[0] if code.strip() else ""
    end = 0
    while end < len(code) and (code[end].isalnum() or code[end] in "-_"):
        end += 1
    return code[:end] or None


def _invite_code(host: str, url: str) -> str | None:
    """The invite code when ``url`` is a Discord invite link."""
    host = host.removeprefix("www.")
    skip = _INVITE_HOSTS.get(host)
    if skip is None:
        return None
    parts = url.split("://", 1)[1].split("?", 1)[0].split("#", 1)[0].split("/")[1:]
    if skip and (len(parts) < 2 or parts[0].lower() != "invite"):
        return None
    code = parts[skip] if len(parts) > skip else ""
    return code or None
