"""`partykg viz` writes one HTML page that needs nothing from the network.

These tests read the written page as text (what it would load) and the data it hands to
vis-network; tests/test_browser_viz.py opens it in a real browser.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from pyoxigraph import Triple

from partykg.ontology.terms import PKG, RDF, RDFS, lit, place_iri
from partykg.viz import build_subgraph, network_html
from partykg.viz.network import PHYSICS_MAX

from test_viz_fixtures import CT05, DB_TA_MUNG, TA_MUNG, write_graph

REMOTE = re.compile(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", re.I)


def page_data(page: str) -> tuple[list[dict], list[dict], dict]:
    """The node and edge lists and the options the page hands to vis-network."""
    nodes = json.loads(re.search(r"nodes = new vis\.DataSet\((.*?)\);\n", page).group(1))
    edges = json.loads(re.search(r"edges = new vis\.DataSet\((.*?)\);\n", page).group(1))
    options = json.loads(re.search(r"var options = (\{.*?\});\n", page, re.S).group(1))
    return nodes, edges, options


@pytest.fixture(scope="module")
def graph_store(tmp_path_factory) -> Path:
    return write_graph(tmp_path_factory.mktemp("viz") / "store")


def chain(n: int, branching: int = 1):
    """n places, place i part of place (i - 1) // branching: a chain, or a tree."""
    ts = []
    for i in range(n):
        p = place_iri(f"{i:05d}")
        ts += [Triple(p, RDF.type, PKG.Place), Triple(p, RDFS.label, lit(f"Bản {i}", "vi"))]
        if i:
            ts.append(Triple(p, PKG.partOf, place_iri(f"{(i - 1) // branching:05d}")))
    return ts


def test_the_page_loads_nothing_from_the_network_and_inlines_vis_network():
    page = network_html(build_subgraph(chain(5), title="Năm bản"))
    assert not REMOTE.search(page), REMOTE.search(page)
    assert "bootstrap" not in page.lower()
    assert "vis.Network" in page and "vis-network" in page  # the library itself is inside
    assert 'id="pk-legend"' in page and 'id="pk-search"' in page


def test_labels_tooltips_and_edges_reach_vis_network():
    nodes, edges, options = page_data(network_html(build_subgraph(chain(3), title="Ba bản")))
    assert sorted(n["label"] for n in nodes) == ["Bản 0", "Bản 1", "Bản 2"]
    assert all(n["group"] == "place" and n["shape"] == "triangle" for n in nodes)
    assert {(e["label"]) for e in edges} == {"partOf"}
    assert len(edges) == 2
    assert all("Địa bàn" in n["title"] for n in nodes)
    assert options["physics"]["enabled"] is True
    assert options["layout"]["randomSeed"] == 0


def test_edges_are_labelled_with_the_readable_name_of_their_relation():
    g = build_subgraph(chain(3), labels={PKG.partOf.value: "thuộc"})
    _, edges, options = page_data(network_html(g))
    assert [e["label"] for e in edges] == ["thuộc", "thuộc"]
    assert all(e["title"].startswith("Bản ") and "—thuộc→" in e["title"] for e in edges)
    assert options["edges"]["font"]["size"] >= 10


def test_physics_keeps_nodes_apart_so_their_labels_overlap_less():
    _, _, options = page_data(network_html(build_subgraph(chain(5))))
    assert options["physics"]["solver"] == "forceAtlas2Based"
    assert options["physics"]["forceAtlas2Based"]["avoidOverlap"] == 1


def test_the_legend_lists_the_classes_drawn_and_no_other():
    other = Triple(place_iri("99999"), PKG.partOf, place_iri("00000"))  # 99999 has no type: other
    page = network_html(build_subgraph(chain(2) + [other]))
    legend = re.search(r'<ul id="pk-legend"[^>]*>(.*?)</ul>', page, re.S).group(1)
    assert re.findall(r'data-group="(\w+)"', legend) == ["place", "other"]
    assert "Địa bàn" in legend and "Khác" in legend and "Văn bản" not in legend
    # a class drawn as an ellipse gets a sample drawn by CSS: no font has a symbol for it
    assert "border-radius:50%" in legend and "\u2b2c" not in legend


def test_large_networks_get_positions_and_no_physics():
    nodes, _, options = page_data(network_html(build_subgraph(chain(PHYSICS_MAX + 20))))
    assert options["physics"] == {"enabled": False}
    assert all("x" in n and "y" in n for n in nodes)
    assert len({(n["x"], n["y"]) for n in nodes}) == len(nodes)  # nothing drawn on top of another


def test_the_same_seed_gives_the_same_layout():
    g = build_subgraph(chain(PHYSICS_MAX + 5, branching=3))
    a, _, _ = page_data(network_html(g, seed=3))
    b, _, _ = page_data(network_html(g, seed=3))
    c, _, _ = page_data(network_html(g, seed=4))
    pos = lambda ns: [(n["x"], n["y"]) for n in ns]  # noqa: E731
    assert pos(a) == pos(b)
    assert pos(a) != pos(c)


