"""`partykg export` writes what it selected, and it reads back the same.

RDF exports re-import to an isomorphic graph (the selected facts plus the dataset
description); trig and nq keep every fact in the knowledge graph and in its evidence graph;
GraphML and GEXF read back with networkx with the same nodes, edges and attributes; CSV has
one row per node and per edge; figures are images of the requested size with every
Vietnamese letter in the font.
"""

from __future__ import annotations

import csv
import datetime as dt
import struct
import warnings
from pathlib import Path

import networkx as nx
import pytest
import rdflib
from pyoxigraph import RdfFormat, Store, Triple, parse, serialize
from rdflib.compare import isomorphic

from partykg.ontology.terms import GRAPH_KG, GRAPH_PROVENANCE, ORG, PKG, RDFS, lit, place_iri
from partykg.viz import build_subgraph
from partykg.viz.export import Provenance, describe, rdf_bytes, write_gexf, write_graphml
from partykg.viz.figure import write_figure

from test_viz_fixtures import CT05, DB_TA_MUNG, KL01, LABELS, TA_MUNG, write_graph

RDF_PARSE = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}


@pytest.fixture(scope="module")
def graph_store(tmp_path_factory) -> Path:
    return write_graph(tmp_path_factory.mktemp("export") / "store")


def store_facts(path: Path, subjects) -> set[Triple]:
    st = Store.read_only(str(path))
    return {Triple(q.subject, q.predicate, q.object) for s in subjects
            for q in st.quads_for_pattern(s, None, None, GRAPH_KG)}


def to_rdflib(triples) -> rdflib.Graph:
    g = rdflib.Graph()
    g.parse(data=serialize(list(triples), format=RdfFormat.N_TRIPLES).decode("utf-8"), format="nt")
    return g


def triples_of(g: rdflib.Graph) -> set[Triple]:
    """An rdflib graph's triples as pyoxigraph terms."""
    return {q.triple for q in parse(g.serialize(format="nt").encode(), format=RdfFormat.N_TRIPLES)}


def is_description(t: Triple) -> bool:
    return "/id/export/" in t.subject.value or "/id/software/" in t.subject.value or \
        (t.predicate == PKG.source and "/id/doc/" in t.subject.value)


@pytest.mark.parametrize("fmt", ["ttl", "nt", "jsonld"])
def test_rdf_exports_reimport_to_an_isomorphic_graph(fmt):
    facts = [Triple(TA_MUNG, RDFS.label, lit("Tà Mung", "vi")), Triple(DB_TA_MUNG, PKG.basedIn, TA_MUNG),
             Triple(DB_TA_MUNG, PKG.carriesOut, CT05), Triple(CT05, PKG.code, lit("05-CT/TW"))]
    desc = describe(Provenance("--directive 05-CT/TW", ["SELECT ?node WHERE { ?node ?p ?o }"],
                               [("https://w3id.org/partykg/id/doc/x", "/data/bai.txt")], "0.1.0",
                               dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)), facts, fmt, ["x." + fmt])
    data = rdf_bytes(fmt, facts, desc)
    back = rdflib.Graph().parse(data=data.decode("utf-8"), format=RDF_PARSE[fmt])
    assert isomorphic(back, to_rdflib(facts + desc))


@pytest.mark.parametrize("fmt", ["ttl", "nt", "jsonld"])
def test_exported_rdf_holds_exactly_the_selected_facts_and_a_description(graph_store, cli, tmp_path, fmt):
    out = tmp_path / f"ct05.{fmt}"
    cli("export", "--store", graph_store, "--directive", "05-CT/TW", "--format", fmt, "-o", out, check=True)
    back = rdflib.Graph().parse(out, format=RDF_PARSE[fmt])
    triples = triples_of(back)
    facts = {t for t in triples if not is_description(t)}
    selected = {t.subject for t in facts}
    assert selected == {CT05, DB_TA_MUNG, TA_MUNG, KL01}
    assert facts == store_facts(graph_store, selected)
    assert isomorphic(back, to_rdflib(triples))
    ttl = back.serialize(format="turtle")
    assert "void:Dataset" in ttl and "dcat:Dataset" in ttl and "prov:wasGeneratedBy" in ttl


