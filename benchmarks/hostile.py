"""The worst messages a member can post, shared by the engine and end-to-end benchmarks.

Each is about 4,000 characters (a Discord message with Nitro) of one evasion repeated, the
shape that used to cost the engine the square of its hits; ``MEGABYTE`` is the issue's 1 MB
text. Nothing here is timed; the benchmarks time it.
"""

from __future__ import annotations

from bot.core.engine import Engine

__all__ = ["LENGTH", "MEGABYTE", "fill", "megabyte", "worst_cases"]

LENGTH = 4_000
MEGABYTE = 1_000_000


def fill(unit: str, length: int = LENGTH) -> str:
    """``unit`` repeated, cut to ``length`` characters."""
    return (unit * (length // len(unit) + 1))[:length]


def megabyte() -> str:
    """One megabyte of repeated insults: ``modbot check`` on it used never to end."""
    return fill("you idiot ", MEGABYTE)


def worst_cases(engine: Engine, length: int = LENGTH) -> dict[str, str]:
    """Named hostile messages of ``length`` characters, for the rules of ``engine``."""
    phrases = [phrase for rule in engine.ruleset.rules for phrase in rule.unless]
    return {
        "repeated hits: 'you idiot '": fill("you idiot ", length),
        "repeated hits: 'ass '": fill("ass ", length),
        "spaced letters: 'f u c k  '": fill("f u c k  ", length),
        "stretched letters: 'fuuuuuuck '": fill("fuuuuuuck ", length),
        "stretched phrases: 'I wiiiill kiiiill you '": fill("I wiiiill kiiiill you ", length),
        "masked letters: 'I will k*ll you '": fill("I will k*ll you ", length),
        "one masked word: 'a*a*a*...'": fill("a*", length),
        "scorer class words: 'your skull my bat '": fill("your skull my bat ", length),
        "sweeping verdicts: 'Poles in our town are all lazy '": fill(
            "Poles in our town are all lazy ", length
        ),
        "confusables + combining marks": fill("ｆυсk\u0301 ", length),
        "leetspeak: 'sh1t @ss '": fill("sh1t @ss ", length),
        f"unless phrases ({len(phrases)}, cycled)": fill(
            " ".join(phrases or ["idiot box"]) + " ", length
        ),
        "one word: 'fuckfuck...'": fill("fuck", length),
        "right-to-left overrides": fill("\u202etoidi uoy\u202c ", length),
    }
