"""Read the phrase-language keys of a guideline file and compile them into regexes and terms.

Top level: ``classes``, ``classes_file``, ``allow_names``, ``allow_phrases`` and
``readings_file``. Per rule: ``phrases`` (compiled into the rule's regexes), ``{class}`` inside
``regex`` entries and ``unless`` items, and ``unless_phrases`` and ``unless_context`` (compiled
into the rule's ``unless_regex``, with the file's ``allow_phrases``).
Everything compiles at load into what the matcher already runs: phrases join the one RE2 set,
names the one automaton, and allow-list regexes run only for rules that hit, so a message
costs the same however many patterns there are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.matcher import compile_regex
from bot.core.readings import Readings
from bot.rulesets.classes import WordClasses, read_classes
from bot.rulesets.fields import FileContext, describe
from bot.rulesets.phrases import PhraseError, is_plain, parse, phrase_regex, trailing
from bot.rulesets.readings_file import read_readings
from bot.rulesets.yaml_lines import LineList, LineMap

__all__ = [
    "CONTEXT_KEYS",
    "LANGUAGE_TOP_KEYS",
    "PHRASE_RULE_KEYS",
    "Contexts",
    "Language",
    "expand_regexes",
    "read_contexts",
    "read_language",
    "read_phrases",
    "read_unless",
]

LANGUAGE_TOP_KEYS = ("classes", "classes_file", "allow_names", "allow_phrases", "readings_file")
PHRASE_RULE_KEYS = ("phrases", "unless_phrases", "unless_context")
CONTEXT_KEYS = ("before", "after", "within", "quoted")
DEFAULT_WITHIN = 4
# A context is looked for at most this many words from its hit (a phrase's gap may be longer).
MAX_WITHIN = 8
_CLASS_IN_REGEX = re.compile(r"(?<!\\)\{([a-z][a-z0-9_-]*)\}")
_CLASS_ITEM = re.compile(r"\{([a-z][a-z0-9_-]*)\}")
_GAP = "(?:[^ ]+ ){{0,{}}}"


@dataclass(frozen=True, slots=True)
class Contexts:
    """A rule's ``unless_context``: allow-list regexes, and whether quoted hits stand."""

    regexes: tuple[str, ...] = ()
    quoted: bool = False
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Language:
    """What a guideline file's rules share: its word classes, its allowed names, its allowed
    phrases (compiled, an ``unless_phrases`` of every rule) and the readings of dialect
    spellings its rules also match (``readings_file``)."""

    classes: WordClasses
    allow_names: tuple[str, ...] = ()
    readings: Readings | None = None
    allow_phrases: tuple[str, ...] = ()


def read_language(ctx: FileContext, data: LineMap) -> Language:
    """The file's classes (its own and its classes_file's), ``allow_names``,
    ``allow_phrases`` and readings."""
    classes = read_classes(ctx, data)
    language = Language(classes)
    names = _terms(ctx, data, "allow_names", None, language)
    phrases = read_phrases(ctx, data, None, language, "allow_phrases")
    return Language(classes, names, read_readings(ctx, data), phrases)


def read_unless(
    ctx: FileContext, data: LineMap, rule_id: str | None, language: Language
) -> tuple[str, ...]:
    """The rule's ``unless`` terms, ``{class}`` items expanded, then the file's allowed names."""
    return _terms(ctx, data, "unless", rule_id, language) + language.allow_names


def read_phrases(
    ctx: FileContext, data: LineMap, rule_id: str | None, language: Language, key: str = "phrases"
) -> tuple[str, ...]:
    """The rule's ``phrases`` (or another key's patterns), each compiled to a regex."""
    regexes = []
    for text, line in _items(ctx, data, key, rule_id):
        try:
            regex = phrase_regex(parse(text), language.classes.regex)
            compile_regex(regex)
        except (PhraseError, ValueError) as exc:
            what = "phrase" if key == "phrases" else key
            ctx.error(f"{what} {text!r}: {_reason(exc)}", line, rule_id)
            continue
        regexes.append(regex)
    return tuple(regexes)


def expand_regexes(
    ctx: FileContext,
    data: LineMap,
    patterns: tuple[str, ...],
    rule_id: str | None,
    language: Language,
) -> tuple[str, ...]:
    """The rule's regexes with each ``{class}`` replaced by any of its members."""
    lines = _lines(data, "regex", len(patterns))
    expanded = []
    for pattern, line in zip(patterns, lines, strict=True):
        try:
            expanded.append(
                _CLASS_IN_REGEX.sub(lambda m: language.classes.regex(m.group(1), False), pattern)
            )
        except PhraseError as exc:
            ctx.error(f"regex {pattern!r}: {exc}", line, rule_id)
            expanded.append(pattern)
    return tuple(expanded)


