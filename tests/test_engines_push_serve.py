"""Beyond one machine: ``partykg push`` uploads a store to a real Oxigraph server, resumably,
and ``partykg serve`` opens a store read-only as a SPARQL endpoint that refuses writes."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from typer.testing import CliRunner

from partykg.cli.app import app
from partykg.graph import EmbeddedStore
from partykg.graph.remote import RemoteStore, push
from partykg.ontology.terms import GRAPH_KG, GRAPH_PROVENANCE
from partykg.queries import get_query, run

from test_engines_servers import OxigraphServer, count, free_port, synth_store, wait_http  # noqa: F401

pytestmark = pytest.mark.server


def test_push_sends_every_graph_and_records_each_batch(synth_store, tmp_path):
    server = OxigraphServer(tmp_path / "server")
    try:
        record = tmp_path / "push.json"
        db = EmbeddedStore(synth_store, read_only=True)
        report = push(db, server.endpoint, batch=500, record=record)
        assert count(server.endpoint) == len(db._store) == report.quads
        book = json.loads(record.read_text())
        (entry,) = book.values()
        assert entry["batch"] == 500 and GRAPH_KG.value in entry["sent"] and GRAPH_PROVENANCE.value in entry["sent"]
        # A second push finds everything sent and sends nothing.
        again = push(db, server.endpoint, batch=500, record=record)
        assert again.quads == 0 and again.skipped == report.batches
    finally:
        server.stop()


def test_an_interrupted_push_resumes_where_it_stopped(synth_store, tmp_path):
    server = OxigraphServer(tmp_path / "server")
    try:
        record = tmp_path / "push.json"
        db = EmbeddedStore(synth_store, read_only=True)
        push(db, server.endpoint, batch=500, record=record)
        # Pretend the knowledge graph never went: the record forgets it, the server drops it.
        book = json.loads(record.read_text())
        (entry,) = book.values()
        del entry["sent"][GRAPH_KG.value]
        record.write_text(json.dumps(book))
        RemoteStore(server.endpoint)._update(f"DROP GRAPH <{GRAPH_KG.value}>")
        kg = sum(1 for _ in db.quads(None, None, None, GRAPH_KG))
        resumed = push(db, server.endpoint, batch=500, record=record)
        assert resumed.quads == kg
        assert count(server.endpoint) == len(db._store)
    finally:
        server.stop()


def test_push_by_sparql_update_and_the_cli(synth_store, tmp_path):
    server = OxigraphServer(tmp_path / "server")
    try:
        copy = tmp_path / "store"
        shutil.copytree(synth_store, copy)
        r = CliRunner().invoke(app, ["push", "--store", str(copy), "--endpoint", server.endpoint,
                                     "--method", "update", "--batch", "3000", "--quiet"])
        assert r.exit_code == 0, r.output
        assert count(server.endpoint) == len(EmbeddedStore(copy, read_only=True)._store)
        assert Path(f"{copy}.push.json").exists()
        # Every read command takes --endpoint instead of --store.
        r = CliRunner().invoke(app, ["query", "directive-chain", "--endpoint", server.endpoint, "-f", "csv"])
        assert r.exit_code == 0, r.output
        assert "Chỉ thị số 05-CT/TW" in r.stdout
    finally:
        server.stop()


def test_serve_answers_queries_read_only_and_refuses_writes(synth_store, tmp_path):
    copy = tmp_path / "store"
    shutil.copytree(synth_store, copy)
    before = EmbeddedStore(copy, read_only=True).dump_nquads()
    port = free_port()
    exe = Path(sys.executable).parent / "partykg"
    proc = subprocess.Popen([str(exe), "serve", "--store", str(copy), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        url = f"http://127.0.0.1:{port}"
        wait_http(url + "/query?query=ASK%7B%7D", proc)
        first = proc.stdout.readline()
        assert f"http://127.0.0.1:{port}/" in first
        # the query page
        with urllib.request.urlopen(url + "/", timeout=10) as resp:
            assert "html" in resp.headers.get("Content-Type", "")
        remote = RemoteStore(url + "/query")
        local = EmbeddedStore(copy, read_only=True)
        q = get_query("directive-implementers")
        assert len(run(remote, q, {"directive": "05-CT/TW"}).rows) == len(run(local, q, {"directive": "05-CT/TW"}).rows) > 0
        for path, body, ctype in (("/update", b"update=DROP%20ALL", "application/x-www-form-urlencoded"),
                                  ("/store?default", b"<http://a> <http://b> <http://c> .", "application/n-triples")):
            req = urllib.request.Request(url + path, data=body, method="POST", headers={"Content-Type": ctype})
            with pytest.raises(urllib.error.HTTPError) as e:
                urllib.request.urlopen(req, timeout=10)
            assert e.value.code >= 400
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
    assert EmbeddedStore(copy, read_only=True).dump_nquads() == before
