"""People and the posts they hold: "đồng chí Lò Văn A, Phó Bí thư Thường trực Huyện ủy X" ->
a person, and a post (title + organization) the person holds.

Runs after ``organizations`` (a post's organization is an organization mention that follows
the title). Names are found after honorifics and ranks (never kept in the name), before or
after a chain of posts, and in appointments ("bổ nhiệm ... giữ chức ..."). Titles, honorifics
and family names are data (``data/posts.yaml``).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any

import regex
import yaml

from ..ontology.keys import fold
from ..ontology.terms import ORG, PKG, RDF, RDFS, SCHEMA, concept, lit, organization_iri, person_iri, post_iri
from .gazetteer import gazetteer
from .places import captions
from .document import Doc, Mention, Sentence
from .organizations import DATA, Gate, _rx, _type_facts, alt, lowered, matches_at, short_key

# a Central Highlands name run into its prefix ("K’Lăng", "H’Hen Niê") may stand alone
PAPOS = r"(?:\p{Lu}['’]\p{Lu}[\p{Ll}\p{M}]*)"
# (and be one syllable of a longer name: "H Gro R’Yam")
PSYL = rf"(?:{PAPOS}|\p{{Lu}}[\p{{Ll}}\p{{M}}'’]*)"
# a highland name opened by "Y" / "H" / "H’…" may run to five words ("Y Blim Hwing Niê Kdăm"), the fifth
# no capitalised "Nguyên" / "Cựu" that opens a former post ("Y Ngông Niê Kdăm Nguyên Bí thư …")
PLONG = rf"(?:Y|H|{PAPOS})(?:[ \t]+{PSYL}){{3}}[ \t]+(?!(?:Nguyên|Cựu)(?![\p{{L}}\p{{M}}])){PSYL}"
PNAME = rf"(?P<pname>{PLONG}|{PSYL}(?:[ \t]+{PSYL}){{1,3}}|{PAPOS}(?:[ \t]+{PSYL}){{0,3}})"
WB = r"(?![\p{L}\p{M}\d])"


@dataclass
class PeoplePatterns:
    honorific_name: Any
    honorific_at: Any
    cap_word: Any
    title: Any
    bare_name: Any
    chain_sep: Any
    after_name: Any
    before_name: Any
    appoint: Any
    former: Any
    surnames: frozenset
    not_people: frozenset
    not_start: frozenset
    member_titles: dict
    canon: dict  # folded title -> the form written first in the data ("Phó Chủ tịch")
    not_in_name: frozenset
    gate_honorific: Any
    gate_title: Any
    heads_of: dict = field(default_factory=dict)  # folded title -> agency name prefixes
    cell_titles: frozenset = frozenset()
    standing: frozenset = frozenset()  # folded "UVBTV" and its spellings
    member_levels: dict = field(default_factory=dict)  # folded "HUV" -> "district"


@functools.lru_cache(maxsize=1)
def _posts_data() -> dict:
    """posts.yaml, read once (libyaml's loader when PyYAML has it: the same data, 20x faster than
    the pure-Python one)."""
    return yaml.load((DATA / "posts.yaml").read_text(encoding="utf-8"),
                     Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@functools.lru_cache(maxsize=1)
def _degrees() -> tuple[frozenset[str], frozenset[str]]:
    """The academic titles and degrees (posts.yaml "degrees"), and the subjects of study a degree
    names (posts.yaml "fields_of_study"), folded."""
    d = _posts_data()
    return frozenset(fold(x) for x in d.get("degrees") or ()), frozenset(fold(x) for x in d.get("fields_of_study") or ())


def _is_degree(honorific: str) -> bool:
    return fold(honorific.strip(" \t.:")) in _degrees()[0]


def _field_words(words: list[str]) -> int:
    """How many of the first words name a subject of study ("Văn Học Minh": 2), 0 if none."""
    return next((k for k in (3, 2, 1) if len(words) >= k and fold(" ".join(words[:k])) in _degrees()[1]), 0)


@functools.lru_cache(maxsize=1)
def _study_domains() -> tuple[frozenset[str], frozenset[str]]:
    """What a subject of study is of (posts.yaml "study_domains", "Giáo dục"), and the languages
    and countries it may name (posts.yaml "study_languages", "Anh"), folded."""
    d = _posts_data()
    return (frozenset(fold(x) for x in d.get("study_domains") or ()),
            frozenset(fold(x) for x in d.get("study_languages") or ()))


def _of_the_subject(word: str, after: str) -> bool:
    """Whether a capitalised word after a subject of study is still the subject's: a language or a
    country ("Văn Học Anh"), or a domain's first word that the lowercase word after it completes
    ("Quản Lý Giáo dục"; a name never goes on in lower case)."""
    domains, languages = _study_domains()
    if fold(word) in languages:
        return True
    rest = regex.match(r"[ \t]+(\p{Ll}[\p{L}\p{M}]*)", after)
    return rest is not None and fold(f"{word} {rest.group(1)}") in domains


def _degree_name(name: str, field: str | None, p: "PeoplePatterns", after: str = "") -> bool:
    """Whether the words after a degree name a person (``after``: the text that follows them).
    After the degree's subject ("Tiến sĩ Kinh tế Nguyễn Văn An") they must be a full name. A name
    opening like a subject ("Giáo sư Văn Học Minh", "Văn" a family name) is a person's when a
    family name opens it and a given name alone follows the subject; the subject alone ("Thạc sĩ
    Văn Học"), or followed by what is no name ("Thạc sĩ Triết Học Mác", "Tiến sĩ Quản Lý Nhà
    nước") or by more of the subject ("Thạc sĩ Quản Lý Giáo dục", "Thạc sĩ Văn Học Anh"), is
    nobody."""
    if field or not _field_words(name.split()):
        return _valid_name(name, p, strict=True)
    words = name.split()
    return len(words) - _field_words(words) == 1 and words[0] in p.surnames and words[-1] not in p.not_start \
        and not _of_the_subject(words[-1], after) and _valid_name(name, p, strict=False)


@functools.lru_cache(maxsize=1)
def patterns() -> PeoplePatterns:
    d = _posts_data()  # (read once; the additions below are made once, patterns() being cached)
    misspelt = d.get("misspelt") or {}
    abbreviated = dict(d.get("abbreviated") or {})
    abbreviated.update(d.get("qualified_titles") or {})  # read as the title they qualify
    standing = list(d.get("standing_members") or ())
    members = d.get("member_abbreviated") or {}
    # "Huyện Ủy viên", "Chi Ủy viên": a member's title with the committee capitalised is the same title
    for t, body in list(d["member_titles"].items()):
        if " ủy viên" in t:
            capital = t.replace(" ủy viên", " Ủy viên")
            d["member_titles"].setdefault(capital, body)
            misspelt = {**misspelt, capital: t}
    d["titles"] = list(d["titles"]) + list(misspelt) + list(abbreviated) + standing + list(members)
    d["surnames"] = list(d["surnames"]) + list(d.get("highland_surnames") or ())
    hon = alt(d["honorifics"])
    # ("3 đồng chí: A, B và C": the honorific may open a list after a colon)
    # (a degree may name its subject before the name, in either case: "Tiến sĩ Kinh tế Nguyễn Văn An")
    degree = alt([h for h in d["honorifics"] if fold(h) in _degrees()[0]])
    field = rf"(?:(?P<field>(?i:{alt(d.get('fields_of_study') or ())}))[ \t]+)?"
    honorific_name = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{degree}(?:\.|[ \t]*:)?\s+{field}|{hon}(?:\.|[ \t]*:)?\s+)"
                                   rf"{PNAME}{WB}")
    honorific_at = regex.compile(rf"{alt(['Đồng chí', 'Ông', 'Bà', 'Đ/c'])}{WB}")
    # a leader's or a head's title in any case, words mixed ("phó Bí thư thường trực huyện ủy",
    # "trưởng phòng Nội vụ huyện"), tried first so that its longest form wins
    # (and a chief's, "Phó chánh Thanh tra tỉnh", "chánh văn phòng Huyện ủy")
    lead = [t for t in d["titles"] if fold(t).startswith(("bí thư", "phó bí thư", "chủ tịch", "phó chủ tịch",
                                                           "trưởng", "phó trưởng", "chánh", "phó chánh"))]
    title = regex.compile(rf"(?P<title>(?i:{alt(lead)})|{alt(d['titles'] + list(d['member_titles']), first_either=False)}){WB}")
    bare_name = regex.compile(rf"(?<![\p{{L}}\p{{M}}]){PNAME}{WB}")
    # a post held before, chained after the present ones (", nguyên Giám đốc Sở X"), is still one
    chain_sep = regex.compile(r"\s*(?:,|;|\s[–-]|\bkiêm\b|\bđồng\s+thời\s+là\b)\s*(?:(?:nguyên|cựu)(?:\s+là)?\s+)?")
    # what may stand between a name and its posts: a comma or dash, "là", "giữ chức", "nguyên"
    # (a former post), or the party cell the person belongs to ("đảng viên Chi bộ X (...),")
    # (and in a photo's caption, where the person stands: "Bà X (trái), Chủ tịch …")
    # (a post just taken, "tân Bí thư …", or held alongside, "đương kiêm Chủ tịch …", is held now)
    # (or what the person is, between the name and the posts: ", dân tộc Mông,", ", sinh năm
    # 1990,", ", 56 tuổi,", "(SN 1975)")
    appos = (r"(?:(?:người\s+)?dân\s+tộc\s+\p{Lu}[\p{Ll}\p{M}]*(?:[ -]\p{Lu}[\p{Ll}\p{M}]*)?"
             r"|(?:sinh\s+năm|SN)\s+\d{4}|(?:năm\s+nay\s+)?\d{2,3}\s+tuổi)")
    after_name = regex.compile(r"(?:\s*\([^()]{0,30}?(?:trái|phải|giữa)[^()]{0,12}\))?"
                               rf"(?:\s*,\s*{appos}|\s*\(\s*{appos}\s*\))*"
                               r"\s*(?:,|-|–|—|:|\(|\s+là|\s+giữ\s+chức(?:\s+vụ)?|\s+làm)\s*"
                               r"(?:đảng\s+viên\s+(?:[^;]{3,160}?,\s*(?=(?:nguyên|cựu)\s)"
                               r"|[^,;]{3,80}?(?:\([^)]{0,60}\))?\s*,\s*))?"
                               r"(?:(?:nguyên|cựu|tân|đương\s+kiêm)\s+)?")
    before_name = regex.compile(rf"\s*(?:,?\s*(?:{alt(['đồng chí', 'ông', 'bà', 'đ/c'])})\s+|\s+)$")
    appoint = regex.compile(r"(?:giữ\s+chức(?:\s+vụ)?|bổ\s+nhiệm(?:\s+(?:làm|giữ))?|bầu(?:\s+(?:làm|giữ))?|"
                            r"chức\s+danh|đảm\s+nhiệm(?:\s+chức\s+vụ)?|làm|"
                            r"(?:tái\s+)?(?:đắc|trúng)\s+cử(?:\s+(?:chức(?:\s+vụ)?|làm|vào))?)\s+$")
    former = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{alt(d['former'])})(?:\s+là)?\s+$")
    canon: dict[str, str] = {}
    for t in d["titles"]:
        canon.setdefault(fold(t), t)
    canon.update({fold(k): t for k, t in misspelt.items()})
    canon.update({fold(k): t for k, t in abbreviated.items()})
    cap_word = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}[\p{Ll}\p{M}']*")
    return PeoplePatterns(honorific_name, honorific_at, cap_word, title, bare_name, chain_sep, after_name, before_name, appoint, former,
                          frozenset(d["surnames"]), frozenset(d["not_people"]),
                          frozenset(d["not_name_start"]), dict(d["member_titles"]), canon,
                          frozenset(d["not_in_name"]), Gate(d["honorifics"]),
                          Gate(d["titles"] + list(d["member_titles"])),
                          {fold(t): tuple(ps) for t, ps in (d.get("heads_of") or {}).items()},
                          frozenset(fold(t) for t in d.get("cell_titles") or ()),
                          frozenset(fold(t) for t in standing),
                          {fold(t): lvl for t, lvl in members.items()})


@dataclass
class Post:
    title: str
    org: Mention
    start: int
    end: int
    former: bool = False
    handed_over: bool = False  # a predecessor's post, read from the successor's words ("thay cho ông B")


@dataclass
class Person:
    name: str
    start: int
    end: int
    posts: list[Post] = field(default_factory=list)


class Component:
    name = "people"
    version = "1"

    def _add_person(self, doc: Doc, s: Sentence, person: Person, ctx) -> Any:
        """Mention a person read in sentence s, with the posts read for them; their IRI."""
        iri = person_iri(person.name, ctx)
        doc.mentions.append(Mention("person", person.start, person.end, doc.text[person.start:person.end], s,
                                    key=fold(person.name), attrs={"name": person.name}, iri=iri))
        for post in person.posts:
            self._add_post(doc, s, post, iri)
        return iri

    def match(self, doc: Doc) -> None:
        p = patterns()
        ctx = doc.context.get("province_key") or _province_key(doc)
        doc.context["province_key"] = ctx
        doc.context["assembly"] = "Quốc hội" in doc.text or "ĐBQH" in doc.text
        index: dict[tuple[str, int], list[Mention]] = {}
        for m in sorted(doc.mentions, key=lambda m: m.start):
            if m.label in ("organization", "place"):
                index.setdefault((m.label, m.sentence.index), []).append(m)
        last: tuple[Any, int] | None = None  # the person named last, and in which sentence
        named: tuple[dict[Any, frozenset[str]], int] | None = None  # who the last sentence naming people named
        for s in doc.sentences:
            leftover: list[list[Post]] = []
            people = _read_sentence(doc, s, p, index, leftover)
            if leftover and last is not None and s.index - last[1] <= 3:
                for chain in _capacity_chains(s, leftover):
                    for post in chain:  # "Với cương vị Bí thư Chi bộ X, ông …": the person just named
                        self._add_post(doc, s, post, last[0])
            if leftover and named is not None and s.index - named[1] <= 2 and not people:
                for chain, pronoun in _pronoun_chains(s, leftover, p):
                    fit = [iri for iri, forms in named[0].items() if pronoun in forms]
                    for post in chain if len(fit) == 1 else ():  # "…, anh được bầu …": the one person
                        self._add_post(doc, s, post, fit[0])  # the last naming sentence named it fits
            if people:
                named = ({}, s.index)
            for person in people:
                last = (self._add_person(doc, s, person, ctx), s.index)
                named[0].setdefault(last[0], _pronouns_for(doc.text, person))
        for s in captions(doc):  # "Bà A - Bí thư Chi bộ thôn B thăm …" under a picture, printed twice
            for person in _read_sentence(doc, s, p, index):
                self._add_person(doc, s, person, ctx)
        if ctx:
            _key_central_members_nationally(doc, ctx)

    @staticmethod
    def _add_post(doc: Doc, s: Sentence, post: "Post", holder) -> None:
        title = _member_title(post.title, post.org)
        piri = post_iri(title, post.org.iri)
        doc.mentions.append(Mention("post", post.start, post.end, doc.text[post.start:post.end], s,
                                    key=f"{fold(title)}@{post.org.iri.value}",
                                    attrs={"title": title, "org_iri": post.org.iri,
                                           "org_level": post.org.attrs.get("level"),
                                           "holder": holder, "former": post.former}, iri=piri))

    def mint(self, doc: Doc) -> None:
        seen: set[str] = set()
        for m in doc.of("person"):
            if m.iri.value not in seen:
                seen.add(m.iri.value)
                doc.add_fact(m.iri, RDF.type, PKG.Person, m.sentence, self.name)
                doc.add_fact(m.iri, RDF.type, SCHEMA.Person, m.sentence, self.name)
                doc.add_fact(m.iri, RDFS.label, lit(m.attrs["name"], "vi"), m.sentence, self.name)
            doc.add_fact(doc.iri, SCHEMA.mentions, m.iri, m.sentence, self.name)
        for m in doc.of("village_body"):
            # the self-management of a village whose head the text names: described, but not
            # listed among the organizations the document names (the text names a place)
            if m.iri.value not in seen:
                seen.add(m.iri.value)
                a = m.attrs
                doc.add_fact(m.iri, RDF.type, ORG.Organization, m.sentence, self.name)
                doc.add_fact(m.iri, RDF.type, PKG.GovernmentOrganization, m.sentence, self.name)
                doc.add_fact(m.iri, RDFS.label, lit(a["name"], "vi"), m.sentence, self.name)
                doc.add_fact(m.iri, PKG.orgKind, concept("org-kind", "other"), m.sentence, self.name)
                doc.add_fact(m.iri, PKG.level, concept("org-level", "village"), m.sentence, self.name)
                if a.get("place_iri") is not None:
                    doc.add_fact(m.iri, PKG.basedIn, a["place_iri"], m.sentence, self.name)
        orgs = doc.context.get("organizations") or {}
        # "Phó Bí thư Thường trực Huyện ủy" once, "Phó Bí thư Huyện ủy" after: one post, the
        # one its holder's fullest title names
        held: dict[tuple[str, str], set[str]] = {}
        for m in doc.of("post"):
            held.setdefault((m.attrs["holder"].value, m.attrs["org_iri"].value), set()).add(m.attrs["title"])
        for m in doc.of("post"):
            a = m.attrs
            fuller = [t for t in held[(a["holder"].value, a["org_iri"].value)] if t.startswith(a["title"] + " Thường trực")]
            if fuller:
                a = dict(a, title=fuller[0])
                m.iri = post_iri(a["title"], a["org_iri"])
            o = orgs.get(a["org_iri"].value)
            if o is not None and not o.surfaces and a["org_iri"].value not in seen:
                # a body known from a title only ("Bí thư Trung ương Đảng"): described, not listed
                seen.add(a["org_iri"].value)
                _type_facts(doc, o, o.evidence or m.sentence, self.name)
            doc.add_fact(m.iri, RDF.type, ORG.Post, m.sentence, self.name)
            doc.add_fact(m.iri, PKG.postTitle, lit(a["title"], "vi"), m.sentence, self.name)
            doc.add_fact(m.iri, ORG.postIn, a["org_iri"], m.sentence, self.name)
            # a post held before ("nguyên Bí thư …") is no post held at the report's date
            doc.add_fact(a["holder"], PKG.formerlyHeld if a["former"] else ORG.holds, m.iri, m.sentence, self.name)
            doc.add_fact(doc.iri, SCHEMA.mentions, m.iri, m.sentence, self.name)


def _copies(chain: list[Post]) -> list[Post]:
    """The posts of a chain, for another person who holds them too (held before or not, as written)."""
    return [Post(q.title, q.org, q.start, q.end, q.former) for q in chain]


def _association(org: Mention) -> bool:
    """Whether the organization is an association ("Hội Khuyến học tỉnh X", "Hội Cựu chiến binh"),
    a post a retired official takes up after the posts held before."""
    return org.attrs.get("kind") == "mass_organization" or str(org.attrs.get("name") or org.text).startswith("Hội ")


def _former_before(text: str, at: int, p: PeoplePatterns) -> bool:
    """Whether the word before the title at ``at`` marks the post as held before ("nguyên Bí thư",
    "cựu Giám đốc", "nguyên là Bí thư"): a word of its own, and capitalised only where a clause
    starts ("…, Nguyên Bí thư …"); a capitalised "Nguyên" / "Cựu" after another word ends a name or
    a place ("Hà Văn Nguyên là Bí thư", "tỉnh Thái Nguyên là Phó Chủ tịch")."""
    m = p.former.search(text, max(0, at - 20), at)
    if m is None:
        return False
    before = text[:m.start()].rstrip()
    return m.group()[0].islower() or not before or before[-1] in ",;:.(-–—"


def _member_title(title: str, org: Mention) -> str:
    """A member of a party committee below the centre sits on its executive committee: "Ủy viên
    Ban Chấp hành Đảng bộ tỉnh X", "Tỉnh ủy viên", "HUV", "Ủy viên Đảng ủy xã Y" are one post,
    titled as a reader says it in full, "Ủy viên Ban Chấp hành" of that Đảng bộ. A member of a
    standing committee, a commission or a central body keeps "Ủy viên" (its body is named apart)."""
    if title == "Ủy viên" and org.attrs.get("kind") == "party_committee" and org.attrs.get("level") != "central":
        return "Ủy viên Ban Chấp hành"
    return title


def _key_central_members_nationally(doc: Doc, ctx: str) -> None:
    """A person holding a post in a central body (the Central Committee, the Secretariat, a
    central commission) is one person nationwide: keyed by the name alone, not by the
    province of the article, so that articles from two provinces naming him meet in one IRI."""
    central = {m.attrs["holder"].value for m in doc.of("post") if m.attrs.get("org_level") == "central"}
    if not central:
        return
    moved: dict[str, Any] = {}
    for m in doc.of("person"):
        if m.iri.value in central:
            m.iri = moved.setdefault(m.iri.value, person_iri(m.attrs["name"]))
    for m in doc.of("post"):
        holder = moved.get(m.attrs["holder"].value)
        if holder is not None:
            m.attrs["holder"] = holder


def _province_key(doc: Doc) -> str:
    """The province a person is named in: the article's focus province, else the province of
    its main organization, else none (the name alone)."""
    focus = doc.context.get("focus") or {}
    prov = focus.get("province")
    if isinstance(prov, Mention):
        return short_key(prov.iri) if prov.iri is not None else fold(prov.attrs.get("name", ""))
    if isinstance(prov, dict):
        return short_key(prov["iri"]) if prov.get("iri") is not None else fold(prov.get("name", ""))
    if isinstance(prov, str):
        return fold(prov)
    orgs = doc.context.get("organizations") or {}
    for o in orgs.values():
        if o.kind == "party_committee" and o.level == "province" and o.place is not None and o.place.name and o.surfaces:
            return o.place.key
    return ""


def _valid_name(name: str, p: PeoplePatterns, strict: bool) -> bool:
    words = name.split()
    if not (2 <= len(words) <= 4 or len(words) == 1 and _rx(PAPOS).fullmatch(name)
            or len(words) == 5 and _rx(PLONG).fullmatch(name)) or name in p.not_people:
        return False
    if any(u.level in ("province", "district") for u in gazetteer().lookup(name)):
        return False  # a province, district or city name after a body ("Thành ủy X") is no person
    if (words[0] in p.not_start and (strict and not _word_family_name(words) or words[0] not in p.surnames)) or \
            any(w in ("Đảng", "Ủy", "Uỷ", "Bộ") for w in words):
        return False
    if strict and words[0] not in p.surnames:
        return False
    return True


# "Đoàn" begins a body ("Đoàn Thanh niên", "Đoàn Công tác") and a family's name: a name of three
# words or more, its second a name's ("Đoàn Xuân Hiếu", "Đoàn Thị Hậu"), is a person's
_WORD_FAMILIES = frozenset({"Đoàn"})
_NAME_SECOND = frozenset("Văn Thị Đức Hữu Minh Quang Xuân Hồng Ngọc Thế Trung Kim Đình Bá Duy Mạnh Tiến Anh Hải "
                         "Thu Như Phương Viết Tuấn Chí Quốc Khắc Sỹ Sĩ Trọng".split())


def _word_family_name(words: list[str]) -> bool:
    return words[0] in _WORD_FAMILIES and len(words) >= 3 and words[1] in _NAME_SECOND


def _trim(name: str, a: int, text: str, p: PeoplePatterns, org_starts: set[int]) -> str:
    """A name runs on into a title or an organization written right after it: cut there."""
    words = name.split()
    pos = a
    for i, w in enumerate(words):
        pos = text.index(w, pos)
        if i >= 1 and (w in p.not_in_name or pos in org_starts or p.title.match(text, pos)
                       or p.honorific_at.match(text, pos)):
            return " ".join(words[:i])
        pos += len(w)
    return name


# "Bí thư Đảng ủy phường X (thị xã Y) Lê Văn A": the body's place in brackets before the name
# "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh X - Lê Văn A": a headline's or caption's posts, a dash,
# then the name of the person who holds them
_DASH_GAP = regex.compile(r"\s+[-–—]\s+(?:(?:đồng\s+chí|ông|bà|đ/c)\s+)?")
_PAREN_GAP = regex.compile(r"\s*\([^()]{1,40}\)\s*,?\s*(?:(?:đồng chí|ông|bà)\s+)?")
_BARE_BODY = regex.compile(r"\s+(?:Đảng ủy|Đảng uỷ|Đảng bộ|Chi bộ|Chi ủy|Chi uỷ)(?![\p{L}])")


# "là chi ủy viên Chi bộ X và là Tổ trưởng Y": the posts of one person, joined by "và là"
_AND_IS = regex.compile(r"\s*,?\s*và\s+là\s+")


def _and_is(text: str, a: int, c0: int, p: PeoplePatterns, bare: list) -> bool:
    """Posts joined by "và là", over titles whose body is left unnamed ("… và là Chủ tịch, tổ
    trưởng công đoàn X"): one chain, the same person's."""
    m = _AND_IS.match(text, a)
    if m is None:
        return False
    pos = m.end()
    starts = {x: e for x, e, _ in bare}
    while pos < c0 and pos in starts:
        sep = p.chain_sep.match(text, starts[pos])
        if sep is None or sep.end() == starts[pos]:
            return False
        pos = sep.end()
    return pos == c0


def _over_bare_titles(text: str, b: int, c0: int, p: PeoplePatterns, bare: list) -> bool:
    """"Đại tá X - Phó Bí thư Đảng ủy, Chính ủy Bộ CHQS tỉnh": a title whose body is left unnamed
    stands between the name and the posts that follow; those posts are still the person's."""
    m = p.after_name.match(text, b)
    if m is None:
        return False
    pos, skipped = m.end(), False
    starts = {a: e for a, e, _ in bare}
    while pos < c0 and pos in starts:
        pos = starts[pos]
        w = _BARE_BODY.match(text, pos) or _UNREAD_BODY.match(text, pos)
        if w is not None:
            pos = w.end()
        sep = p.chain_sep.match(text, pos)
        if sep is None or sep.end() == pos:
            return False
        pos, skipped = sep.end(), True
    return skipped and pos == c0


# "Phó Trưởng phòng kế toán (Công ty X), nguyên …": a body the rules do not read, its field
# written in lower case after the title (its parent in brackets), stands there as well
_UNREAD_BODY = regex.compile(r"(?:[ \t]+(?!(?:kiêm|và|nguyên|đồng|thời|cùng|cho|đã|được|phát|tại)(?![\p{L}\p{M}]))"
                             r"(?:\p{Ll}[\p{Ll}\p{M}]*|[-–])){1,6}(?:[ \t]*\([^()\n]{2,60}\))?")

_CENTRAL_COMMITTEE = "Ban Chấp hành Trung ương"
# titles that name their body: "Tổng Bí thư X" heads the Central Committee, however written
_OWN_BODY = {fold("Tổng Bí thư"): (_CENTRAL_COMMITTEE, "executive_committee", "PartyOrganization")}


def _own_body(doc: Doc, s: Sentence, body: tuple, a: int, b: int) -> Mention | None:
    """The central body a title names by itself, as a mention of the title's words."""
    from .organizations import Org, _org_iri
    orgs = doc.context.get("organizations")
    if orgs is None:
        return None
    label, kind, cls = body
    iri = _org_iri(kind, fold(label))
    o = orgs.get(iri.value)
    if o is None:
        o = orgs[iri.value] = Org(iri, label, kind, cls, "central", place_key=fold(label))
    o.evidence = o.evidence or s
    return Mention("organization", a, b, doc.text[a:b], s, key=fold(label),
                   attrs={"name": label, "kind": kind, "level": "central", "place_iri": None, "parent_iri": None},
                   iri=iri)
_AGENCY_HEADS = frozenset(fold(t) for t in (
    "Tổng Biên tập", "Phó Tổng Biên tập", "Giám đốc", "Phó Giám đốc", "Tổng Giám đốc", "Phó Tổng Giám đốc",
    "Hiệu trưởng", "Phó Hiệu trưởng", "Cục trưởng", "Phó Cục trưởng", "Viện trưởng", "Phó Viện trưởng"))
_AGENCY_COMMITTEE = regex.compile(r"^(?:Ban Chấp hành\s+)?(?:Đảng bộ|Đảng ủy|Đảng uỷ)\s+(?:[Cc]ơ quan\s+)?")


def _agency_heads(doc: Doc, s: Sentence, p: PeoplePatterns, bare: list, posts: list[Post]) -> list[Post]:
    """"Phó Tổng Biên tập, Bí thư Đảng ủy cơ quan Tạp chí X": the head of an agency written
    without it, before a post in the agency's own party committee, heads that agency."""
    text = s.text
    added = []
    for a, b, title in bare:
        if fold(title) not in _AGENCY_HEADS:
            continue
        nxt = next((q for q in posts if q.start - s.start >= b), None)
        if nxt is None or not p.chain_sep.fullmatch(text[b:nxt.start - s.start]) \
                or nxt.org.attrs.get("kind") != "party_committee" or nxt.org.attrs.get("level") != "agency":
            continue
        agency = _AGENCY_COMMITTEE.sub("", str(nxt.org.attrs.get("name", "")))
        if not agency or agency == nxt.org.attrs.get("name"):
            continue
        host = next((m for m in doc.of("organization") if m.iri is not None
                     and fold(str(m.attrs.get("name", ""))) == fold(agency)), None)
        if host is not None:
            added.append(Post(title, host, s.start + a, s.start + b))
    return sorted(posts + added, key=lambda q: q.start) if added else posts


# "Trưởng thôn Nà Khoang", "trưởng khu phố 2": the head of a village, a place the text names
# (the unit capitalised, "Trưởng Khu phố 5"; or the village left unnamed, "…; ông B - Trưởng thôn;")
_VILLAGE_HEAD = regex.compile(r"(?<![\p{L}\p{M}])(?P<title>(?:[Pp]hó\s+)?[Tt]rưởng)\s+(?P<unit>[Tt]hôn|[Bb]ản|[Ấấ]p|[Kk]hu\s+phố|"
                              r"[Tt]ổ\s+dân\s+phố|[Xx]óm|[Bb]uôn|[Ll]àng|[Tt]iểu\s+khu|[Kk]hối)"
                              r"(?:\s+(?=\S)|(?=\s*[,;.)–-]|\s*$))")


def _village_heads(doc: Doc, s: Sentence, places: list) -> list[Post]:
    """Posts of village heads: the title, the unit word, then a village place mention."""
    if "rưởng" not in s.text:
        return []
    at = {m.start - s.start: m for m in places}
    out = []
    last: dict[str, Mention] = {}
    for m in _VILLAGE_HEAD.finditer(s.text):
        pm = at.get(m.end())
        unit = " ".join(m.group("unit").lower().split())
        bare = pm is None and not s.text[m.end():m.end() + 1].isupper() \
            and not _COUNTED.search(s.text, max(0, m.start() - 12), m.start())
        if bare and unit not in last:
            # "ông A - Bí thư Chi bộ thôn X; ông B - Trưởng thôn": the village the sentence named last
            last[unit] = next((x for x in reversed(places) if x.end - s.start <= m.start()
                               and x.attrs.get("unit_type") == unit and x.attrs.get("level") == "village"), None)
            if last[unit] is None:
                del last[unit]
        if bare and unit in last:
            pm = last[unit]  # "làm trưởng thôn X … làm Bí thư kiêm trưởng thôn": the village just named
            end = s.start + m.end("unit")
        else:
            end = pm.end if pm is not None else 0
        if pm is None or pm.iri is None or pm.attrs.get("unit_type") != unit or pm.attrs.get("level") != "village":
            continue
        last[unit] = pm
        name = pm.attrs.get("name") or pm.text
        label = f"{unit[:1].upper()}{unit[1:]} {name}"
        iri = organization_iri("other", f"village|{short_key(pm.iri)}")
        body = Mention("village_body", pm.start, pm.end, pm.text, s, key=fold(label),
                       attrs={"name": label, "kind": "other", "level": "village", "place_iri": pm.iri,
                              "parent_iri": pm.attrs.get("parent_iri")}, iri=iri)
        doc.mentions.append(body)
        title = " ".join(m.group("title").split())
        title = f"{title[:1].upper()}{title[1:]} {unit}"
        out.append(Post(title, body, s.start + m.start(), end))
    return out


_COUNTED = regex.compile(r"(?:\d+|các|những|mọi|nhiều|là)\s+$")


# between a post and its holder's name, the place of the body ("Chủ tịch UBND xã A, huyện B
# (tỉnh C) Nguyễn Văn D"): place names, unit words, commas and brackets only
_UNIT_WORDS = regex.compile(r"(?:tỉnh|thành\s+phố|TP\.?|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)(?![\p{L}])")
_PLACE_GAP = regex.compile(r"[\s,()]*(?:(?:đồng\s+chí|ông|bà)\s+)?")


def _posts_then_name(text: str, ce: int, a: int, s: Sentence, places: list, p: PeoplePatterns,
                     honorific: bool = True) -> bool:
    """Whether what stands between a chain of posts (ending at ce) and a name (at a) lets the posts
    be that person's: nothing or an honorific ("… Huyện ủy X", "… Huyện ủy, ông X"), a bracket,
    the place of the last post, or a dash ("Bí thư Tỉnh ủy - Lê Văn A")."""
    gap = text[ce:a]
    if p.before_name.search(gap) and gap.strip(" ,").lower() in (("", "đồng chí", "ông", "bà", "đ/c") if honorific
                                                                  else ("",)):
        return True
    return (_PAREN_GAP.fullmatch(gap) is not None or _place_gap(text, ce, a, s, places)
            or _DASH_GAP.fullmatch(gap) is not None)


def _place_gap(text: str, a: int, b: int, s: Sentence, places: list) -> bool:
    if b <= a or b - a > 80 or any(c in text[a:b] for c in ".;:"):
        return False
    gap, hit = list(text[a:b]), False
    for m in places:
        x, y = m.start - s.start, m.end - s.start
        if a <= x and y <= b:
            gap[x - a:y - a] = " " * (y - x)
            hit = True
    if not hit:
        return False
    rest = _UNIT_WORDS.sub(" ", "".join(gap))
    return _PLACE_GAP.fullmatch(rest) is not None


# "ĐB Nguyễn Thị A (Trà Vinh)", "Đại biểu Lê Văn B - Đoàn TP Hồ Chí Minh": a deputy of the
# National Assembly and the province whose delegation elected them
_DEPUTY = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:ĐBQH|ĐB|[Đđ]ại\s+biểu(?:\s+Quốc\s+hội)?)\s+{PNAME}"
                        r"\s*(?:\(\s*|[-–]\s*(?=[Đđ]oàn))(?:[Đđ]oàn\s+(?:ĐBQH\s+)?)?"
                        r"(?P<unit>tỉnh\s+|TP\.?\s*|thành\s+phố\s+)?(?P<prov>\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*){0,3})"
                        r"(?=\s*[)\s,.;:]|$)")


