"""A small hand-written graph for the viz and export tests, written straight into a store.

Two documents, a province with a district and two communes, their party committees, a
people's committee, a mass organization, two linked directives, a person in a post and one
figure — each fact in the knowledge graph and in the evidence graph of the sentence (written
here, not taken from any article) that states it, with the provenance graph describing it.
"""

from __future__ import annotations

from pathlib import Path

from pyoxigraph import Quad, Store

from partykg.ontology.terms import (GRAPH_KG, GRAPH_PROVENANCE, OA, ORG, PKG, PROV, QB, RDF, RDFS,
                                    SCHEMA, SKOS, XSD, concept, directive_iri, document_iri,
                                    evidence_graph, extractor_iri, lit, observation_iri,
                                    organization_iri, person_iri, place_iri, post_iri, sentence_iri)

LAI_CHAU = place_iri("12")
THAN_UYEN = place_iri("105")
TA_MUNG = place_iri("03430")
MUONG_KIM = place_iri("03433")
DB_TA_MUNG = organization_iri("party_committee", "03430")
DB_MUONG_KIM = organization_iri("party_committee", "03433")
DB_THAN_UYEN = organization_iri("party_committee", "105")
UB_TA_MUNG = organization_iri("people_committee", "03430")
HND_TA_MUNG = organization_iri("mass_organization", "hoi nong dan 03430")
CT05 = directive_iri("05-CT/TW")
KL01 = directive_iri("01-KL/TW")
PERSON = person_iri("Lò Văn Thử", "12")
POST = post_iri("Bí thư Đảng ủy", DB_TA_MUNG)
OBS = observation_iri(DB_TA_MUNG.value, "party_members", "", "120", "đảng viên", "2023", "false")

LABELS = {
    LAI_CHAU: "Lai Châu", THAN_UYEN: "Than Uyên", TA_MUNG: "Tà Mung", MUONG_KIM: "Mường Kim",
    DB_TA_MUNG: "Đảng bộ xã Tà Mung", DB_MUONG_KIM: "Đảng bộ xã Mường Kim",
    DB_THAN_UYEN: "Đảng bộ huyện Than Uyên", UB_TA_MUNG: "Ủy ban nhân dân xã Tà Mung",
    HND_TA_MUNG: "Hội Nông dân xã Tà Mung", CT05: "Chỉ thị số 05-CT/TW", KL01: "Kết luận số 01-KL/TW",
    PERSON: "Lò Văn Thử",
}

# Sentences of our own; each document is their concatenation with single spaces.
DOC1 = [
    "Tỉnh Lai Châu có huyện Than Uyên, trong đó có xã Tà Mung và xã Mường Kim.",
    "Đảng bộ xã Tà Mung học tập và làm theo Chỉ thị số 05-CT/TW của Bộ Chính trị.",
    "Đồng chí Lò Văn Thử, Bí thư Đảng ủy xã Tà Mung, chủ trì hội nghị.",
    "Năm 2023, Đảng bộ xã Tà Mung có 120 đảng viên.",
]
DOC2 = [
    "Kết luận số 01-KL/TW tiếp tục thực hiện Chỉ thị số 05-CT/TW.",
    "Đảng bộ xã Mường Kim triển khai Kết luận số 01-KL/TW cùng Ủy ban nhân dân và Hội Nông dân xã Tà Mung.",
]


def _facts():
    """(document index, sentence index, s, p, o) for every fact of the two documents."""
    places = [(LAI_CHAU, "tỉnh", "province", None), (THAN_UYEN, "huyện", "district", LAI_CHAU),
              (TA_MUNG, "xã", "commune", THAN_UYEN), (MUONG_KIM, "xã", "commune", THAN_UYEN)]
    out = []
    for iri, unit, level, parent in places:
        out += [(0, 0, iri, RDF.type, PKG.Place), (0, 0, iri, RDFS.label, lit(LABELS[iri], "vi")),
                (0, 0, iri, PKG.unitType, lit(unit)), (0, 0, iri, PKG.adminLevel, concept("admin-level", level)),
                (0, 0, iri, PKG.officialCode, lit(iri.value.rsplit("/", 1)[1]))]
        if parent:
            out.append((0, 0, iri, PKG.partOf, parent))
    orgs = [(0, 1, DB_TA_MUNG, PKG.PartyOrganization, "party_committee", TA_MUNG),
            (1, 1, DB_MUONG_KIM, PKG.PartyOrganization, "party_committee", MUONG_KIM),
            (0, 0, DB_THAN_UYEN, PKG.PartyOrganization, "party_committee", THAN_UYEN),
            (1, 1, UB_TA_MUNG, PKG.GovernmentOrganization, "people_committee", TA_MUNG),
            (1, 1, HND_TA_MUNG, PKG.MassOrganization, "mass_organization", TA_MUNG)]
    for d, s, iri, cls, kind, place in orgs:
        out += [(d, s, iri, RDF.type, ORG.Organization), (d, s, iri, RDF.type, cls),
                (d, s, iri, RDFS.label, lit(LABELS[iri], "vi")), (d, s, iri, PKG.orgKind, concept("org-kind", kind)),
                (d, s, iri, PKG.basedIn, place)]
    out += [(0, 1, DB_TA_MUNG, SKOS.altLabel, lit("Đảng ủy xã Tà Mung", "vi")),
            (0, 1, DB_TA_MUNG, ORG.subOrganizationOf, DB_THAN_UYEN)]
    for d, s, iri, code, kind in [(0, 1, CT05, "05-CT/TW", "chi-thi"), (1, 0, KL01, "01-KL/TW", "ket-luan")]:
        out += [(d, s, iri, RDF.type, PKG.Directive), (d, s, iri, RDF.type, SCHEMA.Legislation),
                (d, s, iri, RDFS.label, lit(LABELS[iri], "vi")), (d, s, iri, PKG.code, lit(code)),
                (d, s, iri, PKG.directiveKind, concept("directive-kind", kind))]
    out += [(0, 1, CT05, PKG.issued, lit("2016-05-15", datatype=XSD.date)),
            (1, 0, KL01, PKG.continues, CT05),
            (0, 1, DB_TA_MUNG, PKG.carriesOut, CT05), (1, 1, DB_MUONG_KIM, PKG.carriesOut, KL01),
            (0, 2, PERSON, RDF.type, PKG.Person), (0, 2, PERSON, RDF.type, SCHEMA.Person),
            (0, 2, PERSON, RDFS.label, lit(LABELS[PERSON], "vi")), (0, 2, PERSON, ORG.holds, POST),
            (0, 2, POST, RDF.type, ORG.Post), (0, 2, POST, PKG.postTitle, lit("Bí thư Đảng ủy")),
            (0, 2, POST, ORG.postIn, DB_TA_MUNG),
            (0, 3, OBS, RDF.type, QB.Observation), (0, 3, OBS, RDF.type, PKG.Observation),
            (0, 3, OBS, PKG.refSubject, DB_TA_MUNG), (0, 3, OBS, PKG.indicator, concept("indicator", "party_members")),
            (0, 3, OBS, PKG.value, lit(120)), (0, 3, OBS, PKG.unit, lit("đảng viên")),
            (0, 3, OBS, PKG.periodStart, lit("2023", datatype=XSD.gYear)),
            (0, 3, OBS, PKG.isTarget, lit(False))]
    return out


