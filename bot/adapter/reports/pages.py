"""What ``/reports list`` and ``/reports show`` display: one line per decision, one message's pages.

Members' text is escaped and quoted; reporters appear only here and on the queue card, which
only moderators see.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

import discord

from bot.adapter.shared.links import message_link
from bot.adapter.shared.paginator import embed_pages
from bot.adapter.shared.text import clip, one_line
from bot.core.cases import Case, HiddenPost, Outcome
from bot.core.reports import Report, ReportStatus, summarize

__all__ = ["group_rounds", "message_pages", "round_line"]

SNIPPET = 100
SNAPSHOT = 1500
REASON = 300
FIELD_LIMIT = 1024
COLOURS = {
    ReportStatus.OPEN: discord.Colour.orange(),
    ReportStatus.ACTIONED: discord.Colour.red(),
    ReportStatus.DISMISSED: discord.Colour.light_grey(),
}


def _ago(moment: datetime) -> str:
    """A relative Discord timestamp ("3 hours ago") in every reader's own time zone."""
    return discord.utils.format_dt(moment, "R")


def _guidelines(reports: Sequence[Report], titles: Mapping[str, str]) -> str:
    """The reported guidelines by frequency, with a count where several chose one."""
    return ", ".join(
        f"{titles.get(g, g)} ×{n}" if n > 1 else titles.get(g, g)
        for g, n in summarize(reports).guidelines
    )


def _state(report: Report) -> str:
    """Open, or who closed it and how."""
    if report.status is ReportStatus.OPEN:
        return "**open**"
    by = f" by <@{report.resolved_by}>" if report.resolved_by else ""
    return f"**{report.status.value}**{by}"


def group_rounds(reports: Sequence[Report]) -> list[list[Report]]:
    """A message's reports split by decision (status and case), open ones first."""
    rounds: dict[tuple[ReportStatus, int | None], list[Report]] = {}
    for report in reports:
        rounds.setdefault((report.status, report.case_id), []).append(report)
    return sorted(rounds.values(), key=lambda r: (r[0].status is not ReportStatus.OPEN, -r[0].id))


def round_line(reports: Sequence[Report], titles: Mapping[str, str]) -> str:
    """One reported message's decision for /reports list: id, link, author, count, age, status."""
    first = reports[0]
    link = message_link(first.guild_id, first.channel_id, first.message_id)
    latest = max(r.updated_at for r in reports)
    count = len({r.reporter_id for r in reports})
    files = f" · {len(first.attachments)} attachment(s)" if first.attachments else ""
    return (
        f"**#{first.id}** <@{first.author_id}> in <#{first.channel_id}> ([jump]({link})) · "
        f"{_guidelines(reports, titles)} · {count} report(s) · {_ago(latest)} · {_state(first)}\n"
        f"> {one_line(_with_title(first), SNIPPET) or '(no text)'}{files}"
    )


def _report_line(report: Report, titles: Mapping[str, str]) -> str:
    """One reporter's report: id, reporter, guideline, time, status and reason."""
    reason = f"\n> {one_line(report.reason, REASON)}" if report.reason else ""
    title = titles.get(report.guideline, report.guideline)
    return (
        f"**#{report.id}** by <@{report.reporter_id}> · {title} · {_ago(report.updated_at)} · "
        f"{report.status.value}{reason}"
    )


def _with_title(report: Report) -> str:
    """A reported post's text, after its forum title when it has one."""
    return f"{report.thread_title}: {report.content}" if report.thread_title else report.content


def _snapshot(first: Report) -> str:
    """The post as first reported (a forum post's title first), escaped and quoted, then its
    attachments as links."""
    whole = _with_title(first)
    text = whole if len(whole) <= SNAPSHOT else whole[:SNAPSHOT] + "…"
    quoted = "\n".join(f"> {line}" for line in discord.utils.escape_markdown(text).splitlines())
    files = "\n".join(
        f"[{discord.utils.escape_markdown(a.filename)}]({a.url})" for a in first.attachments
    )
    body = quoted or "> (no text)"
    return f"{body}\n**Attachments**\n{files}" if files else body


def _decision(reports: Sequence[Report], cases: Mapping[int, Case]) -> str:
    """One decision: how many reports, who resolved them when, the resolution and its case."""
    first = reports[0]
    if first.status is ReportStatus.OPEN:
        return f"{_state(first)} · {len(reports)} report(s) waiting for a moderator"
    when = f" {_ago(first.resolved_at)}" if first.resolved_at else ""
    head = f"{_state(first)}{when} · {len(reports)} report(s)"
    case = cases.get(first.case_id) if first.case_id else None
    linked = ""
    if case is not None:
        failed = f": {case.outcome_detail}" if case.outcome is Outcome.FAILED else ""
        linked = f" · case #{case.id} ({case.kind.value}, {case.outcome.value}{failed})"
    resolution = f"\n> {one_line(first.resolution, REASON)}" if first.resolution else ""
    return f"{head}{linked}{resolution}"


def _post(hidden: HiddenPost | None) -> str:
    """Whether the post is up, or hidden, restored or purged (with its hidden-post id)."""
    if hidden is None:
        return "not hidden by the bot"
    return f"{hidden.status.value} (hidden post #{hidden.id})"


def message_pages(
    reports: Sequence[Report],
    titles: Mapping[str, str],
    cases: Mapping[int, Case],
    hidden: HiddenPost | None,
) -> list[discord.Embed]:
    """Every report on one message: the post, its author, each reporter, and each decision."""
    rounds = group_rounds(reports)
    first = min(reports, key=lambda r: (r.created_at, r.id))
    lines = [_report_line(r, titles) for r in sorted(reports, key=lambda r: (r.created_at, r.id))]
    title = f"Reports on a message · {_guidelines(reports, titles)}"
    pages = embed_pages(
        clip(title, 256),
        lines,
        per_page=8,
        header=f"{_snapshot(first)}\n\n**Reports**",
        colour=COLOURS[rounds[0][0].status],
    )
    decisions = "\n".join(_decision(r, cases) for r in rounds)
    for page in pages:
        page.url = message_link(first.guild_id, first.channel_id, first.message_id)
        page.add_field(name="Author", value=f"<@{first.author_id}> ({first.author_id})")
        page.add_field(name="Channel", value=f"<#{first.channel_id}>")
        page.add_field(name="Post", value=_post(hidden))
        page.add_field(name="Status", value=clip(decisions, FIELD_LIMIT), inline=False)
    return pages