def _delegation(doc: Doc, s: Sentence, orgs: dict, hit: dict, a: int, b: int) -> Mention:
    """The National Assembly delegation of the province a gazetteer hit names (one organization
    per province, made on first use), as a mention of the text from a to b."""
    from .organizations import Org, PlaceRef, _org_iri
    place = PlaceRef(hit.get("unit_type") or "tỉnh", hit["name"], iri=hit["iri"], level="province",
                     key=short_key(hit["iri"]))
    key = f"đoàn đại biểu quốc hội|{place.key}"
    iri = _org_iri("other", key)
    o = orgs.get(iri.value)
    if o is None:
        o = orgs[iri.value] = Org(iri, f"Đoàn đại biểu Quốc hội {place.label}", "other", "GovernmentOrganization",
                                  "province", place, place_key=key)
    o.surfaces.append((o.label, s))
    return Mention("organization", a, b, doc.text[a:b], s, key=key,
                   attrs={"name": o.label, "kind": "other", "level": "province", "place_iri": hit["iri"],
                          "parent_iri": None}, iri=iri)


def _deputies(doc: Doc, s: Sentence, p: PeoplePatterns) -> list[Person]:
    """National Assembly deputies named with their province, in an article about the Assembly."""
    from . import gazetteer as gz
    orgs = doc.context.get("organizations")
    if orgs is None:
        return []
    out = []
    for m in _DEPUTY.finditer(s.text):
        name = m.group("pname")
        if not _valid_name(name, p, strict=True):
            continue
        hit = gz.resolve(m.group("prov"), "province", doc)
        if hit is None or hit.get("iri") is None:
            continue
        a, b = s.start + m.start("prov"), s.start + m.end("prov")
        body = _delegation(doc, s, orgs, hit, a, b)
        person = Person(name, s.start + m.start("pname"), s.start + m.end("pname"))
        person.posts.append(Post("Đại biểu Quốc hội", body, s.start + m.start(), b))
        out.append(person)
    return out


