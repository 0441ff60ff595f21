"""Import directions, as allow lists: each layer names what it may import, so a new import
fails here until it is added on purpose."""

from __future__ import annotations

import ast
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parents[1] / "bot"
STDLIB = frozenset(sys.stdlib_module_names)
# The core decides and never does I/O or reads the clock: these parts of the standard
# library are out of bounds there even though every other layer may use them.
IO_MODULES = frozenset(
    {"asyncio", "io", "logging", "os", "pathlib", "shutil", "socket", "sqlite3", "subprocess"}
    | {"threading", "time", "urllib", "http"}
)


@dataclass(frozen=True, slots=True)
class Layer:
    """What the files of one layer may import: bot packages, third-party packages, stdlib."""

    bot: frozenset[str]
    packages: frozenset[str] = frozenset()
    stdlib_except: frozenset[str] = frozenset()

    def allows(self, module: str) -> bool:
        """Whether an absolute import of ``module`` is within this layer's bounds."""
        top = module.split(".")[0]
        if top == "bot":
            return module == "bot" or any(
                module == p or module.startswith(p + ".") for p in self.bot
            )
        if top in STDLIB or top == "__future__":
            return top not in self.stdlib_except
        return top in self.packages


LAYERS: dict[str, Layer] = {
    "core": Layer(
        bot=frozenset({"bot.core"}),
        packages=frozenset({"ahocorasick", "re2", "confusable_homoglyphs"}),
        stdlib_except=IO_MODULES,
    ),
    "storage": Layer(
        bot=frozenset({"bot.core", "bot.storage"}), packages=frozenset({"aiosqlite", "asyncpg"})
    ),
    "rulesets": Layer(bot=frozenset({"bot.core", "bot.rulesets"}), packages=frozenset({"yaml"})),
    "adapter": Layer(
        bot=frozenset({"bot.adapter", "bot.core", "bot.storage", "bot.rulesets", "bot.config"}),
        packages=frozenset({"discord", "aiohttp", "yarl"}),
    ),
    # The command line may start the adapter (``modbot run``, imported by name inside ``run``)
    # but never imports it, or discord, itself.
    "cli": Layer(
        bot=frozenset({"bot.cli", "bot.core", "bot.storage", "bot.rulesets", "bot.config"})
    ),
    # Modules directly in bot/: the config reader and its key table, and ``python -m bot``.
    "": Layer(
        bot=frozenset({"bot.config", "bot.config_keys", "bot.cli.main"})
        | frozenset({"bot.core", "bot.storage", "bot.rulesets"}),
        packages=frozenset({"yaml"}),
    ),
}


def imported_modules(path: Path) -> set[str]:
    """Every absolute module a file imports, wherever the import stands."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def layer_files(layer: str) -> list[Path]:
    """The files of a layer: a package's tree, or the modules directly in bot/."""
    return sorted((BOT / layer).rglob("*.py")) if layer else sorted(BOT.glob("*.py"))


def outside(paths: list[Path], layer: Layer) -> dict[str, list[str]]:
    """Per file, the imports the layer does not allow."""
    found: dict[str, list[str]] = {}
    for path in paths:
        bad = sorted(m for m in imported_modules(path) if not layer.allows(m))
        if bad:
            found[path.name if BOT not in path.parents else str(path.relative_to(BOT))] = bad
    return found


@pytest.mark.parametrize("name", list(LAYERS))
def test_layer_imports_only_what_it_names(name: str) -> None:
    paths = layer_files(name)
    assert paths, f"no files found for layer {name or 'bot/'}"
    assert outside(paths, LAYERS[name]) == {}


def test_every_package_of_bot_is_a_layer() -> None:
    packages = {p.name for p in BOT.iterdir() if (p / "__init__.py").exists()}
    assert packages <= set(LAYERS)


def test_only_the_adapter_imports_discord_at_module_level() -> None:
    top_level: dict[str, list[str]] = {}
    for path in (p for p in BOT.rglob("*.py") if "adapter" not in p.parts):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = (
                    [a.name for a in node.names]
                    if isinstance(node, ast.Import)
                    else [node.module or ""]
                )
                if any(n.split(".")[0] == "discord" for n in names):
                    top_level.setdefault(str(path.relative_to(BOT)), []).extend(names)
    assert top_level == {}


@pytest.mark.parametrize(
    ("source", "layer", "bad"),
    [
        ("def f():\n    import discord.ext.commands\n", "core", ["discord.ext.commands"]),
        ("import os\n", "core", ["os"]),
        ("from bot.adapter import client\n", "storage", ["bot.adapter"]),
        ("import numpy\n", "rulesets", ["numpy"]),
        ("import os, re2\nfrom bot.core import rules\n", "core", ["os"]),
    ],
)
def test_the_checker_sees_an_import_outside_the_layer(
    tmp_path: Path, source: str, layer: str, bad: list[str]
) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(source)
    assert outside([sample], LAYERS[layer]) == {"sample.py": bad}
