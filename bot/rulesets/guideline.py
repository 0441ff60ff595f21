"""Turn one parsed guideline file into a Guideline, reporting every schema error by line."""

from __future__ import annotations

import re
from collections.abc import Set
from dataclasses import dataclass

from bot.core.matcher import compile_regex
from bot.core.rules import Action, Guideline, Mode, Rule, Scope, Source
from bot.rulesets.also import read_also
from bot.rulesets.behaviour_keys import BEHAVIOUR_RULE_KEYS, read_behaviour
from bot.rulesets.fields import FileContext, describe
from bot.rulesets.phrase_keys import (
    LANGUAGE_TOP_KEYS,
    PHRASE_RULE_KEYS,
    Language,
    expand_regexes,
    read_contexts,
    read_language,
    read_phrases,
    read_unless,
)
from bot.rulesets.score import read_score
from bot.rulesets.terms import read_words_file
from bot.rulesets.yaml_lines import LineList, LineMap

__all__ = [
    "EXAMPLE_KEYS",
    "LAYER_KEYS",
    "LAYER_REQUIRED",
    "OPTIONAL_TOP_KEYS",
    "RULE_KEYS",
    "RULE_REQUIRED",
    "SCOPE_KEYS",
    "SEVERITY_NAMES",
    "TOP_KEYS",
    "ParsedGuideline",
    "parse_guideline",
]

TOP_KEYS = ("guideline", "title", "summary", "rules")  # all required in a shared file
LAYER_KEYS = (*TOP_KEYS, "disable")  # a guild's layer file: only ``guideline`` is required
LAYER_REQUIRED = ("guideline",)
OPTIONAL_TOP_KEYS = LANGUAGE_TOP_KEYS  # allowed in shared and layer files alike
RULE_KEYS = (
    "id",
    "description",
    "words",
    "words_file",
    "regex",
    "unless",
    "action",
    "also",
    "mode",
    "severity",
    "tell_author",
    "examples",
    "scope",
    *PHRASE_RULE_KEYS,
    "score",
    *BEHAVIOUR_RULE_KEYS,
)
RULE_REQUIRED = ("id", "action")
SCOPE_KEYS = ("channels", "exclude_channels", "exempt_roles", "exempt_moderators")
EXAMPLE_KEYS = ("match", "no_match")
SEVERITY_NAMES = {"low": 1, "medium": 2, "high": 3}
FLAG_ONLY = {"be-truthful": "a keyword cannot judge truth, so a moderator must"}
_KEBAB = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@dataclass(frozen=True, slots=True)
class ParsedGuideline:
    """A guideline as read, those of its rules sound enough to compile and test, and (in a
    guild's layer file) the ids of shared rules it turns off, with their lines."""

    guideline: Guideline
    checkable: tuple[Rule, ...]
    disable: tuple[tuple[str, int], ...] = ()


def _kebab(
    ctx: FileContext, value: object, what: str, line: int, rule_id: str | None = None
) -> str | None:
    """The value when it is a kebab-case id; otherwise report it and return None."""
    if not isinstance(value, str):
        ctx.error(f"{what} must be a kebab-case string, not {describe(value)}", line, rule_id)
        return None
    if not _KEBAB.fullmatch(value):
        fixed = "-".join(re.findall(r"[a-z0-9]+", value.lower())) or "my-id"
        message = f"{what} '{value}' must be kebab-case (lowercase letters, digits, single hyphens)"
        ctx.error(f"{message}, e.g. '{fixed}'", line, rule_id)
        return None
    return value


