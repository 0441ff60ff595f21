"""Links as Discord renders them, allow and deny lists, spoofed links, invites and files."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.behaviour.links import Link, extract_links, host_in, invite_codes, spoofed
from bot.core.post import PostFile
from tests.core.behaviour_rules import behaviour, post


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("see https://Example.COM/a.", [("https://Example.COM/a", "example.com", None)]),
        ("<https://ex.org/x?y=1>", [("https://ex.org/x?y=1", "ex.org", None)]),
        ("[docs](https://d.io/p)", [("https://d.io/p", "d.io", "docs")]),
        ("[docs](<https://d.io/p>)", [("https://d.io/p", "d.io", "docs")]),
        ("(https://w.org/wiki/A_(b))", [("https://w.org/wiki/A_(b)", "w.org", None)]),
        ("https://user@evil.com:8080/x", [("https://user@evil.com:8080/x", "evil.com", None)]),
        ("https://BÜCHER.de", [("https://BÜCHER.de", "xn--bcher-kva.de", None)]),
        ("example.com and ftp://x.org", []),  # Discord links neither
    ],
)
def test_links_are_found_as_discord_renders_them(
    text: str, found: list[tuple[str, str, str | None]]
) -> None:
    assert [(link.url, link.host, link.text) for link in extract_links(text)] == found


def test_subdomains_match_their_domain_and_lookalikes_do_not() -> None:
    domains = frozenset({"example.com"})
    assert host_in("example.com", domains)
    assert host_in("cdn.www.example.com", domains)
    assert not host_in("badexample.com", domains)
    assert not host_in("example.com.evil.net", domains)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("[steamcommunity.com](https://steamcommunity.com.ru/gift)", "steamcommunity.com"),
        ("[https://discord.com/nitro](https://dlscord.gift/x)", "discord.com"),
        ("[www.github.com](https://github.com/a)", None),
        ("[github.com](https://gist.github.com/a)", None),
        ("[click here](https://anywhere.net)", None),
    ],
)
def test_spoofed_masked_links(text: str, shown: str | None) -> None:
    [link] = extract_links(text)
    assert spoofed(link) == shown


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("https://discord.gg/abc123", ("abc123",)),
        ("join discord.gg/abc123 now", ("abc123",)),
        ("https://discord.com/invite/xyz?event=1", ("xyz",)),
        ("https://www.discordapp.com/invite/old", ("old",)),
        ("https://discord.com/channels/1/2", ()),
        ("notdiscord.gg/abc", ()),
    ],
)
def test_invite_codes(text: str, codes: tuple[str, ...]) -> None:
    assert invite_codes(text, extract_links(text)) == codes


RULES = """\
  - id: spoofed
    links: {spoofed: true}
    action: hide
  - id: deny
    links: {deny: [grabify.link, "*.ru"]}
    action: hide
  - id: invites
    invites: {allow: [ourserver]}
    action: flag
  - id: executables
    attachments: {extensions: [.EXE, scr], content_types: [application/x-msdownload, video/*]}
    action: hide
"""


@pytest.mark.parametrize(
    ("text", "files", "rules"),
    [
        ("free nitro [discord.com/gift](https://disc0rd.gift/a)", (), ["spoofed"]),
        ("see https://i.grabify.link/x", (), ["deny"]),
        ("see https://shop.example.ru", (), ["deny"]),
        ("see https://example.com", (), []),
        ("come to https://discord.gg/other", (), ["invites"]),
        ("our own: https://discord.gg/ourserver", (), []),
        ("", (PostFile("Setup.EXE"),), ["executables"]),
        ("", (PostFile("clip.bin", "video/mp4"),), ["executables"]),
        ("", (PostFile("a.png", "image/png"),), []),
    ],
)
def test_link_invite_and_file_rules(
    tmp_path: Path, text: str, files: tuple[PostFile, ...], rules: list[str]
) -> None:
    found = behaviour(tmp_path, RULES).observe(post(0, text, files=files))
    assert [h.rule for h in found] == rules
    assert all(h.message_ids == (1,) and h.opens for h in found)


def test_a_spoofed_masked_link_says_where_it_goes(tmp_path: Path) -> None:
    text = "[discord.com](https://dlscord.gift/a)"
    [hit] = behaviour(tmp_path, RULES).observe(post(0, text))
    assert hit.why == "a masked link that shows discord.com but goes to dlscord.gift"


def test_allow_lists_hit_every_other_domain(tmp_path: Path) -> None:
    rules = behaviour(
        tmp_path, "  - id: only\n    links: {allow: [example.org]}\n    action: flag\n"
    )
    assert rules.observe(post(0, "https://docs.example.org/a")) == []
    [hit] = rules.observe(post(1, "https://docs.example.org/a and https://x.net"))
    assert hit.why == "a link to a domain not allowed (x.net)"


def test_link_hunting_is_linear_on_hostile_text() -> None:
    hostile = "[" * 5000 + "https://" + "a." * 5000 + "](" * 2000
    assert len(extract_links(hostile)) == 1
    assert isinstance(extract_links(hostile)[0], Link)


def test_rules_test_says_which_rules_one_text_breaks(tmp_path: Path) -> None:
    rules = behaviour(
        tmp_path,
        RULES + "  - id: mentions\n    rate: {count: mentions, max: 2, per: 30s}\n"
        "    action: hide\n",
    )
    text = "<@1> <@2> <@3> join https://discord.gg/other"
    assert rules.test(text) == [
        ("invites", "invite to another server (code other)"),
        ("mentions", "3 mentions in one message (at most 2 allowed)"),
    ]
    assert rules.test("hello") == []