# "Phó Trưởng đoàn đại biểu Quốc hội tỉnh": the title and the delegation share the word "đoàn"
# (capitalised or not: "Trưởng Đoàn Đại biểu Quốc hội tỉnh")
_DELEGATION_HEAD = regex.compile(r"(?<![\p{L}\p{M}])(?P<title>(?:[Pp]hó\s+)?[Tt]rưởng\s+[Đđ]oàn)\s+(?:[Đđ]ại\s+biểu\s+Quốc\s+hội|ĐBQH)"
                                 r"(?:\s+(?:tỉnh|thành\s+phố|TP\.?)(?:\s*(?P<prov>\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*){0,3}))?)?"
                                 r"(?![\p{L}\p{M}])")


def _delegation_heads(doc: Doc, s: Sentence) -> list[Post]:
    """Heads of a province's National Assembly delegation written with the delegation's name
    run into the title: the province named, else the article's province."""
    from . import gazetteer as gz
    orgs = doc.context.get("organizations")
    if orgs is None:
        return []
    out = []
    for m in _DELEGATION_HEAD.finditer(s.text):
        end, hit = m.end(), None
        if m.group("prov"):  # "… tỉnh Nghệ An Lê Văn A": the longest run of words that is a province
            words = m.group("prov").split()
            for k in range(len(words), 0, -1):
                hit = gz.resolve(" ".join(words[:k]), "province", doc)
                if hit is not None:
                    end = s.text.index(words[k - 1], m.start("prov")) + len(words[k - 1])
                    break
        else:
            hit = (doc.context.get("focus") or {}).get("province")
        if not isinstance(hit, dict) or hit.get("iri") is None or hit.get("level") != "province":
            continue
        a, b = s.start + m.start(), s.start + end
        body = _delegation(doc, s, orgs, hit, a, b)
        title = regex.sub(r"[Đđ]oàn$", "đoàn", " ".join(m.group("title").split()))  # "Trưởng Đoàn" is "Trưởng đoàn"
        out.append(Post(title[:1].upper() + title[1:], body, a, b))
    return out