def parse_guideline(
    ctx: FileContext,
    data: object,
    stem: str,
    max_terms: int,
    *,
    layer: bool = False,
    guidelines: Set[str] = frozenset(),
) -> ParsedGuideline | None:
    """Read a file's top level and its rules; None when it is not a mapping at all.

    A ``layer`` file (a guild's own rules directory) needs only ``guideline`` and may list
    shared rule ids under ``disable``. ``guidelines`` holds every guideline id of the load,
    which a rule's ``also`` may name (``stem`` is one of them).
    """
    if data is None:
        ctx.error(f"the file is empty; it needs the keys {', '.join(TOP_KEYS)}", 1)
        return None
    if not isinstance(data, LineMap):
        line = data.line if isinstance(data, LineList) else 1
        message = (
            f"the file must be a mapping with the keys {', '.join(TOP_KEYS)}, not {describe(data)}"
        )
        ctx.error(message, line)
        return None
    allowed = (*(LAYER_KEYS if layer else TOP_KEYS), *OPTIONAL_TOP_KEYS)
    ctx.check_keys(data, allowed, "the guideline", None)
    ctx.require(data, LAYER_REQUIRED if layer else TOP_KEYS, "the guideline", None)
    if "guideline" in data:
        line = data.value_line("guideline")
        gid = _kebab(ctx, data["guideline"], "guideline id", line)
        if gid is not None and gid != stem:
            message = f"guideline id '{gid}' must match the file name '{stem}'; rename one of them"
            ctx.error(message, line)
    title = ctx.text(data, "title", None, empty_ok=layer or "title" not in data)
    summary = ctx.text(data, "summary", None, empty_ok=layer or "summary" not in data)
    language = read_language(ctx, data)
    known = {*guidelines, stem}
    parsed = [
        _parse_rule(ctx, item, line, (stem, known), max_terms, language)
        for item, line in _rule_items(ctx, data)
    ]
    guideline = Guideline(
        id=stem,
        title=title,
        summary=summary,
        rules=tuple(rule for rule, _ in parsed),
        source=Source(ctx.file, data.line),
    )
    disable = _disable(ctx, data) if layer else ()
    # Examples that need the readings would fail only for the file's error: not run then.
    unread = "readings_file" in data and language.readings is None
    checkable = () if unread else tuple(rule for rule, ok in parsed if ok)
    return ParsedGuideline(guideline, checkable, disable)


def _disable(ctx: FileContext, data: LineMap) -> tuple[tuple[str, int], ...]:
    """The rule ids a layer file turns off, each with its line."""
    if "disable" not in data:
        return ()
    ids = data["disable"]
    if not isinstance(ids, LineList):
        message = f"'disable' must be a list of rule ids, not {describe(ids)}"
        ctx.error(message, data.value_line("disable"))
        return ()
    found = []
    for item, line in zip(ids, ids.item_lines, strict=True):
        rule_id = _kebab(ctx, item, "disabled rule id", line)
        if rule_id is not None:
            found.append((rule_id, line))
    return tuple(found)


def _rule_items(ctx: FileContext, data: LineMap) -> list[tuple[LineMap, int]]:
    """The rule mappings under ``rules``, reporting items that are not mappings."""
    if "rules" not in data:
        return []  # required in a shared file (reported once, by ``require``)
    rules = data["rules"]
    if not isinstance(rules, LineList):
        message = (
            f"'rules' must be a list of rules (each starting '- id: ...'), not {describe(rules)}"
        )
        ctx.error(message, data.value_line("rules"))
        return []
    items = []
    for item, line in zip(rules, rules.item_lines, strict=True):
        if isinstance(item, LineMap):
            items.append((item, line))
        else:
            ctx.error(
                f"each rule must be a mapping starting '- id: ...', not {describe(item)}", line
            )
    return items


def _parse_rule(
    ctx: FileContext,
    data: LineMap,
    line: int,
    guidelines: tuple[str, Set[str]],
    max_terms: int,
    language: Language,
) -> tuple[Rule, bool]:
    """One rule, and whether its matching parts are sound enough to compile and test.

    ``guidelines`` is the rule's own guideline and every guideline id of the load.
    """
    guideline, known = guidelines
    raw_id = data.get("id")
    rule_id = raw_id if isinstance(raw_id, str) else None
    ctx.require(data, RULE_REQUIRED, "the rule", rule_id)
    id_line = data.value_line("id")
    valid_id = "id" in data and _kebab(ctx, raw_id, "rule id", id_line, rule_id) is not None
    before = len(ctx.errors)
    ctx.check_keys(data, RULE_KEYS, "a rule", rule_id)  # a misspelt key may be a lost term
    words, examples_match, examples_no_match = _match_parts(ctx, data, rule_id, max_terms)
    regex = ctx.strings(data, "regex", rule_id, single_ok=True)
    regex = expand_regexes(ctx, data, regex, rule_id, language)
    _check_regexes(ctx, data, regex, rule_id)
    regex += read_phrases(ctx, data, rule_id, language)
    unless = read_unless(ctx, data, rule_id, language)
    contexts = read_contexts(ctx, data, rule_id, language)
    score = read_score(ctx, data, rule_id)
    examples = (examples_match, examples_no_match)
    behaviour = read_behaviour(ctx, data, rule_id, bool(words or regex), examples)
    if behaviour is not None and not (words or regex):  # it runs its own examples
        examples_match = examples_no_match = ()
    sound = len(ctx.errors) == before
    if sound and not (words or regex or score or behaviour):
        message = (
            "the rule matches nothing: it needs at least one of words, words_file, regex, "
            "phrases, score or a behaviour key"
        )
        ctx.error(message, line, rule_id)
    action = _action(ctx, data, guideline, rule_id)
    also = read_also(ctx, data, rule_id, guideline, known)
    if also and behaviour is not None:
        message = "'also' is for text rules: a behaviour rule's hits count under its own guideline"
        ctx.error(message, data.value_line("also"), rule_id)
    rule = Rule(
        id=rule_id or "",
        guideline=guideline,
        action=action,
        also=also,
        words=words,
        regex=regex,
        unless=unless,
        unless_regex=contexts.regexes,
        context_before=contexts.before,
        context_after=contexts.after,
        unless_quoted=contexts.quoted,
        mode=Mode(ctx.choice(data, "mode", list(Mode), rule_id) or Mode.ENFORCE),
        severity=_severity(ctx, data, rule_id),
        description=ctx.text(data, "description", rule_id, empty_ok=True),
        tell_author=ctx.text(data, "tell_author", rule_id, empty_ok=True),
        examples_match=examples_match,
        examples_no_match=examples_no_match,
        scope=_scope(ctx, data, rule_id),
        score=score,
        source=Source(ctx.file, line),
        behaviour=behaviour,
        readings=language.readings,
    )
    return rule, sound and valid_id and bool(words or regex or score or behaviour)


