"""Errors about rules, each naming the file, line and rule id it concerns."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.rules import Source

__all__ = ["RuleError", "RuleErrors"]


class RuleError(Exception):
    """One problem in a rule file: ``file:line: rule ID: message``."""

    def __init__(self, message: str, source: Source | None = None, rule_id: str | None = None):
        self.message = message
        self.source = source
        self.rule_id = rule_id
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.source}: " if self.source else ""
        rule = f"rule {self.rule_id}: " if self.rule_id else ""
        return f"{where}{rule}{self.message}"


class RuleErrors(Exception):
    """Every problem found in a load, reported together; nothing of it was loaded."""

    def __init__(self, errors: Sequence[RuleError]):
        self.errors = tuple(errors)
        super().__init__("\n".join(str(e) for e in self.errors))
