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


def test_a_variable_named_only_in_a_comment_takes_no_parameter(cli, synth_store):
    r = cli("query", "--store", synth_store, "-p", "key=x", "--sparql",
            "SELECT ?one WHERE { BIND(1 AS ?one) } # narrowed by ?key")
    assert r.returncode == 2
    assert r.stdout == ""
    assert r.stderr.strip().splitlines() == [
        "partykg: the SPARQL text has no variable ?key to bind a parameter to"]


def test_a_variable_named_only_inside_a_string_takes_no_parameter(synth_store):
    db = EmbeddedStore(synth_store, read_only=True)
    with pytest.raises(QueryError, match=r"no variable \?key "):
        run_text(db, 'SELECT ?one WHERE { BIND("?key" AS ?one) }', {"key": "x"})


def test_a_variable_the_query_uses_binds_though_a_comment_names_it_too(synth_store):
    db = EmbeddedStore(synth_store, read_only=True)
    r = run_text(db, "# ?key is the value given with -p\nSELECT ?key WHERE { BIND(1 AS ?one) }", {"key": "x"})
    assert [row["key"].value for row in r.rows] == ["x"]


def test_a_query_without_parameters_still_runs_when_given_none(cli, synth_store):
    r = cli("query", "outcomes", "--store", synth_store, "-f", "csv")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith(",".join(get_query("outcomes").columns))


# ----------------------------------------------------------------------------- indicator keys
# A parameter of type key with `scheme: indicator` in its metadata must be the skos:notation of
# a concept of that scheme in the store: a misspelt key would otherwise answer an empty table.

def test_the_indicator_parameters_declare_their_scheme():
    from partykg.queries import list_queries

    indicator = {q.name: (p.type, p.scheme) for q in list_queries() for p in q.params if p.name == "indicator"}
    assert {"indicator-series", "indicator-comparison", "conflicting-figures", "targets-achievements"} <= set(indicator)
    assert set(indicator.values()) == {("key", "indicator")}


def test_a_misspelt_indicator_is_refused_with_the_close_key(cli, synth_store):
    r = cli("query", "indicator-series", "--store", synth_store, "-p", "indicator=party_member")
    assert r.returncode == 2
    assert r.stdout == ""
    assert r.stderr.strip().splitlines() == [
        "partykg: unknown indicator 'party_member'; did you mean party_members?"]


def test_conflicting_figures_refuses_a_misspelt_indicator_with_the_close_keys(cli, synth_store):
    r = cli("query", "conflicting-figures", "--store", synth_store, "-p", "indicator=party_member")
    assert r.returncode == 2
    assert r.stdout == ""
    assert r.stderr.strip().splitlines() == [
        "partykg: unknown indicator 'party_member'; did you mean party_members?"]


def test_conflicting_figures_takes_a_known_indicator_or_none(synth_store):
    db = EmbeddedStore(synth_store, read_only=True)
    q = get_query("conflicting-figures")
    every = run(db, q, {}).rows
    members = run(db, q, {"indicator": "party_members"}).rows
    assert members and every  # the store holds conflicting membership figures
    assert {r["indicator_key"].value for r in members} == {"party_members"}
    assert len(members) <= len(every)


def test_targets_achievements_refuses_a_misspelt_indicator_but_not_a_known_one(synth_store):
    db = EmbeddedStore(synth_store, read_only=True)
    q = get_query("targets-achievements")
    with pytest.raises(QueryError, match=r"^unknown indicator 'party_member'; did you mean party_members"):
        run(db, q, {"indicator": "party_member"})
    rows = run(db, q, {"indicator": "party_members"}).rows
    assert {r["indicator_key"].value for r in rows} <= {"party_members"}


def test_an_indicator_like_no_key_lists_a_few_keys(synth_store):
    db = EmbeddedStore(synth_store, read_only=True)
    with pytest.raises(QueryError, match=r"unknown indicator 'hospital_beds'; keys include [a-z_]+, [a-z_]+, .*, … \(\d+ in all\)"):
        run(db, get_query("indicator-comparison"), {"indicator": "hospital_beds"})


def test_a_known_indicator_is_not_refused(cli, synth_store):
    r = cli("query", "indicator-series", "--store", synth_store, "-p", "indicator=party_members", "-f", "csv")
    assert r.returncode == 0, r.stderr
    assert len(r.stdout.splitlines()) > 1


def test_a_store_without_the_scheme_does_not_refuse_a_key(store):
    assert run(store, get_query("indicator-series"), {"indicator": "party_member"}).rows == []


def test_a_scheme_on_a_parameter_that_is_no_key_is_bad_metadata():
    from partykg.queries.library import parse_query_text

    text = "#+ params:\n#+   - {name: year, type: integer, scheme: indicator, description: x}\nSELECT ?year WHERE {}"
    with pytest.raises(QueryError, match="has a scheme but is not of type key"):
        parse_query_text(text, "bad")