_LEADS = regex.compile(r"(?<![\p{L}\p{M}])làm\s+(?P<t>[Tt]rưởng\s+[Đđ]oàn)(?![\p{L}\p{M}])")
_DELEGATION_NAME = regex.compile(r"Đoàn\s+(?:công tác|kiểm tra|giám sát)\b")
_THE_AGENCY = regex.compile(r"\s+(?:nhà\s+trường|của\s+trường|cơ\s+quan|đơn\s+vị)(?![\p{L}\p{M}])")
_CELL_AFTER = regex.compile(r"\s+[Cc]hi\s+bộ(?![\p{L}\p{M}])")


def _heads_of_named(doc: Doc, s: Sentence, p: PeoplePatterns, bare: list, posts: list[Post]):
    """"Phó cục trưởng Lê Văn A", "Hiệu trưởng nhà trường Lê Thị B": the head of an agency
    written without it heads the agency of that kind the text named last before. A cell title
    chained before it ("Bí thư chi bộ kiêm Hiệu trưởng …", "Bí thư Chi bộ, Giám đốc Sở X") is in
    that agency's party cell."""
    text = s.text
    added: list[Post] = []
    left = []
    for a, b, title in bare:
        prefixes = p.heads_of.get(fold(title))
        host = None
        if prefixes:
            for m in doc.mentions:
                if m.label != "organization" or m.iri is None or m.start >= s.start + a:
                    continue
                name = str(m.attrs.get("name", ""))
                if any(name.startswith(x + " ") for x in prefixes):
                    host = m
        if host is None:
            left.append((a, b, title))
            continue
        tail = _THE_AGENCY.match(text, b)
        added.append(Post(title, host, s.start + a, s.start + (tail.end() if tail else b)))
    for a, b, title in list(left):
        if fold(title) not in p.cell_titles:
            continue
        cell = _CELL_AFTER.match(text, b)
        if cell is None:
            continue
        nxt = next((q for q in sorted(posts + added, key=lambda q: q.start) if q.start - s.start >= cell.end()), None)
        if nxt is None or not p.chain_sep.fullmatch(text[cell.end():nxt.start - s.start]) \
                or nxt.org.attrs.get("kind") not in _CELL_HOSTS or nxt.org.label != "organization" \
                or nxt.org.attrs.get("kind") not in ("school", "health_station") and fold(nxt.title) not in _AGENCY_HEAD_TITLES:
            continue
        org = _cell_of(doc, nxt.org, s)
        if org is not None:
            left.remove((a, b, title))
            added.append(Post(title, org, s.start + a, s.start + cell.end()))
    return posts + added, left


# "Bí thư Chi bộ, Giám đốc Sở X" / "…, Chánh Thanh tra tỉnh": the cell of the agency the person heads
_CELL_HOSTS = frozenset({"school", "health_station", "other", "enterprise"})
_AGENCY_HEAD_TITLES = frozenset(fold(t) for t in (
    "Hiệu trưởng", "Phó Hiệu trưởng", "Trưởng", "Phó Trưởng", "Giám đốc", "Phó Giám đốc", "Tổng Giám đốc",
    "Phó Tổng Giám đốc", "Chánh Thanh tra", "Phó Chánh Thanh tra", "Cục trưởng", "Phó Cục trưởng",
    "Chi cục trưởng", "Phó Chi cục trưởng", "Viện trưởng", "Phó Viện trưởng", "Tổng Biên tập",
    "Phó Tổng Biên tập", "Thủ trưởng", "Phó Thủ trưởng"))
_COMMITTEE_UNITS = frozenset({"tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn"})
_PARTY_WORD = regex.compile(r"\s+[ĐÐ]ảng\s+(?:ủy|uỷ)(?![\p{L}\p{M}])")
_AGENCY_KINDS = frozenset({"military_unit", "police", "people_committee", "people_council"})


def _agency_committees(doc: Doc, s: Sentence, p: PeoplePatterns, bare: list, posts: list[Post]):
    """"Phó Bí thư Đảng ủy, Chính ủy Bộ CHQS tỉnh X": a post in a bare "Đảng ủy" chained
    before a post in an army or police body is a post in that body's party committee."""
    text = s.text
    posts = sorted(posts, key=lambda q: q.start)
    out, left = list(posts), list(bare)
    spans = [(q.start - s.start, q.end - s.start, q) for q in posts] + [(a, b, None) for a, b, _ in bare]
    for a, b, q in spans:
        if q is not None:
            if fold(q.org.text) not in ("đảng ủy", "đảng bộ"):
                continue
            end = b
            title = q.title
        else:
            w = _PARTY_WORD.match(text, b)
            if w is None:
                continue
            end = w.end()
            title = next(t for x, y, t in bare if x == a)
        nxt = next((r for r in posts if r.start - s.start >= end), None)
        if nxt is None or not p.chain_sep.fullmatch(text[end:nxt.start - s.start]) \
                or nxt.org.attrs.get("kind") not in _AGENCY_KINDS:
            continue
        org = _committee_of(doc, nxt.org, s)
        if org is None:
            continue
        left = _chained(out, left, q, a, Post(title, org, s.start + a, s.start + end))
    return out, left


_TERRITORIAL = frozenset({"province", "district", "commune"})
_SECRETARIES = frozenset(fold(t) for t in ("Bí thư", "Phó Bí thư", "Phó Bí thư Thường trực"))
_ORGAN_KINDS = frozenset({"inspection_committee", "organization_commission", "propaganda_commission",
                          "mass_mobilization_commission", "standing_committee"})


def _elided_committee(doc: Doc, s: Sentence, p: PeoplePatterns, bare: list, posts: list[Post]):
    """"Phó Bí thư Thường trực, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Khối X", "Bí thư kiêm Chủ tịch
    UBND xã Y": a secretary's title left without its committee, chained right before a post in
    an organ of a party committee or in a people's committee or council, is a post in that
    party committee (the committee the chain names last is written once)."""
    orgs = doc.context.get("organizations")
    if orgs is None:
        return posts, bare
    text = s.text
    posts = sorted(posts, key=lambda q: q.start)
    out, left = list(posts), list(bare)
    for a, b, title in bare:
        if fold(title) not in _SECRETARIES:
            continue
        nxt = next((r for r in posts if r.start - s.start >= b), None)
        if nxt is None or not p.chain_sep.fullmatch(text[b:nxt.start - s.start]) or nxt.org.iri is None:
            continue
        host = orgs.get(nxt.org.iri.value)
        if host is None:
            continue
        if host.kind in ("people_committee", "people_council"):
            body = _committee_of(doc, nxt.org, s)  # "Bí thư kiêm Chủ tịch UBND xã Y"
            if body is not None:
                left = _chained(out, left, None, a, Post(title, body, s.start + a, s.start + b))
            continue
        if host.kind not in _ORGAN_KINDS or host.parent is None or host.parent.kind != "party_committee":
            continue
        o = host.parent
        o.surfaces.append((o.label, s))
        body = Mention("organization", nxt.org.start, nxt.org.end, nxt.org.text, s, key=o.place_key,
                       attrs={"name": o.label, "kind": o.kind, "level": o.level,
                              "place_iri": o.place.iri if o.place else None,
                              "parent_iri": o.parent.iri if o.parent is not None else None}, iri=o.iri)
        left = _chained(out, left, None, a, Post(title, body, s.start + a, s.start + b))
    return out, left


def _committee_members(doc: Doc, s: Sentence, p: PeoplePatterns, bare: list, posts: list[Post]):
    """"UVBTV – Trưởng ban Dân vận Huyện ủy", "UVBTV, PCT HĐND huyện", "HUV, Bí thư Đảng ủy xã
    X": a member of a committee written as an abbreviation is a member ("Ủy viên") of the
    standing committee of the party committee the chain names next (or of its place), or of
    the party committee of the level the abbreviation names."""
    orgs = doc.context.get("organizations")
    if orgs is None:
        return posts, bare
    text = s.text
    posts = sorted(posts, key=lambda q: q.start)
    out, left = list(posts), list(bare)
    spans = [(q.start - s.start, q.end - s.start, q.title, q) for q in posts
             if fold(q.title) in p.standing or fold(q.title) in p.member_levels]
    spans += [(a, b, t, None) for a, b, t in bare if fold(t) in p.standing or fold(t) in p.member_levels]
    for a, b, title, q in spans:
        level = p.member_levels.get(fold(title))
        if q is not None:
            tpc = _committee_for(doc, q.org, s)
        else:
            nxt = next((r for r in posts if r.start - s.start >= b), None)
            near = nxt is not None and p.chain_sep.fullmatch(text[b:nxt.start - s.start]) is not None
            tpc = _committee_for(doc, nxt.org, s) if near else None
            if level is not None and (tpc is None or tpc.level != level):
                tpc = _committee_named(doc, s, level, orgs)
        if tpc is None or (level is not None and tpc.level != level):
            continue
        if level is None:
            o = _standing_of(orgs, tpc, s)
        else:
            o = tpc
            o.surfaces.append((o.label, s))
        body = _body_mention(o, s, a, b)
        left = _chained(out, left, q, a, Post("Ủy viên", body, s.start + a, q.end if q is not None else s.start + b))
    return out, left


def _standing_of(orgs: dict, tpc, s: Sentence):
    """The standing committee of a territorial party committee, as the organizations read it
    ("Ban Thường vụ Huyện ủy X"), or made for it where the text leaves it bare ("UVBTV")."""
    from .organizations import COMMITTEE_FORM, Org, _org_iri, committee_place
    form = COMMITTEE_FORM.get(tpc.place.unit or "", "")
    label = " ".join(x for x in ("Ban Thường vụ", form, committee_place(tpc.place.name or "")) if x)
    key = f"{fold('Ban Thường vụ')}|{tpc.kind}|{tpc.place_key}"
    iri = _org_iri("standing_committee", key)
    o = orgs.get(iri.value)
    if o is None:
        o = orgs[iri.value] = Org(iri, label, "standing_committee", "PartyOrganization", tpc.level, tpc.place,
                                  place_key=key)
        o.parent = tpc
    o.surfaces.append((o.label, s))
    tpc.surfaces.append((tpc.label, s))
    return o


