"""Read rule YAML files, validate them with file and line, and compile them into an Engine."""

from __future__ import annotations

from bot.rulesets.discovery import RuleFiles, Skipped, find_rule_files
from bot.rulesets.guideline import SEVERITY_NAMES
from bot.rulesets.loader import MAX_TERMS, load_engine, load_rules, load_rules_file, rule_files

__all__ = [
    "MAX_TERMS",
    "SEVERITY_NAMES",
    "RuleFiles",
    "Skipped",
    "find_rule_files",
    "load_engine",
    "load_rules",
    "load_rules_file",
    "rule_files",
]
