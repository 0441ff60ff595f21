"""The Docker deploy, checked offline: the image's build, user and command, its build context,
and a compose file whose commands and environment the bot really reads.

No Docker engine runs here, so the Dockerfile is read instruction by instruction: its build
stage's COPYs are replayed into a temp dir (through .dockerignore) and the wheel is built from
exactly that, so a file the Dockerfile forgets to copy fails here as it would in the build.
"""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
import tomllib
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

import pytest
import yaml

from bot.cli.db_command import _target as database_target
from bot.cli.db_command import cmd_migrate
from bot.cli.main import build_parser, cmd_run, config_path, rules_dir
from bot.config import load_config

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "config.example.yaml"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
COMPOSE = yaml.safe_load((ROOT / "compose.yaml").read_text(encoding="utf-8"))
BOTS = ("shard-a", "shard-b")
# Set by the deploy files for Python, pip and the PostgreSQL image, not for the bot.
NOT_THE_BOTS = re.compile(r"PYTHON\w*|PIP_\w+|POSTGRES_\w+")
# Checked by test_each_shard_service_runs_its_shards_of_four.
SHARD_VARIABLES = {"MODBOT_SHARDS", "MODBOT_SHARD_COUNT"}


@dataclass(frozen=True)
class Instruction:
    """One Dockerfile instruction: its keyword (upper case) and the rest of its line."""

    keyword: str
    args: str

    def exec_form(self) -> list[str]:
        """The JSON array of an exec-form ENTRYPOINT or CMD."""
        value = yaml.safe_load(self.args)
        assert isinstance(value, list), f"{self.keyword} is not in exec form: {self.args}"
        return [str(item) for item in value]


def stages() -> list[list[Instruction]]:
    """The Dockerfile's instructions, one list per stage (continuation lines joined)."""
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    joined = re.sub(r"\\\n", " ", "\n".join(lines))
    found: list[list[Instruction]] = []
    for line in filter(str.strip, joined.splitlines()):
        keyword, _, args = line.strip().partition(" ")
        if keyword.upper() == "FROM":
            found.append([])
        found[-1].append(Instruction(keyword.upper(), args.strip()))
    return found


def ignored(path: str) -> bool:
    """Whether .dockerignore keeps a context path out (the last pattern matching it or one of
    its parent directories decides; ``!`` lets it back in), as Docker reads the file."""
    lines = (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines()
    patterns = [p.strip() for p in lines if p.strip() and not p.lstrip().startswith("#")]
    parts = PurePosixPath(path).parts
    candidates = ["/".join(parts[: n + 1]) for n in range(len(parts))]
    decision = False
    for pattern in patterns:
        negated = pattern.startswith("!")
        body = pattern.removeprefix("!").strip("/")
        regex = re.escape(body).replace(r"\*\*", "\0").replace(r"\*", "[^/]*").replace("\0", ".*")
        regex = regex.replace(r"\?", "[^/]")
        if any(re.fullmatch(regex, c) for c in candidates):
            decision = not negated
    return decision


def context_files(source: str) -> Iterator[Path]:
    """The files of a COPY source that the build context holds."""
    top = ROOT / source
    for path in [top] if top.is_file() else sorted(top.rglob("*")):
        if path.is_file() and not ignored(path.relative_to(ROOT).as_posix()):
            yield path


def replay_copy(source: str, dest: str, workdir: Path) -> None:
    """Copy one COPY source as Docker does: a directory's contents into ``dest``, a file into
    ``dest`` (a directory when it ends with ``/``), only what the build context holds."""
    top = ROOT / source
    for path in context_files(source):
        if top.is_dir():
            name = workdir / dest / path.relative_to(top)
        else:
            name = workdir / dest / path.name if dest.endswith("/") else workdir / dest
        name.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, name)


def resolve(value: str) -> str:
    """A compose value with ``${NAME:-default}`` replaced by its default."""
    return re.sub(r"\$\{\w+:-([^}]*)\}", r"\1", value)


def image_env() -> dict[str, str]:
    """What the final stage's ENV instructions set."""
    env: dict[str, str] = {}
    for instruction in stages()[-1]:
        if instruction.keyword == "ENV":
            env.update(item.split("=", 1) for item in shlex.split(instruction.args))
    return env