def _body_mention(o, s: Sentence, a: int, b: int) -> Mention:
    """A mention of organization o over the words a..b of sentence s that stand for it."""
    return Mention("organization", s.start + a, s.start + b, s.text[a:b], s, key=o.place_key,
                   attrs={"name": o.label, "kind": o.kind, "level": o.level,
                          "place_iri": o.place.iri if o.place else None,
                          "parent_iri": o.parent.iri if o.parent is not None else None}, iri=o.iri)


# "… tham gia BCH, BTV Đảng ủy, làm Bí thư Đảng ủy xã X", "được chỉ định tham gia Ban Thường vụ và
# Ban Chấp hành Thị ủy, đảm nhiệm chức vụ Phó Bí thư Thị ủy Y": the committees a person is put on,
# before the office given with them
_COMMITTEE_WORDS = r"(?:Ban\s+[Cc]hấp\s+hành|Ban\s+[Tt]hường\s+vụ|BCH|BTV)(?![\p{L}\p{M}])"
_PARTY_BODY_WORDS = (r"(?:Đảng\s+bộ|Đảng\s+(?:ủy|uỷ)|(?:Tỉnh|Thành|Huyện|Quận|Thị)\s+(?:ủy|uỷ))(?![\p{L}\p{M}])"
                     r"(?:\s+(?:(?:xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|thành\s+phố|tỉnh)\s+)?"
                     r"(?:\p{Lu}[\p{L}\p{M}]*|\d+)(?:\s+(?:\p{Lu}[\p{L}\p{M}]*|\d+)){0,3})?")
_COMMITTEE_ITEM = rf"{_COMMITTEE_WORDS}(?:\s+{_PARTY_BODY_WORDS})?"
_JOINS_COMMITTEES = regex.compile(rf"(?<![\p{{L}}\p{{M}}])tham\s+gia\s+(?P<bodies>{_COMMITTEE_ITEM}"
                                  rf"(?:\s*(?:,|và)\s*{_COMMITTEE_ITEM})*)\s*,?\s*(?:và\s+)?"
                                  r"(?:giữ\s+chức(?:\s+vụ)?|đảm\s+nhiệm(?:\s+chức\s+vụ)?|làm)\s+$")
_COMMITTEE_AT = regex.compile(_COMMITTEE_WORDS)
# words before "tham gia" that turn it into leaving ("thôi tham gia", "không còn tham gia")
_QUITS = regex.compile(r"(?<![\p{L}\p{M}])(?:thôi|không(?:\s+còn)?|chưa|rút(?:\s+khỏi)?)\s+$")
# a party body written without its unit's name ("BCH Đảng bộ", "Ban Thường vụ Thị ủy")
_BARE_PARTY_BODY = regex.compile(rf"(?:{_COMMITTEE_WORDS})?\s*(?P<form>Đảng\s+(?:bộ|ủy|uỷ)|(?:Tỉnh|Thành|Huyện|Quận|Thị)\s+(?:ủy|uỷ))?")


def _other_committee(x: Mention, tpc) -> bool:
    """Whether a body named among the committees a person is put on is not the office's party
    committee tpc (nor its standing committee). Written bare, "Ban Thường vụ" and "Đảng bộ" name
    no unit, whatever body was guessed for them, and "Huyện ủy" only a level."""
    if x.iri == tpc.iri or x.attrs.get("parent_iri") == tpc.iri:
        return False
    bare = _BARE_PARTY_BODY.fullmatch(x.text)
    if bare is None:
        return True
    form = bare.group("form")
    return form is not None and not form.startswith("Đảng") and x.attrs.get("level") != tpc.level


def _joined_committees(doc: Doc, s: Sentence, people: list[Person]) -> None:
    """A person put on a party committee's executive and standing committees together with an
    office in it ("… tham gia Ban Thường vụ, Ban Chấp hành Thị ủy, làm Phó Bí thư Thị ủy X")
    holds the office, a seat on the executive committee ("Ủy viên", read as "Ủy viên Ban Chấp
    hành" of the Đảng bộ) and one on its standing committee ("Ủy viên" of its Ban Thường vụ). The
    committees are the office's party committee's: one the words name otherwise (a province's,
    before a district's office) gives no seat."""
    orgs = doc.context.get("organizations")
    if orgs is None:
        return
    text = s.text
    for person in people:
        for q in list(person.posts):
            if q.handed_over:
                continue  # the successor's words: "A … tham gia BCH, BTV …, giữ chức X, thay ông B" seats A only
            c0 = q.start - s.start
            m = _JOINS_COMMITTEES.search(text, max(0, c0 - 200), c0)
            if m is None or q.org.iri is None:
                continue
            quits = _QUITS.search(text, max(0, m.start() - 20), m.start())
            if quits is not None:
                # "thôi tham gia BTV, BCH Thị ủy và giữ chức Phó Bí thư Thị ủy X để nhận công tác
                # khác": no seat, and the office left is held no more
                q.former = q.former or quits.group().startswith("thôi")
                continue
            tpc = _committee_for(doc, q.org, s)
            if tpc is None:
                continue
            a, b = m.span("bodies")
            inside = [x for x in doc.mentions if x.label == "organization" and x.sentence is s and x.iri is not None
                      and a <= x.start - s.start < b]
            if any(_other_committee(x, tpc) for x in inside):
                continue  # "tham gia Ban Chấp hành Đảng bộ tỉnh, giữ chức Chủ tịch UBND huyện": not the office's
            for w in _COMMITTEE_AT.finditer(text, a, b):
                standing = "ờng" in w.group() or w.group() == "BTV"
                o = _standing_of(orgs, tpc, s) if standing else tpc
                if not standing:
                    o.surfaces.append((o.label, s))
                post = Post("Ủy viên", _body_mention(o, s, w.start(), w.end()), s.start + w.start(), s.start + w.end(),
                            q.former)
                if not any(x.org.iri == o.iri and x.title == "Ủy viên" for x in person.posts):
                    person.posts.append(post)


def _members_by_title(doc: Doc, s: Sentence, p: PeoplePatterns, bare: list, posts: list[Post]):
    """"Huyện ủy viên, Phó Chủ tịch HĐND huyện X", "Đảng ủy viên, Chủ tịch UBND xã Y": a member's
    title naming its committee's form, written bare and chained right before a post in a body of
    a place of that form, is a member ("Ủy viên") of that place's party committee."""
    from .organizations import COMMITTEE_FORM
    orgs = doc.context.get("organizations")
    if orgs is None:
        return posts, bare
    forms = {fold(t): body for t, body in p.member_titles.items() if body != "Chi bộ"}
    text = s.text
    posts = sorted(posts, key=lambda q: q.start)
    out, left = list(posts), list(bare)
    # (a "Huyện ủy" the title carries, read as the district named before, is re-read the same way)
    spans = [(a, b, t, None) for a, b, t in bare]
    spans += [(q.start - s.start, q.end - s.start, doc.text[q.start:q.end], q) for q in posts
              if fold(doc.text[q.start:q.end]) in forms and fold(q.org.text) == fold(forms[fold(doc.text[q.start:q.end])])]
    for a, b, title, q in spans:
        body = forms.get(fold(title))
        if body is None:
            continue
        nxt = next((r for r in posts if r.start - s.start >= b), None)
        if nxt is None or not p.chain_sep.fullmatch(text[b:nxt.start - s.start]) or nxt.org.iri is None:
            continue
        units = {u for u, f in COMMITTEE_FORM.items() if f == body or f.startswith(body + " ")}
        tpc = _committee_for(doc, nxt.org, s)
        if tpc is not None:
            if tpc.place is None or tpc.place.unit not in units or q is not None and q.org.iri == tpc.iri:
                continue
            tpc.surfaces.append((tpc.label, s))
            org = Mention("organization", s.start + a, s.start + b, text[a:b], s, key=tpc.place_key,
                          attrs={"name": tpc.label, "kind": tpc.kind, "level": tpc.level,
                                 "place_iri": tpc.place.iri, "parent_iri": tpc.parent.iri if tpc.parent else None},
                          iri=tpc.iri)
        else:
            host = orgs.get(nxt.org.iri.value)
            if host is None or host.kind not in ("people_committee", "people_council") or host.place is None \
                    or host.place.unit not in units:
                continue
            org = _committee_of(doc, nxt.org, s)  # the committee of a place the text names by its bodies only
            if org is None or q is not None and q.org.iri == org.iri:
                continue
        left = _chained(out, left, q, a, Post("Ủy viên", org, s.start + a, s.start + b))
    return out, left


_CELL_MEMBER = fold("Chi ủy viên")


# a body's name opening right after a title, read as an organization or not ("Chi đoàn thôn X")
_BODY_NEXT = regex.compile(r"[ \t]+(?:Chi\s+đoàn|Đoàn|Chi\s+hội|Hội|Ban|Tổ|Công\s+đoàn|Mặt\s+trận|Ủy\s+ban|Uỷ\s+ban|"
                           r"UBND|HĐND|MTTQ|Hợp\s+tác\s+xã|HTX|Trường|Đảng|Chi\s+bộ|Đảng\s+bộ)(?![\p{L}\p{M}])")


def _cell_members(s: Sentence, index: dict, bare: list, posts: list[Post]):
    """"Bà A – Chi ủy viên" in a list of a cell's committee: a cell committee member's title left
    without its cell is a member of the party cell the text named last (in this sentence or
    the three before), unless the sentence names a party body after it or any body right after
    the title."""
    out, left = list(posts), list(bare)
    for a, b, title in bare:
        if fold(title) != _CELL_MEMBER:
            continue
        cell = None
        for i in range(max(0, s.index - 3), s.index + 1):
            for m in index.get(("organization", i), ()):
                if m.start < s.start + a and m.iri is not None and m.attrs.get("kind") == "party_cell":
                    cell = m
        if cell is None or any(m.start >= s.start + b and (m.attrs.get("kind") in _PARTY_KINDS
                                                           or not s.text[b:m.start - s.start].strip())
                               for m in index.get(("organization", s.index), ())):
            continue  # "A – Chi ủy viên và B – Bí thư Chi bộ X": the list's cell, named after;
            # "Chi ủy viên Chi đoàn X": the title is of the body written right after it
        if _BODY_NEXT.match(s.text, b):
            continue
        org = Mention("organization", s.start + a, s.start + b, s.text[a:b], s, key=cell.key,
                      attrs=dict(cell.attrs), iri=cell.iri)
        left = _chained(out, left, None, a, Post("Chi ủy viên", org, s.start + a, s.start + b))
    return out, left


def _committee_for(doc: Doc, org: Mention, s: Sentence):
    """The territorial party committee a post's organization is, belongs to, or shares a place
    with ("Ban Dân vận Huyện ủy X", "HĐND huyện X" -> the party committee of huyện X)."""
    from .organizations import _org_iri
    orgs = doc.context.get("organizations") or {}
    o = orgs.get(org.iri.value) if org.iri is not None else None
    for _ in range(3):
        if o is None:
            return None
        if o.kind == "party_committee":
            break
        if o.parent is not None:
            o = o.parent
            continue
        if o.kind in _AGENCY_KINDS or o.kind == "fatherland_front":
            if o.place is None or o.place.unit not in _COMMITTEE_UNITS:
                return None  # "HĐND huyện" of an unnamed district: the district's committee still
            o = orgs.get(_org_iri("party_committee", f"{o.place.unit}|{o.place.key}").value)
            continue
        return None
    if o is None or o.kind != "party_committee" or o.level not in _TERRITORIAL or o.place is None \
            or o.place.unit not in _COMMITTEE_UNITS:
        return None
    return o


def _committee_named(doc: Doc, s: Sentence, level: str, orgs: dict):
    """The territorial party committee of a level the document named last before the sentence
    ends, else first after."""
    best = None
    for m in doc.mentions:
        if m.label != "organization" or m.iri is None or m.attrs.get("kind") != "party_committee" \
                or m.attrs.get("level") != level:
            continue
        o = orgs.get(m.iri.value)
        if o is None or o.place is None or not o.place.name:
            continue
        if m.start < s.end:
            best = o
        elif best is None:
            return o
    return best


