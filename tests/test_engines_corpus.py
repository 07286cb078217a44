"""The library on the real corpus: a store built by ``partykg ingest`` from the shared seed and
extra articles answers every library query (default parameters) the same on the embedded
store, an Oxigraph server and Virtuoso. Skips when the corpus is absent."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from partykg.cli.app import app
from partykg.graph import EmbeddedStore
from partykg.graph.remote import RemoteStore, push
from partykg.queries import list_queries, run

from test_engines_equality import rows
from test_engines_servers import OxigraphServer, Virtuoso

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
pytestmark = [pytest.mark.server, pytest.mark.slow]


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory) -> Path:
    if not (CORPUS / "seeds").is_dir():
        pytest.skip(f"no corpus at {CORPUS}")
    path = tmp_path_factory.mktemp("corpus") / "store"
    parts = [str(CORPUS / "seeds")] + ([str(CORPUS / "more")] if (CORPUS / "more").is_dir() else [])
    r = CliRunner().invoke(app, ["ingest", "--store", str(path), "--quiet", *parts])
    assert path.exists(), r.output
    return path


def defaults(store):
    out = {}
    for q in list_queries():
        try:
            out[q.name] = rows(run(store, q, {}))
        except Exception as e:  # a default naming an entity this corpus lacks
            out[q.name] = f"error: {e}"
    return out


@pytest.fixture(scope="module")
def embedded_answers(corpus_store):
    return defaults(EmbeddedStore(corpus_store, read_only=True))


def test_every_library_query_answers_on_the_corpus(embedded_answers):
    answered = {n for n, a in embedded_answers.items() if not isinstance(a, str) and a}
    assert {"places", "organizations", "directives", "outcomes", "coverage", "hierarchy",
            "post-holders", "indicator-series"} <= answered


def test_an_oxigraph_server_answers_the_corpus_as_the_embedded_store(corpus_store, embedded_answers, tmp_path):
    server = OxigraphServer(tmp_path / "server")
    try:
        push(EmbeddedStore(corpus_store, read_only=True), server.endpoint, record=tmp_path / "push.json")
        assert defaults(RemoteStore(server.endpoint)) == embedded_answers
    finally:
        server.stop()


def test_virtuoso_answers_the_corpus_as_the_embedded_store(corpus_store, embedded_answers, tmp_path):
    server = Virtuoso(tmp_path / "virtuoso")
    try:
        push(EmbeddedStore(corpus_store, read_only=True), server.endpoint, method="update", batch=2000,
             record=tmp_path / "push.json")
        remote = defaults(RemoteStore(server.endpoint))
        different = sorted(n for n in embedded_answers if remote[n] != embedded_answers[n])
        assert not different, different
    finally:
        server.stop()
