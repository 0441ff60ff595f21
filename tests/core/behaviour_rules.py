"""Build a Behaviour from rule YAML written in a test, and posts at fixed times."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.core.behaviour.evaluator import Behaviour
from bot.core.post import Post
from bot.rulesets import load_rules

T0 = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
GUILD = 10


def behaviour(tmp_path: Path, rules: str, **kwargs: int) -> Behaviour:
    """A Behaviour for one guideline file whose ``rules:`` list is ``rules`` (YAML)."""
    folder = tmp_path / "rules"
    folder.mkdir(exist_ok=True)
    text = f"guideline: no-spam\ntitle: No Spam\nsummary: No spam.\nrules:\n{rules}"
    (folder / "no-spam.yaml").write_text(text, encoding="utf-8")
    return Behaviour(load_rules(folder), **kwargs)


def post(
    seconds: float,
    text: str = "hello there",
    *,
    author: int = 1,
    message: int | None = None,
    channel: int = 100,
    **fields: object,
) -> Post:
    """A post by ``author`` at ``seconds`` after T0; the message id defaults from the time."""
    made = Post(
        text=text,
        guild_id=GUILD,
        channel_id=channel,
        author_id=author,
        message_id=message if message is not None else int(seconds * 1000) + 1,
        created_at=T0 + timedelta(seconds=seconds),
    )
    return replace(made, **fields)  # type: ignore[arg-type]