def _chained(out: list[Post], left: list, q: Post | None, a: int, post: Post) -> list:
    """A title chained before another post becomes post: it replaces the post q read for it
    before, or leaves the bare titles (those starting at a); returns the bare titles left."""
    if q is not None:
        out.remove(q)
    else:
        left = [x for x in left if x[0] != a]
    out.append(post)
    return left


def _village_cells(doc: Doc, s: Sentence, p: PeoplePatterns, bare: list, posts: list[Post]):
    """"Bí thư chi bộ, trưởng bản X" / "Bí thư kiêm trưởng thôn X": a cell title chained before
    the head of a village is a post in that village's party cell."""
    from .organizations import Org, _org_iri
    text = s.text
    orgs = doc.context.get("organizations")
    if orgs is None:
        return posts, bare
    posts = sorted(posts, key=lambda q: q.start)
    out, left = list(posts), list(bare)
    spans = [(q.start - s.start, q.end - s.start, q.title, q) for q in posts
             if q.org.attrs.get("kind") == "party_cell" and fold(q.org.text) == "chi bộ"]
    spans += [(a, b, t, None) for a, b, t in bare if fold(t) in p.cell_titles]
    for a, b, title, q in spans:
        end = b
        if q is None:
            w = _CELL_AFTER.match(text, b)
            end = w.end() if w is not None else b
        nxt = next((r for r in posts if r.start - s.start >= end), None)
        if nxt is None or nxt.org.label != "village_body" or not p.chain_sep.fullmatch(text[end:nxt.start - s.start]):
            continue
        village = nxt.org
        place_iri = village.attrs["place_iri"]
        key = short_key(place_iri)
        iri = _org_iri("party_cell", key)
        label = "Chi bộ " + village.attrs["name"][:1].lower() + village.attrs["name"][1:]
        o = orgs.get(iri.value)
        if o is None:
            o = orgs[iri.value] = Org(iri, label, "party_cell", "PartyOrganization", "village", None, place_key=key)
            parent = village.attrs.get("parent_iri")
            o.parent = next((x for x in orgs.values() if x.kind == "party_committee" and x.place is not None
                             and x.place.iri is not None and parent is not None and x.place.iri == parent), None)
        o.surfaces.append((label, s))
        cell = Mention("organization", village.start, village.end, village.text, s, key=key,
                       attrs={"name": label, "kind": "party_cell", "level": "village", "place_iri": place_iri,
                              "parent_iri": o.parent.iri if o.parent else None}, iri=iri)
        left = _chained(out, left, q, a, Post(title, cell, s.start + a, s.start + end))
    return out, left


def _committee_of(doc: Doc, host: Mention, s: Sentence) -> Mention | None:
    """The party committee of an army or police body ("Đảng ủy Bộ CHQS tỉnh X")."""
    from .organizations import Org, _org_iri
    orgs = doc.context.get("organizations")
    h = orgs.get(host.iri.value) if orgs is not None else None
    if h is None:
        return None
    if h.kind in ("people_committee", "people_council"):
        # "Phó Bí thư Đảng ủy, Chủ tịch UBND xã X": the party committee of the same place
        if h.place is None or not h.place.name or h.place.unit not in _COMMITTEE_UNITS:
            return None
        key = f"{h.place.unit}|{h.place.key}"
        iri = _org_iri("party_committee", key)
        o = orgs.get(iri.value)
        if o is None:
            o = orgs[iri.value] = Org(iri, f"Đảng bộ {h.place.label}", "party_committee", "PartyOrganization",
                                      h.level, h.place, place_key=key)
        o.surfaces.append((o.label, s))
        return Mention("organization", host.start, host.end, host.text, host.sentence, key=key,
                       attrs={"name": o.label, "kind": "party_committee", "level": o.level,
                              "place_iri": h.place.iri, "parent_iri": None}, iri=iri)
    label = "Đảng bộ " + h.label
    key = fold(label) + "@" + (h.place.key if h.place is not None else str(doc.context.get("province_key") or ""))
    iri = _org_iri("party_committee", key)
    o = orgs.get(iri.value)
    if o is None:
        o = orgs[iri.value] = Org(iri, label, "party_committee", "PartyOrganization", "agency", h.place, place_key=key)
    o.surfaces.append(("Đảng ủy " + h.label, s))
    return Mention("organization", host.start, host.end, host.text, host.sentence, key=key,
                   attrs={"name": label, "kind": "party_committee", "level": "agency",
                          "place_iri": h.place.iri if h.place else None, "parent_iri": None}, iri=iri)


def _cell_of(doc: Doc, host: Mention, s: Sentence) -> Mention | None:
    """The party cell of a school or a health station ("Chi bộ Trường Tiểu học X"): one
    organization, whose parent is the party committee of the place the host is based in."""
    from .organizations import Org, _org_iri
    orgs = doc.context.get("organizations")
    h = orgs.get(host.iri.value) if orgs is not None else None
    if h is None:
        return None
    label = "Chi bộ " + h.label
    # keyed as the organizations component keys a cell written out: by its place when the
    # host's name carries it, else by the commune's party organization
    if h.place is None:
        key = fold(label) + "@" + short_key(doc.iri)
    elif h.place.name and h.label.endswith(h.place.label):
        key = fold(label) + "@" + h.place.key
    else:
        key = fold(label) + "@" + f"{h.place.unit or ''}|{h.place.key}"
    iri = _org_iri("party_cell", key)
    o = orgs.get(iri.value)
    if o is None:
        o = orgs[iri.value] = Org(iri, label, "party_cell", "PartyOrganization", "agency", h.place, place_key=key)
        if h.place is not None and h.place.name:
            parent = next((x for x in orgs.values() if x.kind == "party_committee" and x.place is not None
                           and x.place.key == h.place.key), None)
            o.parent = parent
    o.surfaces.append((label, s))
    return Mention("organization", host.start, host.end, host.text, host.sentence, key=key,
                   attrs={"name": label, "kind": "party_cell", "level": "agency",
                          "place_iri": h.place.iri if h.place else None,
                          "parent_iri": o.parent.iri if o.parent else None}, iri=iri)


# a title, then its holders: "Phó Chủ tịch UBND xã là các ông A và B", "… là bà C"
# "Các Phó Bí thư … gồm ông A, …; bà B và ông C": the plural before the title, "gồm" after it,
# and what parts one holder of the list from the next
_PLURAL_HEAD = regex.compile(r"(?<![\p{L}\p{M}])(?:các|những|hai|ba|bốn|năm)\s+$", regex.I)
_LIST_HEAD = regex.compile(r"\s*,?\s*gồm\s*:?\s*(?:các\s+)?(?:(?:đồng\s+chí|ông|bà|đ/c)\s+)?")
_LIST_NEXT = regex.compile(r"\s*(?:[,;]|,?\s*và|;\s*và)\s*(?:(?:đồng\s+chí|ông|bà|đ/c)\s+)?")
_HOLDERS_NAMED = regex.compile(r"\s*,?\s*là\s+(?:các\s+)?(?:đồng\s+chí|ông|bà|đ/c)\s+")
_JOINED = regex.compile(r"\s*(?:,|và|,\s*và)\s*(?:(?:đồng\s+chí|ông|bà)\s+)?")


# "Với cương vị Bí thư Chi bộ X (…), ông đề xuất …": posts of the person named just before
_CAPACITY = regex.compile(r"\W*(?:Với|Trên|Ở)\s+(?:cương\s+vị|vai\s+trò)(?:\s+là)?\s+")
_PRONOUN = regex.compile(r"\s*(?:\([^()]{0,60}\))?\s*,\s*(?:ông|bà|anh|chị|đồng\s+chí)(?![\p{L}\p{M}])(?!\s+\p{Lu})")


# "Bộ Tư lệnh …": the word that makes a title the name of a command
_COMMAND_WORD = regex.compile(r"(?<![\p{L}\p{M}])Bộ\s+$")


# "Từ 2015, ông được bầu giữ chức …": a person's pronoun, then a verb of taking a post
_PRONOUN_TAKES = regex.compile(r"(?<![\p{L}\p{M}])(?<!(?:[Cc]on|trai|gái|vợ|chồng|cha|mẹ|bố|em|cháu|của|người|nhà|cùng|với|cho)\s+)"
                               r"(?P<pron>anh|chị|ông|bà|Anh|Chị|Ông|Bà)\s+(?:đã\s+|lại\s+|tiếp\s+tục\s+)?"
                               r"(?:được\s+(?:(?:tín\s+nhiệm|cấp\s+trên|Đảng\s+ủy|chi\s+bộ|bà\s+con)\s+)?"
                               r"(?:bầu|phân\s+công|điều\s+động|bổ\s+nhiệm|giao|cử|chỉ\s+định)(?:\s+về)?\s+)?"
                               r"(?:làm|giữ\s+chức(?:\s+vụ)?|là)\s+$")


_INTRODUCED = regex.compile(r"(?<![\p{L}\p{M}])(ông|bà|anh|chị)\s+$", regex.I)


def _pronouns_for(text: str, person: Person) -> frozenset[str]:
    """The pronouns that can later stand for a person: the word the text introduced them with
    ("anh Lò Văn Sinh" is "anh", not "ông"); else "bà"/"chị" for a "Thị" name, "ông"/"anh" otherwise."""
    m = _INTRODUCED.search(text, max(0, person.start - 6), person.start)
    if m:
        return frozenset((m.group(1).lower(),))
    return frozenset(("bà", "chị")) if "Thị" in person.name.split()[1:-1] else frozenset(("ông", "anh"))


def _pronoun_chains(s: Sentence, chains: list[list[Post]], p: PeoplePatterns) -> list[tuple[list[Post], str]]:
    """The chains of posts a sentence that names nobody gives a pronoun opening its clause ("…, chị
    được điều về nhận chức …"), with that pronoun: posts of the one person named just before whom
    the pronoun fits (how that person was introduced)."""
    out = []
    for c in chains:
        c0 = c[0].start - s.start
        m = _PRONOUN_TAKES.search(s.text, max(0, c0 - 60), c0)
        if m and not _NOMINATED.search(s.text[max(0, c0 - 60):c0]):
            out.append((c, m.group("pron").lower()))
    return out


def _capacity_chains(s: Sentence, chains: list[list[Post]]) -> list[list[Post]]:
    head = _CAPACITY.match(s.text)
    if head is None:
        return []
    return [c for c in chains if c[0].start - s.start == head.end() and _PRONOUN.match(s.text, c[-1].end - s.start)]


