"""Find links as Discord renders them, in one linear pass (RE2), and judge their hosts.

Discord turns ``http(s)://`` URLs into links whether bare, in ``<...>`` (no embed) or behind
markdown text (``[text](url)``). Masked text that itself reads as a domain other than the
target's is a spoofed link. Hosts are lowercased, with IDN labels in punycode, so allow and
deny lists match however a host is written.
"""

from __future__ import annotations

from dataclasses import dataclass

import re2

__all__ = ["Link", "extract_links", "host_in", "invite_codes", "spoofed"]

_OPTIONS = re2.Options()
_OPTIONS.max_mem = 8 << 20
_LINK = re2.compile(
    r"\[([^\[\]\n]{0,512})\]\(\s*<?(https?://[^\s()<>]+)>?\s*\)"  # [text](url), [text](<url>)
    r"|<(https?://[^\s<>]+)>"  # <url>: a link without an embed
    r"|(https?://[^\s<>]+)",  # a bare url
    _OPTIONS,
)
# Invites are worth catching without a scheme too: "join discord.gg/abc" is advertising.
_BARE_INVITE = re2.compile(
    r"(?i)(?:^|[^\w./])((?:www\.)?(?:discord\.gg|discord(?:app)?\.com/invite)/[\w-]+)", _OPTIONS
)
_DOMAIN = re2.compile(r"(?i)(?:https?://)?((?:[\w-]+\.)+[a-z]{2,})(?:[/:?#]|\b|$)", _OPTIONS)
_INVITE_HOSTS = {"discord.gg": 0, "discord.com": 1, "discordapp.com": 1}
_TRAILING = ".,:;!?'\"*_~"


@dataclass(frozen=True, slots=True)
class Link:
    """One link: its URL, its host (lowercase, punycode) and, for a masked link, its text."""

    url: str
    host: str
    text: str | None = None


def extract_links(text: str) -> tuple[Link, ...]:
    """Every link Discord would render in ``text``, in order."""
    if "://" not in text:
        return ()
    found: list[Link] = []
    for match in _LINK.finditer(text):
        masked, target, angled, bare = match.groups()
        if target is not None:
            url, shown = target, masked
        elif angled is not None:
            url, shown = angled, None
        else:
            url, shown = _trim(bare), None
        host = _host(url)
        if host:
            found.append(Link(url, host, shown))
    return tuple(found)


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
    match = _DOMAIN.search(link.text)
    if match is None:
        return None
    shown = _host("x://" + match.group(1))
    same = host_in(link.host, frozenset({shown})) or host_in(shown, frozenset({link.host}))
    return None if same else shown


def invite_codes(text: str, links: tuple[Link, ...]) -> tuple[str, ...]:
    """The codes of Discord invites in the text: as links, or written without a scheme."""
    codes: list[str] = []
    for link in links:
        code = _invite_code(link.host, link.url)
        if code:
            codes.append(code)
    if "discord" in text.lower():
        for match in _BARE_INVITE.finditer(text):
            written = match.group(1)
            code = _invite_code(written.split("/", 1)[0].lower(), "https://" + written)
            if code and code not in codes:
                codes.append(code)
    return tuple(codes)


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
