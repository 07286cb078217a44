"""The network page in a real browser: headless Chromium opens it from a file:// URL and the
test reads, from inside the page, what vis-network drew — nodes with their Vietnamese labels,
edges, the legend — and which requests the page made (none but its own file).

Skipped without Chromium, except under CI=true where a missing browser is a failure.
A screenshot is saved next to the page (and into $PARTYKG_ARTIFACTS when set).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from partykg.viz.browser import PAGE_STATE, Browser, find_chromium

from test_viz_fixtures import CT05, DB_TA_MUNG, TA_MUNG, write_graph

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def chromium() -> str:
    binary = find_chromium()
    if binary is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("CI=true but no Chromium is installed (Debian package 'chromium')")
        pytest.skip("no Chromium installed")
    return binary


@pytest.fixture(scope="module")
def graph_store(tmp_path_factory) -> Path:
    return write_graph(tmp_path_factory.mktemp("browser") / "store")


def keep(screenshot: Path) -> None:
    target = os.environ.get("PARTYKG_ARTIFACTS")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        shutil.copy(screenshot, Path(target) / screenshot.name)


def open_page(chromium: str, page: Path, screenshot: Path) -> tuple[dict, list[str], list[str]]:
    with Browser(chromium) as b:
        b.open(page)
        b.wait_for("window.partykg && window.partykg.ready", timeout=60)
        state = b.evaluate(PAGE_STATE)
        search = b.evaluate("""(() => { const box = document.getElementById('pk-search');
            box.value = 'dang bo xa ta mung'; box.dispatchEvent(new Event('input'));
            return network.getSelectedNodes(); })()""")
        b.screenshot(screenshot)
        return state, b.requests, b.exceptions, search


def test_the_network_is_drawn_offline_with_vietnamese_labels_and_a_legend(chromium, graph_store, cli, tmp_path):
    page = tmp_path / "ta-mung.html"
    cli("viz", "--store", graph_store, "--around", "Tà Mung", "--hops", "2", "-o", page, check=True)
    shot = tmp_path / "ta-mung.png"
    state, requests, exceptions, selected = open_page(chromium, page, shot)
    keep(shot)

    assert exceptions == []
    labels = {n["label"] for n in state["nodes"]}
    assert {"Tà Mung", "Than Uyên", "Đảng bộ xã Tà Mung", "Ủy ban nhân dân xã Tà Mung",
            "Hội Nông dân xã Tà Mung", "Chỉ thị số 05-CT/TW"} <= labels
    assert len(state["nodes"]) == 11 and state["positions"] == 11  # every node placed on the canvas
    edges = {(e["from"], e["label"], e["to"]) for e in state["edges"]}
    assert (DB_TA_MUNG.value, "tổ chức thực hiện", CT05.value) in edges  # edge labels in Vietnamese
    assert (DB_TA_MUNG.value, "đóng tại", TA_MUNG.value) in edges
    assert state["canvas"] and state["canvas"][0] > 0 and state["canvas"][1] > 0
    assert state["legendVisible"]
    assert any("Địa bàn" in item for item in state["legend"])
    assert any("Tổ chức Đảng" in item for item in state["legend"])
    assert selected == [DB_TA_MUNG.value]  # the search box folds diacritics
    # nothing left the page: the only request is the page itself, no resource was fetched
    assert requests and all(u.startswith(("file:", "data:")) for u in requests), requests
    assert all(u.startswith(("file:", "data:")) for u in state["resources"]), state["resources"]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 5000


def test_a_large_network_opens_with_fixed_positions(chromium, tmp_path):
    from pyoxigraph import Triple

    from partykg.ontology.terms import PKG, RDF, RDFS, lit, place_iri
    from partykg.viz import build_subgraph, write_network

    triples = []
    for i in range(600):
        p = place_iri(f"{i:05d}")
        triples += [Triple(p, RDF.type, PKG.Place), Triple(p, RDFS.label, lit(f"Thôn Đồng Xuân {i}", "vi"))]
        if i:
            triples.append(Triple(p, PKG.partOf, place_iri(f"{(i - 1) // 4:05d}")))
    page = write_network(build_subgraph(triples, title="Sáu trăm thôn"), tmp_path / "big.html", seed=2)
    shot = tmp_path / "big.png"
    state, requests, exceptions, _ = open_page(chromium, page, shot)
    keep(shot)
    assert exceptions == []
    assert len(state["nodes"]) == 600 and len(state["edges"]) == 599
    assert "Thôn Đồng Xuân 599" in {n["label"] for n in state["nodes"]}
    assert all(u.startswith(("file:", "data:")) for u in requests)