def _read_sentence(doc: Doc, s: Sentence, p: PeoplePatterns, index: dict,
                   leftover: list | None = None) -> list[Person]:
    text = s.text
    orgs = index.get(("organization", s.index), [])
    places = index.get(("place", s.index), [])
    deputies = _deputies(doc, s, p) if ("ĐB" in text or "biểu" in text) and doc.context.get("assembly") else []
    low = lowered(text)
    honorific_at = p.gate_honorific.starts(low)
    title_at = p.gate_title.starts(low)
    if title_at and ("/" in text or "-" in text):  # "số 12/CT-UBND": a part of a code, no title
        title_at = [i for i in title_at if not (i and text[i - 1] in "-/" and _CODE_PART.match(text, i))]
    listed = _names_listed(text, p) if "gồm" in text else []
    if not honorific_at and not title_at and not listed:
        return deputies
    org_at = {m.start - s.start: m for m in orgs}

    def covered(a: int, b: int) -> bool:
        return any(m.start - s.start < b and m.end - s.start > a for m in orgs + places)

    # posts: a title, then (after spaces) an organization mention, chained by commas
    posts: list[Post] = _village_heads(doc, s, places)
    if "oàn đại biểu" in text or "oàn Đại biểu" in text or "oàn ĐBQH" in text:
        posts += _delegation_heads(doc, s)
    heads_at = {q.start - s.start for q in posts}
    bare: list[tuple[int, int, str]] = []  # titles with no organization written after them
    for m in matches_at(p.title, text, title_at):
        if m.start() in heads_at:
            continue  # "Trưởng thôn X", "Phó trưởng thôn X": read above
        if _COMMAND_WORD.search(text, max(0, m.start() - 4), m.start()):
            continue  # "Bộ Tư lệnh Quân khu 2": the command's name, no title
        title = " ".join(m.group("title").split())
        title = p.canon.get(fold(title), title)
        org = None
        t_end = m.end()
        # the organization may start inside the title ("Trưởng Ban Tổ chức ...")
        inner = [o for o in orgs if m.start() <= o.start - s.start < m.end()]
        if inner:
            org = inner[0]
            if fold(title) in {fold(k) for k in p.member_titles}:
                title = "Ủy viên"
            t_end = max(m.end(), org.end - s.start)
        else:
            i = m.end()
            while i < len(text) and text[i] == " ":
                i += 1
            org = org_at.get(i)
            if org is None and "phụ trách" in text:
                org = _in_charge_of(text, m.end(), title, org_at)
            if org is not None:
                t_end = org.end - s.start
        if org is None and fold(title) in _OWN_BODY:
            org = _own_body(doc, s, _OWN_BODY[fold(title)], s.start + m.start(), s.start + m.end())
        if org is None or org.iri is None:
            bare.append((m.start(), m.end(), title))
            continue
        if title == "Bí thư" and (org.attrs.get("name") == _CENTRAL_COMMITTEE or org.attrs.get("name") == "Ban Bí thư"
                                  and not org.text.startswith("Ban")):
            title = "Bí thư Trung ương Đảng"  # a secretary of the Central Committee: a title of its own
        elif title == "Ủy viên" and org.attrs.get("name") == _CENTRAL_COMMITTEE:
            title = "Ủy viên Trung ương Đảng"  # a member of the Central Committee: the post's own name
        former = _former_before(text, m.start(), p)
        posts.append(Post(title, org, s.start + m.start(), s.start + t_end, former))
    if bare and posts:
        posts = _agency_heads(doc, s, p, bare, posts)
    if bare and p.heads_of:
        posts, bare = _heads_of_named(doc, s, p, bare, posts)
    if "ảng ủy" in text or "ảng uỷ" in text:
        posts, bare = _agency_committees(doc, s, p, bare, posts)
    if bare and posts:
        posts, bare = _elided_committee(doc, s, p, bare, posts)
    if posts and ("ủy viên" in text or "uỷ viên" in text or "Ủy viên" in text):
        posts, bare = _members_by_title(doc, s, p, bare, posts)
    if bare:
        posts, bare = _cell_members(s, index, bare, posts)
    if any(q.org.label == "village_body" for q in posts):
        posts, bare = _village_cells(doc, s, p, bare, posts)
    if (p.standing or p.member_levels) and any(fold(t) in p.standing or fold(t) in p.member_levels
                                               for t in [t for _, _, t in bare] + [q.title for q in posts]):
        posts, bare = _committee_members(doc, s, p, bare, posts)
    posts.sort(key=lambda q: q.start)
    # chains of posts joined by commas / "kiêm"
    chains: list[list[Post]] = []
    for post in posts:
        if chains:
            last = chains[-1][-1]
            gap = text[last.end - s.start:post.start - s.start]
            if p.chain_sep.fullmatch(gap) and ";" not in gap or _and_is(text, last.end - s.start, post.start - s.start, p, bare):
                chains[-1].append(post)
                continue
        chains.append([post])
    # "nguyên Bí thư Thị ủy kiêm Chủ tịch UBND thị xã X", "cựu Tỉnh ủy viên, Giám đốc Sở Y": the
    # posts chained after a former one were held then too (present posts come first). Across a
    # comma only where no post after the chain's first is marked on its own ("nguyên A, nguyên B,
    # C" and "A, nguyên B, C": C is held, each former post marked where it is written) and
    # never into an association ("nguyên Phó Chủ tịch HĐND tỉnh, Chủ tịch Hội Khuyến học tỉnh")
    for chain in chains:
        marked = any(q.former for q in chain[1:])
        for before, post in zip(chain, chain[1:]):
            if post.former or not before.former:
                continue
            gap = text[before.end - s.start:post.start - s.start]
            post.former = "kiêm" in gap or not marked and not _association(post.org)

    people: list[Person] = list(deputies)
    taken: list[tuple[int, int]] = [(x.start - s.start, x.end - s.start) for x in deputies]

    def add(name: str, a: int, b: int) -> Person:
        for person in people:
            if person.start == s.start + a:
                return person
        person = Person(name, s.start + a, s.start + b)
        people.append(person)
        taken.append((a, b))
        return person

    org_starts = {m.start - s.start for m in orgs}
    for a, b in listed:
        if not covered(a, b):
            add(text[a:b], a, b)
    for m in matches_at(p.honorific_name, text, honorific_at):
        name = _trim(m.group("pname"), m.start("pname"), text, p, org_starts)
        a = m.start("pname")
        b = a + len(name)
        # "Tiến sĩ Quản lý công": a degree's subject, unless a name
        degree = _is_degree(text[m.start():m.start("field") if m.group("field") else a])
        if (_degree_name(name, m.group("field"), p, text[b:]) if degree else _valid_name(name, p, strict=False)) \
                and not covered(a, b):
            add(name, a, b)
    for w in p.cap_word.finditer(text):
        if w.group() not in p.surnames:
            continue
        m = p.bare_name.match(text, w.start())
        if m is None:
            continue
        name = _trim(m.group("pname"), m.start("pname"), text, p, org_starts)
        a = m.start("pname")
        b = a + len(name)
        if any(x < b and a < y for x, y in taken) or not _valid_name(name, p, strict=True) or covered(a, b):
            continue
        # a bare name counts only next to a post: "X, Bí thư ..." or "... Huyện ủy X"
        after = p.after_name.match(text, b)
        nxt = after.end() if after else None
        follows_chain = any(c[-1].end - s.start <= a and (_posts_then_name(text, c[-1].end - s.start, a, s, places, p,
                                                                            honorific=False)
                            or _SHARED_LIST.fullmatch(text[c[-1].end - s.start:a]) is not None
                            and _SHARED_HOLDERS.search(text, max(0, c[0].start - s.start - 24), c[0].start - s.start))
                            for c in chains)
        # "các ông X và Y": a second name joined to one just read
        joined = any(x.end - s.start < a and _rx(r"\s*(?:và|,)\s*").fullmatch(text[x.end - s.start:a])
                     for x in people)
        if (nxt is not None and p.title.match(text, nxt)) or follows_chain or joined:
            add(name, a, b)
    people.sort(key=lambda x: x.start)
    # attach chains: after a name ("X, Bí thư ..."), else before a name ("Bí thư ... X")
    used: set[int] = set()
    for ci, chain in enumerate(chains):
        c0 = chain[0].start - s.start
        if _NOMINATED.search(text[max(0, c0 - 60):c0]):
            used.add(ci)  # "giới thiệu để HĐND bầu giữ chức Chủ tịch UBND": put forward, not held yet
    for person in people:
        a, b = person.start - s.start, person.end - s.start
        for ci, chain in enumerate(chains):
            if ci in used:
                continue
            c0 = chain[0].start - s.start
            if c0 >= b and p.after_name.fullmatch(text[b:c0]) is not None or (c0 >= b and text[b:c0].strip() == "") \
                    or (c0 >= b and bare and _over_bare_titles(text, b, c0, p, bare)):
                person.posts += chain
                used.add(ci)
                if _SHARED_VERB.fullmatch(text, b, c0):
                    _share_with_joined(text, s, people, person, chain)
                break
    listed: tuple[Person, list[Post]] | None = None  # "hai Phó Chủ tịch UBND xã là các ông A và B"
    for person in people:
        if person.posts:
            continue
        a = person.start - s.start
        if listed is not None and _JOINED.fullmatch(text[listed[0].end - s.start:a]):
            person.posts += listed[1]
            listed = (person, listed[1])
            continue
        for ci, chain in enumerate(chains):
            if ci in used:
                continue
            ce = chain[-1].end - s.start
            if ce <= a and _posts_then_name(text, ce, a, s, places, p):
                person.posts += chain
                used.add(ci)
                break
            if ce <= a and _HOLDERS_NAMED.fullmatch(text[ce:a]):
                person.posts += chain
                used.add(ci)
                listed = (person, chain)
                break
    # "Các Phó Chủ tịch huyện gồm bà A, Trưởng Ban X; ông B và bà C": a title a body has
    # several holders of, in the plural, heading a list after "gồm": every person of the list
    # holds it, besides the posts written after their own names
    if "gồm" in text:
        for ci, chain in enumerate(chains):
            if ci in used or not _MANY_HOLDERS.match(chain[0].title):
                continue
            c0, ce = chain[0].start - s.start, chain[-1].end - s.start
            head = _LIST_HEAD.match(text, ce)
            if head is None or not _PLURAL_HEAD.search(text[max(0, c0 - 12):c0]):
                continue
            at, holders, seps = head.end(), [], []
            for x in people:
                if x.start - s.start != at:
                    continue
                holders.append(x)
                if seps and "và" in seps[-1]:
                    break  # "… ông A và bà B; ông C, Chánh Văn phòng …": the "và" closed the list
                own = [q.end - s.start for q in x.posts if q.start >= x.end]
                nxt = _LIST_NEXT.match(text, max([x.end - s.start] + own))
                if nxt is None:
                    break
                sep = nxt.group()
                if ";" in sep and "và" not in sep and not own and not (seps and ";" in seps[-1]):
                    break  # "… đồng chí A, đồng chí B; đồng chí C là …": a semicolon after a comma list opens a clause
                seps.append(sep)
                at = nxt.end()
            for x in holders:
                x.posts[:0] = _copies(chain)
            if holders:
                used.add(ci)
    # "các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: A, Trưởng Ban …; B, …": a post shared by
    # every person the list after the colon names
    if ":" in text:
        for ci, chain in enumerate(chains):
            if ci in used:
                continue
            c0, ce = chain[0].start - s.start, chain[-1].end - s.start
            colon = _SHARED_LIST.match(text, ce)
            if colon is None or not _SHARED_HOLDERS.search(text, max(0, c0 - 24), c0):
                continue
            stop = text.find(":", colon.end())
            listed = _listed_after(text, colon.end(), len(text) if stop < 0 else stop, people, s.start)
            for x in listed:
                x.posts[:0] = _copies(chain)
            if listed:
                used.add(ci)
    # "Đoàn công tác của X do đồng chí A, … làm trưởng đoàn": A heads the delegation
    if "oàn" in text:
        for m in _LEADS.finditer(text):
            deleg = [o for o in orgs if o.end - s.start <= m.start() and _DELEGATION_NAME.match(str(o.attrs.get("name", "")))]
            if not deleg:
                continue
            head = next((x for x in people if deleg[-1].end <= x.start and x.end - s.start <= m.start()), None)
            if head is not None:
                head.posts.append(Post("Trưởng đoàn", deleg[-1], s.start + m.start("t"), s.start + m.end()))
    # appointments later in the sentence: "... giữ chức Giám đốc Sở Nội vụ" -> the last person named before
    for ci, chain in enumerate(chains):
        if ci in used:
            continue
        c0 = chain[0].start - s.start
        if p.appoint.search(text[max(0, c0 - 25):c0]):
            before = [x for x in people if x.end - s.start <= c0]
            if before:
                before[-1].posts += chain
                used.add(ci)
                # "bà A và ông B được bầu giữ chức Phó Bí thư …": each person joined to the last
                # one, with no post of their own, is given the same post
                k = len(before) - 1
                while k > 0 and not before[k - 1].posts and _JOINED.fullmatch(
                        text[before[k - 1].end - s.start:before[k].start - s.start]):
                    k -= 1
                    before[k].posts += _copies(chain)
    # "cách chức Chủ tịch UBND xã X đối với ông A": the post A holds, named before A
    for ci, chain in enumerate(chains):
        if ci in used or "đối" not in text:
            continue
        after = _TOWARDS.match(text, chain[-1].end - s.start)
        held = next((x for x in people if after is not None and x.start - s.start == after.end()), None)
        if held is not None:
            held.posts += chain
            used.add(ci)
    if bare:
        _share_listed_body(text, s, p, people, bare)
    _share_named_body(text, s, people)
    if "thay" in text:  # "A giữ chức Bí thư Huyện ủy X thay cho ông B": B held the post before A
        for chain in chains:
            c0 = chain[0].start - s.start
            after = _SUCCEEDS.match(text, chain[-1].end - s.start)
            if after is None or not any(chain[-1] in x.posts for x in people) \
                    or not p.appoint.search(text[max(0, c0 - 25):c0]):
                continue  # "A, Chủ tịch UBND xã thay ông B trả lời": speaking for B, not succeeding him
            held = next((x for x in people if x.start - s.start == after.end()), None)
            if held is not None and not held.posts:
                # (the post is his up to the handover the report tells: no "nguyên" says he left it before)
                held.posts += [Post(q.title, q.org, q.start, q.end, handed_over=True) for q in chain]
    if "tham gia" in text:
        _joined_committees(doc, s, people)
    if leftover is not None:
        leftover += [c for ci, c in enumerate(chains) if ci not in used]
    return people


