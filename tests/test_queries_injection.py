"""Parameters are data, never code: values with quotes, braces, '#', newlines or an attempt to
end the query and drop the store leave the store untouched, and the query still answers —
on the embedded store (substitutions) and on an Oxigraph server (escaped VALUES blocks)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from partykg.cli.app import app
from partykg.graph import EmbeddedStore
from partykg.graph.remote import RemoteStore
from partykg.queries import QueryError, get_query, run, run_text

from test_engines_servers import count, oxigraph_server, synth_store  # noqa: F401  (fixtures)

HOSTILE = [
    'x" } ; DROP ALL ; { "',
    "x' } ; DROP ALL ; { '",
    "} ; DROP ALL ; {",
    "a # comment\n} ; CLEAR ALL ; SELECT * WHERE {",
    'quote " and \\ backslash',
    "line\nbreak\r\nand tab\t",
    "> <http://evil/> ; DELETE WHERE { ?s ?p ?o } #",
]


@pytest.mark.parametrize("value", HOSTILE)
def test_a_hostile_string_parameter_is_data_on_the_embedded_store(value, synth_store, tmp_path):
    db = EmbeddedStore(synth_store, read_only=True)
    before = db.dump_nquads()
    for name in ("indicator-series", "conflicting-figures"):
        with pytest.raises(QueryError, match="is not a key"):  # a vocabulary key is checked first
            run(db, get_query(name), {"indicator": value})
    r = run(db, get_query("post-holders"), {"post": value})
    assert r.kind == "select" and r.rows == []  # no post has that title; nothing ran as code
    with pytest.raises(QueryError, match="nothing"):
        run(db, get_query("entity-documents"), {"entity": value})
    assert db.dump_nquads() == before


@pytest.mark.parametrize("value", HOSTILE[:4])
def test_a_hostile_value_through_the_command_line_is_data(value, synth_store):
    db = EmbeddedStore(synth_store, read_only=True)
    before = db.dump_nquads()
    del db
    result = CliRunner().invoke(app, ["query", "--store", str(synth_store), "--format", "csv",
                                      "--sparql", "SELECT ?x WHERE { BIND(1 AS ?one) }", "--param", f"x={value}"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == "x"
    assert EmbeddedStore(synth_store, read_only=True).dump_nquads() == before


@pytest.mark.server
@pytest.mark.parametrize("value", HOSTILE)
def test_a_hostile_parameter_is_data_on_a_server(value, oxigraph_server):
    remote = RemoteStore(oxigraph_server.endpoint)
    before = count(oxigraph_server.endpoint)
    r = run_text(remote, "SELECT ?x WHERE { BIND(1 AS ?one) }", {"x": value})  # a plain string
    assert [row["x"].value for row in r.rows] == [value]
    r = run(remote, get_query("post-holders"), {"post": value})
    assert r.rows == []
    with pytest.raises(QueryError, match="nothing"):
        run(remote, get_query("entity-documents"), {"entity": value})
    assert count(oxigraph_server.endpoint) == before > 0
