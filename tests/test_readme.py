"""The README is the user's first page: it opens with the two commands, and it names every
command of the CLI and every question of the query library (so neither drifts from the code),
and its examples of input and of SPARQL text run as written."""

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


def test_the_json_lines_example_ingests_and_the_sparql_example_reads_it(cli, tmp_path):
    line = re.search(r"```json\n(.*?)\n```", README, re.S).group(1)
    sparql = re.search(r"partykg query --sparql '(.*?)'", README).group(1)
    (tmp_path / "docs.jsonl").write_text(line + "\n", encoding="utf-8")
    store = tmp_path / "store"
    assert cli("ingest", "--store", store, tmp_path / "docs.jsonl").returncode == 0
    r = cli("query", "--store", store, "--format", "csv", "--sparql", sparql)
    assert r.returncode == 0 and "Chỉ thị số 05-CT/TW" in r.stdout
    r = cli("query", "--store", store, "--format", "csv", "--sparql",
            "SELECT ?source ?date ?title WHERE { GRAPH kg:kg "
            "{ ?d pkg:source ?source ; schema:datePublished ?date ; schema:headline ?title } }")
    assert r.stdout.splitlines()[1:] == ["https://example.org/bai-1,2022-12-15,Xã Chiềng Mai học tập"]


def test_a_pattern_outside_a_graph_finds_nothing(cli, tmp_path):
    line = re.search(r"```json\n(.*?)\n```", README, re.S).group(1)
    (tmp_path / "docs.jsonl").write_text(line + "\n", encoding="utf-8")
    store = tmp_path / "store"
    assert cli("ingest", "--store", store, tmp_path / "docs.jsonl").returncode == 0
    r = cli("query", "--store", store, "--format", "csv", "--sparql",
            "SELECT ?d WHERE { ?d a pkg:Directive }")
    assert r.returncode == 0 and r.stdout.strip() == "d"
