"""Load every rule file of a directory, validate it all, and compile it into an Engine."""

from __future__ import annotations

from collections.abc import Set
from dataclasses import replace
from pathlib import Path

import yaml

from bot.core.engine import Engine
from bot.core.errors import RuleError, RuleErrors
from bot.core.rules import Guideline, RuleSet, Source
from bot.rulesets.discovery import find_rule_files
from bot.rulesets.fields import FileContext
from bot.rulesets.guideline import ParsedGuideline, parse_guideline
from bot.rulesets.layers import apply_layer
from bot.rulesets.yaml_lines import parse_yaml

__all__ = ["MAX_TERMS", "load_engine", "load_rules", "load_rules_file", "rule_files"]

MAX_TERMS = 20_000


def load_rules(directory: Path, *, max_terms: int = MAX_TERMS) -> RuleSet:
    """Every guideline in ``directory``; raises RuleErrors listing all problems of all files."""
    return load_engine(directory, max_terms=max_terms).ruleset


def load_rules_file(path: Path, *, max_terms: int = MAX_TERMS) -> RuleSet:
    """One guideline file; raises RuleErrors listing all its problems."""
    return _load([path], max_terms).ruleset


def load_engine(
    directory: Path, *, max_terms: int = MAX_TERMS, layer: Path | None = None
) -> Engine:
    """Load, validate and compile ``directory``'s rules; examples have all passed.

    ``layer`` is a guild's own rules directory, applied over the shared one (it may be empty).
    """
    layer_files = None if layer is None else rule_files(layer, empty_ok=True)
    return _load(rule_files(directory), max_terms, layer_files)


def rule_files(directory: Path, *, empty_ok: bool = False) -> list[Path]:
    """The rule files of a rules directory, sorted; RuleErrors if there are none.

    Which files count is ``discovery.find_rule_files``'s to say (the watcher asks it too).
    """
    if not directory.exists():
        raise RuleErrors([RuleError(f"rules directory '{directory}' does not exist")])
    if not directory.is_dir():
        raise RuleErrors([RuleError(f"'{directory}' is not a directory of rule files")])
    found = find_rule_files(directory)
    if not found.files and not empty_ok:
        message = f"no rule files (*.yaml or *.yml) in rules directory '{directory}'"
        if found.skipped:
            names = ", ".join(s.path.name for s in found.skipped)
            message += f"; skipped {len(found.skipped)}: {names}"
        raise RuleErrors([RuleError(message)])
    return list(found.files)


def _load(files: list[Path], max_terms: int, layer: list[Path] | None = None) -> Engine:
    """Parse every file, check ids across files, compile and run examples; all or nothing."""
    errors: list[RuleError] = []
    shared: dict[tuple[str, Path], object] = {}
    # Every file is named for its guideline, so a rule's ``also`` is checked as it is read.
    guidelines = frozenset(path.stem for path in [*files, *(layer or [])])
    parsed = _parse(files, max_terms, errors, shared, guidelines)
    if layer is not None:
        layered = _parse(layer, max_terms, errors, shared, guidelines, layer=True)
        parsed = apply_layer(parsed, layered, errors)
    checkable = _check_ids(parsed, errors)
    engine = _compile(RuleSet(tuple(_keep(p.guideline, checkable) for p in parsed)), errors)
    _compile_rest(parsed, checkable, errors)
    if errors or engine is None:
        raise RuleErrors(sorted(errors, key=_position))
    return engine


def _parse(
    files: list[Path],
    max_terms: int,
    errors: list[RuleError],
    shared: dict[tuple[str, Path], object],
    guidelines: Set[str],
    *,
    layer: bool = False,
) -> list[ParsedGuideline]:
    """Every file that parses into a guideline; the problems of all go to ``errors``, and
    files they share (``shared``) are read once. ``guidelines``: every guideline id loaded."""
    parsed: list[ParsedGuideline] = []
    for path in files:
        ctx = FileContext(str(path), path.parent, shared=shared)
        result = _read_file(ctx, path, max_terms, layer, guidelines)
        errors.extend(ctx.errors)
        if result is not None:
            parsed.append(result)
    return parsed


