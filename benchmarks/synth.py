"""A synthetic but realistic partykg graph, for tests and benchmarks.

It builds documents the way the loaders do — facts added to a Doc, each with the sentence
that states it, then ``to_quads`` — with the triple shapes of the contract queries: places of
a gazetteer-like hierarchy, party and government bodies, people and posts, directives and
their links, and observations (some of them conflicting across documents). The sentences are
generated from templates; no article text is used. ``build(store, ...)`` writes it.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass

from pyoxigraph import Literal, NamedNode, Quad

from partykg.graph.store import BaseStore, DocumentQuads
from partykg.loaders.document import Doc, Sentence
from partykg.loaders.pipeline import to_quads
from partykg.ontology.terms import (GRAPH_ONTOLOGY, ORG, PKG, QB, RDF, RDFS, SCHEMA, SKOS, XSD,
                                    concept, directive_iri, document_iri, lit, observation_iri,
                                    organization_iri, person_iri, place_iri, post_iri, scheme, slice_iri)

SYLLABLES = ("Tà Mường Nậm Phúc Hòa Tân Thanh Bình An Long Sơn Phong Thủy Đông Hưng Lạc Yên "
             "Khánh Quang Minh Chiềng Pa Mé Sìn Hồ Tủa Chùa Lũng Cú Bắc Nam Trung Hải Vân "
             "Kim Ngọc Thạch Lâm Đức Thịnh Vĩnh Phước").split()
SURNAMES = "Nguyễn Trần Lê Phạm Hoàng Lò Quàng Vàng Giàng Đinh Lường Cầm Hà Bùi".split()
MIDDLE = "Văn Thị Đức Minh Thanh Ngọc".split()
GIVEN = "Tiêu Hùng Lan Mai Dũng Sơn Hải Thắng Phương Tuấn Hạnh Bình Chiến Thảo".split()
VERSIONS = {n: "synthetic-1" for n in ("metadata", "places", "organizations", "directives", "people", "outcomes")}

DIRECTIVE_KINDS = {  # key: (prefLabel, notation)
    "nghi-quyet": ("Nghị quyết", "NQ"), "chi-thi": ("Chỉ thị", "CT"), "ket-luan": ("Kết luận", "KL"),
    "quy-dinh": ("Quy định", "QĐi"), "ke-hoach": ("Kế hoạch", "KH"),
    "chuong-trinh-hanh-dong": ("Chương trình hành động", "CTr"),
}
CENTRAL = [  # kind, number, about, year
    ("nghi-quyet", "21", "về tăng cường củng cố, xây dựng tổ chức cơ sở đảng", 2022),
    ("chi-thi", "05", "về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", 2016),
    ("ket-luan", "01", "về tiếp tục thực hiện Chỉ thị số 05-CT/TW", 2021),
    ("nghi-quyet", "04", "về tăng cường xây dựng, chỉnh đốn Đảng", 2016),
    ("quy-dinh", "22", "về công tác kiểm tra, giám sát và kỷ luật của Đảng", 2021),
    ("chi-thi", "28", "về nâng cao chất lượng kết nạp đảng viên", 2013),
    ("nghi-quyet", "19", "về nông nghiệp, nông dân, nông thôn", 2022),
    ("ket-luan", "21", "về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị", 2021),
]
CENTRAL_LINKS = [("ket-luan/01", "continues", "chi-thi/05"), ("ket-luan/21", "continues", "nghi-quyet/04"),
                 ("quy-dinh/22", "references", "nghi-quyet/04")]
INDICATORS = ["party_members", "party_cells", "new_members_admitted", "members_disciplined", "inspections",
              "supervisions", "poverty_rate", "income_per_capita", "orgs_rated_excellent",
              "members_rated_good", "target_achievement_rate"]
ORG_KINDS = ["party_committee", "party_cell", "inspection_committee", "people_committee", "central_body"]
LEVELS = ["central", "province", "district", "commune", "village"]
ADMIN_LEVELS = ["province", "district", "commune", "village"]


@dataclass
class Place:
    iri: NamedNode
    name: str
    unit: str
    level: str
    code: str
    parent: "Place | None"


def _name(rng: random.Random, used: set[str]) -> str:
    """A new two-syllable name; three syllables once two-syllable names run short."""
    for attempt in range(10_000):
        words = [rng.choice(SYLLABLES) for _ in range(2 if attempt < 50 else 3)]
        n = " ".join(words)
        if n not in used and len(set(words)) == len(words):
            used.add(n)
            return n
    raise RuntimeError("out of synthetic names")


def ontology_quads() -> list[Quad]:
    """The SKOS concepts the synthetic graph uses (notation and labels), for stores whose
    ontology graph does not define them yet."""
    g = GRAPH_ONTOLOGY
    out = []

    def c(sch: str, key: str, notation: str, label: str | None = None) -> None:
        iri = concept(sch, key)
        out.extend([Quad(iri, RDF.type, SKOS.Concept, g), Quad(iri, SKOS.inScheme, scheme(sch), g),
                    Quad(iri, SKOS.notation, Literal(notation), g)])
        if label:
            out.append(Quad(iri, SKOS.prefLabel, Literal(label, language="vi"), g))

    for k in INDICATORS:
        c("indicator", k, k)
    for k in ORG_KINDS:
        c("org-kind", k, k)
    for k in LEVELS:
        c("org-level", k, k)
    for k in ADMIN_LEVELS:
        c("admin-level", k, k)
    for k, (label, notation) in DIRECTIVE_KINDS.items():
        c("directive-kind", k, notation, label)
    return out


class Synth:
    """Generates documents over a fixed world of places, bodies, people and directives."""

    def __init__(self, provinces: int = 2, districts: int = 2, communes: int = 3, villages: int = 3,
                 seed: int = 7, tag: str = "") -> None:
        self.rng = random.Random(seed)
        self.tag = tag
        used: set[str] = set()
        self.provinces, self.districts, self.communes, self.villages = [], [], [], []
        for p in range(provinces):
            pc = f"{10 + p + seed % 50:02d}"
            prov = Place(place_iri(pc), _name(self.rng, used), "tỉnh", "province", pc, None)
            self.provinces.append(prov)
            for d in range(districts):
                dc = f"{pc}{d:01d}"
                dist = Place(place_iri(dc), _name(self.rng, used), "huyện", "district", dc, prov)
                self.districts.append(dist)
                for c in range(communes):
                    cc = f"{dc}{c:02d}"
                    com = Place(place_iri(cc), _name(self.rng, used), "xã", "commune", cc, dist)
                    self.communes.append(com)
                    for v in range(villages):
                        name = _name(self.rng, used)
                        vil = Place(place_iri(None, name, "bản", cc), name, "bản", "village", "", com)
                        self.villages.append(vil)
        self.central_committee = organization_iri("central_body", "ban chấp hành trung ương")
        self.politburo = organization_iri("central_body", "bộ chính trị")
        self.n_docs = 0

    # -- entities
    def party(self, place: Place) -> tuple[NamedNode, str]:
        word = {"province": "tỉnh", "district": "huyện", "commune": "xã", "village": "bản"}[place.level]
        if place.level == "village":
            return organization_iri("party_cell", place.iri.value), f"Chi bộ bản {place.name}"
        return organization_iri("party_committee", place.iri.value), f"Đảng bộ {word} {place.name}"

    def central(self, i: int) -> tuple[NamedNode, str, str, str, str, int]:
        kind, num, about, year = CENTRAL[i]
        notation = DIRECTIVE_KINDS[kind][1]
        code = f"{num}-{notation}/TW"
        return directive_iri(code), f"{DIRECTIVE_KINDS[kind][0]} số {code}", kind, code, about, year

    # -- documents
    def document(self, commune: Place, year: int, variant: int = 0) -> tuple[Doc, DocumentQuads]:
        rng = self.rng
        self.n_docs += 1
        source = f"/synthetic/{self.tag}{commune.code}-{year}-{variant}.txt"
        d = Doc(source=source, text="", iri=document_iri(source))
        sentences: list[str] = []

        def sent(text: str) -> Sentence:
            start = sum(len(s) + 1 for s in sentences)
            sentences.append(text)
            return Sentence(len(sentences) - 1, start, start + len(text), text)

        dist, prov = commune.parent, commune.parent.parent  # type: ignore[union-attr]
        party_c, party_c_label = self.party(commune)
        party_d, party_d_label = self.party(dist)  # type: ignore[arg-type]
        party_p, party_p_label = self.party(prov)  # type: ignore[arg-type]
        title = sent(f"{party_c_label}: chuyển biến trong công tác xây dựng Đảng năm {year}")
        F = d.add_fact
        F(d.iri, RDF.type, PKG.Document, title, "metadata")
        F(d.iri, RDF.type, SCHEMA.NewsArticle, title, "metadata")
        F(d.iri, PKG.source, lit(source), title, "metadata")
        F(d.iri, SCHEMA.headline, lit(title.text, lang="vi"), title, "metadata")
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        F(d.iri, SCHEMA.datePublished, lit(f"{year}-{month:02d}-{day:02d}", datatype=XSD.date), title, "metadata")

        # places
        s = sent(f"Xã {commune.name} thuộc huyện {dist.name}, tỉnh {prov.name}.")  # type: ignore[union-attr]
        for pl in (commune, dist, prov):
            self._place(d, pl, s)
        # organizations
        s = sent(f"{party_c_label} có {rng.randint(8, 25)} chi bộ trực thuộc, chịu sự lãnh đạo của {party_d_label}.")
        self._org(d, party_c, party_c_label, "party_committee", "commune", commune, party_d, s,
                  alt=f"Đảng ủy xã {commune.name}")
        self._org(d, party_d, party_d_label, "party_committee", "district", dist, party_p, s,  # type: ignore[arg-type]
                  alt=f"Huyện ủy {dist.name}")  # type: ignore[union-attr]
        self._org(d, party_p, party_p_label, "party_committee", "province", prov, None, s,  # type: ignore[arg-type]
                  alt=f"Tỉnh ủy {prov.name}")  # type: ignore[union-attr]
        insp = organization_iri("inspection_committee", commune.iri.value)
        insp_label = f"Ủy ban Kiểm tra Đảng ủy xã {commune.name}"
        ubnd = organization_iri("people_committee", commune.iri.value)
        s2 = sent(f"{insp_label} và Ủy ban nhân dân xã {commune.name} phối hợp triển khai nhiệm vụ.")
        self._org(d, insp, insp_label, "inspection_committee", "commune", commune, party_c, s2)
        self._org(d, ubnd, f"Ủy ban nhân dân xã {commune.name}", "people_committee", "commune", commune, None, s2,
                  cls=PKG.GovernmentOrganization)
        cells = [v for v in self.villages if v.parent is commune]
        for v in rng.sample(cells, k=min(2, len(cells))):
            s3 = sent(f"Chi bộ bản {v.name} được đánh giá hoàn thành tốt nhiệm vụ.")
            self._place(d, v, s3)
            cell, cell_label = self.party(v)
            self._org(d, cell, cell_label, "party_cell", "village", v, party_c, s3)
        # people and posts
        for title_, org, org_label in (("Bí thư", party_c, party_c_label),
                                       ("Phó Bí thư Thường trực", party_c, party_c_label),
                                       ("Chủ nhiệm", insp, insp_label)):
            person_name = self._person_name(commune, title_, year)
            s4 = sent(f"Đồng chí {person_name}, {title_} {org_label}, cho biết kết quả.")
            self._person(d, person_name, prov, title_, org, s4)
        # directives
        ci = rng.randrange(len(CENTRAL))
        c_iri, c_label, c_kind, c_code, c_about, c_year = self.central(ci)
        s5 = sent(f"Thực hiện {c_label} {c_about}, {party_c_label} ban hành Kế hoạch số "
                  f"{ci + 10}-KH/ĐU.")
        self._central_directive(d, ci, s5)
        local_code = f"{ci + 10}-KH/ĐU"
        local = directive_iri(f"{local_code} @ {party_c.value}")
        F(local, RDF.type, PKG.Directive, s5, "directives")
        F(local, RDF.type, SCHEMA.Legislation, s5, "directives")
        F(local, RDFS.label, lit(f"Kế hoạch số {local_code}", lang="vi"), s5, "directives")
        F(local, PKG.directiveKind, concept("directive-kind", "ke-hoach"), s5, "directives")
        F(local, PKG.code, lit(local_code), s5, "directives")
        F(local, PKG.issuer, party_c, s5, "directives")
        F(local, PKG.implements, c_iri, s5, "directives")
        F(d.iri, SCHEMA.mentions, local, s5, "directives")
        F(party_c, PKG.carriesOut, c_iri, s5, "directives")
        F(party_c, PKG.carriesOut, local, s5, "directives")
        for a, rel, b in CENTRAL_LINKS:
            ia = next(i for i, x in enumerate(CENTRAL) if f"{x[0]}/" in a and x[1] == a.split("/")[1])
            if ia == ci:
                ib = next(i for i, x in enumerate(CENTRAL) if f"{x[0]}/" in b and x[1] == b.split("/")[1])
                s6 = sent(f"{self.central(ia)[1]} tiếp nối {self.central(ib)[1]}.")
                self._central_directive(d, ib, s6)
                F(self.central(ia)[0], PKG[rel], self.central(ib)[0], s6, "directives")
        # a district programme that concretizes the central directive
        prog_code = f"{ci + 3}-CTr/HU"
        prog = directive_iri(f"{prog_code} @ {party_d.value}")
        s7 = sent(f"{party_d_label} đã ban hành Chương trình hành động số {prog_code} để cụ thể hóa {c_label}.")
        F(prog, RDF.type, PKG.Directive, s7, "directives")
        F(prog, RDF.type, SCHEMA.Legislation, s7, "directives")
        F(prog, RDFS.label, lit(f"Chương trình hành động số {prog_code}", lang="vi"), s7, "directives")
        F(prog, PKG.directiveKind, concept("directive-kind", "chuong-trinh-hanh-dong"), s7, "directives")
        F(prog, PKG.code, lit(prog_code), s7, "directives")
        F(prog, PKG.issuer, party_d, s7, "directives")
        F(prog, PKG.concretizes, c_iri, s7, "directives")
        F(local, PKG.implements, prog, s7, "directives")
        F(party_d, PKG.carriesOut, prog, s7, "directives")
        F(d.iri, SCHEMA.mentions, prog, s7, "directives")
        F(d.iri, SCHEMA.mentions, c_iri, s7, "directives")
        F(d.iri, SCHEMA.mentions, party_d, s7, "directives")
        # outcomes
        base = int(hashlib.sha1(commune.code.encode()).hexdigest()[:4], 16) % 300 + 80
        members = base + (year - 2018) * 7 + (variant * 3 if variant else 0)
        self._obs(d, party_c, "party_members", None, members, "đảng viên", str(year), str(year), False,
                  sent(f"Đến cuối năm {year}, {party_c_label} có {members} đảng viên."))
        admitted = rng.randint(3, 15)
        self._obs(d, party_c, "new_members_admitted", None, admitted, "đảng viên", str(year), str(year), False,
                  sent(f"Trong năm {year}, toàn Đảng bộ kết nạp {admitted} đảng viên mới."))
        self._obs(d, party_c, "new_members_admitted", None, admitted + 2, "đảng viên", str(year + 1), str(year + 1),
                  True, sent(f"Năm {year + 1}, phấn đấu kết nạp {admitted + 2} đảng viên mới."))
        self._obs(d, party_c, "party_cells", None, len(cells) + 10, "chi bộ", str(year), str(year), False,
                  sent(f"Đảng bộ có {len(cells) + 10} chi bộ."))
        inspections = rng.randint(2, 12)
        self._obs(d, insp, "inspections", None, inspections, "cuộc", str(year), str(year), False,
                  sent(f"{insp_label} tiến hành {inspections} cuộc kiểm tra."))
        self._obs(d, insp, "supervisions", None, inspections + 3, "cuộc", str(year), str(year), False,
                  sent(f"Ủy ban Kiểm tra thực hiện {inspections + 3} cuộc giám sát."))
        disciplined = rng.randint(0, 4)
        self._obs(d, party_c, "members_disciplined", "khiển trách", disciplined, "đảng viên", str(year), str(year),
                  False, sent(f"Thi hành kỷ luật {disciplined} đảng viên bằng hình thức khiển trách."))
        rate = round(20 - (year - 2018) * 1.5 + (base % 7) + 0.25, 2)
        self._obs(d, commune, "poverty_rate", None, rate, "%", str(year), str(year), False,
                  sent(f"Tỷ lệ hộ nghèo của xã giảm còn {rate}%."), place=True)
        self._obs(d, commune, "poverty_rate", None, round(rate - 2.5, 2), "%", str(year + 1), str(year + 1), True,
                  sent(f"Phấn đấu năm {year + 1} giảm tỷ lệ hộ nghèo xuống {round(rate - 2.5, 2)}%."), place=True)
        income = 30 + (year - 2018) * 3 + base % 11
        self._obs(d, commune, "income_per_capita", None, income, "triệu đồng/người/năm", str(year), str(year),
                  False, sent(f"Thu nhập bình quân đạt {income} triệu đồng/người/năm."), place=True)

        d.text = "\n".join(sentences)
        d.meta["content_hash"] = hashlib.sha256(d.text.encode("utf-8")).hexdigest()
        F(d.iri, PKG.contentHash, lit(d.meta["content_hash"]), title, "metadata")
        quads = to_quads(d, VERSIONS)
        return d, DocumentQuads(d.iri, source, d.meta["content_hash"], quads)

    def _person_name(self, commune: Place, title: str, year: int) -> str:
        h = int(hashlib.sha1(f"{commune.code}{title}{year // 3}".encode()).hexdigest()[:8], 16)
        return f"{SURNAMES[h % len(SURNAMES)]} {MIDDLE[(h >> 4) % len(MIDDLE)]} {GIVEN[(h >> 8) % len(GIVEN)]}"

    def _place(self, d: Doc, pl: Place, s: Sentence) -> None:
        F = d.add_fact
        F(pl.iri, RDF.type, PKG.Place, s, "places")
        F(pl.iri, RDFS.label, lit(pl.name, lang="vi"), s, "places")
        F(pl.iri, PKG.unitType, lit(pl.unit), s, "places")
        F(pl.iri, PKG.adminLevel, concept("admin-level", pl.level), s, "places")
        if pl.code:
            F(pl.iri, PKG.officialCode, lit(pl.code), s, "places")
        if pl.parent is not None:
            F(pl.iri, PKG.partOf, pl.parent.iri, s, "places")
        F(d.iri, SCHEMA.mentions, pl.iri, s, "places")

    def _org(self, d: Doc, iri, label, kind, level, place, parent, s, alt=None, cls=PKG.PartyOrganization) -> None:
        F = d.add_fact
        F(iri, RDF.type, ORG.Organization, s, "organizations")
        F(iri, RDF.type, cls, s, "organizations")
        F(iri, RDFS.label, lit(label, lang="vi"), s, "organizations")
        if alt:
            F(iri, SKOS.altLabel, lit(alt, lang="vi"), s, "organizations")
        F(iri, PKG.orgKind, concept("org-kind", kind), s, "organizations")
        F(iri, PKG.level, concept("org-level", level), s, "organizations")
        if place is not None:
            F(iri, PKG.basedIn, place.iri, s, "organizations")
        if parent is not None:
            F(iri, ORG.subOrganizationOf, parent, s, "organizations")
        F(d.iri, SCHEMA.mentions, iri, s, "organizations")

    def _person(self, d: Doc, name: str, prov: Place, title: str, org: NamedNode, s: Sentence) -> None:
        F = d.add_fact
        p = person_iri(name, prov.code)
        post = post_iri(title, org)
        F(p, RDF.type, PKG.Person, s, "people")
        F(p, RDF.type, SCHEMA.Person, s, "people")
        F(p, RDFS.label, lit(name, lang="vi"), s, "people")
        F(p, ORG.holds, post, s, "people")
        F(post, RDF.type, ORG.Post, s, "people")
        F(post, PKG.postTitle, lit(title, lang="vi"), s, "people")
        F(post, ORG.postIn, org, s, "people")
        F(d.iri, SCHEMA.mentions, p, s, "people")
        F(d.iri, SCHEMA.mentions, post, s, "people")

    def _central_directive(self, d: Doc, i: int, s: Sentence) -> None:
        F = d.add_fact
        iri, label, kind, code, about, year = self.central(i)
        F(iri, RDF.type, PKG.Directive, s, "directives")
        F(iri, RDF.type, SCHEMA.Legislation, s, "directives")
        F(iri, RDFS.label, lit(label, lang="vi"), s, "directives")
        F(iri, PKG.directiveKind, concept("directive-kind", kind), s, "directives")
        F(iri, PKG.code, lit(code), s, "directives")
        F(iri, PKG.issuer, self.central_committee if kind == "nghi-quyet" else self.politburo, s, "directives")
        F(iri, PKG.issued, lit(f"{year}-0{i % 9 + 1}-1{i % 9}", datatype=XSD.date), s, "directives")
        F(iri, PKG.about, lit(about), s, "directives")
        F(d.iri, SCHEMA.mentions, iri, s, "directives")
        for org_iri, org_label in ((self.central_committee, "Ban Chấp hành Trung ương"), (self.politburo, "Bộ Chính trị")):
            if (kind == "nghi-quyet") == (org_iri == self.central_committee):
                F(org_iri, RDF.type, ORG.Organization, s, "organizations")
                F(org_iri, RDF.type, PKG.PartyOrganization, s, "organizations")
                F(org_iri, RDFS.label, lit(org_label, lang="vi"), s, "organizations")
                F(org_iri, PKG.orgKind, concept("org-kind", "central_body"), s, "organizations")
                F(org_iri, PKG.level, concept("org-level", "central"), s, "organizations")
                F(d.iri, SCHEMA.mentions, org_iri, s, "organizations")

    def _obs(self, d: Doc, subject, indicator, qualifier, value, unit, start, end, target, text, place=False) -> None:
        F = d.add_fact
        s_iri = subject.iri if place else subject
        obs = observation_iri(s_iri.value, indicator, qualifier or "", str(value), unit, start, end, str(target))
        s = text
        F(obs, RDF.type, QB.Observation, s, "outcomes")
        F(obs, RDF.type, PKG.Observation, s, "outcomes")
        F(obs, PKG.refSubject, s_iri, s, "outcomes")
        F(obs, PKG.indicator, concept("indicator", indicator), s, "outcomes")
        F(obs, PKG.value, lit(value if isinstance(value, int) else float(value)), s, "outcomes")
        F(obs, PKG.unit, lit(unit), s, "outcomes")
        if qualifier:
            F(obs, PKG.qualifier, lit(qualifier), s, "outcomes")
        F(obs, PKG.periodStart, lit(start, datatype=XSD.gYear), s, "outcomes")
        F(obs, PKG.periodEnd, lit(end, datatype=XSD.gYear), s, "outcomes")
        F(obs, PKG.isTarget, lit(bool(target)), s, "outcomes")
        sl = slice_iri(s_iri.value, indicator, qualifier or "", unit, start, end, "target" if target else "", "")
        F(sl, RDF.type, QB.Slice, s, "outcomes")
        F(sl, QB.observation, obs, s, "outcomes")
        F(d.iri, SCHEMA.mentions, s_iri, s, "outcomes")


def build(store: BaseStore, *, provinces: int = 2, districts: int = 2, communes: int = 3, villages: int = 3,
          years: tuple[int, ...] = (2021, 2022, 2023), conflicts: float = 0.2, seed: int = 7,
          tag: str = "", batch: int = 200) -> int:
    """Write a synthetic corpus into ``store``: one document per commune and year, plus a second
    report (with a different member count) for a share ``conflicts`` of them. Returns documents."""
    syn = Synth(provinces, districts, communes, villages, seed=seed, tag=tag)
    pending: list[DocumentQuads] = []
    n = 0
    for com in syn.communes:
        for y in years:
            variants = [0] + ([1] if syn.rng.random() < conflicts else [])
            for v in variants:
                pending.append(syn.document(com, y, v)[1])
                n += 1
                if len(pending) >= batch:
                    store.write(pending)
                    pending = []
    if pending:
        store.write(pending)
    have = {q.subject for q in store.quads(None, SKOS.notation, None, GRAPH_ONTOLOGY)}
    extra = [q for q in ontology_quads() if q.subject not in have]
    if extra:
        store._extend(extra)
    return n