def test_the_description_names_documents_selection_query_version_date_and_counts(graph_store, cli, tmp_path):
    out = tmp_path / "h.ttl"
    proc = cli("export", "--store", graph_store, "--hierarchy", "Than Uyên", "--format", "ttl", "-o", out,
               "--describe", check=True)
    g = rdflib.Graph().parse(data=proc.stdout, format="turtle")
    VOID = rdflib.Namespace("http://rdfs.org/ns/void#")
    DCT = rdflib.Namespace("http://purl.org/dc/terms/")
    PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
    ds = next(g.subjects(rdflib.RDF.type, VOID.Dataset))
    sources = {str(o) for o in g.objects(ds, DCT.source)}
    assert len(sources) == 2 and all("/id/doc/" in s for s in sources)
    assert {str(o) for o in g.objects(None, rdflib.URIRef(PKG.source.value))} == {
        str(graph_store.parent / "bai-1.txt"), str(graph_store.parent / "bai-2.txt")}
    activity = next(g.objects(ds, PROV.wasGeneratedBy))
    assert "--hierarchy 'Than Uyên'" in str(next(g.objects(activity, rdflib.RDFS.comment)))
    assert any("pkg:partOf*" in str(q) for q in g.objects(activity, DCT.description))  # the query text
    assert int(next(g.objects(ds, VOID.entities))) == 6  # Than Uyên, its 2 communes, 3 party committees
    exported = triples_of(rdflib.Graph().parse(out, format="turtle"))
    n_facts = len([t for t in exported if not is_description(t)])
    assert int(next(g.objects(ds, VOID.triples))) == n_facts
    assert str(next(g.objects(ds, DCT.created))).startswith(str(dt.date.today().year))
    agent = next(g.objects(ds, PROV.wasAttributedTo))
    assert str(next(g.objects(agent, rdflib.URIRef("https://schema.org/softwareVersion"))))


@pytest.mark.parametrize("fmt", ["trig", "nq"])
def test_quad_exports_keep_evidence_and_provenance_graphs(graph_store, cli, tmp_path, fmt):
    out = tmp_path / f"tam.{fmt}"
    cli("export", "--store", graph_store, "--around", "Tà Mung", "--format", fmt, "-o", out, check=True)
    quads = list(parse(out.read_bytes(), format=RdfFormat.TRIG if fmt == "trig" else RdfFormat.N_QUADS))
    kg = {Triple(q.subject, q.predicate, q.object) for q in quads if q.graph_name == GRAPH_KG}
    evidence = {Triple(q.subject, q.predicate, q.object) for q in quads if "/evidence/" in str(q.graph_name)}
    assert kg and kg == evidence  # every fact comes with the sentence graph that states it
    prov = [q for q in quads if q.graph_name == GRAPH_PROVENANCE]
    quotes = {q.object.value for q in prov if q.predicate.value.endswith("#exact")}
    assert "Tỉnh Lai Châu có huyện Than Uyên, trong đó có xã Tà Mung và xã Mường Kim." in quotes
    st = Store()
    st.extend(quads)  # and it loads back into a store
    assert len(st) == len(set(quads))


def test_graphml_and_gexf_read_back_with_the_same_nodes_edges_and_attributes(graph_store, cli, tmp_path):
    for fmt, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        out = tmp_path / f"tam.{fmt}"
        cli("export", "--store", graph_store, "--around", "Tà Mung", "--hops", "2", "--format", fmt, "-o", out,
            check=True)
        assert (tmp_path / f"tam.{fmt}.meta.ttl").exists()
        G = reader(out)
        assert G.number_of_nodes() == 11
        labels = {d["label"] for _, d in G.nodes(data=True)}
        assert {"Tà Mung", "Đảng bộ xã Tà Mung", "Chỉ thị số 05-CT/TW", "Bí thư Đảng ủy"} <= labels
        assert "Lò Văn Thử" not in labels  # three links away
        tam = G.nodes[TA_MUNG.value]
        assert tam["class"] == "place" and tam["p_officialCode"] == "03430" and tam["evidence"] >= 1
        assert "bai-1.txt" in tam["documents"]
        preds = {d["predicate"] for *_, d in G.edges(data=True)}
        assert PKG.carriesOut.value in preds and PKG.partOf.value in preds


