"""Read a rule's optional ``score`` condition: a packaged scorer model and a threshold."""

from __future__ import annotations

from typing import TypeGuard

from bot.core.rules import ScoreCondition
from bot.core.scorer import ModelError, load_model, shipped_models
from bot.rulesets.fields import FileContext, describe
from bot.rulesets.yaml_lines import LineMap

__all__ = ["SCORE_KEYS", "read_score"]

SCORE_KEYS = ("model", "above")


def read_score(ctx: FileContext, data: LineMap, rule_id: str | None) -> ScoreCondition | None:
    """The rule's ``score: {model: NAME, above: 0..1}``; None when absent or wrong (reported).

    The model is loaded here, once, so a missing or damaged model file rejects the rule file
    at load time rather than at the first message.
    """
    value = data.get("score")
    if value is None:
        return None
    line = data.value_line("score")
    if not isinstance(value, LineMap):
        ctx.error(
            f"'score' must be a mapping with model and above, not {describe(value)}", line, rule_id
        )
        return None
    before = len(ctx.errors)
    ctx.check_keys(value, SCORE_KEYS, "score", rule_id)
    ctx.require(value, SCORE_KEYS, "score", rule_id)
    model, above = str(value.get("model")), value.get("above")
    if "model" in value and model not in shipped_models():
        known = ", ".join(shipped_models()) or "none"
        ctx.error(f"'score' model {model!r} is not shipped (shipped: {known})", line, rule_id)
    if "above" in value and not _fraction(above):
        message = f"'score' above must be a number at least 0 and below 1, not {describe(above)}"
        ctx.error(message, value.value_line("above"), rule_id)
    if len(ctx.errors) > before or not _fraction(above):
        return None
    try:
        load_model(model)
    except ModelError as exc:
        ctx.error(str(exc), line, rule_id)
        return None
    return ScoreCondition(model, float(above))


def _fraction(value: object) -> TypeGuard[float]:
    """Whether a parsed value is a number from 0 up to, not including, 1."""
    return isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value < 1
