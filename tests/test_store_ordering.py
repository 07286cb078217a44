"""The embedded store sorts a SELECT's final ORDER BY in Python (graph/ordering.py): the
engine's string lookups per comparison made sorting cost more than the query. These tests pin
which ORDER BY clauses are taken over, the SPARQL order of terms, and that every library query
comes back in the order the engine itself gives."""

from __future__ import annotations

import pytest
from pyoxigraph import BlankNode, Literal, NamedNode

from partykg.graph import EmbeddedStore
from partykg.graph.ordering import split_order, term_key
from partykg.ontology.terms import XSD
from partykg.queries import get_query
from partykg.queries.runner import bind, execute

from test_engines_equality import cases
from test_engines_servers import synth_store  # noqa: F401  (fixture)


def test_plain_variables_asc_and_desc_are_taken_with_limit_and_offset():
    head, order = split_order("SELECT ?a ?n WHERE { ?a <p> ?n } ORDER BY DESC(?n) ?a LIMIT 5 OFFSET 2")
    assert head.rstrip().endswith("}") and "ORDER" not in head
    assert order.keys == [("n", True), ("a", False)]
    assert (order.limit, order.offset) == (5, 2)


def test_group_by_stays_in_the_query_and_comments_after_it_do_not_matter():
    head, order = split_order("SELECT ?a (COUNT(*) AS ?n) WHERE { ?a <p> ?b }\nGROUP BY ?a\n"
                              "ORDER BY ?a  # by name\n# the end\n")
    assert "GROUP BY ?a" in head and "ORDER BY" not in head
    assert order.keys == [("a", False)]


@pytest.mark.parametrize("text", [
    "SELECT ?a WHERE { ?a <p> ?b } ORDER BY STR(?a)",          # an expression: the engine's
    "SELECT ?a WHERE { ?a <p> ?b } ORDER BY DESC(LCASE(?a))",
    "SELECT ?a WHERE { ?a <p> ?b } LIMIT 3",                   # no ORDER BY at all
    "SELECT ?a WHERE { { SELECT ?a WHERE { ?a <p> ?b } ORDER BY ?a LIMIT 1 } ?a <q> ?c }",  # inner only
])
def test_anything_else_stays_with_the_engine(text):
    assert split_order(text) is None


def test_terms_sort_as_sparql_says_unbound_blank_iri_literal_and_numbers_by_value():
    terms = [Literal("10", datatype=XSD.integer), None, NamedNode("http://x/b"), Literal("abc"),
             Literal("9.5", datatype=XSD.decimal), BlankNode("z"), NamedNode("http://x/a"), Literal("Đảng bộ", language="vi")]
    ordered = sorted(terms, key=term_key)
    assert ordered[0] is None and isinstance(ordered[1], BlankNode)
    assert [t.value for t in ordered[2:4]] == ["http://x/a", "http://x/b"]
    assert [t.value for t in ordered[4:6]] == ["9.5", "10"]  # 9.5 < 10 as numbers, not as text
    assert [t.value for t in ordered[6:]] == ["abc", "Đảng bộ"]


@pytest.mark.parametrize("name,params", list(cases()))
def test_every_library_query_comes_back_in_the_engines_own_order(name, params, synth_store):  # noqa: F811
    q = get_query(name)
    split = split_order(q.sparql)
    if split is None:
        pytest.skip("its ORDER BY (if any) stays with the engine")
    db = EmbeddedStore(synth_store, read_only=True)
    subs = bind(q, params, db)
    ours = execute(db, q.sparql, subs)
    db.client_order = False
    engine = execute(db, q.sparql, subs)
    keys = [k for k, _ in split[1].keys]

    def seq(result):
        return [tuple(str(r.get(k)) for k in keys) for r in result.rows]

    assert seq(ours) == seq(engine)
    assert sorted(map(str, ours.rows)) == sorted(map(str, engine.rows))
