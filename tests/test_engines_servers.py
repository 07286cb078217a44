"""Real SPARQL servers for the engine tests: an Oxigraph server (the ``oxigraph`` package, same
version as pyoxigraph) and Virtuoso open source, each started on loopback ports in a temporary
directory and stopped after. Without Virtuoso its tests skip — unless CI=true, where they fail.

The fixtures live here (imported by the other engine tests); the tests in this file check
that the servers behave as the rest of the suite assumes.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from partykg.graph import EmbeddedStore  # noqa: E402
from partykg.graph.remote import RemoteStore  # noqa: E402

from benchmarks.synth import build  # noqa: E402

IN_CI = os.environ.get("CI") == "true"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(url: str, proc: subprocess.Popen, seconds: float = 60) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with status {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return  # it answers
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer in {seconds} s")


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def oxigraph_bin() -> str:
    here = Path(sys.executable).parent / "oxigraph"
    found = str(here) if here.exists() else shutil.which("oxigraph")
    if not found:
        pytest.fail("the oxigraph server binary is missing: pip install -e '.[test]'")
    return found


class OxigraphServer:
    """``oxigraph serve`` (read-write) or ``serve-read-only`` on a directory, on a free port."""

    def __init__(self, location: Path, read_only: bool = False) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.endpoint = self.url + "/query"
        cmd = [oxigraph_bin(), "serve-read-only" if read_only else "serve", "--location", str(location),
               "--bind", f"127.0.0.1:{self.port}"]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        wait_http(self.url + "/query?query=ASK%7B%7D", self.proc)

    def stop(self) -> None:
        stop(self.proc)


VIRTUOSO_INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
CheckpointInterval = 60
CaseMode = 2
DirsAllowed = ., {d}
NumberOfBuffers = 20000
MaxDirtyBuffers = 15000
MaxQueryMem = 1G
ThreadsPerQuery = 2

[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}
MaxClientConnections = 8
ServerThreads = 8
Charset = UTF-8

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryCostEstimationTime = 0
MaxQueryExecutionTime = 300
MaxSortedTopRows = 1000000
"""


def virtuoso_bin() -> str | None:
    return shutil.which("virtuoso-t") or (str(Path("/usr/bin/virtuoso-t")) if Path("/usr/bin/virtuoso-t").exists() else None)


def isql_bin() -> str | None:
    return shutil.which("isql-vt") or shutil.which("isql")


class Virtuoso:
    """virtuoso-t in the foreground with its own ini and database in a temporary directory; the
    SPARQL user may update (so stores can be loaded through SPARQL Update)."""

    def __init__(self, directory: Path) -> None:
        binary = virtuoso_bin()
        if binary is None or isql_bin() is None:
            if IN_CI:
                pytest.fail("Virtuoso (virtuoso-opensource) is not installed, and CI=true")
            pytest.skip("Virtuoso is not installed (apt-get install virtuoso-opensource)")
        directory.mkdir(parents=True, exist_ok=True)
        self.sql_port, self.http_port = free_port(), free_port()
        ini = directory / "virtuoso.ini"
        ini.write_text(VIRTUOSO_INI.format(d=directory, sql=self.sql_port, http=self.http_port))
        self.endpoint = f"http://127.0.0.1:{self.http_port}/sparql"
        self.proc = subprocess.Popen([binary, "+foreground", "+configfile", str(ini)], cwd=directory,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_http(self.endpoint + "?query=ASK%7B%7D", self.proc, seconds=120)
        self.isql("GRANT SPARQL_UPDATE TO \"SPARQL\";")

    def isql(self, sql: str) -> str:
        r = subprocess.run([isql_bin(), f"127.0.0.1:{self.sql_port}", "dba", "dba", f"exec={sql}"],
                           capture_output=True, text=True, timeout=120)
        if r.returncode != 0 or "*** Error" in r.stdout + r.stderr:
            raise RuntimeError(f"isql: {r.stdout}{r.stderr}")
        return r.stdout

    def stop(self) -> None:
        stop(self.proc)


@pytest.fixture(scope="session")
def synth_store(tmp_path_factory) -> Path:
    """A small synthetic graph in an embedded store (about 30 documents, 20,000 quads)."""
    path = tmp_path_factory.mktemp("synth") / "store"
    db = EmbeddedStore(path)
    build(db, provinces=2, districts=2, communes=2, villages=2)
    db.flush()
    db.close()
    return path


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory, synth_store):
    """An empty read-write Oxigraph server loaded with the synthetic store by ``partykg push``."""
    from partykg.graph.remote import push

    server = OxigraphServer(tmp_path_factory.mktemp("oxigraph"))
    try:
        db = EmbeddedStore(synth_store, read_only=True)
        push(db, server.endpoint, record=tmp_path_factory.mktemp("rec") / "push.json")
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory, synth_store):
    """Virtuoso loaded with the synthetic store by ``partykg push --method update``."""
    from partykg.graph.remote import push

    server = Virtuoso(tmp_path_factory.mktemp("virtuoso"))
    try:
        db = EmbeddedStore(synth_store, read_only=True)
        push(db, server.endpoint, method="update", batch=2000, record=tmp_path_factory.mktemp("rec") / "push.json")
        yield server
    finally:
        server.stop()


def count(endpoint: str) -> int:
    r = RemoteStore(endpoint).query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    return int(r.rows[0]["n"].value)


@pytest.mark.server
def test_push_copies_every_graph_to_an_oxigraph_server(oxigraph_server, synth_store):
    db = EmbeddedStore(synth_store, read_only=True)
    assert count(oxigraph_server.endpoint) == len(db._store)


@pytest.mark.server
@pytest.mark.slow
def test_push_copies_every_graph_to_virtuoso(virtuoso_server, synth_store):
    db = EmbeddedStore(synth_store, read_only=True)
    # Virtuoso's own system graphs hold a few triples too: count ours.
    r = RemoteStore(virtuoso_server.endpoint).query(
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), 'https://w3id.org/partykg/')) }")
    assert int(r.rows[0]["n"].value) == len(db._store)
