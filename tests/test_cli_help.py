"""Every command documents itself: a help text with an ``Example:`` line, and help for every
option and argument — so `partykg COMMAND --help` is enough to use it. Also `queries` lists
the library."""

from __future__ import annotations

import pytest
import typer
from typer.testing import CliRunner

from partykg.cli.app import app
from partykg.queries import list_queries

COMMAND = typer.main.get_command(app)


def commands():
    assert hasattr(COMMAND, "commands")
    for name, cmd in sorted(COMMAND.commands.items()):
        if hasattr(cmd, "commands"):
            for sub, subcmd in sorted(cmd.commands.items()):
                yield pytest.param(subcmd, id=f"{name} {sub}")
        else:
            yield pytest.param(cmd, id=name)


@pytest.mark.parametrize("cmd", list(commands()))
def test_every_command_has_help_with_an_example(cmd):
    assert cmd.help and cmd.help.strip(), f"{cmd.name}: no help text"
    assert "Example:" in cmd.help, f"{cmd.name}: its help needs an 'Example:' line"


@pytest.mark.parametrize("cmd", list(commands()))
def test_every_option_and_argument_has_help(cmd):
    for param in cmd.params:
        if param.name == "help":
            continue
        assert getattr(param, "help", None), f"{cmd.name}: {param.name} has no help"


def test_queries_lists_every_library_query_with_its_parameters():
    r = CliRunner().invoke(app, ["queries", "--format", "json"])
    assert r.exit_code == 0, r.output
    import json

    listed = {q["name"]: q for q in json.loads(r.stdout)}
    assert set(listed) == {q.name for q in list_queries()}
    assert [p["name"] for p in listed["indicator-series"]["params"]] == ["indicator", "subject", "targets"]


def test_queries_table_shows_titles_in_vietnamese_on_request():
    r = CliRunner().invoke(app, ["queries", "--lang", "vi", "--tag", "directives"])
    assert r.exit_code == 0, r.output
    assert "Chuỗi văn bản" in r.stdout and "directive-chain" in r.stdout


def test_queries_refuses_a_tag_no_query_has_and_lists_the_tags():
    r = CliRunner().invoke(app, ["queries", "--tag", "outcme"])
    assert r.exit_code == 2
    tags = sorted({t for q in list_queries() for t in q.tags})
    assert f"no query has the tag 'outcme' (tags: {', '.join(tags)})" in r.output
    assert "outcomes" in tags and "directive-chain" not in r.output  # no (empty) table


def test_queries_refuses_a_language_of_no_title():
    r = CliRunner().invoke(app, ["queries", "--lang", "fr"])
    assert r.exit_code == 2
    assert "unknown language 'fr' for the titles (one of en, vi)" in r.output


def test_queries_with_a_known_tag_lists_only_its_queries():
    r = CliRunner().invoke(app, ["queries", "--tag", "outcomes", "--format", "json"])
    assert r.exit_code == 0, r.output
    import json

    names = {q["name"] for q in json.loads(r.stdout)}
    assert names == {q.name for q in list_queries() if "outcomes" in q.tags} and "directive-chain" not in names


@pytest.mark.parametrize("cmd", list(commands()))
def test_every_example_is_a_line_of_its_own_in_the_rendered_help(cmd):
    path = [cmd.name] if cmd.name in COMMAND.commands else [
        name for name, group in COMMAND.commands.items() if getattr(group, "commands", {}).get(cmd.name) is cmd] + [cmd.name]
    r = CliRunner().invoke(app, [*path, "--help"], terminal_width=100)
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    examples = [ln for ln in lines if "Example:" in ln]
    assert len(examples) == cmd.help.count("Example:"), r.stdout  # none run into another line
    for ln in examples:
        assert ln.lstrip().startswith("Example:") and ln.count("Example:") == 1, ln


def test_query_help_points_to_the_library_listing():
    r = CliRunner().invoke(app, ["query", "--help"], terminal_width=100)
    assert "partykg queries" in r.stdout