def service_env(name: str) -> dict[str, str]:
    """A compose service's environment, interpolated with the defaults."""
    return {k: resolve(str(v)) for k, v in COMPOSE["services"][name]["environment"].items()}


def deploy_env(name: str) -> dict[str, str]:
    """What a bot container sees: the image's ENV, the service's, and the token's env file."""
    return {**image_env(), **service_env(name), "DISCORD_TOKEN": "from-modbot.env"}


def test_the_image_installs_what_pyproject_declares_from_what_the_dockerfile_copies(
    tmp_path: Path,
) -> None:
    """Replay the build stage's COPYs, then build the wheel as its ``pip wheel`` does."""
    build = stages()[0]
    assert build[0].args.startswith("python:3.11-slim ")
    image = tmp_path / "image"
    workdir = image
    for step in build:
        if step.keyword == "WORKDIR":
            workdir = image / step.args.lstrip("/")
        elif step.keyword == "COPY":
            *sources, dest = shlex.split(step.args)
            assert not any(s.startswith("--") for s in sources), "a COPY from another stage"
            for source in sources:
                replay_copy(source, dest, workdir)
        elif step.keyword == "RUN" and "pip wheel" in step.args:
            assert step.args.split()[-1] == "." and "--no-cache-dir" in step.args
            built = workdir
    offline = ("--no-deps", "--no-build-isolation", "--no-index")
    wheels = tmp_path / "wheels"
    pip = [sys.executable, "-m", "pip", "wheel", "--quiet", *offline, "--wheel-dir", str(wheels)]
    subprocess.run([*pip, str(built)], check=True, timeout=120)
    (wheel,) = wheels.glob("modbot-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        metadata = next(archive.read(n) for n in names if n.endswith(".dist-info/METADATA"))
        scripts = next(archive.read(n) for n in names if n.endswith("entry_points.txt"))
    package = {
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "bot").rglob("*")
        if p.suffix == ".py" or p.match("schemas/*.json")
    }
    assert package - names == set()
    readme = (ROOT / PYPROJECT["project"]["readme"]).read_text(encoding="utf-8")
    assert readme.strip() in metadata.decode()
    assert "modbot = bot.cli.main:main" in scripts.decode()
    assert any(n.endswith("licenses/LICENSE") or n.endswith("/LICENSE") for n in names)


def test_the_image_runs_modbot_as_a_fixed_non_root_user() -> None:
    final = stages()[-1]
    assert final[0].args == "python:3.11-slim"
    keywords = [step.keyword for step in final]
    (user,) = [step.args for step in final if step.keyword == "USER"]
    uid = user.split(":")[0]
    assert uid.isdigit() and int(uid) != 0
    assert "RUN" not in keywords[keywords.index("USER") :], "a RUN after USER runs as non-root"
    (entrypoint,) = [step for step in final if step.keyword == "ENTRYPOINT"]
    assert entrypoint.exec_form() == ["modbot"] and "modbot" in PYPROJECT["project"]["scripts"]
    (cmd,) = [step for step in final if step.keyword == "CMD"]
    args = build_parser().parse_args(cmd.exec_form())
    assert args.handler is cmd_run and args.config == Path("/config/config.yaml")
    assert [s.args for s in final if s.keyword == "STOPSIGNAL"] == ["SIGTERM"]
    install = next(s.args for s in final if s.keyword == "RUN" and "pip install" in s.args)
    assert "--no-cache-dir" in install
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert not [s for s in final if s.keyword in ("ENV", "ARG") and "DISCORD_TOKEN" in s.args]
    assert "DISCORD_TOKEN" not in text


def test_the_build_context_leaves_local_state_and_secrets_out() -> None:
    for kept_out in (
        ".venv/bin/python",
        ".git/HEAD",
        "modbot.sqlite3",
        "modbot.sqlite3-wal",
        "modbot.sqlite3.lock",
        "config.yaml",
        "modbot.env",
        ".env",
        "tests/adapter/test_run.py",
        "bot/__pycache__/config.cpython-311.pyc",
        "bot/config.yaml",
        "bot/local.sqlite3",
    ):
        assert ignored(kept_out), kept_out
    for sent in ("pyproject.toml", "README.md", "LICENSE", "bot/cli/main.py"):
        assert not ignored(sent), sent
    assert not ignored("bot/schemas/config.schema.json")