def test_viz_around_an_entity_by_its_vietnamese_name(graph_store, cli, tmp_path):
    out = tmp_path / "tam.html"
    proc = cli("viz", "--store", graph_store, "--around", "Tà Mung", "--hops", "1", "-o", out, check=True)
    assert "wrote" in proc.stderr
    page = out.read_text(encoding="utf-8")
    nodes, edges, _ = page_data(page)
    labels = {n["label"] for n in nodes}
    assert {"Tà Mung", "Than Uyên", "Đảng bộ xã Tà Mung", "Ủy ban nhân dân xã Tà Mung"} <= labels
    assert "Chỉ thị số 05-CT/TW" not in labels  # two links away
    tam = next(n for n in nodes if n["id"] == TA_MUNG.value)
    assert "Tỉnh Lai Châu có huyện Than Uyên" in tam["title"]  # the evidence sentence
    assert "bai-1.txt" in tam["title"]  # and its document
    assert all(e["from"] in {n["id"] for n in nodes} and e["to"] in {n["id"] for n in nodes} for e in edges)


def test_viz_views_select_what_they_promise(graph_store, cli, tmp_path):
    views = {
        ("--directive", "05-CT/TW"): {"Chỉ thị số 05-CT/TW", "Kết luận số 01-KL/TW", "Đảng bộ xã Tà Mung", "Tà Mung"},
        ("--hierarchy", "Than Uyên"): {"Than Uyên", "Tà Mung", "Mường Kim", "Đảng bộ xã Tà Mung",
                                       "Đảng bộ xã Mường Kim", "Đảng bộ huyện Than Uyên"},
        ("--people", "Lai Châu"): {"Lò Văn Thử", "Bí thư Đảng ủy", "Đảng bộ xã Tà Mung", "Tà Mung"},
        ("--query", "implementations"): {"Chỉ thị số 05-CT/TW", "Kết luận số 01-KL/TW", "Đảng bộ xã Tà Mung",
                                         "Đảng bộ xã Mường Kim"},
    }
    for (flag, value), expected in views.items():
        out = tmp_path / f"{flag.strip('-')}.html"
        cli("viz", "--store", graph_store, flag, value, "-o", out, check=True)
        nodes, _, _ = page_data(out.read_text(encoding="utf-8"))
        assert {n["label"] for n in nodes} == expected, flag


def test_a_too_large_selection_is_refused_with_a_way_out(graph_store, cli, tmp_path):
    out = tmp_path / "big.html"
    proc = cli("viz", "--store", graph_store, "--around", "Tà Mung", "--hops", "3", "--max-nodes", "5", "-o", out)
    assert proc.returncode == 1
    assert "more than 5 nodes" in proc.stderr and "--max-nodes" in proc.stderr
    assert not out.exists()
    cli("viz", "--store", graph_store, "--around", "Tà Mung", "--hops", "3", "--max-nodes", "500", "-o", out,
        check=True)
    assert out.exists()


def test_an_unknown_entity_is_named_in_the_error(graph_store, cli, tmp_path):
    proc = cli("viz", "--store", graph_store, "--around", "Không Có Xã Này", "-o", tmp_path / "x.html")
    assert proc.returncode == 2
    assert "Không Có Xã Này" in proc.stderr


def test_one_selection_at_a_time(graph_store, cli, tmp_path):
    proc = cli("viz", "--store", graph_store, "--around", "Tà Mung", "--directive", "05-CT/TW",
               "-o", tmp_path / "x.html")
    assert proc.returncode == 2 and "give one selection" in proc.stderr


def test_tooltips_carry_key_facts(graph_store, cli, tmp_path):
    out = tmp_path / "d.html"
    cli("viz", "--store", graph_store, "--directive", "05-CT/TW", "-o", out, check=True)
    nodes, edges, _ = page_data(out.read_text(encoding="utf-8"))
    ct = next(n for n in nodes if n["id"] == CT05.value)
    assert "05-CT/TW" in ct["title"] and "2016-05-15" in ct["title"] and "Văn bản" in ct["title"]
    carries = [e for e in edges if e["from"] == DB_TA_MUNG.value and e["to"] == CT05.value]
    assert carries and "Chỉ thị số 05-CT/TW" in carries[0]["title"]  # the edge's evidence sentence


def test_a_name_shared_by_a_commune_and_a_village_shows_around_both(tmp_path, cli):
    from pyoxigraph import Quad, Store

    from partykg.ontology.terms import GRAPH_KG

    path = write_graph(tmp_path / "store")
    village = place_iri(None, "Tà Mung", "bản", "03430")
    st = Store(str(path))
    st.extend([Quad(village, RDF.type, PKG.Place, GRAPH_KG), Quad(village, RDFS.label, lit("Tà Mung", "vi"), GRAPH_KG),
               Quad(village, PKG.partOf, TA_MUNG, GRAPH_KG)])
    st.flush()
    del st
    out = tmp_path / "both.html"
    proc = cli("viz", "--store", path, "--around", "Tà Mung", "--hops", "0", "-o", out, check=True)
    assert "names 2 entities" in proc.stderr
    nodes, edges, _ = page_data(out.read_text(encoding="utf-8"))
    assert {n["id"] for n in nodes} == {TA_MUNG.value, village.value}
    assert [(e["from"], e["to"]) for e in edges] == [(village.value, TA_MUNG.value)]


def test_the_demo_gallery_has_a_network_page_and_a_figure(graph_store, tmp_path):
    from partykg.cli.viz_cmds import write_gallery
    from partykg.graph import open_store

    db = open_store(graph_store)
    try:
        paths = write_gallery(db, tmp_path / "gallery")
    finally:
        db.close()
    assert [p.name for p in paths] == ["network.html", "figure.svg"]
    nodes, _, _ = page_data(paths[0].read_text(encoding="utf-8"))
    assert "Lò Văn Thử" in {n["label"] for n in nodes}
    svg = paths[1].read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml") and 'width="252pt"' in svg[:1000]
    assert (tmp_path / "gallery" / "figure.svg.meta.ttl").exists()
