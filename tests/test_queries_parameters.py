"""`partykg query -p key=value`: a parameter the query does not take is an error, whatever the
query, so a misspelt or misplaced value never leaves an answer silently unnarrowed."""

from __future__ import annotations

import pytest

from partykg.graph import EmbeddedStore
from partykg.queries import QueryError, get_query, run, run_text

from test_engines_servers import synth_store  # noqa: F401  (fixture)


def test_a_parameter_given_to_a_query_that_takes_none_is_refused(cli, synth_store):
    r = cli("query", "outcomes", "--store", synth_store, "-p", "province=Sơn La")
    assert r.returncode == 2
    assert r.stdout == ""
    assert r.stderr.strip().splitlines() == [
        "partykg: query outcomes has no parameter province (it takes no parameters)"]


def test_a_parameter_a_query_does_not_declare_lists_those_it_does(cli, synth_store):
    r = cli("query", "directive-chain", "--store", synth_store, "-p", "province=Sơn La")
    assert r.returncode == 2
    assert r.stderr.strip().splitlines() == [
        "partykg: query directive-chain has no parameter province (parameters: directive)"]


def test_every_library_query_refuses_a_name_it_does_not_take(synth_store):
    from partykg.queries import list_queries

    db = EmbeddedStore(synth_store, read_only=True)
    for q in list_queries():
        with pytest.raises(QueryError, match=f"query {q.name} has no parameter colour"):
            run(db, q, {"colour": "red"})


def test_sparql_text_binds_its_own_variables_but_not_absent_ones(synth_store):
    db = EmbeddedStore(synth_store, read_only=True)
    r = run_text(db, "SELECT ?x WHERE { BIND(1 AS ?one) }", {"x": "a value"})
    assert [row["x"].value for row in r.rows] == ["a value"]
    with pytest.raises(QueryError, match=r"no variable \?province"):
        run_text(db, "SELECT ?x WHERE { BIND(1 AS ?one) }", {"province": "Sơn La"})
    with pytest.raises(QueryError, match=r"no variable \?on\b"):  # ?one is not ?on
        run_text(db, "SELECT ?x WHERE { BIND(1 AS ?one) }", {"on": "1"})


def test_a_query_without_parameters_still_runs_when_given_none(cli, synth_store):
    r = cli("query", "outcomes", "--store", synth_store, "-f", "csv")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith(",".join(get_query("outcomes").columns))
