"""The README and `--help` stay honest: commands, settings and the two first commands."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from kg import config
from kg.cli import app

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands(group: typer.Typer, prefix: str = "") -> list[str]:
    click_group = typer.main.get_group(group)
    names: list[str] = []
    for name, cmd in click_group.commands.items():
        full = f"{prefix}{name}"
        names.append(full)
        sub = getattr(cmd, "commands", None)
        if sub:
            names.extend(f"{full} {s}" for s in sub)
    return names


def test_readme_first_lines_are_the_two_commands() -> None:
    code = re.search(r"```(?:sh|bash)?\n(.*?)```", README, re.S)
    assert code is not None
    lines = [ln for ln in code.group(1).splitlines() if ln.strip() and not ln.startswith("#")]
    assert len(lines) == 2
    assert lines[0].endswith("kg demo")
    assert "pytest" in lines[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert lines[1] in ci, "CI must run the README's test command"


@pytest.mark.parametrize("command", _commands(app))
def test_every_command_has_help_and_is_in_the_readme(command: str) -> None:
    result = CliRunner().invoke(app, [*command.split(), "--help"])
    assert result.exit_code == 0, result.output
    assert len(result.output) > 80
    assert f"kg {command}" in README, f"`kg {command}` is not documented in README.md"


@pytest.mark.parametrize("setting", config.SETTINGS, ids=lambda s: s.name)
def test_every_setting_is_documented(setting: config.Setting) -> None:
    assert setting.env in README


def test_example_queries_are_in_the_readme() -> None:
    for query in (ROOT / "examples" / "queries").glob("*.rq"):
        assert query.name in README, query.name
