"""Read a rule's optional ``score`` condition: a scorer model beside the rules and a threshold."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import TypeGuard

from bot.core.rules import ScoreCondition
from bot.core.scorer import Model, ModelError, model_from_json
from bot.rulesets.fields import FileContext, describe
from bot.rulesets.yaml_lines import LineMap

__all__ = ["MODELS_FOLDER", "SCORE_KEYS", "read_score"]

SCORE_KEYS = ("model", "above")
MODELS_FOLDER = "models"  # beside the YAML file: models/NAME.json
_NAME = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)*")


def read_score(ctx: FileContext, data: LineMap, rule_id: str | None) -> ScoreCondition | None:
    """The rule's ``score: {model: NAME, above: 0..1}``; None when absent or wrong (reported).

    The model is read here, with the rules, so a missing or damaged model file rejects the
    rule file at load time rather than at the first message.
    """
    value = data.get("score")
    if value is None:
        return None
    line = data.value_line("score")
    if not isinstance(value, LineMap):
        message = f"'score' must be a mapping with model and above, not {describe(value)}"
        ctx.error(message, line, rule_id)
        return None
    before = len(ctx.errors)
    ctx.check_keys(value, SCORE_KEYS, "score", rule_id)
    ctx.require(value, SCORE_KEYS, "score", rule_id)
    name, above = value.get("model"), value.get("above")
    if "model" in value and not (isinstance(name, str) and _NAME.fullmatch(name)):
        message = f"'score' model must be a model name such as toxicity, not {describe(name)}"
        ctx.error(message, value.value_line("model"), rule_id)
    if "above" in value and not _fraction(above):
        message = f"'score' above must be a number at least 0 and below 1, not {describe(above)}"
        ctx.error(message, value.value_line("above"), rule_id)
    if len(ctx.errors) > before or not isinstance(name, str) or not _fraction(above):
        return None
    path = ctx.folder / MODELS_FOLDER / f"{name}.json"
    try:
        stat = path.stat()
        model = _load(path, name, stat.st_mtime_ns, stat.st_size)
    except FileNotFoundError:
        message = f"'score' model {name!r} not found (looked for {path}); train_scorer.py makes it"
        ctx.error(message, value.value_line("model"), rule_id)
        return None
    except (OSError, ModelError) as exc:
        ctx.error(f"{path}: {exc}", value.value_line("model"), rule_id)
        return None
    return ScoreCondition(name, float(above), model)


@lru_cache(maxsize=16)
def _load(path: Path, name: str, mtime_ns: int, size: int) -> Model:
    """Read and check one model file; cached while the file is unchanged (rules share it)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(f"model {name!r}: not JSON ({exc})") from exc
    return model_from_json(data, name)


def _fraction(value: object) -> TypeGuard[float]:
    """Whether a parsed value is a number from 0 up to, not including, 1."""
    return isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value < 1
