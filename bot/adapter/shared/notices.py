"""What the bot says: warnings, the hidden-post DM, mod-log lines and queue cards."""

from __future__ import annotations

import io
from dataclasses import dataclass

import discord

from bot.core.cases import Case
from bot.core.post import Post
from bot.core.reports import OTHER_GUIDELINE, OTHER_TITLE
from bot.core.rules import RuleSet
from bot.core.verdict import Hit

__all__ = [
    "ECHO_SAFE",
    "HIDDEN_TITLE",
    "Grounds",
    "files_line",
    "hidden_dm",
    "mod_log_line",
    "queue_card",
    "titled",
    "warning_text",
]

# Anything that echoes user text pings nobody.
ECHO_SAFE = discord.AllowedMentions.none()
# A hidden forum post's thread is renamed to this (the title may be the violation); the copy
# keeps the real title, and a restore puts it back.
HIDDEN_TITLE = "Post hidden by moderators"
DM_INLINE_LIMIT = 1500
# What the author is told under a guideline the rules do not know (members' "Other" reports).
DEFAULT_TELL = "Please keep to our community guidelines."


@dataclass(frozen=True, slots=True)
class Grounds:
    """Why the author hears from the bot: a guideline, and the rule when a rule fired (a
    moderator's action on reports has none)."""

    guideline: str
    rule_id: str = ""

    @classmethod
    def of(cls, hit: Hit) -> Grounds:
        """The grounds of a rule's hit."""
        return cls(hit.guideline, hit.rule)


def _guideline_title(rules: RuleSet, guideline: str) -> str:
    found = next((g for g in rules.guidelines if g.id == guideline), None)
    if found is not None:
        return found.title
    return OTHER_TITLE if guideline == OTHER_GUIDELINE else guideline


def _tell(rules: RuleSet, grounds: Grounds) -> str:
    """The rule's own message to the author, else the guideline's summary."""
    rule = rules.rule(grounds.rule_id) if grounds.rule_id else None
    if rule and rule.tell_author:
        return rule.tell_author
    found = next((g for g in rules.guidelines if g.id == grounds.guideline), None)
    return found.summary if found else DEFAULT_TELL


def warning_text(rules: RuleSet, author: discord.abc.User, grounds: Grounds) -> str:
    """The warning for the author: names the guideline, never quotes their text."""
    title = _guideline_title(rules, grounds.guideline)
    return f"{author.mention}, a note from the moderators ({title}): {_tell(rules, grounds)}"


def hidden_dm(
    rules: RuleSet,
    grounds: Grounds,
    where: str,
    content: str,
    title: str = "",
    files_line: str = "",
) -> tuple[str, discord.File | None]:
    """The DM to the author of a hidden post, with their own text so nothing is lost.

    ``files_line`` (from ``files_line``) says what became of the post's attachments.
    """
    guideline = _guideline_title(rules, grounds.guideline)
    head = (
        f"Your post in {where} was hidden by the moderation bot under our **{guideline}** "
        f"guideline. {_tell(rules, grounds)}\nA moderator can review it; here is your text"
    )
    tail = f"\n{files_line}" if files_line else ""
    body = f"{title}\n\n{content}" if title and content else title or content
    if len(body) <= DM_INLINE_LIMIT and "```" not in body:
        return f"{head}:\n```\n{body}\n```{tail}", None
    text_file = discord.File(io.BytesIO(body.encode()), filename="your-post.txt")
    return f"{head}, attached.{tail}", text_file


def files_line(kept: int, sent: bool) -> str:
    """The hidden-post DM's line about kept attachments: sent along, or kept for a restore."""
    if not kept:
        return ""
    files = "your attachment" if kept == 1 else f"your {kept} attachments"
    if sent:
        return f"{files.capitalize()} {'is' if kept == 1 else 'are'} attached too."
    return f"The moderators kept {files}; a restore puts {'it' if kept == 1 else 'them'} back."


def mod_log_line(case: Case, jump_url: str = "") -> str:
    """One line per case for the mod-log channel."""
    actor = "modbot" if case.actor_id is None else f"<@{case.actor_id}>"
    target = f" <@{case.target_id}>" if case.target_id else ""
    rule = f" [{case.guideline}/{case.rule_id}]" if case.rule_id else ""
    outcome = f" ({case.outcome.value}: {case.outcome_detail})" if case.outcome_detail else ""
    link = f" {jump_url}" if jump_url else ""
    return (
        f"Case #{case.id} {case.kind.value}{target} by {actor}{rule}{outcome}: {case.reason}{link}"
    )


def titled(text: str, title: str) -> str:
    """A post's text headed by its forum title in bold, when it has one."""
    return f"**{discord.utils.escape_markdown(title)}**\n\n{text}" if title else text


def queue_card(
    rules: RuleSet, hits: tuple[Hit, ...], post: Post, jump_url: str, case: Case
) -> discord.Embed:
    """The moderators' queue card for a flagged post; a forum post's title heads its text."""
    first = hits[0]
    # The title is part of the post and may be what was flagged.
    text = titled(post.text, post.title)
    embed = discord.Embed(
        title=f"Flagged: {_guideline_title(rules, first.guideline)}",
        description=text[:4000] or "(no text)",
        url=jump_url,
        timestamp=post.created_at,
    )
    embed.add_field(name="Author", value=f"<@{post.author_id}> ({post.author_id})")
    embed.add_field(name="Rules", value=", ".join(sorted({h.rule for h in hits}))[:1000])
    embed.add_field(name="Matched", value=", ".join(repr(h.matched) for h in hits)[:1000])
    embed.set_footer(text=f"Case #{case.id}")
    return embed