def test_graph_files_round_trip_from_the_model(tmp_path):
    facts = [Triple(TA_MUNG, RDFS.label, lit("Tà Mung", "vi")), Triple(DB_TA_MUNG, PKG.basedIn, TA_MUNG),
             Triple(DB_TA_MUNG, RDFS.label, lit(LABELS[DB_TA_MUNG], "vi")),
             Triple(DB_TA_MUNG, PKG.carriesOut, CT05), Triple(CT05, PKG.code, lit("05-CT/TW"))]
    g = build_subgraph(facts, title="Ba nút")
    for fmt, writer, reader in (("graphml", write_graphml, nx.read_graphml), ("gexf", write_gexf, nx.read_gexf)):
        G = reader(writer(g, tmp_path / f"g.{fmt}"))
        assert G.number_of_nodes() == len(g.nodes) == 3
        assert G.number_of_edges() == len(g.edges) == 2
        for iri, node in g.nodes.items():
            assert G.nodes[iri]["label"] == node.label
            assert G.nodes[iri]["class"] == node.style.key
        assert G.nodes[CT05.value]["p_code"] == "05-CT/TW"
        assert sorted(d["label"] for *_, d in G.edges(data=True)) == ["basedIn", "carriesOut"]


def test_csv_export_writes_a_node_file_and_an_edge_file(graph_store, cli, tmp_path):
    out = tmp_path / "people.csv"
    proc = cli("export", "--store", graph_store, "--people", "Lai Châu", "--format", "csv", "-o", out, check=True)
    nodes = list(csv.DictReader((tmp_path / "people.nodes.csv").open(encoding="utf-8")))
    edges = list(csv.DictReader((tmp_path / "people.edges.csv").open(encoding="utf-8")))
    assert {n["label"] for n in nodes} == {"Lò Văn Thử", "Bí thư Đảng ủy", "Đảng bộ xã Tà Mung", "Tà Mung"}
    assert {e["predicate"] for e in edges} == {ORG.holds.value, ORG.postIn.value, PKG.basedIn.value}
    assert {e["label"] for e in edges} == {"giữ chức vụ", "chức vụ của", "đóng tại"}  # the ontology's names
    assert (tmp_path / "people.meta.ttl").exists() and "people.meta.ttl" in proc.stderr


def test_csv_export_for_excel_opens_both_files_with_a_byte_order_mark(graph_store, cli, tmp_path):
    cli("export", "--store", graph_store, "--people", "Lai Châu", "--format", "csv", "-o", tmp_path / "plain.csv",
        check=True)
    cli("export", "--store", graph_store, "--people", "Lai Châu", "--format", "csv", "--bom",
        "-o", tmp_path / "excel.csv", check=True)
    for part in ("nodes", "edges"):
        plain = (tmp_path / f"plain.{part}.csv").read_bytes()
        excel = (tmp_path / f"excel.{part}.csv").read_bytes()
        assert not plain.startswith(b"\xef\xbb\xbf")  # plain CSV stays as it was
        assert excel == b"\xef\xbb\xbf" + plain


def test_a_byte_order_mark_for_an_export_that_is_no_csv_is_refused(graph_store, cli, tmp_path):
    proc = cli("export", "--store", graph_store, "--people", "Lai Châu", "--format", "graphml", "--bom",
               "-o", tmp_path / "p.graphml")
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == ["partykg: --bom is for the csv format, not graphml"]
    assert not (tmp_path / "p.graphml").exists()


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def vietnamese_graph():
    names = ["Đảng bộ xã Tà Mung", "Ủy ban nhân dân phường Bến Thành", "Hội Liên hiệp Phụ nữ",
             "Nghị quyết số 21-NQ/TW", "xã Ia Grai, Gia Lai", "Mường Lèo", "Quỳnh Lưu, Nghệ An",
             "Bí thư Chi bộ thôn Phú Mỹ", "Đồng Hới", "Sốp Cộp", "ỷ ỹ ỵ ữ ự ở ợ ẫ ậ ắ ặ ẻ ẽ ẹ"]
    facts = []
    for i, n in enumerate(names):
        iri = place_iri(f"9{i:04d}")
        facts.append(Triple(iri, RDFS.label, lit(n, "vi")))
        if i:
            facts.append(Triple(iri, PKG.partOf, place_iri("90000")))
    return build_subgraph(facts, title="Thử chữ Việt: Đắk Lắk, Thừa Thiên Huế")