def test_compose_runs_two_shards_on_postgres_with_the_token_from_an_env_file() -> None:
    services = COMPOSE["services"]
    postgres = services["postgres"]
    assert postgres["healthcheck"]["test"][:2] == ["CMD", "pg_isready"]
    shards = [(service_env(n)["MODBOT_SHARDS"], service_env(n)["MODBOT_SHARD_COUNT"]) for n in BOTS]
    assert shards == [("0-1", "4"), ("2-3", "4")]
    for name in BOTS:
        bot = services[name]
        assert bot["depends_on"]["postgres"] == {"condition": "service_healthy"}
        assert bot["depends_on"]["migrate"] == {"condition": "service_completed_successfully"}
        assert bot["env_file"] == "modbot.env" and bot["build"] == "."
        targets = {volume.split(":")[1] for volume in bot["volumes"]}
        assert targets == {"/config/config.yaml", image_env()["MODBOT_RULES"]}
    for name, service in services.items():
        assert "DISCORD_TOKEN" not in service.get("environment", {}), name
    assert services["migrate"]["depends_on"]["postgres"] == {"condition": "service_healthy"}


def test_compose_commands_are_the_cli_s() -> None:
    """Each service's command parses as the modbot CLI parses it, run and db migrate."""
    handlers = {}
    for name, service in COMPOSE["services"].items():
        if service.get("image") == "modbot":
            args = build_parser().parse_args(service["command"])
            handlers[name] = args.handler
            if args.handler is cmd_run:
                mounts = {volume.split(":")[1] for volume in service["volumes"]}
                assert str(args.config) in mounts
    assert handlers == {"migrate": cmd_migrate, "shard-a": cmd_run, "shard-b": cmd_run}


def test_migrate_finds_the_database_without_a_config_file(monkeypatch: pytest.MonkeyPatch) -> None:
    """The migrate service mounts no config: ``db migrate`` then takes DATABASE_URL."""
    env = deploy_env("migrate")
    assert not Path(env["MODBOT_CONFIG"]).exists()
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    args = build_parser().parse_args(COMPOSE["services"]["migrate"]["command"])
    assert database_target(args.database, args.config) == env["DATABASE_URL"]


def bot_reads(env: dict[str, str], name: str, monkeypatch: pytest.MonkeyPatch) -> Any:
    """What the bot makes of one variable the deploy sets (renamed in the code, this fails)."""
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    match name:
        case "DATABASE_URL":
            return load_config(EXAMPLE, env).database
        case "MODBOT_RULES":
            return (load_config(EXAMPLE, env).rules, rules_dir(None))
        case "MODBOT_CONFIG":
            return config_path(None)
    raise AssertionError(f"{name}: the deploy sets it, but no check says the bot reads it")


@pytest.mark.parametrize("service", [*BOTS, "migrate"])
def test_the_environment_the_deploy_sets_is_what_the_bot_reads(
    service: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = deploy_env(service)
    url = "postgresql://modbot:modbot@postgres:5432/modbot"
    expected = {
        "DATABASE_URL": url,
        "MODBOT_RULES": (Path("/rules"), Path("/rules")),
        "MODBOT_CONFIG": Path("/config/config.yaml"),
    }
    names = {n for n in env if not NOT_THE_BOTS.fullmatch(n)} - SHARD_VARIABLES
    for name in names - {"DISCORD_TOKEN"}:
        assert bot_reads(env, name, monkeypatch) == expected[name], name
    config = load_config(EXAMPLE, env)
    assert config.discord.token == "from-modbot.env"


@pytest.mark.parametrize(("service", "ids"), [("shard-a", (0, 1)), ("shard-b", (2, 3))])
def test_each_shard_service_runs_its_shards_of_four(service: str, ids: tuple[int, ...]) -> None:
    """Each shard service runs its half of four shards, as the config reads its variables."""
    shards = load_config(EXAMPLE, deploy_env(service)).shards
    assert (shards.ids, shards.count) == (ids, 4)
