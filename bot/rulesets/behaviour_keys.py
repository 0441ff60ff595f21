"""Read a rule's behaviour keys (rate, links, invites, attachments, who, raid) into a
``BehaviourSpec``, reporting every problem at its line, and run the examples that apply."""

from __future__ import annotations

from bot.core.behaviour.judge import judge_alone
from bot.core.behaviour.spec import (
    BehaviourSpec,
    Count,
    FileCheck,
    InviteCheck,
    LinkCheck,
    RaidSpec,
    RateSpec,
    Who,
)
from bot.rulesets.behaviour_values import (
    DAY,
    read_count,
    read_domains,
    read_duration,
    read_extensions,
    read_types,
)
from bot.rulesets.fields import FileContext, describe
from bot.rulesets.yaml_lines import LineMap

__all__ = [
    "ATTACHMENT_KEYS",
    "BEHAVIOUR_RULE_KEYS",
    "INVITE_KEYS",
    "LINK_KEYS",
    "RAID_KEYS",
    "RATE_KEYS",
    "SLOWMODE_KEYS",
    "WHO_KEYS",
    "read_behaviour",
]

BEHAVIOUR_RULE_KEYS = ("rate", "links", "invites", "attachments", "who", "raid")
RATE_KEYS = ("count", "max", "per")
RATE_MAX = 100  # a window keeps rates.MAX_EVENTS messages, so a flood is always seen whole
LINK_KEYS = ("allow", "deny", "spoofed", "any")
INVITE_KEYS = ("allow",)
ATTACHMENT_KEYS = ("extensions", "content_types")
WHO_KEYS = (
    "account_age_under",
    "joined_under",
    "roles",
    "without_roles",
    "prior_warnings_at_least",
    "prior_cases_at_least",
    "posts_under",
)
RAID_KEYS = ("joins", "per", "quiet", "slowmode", "premoderate", "pause_invites")
SLOWMODE_KEYS = ("channels", "seconds")
_TRIGGERS = ("rate", "links", "invites", "attachments", "raid")
_ALONE = ("rate", "raid")  # each the only trigger of its rule
_MINUTE, _YEAR = 60, 366 * DAY


def read_behaviour(
    ctx: FileContext,
    data: LineMap,
    rule_id: str | None,
    matches_text: bool,
    examples: tuple[tuple[str, ...], tuple[str, ...]],
) -> BehaviourSpec | None:
    """The rule's behaviour keys, or None when it has none.

    A rule with a trigger key runs its own ``examples`` (a text rule's go to the engine), so
    the spec carries them and the caller leaves them off the text rule.
    """
    present = [k for k in BEHAVIOUR_RULE_KEYS if k in data]
    if not present:
        return None
    triggers = [k for k in present if k in _TRIGGERS]
    _check_combination(ctx, data, rule_id, matches_text, triggers)
    spec = BehaviourSpec(
        rate=_rate(ctx, _section(ctx, data, "rate", RATE_KEYS, rule_id), rule_id),
        links=_links(ctx, _section(ctx, data, "links", LINK_KEYS, rule_id), rule_id),
        invites=_invites(ctx, _section(ctx, data, "invites", INVITE_KEYS, rule_id), rule_id),
        files=_files(ctx, _section(ctx, data, "attachments", ATTACHMENT_KEYS, rule_id), rule_id),
        who=_who(ctx, _section(ctx, data, "who", WHO_KEYS, rule_id), rule_id),
        raid=_raid(ctx, _section(ctx, data, "raid", RAID_KEYS, rule_id), rule_id),
    )
    if matches_text or not triggers:
        if not matches_text and (examples[0] or examples[1]):
            message = "'examples' do not apply to a rule with only 'who': there is no text to test"
            ctx.error(message, data.value_line("examples"), rule_id)
        return spec
    spec = BehaviourSpec(
        spec.rate, spec.links, spec.invites, spec.files, spec.who, spec.raid, *examples
    )
    _run_examples(ctx, data, spec, rule_id)
    return spec


def _check_combination(
    ctx: FileContext, data: LineMap, rule_id: str | None, matches_text: bool, triggers: list[str]
) -> None:
    """Report keys that cannot go together on one rule."""
    line = data.value_line(triggers[0]) if triggers else data.line
    if matches_text and triggers:
        message = (
            f"a rule matches text (words, regex, phrases) or behaviour ({', '.join(_TRIGGERS)}), "
            f"not both; '{triggers[0]}' needs a rule of its own ('who' works with either)"
        )
        ctx.error(message, line, rule_id)
    alone = [k for k in triggers if k in _ALONE]
    if alone and len(triggers) > 1:
        others = ", ".join(k for k in triggers if k != alone[0])
        ctx.error(f"'{alone[0]}' must be the rule's only trigger, not with {others}", line, rule_id)
    if "raid" in triggers and "who" in data:
        message = "'who' does not apply to 'raid': raid mode counts every join"
        ctx.error(message, data.value_line("who"), rule_id)


def _section(
    ctx: FileContext, data: LineMap, key: str, keys: tuple[str, ...], rule_id: str | None
) -> LineMap | None:
    """The mapping under ``key``, its keys checked; None when absent or not a mapping."""
    if key not in data:
        return None
    value = data[key]
    if not isinstance(value, LineMap):
        message = f"'{key}' must be a mapping with keys {', '.join(keys)}, not {describe(value)}"
        ctx.error(message, data.value_line(key), rule_id)
        return None
    ctx.check_keys(value, keys, f"'{key}'", rule_id)
    return value


