"""`partykg ingest / query / remove` against a real on-disk store, run as a user runs them:
round trip, idempotent re-ingest, a changed document, removal, and --jobs."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from partykg.graph.store import EmbeddedStore

COUNT_ALL = "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"


def dump(store_dir: Path, *, blank: bool = True) -> list[bytes]:
    """Sorted N-Quads; blank-node labels (only the ontology has any) are the store's own, so
    comparing two stores replaces them with one placeholder unless ``blank`` is False."""
    s = EmbeddedStore(store_dir)
    try:
        lines = s.dump_nquads().splitlines()
    finally:
        s.close()
    return sorted(lines if not blank else (re.sub(rb"_:[0-9A-Za-z]+", b"_:b", x) for x in lines))


@pytest.fixture
def corpus(tmp_path, seeds) -> Path:
    """The seed articles copied to a directory of their own (so tests may change them)."""
    d = tmp_path / "corpus"
    d.mkdir()
    for p in seeds:
        shutil.copy(p, d / p.name)
    return d


def test_ingest_query_round_trip_and_the_quad_count(cli, corpus, store_dir):
    r = cli("ingest", "--store", store_dir, *sorted(corpus.glob("*.txt")))
    assert r.returncode == 0, r.stderr
    assert "5 added" in r.stderr and "Traceback" not in r.stderr
    q = cli("query", "--store", store_dir, "--format", "csv", "--sparql", COUNT_ALL, check=True)
    lines = q.stdout.strip().splitlines()
    assert lines[0] == "n" and int(lines[1]) == len(dump(store_dir)) > 0
    docs = cli("query", "--store", store_dir, "--format", "csv", "--sparql",
               "SELECT ?src WHERE { GRAPH kg:kg { ?d pkg:source ?src } } ORDER BY ?src", check=True)
    assert [Path(x).name for x in docs.stdout.strip().splitlines()[1:]] == sorted(p.name for p in corpus.glob("*.txt"))


def test_reingest_leaves_the_store_byte_identical(cli, corpus, store_dir):
    cli("ingest", "-q", "--store", store_dir, corpus, check=True)
    first = dump(store_dir, blank=False)
    r = cli("ingest", "-q", "--store", store_dir, corpus, check=True)
    assert "5 unchanged" in r.stderr
    assert dump(store_dir, blank=False) == first


def test_changed_document_is_replaced_as_if_ingested_fresh(cli, corpus, tmp_path, store_dir):
    cli("ingest", "-q", "--store", store_dir, corpus, check=True)
    victim = sorted(corpus.glob("*.txt"))[1]
    victim.write_text("Bài viết đã được thay bằng một đoạn ngắn.\nHội nghị diễn ra tại hội trường.\n",
                      encoding="utf-8")
    r = cli("ingest", "-q", "--store", store_dir, corpus, check=True)
    assert "1 replaced" in r.stderr and "4 unchanged" in r.stderr
    fresh = tmp_path / "fresh"
    cli("ingest", "-q", "--store", fresh, corpus, check=True)
    assert dump(store_dir) == dump(fresh)


def test_remove_deletes_a_document_and_only_what_it_alone_stated(cli, corpus, tmp_path, store_dir):
    cli("ingest", "-q", "--store", store_dir, corpus, check=True)
    gone = sorted(corpus.glob("*.txt"))[0]
    r = cli("remove", "--store", store_dir, gone.name, check=True)
    assert r.stderr.startswith(f"removed {gone} (")  # the source it removed, in full
    gone.unlink()
    fresh = tmp_path / "fresh"
    cli("ingest", "-q", "--store", fresh, corpus, check=True)
    assert dump(store_dir) == dump(fresh)
    r = cli("remove", "--store", store_dir, gone.name)
    assert r.returncode == 1 and r.stderr.strip() == f"partykg: {gone.name}: no such document in the store"


def test_jobs_give_the_same_store_as_one_process(cli, corpus, tmp_path, shared):
    more = sorted((shared / "corpus" / "more").glob("*.txt"))[:12]
    for p in more:
        shutil.copy(p, corpus / p.name)
    one, four = tmp_path / "one", tmp_path / "four"
    cli("ingest", "-q", "--store", one, corpus, check=True)
    r = cli("ingest", "-q", "--jobs", "4", "--store", four, corpus, check=True)
    assert f"{5 + len(more)} added" in r.stderr
    assert dump(one) == dump(four)


def test_progress_is_not_written_into_logs(cli, corpus, store_dir):
    """stderr is not a terminal here: no progress bar, only the summary line."""
    r = cli("ingest", "--store", store_dir, corpus, check=True)
    assert r.stderr.strip().splitlines() == [r.stderr.strip()]
    assert r.stderr.startswith("5 added, 0 replaced, 0 unchanged, 0 failed")