def _read_file(
    ctx: FileContext, path: Path, max_terms: int, layer: bool, guidelines: Set[str]
) -> ParsedGuideline | None:
    """Read, decode and parse one YAML file, reporting syntax problems with their line."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        ctx.error(f"cannot read the file: {exc.strerror}", 1)
        return None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        ctx.error(
            f"the file is not UTF-8 text (byte 0x{raw[exc.start]:02x}); save it as UTF-8", line
        )
        return None
    try:
        data, duplicates = parse_yaml(text)
    except yaml.YAMLError as exc:
        ctx.error(*_yaml_problem(exc))
        return None
    for dup in duplicates:
        ctx.error(f"{dup}; YAML would keep only the last one", dup.line)
    return parse_guideline(ctx, data, path.stem, max_terms, layer=layer, guidelines=guidelines)


def _yaml_problem(exc: yaml.YAMLError) -> tuple[str, int]:
    """A one-line message and line number for a YAML syntax error."""
    if not isinstance(exc, yaml.MarkedYAMLError) or exc.problem_mark is None:
        return f"invalid YAML: {exc}", 1
    message = f"invalid YAML: {exc.problem}"
    if exc.context and exc.context_mark is not None:
        message += f" ({exc.context} at line {exc.context_mark.line + 1})"
    return message, exc.problem_mark.line + 1


def _check_ids(parsed: list[ParsedGuideline], errors: list[RuleError]) -> set[int]:
    """Report guideline and rule ids defined twice; the identities of checkable rules."""
    first: dict[tuple[str, str], Source] = {}
    checkable: set[int] = set()
    for p in parsed:
        g = p.guideline
        if ("guideline", g.id) in first:
            message = f"guideline '{g.id}' is defined twice (also at {first['guideline', g.id]})"
            errors.append(RuleError(message, g.source))
            continue
        first["guideline", g.id] = g.source
        sound = {id(r) for r in p.checkable}
        for rule in g.rules:
            if rule.id and ("rule", rule.id) in first:
                where = first["rule", rule.id]
                message = f"duplicate rule id '{rule.id}': it is already used at {where}"
                errors.append(RuleError(message, rule.source, rule.id))
            elif rule.id:
                first["rule", rule.id] = rule.source
                checkable.update({id(rule)} & sound)
    return checkable


def _keep(guideline: Guideline, checkable: set[int]) -> Guideline:
    """The guideline with only its checkable rules."""
    return replace(guideline, rules=tuple(r for r in guideline.rules if id(r) in checkable))


def _compile(ruleset: RuleSet, errors: list[RuleError]) -> Engine | None:
    """Build the engine and run the examples, dropping rules the engine rejects, once each."""
    while True:
        try:
            engine = Engine(ruleset)
        except RuleErrors as exc:
            errors.extend(exc.errors)
            bad = {e.rule_id for e in exc.errors}
            kept = RuleSet(tuple(_without(g, bad) for g in ruleset.guidelines))
            if None in bad or kept == ruleset:
                return None
            ruleset = kept
            continue
        errors.extend(_as_rule_error(e) for e in engine.example_failures())
        return engine


def _compile_rest(
    parsed: list[ParsedGuideline], checkable: set[int], errors: list[RuleError]
) -> None:
    """Compile the terms of rules too broken to test, to report their errors too (their
    regexes were checked, each at its own line, when the file was read)."""
    rest = tuple(
        replace(rule, regex=(), examples_match=(), examples_no_match=())
        for p in parsed
        for rule in p.guideline.rules
        if id(rule) not in checkable
    )
    if not rest:  # the usual case: no second engine to build
        return
    try:
        Engine(RuleSet((Guideline("", "", "", rest),)))
    except RuleErrors as exc:
        errors.extend(exc.errors)


def _without(guideline: Guideline, rule_ids: set[str | None]) -> Guideline:
    """The guideline without the rules named."""
    return replace(guideline, rules=tuple(r for r in guideline.rules if r.id not in rule_ids))


def _as_rule_error(exc: Exception) -> RuleError:
    """An example failure as a RuleError (the engine already returns those)."""
    return exc if isinstance(exc, RuleError) else RuleError(str(exc))


def _position(error: RuleError) -> tuple[str, int]:
    """Sort key: file, then line; errors with no place first."""
    return (error.source.file, error.source.line) if error.source else ("", 0)