def _rate(ctx: FileContext, data: LineMap | None, rule_id: str | None) -> RateSpec | None:
    """``rate: {count, max, per}``: more than ``max`` of ``count`` within ``per``."""
    if data is None:
        return None
    if not ctx.require(data, RATE_KEYS, "'rate'", rule_id):
        return None
    count = ctx.choice(data, "count", list(Count), rule_id)
    limit = read_count(ctx, data, "max", rule_id, (1, RATE_MAX))
    seconds = read_duration(ctx, data, "per", rule_id, (1, DAY))
    if count is None or limit is None or seconds is None:
        return None
    return RateSpec(Count(count), limit, seconds)


def _links(ctx: FileContext, data: LineMap | None, rule_id: str | None) -> LinkCheck | None:
    """``links: {allow, deny, spoofed, any}``; at least one of them."""
    if data is None:
        return None
    check = LinkCheck(
        allow=read_domains(ctx, data, "allow", rule_id),
        deny=read_domains(ctx, data, "deny", rule_id),
        spoofed=ctx.flag(data, "spoofed", False, rule_id),
        any=ctx.flag(data, "any", False, rule_id),
    )
    if not (check.allow or check.deny or check.spoofed or check.any):
        message = "'links' needs at least one of allow, deny, spoofed: true or any: true"
        ctx.error(message, data.line, rule_id)
    return check


def _invites(ctx: FileContext, data: LineMap | None, rule_id: str | None) -> InviteCheck | None:
    """``invites: {allow: [codes]}``: every other Discord invite hits."""
    if data is None:
        return None
    return InviteCheck(frozenset(ctx.strings(data, "allow", rule_id)))


def _files(ctx: FileContext, data: LineMap | None, rule_id: str | None) -> FileCheck | None:
    """``attachments: {extensions, content_types}``; at least one of them."""
    if data is None:
        return None
    check = FileCheck(read_extensions(ctx, data, rule_id), read_types(ctx, data, rule_id))
    if not (check.extensions or check.content_types):
        message = "'attachments' needs extensions or content_types"
        ctx.error(message, data.line, rule_id)
    return check


def _who(ctx: FileContext, data: LineMap | None, rule_id: str | None) -> Who | None:
    """``who``: conditions on the author, all of which must hold."""
    if data is None:
        return None
    if not data:
        ctx.error(f"'who' needs at least one of {', '.join(WHO_KEYS)}", data.line, rule_id)
    return Who(
        account_age_under=read_duration(ctx, data, "account_age_under", rule_id, (1, _YEAR)),
        joined_under=read_duration(ctx, data, "joined_under", rule_id, (1, _YEAR)),
        roles=ctx.ids(data, "roles", rule_id),
        without_roles=ctx.ids(data, "without_roles", rule_id),
        prior_warnings_at_least=read_count(
            ctx, data, "prior_warnings_at_least", rule_id, (1, 1000)
        ),
        prior_cases_at_least=read_count(ctx, data, "prior_cases_at_least", rule_id, (1, 1000)),
        posts_under=read_count(ctx, data, "posts_under", rule_id, (1, 1000)),
    )


def _raid(ctx: FileContext, data: LineMap | None, rule_id: str | None) -> RaidSpec | None:
    """``raid``: ``joins`` within ``per`` start raid mode, ``quiet`` without a join ends it."""
    if data is None:
        return None
    if not ctx.require(data, ("joins", "per", "quiet"), "'raid'", rule_id):
        return None
    joins = read_count(ctx, data, "joins", rule_id, (2, 10_000))
    seconds = read_duration(ctx, data, "per", rule_id, (1, 3600))
    quiet = read_duration(ctx, data, "quiet", rule_id, (_MINUTE, DAY))
    slowmode = _section(ctx, data, "slowmode", SLOWMODE_KEYS, rule_id)
    channels, delay = frozenset[str](), 0
    if slowmode is not None and ctx.require(slowmode, SLOWMODE_KEYS, "'slowmode'", rule_id):
        channels = ctx.ids(slowmode, "channels", rule_id)
        delay = read_count(ctx, slowmode, "seconds", rule_id, (1, 21_600)) or 0  # Discord's most
    if joins is None or seconds is None or quiet is None:
        return None
    return RaidSpec(
        joins=joins,
        seconds=seconds,
        quiet=quiet,
        slowmode_channels=channels,
        slowmode_seconds=delay,
        premoderate=ctx.flag(data, "premoderate", False, rule_id),
        pause_invites=ctx.flag(data, "pause_invites", False, rule_id),
    )


def _run_examples(
    ctx: FileContext, data: LineMap, spec: BehaviourSpec, rule_id: str | None
) -> None:
    """Check each example as one message from a fresh author; a failure is a load error."""
    if not (spec.examples_match or spec.examples_no_match):
        return
    line = data.value_line("examples")
    if spec.raid is not None or (
        spec.files is not None and spec.links is None and spec.invites is None
    ):
        ctx.error("'examples' do not apply to raid or attachments rules", line, rule_id)
        return
    for text, expected in [(t, True) for t in spec.examples_match] + [
        (t, False) for t in spec.examples_no_match
    ]:
        if (judge_alone(spec, text) is not None) != expected:
            verb = "should match but does not" if expected else "should not match but does"
            ctx.error(f"example {verb}: {text!r}", line, rule_id)