@pytest.mark.parametrize("fmt", ["svg", "pdf", "png"])
def test_figures_have_the_requested_size_and_every_glyph(tmp_path, fmt):
    g = vietnamese_graph()
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=r".*[Gg]lyph.*missing")
        path = write_figure(g, tmp_path / f"fig.{fmt}", width=3.5, height=3.0, labels=True, title=g.title)
    if fmt == "png":
        assert png_size(path) == (1050, 900)  # 3.5 in × 3.0 in at 300 dpi
    elif fmt == "svg":
        head = path.read_text(encoding="utf-8")[:1000]
        assert 'width="252pt"' in head and 'height="216pt"' in head
    else:
        data = path.read_bytes()
        assert data.startswith(b"%PDF") and b"/MediaBox [ 0 0 252 216 ]" in data


def test_a_missing_glyph_would_fail_the_figure_test(tmp_path):
    # the check above can fail: a character DejaVu Sans lacks raises under the same filter
    g = build_subgraph([Triple(TA_MUNG, RDFS.label, lit("\u0f00\u0f01 \U0001f600", "vi"))])
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=r".*[Gg]lyph.*missing")
        with pytest.raises(UserWarning):
            write_figure(g, tmp_path / "bad.png", labels=True)


def test_export_figure_from_the_cli_uses_the_journal_column_width(graph_store, cli, tmp_path):
    out = tmp_path / "fig.png"
    cli("export", "--store", graph_store, "--hierarchy", "Lai Châu", "--format", "png", "-o", out, check=True)
    w, h = png_size(out)
    assert w == 1050 and h > 500
    cli("export", "--store", graph_store, "--hierarchy", "Lai Châu", "--format", "png", "--width", "7",
        "--height", "4", "-o", out, check=True)
    assert png_size(out) == (2100, 1200)
    assert (tmp_path / "fig.png.meta.ttl").exists()


def test_export_by_document_and_by_class(graph_store, cli, tmp_path):
    out = tmp_path / "doc2.nt"
    cli("export", "--store", graph_store, "--document", "bai-2.txt", "--format", "nt", "-o", out, check=True)
    text = out.read_text(encoding="utf-8")
    assert "Kết luận số 01-KL/TW" in text and "Hội Nông dân xã Tà Mung" in text
    assert "Lò Văn Thử" not in text  # named in the other document only
    out = tmp_path / "directives.ttl"
    cli("export", "--store", graph_store, "--class", "pkg:Directive", "--format", "ttl", "-o", out, check=True)
    g = rdflib.Graph().parse(out, format="turtle")
    codes = {str(o) for o in g.objects(None, rdflib.URIRef(PKG.code.value))}
    assert codes == {"05-CT/TW", "01-KL/TW"}


def test_export_of_a_construct_query(graph_store, cli, tmp_path):
    rq = tmp_path / "carries.rq"
    rq.write_text("PREFIX pkg: <https://w3id.org/partykg/ontology#>\n"
                  "CONSTRUCT { ?o pkg:carriesOut ?d } WHERE { GRAPH <https://w3id.org/partykg/graph/kg> "
                  "{ ?o pkg:carriesOut ?d } }\n", encoding="utf-8")
    out = tmp_path / "carries.graphml"
    cli("export", "--store", graph_store, "--query", rq, "--format", "graphml", "-o", out, check=True)
    G = nx.read_graphml(out)
    assert G.number_of_nodes() == 4
    # the constructed links, and the facts linking the selected entities (01-KL/TW continues 05-CT/TW)
    assert sorted(d["predicate"].rsplit("#")[-1] for *_, d in G.edges(data=True)) == [
        "carriesOut", "carriesOut", "continues"]
    assert {d["label"] for _, d in G.nodes(data=True)} == {
        "Đảng bộ xã Tà Mung", "Đảng bộ xã Mường Kim", "Chỉ thị số 05-CT/TW", "Kết luận số 01-KL/TW"}


def test_an_unknown_format_lists_the_valid_ones(graph_store, cli, tmp_path):
    proc = cli("export", "--store", graph_store, "--around", "Tà Mung", "--format", "xlsx", "-o", tmp_path / "x")
    assert proc.returncode == 2 and "graphml" in proc.stderr and "ttl" in proc.stderr
