"""The README is the user's first page: it opens with the two commands, and it names every
command of the CLI and every question of the query library (so neither drifts from the code)."""

from __future__ import annotations

import re
from pathlib import Path

from typer.main import get_command

from partykg.cli.app import app
from partykg.queries import list_queries

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_the_readme_opens_with_exactly_the_demo_and_the_test_command():
    first_block = re.search(r"```sh\n(.*?)```", README, re.S).group(1)
    commands = [line.split("#")[0].strip() for line in first_block.splitlines() if line.strip()]
    assert commands == ["python3 dev.py demo", "python3 dev.py test"]
    assert README.index("```sh") < README.index("## ")


def test_ci_runs_the_readme_test_command():
    ci = (Path(__file__).resolve().parents[1] / ".ci" / "run").read_text(encoding="utf-8")
    assert "python3 dev.py test" in ci


def test_every_command_of_the_cli_is_in_the_readme():
    names = sorted(get_command(app).commands)
    assert names, "the CLI has commands"
    missing = [n for n in names if f"partykg {n}" not in README]
    assert not missing, f"commands missing from README.md: {missing}"


def test_every_question_of_the_library_is_in_the_readme():
    missing = [q.name for q in list_queries() if not q.name.startswith("viz-") and f"`{q.name}`" not in README]
    assert not missing, f"queries missing from README.md: {missing}"
