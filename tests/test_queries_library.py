"""The query library: every named question has complete metadata, projects the columns it
declares, answers on a real store, and binds its parameters the same way on every path
(pyoxigraph substitutions and the escaped VALUES blocks sent to endpoints)."""

from __future__ import annotations

import pytest

from partykg.graph import EmbeddedStore
from partykg.graph.remote import projected, values_block
from partykg.queries import QueryError, get_query, list_queries, run
from partykg.queries.runner import bind, execute, resolve_entity

from test_engines_equality import PARAMS, cases, rows
from test_engines_servers import synth_store  # noqa: F401  (fixture)

REQUIRED = {"directive-implementers", "directive-chain", "indicator-series", "indicator-comparison",
            "post-holders", "hierarchy", "entity-provenance", "entity-documents", "discipline-inspection",
            "targets-achievements", "coverage", "conflicting-figures", "indicators",
            "places", "organizations", "people-posts", "directives", "directive-links", "implementations", "outcomes"}


def test_the_library_holds_every_research_question():
    assert REQUIRED <= {q.name for q in list_queries()}


@pytest.mark.parametrize("q", list_queries(), ids=lambda q: q.name)
def test_metadata_is_complete(q):
    assert q.title.get("vi") and q.title.get("en"), "title in Vietnamese and English"
    assert q.description, "a description"
    assert q.columns, "declared columns"
    for p in q.params:
        assert p.description, f"parameter {p.name} needs a description"


@pytest.mark.parametrize("q", list_queries(), ids=lambda q: q.name)
def test_projected_variables_are_the_declared_columns(q):
    assert sorted(projected(q.sparql) or []) == sorted(q.columns)


@pytest.mark.parametrize("q", [q for q in list_queries() if "viz" not in q.tags], ids=lambda q: q.name)
def test_parameters_are_projected_so_pyoxigraph_can_substitute_them(q):
    assert {p.var for p in q.params} <= set(projected(q.sparql) or [])


@pytest.mark.parametrize("name,params", list(cases()))
def test_substitutions_and_values_blocks_give_the_same_rows(name, params, synth_store):
    db = EmbeddedStore(synth_store, read_only=True)
    q = get_query(name)
    subs = bind(q, params, db)
    by_substitution = execute(db, q.sparql, subs, mode="substitutions")
    by_values = execute(db, values_block(q.sparql, subs), None) if subs else by_substitution
    assert rows(execute(db, q.sparql, subs)) == rows(by_values)
    assert rows(by_substitution), f"{name} {params}: no rows on the synthetic graph"
    assert rows(by_values) == rows(by_substitution)


def test_an_entity_is_found_by_code_name_folded_name_or_iri(synth_store):
    db = EmbeddedStore(synth_store, read_only=True)
    iri = resolve_entity(db, "05-CT/TW", "pkg:Directive")
    assert resolve_entity(db, "Chỉ thị số 05-CT/TW") == iri
    assert resolve_entity(db, "  CHỈ THỊ SỐ 05-ct/tw ") == iri
    assert resolve_entity(db, iri.value) == iri
    assert resolve_entity(db, "Ban Chấp hành Trung ương") == resolve_entity(db, "ban chấp hành trung ương")


def test_an_unknown_entity_is_a_clear_error(synth_store):
    db = EmbeddedStore(synth_store, read_only=True)
    with pytest.raises(QueryError, match="nothing of class pkg:Directive"):
        run(db, get_query("directive-chain"), {"directive": "99-XX/TW"})


def test_unknown_parameters_and_bad_values_are_refused(synth_store):
    db = EmbeddedStore(synth_store, read_only=True)
    with pytest.raises(QueryError, match="no parameter colour"):
        run(db, get_query("indicator-series"), {"colour": "red"})
    with pytest.raises(QueryError, match="not an integer"):
        run(db, get_query("indicator-comparison"), {"year": "2021 OR 1=1"})


def test_a_year_narrows_the_comparison(synth_store):
    db = EmbeddedStore(synth_store, read_only=True)
    q = get_query("indicator-comparison")
    every = run(db, q, {"indicator": "poverty_rate"})
    one = run(db, q, {"indicator": "poverty_rate", "year": "2022"})
    assert 0 < len(one.rows) < len(every.rows)
    assert {r["period_start"].value for r in one.rows} == {"2022"}


def test_conflicting_figures_pair_different_values_from_different_documents(synth_store):
    db = EmbeddedStore(synth_store, read_only=True)
    r = run(db, get_query("conflicting-figures"), {"indicator": "party_members"})
    assert r.rows
    for row in r.rows:
        assert float(row["value_a"].value) < float(row["value_b"].value)
        assert row["document_a"] != row["document_b"]


def test_every_example_parameter_set_is_valid():
    names = {q.name for q in list_queries()}
    assert set(PARAMS) <= names
