"""Every command and every option is documented in docs/cli.md and the README."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer.main

from storytrace.cli import app

ROOT = Path(__file__).resolve().parents[1]
COMMANDS = typer.main.get_command(app)


@pytest.mark.parametrize("name", sorted(COMMANDS.commands))  # type: ignore[attr-defined]
def test_command_and_options_documented(name: str) -> None:
    reference = (ROOT / "docs" / "cli.md").read_text("utf-8")
    assert f"## storytrace {name}" in reference
    section = reference.split(f"## storytrace {name}", 1)[1].split("\n## ", 1)[0]
    for parameter in COMMANDS.commands[name].params:  # type: ignore[attr-defined]
        if parameter.param_type_name == "option":
            long_names = [o for o in parameter.opts if o.startswith("--") and o != "--help"]
            assert any(f"`{o}" in section for o in long_names), (name, long_names)


def test_readme_starts_with_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    blocks = readme.split("```sh\n")[1:3]
    assert "storytrace demo" in blocks[0]
    assert "pytest" in blocks[1]
    assert "pytest" in (ROOT / ".ci" / "run").read_text("utf-8")