def write_graph(path: Path, *, ontology: bool = True) -> Path:
    """Write the graph into a new on-disk store at ``path``; returns ``path``. With
    ``ontology`` the ontology and its vocabularies go into their graph, as ingest does."""
    docs = []
    for i, sentences in enumerate((DOC1, DOC2)):
        source = str(path.parent / f"bai-{i + 1}.txt")
        iri = document_iri(source)
        spans, pos = [], 0
        for s in sentences:
            spans.append((pos, pos + len(s), s))
            pos += len(s) + 1
        docs.append((iri, source, spans))
    quads: list[Quad] = []
    ext = extractor_iri("test", "1")
    mentioned: set[tuple[int, object]] = set()
    facts = _facts()
    for i, (iri, source, spans) in enumerate(docs):
        facts += [(i, 0, iri, RDF.type, PKG.Document), (i, 0, iri, RDF.type, SCHEMA.NewsArticle),
                  (i, 0, iri, PKG.source, lit(source)), (i, 0, iri, PKG.contentHash, lit(f"hash{i}")),
                  (i, 0, iri, SCHEMA.headline, lit(f"Bài thử số {i + 1} về xây dựng Đảng", "vi"))]
    for d, si, s, p, o in list(facts):
        if p == RDF.type and s not in (docs[0][0], docs[1][0]) and (d, s) not in mentioned:
            mentioned.add((d, s))
            facts.append((d, si, docs[d][0], SCHEMA.mentions, s))
    for d, si, s, p, o in facts:
        doc, _source, spans = docs[d]
        a, b, text = spans[si]
        g = evidence_graph(doc, a, b, "test")
        sent = sentence_iri(doc, a, b)
        quads += [Quad(s, p, o, GRAPH_KG), Quad(s, p, o, g),
                  Quad(g, RDF.type, PKG.Evidence, GRAPH_PROVENANCE), Quad(g, PKG.sentence, sent, GRAPH_PROVENANCE),
                  Quad(g, PKG.extractor, ext, GRAPH_PROVENANCE), Quad(g, PROV.wasAttributedTo, ext, GRAPH_PROVENANCE),
                  Quad(ext, RDF.type, PROV.SoftwareAgent, GRAPH_PROVENANCE),
                  Quad(ext, RDFS.label, lit("test"), GRAPH_PROVENANCE),
                  Quad(sent, RDF.type, PKG.Sentence, GRAPH_PROVENANCE), Quad(sent, OA.hasSource, doc, GRAPH_PROVENANCE),
                  Quad(sent, OA.exact, lit(text), GRAPH_PROVENANCE), Quad(sent, OA.start, lit(a), GRAPH_PROVENANCE),
                  Quad(sent, OA.end, lit(b), GRAPH_PROVENANCE)]
    if ontology:
        from pyoxigraph import RdfFormat, parse

        from partykg.ontology import ttl_files
        from partykg.ontology.terms import GRAPH_ONTOLOGY

        for f in ttl_files():
            with f.open("rb") as fh:
                quads += [Quad(t.subject, t.predicate, t.object, GRAPH_ONTOLOGY)
                          for t in parse(fh, format=RdfFormat.TURTLE)]
    st = Store(str(path))
    st.extend(list(dict.fromkeys(quads)))
    st.flush()
    del st
    return path


def test_the_fixture_graph_states_every_fact_in_an_evidence_graph(tmp_path):
    st = Store(str(write_graph(tmp_path / "store")))
    kg = {(q.subject, q.predicate, q.object) for q in st.quads_for_pattern(None, None, None, GRAPH_KG)}
    evidence = {(q.subject, q.predicate, q.object) for q in st
                if q.graph_name not in (GRAPH_KG, GRAPH_PROVENANCE) and "/evidence/" in q.graph_name.value}
    assert kg == evidence
    assert (DB_TA_MUNG, PKG.carriesOut, CT05) in kg
