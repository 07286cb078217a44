"""`partykg validate` on a real store: the graph of the seed articles conforms to the shapes;
a store holding a mistake exits 1 with a short report naming the shape, the path and examples."""

from __future__ import annotations

import shutil
import time

import pytest
from pyoxigraph import Literal, NamedNode, Quad

from partykg.ontology.terms import GRAPH_KG, PKG, RDF, RDFS


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory, seeds):
    from conftest import partykg_command
    import subprocess

    path = tmp_path_factory.mktemp("validate") / "store"
    proc = subprocess.run([*partykg_command(), "ingest", "--quiet", "--store", str(path), *map(str, seeds)],
                          capture_output=True, text=True, encoding="utf-8", timeout=600)
    assert proc.returncode == 0, proc.stderr
    return path


def test_the_graph_of_the_seed_articles_has_no_violation(cli, seed_store):
    started = time.perf_counter()
    proc = cli("validate", "--store", seed_store)
    elapsed = time.perf_counter() - started
    assert proc.returncode == 0, proc.stdout[-3000:]
    assert proc.stdout.startswith("conforms:") and "no violation" in proc.stdout
    assert elapsed < 120, f"validating five articles took {elapsed:.0f} s"


def test_a_store_with_duplicate_labels_fails_with_a_short_readable_report(cli, seed_store, tmp_path):
    from partykg.graph.store import EmbeddedStore

    broken = tmp_path / "broken"
    shutil.copytree(seed_store, broken)
    db = EmbeddedStore(broken)
    places = [q.subject for q in db.quads(None, RDF.type, PKG.Place, GRAPH_KG)]
    assert places, "the seed articles name no place"
    # what a buggy extractor would write: a second label for every place
    db._extend([Quad(p, RDFS.label, Literal(f"Tên khác {i}", language="vi"), GRAPH_KG) for i, p in enumerate(places)])
    db.flush()
    db.close()
    del db

    proc = cli("validate", "--store", broken)
    assert proc.returncode == 1
    out = proc.stdout
    assert out.startswith("does not conform:")
    assert f"{len(places)} ×" in out and "pkgsh:Place rdfs:label" in out and "exactly one rdfs:label" in out
    assert "e.g. id:place/" in out
    assert len(out.splitlines()) < 30, out


def test_validate_without_a_store_says_so_in_one_line(cli, tmp_path):
    proc = cli("validate", "--store", tmp_path / "nowhere")
    assert proc.returncode != 0
    assert "no store" in proc.stderr and "Traceback" not in proc.stderr


def test_an_observation_of_no_known_subject_is_reported_by_shape_and_path(cli, seed_store, tmp_path):
    from partykg.graph.store import EmbeddedStore

    broken = tmp_path / "broken-obs"
    shutil.copytree(seed_store, broken)
    db = EmbeddedStore(broken)
    obs = NamedNode("https://w3id.org/partykg/id/observation/test-only")
    db._extend([Quad(obs, RDF.type, NamedNode("http://purl.org/linked-data/cube#Observation"), GRAPH_KG),
                Quad(obs, PKG.indicator, NamedNode("https://w3id.org/partykg/vocab/indicator/party_members"), GRAPH_KG),
                Quad(obs, PKG.value, Literal("12"), GRAPH_KG)])
    db.flush()
    db.close()
    del db

    proc = cli("validate", "--store", broken)
    assert proc.returncode == 1
    assert "pkgsh:Observation pkg:refSubject" in proc.stdout
    assert "pkgsh:Observation pkg:value" in proc.stdout
