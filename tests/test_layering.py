"""Import directions: a pure core, storage without discord, discord only in the adapter."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parents[1] / "bot"


def imported_modules(path: Path) -> set[str]:
    """Top-level names of every module a file imports, wherever the import stands."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def files(package: str) -> list[Path]:
    return sorted((BOT / package).rglob("*.py"))


def offending(paths: list[Path], forbidden: tuple[str, ...]) -> dict[str, list[str]]:
    found = {}
    for path in paths:
        bad = sorted(
            m for m in imported_modules(path) if m.split(".")[0] in forbidden or m in forbidden
        )
        if bad:
            found[path.name if BOT not in path.parents else str(path.relative_to(BOT))] = bad
    return found


@pytest.mark.parametrize(
    ("package", "forbidden"),
    [
        ("core", ("discord", "aiosqlite", "yaml", "sqlite3", "bot.adapter", "bot.storage")),
        ("storage", ("discord", "yaml", "bot.adapter")),
        ("rulesets", ("discord", "aiosqlite", "bot.adapter", "bot.storage")),
    ],
)
def test_package_does_not_import(package: str, forbidden: tuple[str, ...]) -> None:
    assert files(package), f"no files found under bot/{package}"
    assert offending(files(package), forbidden) == {}


def test_only_the_adapter_imports_discord_at_module_level() -> None:
    outside = [p for p in BOT.rglob("*.py") if "adapter" not in p.parts]
    top_level: dict[str, list[str]] = {}
    for path in outside:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = (
                    [a.name for a in node.names]
                    if isinstance(node, ast.Import)
                    else [node.module or ""]
                )
                if any(n.split(".")[0] == "discord" for n in names):
                    top_level.setdefault(str(path.relative_to(BOT)), []).extend(names)
    assert top_level == {}


def test_the_checker_sees_a_forbidden_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    import discord.ext.commands\n")
    assert offending([sample], ("discord",)) == {"sample.py": ["discord.ext.commands"]}
