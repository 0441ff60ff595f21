"""Word classes: named lists of words and phrases that patterns use as ``{name}``.

A guideline file defines them under ``classes:`` and may read shared ones from the file
named by ``classes_file`` (a path inside the rules directory). A class is a list of members
(words, phrases, or patterns using other classes), or ``{words: [...], inflect: verb|noun}``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.core.errors import RuleError
from bot.core.rules import Source
from bot.rulesets.fields import FileContext, describe
from bot.rulesets.inflect import INFLECTIONS, inflect
from bot.rulesets.phrases import (
    CLASS_NAME,
    PhraseError,
    Seq,
    class_refs,
    fragment,
    is_plain,
    parse,
    trailing,
)
from bot.rulesets.shared_files import read_shared
from bot.rulesets.yaml_lines import LineList, LineMap

__all__ = ["WordClass", "WordClasses", "read_classes"]

CLASS_KEYS = ("words", "inflect")
FILE_KEYS = ("classes",)


@dataclass(frozen=True, slots=True)
class WordClass:
    """One class: its members as written (inflections added) and as parsed patterns."""

    name: str
    texts: tuple[str, ...]
    patterns: tuple[Seq, ...]
    source: Source


@dataclass
class WordClasses:
    """The classes one guideline file can use, compiling each to a regex once."""

    classes: dict[str, WordClass] = field(default_factory=dict)
    _regex: dict[tuple[str, bool], str] = field(default_factory=dict)

    def regex(self, name: str, spaced: bool) -> str:
        """Any member of the class, each followed by its space when ``spaced``."""
        key = (name, spaced)
        if key not in self._regex:
            word_class = self.classes.get(name)
            if word_class is None:
                known = ", ".join(sorted(self.classes)) or "none are defined"
                raise PhraseError(f"unknown class {{{name}}} (known classes: {known})")
            compile_one = trailing if spaced else fragment
            members = dict.fromkeys(compile_one(p, self.regex) for p in word_class.patterns)
            self._regex[key] = "(?:" + "|".join(members) + ")"
        return self._regex[key]

    def words(self, name: str) -> tuple[str, ...]:
        """A class's members as plain terms, classes included expanded (for allow lists)."""
        out: list[str] = []
        for text in self.classes[name].texts:
            inner = text[1:-1] if text.startswith("{") and text.endswith("}") else None
            out += self.words(inner) if inner in self.classes else [text]
        return tuple(out)


def read_classes(ctx: FileContext, data: LineMap) -> WordClasses:
    """The classes of a guideline file: its ``classes_file`` ones, then its own."""
    classes = WordClasses()
    for name, line in _class_files(ctx, data):
        shared = read_shared(ctx, "classes_file", name, line, _compile_file)
        for word_class in (shared or {}).values():
            if word_class.name in classes.classes:
                earlier = classes.classes[word_class.name].source
                ctx.error(f"class '{word_class.name}' is already defined at {earlier}", line)
            else:
                classes.classes[word_class.name] = word_class
    if "classes" in data:
        _read_mapping(ctx, data["classes"], data.value_line("classes"), classes)
    _check_references(ctx, classes)
    return classes


def _class_files(ctx: FileContext, data: LineMap) -> list[tuple[str, int]]:
    """The ``classes_file`` names (one or a list), each with its line."""
    names = ctx.strings(data, "classes_file", None, single_ok=True)
    value = data.get("classes_file")
    lines = value.item_lines if isinstance(value, LineList) else [data.value_line("classes_file")]
    return list(zip(names, lines, strict=False))


def _compile_file(ctx: FileContext, data: LineMap) -> dict[str, WordClass]:
    """A shared classes file's classes (``shared_files.read_shared`` reads it once per load)."""
    into = WordClasses()
    ctx.check_keys(data, FILE_KEYS, "a classes file", None)
    if "classes" in data:
        _read_mapping(ctx, data["classes"], data.value_line("classes"), into)
    return into.classes