def read_contexts(
    ctx: FileContext, data: LineMap, rule_id: str | None, language: Language
) -> Contexts:
    """``unless_phrases`` (then the file's ``allow_phrases``) and ``unless_context`` as
    allow-list regexes, and the ``quoted`` flag.

    An unless phrase cancels the hits it overlaps, like an ``unless`` term.

    A ``before`` context followed within ``within`` words by a hit cancels it: its regex
    spans the context and the next ``within`` + 1 words, and cancels the hits that start
    after the context does. An ``after`` context spans the ``within`` + 1 words before it,
    and cancels the hits that end before it does.
    """
    phrases = read_phrases(ctx, data, rule_id, language, "unless_phrases")
    phrases += language.allow_phrases
    value = data.get("unless_context")
    if value is None:
        return Contexts(phrases)
    line = data.value_line("unless_context")
    if not isinstance(value, LineMap):
        message = (
            "'unless_context' must be a mapping with before, after, within and quoted, "
            f"not {describe(value)}"
        )
        ctx.error(message, line, rule_id)
        return Contexts(phrases)
    ctx.check_keys(value, CONTEXT_KEYS, "unless_context", rule_id)
    within = _within(ctx, value, rule_id)
    gap = _GAP.format(within + 1)
    sides: dict[str, tuple[str, ...]] = {}
    for key in ("before", "after"):
        contexts = _contexts(ctx, value, key, rule_id, language)
        either = "(?:" + "|".join(contexts) + ")"
        regex = f" {either}{gap}" if key == "before" else f" {gap}{either}"
        sides[key] = (regex,) if contexts else ()
    quoted = ctx.flag(value, "quoted", False, rule_id)
    if not ("before" in value or "after" in value or "quoted" in value):
        ctx.error("'unless_context' needs 'before' or 'after' phrases, or 'quoted'", line, rule_id)
    return Contexts(phrases, quoted, sides["before"], sides["after"])


def _within(ctx: FileContext, value: LineMap, rule_id: str | None) -> int:
    """How many words may lie between a context and the hit it cancels."""
    within = value.get("within", DEFAULT_WITHIN)
    if isinstance(within, int) and not isinstance(within, bool) and 0 <= within <= MAX_WITHIN:
        return within
    shown = within if isinstance(within, int) else describe(within)
    message = f"'within' must be a number of words from 0 to {MAX_WITHIN}, not {shown}"
    ctx.error(message, value.value_line("within"), rule_id)
    return DEFAULT_WITHIN


def _contexts(
    ctx: FileContext, value: LineMap, key: str, rule_id: str | None, language: Language
) -> list[str]:
    """The context phrases under ``key``, each compiled with a space after every word."""
    compiled = []
    for text, line in _items(ctx, value, key, rule_id):
        try:
            regex = trailing(parse(text), language.classes.regex)
            compile_regex(" " + regex)
        except (PhraseError, ValueError) as exc:
            ctx.error(f"unless_context {key} {text!r}: {_reason(exc)}", line, rule_id)
            continue
        compiled.append(regex)
    return compiled


def _terms(
    ctx: FileContext, data: LineMap, key: str, rule_id: str | None, language: Language
) -> tuple[str, ...]:
    """Terms for the automaton: words and names as written, ``{class}`` items expanded."""
    terms: list[str] = []
    for text, line in _items(ctx, data, key, rule_id):
        match = _CLASS_ITEM.fullmatch(text.strip())
        if match is None:
            terms.append(text)
            continue
        name = match.group(1)
        if name not in language.classes.classes:
            known = ", ".join(sorted(language.classes.classes)) or "none are defined"
            ctx.error(f"'{key}' uses unknown class {text} (known classes: {known})", line, rule_id)
            continue
        words = language.classes.words(name)
        patterns = [w for w in words if not is_plain(w)]
        if patterns:
            message = (
                f"'{key}' takes plain words, but class {text} has patterns such as "
                f"{patterns[0]!r}; use the class in phrases instead"
            )
            ctx.error(message, line, rule_id)
            continue
        terms += words
    return tuple(terms)


def _items(ctx: FileContext, data: LineMap, key: str, rule_id: str | None) -> list[tuple[str, int]]:
    """A string list's items, each with its own line (one string counts as a list)."""
    items = ctx.strings(data, key, rule_id, single_ok=True)
    return list(zip(items, _lines(data, key, len(items)), strict=True))


def _lines(data: LineMap, key: str, count: int) -> list[int]:
    """The line of each item of a list value (the key's line when items are not all there)."""
    value = data.get(key)
    if isinstance(value, LineList) and len(value.item_lines) == count:
        return list(value.item_lines)
    return [data.value_line(key)] * count


def _reason(exc: Exception) -> str:
    """An error's message without the generated regex RE2 quotes back at length."""
    head, found, reason = str(exc).partition(" rejected by RE2: ")
    return f"RE2 rejects it: {reason}" if found else head
