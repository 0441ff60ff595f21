"""Compile a rule set once into per-view matchers and check posts against it."""

from __future__ import annotations

from bot.core.post import Post
from bot.core.rules import RuleSet
from bot.core.verdict import Hit, Verdict

__all__ = ["Engine"]


class Engine:
    """A compiled rule set. Build raises RuleErrors for bad regexes or terms.

    ``check`` is pure and synchronous and safe to call from many tasks.
    """

    def __init__(self, ruleset: RuleSet) -> None:
        self.ruleset = ruleset
        raise NotImplementedError  # being written: see bot/core/engine.py on main

    def check(self, post: Post) -> Verdict:
        """Match title and text, drop hits whose rule scope excludes the post."""
        raise NotImplementedError

    def check_text(self, text: str, field: str = "text") -> list[Hit]:
        """Match one text against every rule, ignoring scope."""
        raise NotImplementedError

    def example_failures(self) -> list[Exception]:
        """Run every rule's examples; one RuleError per example that fails."""
        raise NotImplementedError