def _read_mapping(ctx: FileContext, value: object, line: int, into: WordClasses) -> None:
    """Add each class of a ``classes:`` mapping; a name defined twice is an error."""
    if not isinstance(value, LineMap):
        message = f"'classes' must be a mapping of class names to word lists, not {describe(value)}"
        ctx.error(message, line)
        return
    for name, body in value.items():
        where = value.key_lines.get(name, value.line)
        if not isinstance(name, str) or not CLASS_NAME.fullmatch(name):
            message = f"class name {name!r} must be lowercase letters, digits, - or _"
            ctx.error(message, where)
            continue
        if name in into.classes:
            ctx.error(f"class '{name}' is already defined at {into.classes[name].source}", where)
            continue
        word_class = _read_class(ctx, name, body, value.value_line(name))
        if word_class is not None:
            into.classes[name] = word_class


def _read_class(ctx: FileContext, name: str, body: object, line: int) -> WordClass | None:
    """One class: a list of members, or a mapping with ``words`` and ``inflect``."""
    kind = None
    if isinstance(body, LineMap):
        ctx.check_keys(body, CLASS_KEYS, f"class '{name}'", None)
        kind = ctx.choice(body, "inflect", INFLECTIONS, None)
        items = body.get("words")
        line = body.value_line("words")
    else:
        items = body
    if not isinstance(items, LineList) or not items:
        message = f"class '{name}' must be a non-empty list of words, not {describe(items)}"
        ctx.error(message, line)
        return None
    texts: list[str] = []
    patterns: list[Seq] = []
    for item, item_line in zip(items, items.item_lines, strict=True):
        if not isinstance(item, str) or not item.strip():
            ctx.error(f"class '{name}' members must be words, not {describe(item)}", item_line)
            continue
        for text in _forms(ctx, item.strip(), kind, name, item_line):
            try:
                patterns.append(parse(text))
            except PhraseError as exc:
                ctx.error(f"class '{name}': {exc}", item_line)
                continue
            texts.append(text)
    return WordClass(name, tuple(texts), tuple(patterns), Source(ctx.file, line))


def _forms(ctx: FileContext, item: str, kind: str | None, name: str, line: int) -> tuple[str, ...]:
    """A member and, in an inflected class, its inflections (class references stay as they are)."""
    if kind is None or (item.startswith("{") and item.endswith("}")):
        return (item,)
    if not is_plain(item):
        message = f"class '{name}' inflects plain words only; write out the forms of {item!r}"
        ctx.error(message, line)
        return ()
    return inflect(item.lower(), kind)


def _check_references(ctx: FileContext, classes: WordClasses) -> None:
    """Report members naming unknown classes, and classes that include themselves."""
    # Each class's references in order, read off its patterns once for both checks.
    refs = {
        name: [ref for pattern in word_class.patterns for ref in class_refs(pattern)]
        for name, word_class in classes.classes.items()
    }
    for name, word_class in classes.classes.items():
        for ref in refs[name]:
            if ref not in classes.classes:
                known = ", ".join(sorted(classes.classes))
                message = f"class '{word_class.name}' uses unknown class {{{ref}}} (known: {known})"
                _error_at(ctx, word_class.source, message)
    reported: set[str] = set()
    for name in list(classes.classes):
        cycle = _cycle(classes, refs, name, [])
        if cycle and not reported.intersection(cycle):
            reported.update(cycle)
            path = " -> ".join(f"{{{n}}}" for n in [*cycle, cycle[0]])
            _error_at(ctx, classes.classes[cycle[0]].source, f"classes include each other: {path}")
            for member in cycle:
                del classes.classes[member]


def _cycle(
    classes: WordClasses, refs: dict[str, list[str]], name: str, path: list[str]
) -> list[str]:
    """The cycle of class inclusions through ``name``, if any (depth-first); ``refs``: the
    classes each class's members name, in order."""
    if name in path:
        return path[path.index(name) :]
    if name not in classes.classes:
        return []
    for ref in refs[name]:
        found = _cycle(classes, refs, ref, [*path, name])
        if found:
            return found
    return []


def _error_at(ctx: FileContext, source: Source, message: str) -> None:
    """An error at a class's own place, which may be in the shared classes file."""
    ctx.errors.append(RuleError(message, source))
