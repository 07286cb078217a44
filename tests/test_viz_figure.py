"""Publication figures name what they draw: each node's label beside it, the relation's
readable name on each edge, a legend of the classes shown, and labels kept apart from each
other, from other nodes and from the figure's edge.

The figures are read back as matplotlib draws them (the text artists and their extents on the
canvas), not by eye.
"""

from __future__ import annotations

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.text import Annotation
from pyoxigraph import Triple

from partykg.ontology.terms import PKG, RDF, RDFS, lit, organization_iri, place_iri
from partykg.viz import build_subgraph
from partykg.viz.figure import LABEL_PT, draw_figure, edge_labels, place_labels

DISTRICT = place_iri("90100")
COMMUNES = [(place_iri(f"9{i:04d}"), f"Xã Nậm Khao số {i}") for i in range(1, 13)]
PARTY = organization_iri("party_committee", "90100")
RELATIONS = {PKG.partOf.value: "thuộc", PKG.basedIn.value: "đóng tại"}


def star():
    """A district, twelve communes part of it, and its party committee based in it."""
    facts = [Triple(DISTRICT, RDF.type, PKG.Place), Triple(DISTRICT, RDFS.label, lit("Huyện Phong Thổ Mới", "vi")),
             Triple(PARTY, RDF.type, PKG.PartyOrganization),
             Triple(PARTY, RDFS.label, lit("Đảng bộ huyện Phong Thổ Mới", "vi")),
             Triple(PARTY, PKG.basedIn, DISTRICT)]
    for iri, name in COMMUNES:
        facts += [Triple(iri, RDF.type, PKG.Place), Triple(iri, RDFS.label, lit(name, "vi")),
                  Triple(iri, PKG.partOf, DISTRICT)]
    return build_subgraph(facts, labels=RELATIONS, title="Phong Thổ Mới")


def texts(fig):
    ax = fig.axes[0]
    nodes = [t for t in ax.texts if isinstance(t, Annotation)]
    edges = [t for t in ax.texts if not isinstance(t, Annotation)]
    return nodes, edges


def test_edges_carry_the_readable_name_of_their_relation():
    _, edges = texts(draw_figure(star(), labels=True))
    assert sorted(t.get_text() for t in edges) == ["thuộc"] * 12 + ["đóng tại"]


def test_relations_between_one_pair_share_one_label_either_way():
    a, b = place_iri("90001"), place_iri("90002")
    g = build_subgraph([Triple(a, PKG.partOf, b), Triple(a, PKG.basedIn, b), Triple(b, PKG.basedIn, a)],
                       labels=RELATIONS)
    assert edge_labels(g) == {(a.value, b.value): "đóng tại; thuộc"}


def test_the_legend_names_each_class_drawn_and_no_other():
    fig = draw_figure(star(), labels=True)
    (legend,) = fig.legends
    assert [t.get_text() for t in legend.get_texts()] == ["Tổ chức Đảng / Party organization", "Địa bàn / Place"]


def test_node_labels_overlap_neither_each_other_nor_another_node_nor_the_edge_of_the_figure():
    fig = draw_figure(star(), labels=True)
    renderer = FigureCanvasAgg(fig).get_renderer()
    nodes, _ = texts(fig)
    assert sorted(t.get_text() for t in nodes) == sorted(
        ["Huyện Phong Thổ Mới", "Đảng bộ huyện Phong Thổ Mới"] + [name for _, name in COMMUNES])
    boxes = [t.get_window_extent(renderer) for t in nodes]
    assert not [(nodes[i].get_text(), nodes[j].get_text()) for i in range(len(boxes))
                for j in range(i + 1, len(boxes)) if boxes[i].overlaps(boxes[j])]
    ax = fig.axes[0]
    centres = {tuple(xy) for c in ax.collections if type(c).__name__ == "PathCollection"
               for xy in ax.transData.transform(c.get_offsets())}
    assert len(centres) == 14
    for t, box in zip(nodes, boxes):
        own = tuple(ax.transData.transform(t.xy))
        assert not [xy for xy in centres if xy != own and box.contains(*xy)], t.get_text()
        assert fig.bbox.x0 <= box.x0 and box.x1 <= fig.bbox.x1 and box.y1 <= fig.bbox.y1, t.get_text()


def test_without_labels_neither_nodes_nor_edges_are_named():
    nodes, edges = texts(draw_figure(star(), labels=False))
    assert nodes == [] and edges == []


def test_a_figure_of_more_than_forty_nodes_is_drawn_without_labels_by_default():
    facts = [Triple(place_iri(f"8{i:04d}"), PKG.partOf, place_iri("80000")) for i in range(1, 42)]
    nodes, edges = texts(draw_figure(build_subgraph(facts, labels=RELATIONS)))
    assert nodes == [] and edges == []


def close_row():
    """Three nodes side by side, closer than their labels are wide, on a canvas to place on."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=(3.5, 2.8), dpi=300)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, 10)
    ax.set_ylim(0, 10)
    pos = {"a": (4.6, 5.0), "b": (5.0, 5.0), "c": (5.4, 5.0)}
    names = {"a": "Chi bộ thôn Khuổi Bốc", "b": "Chi bộ thôn Nà Pồng", "c": "Chi bộ thôn Lũng Vài"}
    ax.scatter(*zip(*pos.values()))
    return fig, ax, pos, names


def test_a_label_that_would_cover_another_takes_another_side_of_its_node():
    fig, ax, pos, names = close_row()
    renderer = FigureCanvasAgg(fig).get_renderer()
    placed = place_labels(ax, renderer, pos, names, ["a", "b", "c"], marker_pt=4.0, taken=[])
    boxes = [t.get_window_extent(renderer) for t in placed]
    assert not [(i, j) for i in range(3) for j in range(i + 1, 3) if boxes[i].overlaps(boxes[j])]
    # and the row is tight indeed: the three labels, all above their nodes, would overlap
    above = [ax.annotate(names[n], pos[n], xytext=(0, 4), textcoords="offset points", ha="center",
                         va="bottom", fontsize=LABEL_PT).get_window_extent(renderer) for n in "abc"]
    assert above[0].overlaps(above[1]) and above[1].overlaps(above[2])