# "A, B và C cùng là Phó Chủ tịch …": a verb, not a comma, between the last name and the posts
_SHARED_VERB = regex.compile(r"\s+(?:là|giữ\s+chức(?:\s+vụ)?|làm)\s+")
# the plural opening a list of holders: "các ông, bà", "các đồng chí", "những chị"
_PLURAL_OPENER = regex.compile(r"(?<![\p{L}\p{M}])(?:các|những)\s+(?:đồng\s+chí|ông|bà|anh|chị)"
                               r"(?:\s*(?:,|và)\s*(?:ông|bà|anh|chị))?\s*$", regex.I)
# titles a body has several holders of at once
_MANY_HOLDERS = regex.compile(r"(?:Phó|Ủy\s+viên|Uỷ\s+viên|Thành\s+viên)(?![\p{L}\p{M}])", regex.I)


def _share_with_joined(text: str, s: Sentence, people: list[Person], person: Person, chain: list[Post]) -> None:
    """"các ông, bà A, B, C được bầu làm …", "A và B là Phó Chủ tịch …": the people joined to the
    one a post is said of by commas or "và", with no post of their own, hold the same post — when
    a plural opens the list or every post is one a body has several holders of."""
    k = people.index(person)
    while k > 0 and not people[k - 1].posts and _JOINED.fullmatch(
            text[people[k - 1].end - s.start:people[k].start - s.start]):
        k -= 1
    if k == people.index(person):
        return
    a = people[k].start - s.start
    if not (_PLURAL_OPENER.search(text, max(0, a - 25), a) or all(_MANY_HOLDERS.match(q.title) for q in chain)):
        return
    for other in people[k:people.index(person)]:
        other.posts += _copies(chain)


# "…, gồm: Lê Thị A; Nguyễn Văn B và Vũ Trọng C.": a list of full names and nothing else
_FULL_NAME = rf"{PSYL}(?:[ \t]+{PSYL}){{2,3}}"
_NAMES_LIST = regex.compile(rf"(?<![\p{{L}}\p{{M}}])gồm\s*:\s*(?P<items>{_FULL_NAME}(?:\s*(?:[,;]|,?\s*và)\s*{_FULL_NAME})+)"
                            r"\s*(?:[.;:]|$)")
_NAME_ITEM = regex.compile(_FULL_NAME)


# what a list of people is said to be before its "gồm": "ba đồng chí", "các bị cáo", "hai trường hợp"
_LIST_OF_PEOPLE = regex.compile(r"(?<![\p{L}\p{M}])(?:đồng\s+chí|ông|bà|anh|chị|bị\s+cáo|bị\s+can|trường\s+hợp|"
                                r"đảng\s+viên|ủy\s+viên|uỷ\s+viên|cán\s+bộ|người|thành\s+viên|đại\s+biểu|"
                                r"cá\s+nhân|nhân\s+sự)(?![\p{L}\p{M}])", regex.I)
# what a list of places, streets or institutions is said to be: "ba phường", "các tuyến phố", "các trường"
_LIST_OF_PLACES = regex.compile(r"(?<![\p{L}\p{M}])(?:các|những|\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mấy)\s+"
                                r"(?:phường|xã|thị\s+trấn|thôn|bản|xóm|ấp|làng|buôn|tổ\s+dân\s+phố|"
                                r"khu\s+phố|tiểu\s+khu|khu\s+dân\s+cư|đơn\s+vị|địa\s+bàn|huyện|quận|tỉnh|"
                                r"thành\s+phố|phố|đường|tuyến|ngõ|hẻm|trường|cầu|công\s+trình|tên|bệnh\s+viện|"
                                r"trạm|nhà\s+văn\s+hóa|di\s+tích|đền|chùa|lớp)(?![\p{L}\p{M}])", regex.I)


def _names_listed(text: str, p: PeoplePatterns) -> list[tuple[int, int]]:
    """The spans of the names a list after "gồm:" gives, when every item of it is a person's
    full name (family name, a name's middle word, three or four words): a list of villages,
    streets or bodies names nobody. Unless the clause before "gồm" calls them people ("ba đồng
    chí gồm:"), a clause calling them places, streets or schools, or an item the gazetteer knows
    as a unit ("gồm: Hoàng Văn Thụ, …" of wards), makes the list no people."""
    out = []
    for m in _NAMES_LIST.finditer(text):
        items = list(_NAME_ITEM.finditer(text, m.start("items"), m.end("items")))
        if not all(_valid_name(x.group(), p, strict=True) and x.group().split()[1] in _NAME_SECOND | {"Thanh"}
                   for x in items):
            continue
        a = max(text.rfind(c, 0, m.start()) for c in ".;:") + 1
        clause = text[max(a, m.start() - 100):m.start()]
        if not _LIST_OF_PEOPLE.search(clause) and (
                _LIST_OF_PLACES.search(clause) or any(gazetteer().lookup(x.group()) for x in items)):
            continue
        out += [(x.start(), x.end()) for x in items]
    return out


# "giới thiệu (để HĐND huyện) bầu giữ chức …", "được giới thiệu ứng cử …": the post a person is
# put forward for, which an election gives or not
_NOMINATED = regex.compile(r"(?<![\p{L}])giới\s+thiệu(?:\s+để)?(?:\s+[^\s,;.:]+){0,5}?\s+(?:bầu|ứng\s+cử)"
                           r"(?:\s+(?:giữ|làm|vào))?(?:\s+chức(?:\s+(?:danh|vụ))?)?\s*$")
# "các đồng chí (là) <posts>: A, …; B, …": the holders a shared post lists after a colon
_SHARED_HOLDERS = regex.compile(r"(?<![\p{L}])(?:các|những)\s+(?:đồng\s+chí|ông|bà|vị)(?:\s+là)?\s+$")
_SHARED_LIST = regex.compile(r"\s*:\s*")
# what may stand between one listed person and the next: a separator, "và", a form of address
_LIST_GAP = regex.compile(r"[\s,;]*(?:và\s+)?(?:(?:đồng\s+chí|đ/c|ông|bà)\s+)?", regex.I)


def _listed_after(text: str, begin: int, end: int, people: list, offset: int) -> list:
    """The people a list names from begin to end, each right after a separator, "và" or the
    one before: the list ends at the first person led in by other words ("…; cùng lãnh đạo
    huyện, ông C", "…; đại diện các sở có ông D"), who is a guest of another kind."""
    listed, at = [], begin
    sep = ";" if ";" in text[begin:end] else ","
    for x in sorted(people, key=lambda x: x.start):
        a = x.start - offset
        if a < begin or a >= end:
            continue
        last = text.rfind(sep, at, a)
        gap_from = max(at, last + 1) if last >= 0 else at
        if _LIST_GAP.fullmatch(text, gap_from, a) is None:
            break
        listed.append(x)
        at = x.end - offset
    return listed
# "Phó Chủ nhiệm Thường trực phụ trách UBKT Thành ủy": the organ the deputy runs, when it is one
# that title heads (not "Phó Bí thư phụ trách xã X", a district deputy in charge of a commune)
_IN_CHARGE = regex.compile(r"\s+phụ\s+trách\s+")
_HEADED_KINDS = {"chủ nhiệm": {"inspection_committee"},
                 "trưởng ban": {"organization_commission", "propaganda_commission", "mass_mobilization_commission"}}


def _in_charge_of(text: str, at: int, title: str, org_at: dict):
    """The organ named right after "phụ trách" at ``at`` when ``title`` is a post that heads it
    ("Phó Chủ nhiệm Thường trực phụ trách UBKT …"), else None."""
    m = _IN_CHARGE.match(text, at)
    if m is None:
        return None
    org = org_at.get(m.end())
    t = fold(title)
    kinds = next((k for head, k in _HEADED_KINDS.items() if head in t), None)
    if org is None or kinds is None or org.attrs.get("kind") not in kinds:
        return None
    return org


_CODE_PART = regex.compile(r"\p{Lu}{2,6}[-/]")


# "… giữ chức Bí thư Huyện ủy X thay cho ông B" / "quyết định cách chức … đối với ông A"
_SUCCEEDS = regex.compile(r"\s*,?\s*thay\s+(?:(?:cho|thế(?:\s+cho)?)\s+)?(?:(?:đồng\s+chí|ông|bà|đ/c)\s+)?")
_TOWARDS = regex.compile(r"\s*,?\s*đối\s+với\s+(?:đồng\s+chí|ông|bà|đ/c)\s+")
_BARE_COMMITTEES = frozenset({"đảng ủy", "đảng bộ", "chi bộ", "chi ủy"})
_AND_NEXT = regex.compile(r"\s*và\s+(?:(?:đồng\s+chí|ông|bà|đ/c)\s+)?")


_PARTY_TITLES = frozenset(fold(t) for t in ("Bí thư", "Phó Bí thư", "Phó Bí thư Thường trực", "Chi ủy viên",
                                              "Đảng ủy viên", "Ủy viên Ban Thường vụ"))
_PARTY_KINDS = frozenset({"party_cell", "party_committee"})
_TITLE_GAP = regex.compile(r"\s*(?:[,:\-–—]|\s+làm|\s+là|\s+giữ\s+chức(?:\s+vụ)?)\s*")
_LIST_JOIN = regex.compile(r"\s*(?:,|;|và|,\s*và)\s*(?:(?:các\s+)?(?:đồng\s+chí|ông|bà|đ/c)\s+)?")


def _share_listed_body(text: str, s: Sentence, p: PeoplePatterns, people: list[Person], bare: list) -> None:
    """"bầu đồng chí A giữ chức Bí thư Chi bộ X, đồng chí B – Phó Bí thư và đồng chí C – Chi ủy
    viên": a party title left without its body, in a list of people next to a post in a party
    cell or committee, is a post in that body (the list's, whether named first or last)."""
    starts = {a: (b, t) for a, b, t in bare if fold(t) in _PARTY_TITLES}
    if not starts:
        return
    own: dict[int, tuple[int, str]] = {}  # person index -> (end, title) of the bare title after the name
    for i, y in enumerate(people):
        if y.posts:
            continue
        e = y.end - s.start
        a = next((x for x in starts if e <= x <= e + 24 and _TITLE_GAP.fullmatch(text[e:x])), None)
        if a is not None:
            own[i] = (a,) + starts[a]
    if not own:
        return
    for order in (range(len(people)), range(len(people) - 1, -1, -1)):
        for i in order:
            if i not in own or people[i].posts:
                continue
            a, b, title = own[i]
            y = people[i]
            if order.step == 1 and i > 0 and people[i - 1].posts:
                q = people[i - 1].posts[-1]
                ok = q.end <= y.start and _LIST_JOIN.fullmatch(text[q.end - s.start:y.start - s.start])
            elif order.step == -1 and i + 1 < len(people) and people[i + 1].posts:
                q = people[i + 1].posts[0]
                ok = _LIST_JOIN.fullmatch(text[b:people[i + 1].start - s.start])
            else:
                continue
            if ok and q.org.attrs.get("kind") in _PARTY_KINDS:
                y.posts.append(Post(title, q.org, s.start + a, s.start + b))


def _share_named_body(text: str, s: Sentence, people: list[Person]) -> None:
    """"A, Đảng ủy viên và B, Phó Bí thư Đảng ủy xã X": the committee written bare for the first
    is the one the second's post names, both joined by "và"."""
    for x, y in zip(people, people[1:]):
        if not x.posts or not y.posts or x.posts[-1].end > y.start:
            continue
        last, first = x.posts[-1], y.posts[0]
        if fold(last.org.text) not in _BARE_COMMITTEES or fold(first.org.text) in _BARE_COMMITTEES \
                or last.org.attrs.get("kind") != first.org.attrs.get("kind") or last.org.iri == first.org.iri:
            continue
        if _AND_NEXT.fullmatch(text[last.end - s.start:y.start - s.start]):
            x.posts[-1] = Post(last.title, first.org, last.start, last.end, last.former)


def component() -> Component:
    return Component()