def _check_regexes(
    ctx: FileContext, data: LineMap, patterns: tuple[str, ...], rule_id: str | None
) -> None:
    """Report each regex RE2 rejects at its own line (the engine knows only the rule's)."""
    value = data.get("regex")
    lines = value.item_lines if isinstance(value, LineList) else [data.value_line("regex")]
    if len(lines) != len(patterns):
        return  # some items were not strings, and are reported already
    for pattern, line in zip(patterns, lines, strict=True):
        try:
            compile_regex(pattern)
        except ValueError as exc:
            ctx.error(str(exc), line, rule_id)


def _match_parts(
    ctx: FileContext, data: LineMap, rule_id: str | None, max_terms: int
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The rule's terms (words plus words_file) and its match / no_match examples."""
    words = ctx.strings(data, "words", rule_id) + read_words_file(ctx, data, rule_id)
    if len(words) > max_terms:
        message = (
            f"the rule has {len(words)} terms (words and words_file together); "
            f"the limit is {max_terms}"
        )
        ctx.error(message, data.line, rule_id)
    examples = data.get("examples", None)
    if examples is None:
        return words, (), ()
    if not isinstance(examples, LineMap):
        message = (
            f"'examples' must be a mapping with match and no_match lists, not {describe(examples)}"
        )
        ctx.error(message, data.value_line("examples"), rule_id)
        return words, (), ()
    ctx.check_keys(examples, EXAMPLE_KEYS, "examples", rule_id)
    match = ctx.strings(examples, "match", rule_id)
    return words, match, ctx.strings(examples, "no_match", rule_id)


def _action(ctx: FileContext, data: LineMap, guideline: str, rule_id: str | None) -> Action:
    """The rule's action; flag-only guidelines reject any other."""
    action = Action(ctx.choice(data, "action", list(Action), rule_id) or Action.FLAG)
    if guideline in FLAG_ONLY and "action" in data and action is not Action.FLAG:
        message = (
            f"rules of {guideline} must use action 'flag', not '{action}': {FLAG_ONLY[guideline]}"
        )
        ctx.error(message, data.value_line("action"), rule_id)
    return action


def _severity(ctx: FileContext, data: LineMap, rule_id: str | None) -> int:
    """Severity 1..3, also written low / medium / high; 2 when absent."""
    value = data.get("severity", 2)
    if isinstance(value, str) and value.lower() in SEVERITY_NAMES:
        return SEVERITY_NAMES[value.lower()]
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 3:
        return value
    shown = f"'{value}'" if isinstance(value, str) else describe(value)
    message = f"'severity' must be 1, 2 or 3 (or low, medium, high), not {shown}"
    ctx.error(message, data.value_line("severity"), rule_id)
    return 2


def _scope(ctx: FileContext, data: LineMap, rule_id: str | None) -> Scope:
    """Where the rule applies; absent means everywhere, moderators exempt."""
    scope = data.get("scope", None)
    if scope is None:
        return Scope()
    if not isinstance(scope, LineMap):
        message = (
            f"'scope' must be a mapping (channels, exclude_channels, ...), not {describe(scope)}"
        )
        ctx.error(message, data.value_line("scope"), rule_id)
        return Scope()
    ctx.check_keys(scope, SCOPE_KEYS, "scope", rule_id)
    return Scope(
        channels=ctx.ids(scope, "channels", rule_id),
        exclude_channels=ctx.ids(scope, "exclude_channels", rule_id),
        exempt_roles=ctx.ids(scope, "exempt_roles", rule_id),
        exempt_moderators=ctx.flag(scope, "exempt_moderators", True, rule_id),
    )
