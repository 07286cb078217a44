"""Organizations: party bodies at every level, and the government, mass, military and public
bodies an article names, each resolved to one IRI (kind + place key).

Runs after ``places`` (whose place mentions and ``doc.context["focus"]`` it uses when present)
and before ``directives``/``people``/``outcomes``, which read the organization mentions and
``doc.context["main_org"]`` (the article's focal territorial party organization). Patterns
are data (``data/org_patterns.yaml``); a party organization and its executive committee
("Đảng ủy xã X", "Ban Chấp hành Đảng bộ xã X") are one body labelled "Đảng bộ xã X".
"""

from __future__ import annotations

import bisect
from collections import Counter
import unicodedata
import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import ahocorasick
import regex
import yaml

from ..ontology.keys import COMMITTEE_UNITS, fold, modern_tones
from ..ontology.terms import ORG, PKG, RDF, RDFS, SCHEMA, SKOS, concept, lit, organization_iri
from .document import Doc, Mention, Sentence
from .places import _ABBREV as PLACE_ABBREVIATIONS, captions

DATA = Path(__file__).with_name("data")
ADMIN_UNITS = ("tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn")
VILLAGE_UNITS = ("bản", "thôn", "tổ dân phố", "tiểu khu", "khu phố", "ấp", "xóm", "buôn", "làng", "khối", "tổ")
UNIT_LEVEL = {"tỉnh": "province", "thành phố": "district", "huyện": "district", "quận": "district",
              "thị xã": "district", "xã": "commune", "phường": "commune", "thị trấn": "commune"}
UNIT_RANK = {"province": 0, "district": 1, "commune": 2, "village": 3}
CENTRAL_CITIES = {"hà nội", "hồ chí minh", "hải phòng", "đà nẵng", "cần thơ", "huế"}
PARTY_HEAD_UNIT = {f"{word} ủy": unit for word, unit in COMMITTEE_UNITS.items()}
COMMITTEE_FORM = {"tỉnh": "Tỉnh ủy", "thành phố": "Thành ủy", "huyện": "Huyện ủy", "quận": "Quận ủy",
                  "thị xã": "Thị ủy", "xã": "Đảng ủy xã", "phường": "Đảng ủy phường",
                  "thị trấn": "Đảng ủy thị trấn"}


# ----------------------------------------------------------------------------- patterns

def committee_place(name: str) -> str:
    """The place as the name of a committee's organ writes it: "Ban Tổ chức Thành ủy TP. Hồ Chí
    Minh" (the city's name alone is the leader's; the press never writes it bare after "Thành ủy")."""
    return "TP. Hồ Chí Minh" if name == "Hồ Chí Minh" else name


def v(phrase: str) -> str:
    """A phrase as a regex that accepts old tone placement, Ð for Đ and any spacing."""
    out = regex.escape(phrase)
    for new, alt_ in (("ủy", "(?:ủy|uỷ)"), ("Ủy", "(?:Ủy|Uỷ)"), ("hòa", "h(?:òa|oà)"), ("Hòa", "H(?:òa|oà)"),
                      ("Đ", "[ĐÐ]"), ("đ", "[đð]")):
        out = out.replace(new, alt_)
    return out.replace(r"\ ", r"\s+").replace(" ", r"\s+")


def alt(phrases, first_either: bool = False) -> str:
    """An alternation of phrases, longest first; optionally with either case of the first letter."""
    forms = set(phrases)
    if first_either:
        forms |= {f[:1].lower() + f[1:] for f in phrases} | {f[:1].upper() + f[1:] for f in phrases}
    return "(?:" + "|".join(v(p) for p in sorted(forms, key=len, reverse=True)) + ")"


def short_key(iri) -> str:
    """The part of one of the project's IRIs after ``/id/`` ("place/14"): keys built on an
    entity stay short and readable in the IRIs minted from them."""
    value = getattr(iri, "value", str(iri))
    return value.split("/id/", 1)[-1]


@functools.lru_cache(maxsize=256)  # pure; the places, organization and people passes each lower a sentence
def lowered(text: str) -> str:
    """The sentence in lower case with modern tones and Đ for Ð: same length, same offsets."""
    return modern_tones(text.lower()).replace("ð", "đ")


class Gate:
    """Does a lower-cased sentence contain one of these words (as whole words)? An
    Aho-Corasick pass that spares the big alternations the sentences that cannot match."""

    def __init__(self, phrases) -> None:
        self.auto = ahocorasick.Automaton()
        for ph in {lowered(p) for p in phrases if p}:
            self.auto.add_word(ph, len(ph))
        self.auto.make_automaton()

    def __call__(self, low: str) -> bool:
        return bool(self.starts(low, first=True))

    def starts(self, low: str, first: bool = False) -> list[int]:
        """Where the phrases start, as whole words, in reading order."""
        n = len(low)
        out: set[int] = set()
        for end, length in self.auto.iter(low):
            start = end - length + 1
            if (start == 0 or not low[start - 1].isalpha()) and (end + 1 >= n or not low[end + 1].isalpha()):
                out.add(start)
                if first:
                    break
        return sorted(out)


def matches_at(rx, text: str, starts: list[int]):
    """The matches of a pattern that begins at one of these offsets (non-overlapping)."""
    end = -1
    for st in starts:
        if st < end:
            continue
        m = rx.match(text, st)
        if m is not None and m.end() > m.start():
            end = m.end()
            yield m


SYL = r"(?:\p{Lu}[\p{Ll}\p{M}'’]*(?:(?<=['’])\p{Lu}[\p{Ll}\p{M}]*)?(?:-\p{Lu}[\p{Ll}\p{M}]*)?|\d{1,3}[A-Z]?)"
# (a syllable may join a capital after an apostrophe: "Ch’Ơm", "Tr’Hy")
# a name never runs on into the next body's head when a full stop is missing: "… xã Phước An Chi bộ …"
_NEXT_BODY = r"(?:Chi|[ĐÐ]ảng)[ \t]+(?:bộ|ủy|uỷ|đoàn|hội)(?![\p{L}\p{M}])"
NAME = rf"(?:{SYL}(?:[ \t]+(?!{_NEXT_BODY}){SYL}){{0,5}})(?![\p{{L}}\p{{M}}\d])"
# A name that may end with one upper-case letter ("Trường Xuân A") but never with a lone number
# run into the next word.
WB = r"(?![\p{L}\p{M}\d])"


@dataclass
class Patterns:
    gates: dict
    sector_canon: dict
    tpc: Any
    organ: Any
    central: Any
    office: Any
    body: Any
    sector: Any
    cell: Any
    school: Any
    committee: Any
    unit_name: Any
    plural_before: Any
    organs: dict
    bodies: dict
    central_forms: dict
    committees: dict
    sector_heads: dict
    surnames: frozenset
    centre: Any = None
    coop: Any = None
    centre_kinds: dict = field(default_factory=dict)
    school_level: dict = field(default_factory=dict)
    shared_unit: Any = None
    organ_place: Any = None
    more_places: Any = None
    title_unit: Any = None
    committee_topics: list = field(default_factory=list)
    ministry: Any = None


@functools.lru_cache(maxsize=1)
def _data() -> dict:
    """org_patterns.yaml, read once."""
    return yaml.safe_load((DATA / "org_patterns.yaml").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def patterns() -> Patterns:
    """Compile the pattern data once, on first use."""
    d = _data()
    names = yaml.safe_load((DATA / "posts.yaml").read_text(encoding="utf-8"))
    # an association's name after "Hội" is often printed in lower case ("Hội phụ nữ xã X")
    for b in d["bodies"]:
        if b["kind"] == "mass_organization":
            b["forms"] = list(b["forms"]) + [f[:4] + f[4:].lower() for f in b["forms"]
                                             if f.startswith("Hội ") and f[4:].lower() != f[4:]
                                             and not regex.search(r"\p{Lu}{2}", f) and f[:4] + f[4:].lower() not in b["forms"]]
    # "TP Hồ Chí Minh", and the press's abbreviations "H.Nghĩa Hành", "TT.Chợ Chùa", "TX.", "TP."
    admin = alt(list(ADMIN_UNITS), first_either=True)[:-1] + r"|TP\.?|TT\.|TX\.|H\.)"
    # "tổ" names a village group only before its number or name ("tổ 5"), never in "tổ chức"
    village = alt([u for u in VILLAGE_UNITS if u != "tổ"])[:-1] + r"|tổ(?=[ \t]+(?:\d|\p{Lu})))"
    heads = [h["head"] for h in d["party_committee_heads"]]
    # "Huyện Ủy", "Tỉnh Ủy": the committee written with a capital, as the press often does
    heads += [h.replace(" ủy", " Ủy") for h in heads if regex.fullmatch(r"\p{Lu}\S* ủy", h)]
    agency_words = alt(d["agency_words"])
    # an agency's own name: capitalised words, the first of which may run on in lower case up
    # to a boundary ("Tổng cục Xây dựng lực lượng (XDLL)", "Cục Hải quan TP Hồ Chí Minh")
    cap = r"\p{Lu}[\p{Ll}\p{M}]*"
    stop = rf"{alt(d['not_in_names'])}{WB}"
    lower = rf"(?!{stop})[\p{{Ll}}\p{{M}}]+"
    # "Chi bộ Trường THCS và Chi bộ Trường Mầm non": "và" before a body's head joins two bodies
    next_body = (r"(?:Chi\s+bộ|Đảng\s+bộ|Đảng\s+ủy|Trường|Trạm|Ban|Hội|UBND|HĐND|Ủy\s+ban|Công\s+an|"
                 r"Phòng|Sở|Trung\s+tâm|Bệnh\s+viện|Đoàn|Cơ\s+quan|Chi\s+nhánh|Kho\s+bạc|Ngân\s+hàng|Hạt|Bảo\s+hiểm)\b")
    # only the first word after the agency word may run on in lower case (its field)
    field = rf"(?:\s+{cap}(?:\s+{lower}){{1,5}}(?=\s*[,.;:()–-]|\s+\p{{Lu}}|\s*$|\s+{stop}))?"
    # "… LĐLĐ Thành phố Hà Nội": a unit word ends the agency's own name, even capitalised
    agtail = (rf"{field}(?:\s+(?!(?i:thành\s+phố|thị\s+xã|thị\s+trấn){WB})(?:{cap}\s+{lower}\s+nhân\s+dân{WB}|\([A-ZĐ]{{2,}}\)(?=\s+\p{{Lu}})"  # "… (XDLL) Công an nhân dân"
              rf"|{agency_words}{WB}"
              # an organ of a party committee: "Chi bộ Ban Dân vận Tỉnh ủy", "Văn phòng Huyện ủy"
              rf"|(?:Tỉnh|Huyện|Thành|Quận|Thị|[ĐÐ]ảng)\s+(?:ủy|uỷ){WB}"
              rf"|{cap}(?:\s+{lower}){{1,3}}(?=\s+\p{{Lu}}|\s+\([A-ZĐ]{{2,}}\))"
              rf"|{cap}{WB}|(?<=(?:non|học|giáo|THCS|THPT|TH|MN)\s+)\d{{1,2}}/\d{{1,2}}(?![\d/\p{{L}}])|\d+{WB}|[A-ZĐ]{{1,4}}(?:[-&][A-ZĐ]{{1,4}})*&[A-ZĐ]{{1,4}}{WB}|[A-ZĐ]{{2,}}{WB}|và(?=\s+\p{{Lu}})(?!\s+{next_body})|[-–](?=\s+\p{{Lu}})))*")
    tpc = regex.compile(
        rf"(?P<head>{alt(heads, first_either=True)}){WB}"
        rf"(?:\s+(?P<unit>{admin})(?:(?<=\.)|{WB})"
        rf"|\s+(?P<agency>{agency_words}{WB}{agtail}"
        # a central body's branch in a city: "Đảng ủy Khối … Trung ương tại TP. Hồ Chí Minh"
        rf"(?:(?<=Trung\s+ương)\s+tại\s+(?:TP\.?\s*|[Tt]hành\s+phố\s+)?{NAME})?"
        rf"(?:\s+(?P<aunit>{admin})(?:(?<=\.)|{WB})(?:(?:\s+|(?<=\.))(?P<aname>{NAME}))?)?)"
        rf"|\s+(?P<acronym>[A-ZĐ]{{2,}}){WB})?"
        rf"(?:(?:\s+|(?<=\.))(?P<name>{NAME}))?")
    organ_forms = {}
    for o in d["organs"]:
        for f in [o["head"]] + list(o.get("alt") or []):
            organ_forms[fold(f)] = o
    organ = regex.compile(rf"(?P<organ>{alt(organ_forms_keys(d))}){WB}")
    central_forms = {}
    for c in d["central"]:
        for f in c["forms"]:
            central_forms[fold(f)] = c
        central_forms[fold(f[:1].lower() + f[1:])] = c
    central = regex.compile(rf"(?P<central>{alt([f for c in d['central'] for f in c['forms']], first_either=True)}){WB}")
    # agencies of the state named by a department word and their own name ("Cục Hải quan ...")
    office = regex.compile(rf"(?P<office>{alt(d['office_heads'])}){WB}(?P<oname>{agtail})"
                           rf"(?:\s+(?P<unit>{admin})(?:(?<=\.)|{WB})(?:(?:\s+|(?<=\.))(?P<name>{NAME}))?)?")
    body_forms = {}
    for b in d["bodies"]:
        for f in b["forms"]:
            body_forms[fold(f)] = b
    place_tail = (rf"(?:\s+(?P<unit>{admin}|{village})(?:(?<=\.)|{WB})(?:(?:\s+|(?<=\.))(?P<name>{NAME}))?)?")
    body = regex.compile(rf"(?P<body>{alt([f for b in d['bodies'] for f in b['forms']])}){WB}{place_tail}")
    sector_heads = {h["head"]: h for h in d["sector_heads"]}
    # the field may be written in lower case ("phòng kinh tế hạ tầng huyện X")
    # and a two-word field joined by "và" is as often joined by a dash ("Tài nguyên - Môi trường")
    dashed = {x.replace(" và ", " - "): x for x in d["sectors"] if x.count(" và ") == 1 and "," not in x}
    dashed = {k: x for k, x in dashed.items() if fold(k) not in {fold(y) for y in d["sectors"]}}
    sectors = rf"(?i:{alt(list(d['sectors']) + list(dashed))})"
    sector = regex.compile(rf"(?P<shead>{alt(sector_heads)}|phòng)\s+(?P<sector>{sectors}){WB}{place_tail}")
    sector_canon = {fold(x): x for x in d["sectors"]} | {fold(k): x for k, x in dashed.items()}
    # "Lao động, Thương binh và Xã hội" is the sector "Lao động - Thương binh và Xã hội" written with a comma
    sector_canon |= {fold(x): sector_canon[fold(x.replace(", ", " - "))] for x in d["sectors"]
                     if ", " in x and fold(x.replace(", ", " - ")) in sector_canon}
    # a number then "tốt" / "không" / "sạch" names an emulation model ("chi bộ 4 tốt", "chi bộ
    # 3 không"), not a numbered cell; "chi bộ trường MN X": a school's cell, the level capitalised
    # "Trường Tiểu học, THCS và THPT X": one school that teaches several levels, its levels
    # joined by commas or "và" before the school's own name (capitalised, an acronym or a number)
    sw = alt(d["school_words"])
    one = rf"(?:\s*,\s*|\s+và\s+){sw}{WB}(?:\s+{sw}{WB})*"
    joined = rf"(?:{one}(?=(?:{one})*\s+(?:\p{{Lu}}|\d)))*"
    # "Chi bộ Kho bạc Nhà nước huyện X": a public body that stands alone hosts a cell too
    public = alt([f for b in d["bodies"] if b.get("alone") for f in b["forms"]])
    # "Chi bộ Khu phố 5", "Chi bộ Thôn 3": a village's unit written with a capital before its number
    numbered = r"(?:Khu\s+phố|Tổ\s+dân\s+phố|Tiểu\s+khu|Thôn|Ấp|Xóm|Bản|Buôn|Làng)(?=[ \t]+\d)"
    cell = regex.compile(
        rf"(?P<head>[Cc]hi\s+bộ(?:\s+[ĐÐ]ảng(?=\s+{village}{WB})|\s+cơ\s+sở(?=\s+(?:\p{{Lu}}|cơ\s+quan\s+\p{{Lu}})))?){WB}(?:\s+(?:"
        rf"(?P<cnum>(?:số\s+)?\d{{1,3}})(?![\p{{L}}\p{{M}}\d]|[.,/]\d|\s*%|\s+(?:năm|tháng|ngày|đảng|người|chi|tổ|tốt|không|sạch)\b)"
        rf"|(?P<vunit>{village}|khu(?=\s+\p{{Lu}})|{numbered})\s+(?P<vname>{NAME})"
        rf"|(?P<csector>[Pp]hòng\s+{sectors}{WB})"
        rf"|(?P<agency>(?:{_FIRM}(?=\s+(?:\p{{Lu}}|\d))|Trường|trường(?=\s+\p{{Lu}})|Trạm\s+[Yy]\s+tế|Công\s+an|Quân\s+sự|Thanh\s+tra|Sở|(?:[Cc]ác\s+)?[Cc]ơ\s+quan(?=\s+\p{{Lu}})|Cơ\s+quan|[Bb]an|Phòng|Văn\s+phòng|Hội|Đoàn|"
        rf"Ủy\s+ban|UBND|HĐND|Trung\s+tâm|Bệnh\s+viện|Khối|Khoa(?=\s+\p{{Lu}})|{public})(?:\s+{sw}{WB})*{joined}{agtail})(?:\s+(?P<aunit>{admin}|{village})(?:(?<=\.)|{WB})(?:(?:\s+|(?<=\.))(?P<aname>{NAME}))?)?"
        rf"|(?P<bunit>{village}){WB}))?")
    # a college's or university's name opens with its field, written with lower-case words, before
    # its place: "Trường Cao đẳng Y tế X", "Trường Đại học Sư phạm Y", "Trường Cao đẳng Y tế tỉnh"
    sunits = alt(list(ADMIN_UNITS) + [u for u in VILLAGE_UNITS if u != "tổ"])
    # the capitalised words after the field are its place, never a person's name ("Trường Cao đẳng
    # Sư phạm cử Nguyễn Văn A dự lớp": the field ends before the verb)
    sperson = alt([n for n in names["surnames"] if " " not in n])
    sfield = (rf"(?<=(?i:cao\s+đẳng|đại\s+học|trung\s+cấp)\s+){cap}(?:\s+(?!{sunits}{WB}){lower}){{1,3}}"
              rf"(?:(?![ \t]+{sperson}[ \t]+\p{{Lu}})(?:[ \t]+{SYL})+{WB}|(?=\s+{sunits}{WB})"
              # a field of study known as such ends the name before a verb ("Sư phạm cử …")
              rf"|(?<=(?i:sư\s+phạm|y\s+tế|nông\s+lâm|kinh\s+tế|kỹ\s+thuật|văn\s+hóa|nghệ\s+thuật|công\s+nghiệp|"
              rf"nông\s+nghiệp|y\s+dược|công\s+nghệ|xây\s+dựng|thủy\s+lợi|giao\s+thông\s+vận\s+tải))(?=\s+\p{{Ll}}))")
    school = regex.compile(
        rf"(?<![\p{{L}}\p{{M}}])(?<!(?i:môi|thị|chiến|công|hiện|quảng|lập|thương|phi)\s+)(?P<school>[Tt]rường(?:\s+{sw}{WB})+{joined})(?:\s+(?P<sname>\d{{1,2}}/\d{{1,2}}(?![\d/\p{{L}}])|[A-ZĐ]{{2,}}(?:[ \t]+{SYL}){{0,4}}{WB}|{sfield}|{NAME}))?"
        rf"(?:\s+(?P<unit>{admin}|{village})(?:(?<=\.)|{WB})(?:(?:\s+|(?<=\.))(?P<name>{NAME}))?)?")
    committees = {fold(c["head"]): c for c in d["committees"]}
    committee = regex.compile(
        rf"(?P<chead>{alt([c['head'] for c in d['committees']])}){WB}"
        # (a campaign's name in quotes belongs to the phrase: "… và phong trào “Ngày thứ Bảy xanh”")
        rf"(?:\s+(?P<num>\d+){WB}|(?P<phrase>(?:\s+[\p{{Ll}}\p{{M}}]+|\s+\p{{Lu}}[\p{{Ll}}\p{{M}}]*|\s+“[^”\n]{{1,60}}”){{1,12}}))?")
    unit_name = regex.compile(rf"(?<![\p{{L}}])(?P<unit>{admin}|{village})(?:(?<=\.)|{WB})(?:\s+|(?<=\.))(?P<name>{NAME})")
    plural = regex.compile(rf"(?:{alt(d['plural_before'], first_either=True)}|\d+)\s+$")
    gates = {
        "central": Gate([f for c in d["central"] for f in c["forms"]]),
        "tpc": Gate(heads),
        "organ": Gate(organ_forms_keys(d)),
        "body": Gate([f for b in d["bodies"] for f in b["forms"]]),
        "unit": Gate(list(ADMIN_UNITS) + list(VILLAGE_UNITS) + ["tp", "tt", "tx", "h"]),
    }
    pat = Patterns(gates, sector_canon, tpc, organ, central, office, body, sector, cell, school, committee, unit_name,
                   plural, organ_forms, body_forms, central_forms, committees, sector_heads,
                   frozenset(names["surnames"]))
    # "Thứ trưởng Công an", "Bộ trưởng Quốc phòng": a minister's title followed by the ministry's
    # field alone names the ministry ("Bộ Công an"), the word "Bộ" left out
    ministries = [f[len("Bộ "):] for c in d["central"] for f in c["forms"]
                  if f.startswith("Bộ ") and c["kind"] == "central_body"]
    pat.ministry = regex.compile(rf"(?<=(?:Bộ|Thứ)\s+trưởng(?:\s+[Tt]hường\s+trực)?\s+)"
                                 rf"(?P<ministry>{alt(ministries)}|{sectors}){WB}")
    # "Trung tâm" + its field (words up to the unit word) + a place
    centre_not = alt(d["centre_not"])
    # "phát triển" names a centre's field ("Trung tâm Phát triển quỹ đất"), no verb here
    cstop = rf"{alt([w for w in d['not_in_names'] if w not in ('phát', 'triển')])}{WB}"
    fword = rf"(?:(?!{centre_not}{WB}|{cstop})[\p{{L}}\p{{M}}]+|[-–,])"
    pat.centre = regex.compile(
        rf"(?P<centre>Trung\s+tâm)(?P<field>(?:\s+{fword}){{1,10}}?)"
        rf"\s+(?P<unit>{admin})(?:(?<=\.)|{WB})(?:(?:\s+|(?<=\.))(?P<name>{NAME}))?")
    # "Trung tâm Phát triển quỹ đất;": a centre named by its field alone, capitalised, that a
    # list's punctuation (or a verb) closes
    pat.centre_alone = regex.compile(
        rf"(?P<centre>Trung\s+tâm)(?P<field>\s+\p{{Lu}}[\p{{Ll}}\p{{M}}]*(?:\s+{fword}){{0,9}}?)"
        rf"(?=\s*(?:[;:)]|,\s|\.(?!\S)|$)|\s+(?:và|thuộc|đã|được|có|đạt|cũng|luôn)\s)")
    # "… thị xã", "… huyện X": the unit (and place) written after a body's own name
    unit_tail = rf"\s+(?P<unit>{admin})(?:(?<=\.)|{WB})(?:(?:\s+|(?<=\.))(?P<name>{NAME}))?"
    pat.organ_tail = regex.compile(unit_tail)
    # "Ban quản lý" + its object and name, or its object and a unit (see board_heads)
    bstop = rf"{alt([w for w in d['not_in_names'] if w not in d['board_words']])}{WB}"
    units = alt(list(ADMIN_UNITS) + [u for u in VILLAGE_UNITS if u != "tổ"])
    # (a unit word followed by a lower-case word is no unit: "Nông thôn mới")
    lword = rf"(?!{bstop}|{units}{WB}(?!\s+\p{{Ll}}))\p{{Ll}}[\p{{Ll}}\p{{M}}]*"
    # the board's own name: capitalised words (a lower-case run only between two of them,
    # "Khu bảo tồn Pù Hu", or before the unit: "Khu kinh tế tỉnh X"), acronyms and numbers
    bname = (rf"(?:\s+(?:{cap}(?:\s+{lword}){{1,3}}(?=\s+(?:\p{{Lu}}|{units}{WB}))|{cap}{WB}"
             rf"|[A-ZĐ]{{2,}}{WB}|\d{{1,3}}{WB}))+")
    btail = unit_tail
    pat.board = regex.compile(
        rf"(?<![\p{{L}}\p{{M}}])(?P<board>{alt(d['board_heads'])})(?P<field>(?:\s+các)?(?:\s+{lword}){{0,6}}?)"
        rf"(?:(?P<bname>{bname})(?:{btail})?|{btail})")
    pat.centre_kinds = {fold(k): v for k, v in d["centre_kinds"].items()}
    pat.committee_topics = [(fold(k), t) for k, t in d["committee_topics"].items()]
    coop_words = "(?i:" + alt(d["cooperative_words"]) + ")"
    pat.coop = regex.compile(
        rf"(?P<coop>[Hh]ợp\s+tác\s+xã|HTX)(?P<field>(?:\s+{coop_words}{WB}){{0,8}})"
        rf"(?:\s+(?P<hname>{NAME}))?(?:\s+(?P<unit>{admin}|{village})(?:(?<=\.)|{WB})(?:(?:\s+|(?<=\.))(?P<name>{NAME}))?)?")
    pat.school_level = {fold(w): lvl for lvl, ws in d["school_levels"].items() for w in ws}
    # "Huyện ủy - HĐND - UBND huyện", "Đảng ủy, HĐND, UBND xã X": the unit written after the
    # last body of a list is every body's
    heads_any = alt([f for b in d["bodies"] if b.get("bare") for f in b["forms"]] + ["Đảng ủy", "Đảng bộ"])
    sep = r"(?:\s*[-–,]\s*|\s+và\s+)"
    pat.shared_unit = regex.compile(rf"(?:{sep}{heads_any}{WB})+\s+(?P<unit>{admin})(?:(?<=\.)|{WB})"
                                    rf"(?:(?:\s+|(?<=\.))(?P<name>{NAME}))?")
    # "Ban Tổ chức huyện X", "Ban Xây dựng Đảng xã Y": an organ named with its place alone
    pat.organ_place = regex.compile(rf"\s+(?P<unit>{admin})(?:(?<=\.)|{WB})(?:\s+|(?<=\.))(?P<name>{NAME})")
    # "Chủ tịch xã", "Bí thư huyện X", "Phó Bí thư Thường trực xã Y": a title and a unit name the
    # body that title heads
    pat.title_unit = regex.compile(rf"(?<![\p{{L}}])(?P<ttl>(?:[Pp]hó\s+)?(?:[Cc]hủ\s+tịch|[Bb]í\s+thư)(?:\s+[Tt]hường\s+trực)?)\s+"
                                   rf"(?P<unit>{alt(ADMIN_UNITS)}){WB}(?!\s+(?:hội|đoàn|đội){WB})(?:\s+(?P<name>{NAME}))?")
    # "… xã A, B và C": more places of the same unit after a body's name
    # (a semicolon lists them too: "Đảng bộ xã A; B; C"; the names may hold an apostrophe: "Tr’Hy")
    # (a place of the same level may carry a unit of its own: "Đảng bộ thị xã A, TP B, C")
    pat.more_places = regex.compile(r"(?:\s*[,;]\s*|\s+và\s+)(?:(?P<unit>TP\.?|thành\s+phố|thị\s+xã|huyện|quận)[ \t]*(?<=[ \t.]))?"
                                    r"(?P<name>\p{Lu}[\p{L}\p{M}'’]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’]*){0,3})"
                                    r"(?![\p{L}\p{M}\d])")
    return pat


def organ_forms_keys(d) -> list[str]:
    return [f for o in d["organs"] for f in [o["head"]] + list(o.get("alt") or [])]


@functools.lru_cache(maxsize=256)
def _rx(pattern: str):
    """A small pattern compiled once."""
    return regex.compile(pattern)


# an agency's name ending with the centre: its party committee is the national one
_NATIONAL_AGENCY = regex.compile(r"\s(?:Trung\s+ương|TW|T\.\s?Ư)$")


@functools.lru_cache(maxsize=65536)
def _org_iri(kind: str, key: str):
    return organization_iri(kind, key)


_UNIT_ABBR = {"tp": "thành phố", "tt": "thị trấn", "tx": "thị xã", "h": "huyện"}


def unit_of(word: str | None) -> str | None:
    if not word:
        return None
    w = fold(word).rstrip(".")
    return _UNIT_ABBR.get(w, w)


# ----------------------------------------------------------------------------- places

@dataclass
class PlaceRef:
    unit: str | None
    name: str | None
    iri: Any = None
    level: str | None = None
    parent_iri: Any = None
    key: str = ""

    @property
    def label(self) -> str:
        # a label is canonical: the look-alike eth "Ð" some pages type is written "Đ"
        return " ".join(p for p in (self.unit, self.name) if p).replace("Ð", "Đ").replace("ð", "đ")


def _clean_name(name: str | None, unit: str | None, text: str, end: int) -> str | None:
    """Drop a number read as a name ("Đảng bộ xã 3 năm liền"): only wards and urban districts
    are numbered, and then the number is not followed by a lower-case word."""
    if not name:
        return name
    words = name.split()
    if words[0][0].isdigit():
        if unit not in ("phường", "quận") or len(words) > 1 or _rx(r"\s+\p{Ll}").match(text[end:end + 3]):
            return None
    while words and words[-1][0].isdigit():
        words.pop()
    return " ".join(words) or None


MIDDLE = frozenset("Văn Thị Đức Hữu Minh Thanh A Quang Xuân Hồng Ngọc Thế Công Trung Kim Đình Bá Duy Mạnh "
                   "Tiến Anh Hải Thu Như Phương Viết Ngọc Tuấn Chí Quốc Khắc Sỹ Sĩ Trọng".split())


def cut_person(words: list[str], surnames: frozenset, is_place=None, shortest: int = 2) -> list[str]:
    """A capitalised run after an organization may go on into a person's name
    ("Huyện ủy Sốp Cộp Quàng Văn Tiêu", "Tỉnh ủy Lê Hải Yến"): cut before the family name.
    A run the document or the gazetteer knows as a place is kept whole; a name cut off is
    at least ``shortest`` words long."""
    if is_place is not None and is_place(" ".join(words)):
        return words
    if 3 <= len(words) <= 4 and words[0] in surnames and (words[1] in MIDDLE or len(words) == 4 or words[1] in surnames
                                                          or is_place is not None):
        if " ".join(words) not in ("Hồ Chí Minh",):
            return []
    # "Văn" / "Thị" second in a run of three or four is a middle name: the run is a person whose
    # family name the list may lack ("Tỉnh ủy Chẩu Văn Lâm"), unless the first word or two are a place
    if 3 <= len(words) <= 4 and words[1] in ("Văn", "Thị") and words[0][:1].isupper() and \
            not (is_place is not None and (is_place(words[0]) or is_place(" ".join(words[:2])))):
        return []
    best, best_score = None, -1
    for i in range(1, len(words) - 1):
        rest = len(words) - i
        placed = is_place is not None and is_place(" ".join(words[:i]))
        # a family name the list lacks still opens a name when a middle name follows and a known
        # place comes before ("Tỉnh ủy Lạng Sơn Khổ Văn Tường")
        if (words[i] in surnames or (placed and words[i + 1] in ("Văn", "Thị"))) and shortest <= rest <= 4:
            score = (4 if placed else 0) + \
                    (2 if words[i + 1] in MIDDLE else 0) + i / 10
            if score > best_score:
                best, best_score = i, score
    return words[:best] if best is not None else words


def _person_at(words: list[str], first: int, surnames: frozenset, is_place=None) -> int | None:
    """Where a person's name (2-4 capitalised words from a family name to the end of the run)
    starts inside the words of an agency's name, if it does: "... Sơn La Nguyễn Văn Hùng". A run
    that ends with a place the document names is the agency's own name ("… Y Dược Cần Thơ")."""
    best, best_score = None, -1.0
    for i in range(first, len(words) - 1):
        rest = words[i:]
        if words[i] not in surnames or not 2 <= len(rest) <= 4 or " ".join(rest[:3]) == "Hồ Chí Minh":
            continue
        if is_place is not None and len(rest) >= 3 and is_place(" ".join(rest[-2:])):
            continue
        if not all(w[:1].isupper() for w in rest) or (len(rest) == 2 and rest[1] not in MIDDLE):
            continue
        score = (2 if words[i + 1] in MIDDLE else 0) + (1 if len(rest) == 3 else 0) + i / 100
        if score > best_score:
            best, best_score = i, score
    return best


def _through_place(places: "DocPlaces", start: int, end: int) -> int:
    """The end of a body's name that would fall inside the name of a place written in it ("Thành ủy
    TP.HCM", the unit word read and not the city): after the place, so no name ends in "TP."."""
    pm = places.mention_at(end - 1, end) if end > start else None
    return pm.end if pm is not None and start <= pm.start and pm.end > end else end


def _full_person_at(words: list[str], first: int, surnames: frozenset, is_place=None) -> int | None:
    """Where a person's full name closes a run of capitalised words, if one does: a family name,
    the middle name "Văn" or "Thị", then one or two given names ("Tân Tiến Hoàng Văn Minh"). A
    family name with no such middle name after it ("Hoàng Long") is no person, nor is a name that
    is a place's ("… Hoàng Văn Thụ", a commune named after a person)."""
    for i in range(first, len(words) - 2):
        rest = words[i:]
        if len(rest) <= 4 and rest[0] in surnames and rest[1] in ("Văn", "Thị") and all(w[:1].isupper() for w in rest):
            return None if is_place is not None and is_place(" ".join(rest)) else i
    return None


def _known_place(places: "DocPlaces"):
    """A name the document or the gazetteer knows as a place's."""
    def known(name: str) -> bool:
        if places.is_place(name):
            return True
        try:
            from .gazetteer import gazetteer  # written by the places component; optional
            return bool(gazetteer().lookup(name))
        except Exception:
            return False
    return known


# the title of a cooperative's head written right before it ("Giám đốc HTX …", "Chủ nhiệm Hợp tác xã …")
_COOP_HEAD_BEFORE = regex.compile(r"(?<![\p{L}])(?:[Gg]iám\s+đốc|[Cc]hủ\s+nhiệm|[Cc]hủ\s+tịch(?:\s+HĐQT)?)\s+$")


def _coop_head_named(text: str, start: int, end_field: int, name: str) -> bool:
    """Is the person's name written right after a cooperative named by its field alone its head's
    ("Chủ nhiệm HTX dịch vụ nông nghiệp Vũ Thị Hằng cho biết")? Only with the head's title right
    before the cooperative, and only where the text writes that field's cooperative with no other
    such name after it: two names after one field ("… HTX dịch vụ Vũ Thị Hằng và … HTX dịch vụ Trần
    Văn Nam") name two cooperatives. Else the name after the field is the cooperative's."""
    if not _COOP_HEAD_BEFORE.search(text, max(0, start - 30), start):
        return False
    run = regex.match(r"(?:[Hh]ợp\s+tác\s+xã|HTX)((?:\s+\S+)*?)\s*$", text[start:end_field])
    field = r"\s+".join(map(regex.escape, run.group(1).split())) if run else ""
    after = regex.compile(r"(?i:hợp\s+tác\s+xã|HTX)\s+(?i:" + field + r")\s+(\p{Lu}\p{Ll}*\s+(?:Văn|Thị)\s+\p{Lu}\p{Ll}*)")
    names = {" ".join(a.group(1).split()) for a in after.finditer(text)}
    return names <= {" ".join(name.split()[:3])}


class DocPlaces:
    """What the document says about places: place mentions from the ``places`` component when
    present, else the "unit Name" phrases of the text, with the article's focus."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.mentions = sorted(doc.of("place"), key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]
        self._longest = max((m.end - m.start for m in self.mentions), default=0)
        self.by_name: dict[str, list[str]] = {}  # folded name -> units seen with it
        self.text_units: dict[str, list[str]] = {}  # the same, from the words of the text only
        self.named: list[tuple[int, str, str]] = []  # (offset, unit, name) in reading order
        self.parent: dict[tuple[str, str], tuple[str, str]] = {}
        p = patterns()
        for s in doc.sentences:
            prev = None
            for m in matches_at(p.unit_name, s.text, p.gates["unit"].starts(lowered(s.text))):
                unit = unit_of(m.group("unit"))
                if unit == "xã" and _rx(r"(?i:hợp\s+tác\s+)$").search(s.text, max(0, m.start() - 9), m.start()):
                    continue  # "Hợp tác xã Tân Tiến": a cooperative
                if fold(m.group("unit")).rstrip(".") in _UNIT_ABBR and self.mentions and \
                        self.mention_at(s.start + m.start("name"), s.start + m.end("name")) is None:
                    continue  # "H.Thủy" signs the article: an abbreviation names a known place only
                words = cut_person(m.group("name").split(), p.surnames)
                if not words:
                    continue
                name = " ".join(words)
                self.by_name.setdefault(fold(name), []).append(unit)
                self.text_units.setdefault(fold(name), []).append(unit)
                self.named.append((s.start + m.start(), unit, name))
                # "xã X, huyện Y" / "xã X (huyện Y)": the second contains the first
                if prev is not None and UNIT_RANK.get(_lvl(unit), 9) < UNIT_RANK.get(_lvl(prev[0]), 9):
                    gap = s.text[prev[2]:m.start()]
                    if _rx(r"\s*[,(–-]?\s*").fullmatch(gap):
                        self.parent.setdefault((prev[0], fold(prev[1])), (unit, name))
                prev = (unit, name, m.start() + len(m.group(0)))
        self.iri_by_name: dict[tuple[str, str], Mention] = {}
        self.iri_by_level: dict[tuple[str, str], Mention] = {}
        self.uncoded: dict[tuple[str, str], dict[str, Mention]] = {}
        self._cache: dict[tuple, PlaceRef] = {}
        for m in self.mentions:
            a = m.attrs
            if a.get("name") and a.get("unit_type"):
                for name in _names_of(a):
                    self.by_name.setdefault(name, []).append(a["unit_type"])
                    if a.get("code"):
                        self.iri_by_name.setdefault((a["unit_type"], name), m)
                        self.iri_by_level.setdefault((a.get("level"), name), m)
                    elif m.iri is not None:  # a unit the gazetteer does not know, named with its type
                        self.uncoded.setdefault((a["unit_type"], name), {})[m.iri.value] = m
        self.focus = doc.context.get("focus") or {}

    def is_place(self, name: str) -> bool:
        return fold(name) in self.by_name

    def mention_at(self, start: int, end: int) -> Mention | None:
        """The first place mention (by start) overlapping start..end; only those starting within
        the longest mention's length before it can reach it."""
        lo = bisect.bisect_left(self._starts, start - self._longest)
        for i in range(lo, bisect.bisect_left(self._starts, end)):
            if self.mentions[i].end > start:
                return self.mentions[i]
        return None

    def unit_for(self, name: str) -> str | None:
        units = self.text_units.get(fold(name)) or self.by_name.get(fold(name))
        if not units:
            return None
        return max(dict.fromkeys(units), key=units.count)  # (of equals, the one written first)

    def last_named(self, unit: str, before: int) -> str | None:
        best = None
        for off, u, n in self.named:
            if u == unit and off < before:
                best = n
        if best is None:
            for off, u, n in self.named:
                if u == unit:
                    return n
        return best

    def focus_name(self, level: str) -> str | None:
        f = self.focus.get(level)
        if isinstance(f, Mention):
            return f.attrs.get("name")
        if isinstance(f, dict):
            return f.get("name")
        if isinstance(f, str):
            return f
        return None

    def focus_unit(self, level: str) -> str | None:
        f = self.focus.get(level)
        if isinstance(f, Mention):
            return f.attrs.get("unit_type")
        if isinstance(f, dict):
            return f.get("unit_type")
        return None

    def resolve(self, unit: str | None, name: str | None, start: int = -1, end: int = -1) -> PlaceRef:
        """One PlaceRef per (unit, name) in a document, whichever path asks first."""
        ck = (unit, fold(name or ""))
        if name and ck in self._cache:
            return self._cache[ck]
        ref = PlaceRef(unit, name)
        m = self.mention_at(start, end) if start >= 0 else None
        if m is not None and name and fold(name) not in _names_of(m.attrs):
            m = None
        if (m is None or not m.attrs.get("code")) and name and unit:
            m = self.iri_by_name.get((unit, fold(name)), m)
        if m is None and name and unit and _lvl(unit) != "village":
            m = self.iri_by_level.get((_lvl(unit), fold(name)))
        if m is None and name and unit:
            one = self.uncoded.get((unit, fold(name))) or {}
            if len(one) == 1:  # the one place of that type and name the text names
                m = next(iter(one.values()))
        if m is not None:
            ref.iri = m.iri
            ref.level = m.attrs.get("level")
            ref.parent_iri = m.attrs.get("parent_iri")
            ref.unit = unit or m.attrs.get("unit_type")
        elif name:
            try:
                from . import gazetteer  # written by the places component; optional
                hit = gazetteer.resolve(name, UNIT_LEVEL.get(unit or "", None), self.doc)
            except Exception:
                hit = None
            if hit is not None:
                ref.iri = hit.get("iri") if isinstance(hit, dict) else getattr(hit, "iri", None)
                ref.level = (hit.get("level") if isinstance(hit, dict) else None) or None
        if ref.unit in UNIT_LEVEL and ref.level not in (None, "province", "district", "commune"):
            ref.level = None
        if ref.level is None and ref.unit:
            ref.level = _lvl(ref.unit, ref.name)
        ref.key = short_key(ref.iri) if ref.iri is not None else fold(ref.label)
        if name:
            self._cache[ck] = ref
        return ref


def _names_of(attrs: dict) -> tuple[str, ...]:
    """The folded names a place mention answers to: the gazetteer's, and the text's where it
    spells the name otherwise ("Đăk Hà" for the gazetteer's "Đắk Hà")."""
    name, written = fold(attrs.get("name", "")), fold(attrs.get("written") or "")
    return (name, written) if written and written != name else (name,)


def _lvl(unit: str | None, name: str | None = None) -> str | None:
    if unit in VILLAGE_UNITS:
        return "village"
    if unit == "thành phố" and name and fold(name) in CENTRAL_CITIES:
        return "province"
    return UNIT_LEVEL.get(unit or "")


# ----------------------------------------------------------------------------- organizations

@dataclass
class Org:
    iri: Any
    label: str
    kind: str
    cls: str
    level: str | None
    place: PlaceRef | None = None
    parent: "Org | None" = None
    parent_iri: Any = None
    place_key: str = ""
    surfaces: list = field(default_factory=list)
    evidence: Sentence | None = None  # ... read from this sentence
    short: str = ""  # an agency's cell's name with its unit word alone ("Chi bộ Công an xã")


def _initial(word: str) -> str:
    c = word[:1].upper()
    return "D" if c in "ĐÐ" else unicodedata.normalize("NFD", c)[:1]


def _expand_acronyms(label: str, text: str) -> str:
    """ "Tổng cục XDLL CAND" -> "Tổng cục Xây dựng lực lượng Công an nhân dân" where the article
    spells the acronyms out ("Xây dựng lực lượng (XDLL)"): one name for the agency."""
    out = []
    for w in label.split():
        if len(w) >= 2 and w.isupper() and w.isalpha() and f"({w})" in text:
            m = regex.search(r"((?:[\p{L}\p{M}]+\s+){%d})\(%s\)" % (len(w), regex.escape(w)), text)
            if m is not None:
                full = m.group(1).split()
                if "".join(_initial(x) for x in full) == w:
                    out += full
                    continue
        out.append(w)
    return " ".join(out)


def _acronym_mentions(doc: Doc, state) -> None:
    """An acronym the article defines after a body's name ("Ngân hàng X Việt Nam (NHX)") names
    that body wherever it later stands alone (not "NHX tỉnh ...", "NHX Thái Bình": a branch)."""
    mentions = doc.of("organization")
    defined = {}
    for m in mentions:
        d = _rx(r"\s*\(([A-ZĐ]{3,})\)").match(doc.text, m.end)
        if d is None or d.group(1) in defined:
            continue
        name = _rx(r"\s+Việt\s+Nam$").sub("", " ".join(m.text.split())).replace("Trung ương", "T W")
        bare = _rx(r"^(?:Đảng|Ðảng)\s+(?:ủy|uỷ|bộ)\s+").sub("", name)  # "Đảng ủy Công an Trung ương (CATW)"
        if any(len(n.split()) > 1 and "".join(_initial(w) for w in n.split()) == d.group(1) for n in (name, bare)):
            defined[d.group(1)] = m  # the acronym of the whole name
    if not defined:
        return
    spans = [(m.start, m.end) for m in mentions]
    for acr, first in defined.items():
        for s in doc.sentences:
            if s.end <= first.end or acr not in s.text:
                continue
            for a in _rx(rf"(?<![\p{{L}}\p{{M}}\d(]){acr}(?![\p{{L}}\p{{M}}\d)])(?!\s+(?:\p{{Lu}}|tỉnh|huyện|thành|quận|thị|xã|phường|cấp|chi nhánh))").finditer(s.text):
                b0, b1 = s.start + a.start(), s.start + a.end()
                if any(x < b1 and b0 < y for x, y in spans):
                    continue
                org = state.orgs.get(first.iri.value)
                if org is not None:
                    org.surfaces.append((acr, s))
                doc.mentions.append(Mention("organization", b0, b1, acr, s, key=first.key, attrs=dict(first.attrs),
                                            iri=first.iri))


class Component:
    name = "organizations"
    version = "1"

    def match(self, doc: Doc) -> None:
        p = patterns()
        places = DocPlaces(doc)
        state = _State(doc, places)
        found: list[tuple[int, int, Sentence, dict]] = []
        signed = _signature(doc)
        for s in doc.sentences + captions(doc):  # a caption printed twice names bodies too
            if s is not signed:
                found += _scan(s, p)
        # named bodies first (so short references can find them), then everything in reading order
        found.sort(key=lambda f: f[0])
        state.first_pass(found)
        for start, end, s, info in found:
            state.span_end = None
            org = state.resolve(info, start, end, s)
            if org is None:
                continue
            if state.span_end is not None:
                end = min(end, state.span_end)
            end = _through_place(places, start, end)
            if org.place is not None and org.place.name:
                # the run after the place may be a person's name ("Thành ủy Biên Hòa Lâm Tấn Khải")
                span = doc.text[start:end]
                i = span.rfind(org.place.name)
                rest = span[i + len(org.place.name):].strip() if i >= 0 else ""
                if rest and rest[0].isupper():
                    end = start + i + len(org.place.name)
            text = doc.text[start:end]
            if info.get("secretariat") or info.get("title_only"):
                org.evidence = org.evidence or s  # a title's body, not a body the text names
            else:
                # "Chủ tịch xã": the unit word alone is no name of the body
                org.surfaces.append((text if info["type"] not in ("title_unit", "military_head") else org.label, s))
            if info["type"] == "organ" and org.parent is not None and info.get("tpc") is not None:
                # "Ban Thường vụ Thành ủy Biên Hòa" names the Thành ủy too
                t = info["tpc"]
                sub = s.text[t.start():t.end()]
                pname = org.parent.place.name if org.parent.place else None
                if pname and pname in sub:
                    sub = sub[:sub.rfind(pname) + len(pname)]
                t0 = s.start + t.start()
                sub = doc.text[t0:_through_place(places, t0, t0 + len(sub))]
                org.parent.surfaces.append((sub, s))
            doc.mentions.append(Mention("organization", start, end, text, s, key=org.place_key or org.label,
                                        attrs={"name": org.label, "kind": org.kind, "level": org.level,
                                               "place_iri": org.place.iri if org.place else None,
                                               "parent_iri": org.parent.iri if org.parent else org.parent_iri},
                                        iri=org.iri))
            if info["type"] == "cell" and info["m"].group("agency") and _rx(_FIRM).match(info["m"].group("agency")):
                _host_firm(doc, state, info["m"], start, end, s)  # "Chi bộ Công ty X" names the company too
            if info["type"] == "cell" and info["m"].group("agency") and info["m"].group("agency")[:1] in "Tt":
                _host_school(doc, state, info["m"], s)  # "Chi bộ Trường MN X" names the school too
            elif info["type"] == "cell" and info["m"].group("agency") and not info.get("centre") and not info.get("board"):
                _host_public(doc, state, info["m"], end, s)  # "Chi bộ Kho bạc Nhà nước X" names the treasury too
            if info["type"] == "tpc" and org.kind == "party_committee" and org.level == "agency":
                u = _MILITARY_UNIT.search(text)  # "Đảng ủy Sư đoàn 330" names the division too
                if u is not None and u.end() == len(text.rstrip()):
                    ulabel = " ".join(u.group().split())
                    unit = state._org("military_unit", fold(ulabel), ulabel, "PublicBody", "agency")
                    unit.surfaces.append((ulabel, s))
                    doc.mentions.append(Mention("organization", start + u.start(), start + u.end(), u.group(), s,
                                                key=ulabel, attrs={"name": ulabel, "kind": unit.kind,
                                                                   "level": unit.level, "place_iri": None,
                                                                   "parent_iri": unit.parent_iri},
                                                iri=unit.iri))
                elif info["m"].group("agency") and info["m"].group("agency").startswith("Bệnh viện"):
                    _host_hospital(doc, state, info["m"], start, s)  # "Đảng ủy Bệnh viện đa khoa huyện X"
            if info["type"] in ("tpc", "organ", "body") and org.place is not None and org.place.name \
                    and text.endswith(org.place.name):
                for a, b, o2 in state.listed_siblings(org, end):  # "Ban Thường vụ Đảng ủy xã A, B, C"
                    o2.surfaces.append((o2.label, s))
                    doc.mentions.append(Mention("organization", a, b, doc.text[a:b], s, key=o2.place_key or o2.label,
                                                attrs={"name": o2.label, "kind": o2.kind, "level": o2.level,
                                                       "place_iri": o2.place.iri if o2.place else None,
                                                       "parent_iri": o2.parent.iri if o2.parent else o2.parent_iri},
                                                iri=o2.iri))
        _listed_committees(doc, state)
        _masthead(doc, state)
        _editorial_boards(doc, state)
        _elided_associations(doc, state)
        _organ_delegations(doc, state)
        _elided_regions(doc, state)
        _acronym_mentions(doc, state)
        state.merge_agencies()
        state.link_parents()
        spelt = _gazetteer_forms(doc)
        for m in doc.of("organization"):
            o = state.orgs[m.iri.value]
            m.attrs["parent_iri"] = o.parent.iri if o.parent else o.parent_iri
            if m.attrs.get("name"):  # (named as the label will name it: "Nghị quyết Đại hội Đảng bộ tỉnh Đắk Lắk")
                m.attrs["name"] = _respelt(m.attrs["name"], o.place, spelt)
        doc.context["organizations"] = state.orgs
        main = state.final_main()
        if main is not None:
            first = next((m for m in doc.of("organization") if m.iri == main.iri), None)
            doc.context["main_org"] = first
            doc.context["main_org_iri"] = main.iri

    def mint(self, doc: Doc) -> None:
        orgs: dict = doc.context.get("organizations") or {}
        described: set[str] = set()
        named = {m.iri.value for m in doc.mentions if m.label == "organization" and m.iri is not None}
        spellings = _place_spellings(doc)
        _gazetteer_spelling(doc, orgs)
        for o in orgs.values():
            if not o.surfaces:
                if o.evidence is not None and o.iri.value in named and o.iri.value not in described:
                    # a body a title names ("Bí thư Trung ương Đảng"): described, not listed
                    _type_facts(doc, o, o.evidence, self.name)
                    described.add(o.iri.value)
                continue
            text0, s0 = o.surfaces[0]
            _type_facts(doc, o, s0, self.name)
            described.add(o.iri.value)
            # a parent the text never names is still described (stated by the sentence naming
            # the child), so no subOrganizationOf points at an unknown node
            up = o.parent
            while up is not None and up.iri.value not in described and not up.surfaces:
                _type_facts(doc, up, up.evidence or s0, self.name)
                described.add(up.iri.value)
                up = up.parent
            seen = {o.label}
            for text, s in o.surfaces:
                doc.add_fact(doc.iri, SCHEMA.mentions, o.iri, s, self.name)
                t = " ".join(text.split())
                if t not in seen and not _BARE_UNIT_END.search(t):  # ("Thành ủy TP." names no body)
                    seen.add(t)
                    doc.add_fact(o.iri, SKOS.altLabel, lit(t, "vi"), s, self.name)
            written = _written_name(o, spellings)
            if written is not None:
                doc.add_fact(o.iri, PKG.writtenAs, lit(written[0], "vi"), written[1], self.name)


# a name that ends in a unit's abbreviation, the place's name left out ("UBND TP."); an abbreviation
# joined to the word before it ("Sở TT&TT", "Phòng VH-TT") is a sector's, not a unit's
_BARE_UNIT_END = regex.compile(r"(?:^|(?<=\s))(?:TP|Tp|TX|TT)\.?$")


# The name a document gives a body where it never writes the canonical label: the same name with
# its head spelt out or abbreviated otherwise ("Hội đồng nhân dân tỉnh X" for "HĐND tỉnh X",
# "Ủy ban MTTQ tỉnh X"), or its place spelt otherwise ("Ban Thường vụ Thành ủy TPHCM"). Readers
# cite a body as their source writes it; the IRI and the label stay one across documents.
_HCM = regex.compile(r"\b(?:tp ?hcm|(?:tp|thành phố) hồ chí minh)\b")  # folded
# the press's unit abbreviations, folded ("TP" for "thành phố", "TX" for "thị xã"), as places reads them
_UNIT_SHORT = [(regex.compile(r"\b" + a + r"\b"), unit) for a, unit in PLACE_ABBREVIATIONS.items()
               if a.isalpha() and len(a) > 1]
# a department's two fields joined by a dash or by "và" ("Sở Giáo dục - Đào tạo")
_DASH = regex.compile(r"\s*[-–]\s*")
_LABEL_UNIT = regex.compile(r"(?P<unit>TP\.|[Tt]hành\s+phố|tỉnh|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)\s+\Z")


def _label_place(label: str, name: str) -> str | None:
    """Whether a label ends with this place's name (or with it and a line break, as a pattern's
    "$" reads an end): the unit word written before the name ("tỉnh", "TP."), "" if none; None
    if the label does not end with the name. One pattern serves every place: compiling one per
    place cost more than the search, in every document naming a place not met before."""
    if label.endswith("\n") and not label.endswith(name):
        label = label[:-1]
    if not label.endswith(name):
        return None
    m = _LABEL_UNIT.search(label[:len(label) - len(name)])
    return m.group("unit") if m is not None else ""


@functools.lru_cache(maxsize=1)
def _name_rules():
    """Every written form of a body's head (folded, longest first) with the folded head of its
    label; each executive committee's head with its party organization's ("huyện ủy" is "đảng bộ
    huyện"), from the heads' data; and the unit a party organization's name must not repeat."""
    heads = patterns().bodies
    forms = sorted(heads, key=len, reverse=True)
    committees = [(fold(h), "đảng bộ" + (" " + u if u else "")) for h, u in
                  sorted(((h["head"], h.get("implied")) for h in _data()["party_committee_heads"]),
                         key=lambda x: -len(x[0]))]
    units = sorted({u for _h, u in PARTY_HEAD_UNIT.items()}, key=len, reverse=True)
    return (regex.compile(r"\b(?:" + "|".join(map(regex.escape, forms)) + r")\b"),
            {f: fold(heads[f]["label"]) for f in forms},
            [(regex.compile(r"\b" + regex.escape(h) + r"\b"), repl) for h, repl in committees],
            regex.compile(r"\bđảng bộ (" + "|".join(map(regex.escape, units)) + r") \1\b"))


@functools.lru_cache(maxsize=4096)
def _name_key(text: str, *, spelling_free: bool, spelt: str = "", place: str = "") -> str:
    """A body's name as a key: an executive committee is its party organization ("Huyện ủy X" is
    "Đảng bộ huyện X"); with spelling_free, heads, cities and the place the document spells
    otherwise (spelt, for the gazetteer's place) are keyed however they are written."""
    forms, label_of, committees, unit_twice = _name_rules()
    s = fold(text)
    if spelling_free:
        if spelt:
            s = regex.sub(r"\b" + regex.escape(fold(spelt)) + r"\b", fold(place), s)
        s = forms.sub(lambda m: label_of[m.group()], s)
        s = _HCM.sub("thành phố hcm", s)
        for rx, repl in _UNIT_SHORT:
            s = rx.sub(repl, s)
        s = _DASH.sub(" và ", s)
    for rx, repl in committees:
        s = rx.sub(repl, s)
    return unit_twice.sub(r"đảng bộ \1", s)


def _unmarked(text: str) -> str:
    """A name with its marks taken off and "Đ" written "D", its letters' case and its punctuation
    kept as written."""
    s = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d").replace("Ð", "D").replace("ð", "d"))
    return "".join(c for c in s if not unicodedata.combining(c))


def _marks_only(text: str, name: str) -> bool:
    """Do the two spellings differ in their marks alone ("Đăk Lăk", "Đắk Lắk"), not in a letter's
    case or an apostrophe ("Ea H’Leo", "Ea H'leo")?"""
    return text != name and _unmarked(text) == _unmarked(name)


def _gazetteer_forms(doc: Doc) -> dict[str, tuple[str, set[str]]]:
    """By place IRI, the gazetteer's name of the place and the document's spellings of it that
    differ from it in their marks alone."""
    spelt: dict[str, tuple[str, set[str]]] = {}
    for m in doc.of("place"):
        unit = m.attrs.get("unit")
        if unit is None or m.iri is None:
            continue
        # (a proper name's every word opens with a capital, as the gazetteer's "Pa ủ" may not)
        name = " ".join(w[:1].upper() + w[1:] for w in unit.name.split())
        forms = spelt.setdefault(m.iri.value, (name, set()))[1]
        for text in (m.attrs.get("written"), " ".join(m.text.split())):
            if text and _marks_only(text, name):
                forms.add(text)
    return spelt


def _respelt(label: str, place, spelt: dict[str, tuple[str, set[str]]]) -> str:
    """The label with its place named as the gazetteer spells it."""
    if place is None or place.iri is None or place.iri.value not in spelt:
        return label
    name, forms = spelt[place.iri.value]
    if place.name and _marks_only(place.name, name):
        forms = forms | {place.name}
    for form in sorted(forms, key=len, reverse=True):
        label = regex.sub(r"(?<![\p{L}\p{M}])" + regex.escape(form) + r"(?![\p{L}\p{M}])", name, label)
    return label


def _gazetteer_spelling(doc: Doc, orgs: dict) -> None:
    """A body's label names its place as the gazetteer spells it: "Tỉnh ủy Đăk Lăk" here and
    "Tỉnh ủy Đắk Lắk" there are one body under one label, whichever document states it first
    (the document's own spelling is its written name, _spelt_name). Only a spelling that differs
    from the gazetteer's in its marks alone is swapped ("TPHCM", "Ea H’Leo" for "Ea H'leo" are no
    such spellings)."""
    spelt = _gazetteer_forms(doc)
    for o in orgs.values():
        place = o.place
        o.label = _respelt(o.label, place, spelt)
        if place is not None and place.iri is not None and place.iri.value in spelt and place.name and \
                _marks_only(place.name, spelt[place.iri.value][0]):
            place.name = spelt[place.iri.value][0]  # (matching is over: the place is named as the label names it)


def _place_spellings(doc: Doc) -> dict[str, str]:
    """The name of each unit the document writes only otherwise than the gazetteer ("Đăk Tô",
    "TPHCM"), by place IRI; a name in capitals (a headline) is no spelling, but a city's
    abbreviation is."""
    found: dict[str, str | None] = {}
    for m in doc.of("place"):
        unit = m.attrs.get("unit")
        if unit is None or m.iri is None or m.sentence.index < 0:
            continue
        text = " ".join(m.text.split())
        if fold(text) == fold(unit.name) or text[:1].isdigit():
            found[m.iri.value] = None  # the document writes the gazetteer's spelling
        elif m.iri.value not in found and (not text.isupper() or _HCM.fullmatch(fold(text))):
            found[m.iri.value] = text
    return {k: v for k, v in found.items() if v}


def _written_name(o: Org, spellings: dict[str, str]) -> tuple[str, Sentence] | None:
    """The name the document cites the body by where it never writes the label (_spelt_name); else,
    for an agency's cell the document names only with its unit word alone, that short name ("Bí thư
    Chi bộ, Chánh Thanh tra tỉnh": the bare cell read as the agency's, so named)."""
    written = _spelt_name(o, spellings)
    if written is None and o.short and fold(o.short) != fold(o.label) and o.surfaces and \
            not any(fold(" ".join(t.split())) == fold(o.label) for t, _s in o.surfaces):
        said = [s for t, s in o.surfaces if fold(" ".join(t.split())) == fold(o.short)]
        written = (o.short, said[0] if said else o.surfaces[0][1])
    return written


def _spelt_name(o: Org, spellings: dict[str, str]) -> tuple[str, Sentence] | None:
    """The name the document cites the body by where it never writes the label itself (nor its
    executive committee's name): its fullest name written otherwise ("Hội đồng nhân dân tỉnh X",
    "Huyện ủy Mù Cang Chải"), a short form completed with the body's place as a reader completes
    it ("Ủy ban MTTQ tỉnh" in an article on X: "Ủy ban MTTQ tỉnh X"), else, but for a party
    organization (its executive committee's forms are tried above), the label with the body's
    place as the document writes the place ("Ban Thường vụ Thành ủy TPHCM")."""
    place = o.place
    if place is not None and (place.iri is None or not place.name):
        place = None
    spelt = spellings.get(place.iri.value) if place is not None else None
    # (the city's abbreviations are keyed alike without it)
    swap = {"spelt": spelt, "place": place.name} if spelt and not _HCM.fullmatch(fold(spelt)) else {}
    # the place as the label ends with it ("tỉnh X", "TP. Hồ Chí Minh"): a short form is completed so
    at = None
    if place is not None:
        at = _label_place(o.label, place.name)
    seen, candidates = set(), []
    for text, s in o.surfaces:
        t = " ".join(text.split())
        if t in seen:
            continue
        seen.add(t)
        candidates.append((t, s))
        if at is None or fold(place.name) in fold(t) or (spelt and fold(spelt) in fold(t)):
            continue  # (a name that holds its place needs no completing)
        unit, name = at, spelt or place.name
        if spelt is not None and _HCM.fullmatch(fold(spelt)):
            # "Thành ủy TP.HCM", its mention cut after "TP.": the city as the document writes it
            candidates.append((f"{regex.sub(r'[ ]+(?:TP[.]?|[Tt]hành[ ]+phố)$', '', t)} {spelt}", s))
        elif unit and fold(t).endswith(" " + fold(unit)):
            candidates.append((f"{t} {name}", s))
        else:
            candidates.append((f"{t} {unit + ' ' if unit else ''}{name}", s))
    label = _name_key(o.label, spelling_free=False)
    if any(_name_key(t, spelling_free=False) == label for t, _s in candidates):
        return None
    key = _name_key(o.label, spelling_free=True)
    same = [(t, s) for t, s in candidates if _name_key(t, spelling_free=True, **swap) == key]
    if same:
        t, s = max(same, key=lambda c: len(c[0].split()))  # the fullest, the first of equals
        return t[:1].upper() + t[1:], s
    if spelt is None or o.label.startswith("Đảng bộ "):
        return None
    if _HCM.fullmatch(fold(spelt)):  # "TPHCM" holds the unit word
        name = regex.sub(r"(?:TP\.?|[Tt]hành\s+phố)\s+" + regex.escape(place.name), spelt, o.label)
    else:
        name = regex.sub(r"(?<!\w)" + regex.escape(place.name) + r"(?!\w)", spelt, o.label)
    return (name, o.surfaces[0][1]) if name != o.label else None


_AUTHOR = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]*(?:[ \t]+\p{Lu}[\p{Ll}\p{M}]*){1,4}")
_SIGNING_BODY = regex.compile(r"(?:Ban|Văn\s+phòng|Ủy\s+ban|Trung\s+tâm)\s+\p{Lu}[^.,;:!?()]{0,50}")


def _signature(doc: Doc) -> Sentence | None:
    """The body an article is signed with, on its last line after the author's name ("Nguyễn Văn
    A" then "Ban Tuyên giáo Huyện ủy"): a byline, not a body the article speaks of."""
    if len(doc.sentences) < 3:
        return None
    author, last = doc.sentences[-2], doc.sentences[-1]
    if _AUTHOR.fullmatch(author.text.strip()) is None or _SIGNING_BODY.fullmatch(last.text.strip()) is None:
        return None
    return last


def _host_hospital(doc: Doc, state: "_State", tpc_m, start: int, s: Sentence) -> None:
    """The hospital whose party committee the text names ("Đảng ủy Bệnh viện đa khoa huyện X"):
    a body of its own, when it is one the body patterns know."""
    at = tpc_m.start("agency")
    bm = patterns().body.match(s.text, at)
    if bm is None or bm.end() != tpc_m.end():
        return
    a, b = s.start + bm.start(), s.start + bm.end()
    keep = state.span_end
    state.span_end = None
    host = state.resolve({"type": "body", "m": bm}, a, b, s)
    state.span_end = keep
    if host is None:
        return
    host.surfaces.append((bm.group(), s))
    doc.mentions.append(Mention("organization", a, b, bm.group(), s, key=host.place_key or host.label,
                                attrs={"name": host.label, "kind": host.kind, "level": host.level,
                                       "place_iri": host.place.iri if host.place else None,
                                       "parent_iri": host.parent.iri if host.parent else host.parent_iri},
                                iri=host.iri))


# an enterprise named by its kind and its own name: "DN X", "Doanh nghiệp X", "Công ty TNHH X"
_FIRM = r"(?:DN|Doanh\s+nghiệp|doanh\s+nghiệp|Công\s+ty|công\s+ty)"
# the legal form written after the firm's kind, no part of its own name ("Công ty TNHH MTV X")
_LEGAL_FORM = r"(?:(?:TNHH|CP|[Cc]ổ\s+phần|[Tt]rách\s+nhiệm\s+hữu\s+hạn)(?:\s+(?:MTV|[Mm]ột\s+thành\s+viên))?\s+)?"


def _host_firm(doc: Doc, state: "_State", cell_m, start: int, end: int, s: Sentence) -> None:
    """The enterprise whose party cell the text names ("Chi bộ Công ty X", "Chi bộ DN Y"): a body
    of its own, named as the text writes it, in the place of the cell's party committee."""
    a = s.start + cell_m.start("agency")
    b = min(end, s.start + cell_m.end("agency"))
    label = " ".join(doc.text[a:b].split())
    label = label[:1].upper() + label[1:]
    if len(label.split()) < 2 or not _rx(_FIRM + r"\s+\S").match(label):
        return
    cell = state.orgs.get(next((m.iri.value for m in reversed(doc.mentions) if m.label == "organization"
                                and m.start == start), ""))
    host = cell.parent if cell is not None else None
    place = host.place if host is not None else None
    firm = state._org("enterprise", f"{fold(label)}@{place.key if place else state._province_key()}", label,
                      "PublicBody", "agency", place)
    firm.surfaces.append((doc.text[a:b], s))
    doc.mentions.append(Mention("organization", a, b, doc.text[a:b], s, key=firm.label,
                                attrs={"name": firm.label, "kind": firm.kind, "level": firm.level,
                                       "place_iri": place.iri if place else None, "parent_iri": None},
                                iri=firm.iri))


def _host_public(doc: Doc, state: "_State", cell_m, end: int, s: Sentence) -> None:
    """The public body standing alone whose party cell the text names ("Chi bộ Chi nhánh Văn phòng
    Đăng ký đất đai X"): a body of its own, read as the body patterns read it."""
    p = patterns()
    bm = p.body.match(s.text, cell_m.start("agency"))
    if bm is None or not p.bodies[fold(bm.group("body"))].get("alone"):
        return
    a, b = s.start + bm.start(), s.start + bm.end()
    keep = state.span_end
    state.span_end = None
    host = state.resolve({"type": "body", "m": bm}, a, b, s)
    if state.span_end is not None:
        b = state.span_end
    state.span_end = keep
    if host is None or b > end:
        return
    text = doc.text[a:b]
    host.surfaces.append((text, s))
    doc.mentions.append(Mention("organization", a, b, text, s, key=host.place_key or host.label,
                                attrs={"name": host.label, "kind": host.kind, "level": host.level,
                                       "place_iri": host.place.iri if host.place else None,
                                       "parent_iri": host.parent.iri if host.parent else host.parent_iri},
                                iri=host.iri))


def _host_school(doc: Doc, state: "_State", cell_m, s: Sentence) -> None:
    """The school whose party cell the text names ("Chi bộ Trường Tiểu học X"): a body of its own."""
    sm = patterns().school.match(s.text, cell_m.start("agency"))
    if sm is None:
        return
    a, b = s.start + sm.start(), s.start + sm.end()
    keep = state.span_end
    school = state.resolve({"type": "school", "m": sm}, a, b, s)
    state.span_end = keep
    if school is None:
        return
    school.surfaces.append((doc.text[a:b], s))
    doc.mentions.append(Mention("organization", a, b, doc.text[a:b], s, key=school.place_key or school.label,
                                attrs={"name": school.label, "kind": school.kind, "level": school.level,
                                       "place_iri": school.place.iri if school.place else None,
                                       "parent_iri": school.parent.iri if school.parent else school.parent_iri},
                                iri=school.iri))


# a page's masthead in capitals: "ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH NINH BÌNH", "BÁO YÊN BÁI"
_MASTHEAD = regex.compile(r"(?P<phead>ĐÀI\s+PHÁT\s+THANH\s*(?:VÀ|-|–|,)\s*TRUYỀN\s+HÌNH|ĐÀI\s+TRUYỀN\s+HÌNH|"
                          r"ĐÀI\s+PHÁT\s+THANH|BÁO\s+ĐIỆN\s+TỬ|BÁO)\s+(?P<pname>\p{Lu}+(?:[ \t]+\p{Lu}+){0,3})\s*")
_MASTHEAD_HEADS = {"đài phát thanh truyền hình": "Đài Phát thanh và Truyền hình", "đài truyền hình": "Đài Truyền hình",
                   "đài phát thanh": "Đài Phát thanh", "báo điện tử": "Báo điện tử", "báo": "Báo"}


def _masthead(doc: Doc, state: "_State") -> None:
    """A masthead in capitals among the first lines names the province's paper or broadcaster
    that publishes the article: the same body as "Đài Phát thanh và Truyền hình Ninh Bình"
    written in running text, when the name after the head is a province's."""
    from .gazetteer import gazetteer
    for s in doc.sentences[:3]:
        m = _MASTHEAD.fullmatch(s.text)
        if m is None:
            continue
        name = " ".join(w[:1] + w[1:].lower() for w in m.group("pname").split())
        if not any(u.level == "province" for u in gazetteer().lookup(name)):
            continue
        head = _MASTHEAD_HEADS[_rx(r"\s+").sub(" ", _rx(r"\s*(?:và|-|–|,)\s*").sub(" ", fold(m.group("phead"))))]
        label = f"{head} {modern_tones(name)}"
        o = state._org("other", fold(label), label, "PublicBody", "agency")
        o.surfaces.append((s.text.strip(), s))
        a, b = s.start + m.start(), s.start + m.end("pname")
        doc.mentions.append(Mention("organization", a, b, doc.text[a:b], s, key=o.label,
                                    attrs={"name": o.label, "kind": o.kind, "level": o.level, "place_iri": None,
                                           "parent_iri": None}, iri=o.iri))


def _listed_committees(doc: Doc, state: "_State") -> None:
    """"Một số Đảng bộ … như: A, B và C": communes listed by bare name after a plural "Đảng
    bộ" (the places component marks them) name each commune's party organization."""
    listed = [pm for pm in doc.of("place") if pm.attrs.get("listed") == "đảng bộ"]
    if not listed:
        return
    spans = [(m.start, m.end) for m in doc.of("organization")]  # looked up once: a long text lists many
    for pm in listed:
        if state.places.mention_at(pm.start, pm.end) is None:
            continue
        if any(s < pm.end and pm.start < e for s, e in spans):
            continue
        place = state.places.resolve(pm.attrs.get("unit_type") or "xã", pm.attrs.get("name"), pm.start, pm.end)
        if place.iri is None:
            continue
        o = state._tpc_org(place)
        o.surfaces.append((o.label, pm.sentence))
        doc.mentions.append(Mention("organization", pm.start, pm.end, pm.text, pm.sentence, key=o.place_key,
                                    attrs={"name": o.label, "kind": o.kind, "level": o.level,
                                           "place_iri": place.iri, "parent_iri": None}, iri=o.iri))


_BOARD = regex.compile(r"(?<![\p{L}])Ban [Bb]iên tập(?![\p{L}])")
_PRESS = ("Tạp chí ", "Báo ")


def _editorial_boards(doc: Doc, state: "_State") -> None:
    """"Ban Biên tập" is the editorial board of the journal or paper written after it, else of
    the one press body the article names: a body of its own whose parent is that press body."""
    if "iên tập" not in doc.text:
        return
    press: dict[str, Mention] = {}
    for m in doc.of("organization"):
        if m.attrs.get("level") == "central" and str(m.attrs.get("name", "")).startswith(_PRESS):
            press.setdefault(m.iri.value, m)
    if not press:
        return
    counts = Counter(m.iri.value for m in doc.of("organization") if m.iri.value in press)
    for s in doc.sentences:
        for b in _BOARD.finditer(s.text):
            a, e = s.start + b.start(), s.start + b.end()
            if any(m.start <= a < m.end for m in doc.of("organization")):
                continue
            after = [m for m in doc.of("organization") if m.iri.value in press and m.start == _skip_space(doc.text, e)]
            if after:
                nxt = after[0]
                end = nxt.end
            elif len(press) == 1 or counts.most_common(2)[0][1] > counts.most_common(2)[1][1]:
                nxt = press[counts.most_common(1)[0][0]]  # the press body the article keeps naming
                end = e
            else:
                continue
            host = state.orgs.get(nxt.iri.value)
            if host is None:
                continue
            label = "Ban Biên tập " + nxt.attrs["name"]
            o = state._org("other", fold(label), label, "PublicBody", "agency")
            o.parent = host
            text = doc.text[a:end]
            o.surfaces.append((text, s))
            doc.mentions.append(Mention("organization", a, end, text, s, key=o.label,
                                        attrs={"name": o.label, "kind": o.kind, "level": o.level,
                                               "place_iri": None, "parent_iri": host.iri},
                                        iri=o.iri))


_ELIDED = ("Nông dân", "Phụ nữ", "Cựu chiến binh", "Chữ thập đỏ", "Người cao tuổi", "Khuyến học", "Doanh nghiệp")
_LIST_GAP = regex.compile(r"^(?:\s*(?:,|và|,\s*và)\s*(?:" + "|".join(_ELIDED) + r"))*"
                          r"\s*(?:,|và|,\s*và)\s*(?:các\s+tổ\s+chức[^,.;:()]{0,40}?\s+như\s+)?$")


def _agency_main(state: "_State", offset: int) -> "Org | None":
    """In an article about an agency's party organization ("Đảng bộ cơ quan Tạp chí X", named
    twice or more before), a bare "Đảng ủy" is that organization."""
    counts = Counter(m.iri.value for m in state.doc.mentions if m.label == "organization" and m.start < offset
                     and m.iri is not None and m.attrs.get("kind") == "party_committee"
                     and m.attrs.get("level") == "agency")
    if not counts:
        return None
    (best, n), *rest = counts.most_common(2)
    if n < 2 or (rest and rest[0][1] == n):
        return None
    return state.orgs.get(best)


def _agency_before(state: "_State", start: int) -> "Org | None":
    """The party committee of an agency named last before a bare "Ban Thường vụ" ("Ban Chấp hành
    Đảng bộ cơ quan Tạp chí X … đã bầu Ban Thường vụ"): its standing committee."""
    prev = next((m for m in reversed(state.doc.mentions) if m.label == "organization" and m.end <= start
                 and m.attrs.get("kind") == "party_committee" and m.attrs.get("level") == "agency"), None)
    return state.orgs.get(prev.iri.value) if prev is not None and prev.iri is not None else None


def _listed_place(state: "_State", start: int) -> "PlaceRef | None":
    """"Mặt trận Tổ quốc tỉnh, Hội Nông dân, …": a body written without a place in a list
    right after one with a place is a body of that place."""
    prev = next((m for m in reversed(state.doc.mentions) if m.label == "organization" and m.end <= start), None)
    if prev is None or prev.iri is None or not _LIST_GAP.match(state.doc.text[prev.end:start]):
        return None
    o = state.orgs.get(prev.iri.value)
    if o is None or o.place is None or not o.place.name or o.cls != "MassOrganization":
        return None
    return o.place


_ELIDED_RX = regex.compile(r"(?:\s*,\s*|\s+và\s+)(" + "|".join(_ELIDED) + r")(?![\p{L}])")


_REGION_RX = regex.compile(r"(?:\s*,\s*|\s+và\s+)(Tây\s+Bắc|Tây\s+Nguyên|Tây\s+Nam\s+[Bb]ộ)(?![\p{L}\p{M}])")


def _elided_regions(doc: Doc, state: "_State") -> None:
    """ "Ban Chỉ đạo Tây Nam bộ, Tây Nguyên, Tây Bắc": the head written once for the central
    steering committees of the regions; each region named after it is its own committee."""
    if "Ban Chỉ đạo Tây" not in doc.text:
        return
    for m in list(doc.of("organization")):
        if m.iri is None or not _rx(r"Ban\s+Chỉ\s+đạo\s+Tây\s").match(m.text):
            continue
        o = state.orgs.get(m.iri.value)
        if o is None or o.kind != "steering_committee":
            continue
        at = m.end
        while True:
            e = _REGION_RX.match(doc.text, at)
            if e is None or any(x.start <= e.start(1) < x.end for x in doc.mentions if x.label == "organization"):
                break
            label = "Ban Chỉ đạo " + " ".join(e.group(1).split())
            o2 = state._org(o.kind, fold(label) + "@" + o.place_key.split("@", 1)[-1], label, o.cls, o.level, o.place)
            o2.parent = o2.parent or o.parent
            a, b = e.start(1), e.end(1)
            o2.surfaces.append((label, m.sentence))
            doc.mentions.append(Mention("organization", a, b, doc.text[a:b], m.sentence, key=o2.place_key or label,
                                        attrs={"name": label, "kind": o2.kind, "level": o2.level,
                                               "place_iri": None, "parent_iri": None}, iri=o2.iri))
            at = b


def _elided_associations(doc: Doc, state: "_State") -> None:
    """"Hội Nông dân, Phụ nữ, Cựu chiến binh tỉnh": the word "Hội" written once for a list of
    associations; each one named after it is an association of the same place."""
    if "Hội" not in doc.text:
        return
    p = patterns()
    for m in list(doc.of("organization")):
        if not m.text.startswith("Hội ") or m.iri is None:
            continue
        o = state.orgs.get(m.iri.value)
        if o is None or o.place is None or o.cls != "MassOrganization":
            continue
        at = m.end
        if o.place.name and m.text.endswith(o.place.name):
            continue  # the place closes the first name: a list after it is of other things
        while True:
            e = _ELIDED_RX.match(doc.text, at)
            if e is None or any(x.start <= e.start(1) < x.end for x in doc.mentions if x.label == "organization"):
                break
            spec = p.bodies.get(fold("Hội " + e.group(1)))
            if spec is None:
                break
            label = f"Hội {e.group(1)} {o.place.label}".strip()
            o2 = state._org(spec["kind"], f"{fold(spec.get('key', spec['label']))}|{o.place.key}", label, spec["cls"],
                            o.level, o.place)
            a, b = e.start(1), e.end(1)
            o2.surfaces.append((o2.label, m.sentence))
            doc.mentions.append(Mention("organization", a, b, doc.text[a:b], m.sentence, key=o2.place_key or o2.label,
                                        attrs={"name": o2.label, "kind": o2.kind, "level": o2.level,
                                               "place_iri": o.place.iri, "parent_iri": None}, iri=o2.iri))
            at = b


def _grassroots(label: str, m) -> str:
    """ "Chi bộ cơ sở Phòng X": a grassroots cell keeps "cơ sở" in its label as the text writes
    it (its key, made without the words, stays the one of "Chi bộ Phòng X")."""
    if regex.search(r"cơ\s+sở$", m.group("head")) and label.startswith("Chi bộ "):
        return "Chi bộ cơ sở " + label[len("Chi bộ "):]
    return label


# "Đoàn giám sát (của) Ban Dân vận Huyện ủy X": a delegation an organ of a party committee sends
_ORGAN_DELEGATION = regex.compile(r"(?<![\p{L}\p{M}])(?P<dhead>[Đđ]oàn\s+(?:công\s+tác|kiểm\s+tra|giám\s+sát)"
                                  r"(?:\s+số\s+\d{1,3})?)\s+(?:của\s+)?")
_SENDING_ORGANS = frozenset({"organization_commission", "propaganda_commission", "mass_mobilization_commission",
                             "inspection_committee", "standing_committee"})


def _organ_delegations(doc: Doc, state: "_State") -> None:
    """ "Đoàn kiểm tra của Ban Tuyên giáo Thành ủy X": a delegation sent by an organ of a party
    committee is one body of the document, under that organ, labelled "… của" + the organ's
    label (written with "của" or without it)."""
    if "oàn " not in doc.text:
        return
    found = doc.of("organization")
    organs = {m.start: m for m in found if m.iri is not None and m.attrs.get("kind") in _SENDING_ORGANS}
    if not organs:
        return
    sent = []
    for d in _ORGAN_DELEGATION.finditer(doc.text):
        om = organs.get(d.end())
        if om is None or any(x.start <= d.start() < x.end for x in found):
            continue
        host = state.orgs.get(om.iri.value)
        if host is not None:
            head = " ".join(d.group("dhead").split())
            sent.append((d, om, host, head, *head.partition(" số ")[::2]))
    # "Đoàn kiểm tra của Ban X" and "Đoàn kiểm tra số 3 của Ban X": one delegation, its number
    # written once; with two numbers for one organ the bare head names neither
    numbers: dict[tuple[str, str], set[str]] = {}
    for _d, _om, host, _head, base, num in sent:
        numbers.setdefault((fold(base), host.iri.value), set()).update([num] if num else [])
    for d, om, host, head, base, num in sent:
        seen = numbers[(fold(base), host.iri.value)]
        written = f"{head[:1].upper()}{head[1:]} của {host.label}"
        if not num and len(seen) == 1:
            head = f"{base} số {next(iter(seen))}"
        label = f"{head[:1].upper()}{head[1:]} của {host.label}"
        o = state._org("other", fold(label) + "@" + short_key(doc.iri), label, host.cls, host.level, host.place)
        o.parent = o.parent or host
        a, b = d.start(), d.end("dhead")
        o.surfaces.append((written, om.sentence))
        doc.mentions.append(Mention("organization", a, b, doc.text[a:b], om.sentence, key=o.place_key or label,
                                    attrs={"name": label, "kind": o.kind, "level": o.level,
                                           "place_iri": o.place.iri if o.place else None, "parent_iri": host.iri},
                                    iri=o.iri))


def _type_facts(doc: Doc, o: Org, s: Sentence, name: str) -> None:
    doc.add_fact(o.iri, RDF.type, ORG.Organization, s, name)
    doc.add_fact(o.iri, RDF.type, PKG[o.cls], s, name)
    doc.add_fact(o.iri, RDFS.label, lit(o.label, "vi"), s, name)
    doc.add_fact(o.iri, PKG.orgKind, concept("org-kind", o.kind), s, name)
    if o.level:
        doc.add_fact(o.iri, PKG.level, concept("org-level", o.level), s, name)
    if o.place is not None and o.place.iri is not None:
        doc.add_fact(o.iri, PKG.basedIn, o.place.iri, s, name)
    parent = o.parent.iri if o.parent else o.parent_iri
    if parent is not None and parent != o.iri:
        doc.add_fact(o.iri, ORG.subOrganizationOf, parent, s, name)


def _scan(s: Sentence, p: Patterns) -> list[tuple[int, int, Sentence, dict]]:
    """Candidate spans of one sentence; overlaps are settled longest first."""
    text = s.text
    low = lowered(text)
    g = p.gates
    cands: list[tuple[int, int, dict]] = []
    for m in matches_at(p.central, text, g["central"].starts(low)):
        if _ELECTION.search(text, max(0, m.start() - 30), m.start()):
            continue  # "bầu cử đại biểu Quốc hội": an election, not the body acting
        if _DIRECTIVE_NAME.search(text, max(0, m.start() - 20), m.start()):
            continue  # "Nghị quyết Trung ương Đảng": the name of a plenum's resolution, no body named
        if _BOND.search(text, max(0, m.start() - 12), m.start()):
            continue  # "trái phiếu Chính phủ": government bonds, no body acting
        if m.group("central")[:1] == "b" and _rx(r"(?i:cán|nội)\s+$").search(text, max(0, m.start() - 6), m.start()):
            continue  # "cán bộ chính trị": political cadres, no body
        # "Bí thư Trung ương Đảng": a secretary of the Central Committee sits in the Secretariat
        sec = p.central_forms[fold(m.group("central"))]["label"] == "Ban Chấp hành Trung ương" and \
            not m.group("central").startswith(("Ban", "BCH")) and _SECRETARY.search(text, max(0, m.start() - 12), m.start())
        # "Bằng khen của Thủ tướng Chính phủ": the Prime Minister's title, no act of the Government
        premier = _PREMIER.search(text, max(0, m.start() - 12), m.start()) is not None and \
            p.central_forms[fold(m.group("central"))]["label"] == "Chính phủ"
        cands.append((m.start(), m.end(), {"type": "central", "m": m, "secretariat": bool(sec), "title_only": premier}))
    for m in matches_at(p.tpc, text, g["tpc"].starts(low)):
        end = m.end()
        if m.group("name") and m.group("name")[0].isdigit() and _clean_name(
                m.group("name"), unit_of(m.group("unit")), text, m.end()) is None:
            end = m.end("unit") if m.group("unit") else m.end("head")
        cands.append((m.start(), end, {"type": "tpc", "m": m}))
    for m in matches_at(p.organ, text, g["organ"].starts(low)):
        if fold(m.group("organ")) == "thường trực" and regex.search(
                r"(?i:bí thư|chủ tịch|chủ nhiệm|trưởng ban|viên|giám đốc|thứ trưởng)\s*$", text[max(0, m.start() - 25):m.start()]):
            continue
        if m.group("organ") in ("thường vụ", "ban thường vụ") and not _STANDING_LISTED.match(text, m.end()) and not (
                _STANDING_OF.match(text, m.end()) and (m.group("organ") == "ban thường vụ" or
                                                        not _rx(r"(?i:viên)\s+$").search(text, max(0, m.start() - 8), m.start()))):
            continue  # "thường vụ" in lower case is the standing committee only beside the committee
            # or right before it ("thay mặt thường vụ Đảng ủy xã"), a member's title aside;
            # "ủy viên ban thường vụ huyện ủy" names the committee's board whole
        if m.group("organ") == "văn phòng" and not _rx(r"(?<![\p{L}])[Cc]hánh\s+$").search(text, max(0, m.start() - 8), m.start()):
            continue  # "văn phòng" in lower case is the office only in its head's title ("Chánh văn phòng")
        after = p.tpc.match(text, _skip_acronym(text, m.end()))
        end = after.end() if after and after.start() > m.end() - 1 else m.end()
        uplace = central = None
        if end == m.end():
            uplace = p.organ_place.match(text, m.end())
            if uplace is not None:
                end = uplace.end()
        if end == m.end():
            # "Ban Thường vụ Quân ủy Trung ương": an organ of a central body
            central = p.central.match(text, _skip_space(text, m.end()))
            if central is not None and central.start() > m.end() and \
                    p.central_forms[fold(central.group("central"))]["cls"] == "PartyOrganization":
                end = central.end()
            else:
                central = None
        tpc_m = after if end > m.end() and uplace is None and central is None else None
        if tpc_m is not None and (tpc_m.start() > _skip_space(text, m.end()) or fold(m.group("organ")) == "văn phòng"):
            # "Ban Thường vụ (BTV) Huyện ủy X", "Chánh Văn phòng Huyện ủy X": the organ, of the
            # committee named after it, and the committee a mention of its own (the office speaks
            # for the committee: what its head reports is the committee's)
            end = m.end()
        cands.append((m.start(), end, {"type": "organ", "m": m, "tpc": tpc_m, "uplace": uplace, "central": central}))
    for m in (p.office.finditer(text) if "ục" in text else ()):
        if m.group("oname").strip():
            cands.append((m.start(), m.end(), {"type": "office", "m": m}))
    # (before the bodies: "Công an" after a minister's title is the ministry, not the police)
    for m in (p.ministry.finditer(text) if "trưởng" in text else ()):
        cands.append((m.start(), m.end(), {"type": "ministry", "m": m}))
    for m in matches_at(p.body, text, g["body"].starts(low)):
        cands.append((m.start(), m.end(), {"type": "body", "m": m}))
    for m in (p.title_unit.finditer(text) if ("hủ tịch" in text or "í thư" in text) else ()):
        cands.append((m.start("unit"), m.end(), {"type": "title_unit", "m": m}))
    for m in (_MILITARY_HEAD.finditer(text) if "huy trưởng" in text else ()):
        cands.append((m.start("qs"), m.end(), {"type": "military_head", "m": m}))
    for m in (p.sector.finditer(text) if ("Sở" in text or "hòng" in text or "Bộ" in text) else ()):
        cands.append((m.start(), m.end(), {"type": "sector", "m": m}))
    for m in (p.cell.finditer(text) if "hi bộ" in text else ()):
        agency = m.group("agency") or ""
        if agency.startswith("Trung tâm"):
            # "Chi bộ Trung tâm Dịch vụ nông nghiệp huyện": the centre's whole name, as the
            # centres' own pattern reads it (its field runs on in lower case up to the unit)
            cm = p.centre.match(text, m.start("agency")) or p.centre_alone.match(text, m.start("agency"))
            if cm is not None and cm.end() >= m.end("agency"):
                cands.append((m.start(), cm.end(), {"type": "cell", "m": m, "centre": cm}))
                continue
        if agency.startswith(("Ban", "ban")):
            # "Chi bộ Ban quản lý Khu bảo tồn X": the board's whole name
            bm = p.board.match(text, m.start("agency"))
            if bm is not None and bm.end() >= m.end("agency"):
                cands.append((m.start(), bm.end(), {"type": "cell", "m": m, "board": bm}))
                continue
        if m.group("csector"):
            # "Chi bộ phòng Kinh tế - Hạ tầng huyện": the department's unit and place
            ut = p.organ_tail.match(text, m.end())
            if ut is not None:
                cands.append((m.start(), ut.end(), {"type": "cell", "m": m, "tail": ut}))
                continue
        if not any(m.group(g) for g in ("cnum", "vunit", "csector", "agency", "bunit")):
            nm = _CELL_NAME.match(text, m.end())
            if nm is not None and not _AGENCY_WORDS.search(nm.group("cname")):
                cands.append((m.start(), nm.end("cname"), {"type": "cell", "m": m, "named": nm}))
                continue
        cands.append((m.start(), m.end(), {"type": "cell", "m": m}))
    for m in (p.school.finditer(text) if "rường" in text else ()):
        # "trường THCS", "Trường Tiểu học": a school named by its level alone is one when that
        # level is written as a name (capitalised or an acronym); "trường tiểu học" is generic
        level_word = m.group("school").split()[1]
        if m.group("school")[0] == "t" or not (m.group("sname") or m.group("unit")):
            if not level_word[0].isupper():
                continue
            if m.group("school")[0] == "t" and not (m.group("sname") or m.group("unit")) and \
                    _FACILITY.search(text, max(0, m.start() - 24), m.start()):
                continue  # "phòng học trường THCS": a building of some school
        cands.append((m.start(), m.end(), {"type": "school", "m": m}))
    for m in (_PREFIXED.finditer(text) if ("Ban " in text or "iều tra" in text or "ban " in text
                                           or "ảng đoàn" in text) else ()):
        at = m.end()
        for htype, rx in (("body", p.body), ("sector", p.sector), ("central", p.central), ("office", p.office)):
            if (m.group("organ") or m.group("council")) and htype != "body":
                break
            host = rx.match(text, at)
            if host is not None and (htype != "office" or host.group("oname").strip()):
                cands.append((m.start(), host.end(), {"type": "prefixed", "m": m, "host": host, "htype": htype}))
                break
    for m in (_PRESS_BODY.finditer(text) if ("áo " in text or "Đài " in text) else ()):
        cands.append((m.start(), m.end(), {"type": "press", "m": m}))
    for m in (_REPORTER.finditer(text) if ("PV " in text or "hóng viên " in text) else ()):
        if m.group("pname").split()[0] not in p.surnames:  # "phóng viên Nguyễn An" is a person
            cands.append((m.start("pname"), m.end(), {"type": "press", "m": m, "reporter": True}))
    for m in (_DELEGATION.finditer(text) if "oàn " in text else ()):
        host = p.central.match(text, m.end()) or p.tpc.match(text, m.end())
        if host is not None and (host.re is p.central or host.group("name")):
            cands.append((m.start(), m.end("dhead"), {"type": "delegation", "m": m, "host": host}))
    for m in (_TEAM.finditer(text) if "Đội " in text else ()):
        cands.append((m.start(), m.end(), {"type": "team", "m": m}))
    for m in (_MILITARY_UNIT.finditer(text) if ("đoàn " in text or "Quân khu" in text) else ()):
        cands.append((m.start(), m.end(), {"type": "military", "m": m}))
    for m in (p.centre.finditer(text) if "Trung tâm" in text else ()):
        if _rx(r"(?:tại|ở)\s+$").search(text, max(0, m.start() - 6), m.start()):
            continue  # "tại Trung tâm Hội nghị tỉnh": a venue
        cands.append((m.start(), m.end(), {"type": "centre", "m": m}))
    for m in (p.board.finditer(text) if "uản lý" in text or "uản Lý" in text else ()):
        cands.append((m.start(), m.end(), {"type": "board", "m": m}))
    for m in (p.centre_alone.finditer(text) if "Trung tâm" in text else ()):
        if _rx(r"(?:tại|ở|về)\s+$").search(text, max(0, m.start() - 6), m.start()):
            continue
        cands.append((m.start(), m.end(), {"type": "centre", "m": m, "alone": True}))
    for m in (p.coop.finditer(text) if ("ợp tác xã" in text or "HTX" in text) else ()):
        if m.group("field").strip() or m.group("hname"):
            cands.append((m.start(), m.end(), {"type": "coop", "m": m}))
    for m in (p.committee.finditer(text) if ("Ban" in text or "ban chỉ đạo" in text or "ban vận động" in text
                                            or "ban giám sát" in text or "ban phát triển" in text) else ()):
        ph = m.group("phrase")
        if ph and _PHRASE_STOP.match(ph.strip()):
            cands.append((m.start(), m.end("chead"), {"type": "committee", "m": m, "bare": True}))
        else:
            cands.append((m.start(), m.end(), {"type": "committee", "m": m}))
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    taken: list[tuple[int, int]] = []
    out = []
    for a, b, info in cands:
        if any(a < y and b > x for x, y in taken):
            continue
        before = text[max(0, a - 12):a]
        if p.plural_before.search(before) and info["type"] not in ("central",) and not (
                info["type"] in ("tpc", "body") and info["m"].group("unit") and info["m"].group("name")):
            continue  # "các Đảng bộ xã", but "các Đảng bộ xã A, B và C": those named ones
        taken.append((a, b))
        out.append((s.start + a, s.start + b, s, info))
    return out


_MILITARY_UNIT = regex.compile(r"(?<![\p{L}])(?:Sư đoàn|Trung đoàn|Lữ đoàn|Tiểu đoàn|Quân đoàn|Quân khu|Hải đoàn)"
                               r"\s+\d{1,3}(?![\d\p{L}])")
# the press: "báo điện tử Infonet", "Báo Thanh Niên", "Đài Truyền hình TPHCM" (the name capitalised)
_PRESS_BODY = regex.compile(r"(?<![\p{L}\p{M}])(?P<phead>(?P<merged>[Bb]áo\s+và\s+[Pp]hát\s+thanh\s*(?:,|và|-|–)?\s*[Tt]ruyền\s+hình)|"
                       r"[Bb]áo(?:\s+điện\s+tử)?|Đài\s+(?:Phát\s+thanh(?:\s*(?:và|-|–|,)\s*"
                       r"|\s+)Truyền\s+hình|Truyền\s+hình|Phát\s+thanh|PT-TH|PTTH"
                       # a district's station: "Đài Truyền thanh - Truyền hình X", "Đài TT-TH X"
                       r"|Truyền\s+thanh(?:\s*(?:và|-|–|,)\s*Truyền\s+hình)?|TT\s*[-–]\s*TH|TTTH))\s+"
                       r"(?![Cc]ơ\s+sở(?![\p{L}\p{M}]))"  # "Đài Truyền thanh Cơ sở": the commune's station, no name
                       r"(?P<pname>(?:\p{Lu}[\p{Ll}\p{M}]*|[A-ZĐ]{2,})(?:[ \t]+(?:\p{Lu}[\p{Ll}\p{M}]*|[A-ZĐ]{2,})){0,3})"
                       r"(?![\p{L}\p{M}\d])")
# a team of an agency named by its work: "Đội kiểm soát hải quan", "Đội Cảnh sát giao thông số 2"
_TEAM = regex.compile(r"(?<![\p{L}\p{M}])Đội\s+(?:[Kk]iểm\s+soát|[Cc]ảnh\s+sát|[Qq]uản\s+lý|[Nn]ghiệp\s+vụ|[Tt]hanh\s+tra|"
                      r"[Kk]iểm\s+tra|[Tt]huế|[Đđ]iều\s+tra|[Tt]rinh\s+sát|[Pp]hòng\s+cháy|[Cc]hống\s+buôn\s+lậu)"
                      r"(?:\s+(?!(?:và|đã|được|của|với|là|có|thì|để|trong|tại|bị|cho|do|đang|sẽ|này|đó|khi|theo|từ|đến|"
                      r"ra|vào|về|trên|dưới|cùng|các|những|phối|hợp|phát|hiện|bắt|xử|lý|tiến|hành|kiểm|số)(?![\p{L}\p{M}]))"
                      r"[\p{Ll}\p{M}]+){0,4}(?:\s+số\s+\d{1,3})?(?![\p{L}\p{M}\d])")
# a reporter of a paper named by the paper alone: "xác nhận với PV Thanh Niên"
_REPORTER = regex.compile(r"(?<![\p{L}\p{M}])(?:PV|[Pp]hóng\s+viên)\s+(?P<phead>)"
                          r"(?P<pname>\p{Lu}[\p{Ll}\p{M}]*(?:[ \t]+\p{Lu}[\p{Ll}\p{M}]*){0,2})(?![\p{L}\p{M}\d])")
# bodies named after the one they serve in: "Ban cán sự đảng Bộ Tài chính", "Cơ quan Cảnh sát
# điều tra, Công an tỉnh X"
_PREFIXED = regex.compile(r"(?<![\p{L}\p{M}])(?:(?P<bcs>Ban\s+[Cc]án\s+sự\s+[ĐđÐ]ảng)|(?P<group>[ĐÐ]ảng\s+đoàn)|(?P<organ>Ban\s+Chấp\s+hành|"
                          r"Ban\s+[Tt]hường\s+vụ)(?=\s+(?:Hội|Đoàn|Liên\s+đoàn|Công\s+đoàn|LĐLĐ))"
                          r"|(?P<dept>(?P<union>[Cc]ông\s+đoàn\s+)?[Bb]an\s+(?!Chấp\s|Thường\s|[Cc]án\s)(?P<dfield>\p{Lu}[\p{Ll}\p{M}]*(?:\s+[\p{Ll}\p{M}]+){0,4}))"
                          r"(?=\s+(?:LĐLĐ|Liên\s+đoàn\s+Lao\s+động|Hội\s+\p{Lu}|Tổng\s+LĐLĐ))"
                          r"|(?P<council>[Bb]an\s+(?:Kinh\s+tế\s*[-–]\s*(?:Xã\s+hội|Ngân\s+sách)|Văn\s+hóa\s*[-–]\s*Xã\s+hội|Pháp\s+chế|Dân\s+tộc|Kinh\s+tế))"
                          r"(?=\s*,?\s+(?:HĐND|Hội\s+đồng\s+nhân\s+dân))"
                          r"|(?P<board>Ban\s+[Đđ]ại\s+diện\s+(?:HĐQT|[Hh]ội\s+đồng\s+quản\s+trị))|(?P<cqdt>Cơ\s+quan\s+"
                          r"(?P<field>(?:[Cc]ảnh\s+sát\s+|[Aa]n\s+ninh\s+)?)điều\s+tra))\s*,?\s+")
# "Đoàn công tác của Ban Bí thư", "Đoàn kiểm tra số 2 của Tỉnh ủy X": a delegation a body sends
_DELEGATION = regex.compile(r"(?<![\p{L}\p{M}])(?P<dhead>[Đđ]oàn\s+(?:công\s+tác|kiểm\s+tra|giám\s+sát)"
                            r"(?:\s+số\s+\d{1,3})?)\s+của\s+")
# "bàn trong thường vụ, Đảng ủy, UBND": the standing committee listed beside its committee
_STANDING_LISTED = regex.compile(r"\s*(?:,|và)\s*(?:[ĐÐ]ảng\s+(?:ủy|uỷ)|[Cc]ấp\s+(?:ủy|uỷ))(?![\p{L}\p{M}])")
# "thường vụ Đảng ủy xã", "thường vụ Huyện ủy": the committee the standing committee is of
_STANDING_OF = regex.compile(r"\s+(?:[ĐÐđ]ảng\s+(?:ủy|uỷ)|(?:[Tt]ỉnh|[Tt]hành|[Hh]uyện|[Qq]uận|[Tt]hị)\s+(?:ủy|uỷ))(?![\p{L}\p{M}])")
# "Đảng bộ, chính quyền và nhân dân huyện X", "Đảng bộ, chính quyền, các đoàn thể và Nhân dân xã Y"
_SHARED_BY_PEOPLE = regex.compile(
    r"\s*,?\s*chính\s+quyền(?:\s*,\s*|\s+và\s+)(?:(?:các\s+)?(?:đoàn\s+thể|MTTQ(?:\s+và\s+các\s+đoàn\s+thể)?)\s*(?:,|và)\s*(?:và\s+)?)?"
    r"(?:[Nn]hân\s+dân|quân\s+và\s+dân|các\s+tầng\s+lớp\s+[Nn]hân\s+dân)\s+"
    rf"(?P<unit>tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)(?![\p{{L}}\p{{M}}])\s+(?P<name>{NAME})")
# a numbered cell and the name of its village after a dash: "chi bộ 4 - Hưng Bình" (not a body's:
# "Chi bộ 9 - Trường Mầm non X" is the school's cell)
# (nor a term's: "Chi bộ 4 - Nhiệm kỳ 2025 - 2030"); a village's unit word after the dash is left out
# of the name ("Chi bộ 7 - Thôn Tân Lập" is "Chi bộ 7 - Tân Lập")
# the first words of a body's or a term's name, never of a village's: a cell's name starting with one
# is not its village's ("Chi bộ 9 - Trường …", "Chi bộ Ban …")
_NOT_A_VILLAGE = (r"Trường|Trạm|Ban|Hội|Đoàn|Phòng|Sở|Trung|Bệnh|Cơ|Công|Ủy|UBND|HĐND|Chi|Đảng|Khối|Văn|Kho|Ngân|"
                  r"Hạt|Bảo|Tổ|Đội|Nhà|Xí|Hợp|HTX|Cục|Nhiệm|Khóa|Khoá|Năm|Giai|Lần|Kỳ|Đại|Phiên")
_NUMBER_NAMED = regex.compile(rf"[ \t]*[-–][ \t]*(?!(?:{_NOT_A_VILLAGE})(?![\p{{L}}\p{{M}}]))"
                           r"(?:(?:Thôn|Bản|Xóm|Ấp|Khu|Làng|Buôn|Tiểu\s+khu|Khối)[ \t]+(?=\p{Lu}))?"
                           r"(\p{Lu}[\p{Ll}\p{M}]*(?:[ \t]+\p{Lu}[\p{Ll}\p{M}]*){0,3})(?![\p{L}\p{M}\d])")
# "Chi bộ Gò Mít 2, xã X": a cell named after its village, the name written without the
# village's unit word (and often with a number), the commune after it; the name again later
_CELL_NAME = regex.compile(
    rf"[ \t]+(?!(?:{_NOT_A_VILLAGE}|Thôn|Bản|Xóm|Ấp|Khu|Làng|"
    r"Buôn|Tiểu|Các|Quân|DN|Doanh|Xã|Phường|Huyện|Tỉnh|Thị|Thành|Quận|Viện|Học|Ngày|Tháng|Sáng|Chiều|Tối|"
    r"Đồng|Ông|Bà|Anh|Chị|Tại|Trong|Với|Theo|Sau|Từ|Khi|Đây|Đó|Này|Việt|Nam)(?![\p{L}\p{M}]))"
    r"(?P<cname>\p{Lu}[\p{Ll}\p{M}]*(?:[ \t]+\p{Lu}[\p{Ll}\p{M}]*){0,3}(?:[ \t]+\d{1,2})?)(?![\p{L}\p{M}\d])"
    rf"(?:(?:[ \t]*,[ \t]*|[ \t]*\([ \t]*|[ \t]+)(?P<unit>xã|phường|thị[ \t]+trấn)[ \t]+(?P<name>{NAME}))?")
# an agency's or an enterprise's words: "Chi bộ Bưu điện, xã X" is the post office's cell, never
# a cell named after a village
_AGENCY_WORDS = regex.compile(
    r"(?<![\p{L}\p{M}])(?:[Bb]ưu\s+[Đđ]iện|[Đđ]iện\s+[Ll]ực|[Cc]ông\s+[Aa]n|[Qq]uân\s+[Ss]ự|[Bb]iên\s+[Pp]hòng|[Yy]\s+[Tt]ế|"
    r"[Tt]rường|[Nn]gân\s+[Hh]àng|[Kk]ho\s+[Bb]ạc|[Tt]huế|[Vv]iễn\s+[Tt]hông|[Tt]h[uủ][yỷ]\s+[Ll]ợi|[Kk]iểm\s+[Ll]âm|"
    r"[Hh]ải\s+[Qq]uan|[Gg]iáo\s+[Dd]ục|[Tt]òa\s+[Áá]n|[Tt]oà\s+[Áá]n|[Kk]iểm\s+[Ss]át|[Tt]hi\s+[Hh]ành|[Bb]ảo\s+[Hh]iểm|"
    r"[Cc]ấp\s+[Nn]ước|[Xx]ăng\s+[Dd]ầu|[Nn]ước\s+[Ss]ạch|[Cc]ông\s+[Tt]y|[Hh]ợp\s+[Tt]ác|[Nn]ông\s+[Tt]rường|"
    r"[Ll]âm\s+[Tt]rường|[Bb]ệnh\s+[Vv]iện|[Đđ]ịa\s+[Cc]hính|[Tt]ư\s+[Pp]háp|[Tt]ài\s+[Cc]hính|[Dd]ân\s+[Qq]uân)"
    r"(?![\p{L}\p{M}])")
# "Bí thư Đoàn xã", "BCH Đoàn xã": a youth union's own posts and organs before "Đoàn xã X"
_YOUTH_TITLE = regex.compile(r"(?:[Bb]í\s+thư|BCH|[Cc]hấp\s+hành|[Tt]hường\s+vụ|[Cc]án\s+bộ|[Hh]ội\s+nghị|[Đđ]ại\s+hội)\s*$")
# words that make "Đoàn xã X" the youth union rather than a commune's team or delegation
_YOUTH_WORDS = regex.compile(r"(?<![\p{L}\p{M}])(?:[Tt]hanh\s+niên|[Đđ]oàn\s+viên|[Tt]uổi\s+trẻ|[Tt]hiếu\s+nhi|[Tt]ình\s+nguyện|"
                             r"[Cc]hi\s+đoàn|[Đđ]ội\s+viên|TNCS|[Hh]ọc\s+sinh|[Cc]ông\s+trình\s+thanh)(?![\p{L}\p{M}])")
_COMMISSIONS = frozenset({"organization_commission", "propaganda_commission", "mass_mobilization_commission"})
# "Ban Tổ chức hội thi", "Ban Tổ chức giải": the board that organizes an event
_EVENT_BOARD = regex.compile(r"\s+(?:hội|giải|cuộc|chương|lễ|Hội\s+(?:thi|nghị|diễn)|Giải|Cuộc|Lễ|Chương|[Đđ]ại\s+hội)(?![\p{L}\p{M}])")
# "Tại hội thi do Huyện ủy X tổ chức, Ban Tổ chức …": an event the sentence opened with, so a bare
# "Ban Tổ chức" after it is the event's organizing board, not the committee's commission
_EVENT_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(?:[Hh]ội\s+(?:thi|nghị|diễn|trại)|[Cc]uộc\s+thi|[Gg]iải\s+(?:thi|đấu|bóng)|[Ll]ễ|"
                              r"[Đđ]ại\s+hội|[Ll]iên\s+hoan|chủ\s+trì|tổ\s+chức\s*,)(?![\p{L}\p{M}])")
# what joins a bare organ to the next post of a chain: a comma, a dash or "kiêm", and in an
# appointment "giữ chức" ("vào Ban Thường vụ, giữ chức Trưởng ban Dân vận Huyện ủy X")
_HOLDS = r"\s*(?:,|\s[-–]|\s+kiêm)\s*(?:giữ\s+chức(?:\s+vụ)?\s+)?"
# between a bare organ and the committee that ends the chain of posts: a comma, a head's
# title and the words of another organ ("…, Trưởng ban Tổ chức", "…, Chủ nhiệm Ủy ban Kiểm tra")
_ELIDED_ORGAN_CHAIN = regex.compile(
    rf"{_HOLDS}(?:[Pp]hó\s+)?(?:[Tt]rưởng|[Cc]hủ\s+nhiệm|[Bb]í\s+thư|[Cc]hánh)"
    # (a merged commission's name is longer, and may be joined by a dash: "Trưởng ban Tuyên giáo – Dân vận")
    r"(?:\s+(?:[\p{L}\p{M}]+(?:[-–][\p{L}\p{M}]+)?|\(\p{Lu}{2,8}\)|[-–])){0,7}?\s+(?=(?:Tỉnh|Huyện|Thành|Quận|Thị|[ĐÐ]ảng)\s+(?:ủy|uỷ)(?![\p{L}\p{M}]))")
# … or a head's title in the people's committee, council or front of a unit
_ELIDED_ORGAN_GOV = regex.compile(
    rf"{_HOLDS}(?:[Pp]hó\s+)?(?:Chủ\s+tịch|Chủ\s+nhiệm)(?:\s+[Tt]hường\s+trực)?\s+"
    r"(?:UBND|HĐND|Ủy\s+ban\s+nhân\s+dân|Hội\s+đồng\s+nhân\s+dân|Ủy\s+ban\s+MTTQ(?:\s+Việt\s+Nam)?"
    r"|Ủy\s+ban\s+Mặt\s+trận\s+Tổ\s+quốc(?:\s+Việt\s+Nam)?)\s+(?P<unit>tỉnh|huyện|quận|thị\s+xã|thành\s+phố)"
    rf"(?![\p{{L}}\p{{M}}])(?:\s+(?P<name>{NAME}))?")
# "Chỉ huy trưởng quân sự xã X": a commander's title written with the unit's field and place
_MILITARY_HEAD = regex.compile(rf"(?<![\p{{L}}])(?:[Pp]hó\s+)?[Cc]hỉ\s+huy\s+trưởng\s+(?P<qs>[Qq]uân\s+sự)\s+"
                               rf"(?P<unit>xã|phường|thị\s+trấn|huyện|quận|thị\s+xã)(?![\p{{L}}\p{{M}}])(?:\s+(?P<name>{NAME}))?")
_PLURAL_BEFORE = regex.compile(r"(?<![\p{L}])(?:các|những|mọi|nhiều|một số|từng|mỗi)\s+$", regex.IGNORECASE)
# "phòng Nội vụ các huyện, thị xã", "… cấp huyện": departments of districts in general
_PLURAL_AFTER = regex.compile(r"\s+(?:(?:của\s+)?(?:các|những|mọi)\s+(?:huyện|quận|thị\s+xã|thành\s+phố|địa\s+phương)"
                              r"|cấp\s+huyện)(?![\p{L}])", regex.IGNORECASE)
_CLAUSE_HEAD = regex.compile(r"(?:^|;)\s*$")
_BOND = regex.compile(r"(?i:trái phiếu)\s+$")
_PREMIER = regex.compile(r"(?<![\p{L}])(?:Phó\s+)?[Tt]hủ\s+tướng\s+$")
_OF_UNIT = regex.compile(r"(?:\s+và\s+các\s+[^,.;:()]{2,50}?)?\s+(?:của|thuộc)\s+(?P<unit>tỉnh|huyện|quận|thị\s+xã|"
                         r"thành\s+phố|xã|phường|thị\s+trấn)(?![\p{L}\p{M}])(?!\s+\p{Lu})")
# words before a lower-case "trường THCS" that make it a building or a kind of school
_FACILITY = regex.compile(r"(?:phòng\s+học|lớp\s+học|nhà\s+học|nhà\s+đa\s+năng|cổng|sân|khuôn\s+viên|xây\s+dựng|"
                          r"xây\s+mới|nâng\s+cấp|sửa\s+chữa|chuẩn\s+hóa)\s+$")
_SECRETARY = regex.compile(r"(?<![Pp]hó\s)(?<![\p{L}])[Bb]í\s+thư\s+$")
_ELECTION = regex.compile(r"bầu\s+cử(?:\s+đại\s+biểu)?\s*$", regex.IGNORECASE)
# A central body written straight after a directive kind word is part of the directive's name.
_DIRECTIVE_NAME = regex.compile(r"(?i:nghị quyết|chỉ thị|kết luận|quy định|nghị quyết hội nghị)\s+$")


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \t":
        i += 1
    return i


_ACRONYM_GAP = regex.compile(r"[ \t]*\(\p{Lu}{2,8}\)[ \t]*")


def _skip_acronym(text: str, i: int) -> int:
    """"Ủy ban Kiểm tra (UBKT) Tỉnh ủy": the acronym a name introduces in brackets is no break
    between an organ and the committee it belongs to."""
    m = _ACRONYM_GAP.match(text, i)
    return m.end() if m is not None else _skip_space(text, i)


_PHRASE_STOP = regex.compile(r"(?:về|đối|với|của|và|đã|được|ban|các|những|cấp|trong|tại|để|có|là|thì|do|cho|"
                             r"nên|sẽ|đang|theo|chỉ|này|đó|huyện|tỉnh|xã|thành|phường|quận)\b")


# what may stand before a place heading its sentence: "Xã B …", "Ở xã B, …", "Riêng phường C …"
_TOPIC_HEAD = regex.compile(r"\W*(?:(?:(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm)(?=\s+(?:\d|(?:nay|qua|cùng|mai)\b))"
                            r"|Cùng\s+ngày|Cũng\s+trong|Trước\s+đó|Sau\s+đó)"
                            r"(?:\s+[^\s,.;:]+){0,4},\s*)?"  # a time the sentence opens with: "Sáng cùng ngày, xã B …"
                            r"(?:(?:Ở|Tại|Riêng|Còn|Với|Đối với|Trong khi đó,?|Cùng với)\s+)?")


# a number of holders of one title: "hai Phó Bí thư Đảng ủy xã", "một Chủ tịch UBND xã"
_COUNTED_TITLE = regex.compile(r"(?<![\p{L}])(?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:đồng chí\s+)?"
                               r"(?:phó\s+)?(?:chủ tịch|bí thư|chủ nhiệm|trưởng ban|ủy viên|uỷ viên)\s+$", regex.I)


_PLURAL_TITLE = regex.compile(r"(?<![\p{L}])(?:các|những|mọi|nhiều|một số|\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)"
                              r"\s+(?:đồng chí\s+)?(?:phó\s+)?(?:chủ tịch|bí thư)\s+$", regex.I)


_DIRECTIVE_LAST = regex.compile(r"(?:Kết\s+luận|Nghị\s+quyết|Chỉ\s+thị|Quyết\s+định|Quy\s+định|Đề\s+án)$")
_DIRECTIVE_CODE_AFTER = regex.compile(r"[ \t]+(?:số[ \t]+)?(\d{1,4}(?:[-‐–][\p{Lu}Đ]{1,5})?(?:/[\p{Lu}Đ\p{Ll}\d]{1,8})*)(?![\p{L}\d])")
_MTTQ_SHORT = regex.compile(r"\s*(?:,|và)\s*(?:các\s+)?(?:đoàn\s+thể|tổ\s+chức\s+chính\s+trị|Hội\s)")
# the head's title of an agency after a cell's secretary's: "Bí thư Chi bộ, Giám đốc Sở X",
# "Bí thư Chi bộ, Chánh Thanh tra tỉnh" (the agency's name follows)
_HEAD_OF_AGENCY = regex.compile(r"\s*[,–-]\s*(?:[Pp]hó\s+)?(?:[Gg]iám\s+đốc|[Cc]hánh(?=\s+(?:Thanh|Văn))|[Tt]rưởng(?=\s+(?:[Pp]hòng|Ban))"
                                r"|[Hh]iệu\s+trưởng|[Cc]hi\s+cục\s+trưởng|[Cc]ục\s+trưởng)\s+(?=\p{Lu})")
_HOST_AFTER = regex.compile(r"(?:\s*\([^()]{1,40}\))?(?:\s*(?:,\s*|\(\s*)(?:thuộc\s+)?|\s+thuộc\s+)(?P<host>[ĐÐ]ảng\s+(?:ủy|uỷ|bộ)\s)")


class _State:
    """Organizations of one document, and what short references resolve to."""

    def __init__(self, doc: Doc, places: DocPlaces) -> None:
        self.doc = doc
        self.places = places
        self.text_end = len(doc.text.rstrip())  # where the words of the text end
        self.orgs: dict[str, Org] = {}
        self.recent: dict[str, list[tuple[int, Org]]] = {}  # family -> [(offset, org)]
        self.named_tpc: list[tuple[int, Org]] = []
        self.span_end: int | None = None
        self._sentence_starts: list[int] = []

    # -- helpers
    def _org(self, kind: str, key: str, label: str, cls: str, level: str | None,
             place: PlaceRef | None = None) -> Org:
        iri = _org_iri(kind, key)
        o = self.orgs.get(iri.value)
        if o is None:
            o = self.orgs[iri.value] = Org(iri, label, kind, cls, level, place, place_key=key)
        return o

    def _remember(self, family: str, offset: int, o: Org) -> None:
        self.recent.setdefault(family, []).append((offset, o))

    def _recent(self, family: str, offset: int) -> Org | None:
        items = self.recent.get(family) or []
        before = [o for off, o in items if off <= offset]
        if before:
            return before[-1]
        return items[0][1] if items else None

    def listed_siblings(self, o: Org, end: int) -> list[tuple[int, int, Org]]:
        """Places listed after a body's own ("Ban Thường vụ Đảng ủy xã A, B và C"), each a
        place of the same level the text names: the same kind of body in each of them."""
        out = []
        at = end
        text = self.doc.text
        while True:
            mm = patterns().more_places.match(text, at)
            if mm is None:
                break
            a, b = mm.start("name"), mm.end("name")
            pm = self.places.mention_at(a, b)
            if pm is None or pm.start != a or pm.attrs.get("level") != o.place.level or \
                    pm.attrs.get("unit_type") in VILLAGE_UNITS:
                break
            b = pm.end
            unit = unit_of(mm.group("unit")) or o.place.unit
            if unit != o.place.unit and (o.kind != "party_committee" or _lvl(unit) != o.place.level):
                break  # another unit names another kind of place, but for a party organization's list
            place = self.places.resolve(unit, pm.attrs.get("name") or text[a:b], a, b)
            if place.iri is None or place.key == o.place.key:
                break
            out.append((a, b, self._sibling(o, place)))
            at = b
        return out

    def _sibling(self, o: Org, place: PlaceRef) -> Org:
        """The body of the same kind as o in another place of the same unit."""
        if o.kind == "party_committee":
            return self._tpc_org(place)
        key = o.place_key.replace(o.place.key, place.key)
        label = o.label.replace(o.place.name, place.name) if o.place.name in o.label else f"{o.label} {place.label}"
        o2 = self._org(o.kind, key, label, o.cls, o.level, place)
        if o.parent is not None and o.parent.kind == "party_committee" and o.parent.place is not None:
            o2.parent = self._tpc_org(place)
        return o2

    def first_pass(self, found) -> None:
        """Named territorial party organizations, so that a short reference before the full
        name ("Đảng ủy xã ... Đảng ủy xã Tà Mung") can still find it."""
        for start, end, s, info in found:
            if info["type"] == "tpc":
                o = self._tpc(info["m"], start, s, named_only=True)
                if o is not None and o.place is not None:
                    self.named_tpc.append((start, o))
                    if o.level != "agency":
                        self._remember("tpc:" + (o.place.unit or ""), start, o)
                    self._remember("tpc", start, o)
        self.recent_first = dict(self.recent)
        self.recent = {}

    def tpc_for(self, unit: str | None, offset: int, head: str = "") -> Org | None:
        """The territorial party organization a short reference ("Đảng ủy xã", "Huyện ủy") means."""
        fam = "tpc:" + unit if unit else "tpc"
        if unit in ("xã", "phường", "thị trấn"):
            topic = self._topic_place(unit, offset)
            if topic is not None:
                items = [off for off, _ in self.recent.get(fam) or [] if off <= offset]
                if not items or items[-1] < topic[0]:
                    return self._tpc_org(self.places.resolve(unit, topic[1]))
        if unit in PARTY_HEAD_UNIT.values():
            # "cấp ủy của tỉnh B đã cụ thể hóa đề án của Tỉnh ủy": a place of the head's unit
            # named earlier in the same sentence is the committee's
            here = self._sentence_start(offset)
            named = [(off, n) for off, u, n in self.places.named if u == unit and here <= off < offset]
            if named:
                items = [off for off, _ in self.recent.get(fam) or [] if off <= offset]
                if not items or items[-1] < named[-1][0]:
                    return self._tpc_org(self.places.resolve(unit, named[-1][1]))
        if not unit:
            # bare "Đảng ủy" / "Đảng bộ": the body just named in the same sentence, else the
            # article's own
            items = [(off, o) for off, o in self.recent.get("tpc") or [] if off <= offset]
            if head == "đảng ủy":
                # "…, Thị ủy viên, Bí thư Đảng uỷ": a town's, district's or province's committee is
                # its "Huyện ủy" / "Tỉnh ủy", never a bare "Đảng ủy"; that one is the commune's
                items = [(off, o) for off, o in items if o.level not in ("district", "province")]
            if items and self.doc.text.rfind(".", items[-1][0], offset) < 0 and offset - items[-1][0] < 200:
                return items[-1][1]
            main = self.main_org()
            if head == "đảng ủy" and (main is None or main.level in ("district", "province")) \
                    and self._only_agency_body() is None:
                commune = self._focus_commune()
                if commune is not None:
                    return commune
            return main or self._only_agency_body() or _agency_main(self, offset)
        o = self._recent(fam, offset)
        if o is None:
            items = self.recent_first.get(fam) or []
            o = items[0][1] if items else None
        if o is None and unit:
            lvl = _lvl(unit)
            name = self.places.focus_name(lvl) if lvl and self.places.focus_unit(lvl) in (None, "", unit) else None
            if not name:
                name = self._city_focus(unit)
            if name:
                o = self._tpc_org(self.places.resolve(unit, name))
        if o is None and not unit:
            return self.main_org()
        if o is None and unit in PARTY_HEAD_UNIT.values() and not self._only_higher_focus(unit):
            # "Tỉnh ủy" in an article that never names its province: one body for this document
            lvl = _lvl(unit)
            o = self._tpc_org(PlaceRef(unit, None, level=lvl, key=f"{unit}@{short_key(self.doc.iri)}"))
        return o

    def _focus_commune(self) -> Org | None:
        """The party organization of the commune an article is about (its focus, not one of
        several it goes through), named or not."""
        name = self.places.focus_name("commune")
        unit = self.places.focus_unit("commune")
        if not name or unit not in ("xã", "phường", "thị trấn") or self._scattered("commune", name):
            return None
        return self._tpc_org(self.places.resolve(unit, name))

    def _sentence_start(self, offset: int) -> int:
        starts = self._sentence_starts or [x.start for x in self.doc.sentences]
        self._sentence_starts = starts
        i = bisect.bisect_right(starts, offset) - 1
        return starts[i] if i >= 0 else 0

    def _topic_place(self, unit: str, offset: int) -> tuple[int, str] | None:
        """A place of this unit heading this sentence or the one before ("Xã B cũng đạt … Bí thư
        Đảng ủy xã …"): the commune a short reference means, in an article that goes through
        several."""
        last = None
        for off, u, n in self.places.named:
            if off >= offset:
                break
            if u == unit:
                last = (off, n)
        if last is None:
            return None
        sents = self.doc.sentences
        starts = self._sentence_starts or [x.start for x in sents]
        self._sentence_starts = starts
        here, there = bisect.bisect_right(starts, offset) - 1, bisect.bisect_right(starts, last[0]) - 1
        if here < 0 or there < 0 or here - there > 1:
            return None
        head = self.doc.text[sents[there].start:last[0]]
        return last if _TOPIC_HEAD.fullmatch(head) else None

    def _tpc_org(self, place: PlaceRef) -> Org:
        unit = place.unit or ""
        label = f"Đảng bộ {place.label}".strip()
        level = place.level or _lvl(unit, place.name)
        # the unit word is part of the key: "Huyện ủy X" and a later "Thị ủy X" are two bodies
        return self._org("party_committee", f"{unit}|{place.key}", label, "PartyOrganization", level, place)

    def _agency_committee(self, label: str, place: PlaceRef | None) -> Org:
        """The party committee of an agency ("Đảng bộ Công an tỉnh", "Đảng bộ Khối Doanh nghiệp"),
        keyed by the article's province unless it is a central agency's ("Đảng ủy Công an Trung
        ương", "Đảng ủy Khối các cơ quan Trung ương"): one national body, whichever province's
        article names it (a branch "… Trung ương tại TP. X" is the city's)."""
        national = place is None and _NATIONAL_AGENCY.search(label) is not None
        key = fold(label) + ("@" + place.key if place else ("" if national else "@" + self._province_key()))
        return self._org("party_committee", key, label, "PartyOrganization", "agency", place)

    def _tpc(self, m, start: int, s: Sentence, named_only: bool = False) -> Org | None:
        p = patterns()
        head = fold(m.group("head"))
        text = m.group(0)
        implied = PARTY_HEAD_UNIT.get(head)
        unit = unit_of(m.group("unit")) or implied
        if m.group("acronym"):
            # "Thành ủy TPHCM": an acronym the places component read as a province-level city
            a0 = start + m.start("acronym") - m.start()
            pm = self.places.mention_at(a0, a0 + len(m.group("acronym")))
            if pm is not None and pm.start == a0 and pm.attrs.get("level") == "province" and pm.attrs.get("code") \
                    and (implied or "thành phố") == pm.attrs.get("unit_type"):
                self.span_end = a0 + len(m.group("acronym"))
                return self._tpc_org(self.places.resolve(pm.attrs["unit_type"], pm.attrs["name"], pm.start, pm.end))
            return None  # "Đảng ủy CATW": an agency known only by its acronym
        if m.group("agency"):
            words = text.split()
            i = _person_at(words, 3, p.surnames, self.places.is_place)  # a person's name after the agency's
            if i is not None:
                cut = regex.match(r"\s*" + r"\s+".join(map(regex.escape, words[:i])), text)
                self.span_end = start + cut.end()
                words = words[:i]
            label = _rx(r"\s+và$").sub("", " ".join(words))
            label = _rx(r"\s*\([A-ZĐ]{2,}\)").sub("", label)  # an acronym inside the name
            label = _rx(r"^(?:Ban\s+Chấp\s+hành\s+|BCH\s+)?(?:Đảng|đảng|Ðảng)\s+(?:ủy|uỷ|bộ)\s+").sub("", label)
            label = "Đảng bộ " + (label if label.startswith("các ") else label[:1].upper() + label[1:])
            aunit = unit_of(m.group("aunit"))
            place = None
            if aunit and m.group("aname"):
                place = self.places.resolve(aunit, m.group("aname"))
            return self._agency_committee(label, place)
        name = _clean_name(m.group("name"), unit, self.doc.text, start + m.end() - m.start())
        if name:
            words = cut_person(name.split(), p.surnames, self.places.is_place)
            name = " ".join(words) or None
        if name and start + m.end() - m.start() >= self.text_end and not self.places.is_place(name):
            name = None  # a name the end of a cut-off page cuts ("… đảng bộ TP Tuyên Q"): no name
        if name is None and m.group("name"):
            # the run after the head was a person's name: the mention ends before it
            self.span_end = start + (m.end("unit") if m.group("unit") else m.end("head")) - m.start()
            text = self.doc.text[start:self.span_end]
        if implied and m.group("unit"):  # "Huyện ủy huyện X" is odd; keep the implied unit
            unit = unit_of(m.group("unit"))
        if name is None:
            if named_only:
                return None
            shared = _SHARED_BY_PEOPLE.match(self.doc.text, start + len(text)) if not m.group("unit") else None
            if shared is not None:
                # "Đảng bộ, chính quyền và nhân dân huyện X": the place closing the list is the party's
                keep = self.span_end
                place = self._place_for(unit_of(shared.group("unit")), shared.group("name"), shared.start("name"), False)
                self.span_end = keep
                if place is not None and place.name:
                    return self._tpc_org(place)
            # short reference; a lower-case "đảng bộ xã" with no name is generic, but a
            # lower-case "huyện ủy" means the article's own (unless it is one of a list, even
            # one that shares the word: "các huyện, thị, thành ủy")
            if text[:1].islower() and (not implied or _rx(r"(?:ủy|uỷ|huyện|quận|thị|thành)\s*,\s*$").search(
                    self.doc.text[max(0, start - 12):start])):
                return None
            after = self.doc.text[start + len(text):start + len(text) + 16]
            # ("Đảng ủy các xã": the communes' committees; "… Đảng ủy các đồng chí …": the
            # next words begin a list of people, the committee is the article's own)
            if _rx(r"\s*(?:,\s*(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố)|cấp|cơ sở|"
                   r"các(?!\s+(?:đồng\s+chí|đ/c|vị|đại\s+biểu)(?![\p{L}\p{M}]))|trực thuộc|và\s+(?:xã|phường))").match(after):
                return None
            return self.tpc_for(unit, start, head)
        if unit is None:
            # "Đảng bộ Tà Mung": a place whose unit the text says elsewhere; else not a place; a
            # name the places read as a province is the province's ("Đảng bộ Hà Tĩnh" beside
            # "thành phố Hà Tĩnh": the city's is written "Thành ủy Hà Tĩnh")
            n0 = start + text.rfind(name.split()[0])
            pm = self.places.mention_at(n0, n0 + len(name))
            province = pm is not None and pm.attrs.get("level") == "province" and pm.attrs.get("code") \
                and fold(name) in _names_of(pm.attrs)
            unit = pm.attrs.get("unit_type") if province else self.places.unit_for(name)
            if unit is None or unit in VILLAGE_UNITS:
                return None
        nstart = start + text.rfind(name.split()[0])
        place = self.places.resolve(unit, name, nstart, nstart + len(name))
        if place.unit and not unit:
            unit = place.unit
        if unit in VILLAGE_UNITS:
            return None
        o = self._tpc_org(place)
        return o

    def _sentence_committee(self, start: int, s: Sentence, end: int, board: bool = False) -> Org | None:
        """The territorial party committee named last before start in the same sentence, itself
        or through one of its organs ("Ban Tổ chức Tỉnh ủy X, Ban Tuyên giáo …"), unless the
        words after the organ make it an event's organizing board ("Ban Tổ chức hội thi"), or,
        for a board (a bare "Ban Tổ chức" that heads no title), the sentence before it names an
        event ("Tại hội thi do Huyện ủy X tổ chức, Ban Tổ chức …")."""
        if _EVENT_BOARD.match(self.doc.text, end):
            return None
        if board and _EVENT_BEFORE.search(self.doc.text, s.start, start):
            return None
        best = None
        for fam, items in self.recent.items():
            if fam != "tpc" and not fam.startswith("organ:"):
                continue
            for off, o in items:
                if s.start <= off < start and (best is None or off > best[0]):
                    best = (off, o if fam == "tpc" else o.parent)
        if best is None or best[1] is None or best[1].level not in ("province", "district", "commune"):
            return None
        return best[1]

    def _chain_committee(self, end: int, s: Sentence) -> Org | None:
        """"Ủy viên Ban Thường vụ, Trưởng ban Tổ chức Tỉnh ủy X": an organ left bare before
        another post of the same person belongs to the committee that closes the chain."""
        ahead = _ELIDED_ORGAN_CHAIN.match(self.doc.text, end, s.end)
        if ahead is None:
            # "Ủy viên Ban Thường vụ, Chủ tịch UBND huyện X": the party committee of that unit
            gov = _ELIDED_ORGAN_GOV.match(self.doc.text, end, s.end)
            if gov is None:
                return None
            keep = self.span_end
            place = self._place_for(unit_of(gov.group("unit")), gov.group("name"), gov.start("unit"), False)
            self.span_end = keep
            if place is None or not place.name:
                return None
            return self._tpc_org(place)
        tm = patterns().tpc.match(self.doc.text, ahead.end(), s.end)
        if tm is None or tm.group("agency"):
            return None
        keep = self.span_end
        tpc = self._tpc(tm, tm.start(), s)  # (an acronym only when it names a city: "Thành ủy TPHCM")
        self.span_end = keep
        return tpc

    def _only_higher_focus(self, unit: str) -> bool:
        """Is the article about a place above this unit, naming none of its level? Then a bare
        unit word ("Phòng giao dịch NHCSXH huyện" in an article about a province) means any
        unit of that level, not one body."""
        rank = UNIT_RANK.get(_lvl(unit) or "", 9)
        return any(self.places.focus_name(up) for up, r in UNIT_RANK.items() if r < rank) and \
            not any(self.places.focus_name(lo) for lo, r in UNIT_RANK.items() if r >= rank)

    def _city_focus(self, unit: str) -> str | None:
        """"thành phố" alone in an article about a city of the centre (Hà Nội, Đà Nẵng …)."""
        if unit == "thành phố" and self.places.focus_unit("province") == "thành phố":
            return self.places.focus_name("province")
        return None

    def _home_place(self, level: str, offset: int) -> PlaceRef | None:
        """The place of this level a body named without one belongs to: the territorial party
        organization of that level last referred to, else the article's focus of that level."""
        units = [u for u, lv in UNIT_LEVEL.items() if lv == level]
        best = None
        for unit in units:
            items = [(off, o) for off, o in self.recent.get("tpc:" + unit) or [] if off <= offset]
            if items and (best is None or items[-1][0] > best[0]):
                best = items[-1]
        if best is not None and best[1].place is not None and best[1].place.name:
            return best[1].place
        name = self.places.focus_name(level)
        if name:
            return self.places.resolve(self.places.focus_unit(level) or units[0], name)
        main = self.main_org()
        if main is not None and main.level == level and main.place is not None and main.place.name:
            return main.place
        return None

    def _province_key(self) -> str:
        prov = self.places.focus_name("province")
        if prov:
            return fold("tỉnh " + prov)
        for off, u, n in self.places.named:
            if u == "tỉnh":
                return fold("tỉnh " + n)
        return short_key(self.doc.iri)

    def _place_for(self, unit: str | None, name: str | None, start: int, allow_bare: bool,
                   base: Org | None = None, unit_end: int | None = None) -> PlaceRef | None:
        if unit and name:
            words = cut_person(name.split(), patterns().surnames, self.places.is_place)
            name = " ".join(words) or None
            if name is None and unit_end is not None:
                self.span_end = unit_end
        if unit and name:
            return self.places.resolve(unit, name, start, start + 1)
        if unit:
            if unit in VILLAGE_UNITS:
                return None
            if _COUNTED_TITLE.search(self.doc.text, max(0, start - 40), start) and \
                    not self.places.focus_name(_lvl(unit) or ""):
                return None  # "một Phó Chủ tịch UBND xã" in an article about a district: any commune's
            # "UBND tỉnh": the province the text is about
            tpc = self.tpc_for(unit, start)
            if tpc is not None and tpc.place is not None and tpc.place.unit == unit:
                return tpc.place
            lvl = _lvl(unit) or ""
            nm = self.places.last_named(unit, start) or (
                self.places.focus_name(lvl) if self.places.focus_unit(lvl) in (None, "", unit) else None) or \
                self._city_focus(unit)
            if nm:
                return self.places.resolve(unit, nm)
            if self._only_higher_focus(unit):
                return None
            return PlaceRef(unit, None, level=_lvl(unit), key=f"{unit}@{short_key(self.doc.iri)}")
        if allow_bare:
            main = base or self.main_org()
            if main is None:
                # an article about a commune that never names the commune's party committee
                main = self._focus_commune()
            if main is not None and main.place is not None and main.level == "commune":
                # in an article about communes: the one whose party committee was last named
                # ("Đảng ủy phường B … Trạm y tế"), else the article's own
                if base is None:
                    return self._home_place("commune", start) or main.place
                return main.place
        return None

    def resolve(self, info: dict, start: int, end: int, s: Sentence) -> Org | None:
        t = info["type"]
        m = info["m"]
        p = patterns()
        if t == "central":
            c = p.central_forms[fold("Ban Bí thư" if info.get("secretariat") else m.group("central"))]
            return self._org(c["kind"], fold(c["label"]), c["label"], c["cls"], "central")
        if t == "tpc":
            o = self._tpc(m, start, s)
            if o is not None and o.place is not None and o.place.name:
                if o.level != "agency":  # "Tỉnh ủy" never means "Đảng ủy Công an tỉnh X"
                    self._remember("tpc:" + (o.place.unit or ""), start, o)
                self._remember("tpc", start, o)
            return o
        if t == "organ":
            spec = p.organs[fold(m.group("organ"))]
            tpc_m = info.get("tpc")
            up = info.get("uplace")
            if info.get("central") is not None:
                c = p.central_forms[fold(info["central"].group("central"))]
                own = p.central_forms.get(fold(f"{spec['label']} Trung ương"))
                if c["label"] == "Ban Chấp hành Trung ương" and own is not None:
                    # "Ban Tổ chức Trung ương Đảng": the central commission of its own name
                    return self._org(own["kind"], fold(own["label"]), own["label"], own["cls"], "central")
                host = self._org(c["kind"], fold(c["label"]), c["label"], c["cls"], "central")
                label = f"{spec['label']} {c['label']}"
                o = self._org(spec["kind"], f"{fold(spec['label'])}|{fold(c['label'])}", label, "PartyOrganization",
                              "central")
                o.parent = host
                host.evidence = host.evidence or s
                return o
            if tpc_m is not None:
                tpc = self._tpc(tpc_m, start + (tpc_m.start() - m.start()), s)
                if tpc is None:
                    return None
            elif up is not None:
                unit = unit_of(up.group("unit"))
                place = self._place_for(unit, up.group("name"), start + (up.start("name") - m.start()), False)
                if place is None or not place.name or unit in VILLAGE_UNITS:
                    return None
                if self.span_end is None:
                    self.span_end = start + (up.end("name") - m.start())
                tpc = self._tpc_org(place)
            else:
                titled = _rx(r"(?<![\p{L}])(?:[Pp]hó\s+)?[Tt]rưởng\s+$").search(self.doc.text, max(0, start - 12), start)
                if spec["kind"] in _COMMISSIONS and (m.group("organ")[:1] == "B" or titled):
                    # "Phó Bí thư Tỉnh ủy X cùng lãnh đạo Ban Tổ chức …": a commission written bare
                    # (in lower case only in its head's title: "Trưởng ban Tổ chức") after its
                    # committee is named in the same sentence is that committee's
                    tpc = self._sentence_committee(start, s, end,
                                                   board=spec["kind"] == "organization_commission" and not titled)
                    if tpc is None:
                        return None
                elif spec["kind"] not in ("standing_committee", "inspection_committee") or spec["head"] == "Thường trực":
                    return None
                after = self.doc.text[end:end + 14]
                if _rx(r"\s*(?:(?:[đĐ]ảng\s+)?(?:các|cấp)\s|\d|những|(?:Tỉnh|Huyện|Thành|Quận|Thị)\s+đoàn|Hội\s|Đoàn\s|Công\s+đoàn|LĐLĐ)").match(after):
                    # "Ban Thường vụ Tỉnh đoàn": an organ of the youth union, not of the party;
                    # "Ủy ban Kiểm tra (đảng) các cấp": every level's, no one body
                    return None
                tpc = tpc if spec["kind"] in _COMMISSIONS else self._chain_committee(end, s)
                if tpc is None:
                    # "Ban Thường vụ Huyện ủy X họp, xem xét các đảng viên thuộc Ban Thường vụ quản lý":
                    # the organ of that kind the same sentence named in full
                    here = self._sentence_start(start)
                    same = [o for off, o in self.recent.get("organ:" + spec["kind"]) or [] if here <= off < start]
                    if same:
                        return same[-1]
                tpc = tpc or self._recent("tpc", start) or self.main_org() or _agency_before(self, start)
                if tpc is None:
                    return None
            before = self.doc.text[max(0, start - 30):start]
            if spec["head"] == "Thường trực" and _rx(r"(?:Bí thư|Chủ tịch|Trưởng ban|Trưởng Ban|viên)\s*$").search(before):
                return None
            form = COMMITTEE_FORM.get(tpc.place.unit if tpc.place else "", "") if tpc.place else ""
            if tpc.place and tpc.place.name and tpc.level != "agency":
                label = f"{spec['label']} {form} {committee_place(tpc.place.name)}".replace("  ", " ")
            else:
                label = f"{spec['label']} {form or 'Đảng ủy'}".strip()
                if tpc.level == "agency":  # "Ban Thường vụ Đảng ủy Cơ quan Tạp chí Cộng sản"
                    label = f"{spec['label']} " + _rx(r"^Đảng bộ").sub("Đảng ủy", tpc.label)
            o = self._org(spec["kind"], f"{fold(spec['label'])}|{tpc.kind}|{tpc.place_key}", label, "PartyOrganization",
                          tpc.level, tpc.place)
            o.parent = tpc
            if tpc_m is not None or up is not None:
                self._remember("organ:" + spec["kind"], start, o)
            return o
        if t == "body":
            spec = p.bodies[fold(m.group("body"))]
            after = self.doc.text[end:end + 12]
            if _rx(r"\s*(?:các|những|cấp|\d)").match(after) and not m.group("unit"):
                return None
            if m.group("body") == "Mặt trận" and not m.group("unit") and not _MTTQ_SHORT.match(self.doc.text, end):
                return None  # "Mặt trận" alone names the front only beside the unions it leads
            unit, name, nat = unit_of(m.group("unit")), m.group("name"), start + (m.start("name") - m.start()
                                                                                 if m.group("name") else 0)
            if spec.get("units") and unit not in spec["units"]:
                return None  # "Đoàn xã X" is the commune's youth union; "Đoàn" alone is any delegation
            if spec.get("units") and not (_YOUTH_TITLE.search(self.doc.text, max(s.start, start - 40), start)
                                          or _YOUTH_WORDS.search(self.doc.text, s.start, s.end)):
                return None  # "Đoàn xã X đoạt giải nhất": a commune's team at a contest, no union
            if spec.get("implied"):  # "Huyện đoàn X": the unit in the head, the place's name after it
                if _rx(r"\s+(?:kết|viên|thể|trưởng)(?![\p{L}\p{M}])").match(self.doc.text, end):
                    return None  # "toàn huyện đoàn kết", "thành đoàn viên": other words
                if unit is not None:
                    return None
                words, at = self._name_after(end)
                if m.group("body")[:1].islower() and not (words and self.places.is_place(" ".join(words))):
                    return None  # in lower case, only with its place: "cán bộ huyện đoàn X"
                unit = spec["implied"]
                if words:
                    name, nat = " ".join(words), at
                place = self._place_for(unit, name, nat, False)
                if place is None:
                    return None
                label = f"{spec['label']} {committee_place(place.name)}" if place.name else spec["label"]
                return self._org(spec["kind"], f"{fold(spec['key'])}|{place.key}", label, spec["cls"],
                                 place.level or _lvl(place.unit, place.name), place)
            if unit is None:
                sh = p.shared_unit.match(self.doc.text, end)
                if sh is not None:
                    unit, name, nat = unit_of(sh.group("unit")), sh.group("name"), sh.start("name") if sh.group("name") else 0
            if unit is None:  # "MTTQ và các đoàn thể của quận": the unit written after the list
                of = _OF_UNIT.match(self.doc.text, end)
                if of is not None:
                    unit, name, nat = unit_of(of.group("unit")), None, of.start("unit")
            if unit is None:  # "NHCSXH Thái Bình": a province the article names, without its unit word
                pm = _rx(rf"[ \t]+({NAME})").match(self.doc.text, end)
                pu = self.places.unit_for(pm.group(1)) if pm is not None else None
                if pu in ("tỉnh", "thành phố") and _lvl(pu, pm.group(1)) == "province":
                    unit, name, nat = pu, pm.group(1), pm.start(1)
            if unit is None:  # "Ủy ban MTTQ Việt Nam TPHCM": a province the places component read
                pm = _rx(r"[ \t]+\S").match(self.doc.text, end)
                pl = self.places.mention_at(pm.end() - 1, pm.end()) if pm is not None else None
                if pl is not None and pl.start == pm.end() - 1 and pl.attrs.get("level") == "province" \
                        and pl.attrs.get("name") and pl.attrs.get("unit_type"):
                    unit, name, nat = pl.attrs["unit_type"], pl.attrs["name"], pl.start
            listed = _listed_place(self, start) if unit is None and not spec.get("bare") else None
            if listed is None and unit is None and spec.get("bare_unit"):
                unit = spec["bare_unit"]  # "Đoàn đại biểu Quốc hội": the province's delegation
            if listed is None and unit is None and spec.get("bare_central") \
                    and not _rx(r"\s*(?:[-–(]|chi\s+nhánh|CN\b)").match(self.doc.text, end):
                label = spec["bare_central"]  # "vay vốn Ngân hàng Chính sách xã hội": the national bank
                return self._org(spec["kind"], fold(label), label, spec["cls"], "central")
            place = listed or self._place_for(unit, name, nat, spec.get("bare", False),
                                    unit_end=start + m.end("unit") - m.start() if m.group("unit") else None)
            if place is None and unit is None and spec["kind"] == "fatherland_front" and _MTTQ_SHORT.match(self.doc.text, end) \
                    and "Việt Nam" not in m.group("body"):
                place = self._front_of_subject(start, s)
            if place is None and unit is None and spec["cls"] == "MassOrganization" and not spec.get("bare_central") \
                    and _CLAUSE_HEAD.search(self.doc.text[s.start:start]) and _rx(r"\s+\p{Ll}").match(self.doc.text, end):
                # "… ở quận X. …; Đoàn thanh niên với phong trào …; Hội Nông dân hưởng ứng …": a union
                # heading a clause is the union of the district or commune named last, in this
                # sentence or the one before
                since = self.doc.sentences[s.index - 1].start if 0 < s.index <= len(self.doc.sentences) else s.start
                near = [(u, n) for off, u, n in self.places.named if since <= off < start and u in COMMITTEE_FORM]
                if near and _lvl(near[-1][0], near[-1][1]) in ("district", "commune"):
                    place = self.places.resolve(near[-1][0], near[-1][1])
                elif not near:
                    # "…: Hội Phụ nữ huyện gắn …; Đoàn Thanh niên với …": else the place of the
                    # union that opens the list, earlier in the same sentence
                    place = self._listed_union_place(s, start)
            if place is None and unit is None and spec.get("alone"):
                return self._alone(spec, m, start, end)
            if place is None:
                return None
            label = f"{spec['label']} {place.label}".strip()
            o = self._org(spec["kind"], f"{fold(spec.get('key', spec['label']))}|{place.key}", label, spec["cls"],
                          place.level or _lvl(place.unit, place.name), place)
            if spec.get("under_committee") and place.name and o.parent is None and place.unit in COMMITTEE_FORM:
                o.parent = self._tpc_org(place)  # "Trường Chính trị tỉnh X" belongs to the Tỉnh ủy
                o.parent.evidence = o.parent.evidence or s
            return o
        if t == "military_head":  # "Chỉ huy trưởng quân sự xã X": the commune's military command
            unit, name = unit_of(m.group("unit")), m.group("name")
            if name and not self.places.is_place(name):
                name = None
                self.span_end = start + (m.end("unit") - m.start("qs"))
            place = self._place_for(unit, name, start + (m.start("name") - m.start("qs")) if name else start, False)
            if place is None or not place.name:
                return None
            spec = p.bodies[fold("Ban CHQS")]
            return self._org(spec["kind"], f"{fold(spec.get('key', spec['label']))}|{place.key}",
                             f"{spec['label']} {place.label}", spec["cls"], place.level or _lvl(place.unit, place.name), place)
        if t == "title_unit":  # "Chủ tịch xã": the people's committee; "Bí thư xã": the party committee
            unit = unit_of(m.group("unit"))
            name = m.group("name")
            if not name and _PLURAL_TITLE.search(self.doc.text, max(0, start - 40), start):
                return None  # "các Chủ tịch xã": any commune's
            if name and not self.places.is_place(name):
                name = None
                self.span_end = start + (m.end("unit") - m.start("unit"))
            if "bí thư" in fold(m.group("ttl")):
                if name:
                    return self._tpc_org(self.places.resolve(unit, name, start, end))
                return self.tpc_for(unit, start)
            place = self._place_for(unit, name, start + (m.start("name") - m.start("unit")) if name else start, False)
            if place is None or not place.name:
                return None
            spec = p.bodies[fold("UBND")]
            return self._org(spec["kind"], f"{fold(spec['label'])}|{place.key}", f"{spec['label']} {place.label}",
                             spec["cls"], place.level or _lvl(place.unit, place.name), place)
        if t == "prefixed":
            h = info["host"]
            hstart, hend = start + (h.start() - m.start()), start + (h.end() - m.start())
            host = self.resolve({"type": info["htype"], "m": h}, hstart, hend, s)
            if host is None:
                return None
            self.span_end = None
            host.surfaces.append((" ".join(self.doc.text[hstart:hend].split()), s))
            if m.group("organ"):  # "Ban Chấp hành Hội Nông dân tỉnh": the association's own organ
                if host.cls != "MassOrganization":
                    return None
                head = "Ban Chấp hành" if fold(m.group("organ")) == "ban chấp hành" else "Ban Thường vụ"
                kind = "executive_committee" if head == "Ban Chấp hành" else "standing_committee"
                o = self._org(kind, f"{fold(head)}|{host.iri.value}", f"{head} {host.label}", "MassOrganization",
                              host.level, host.place)
                o.parent = host
                return o
            if m.group("dept"):  # "Ban Chính sách pháp luật LĐLĐ thành phố": a department of a union
                if host.cls != "MassOrganization":
                    return None
                label = f"Ban {' '.join(m.group('dfield').split())} {host.label}"
                o = self._org("other", f"{fold(label)}|{host.iri.value}", label, "MassOrganization", host.level, host.place)
                o.parent = host
                if m.group("union"):  # "công đoàn Ban …": the trade union of that department
                    u = self._org("mass_organization", f"công đoàn {fold(label)}|{host.iri.value}", "Công đoàn " + label,
                                  "MassOrganization", host.level, host.place)
                    u.parent = host
                    return u
                return o
            if m.group("council"):  # "Ban Kinh tế - Xã hội HĐND huyện": a committee of the council
                if host.kind != "people_council":
                    return None
                label = f"{' '.join(m.group('council').split())} {host.label}"
                label = label[:1].upper() + label[1:]
                o = self._org("other", f"{fold(label)}|{host.iri.value}", label, "GovernmentOrganization", host.level,
                              host.place)
                o.parent = host
                return o
            if m.group("board"):  # "Ban đại diện HĐQT NHCSXH tỉnh X": the bank's board in a province
                label = f"Ban đại diện HĐQT {host.label}"
                o = self._org("other", f"ban đại diện hđqt|{host.iri.value}", label, "PublicBody", host.level,
                              host.place)
                o.parent = host
                return o
            if m.group("group"):  # "Đảng đoàn HĐND tỉnh": the party group of a council, front or union
                if host.kind not in ("people_council", "fatherland_front", "mass_organization"):
                    return None
                label = f"Đảng đoàn {host.label}"
                return self._org("other", f"đảng đoàn|{host.iri.value}", label, "PartyOrganization", host.level,
                                 host.place)
            if m.group("bcs"):
                label = f"Ban cán sự đảng {host.label}"
                o = self._org("other", f"ban cán sự đảng|{host.iri.value}", label, "PartyOrganization", host.level,
                              host.place)
                return o
            field = " ".join(m.group("field").split()).capitalize()
            label = f"Cơ quan {field + ' ' if field else ''}điều tra {host.label}"
            o = self._org("police", f"{fold(label)}|{host.iri.value}", label, "PublicBody", host.level, host.place)
            o.parent = host
            return o
        if t == "press":
            words = m.group("pname").split()
            name = " ".join(cut_person(words, p.surnames))
            if not name:
                return None
            if len(name) < len(m.group("pname")):
                self.span_end = start + m.start("pname") - m.start("pname" if info.get("reporter") else 0) + len(name)
            head = " ".join(m.group("phead").split())
            if info.get("reporter"):
                head = "Báo"  # "xác nhận với PV Thanh Niên": the reporter's paper
            elif m.group("merged"):
                head = "Báo và Phát thanh, Truyền hình"  # a province's paper and radio-television in one
            label = f"{head[:1].upper()}{head[1:]} {name}"
            return self._org("other", fold(label), label, "PublicBody", "agency")
        if t == "delegation":  # "Đoàn công tác của Ban Bí thư": one body, under the one that sends it
            h = info["host"]
            if h.re is p.central:
                c = p.central_forms[fold(h.group("central"))]
                host = self._org(c["kind"], fold(c["label"]), c["label"], c["cls"], "central")
                hname = c["label"]
            else:
                host = self._tpc(h, start + (h.start() - m.start()), s, named_only=True)
                if host is None or host.place is None or not host.place.name:
                    return None
                hname = f"{COMMITTEE_FORM.get(host.place.unit or '', 'Đảng ủy')} {committee_place(host.place.name)}"
            head = " ".join(m.group("dhead").split())
            label = f"{head[:1].upper()}{head[1:]} của {hname}"
            o = self._org("other", fold(label) + "@" + short_key(self.doc.iri), label, host.cls, host.level, host.place)
            o.parent = host
            host.evidence = host.evidence or s
            return o
        if t == "team":  # "Đội kiểm soát hải quan": a team of an agency, named by its work
            label = " ".join(m.group().split())
            return self._org("other", fold(label) + "@" + self._province_key(), label, "PublicBody", "agency")
        if t == "military":  # "Trung đoàn 841", "Quân khu 9": a unit of the army named by its number
            label = " ".join(m.group().split())
            return self._org("military_unit", fold(label), label, "PublicBody", "agency")
        if t == "centre":
            field = " ".join(m.group("field").split())
            kind = next((k for w, k in p.centre_kinds.items() if fold(field).startswith(w)), "other")
            cls = "PartyOrganization" if kind == "party_school" else "PublicBody"
            if info.get("alone"):  # "Trung tâm Phát triển quỹ đất": the province's or district's own
                label = f"Trung tâm {field}"
                return self._org(kind, f"{fold(label)}@{self._province_key()}", label, cls, "agency")
            place = self._place_for(unit_of(m.group("unit")), m.group("name"), start + (m.start("name") - m.start()
                                    if m.group("name") else 0), False,
                                    unit_end=start + m.end("unit") - m.start())
            if place is None:
                return None
            label = f"Trung tâm {field} {place.label}".strip()
            cls = "PartyOrganization" if kind == "party_school" else "PublicBody"
            return self._org(kind, f"{fold('trung tâm ' + field)}|{place.key}", label, cls,
                             place.level or _lvl(place.unit, place.name), place)
        if t == "coop":
            head = "Hợp tác xã" if m.group("coop") != "HTX" else "HTX"
            hname, unit = m.group("hname"), m.group("unit")
            if hname:
                # "Giám đốc Hợp tác xã Tân Tiến Hoàng Văn Minh cho biết": the name stops before the
                # person; a cooperative named by its field alone is followed by one at once only
                # after its head's title, a name after its field being mostly its own
                words = hname.split()
                i = _full_person_at(words, 0 if m.group("field").strip() else 1, p.surnames, _known_place(self.places))
                if i == 0 and not _coop_head_named(self.doc.text, start, start + m.end("field") - m.start(), hname):
                    i = None
                if i is not None:
                    cut = regex.match(r"\s*" + r"\s+".join(map(regex.escape, words[:i])), hname)
                    self.span_end = start + m.start("hname") - m.start() + (cut.end() if i else 0)
                    if not i:
                        self.span_end = start + m.end("field") - m.start()
                    hname, unit = " ".join(words[:i]) or None, None
            label = " ".join([head] + m.group("field").split() + ([hname] if hname else []))
            place = None
            if unit:
                place = self._place_for(unit_of(m.group("unit")), m.group("name"), start, False)
            if place is None:
                place = self._home_place("commune", start)  # a cooperative of the article's commune
            key = fold(_rx(r"^HTX").sub("hợp tác xã", label)) + "@" + (place.key if place else short_key(self.doc.iri))
            if place is not None and unit and place.name:
                label = f"{label} {place.label}"
            return self._org("enterprise", key, label, "PublicBody", place.level if place else "agency", place)
        if t == "sector":
            spec = p.sector_heads[m.group("shead").capitalize()]
            field = " ".join(m.group("sector").split())
            head = f"{m.group('shead').capitalize()} {p.sector_canon.get(fold(field), field)}"
            place = None
            if m.group("unit"):
                place = self._place_for(unit_of(m.group("unit")), m.group("name"), start, False)
            elif spec["level"] == "district" and not _PLURAL_BEFORE.search(self.doc.text, max(0, start - 12), start) \
                    and not _PLURAL_AFTER.match(self.doc.text, start + m.end() - m.start()):
                # "Trưởng phòng GD&ĐT" in an article about a district: the district's department
                place = self._home_place("district", start)
            label = f"{head} {place.label}".strip() if place else head
            key = f"{fold(head)}|{place.key if place else ('' if spec['level'] == 'central' else self._province_key())}"
            return self._org(spec["kind"], key, label, spec["cls"],
                             place.level if place and place.level else spec["level"], place)
        if t == "ministry":
            field = " ".join(m.group("ministry").split())
            label = f"Bộ {p.sector_canon.get(fold(field), field)}"
            c = p.central_forms.get(fold(label))
            if c is not None:
                return self._org(c["kind"], fold(c["label"]), c["label"], c["cls"], "central")
            spec = p.sector_heads["Bộ"]
            return self._org(spec["kind"], f"{fold(label)}|", label, spec["cls"], spec["level"])
        if t == "office":
            words = m.group(0).split()
            i = _person_at(words, 2, p.surnames)  # a person's name after the office's
            if i is not None:
                self.span_end = start + regex.match(r"\s*" + r"\s+".join(map(regex.escape, words[:i])), m.group(0)).end()
                words = words[:i]
            label = _expand_acronyms(" ".join(words), self.doc.text)
            label = _rx(r"^Tổng\s+Cục").sub("Tổng cục", label)
            return self._org("other", fold(label) + "@" + self._province_key(), label, "GovernmentOrganization",
                             "agency")
        if t == "cell" and info.get("centre") is not None:
            cm = info["centre"]
            return self._host_cell(self.resolve({"type": "centre", "m": cm, "alone": cm.re is p.centre_alone},
                                                start, end, s), start, s)
        if t == "cell" and info.get("board") is not None:
            return self._host_cell(self.resolve({"type": "board", "m": info["board"]}, start, end, s), start, s)
        if t == "board":
            words = m.group("field").split()
            bname = (m.group("bname") or "").split()
            if bname and not m.group("unit"):
                # a person's name after the board's own ("Trưởng Ban quản lý chợ X Nguyễn Văn A")
                kept = cut_person(bname, p.surnames, self.places.is_place)
                if not kept:
                    return None
                if len(kept) < len(bname):
                    self.span_end = start + m.start("bname") - m.start() + \
                        regex.match(r"\s*" + r"\s+".join(map(regex.escape, kept)), m.group("bname")).end()
            else:
                kept = bname
            words += kept
            label = " ".join(m.group("board").split() + words)
            place = None
            if m.group("unit"):
                place = self._place_for(unit_of(m.group("unit")), m.group("name"), start + m.start("unit") - m.start(), False)
                if place is not None:
                    label = f"{label} {place.label}"
            key = f"{fold(label)}@{place.key if place is not None else self._province_key()}"
            return self._org("other", key, label, "PublicBody", "agency", place)
        if t == "cell" and info.get("tail") is not None:
            sector = " ".join(m.group("csector").split()[1:])
            sector = p.sector_canon.get(fold(sector), sector)
            ut = info["tail"]
            place = self._place_for(unit_of(ut.group("unit")), ut.group("name"), start + ut.start("unit") - m.start(), False)
            if place is None:
                return self._cell(m, start, s)
            host = self._org("other", f"{fold('phòng ' + sector)}|{place.key}", f"Phòng {sector} {place.label}",
                             "GovernmentOrganization", place.level or _lvl(place.unit, place.name), place)
            return self._host_cell(host, start, s)
        if t == "cell" and info.get("named") is not None:
            o = self._named_cell(info["named"], start - m.start(), s)
            if o is not None:
                return o
            self.span_end = start + len(m.group(0))  # "Chi bộ" alone, a person's name after it
            return self._cell(m, start, s)
        if t == "cell":
            return self._cell(m, start, s)
        if t == "school":
            label = " ".join(m.group(0).split())
            label = label[:1].upper() + label[1:]
            place = None
            if m.group("unit"):
                place = self._place_for(unit_of(m.group("unit")), m.group("name"), start, False)
            elif not m.group("sname"):
                # "Trường THCS", "trường Tiểu học": the school of the article's commune (district
                # for upper-secondary schools); colleges always carry a name of their own
                words = fold(label).split()[1:]
                levels = {p.school_level.get(" ".join(words[i:j])) for i in range(len(words))
                          for j in range(i + 1, len(words) + 1)}
                if "none" in levels:
                    return None
                # "Trường Tiểu học" after the article named "Trường Tiểu học X": that school
                named = {o.iri.value: o for o in self.orgs.values()
                         if o.kind == "school" and fold(o.label).startswith(fold(label) + " ")}
                if len(named) == 1:
                    return next(iter(named.values()))
                place = self._home_place("district" if "district" in levels else "commune", start)
                key = fold(label) + "@" + (place.key if place else short_key(self.doc.iri))
                return self._org("school", key, label, "PublicBody", place.level if place else "agency", place)
            elif m.group("sname"):
                # "Trường Tiểu học Nghĩa Tân" in an article that names phường Nghĩa Tân: based there
                unit = self.places.unit_for(m.group("sname"))
                if unit in UNIT_LEVEL:
                    place = self.places.resolve(unit, m.group("sname"))
            key = fold(label) + "@" + (place.key if place else self._province_key())
            return self._org("school", key, label, "PublicBody", "agency" if place is None else place.level, place)
        if t == "committee":
            spec = p.committees[fold(m.group("chead"))]
            head = spec.get("label") or ("Ban Chỉ đạo" if spec["kind"] == "steering_committee" else "Ban vận động")
            fam = "committee:" + (spec.get("label") or spec["kind"])
            if spec.get("named"):
                return self._bare_committee(spec, head, start, s)
            sent_after = self.doc.text[end:s.end]
            num = m.group("num")
            if not num:
                later = _rx(r"\(\s*Ban\s+[Cc]hỉ\s+đạo\s+(\d+)\s*\)").search(sent_after)
                if later and spec["kind"] == "steering_committee":
                    num = later.group(1)
            if num:
                label = f"{head} {num}"
            elif m.group("phrase") and not info.get("bare"):
                words = m.group("phrase").split()
                for i in range(len(words) - 1):  # a person's name ends the phrase
                    if words[i][0].isupper() and words[i] in p.surnames and words[i + 1][0].isupper() \
                            and not self.places.is_place(" ".join(words[i:i + 2])):
                        ph = m.group("phrase")
                        cut = regex.match(r"\s*" + r"\s+".join(map(regex.escape, words[:i])), ph)
                        self.span_end = start + m.start("phrase") - m.start() + (cut.end() if i else 0)
                        words = words[:i]
                        break
                if words and words[0][:1].isupper():
                    # a committee named by a proper name ends with it ("Ban Chỉ đạo Tây Bắc làm việc")
                    n = next((i for i, w in enumerate(words) if not w[:1].isupper() and w != "bộ"), len(words))
                    if n < len(words):
                        ph = m.group("phrase")
                        cut = regex.match(r"\s*" + r"\s+".join(map(regex.escape, words[:n])), ph)
                        self.span_end = start + m.start("phrase") - m.start() + cut.end()
                        words = words[:n]
                phrase = " ".join(words)
                phrase = _rx(r"\s+(?:đã|được|ban hành|tổ chức|có|là|với|đến|tại|để|thì|do|cho|trong|của|họp)\b").split(" " + phrase)[0].strip()
                if spec.get("tail"):  # "Ban phát triển thôn (X)": only these words continue the name
                    tail = _rx(spec["tail"]).match(phrase)
                    phrase = tail.group().strip() if tail else ""
                if not phrase or regex.match(_PHRASE_STOP, phrase):
                    return self._recent(fam, start) or self._bare_committee(spec, head, start, s)
                label = f"{head} {phrase}"
                code = _DIRECTIVE_CODE_AFTER.match(self.doc.text, end)
                if code is not None and phrase == " ".join(words) and _DIRECTIVE_LAST.search(phrase):
                    label += " " + code.group(1)  # "Ban Chỉ đạo thực hiện Kết luận 80-KL/TW"
            else:
                prev = self._recent(fam, start)
                return prev or self._bare_committee(spec, head, start, s)
            o = self._org(spec["kind"], fold(label) + "@" + self._province_key(), label, spec["cls"],
                          None)
            if o.level is None:
                owner = self._committee_owner(start, s)
                # with no territorial body in view, a committee of the centre ("Ban Chỉ đạo Tây Bắc")
                o.level = owner.level if owner else "central"
                o.place = owner.place if owner else None
                o.parent_iri = owner.iri if (owner and spec["kind"] == "steering_committee") else None
            self._remember(fam, start, o)
            return o
        return None

    def _name_after(self, end: int) -> tuple[list[str], int]:
        """The capitalised name written right after a body's head, a person's name after it
        cut off: its words and where it starts (-1: no name follows)."""
        pm = _rx(rf"[ \t]+({NAME})").match(self.doc.text, end)
        if pm is None:
            return [], -1
        return cut_person(pm.group(1).split(), patterns().surnames, self.places.is_place), pm.start(1)

    def _alone(self, spec: dict, m, start: int, end: int) -> Org | None:
        """A public body written with no unit word: "Trạm Khuyến nông Y" (a place the text
        names, without its unit), or its kind word alone ("…; Kho bạc Nhà nước; …"), the body of
        the article's province or district under the name the text gives it."""
        text = self.doc.text
        words, at = self._name_after(end)
        if at >= 0:
            name = " ".join(words)
            pu = self.places.unit_for(name) if name else None
            if pu is not None and pu not in VILLAGE_UNITS:
                place = self.places.resolve(pu, name, at, at + len(name))
                if place.iri is not None:
                    self.span_end = at + len(name)
                    return self._org(spec["kind"], f"{fold(spec.get('key', spec['label']))}|{place.key}",
                                     f"{spec['label']} {name}", spec["cls"], "agency", place)
            if words and m.group("body")[:1].isupper():
                # a name of its own ("… Đăng ký đất đai Z"), a person's name cut off after it
                label = f"{spec['label']} {name}"
                self.span_end = at + len(name)
                return self._org(spec["kind"], f"{fold(label)}@{self._province_key()}", label, spec["cls"], "agency")
            if words:
                return None
        if m.group("body")[:1].islower():
            return None  # "trạm khuyến nông" with no place: any station of the kind
        if spec["alone"] == "listed" and (
                not _rx(r"\s*(?:[,;.)]|$)").match(text, end)
                or _rx(r"\s*[,;]\s*(?:và\s+)?(?i:bảo\s+hiểm|BHYT|BHTN)").match(text, end)
                or _rx(r"(?i:tham\s+gia|đóng|mua|thu|nộp|chi\s+trả|nợ)\s+(?:\S+\s+){0,2}$").search(
                    text, max(0, start - 30), start)):
            return None  # "Bảo hiểm xã hội tự nguyện …", "tham gia Bảo hiểm xã hội, bảo hiểm y tế": the scheme
        if _rx(r"\s*(?:các|những|cấp|\d)").match(text, end):
            return None
        return self._org(spec["kind"], f"{fold(spec.get('key', spec['label']))}@{self._province_key()}", spec["label"],
                         spec["cls"], "agency")

    def _front_of_subject(self, start: int, s: Sentence) -> PlaceRef | None:
        """"Thành phố cũng dựa vào Mặt trận và các đoàn thể …": the front beside the
        unions it leads, in a sentence whose subject is the place the article is about (its unit
        word or its name), is that place's front at any level. A recommendation to every place
        ("các cấp ủy cần phát huy vai trò MTTQ …") names none."""
        main = self.main_org()
        if main is None or main.place is None or not main.place.name or not main.place.unit:
            return None
        head = self.doc.text[s.start:start]
        subject = _rx(r"\W*(?:(?:Ở|Tại|Riêng|Còn|Với|Đối với|Cùng với)\s+)?(?:" + v(main.place.unit.capitalize()) + r"|"
                      + v(main.place.unit) + r"|" + regex.escape(main.place.name) + r")(?![\p{L}\p{M}])")
        if subject.match(head) is None or _rx(r"(?<![\p{L}])cần(?![\p{L}])").search(head):
            return None
        return main.place

    def _committee_owner(self, start: int, s: Sentence) -> Org | None:
        """The party organization a committee belongs to: one named earlier in the sentence
        ("tỉnh Sơn La đã thành lập Ban Chỉ đạo ..."), else the article's own."""
        owner = None
        for off, u, n in reversed(self.places.named):
            if s.start <= off < start and u in COMMITTEE_FORM:
                owner = self._tpc_org(self.places.resolve(u, n))
                break
        items = [x for off, x in self.recent.get("tpc") or [] if s.start <= off < start]
        if items and (owner is None or UNIT_RANK.get(items[-1].level or "", 9) <= UNIT_RANK.get(owner.level or "", 9)):
            owner = items[-1]
        return owner or self.main_org()

    def _bare_committee(self, spec: dict, head: str, start: int, s: Sentence) -> Org | None:
        """A committee written by its head alone, never named in full before. A board whose head
        is its name ("ban giám sát đầu tư cộng đồng") is that board; a bare "Ban chỉ đạo" is the
        steering committee of the programme its sentence or the one before is about ("Ngay khi
        triển khai xây dựng nông thôn mới, xã thành lập Ban chỉ đạo"), in the owner's place."""
        owner = self._committee_owner(start, s)
        if spec.get("named"):
            label = head
        elif spec["kind"] == "steering_committee":
            if owner is None or owner.place is None or not owner.place.name:
                return None
            before = self.doc.sentences[s.index - 1].text if 0 < s.index <= len(self.doc.sentences) else ""
            low = fold(before + " " + self.doc.text[s.start:start])
            topic = next((t for f, t in patterns().committee_topics if f in low), None)
            if topic is None:
                return None
            label = f"{head} {topic} {owner.place.label}"
        else:
            return None
        o = self._org(spec["kind"], fold(label) + "@" + (owner.place.key if owner and owner.place else
                                                         self._province_key()), label, spec["cls"],
                      owner.level if owner else None, owner.place if owner else None)
        if spec["kind"] == "steering_committee" and owner is not None:
            o.parent_iri = owner.iri
        self._remember("committee:" + (spec.get("label") or spec["kind"]), start, o)
        return o

    def _cell(self, m, start: int, s: Sentence) -> Org | None:
        text = m.group(0)
        if m.group("cnum"):
            # "Chi bộ 38 (Đảng bộ phường X)": a numbered cell of a ward or a commune
            num = m.group("cnum").split()[-1]
            commune = None
            host = _rx(r"\s*\(\s*((?:[ĐÐ]ảng\s+(?:bộ|ủy|uỷ))\s+[^()]{2,60})\)").match(self.doc.text, start + len(text))
            if host is not None:
                hm = patterns().tpc.match(host.group(1))
                if hm is not None and hm.group("name"):
                    commune = self._tpc(hm, start + len(text) + host.start(1) - host.start(), s)
            commune = commune or self._commune_for(start)
            if commune is None or commune.level != "commune":
                return None
            o = self._org("party_cell", f"chi bộ {num}@{commune.place_key}", f"Chi bộ {num}", "PartyOrganization",
                          "village", commune.place)
            named = _NUMBER_NAMED.match(self.doc.text, start + len(text))
            if named is not None and o.label == f"Chi bộ {num}":
                words = cut_person(named.group(1).split(), patterns().surnames, self.places.is_place, shortest=3)
                if words:  # "Chi bộ 4 - Hưng Bình": the cell of the village named after its number
                    o.label = f"Chi bộ {num} - {' '.join(words)}"
            if o.parent is None:
                o.parent = commune
            self._remember("cell", start, o)
            return o
        vunit, vname = m.group("vunit"), m.group("vname")
        if vunit and vname:
            # a village's name may hold a family name ("thôn Sà Lý Phìn"): a name cut off
            # after it is a whole one, of three words or more
            words = cut_person(vname.split(), patterns().surnames, self.places.is_place, shortest=3)
            if not words:
                return None
            vname = " ".join(words)
            unit = unit_of(vunit)
            ref = self.places.resolve(unit, vname, start + text.find(vname), start + text.find(vname) + len(vname))
            commune = self._named_committee_of(ref.parent_iri) or self._commune_for(start)
            key = short_key(ref.iri) if ref.iri is not None else f"{fold(unit + ' ' + vname)}@{commune.place_key if commune else ''}"
            o = self._org("party_cell", key, f"Chi bộ {unit} {vname}", "PartyOrganization", "village", ref)
            if commune is not None and o.parent is None:
                o.parent = commune
            self._remember("cell", start, o)
            return o
        if m.group("csector"):
            words = m.group("csector").split()
            field = " ".join(words[1:])
            label = f"Chi bộ Phòng {patterns().sector_canon.get(fold(field), field)}"
            main = self.main_org()
            key = fold(label) + "@" + (main.place_key if main else self._province_key())
            o = self._org("party_cell", key, _grassroots(label, m), "PartyOrganization", "agency", main.place if main else None)
            if main is not None and o.parent is None:
                o.parent = main
            self._remember("cell", start, o)
            return o
        if m.group("agency"):
            commune = self._written_host(start + len(text), s) or self._commune_for(start)
            agency = " ".join(m.group("agency").split())
            agency = agency[:1].upper() + agency[1:]  # "chi bộ ban X": the cell of the Ban X
            label = "Chi bộ " + agency + text[m.end("agency") - m.start():].rstrip()
            label = "Chi bộ " + " ".join(label.split()[2:])
            aunit = unit_of(m.group("aunit"))
            firm = _rx(_FIRM + r"\s+" + _LEGAL_FORM).match(agency)
            words = agency.split()
            i = _full_person_at(words, len(firm.group().split()) + 1, patterns().surnames) if firm else None
            if i is not None:
                # "Chi bộ Công ty Thành Đạt Nguyễn Văn Bình": the firm's name stops before the person;
                # a person's name right after the legal form ("Công ty TNHH Nguyễn Văn Hùng") is the firm's
                cut = regex.match(r"\s*" + r"\s+".join(map(regex.escape, words[:i])), m.group("agency"))
                self.span_end = start + m.start("agency") - m.start() + cut.end()
                agency, aunit = " ".join(words[:i]), None
                label = "Chi bộ " + agency
            place = None
            if aunit:
                place = self._place_for(aunit, m.group("aname"), start, False)
                if place is not None and place.name:
                    label = "Chi bộ " + agency + " " + place.label
            if not aunit and agency.startswith(("Trường", "trường")):
                # "chi bộ Trường Tiểu học" after "Chi bộ Trường Tiểu học X": that school's cell
                named = {o.iri.value: o for o in self.orgs.values()
                         if o.kind == "party_cell" and fold(o.label).startswith(fold(label) + " ")}
                if len(named) == 1:
                    return next(iter(named.values()))
            if not (place and place.name):
                # "Chi bộ Hội X thuộc Đảng bộ Y …, Chi bộ Hội X đã …": the cell named before, its
                # host written only the first time
                same = {o.iri.value: o for o in self.orgs.values() if o.kind == "party_cell" and fold(o.label) == fold(label)
                        and o.parent is not None and o.parent.level == "agency" and o.parent is not commune}
                if len(same) == 1:
                    o = next(iter(same.values()))
                    self._remember("cell", start, o)
                    return o
            key = fold(label) + "@" + (place.key if place and place.name else (commune.place_key if commune else self._province_key()))
            o = self._org("party_cell", key, _grassroots(label, m), "PartyOrganization", "agency", place)
            if aunit and place is not None and place.name and not m.group("aname"):
                # "Chi bộ Công an xã": the label keeps the place; the document's name is the one written
                o.short = "Chi bộ " + agency + " " + aunit
            if commune is not None and o.parent is None:
                o.parent = commune
            self._remember("cell", start, o)
            return o
        # "Chi bộ", "Chi bộ bản": the cell the text has just named (in lower case only after a
        # title: "Bí thư chi bộ")
        if text[:1].islower() and not _rx(r"(?:[Bb]í thư|[Pp]hó [Bb]í thư|[Cc]hi ủy viên)\s*$").search(
                self.doc.text[max(0, start - 16):start]):
            return None
        if not m.group("bunit") and _SECRETARY.search(self.doc.text, max(0, start - 12), start):
            # "Bí thư Chi bộ, Giám đốc Sở KH&CN": the secretary heads an agency, the cell is its
            at = _HEAD_OF_AGENCY.match(self.doc.text, start + len(text), s.end)
            if at is not None:
                rest = self.doc.text[at.end():s.end]
                cm = patterns().cell.match("Chi bộ " + rest)
                if cm is not None and cm.group("agency"):
                    # "Giám đốc Sở Tài chính Nông Thị Lan": the agency's name stops before the person
                    words = cm.group("agency").split()
                    # (a school may bear a person's name: "Trường THCS Lê Quý Đôn")
                    kept = cut_person(words, patterns().surnames, self.places.is_place, shortest=3)
                    if kept and len(kept) < len(words) and fold(words[0]) != "trường":
                        cm = patterns().cell.match("Chi bộ " + rest[:cm.start("agency") - len("Chi bộ ")]
                                                   + " ".join(kept))
                # "Trưởng Ban nhân dân ấp X": a bare head word is no agency (the cell is the village's)
                if cm is not None and cm.group("agency") and " " not in cm.group("agency").strip():
                    cm = None
                if cm is not None and (cm.group("agency") or cm.group("csector")):
                    keep = self.span_end
                    o = self._cell(cm, at.end() - len("Chi bộ "), s)
                    self.span_end = keep
                    if o is not None:
                        return o
        recent = self._recent("cell", start)
        bunit = unit_of(m.group("bunit"))
        if recent is not None and (bunit is None or (recent.place and recent.place.unit == bunit)):
            return recent
        # "tới thôn Kho Vàng đúng dịp Chi bộ thôn họp": the village just named
        near = self.doc.text[max(0, start - 300):start]
        for off, unit, name in reversed(self.places.named):
            if off >= start or off < start - len(near):
                continue
            if unit in VILLAGE_UNITS and (bunit is None or unit == bunit):
                commune = self._commune_for(start)
                ref = self.places.resolve(unit, name)
                key = short_key(ref.iri) if ref.iri is not None else \
                    f"{fold(unit + ' ' + name)}@{commune.place_key if commune else ''}"
                o = self._org("party_cell", key, f"Chi bộ {unit} {name}", "PartyOrganization", "village", ref)
                if commune is not None and o.parent is None:
                    o.parent = commune
                self._remember("cell", start, o)
                return o
        return recent

    def _listed_union_place(self, s: Sentence, start: int) -> PlaceRef | None:
        """The district or commune of the mass organization named last before start in the
        same sentence, if it has one."""
        for mm in reversed(self.doc.mentions):
            if mm.start < s.start:
                break
            if mm.label != "organization" or mm.start >= start or mm.iri is None:
                continue
            o = self.orgs.get(mm.iri.value)
            if o is not None and o.kind == "mass_organization":
                if o.place is not None and o.place.name and o.level in ("district", "commune"):
                    return o.place
                return None
        return None

    def _named_cell(self, nm, base: int, s: Sentence) -> Org | None:
        """ "Chi bộ Gò Mít 2, xã X": the cell of a village named without its unit word, in the
        party organization of the commune written after it; the same name written again later
        (with no commune) is that cell. A person's name after "Chi bộ" is no cell's."""
        words = nm.group("cname").split()
        num = words.pop() if words[-1].isdigit() else None
        if not words or len(words) >= 2 and cut_person(words, patterns().surnames, self.places.is_place) != words:
            return None
        label = "Chi bộ " + " ".join(words + ([num] if num else []))
        if nm.group("unit"):
            unit = unit_of(nm.group("unit"))
            at = base + nm.start("name")
            place = self._place_for(unit, nm.group("name"), at, False)
            if place is None or not place.name or not self.places.is_place(place.name):
                return None
            commune = self._tpc_org(place)
            o = self._org("party_cell", f"{fold(label)}@{commune.place_key}", label, "PartyOrganization",
                          "village", commune.place)
            if o.parent is None:
                o.parent = commune
            self._remember("cell", base + nm.start(), o)
            return o
        known = [o for o in self.orgs.values() if o.kind == "party_cell" and fold(o.label) == fold(label)]
        if len(known) == 1:
            self._remember("cell", base + nm.start(), known[0])
            return known[0]
        return None

    def _host_cell(self, host: Org | None, start: int, s: Sentence | None = None) -> Org | None:
        """The party cell of a body named in full after "Chi bộ" (a centre, a department with
        its place): labelled after the body, in the party organization of its place. The text
        names the body too ("Chi bộ Trung tâm Y tế huyện X" names the centre)."""
        if host is None:
            return None
        if s is not None:
            host.surfaces.append((host.label, s))
        label = "Chi bộ " + host.label
        o = self._org("party_cell", f"{fold(label)}@{host.place_key}", label, "PartyOrganization", "agency", host.place)
        if o.parent is None:
            owner = self._tpc_org(host.place) if host.place is not None and host.place.name \
                and host.place.unit in COMMITTEE_FORM else self._commune_for(start)
            o.parent = owner
        self._remember("cell", start, o)
        return o

    def _written_host(self, end: int, s: Sentence) -> Org | None:
        """ "Chi bộ Phòng X (PC52), Đảng ủy Công an tỉnh Y": the party committee written right
        after a cell (after a comma, "thuộc" or inside brackets) is the one it belongs to."""
        h = _HOST_AFTER.match(self.doc.text, end)
        if h is None:
            return None
        hm = patterns().tpc.match(self.doc.text, h.start("host"))
        if hm is None or not (hm.group("name") or hm.group("agency") or hm.group("unit")):
            return None
        kept = self.span_end
        host = self._tpc(hm, hm.start(), s)
        self.span_end = kept
        if host is None or host.kind != "party_committee":
            return None
        return host

    def _named_committee_of(self, place_iri) -> Org | None:
        """The party organization the text names for this place, before or after this point
        ("chi bộ thôn A, Đảng bộ xã B": the village's commune, from the places component)."""
        if place_iri is None:
            return None
        return next((o for _, o in self.named_tpc if o.place is not None and o.place.iri == place_iri), None)

    def _commune_for(self, offset: int) -> Org | None:
        for unit in ("xã", "phường", "thị trấn"):
            o = self._recent("tpc:" + unit, offset)
            if o is not None:
                return o
        main = self.main_org()
        if main is not None and main.level == "commune":
            return main
        return None

    def main_org(self) -> Org | None:
        """The lowest-level territorial party organization the article is about: the focus
        commune/district/province when the places component names one, else the first named
        territorial party organization."""
        if getattr(self, "_main", None) is not None:
            return self._main
        for lvl, unit in (("commune", None), ("district", None), ("province", "tỉnh")):
            name = self.places.focus_name(lvl)
            if not name or self._scattered(lvl, name):
                continue
            for off, o in self.named_tpc:
                if o.place and o.place.name and fold(o.place.name) == fold(name):
                    self._main = o
                    return o
            if lvl == "commune" and not any(o.level == "commune" for _, o in self.named_tpc) and \
                    self.places.focus_unit(lvl) in ("xã", "phường", "thị trấn") and \
                    (_rx(r"[ĐÐ]ảng\s+(?:ủy|uỷ|bộ)\s+(?:xã|phường|thị\s+trấn)(?!\s+\p{Lu})").search(self.doc.text)
                     or not self.named_tpc and any(o.kind == "party_cell" and fold(o.label).endswith(" " + fold(name))
                                                   for o in self.orgs.values())):
                # an article about a commune that only says "Đảng ủy xã", or about a party cell
                # of the commune that calls the commune's committee "Đảng ủy"
                self._main = self._tpc_org(self.places.resolve(self.places.focus_unit(lvl), name))
                return self._main
        if self.named_tpc:
            counts: dict[str, int] = {}
            for off, o in self.named_tpc:
                counts[o.iri.value] = counts.get(o.iri.value, 0) + 1
            first = self.named_tpc[0][1]
            best = max(self.named_tpc, key=lambda x: (counts[x[1].iri.value], -x[0]))[1]
            self._main = first if counts[first.iri.value] >= 2 or counts[best.iri.value] < 2 else best
            return self._main
        return None

    def _scattered(self, level: str, name: str) -> bool:
        """Does the article go through several places of this level (three or more, the focus
        among them), naming the focus neither in its title nor more than twice? Then the focus
        is one example among others, not what the article is about."""
        if level != "commune":
            return False
        units = ("xã", "phường", "thị trấn")
        names = [fold(n) for _, u, n in self.places.named if u in units]
        if len(set(names)) < 3 or names.count(fold(name)) > 2:
            return False
        first = self.doc.sentences[0] if self.doc.sentences else None
        return not (first is not None and fold(name) in fold(first.text))

    def final_main(self) -> Org | None:
        """Once every mention is read: the focus organization, else the territorial party
        organization the text refers to most often (short references included)."""
        for lvl in ("commune", "district", "province"):
            name = self.places.focus_name(lvl)
            if name and not self._scattered(lvl, name):
                for o in self.orgs.values():
                    if o.kind == "party_committee" and o.place and o.place.name and fold(o.place.name) == fold(name):
                        return o
        tpcs = [o for o in self.orgs.values() if o.kind == "party_committee" and o.surfaces and (
            o.place or o.level == "agency")]
        if not tpcs:
            return None
        first = {o.iri.value: min(st.start for _, st in o.surfaces) for o in tpcs}
        return max(tpcs, key=lambda o: (len(o.surfaces), -first[o.iri.value]))

    def _only_agency_body(self) -> Org | None:
        """In an article about one agency's party organization ("Đảng ủy Tổng cục X") and no
        territorial one, a bare "Đảng ủy" is that organization."""
        agencies = {o.iri.value: o for o in self.orgs.values()
                    if o.kind == "party_committee" and o.level == "agency" and o.surfaces}
        return next(iter(agencies.values())) if len(agencies) == 1 else None

    def merge_agencies(self) -> None:
        """Shorter names of an agency's party organization ("Đảng bộ cơ quan", "Đảng bộ Tạp chí
        Cộng sản") in a document that gives its full name are that organization."""
        agencies = [o for o in self.orgs.values() if o.kind == "party_committee" and o.level == "agency" and o.surfaces]
        if len(agencies) < 2:
            return
        generic = {"đảng", "bộ", "ủy", "cơ", "quan", "ban", "chấp", "hành"}

        def words(o: Org) -> set[str]:
            return set(fold(o.label).split())

        full = max(agencies, key=lambda o: (len(words(o)), len(o.surfaces)))
        fw = words(full)
        said = {id(st) for _, st in full.surfaces}
        for o in agencies:
            if o is full or not (words(o) <= fw or words(o) - generic <= fw - generic):
                continue
            if fw - words(o) - generic and any(id(st) in said for _, st in o.surfaces):
                continue  # named side by side with a name of more words ("… Đại học A, … Đại học Y Dược A"): two bodies
            full.surfaces += o.surfaces
            o.surfaces = []
            for m in self.doc.mentions:
                if m.label == "organization" and m.iri == o.iri:
                    m.iri = full.iri
                    m.attrs["name"] = full.label
            for x in self.orgs.values():
                if x.parent is o:
                    x.parent = full

    def link_parents(self) -> None:
        """A territorial party organization's parent is the one of the place that contains its
        place (from the gazetteer, or from "xã X, huyện Y" in the text)."""
        by_place: dict[str, Org] = {}
        for o in list(self.orgs.values()):
            if o.kind == "party_committee" and o.place is not None and o.place.name and o.level != "agency":
                by_place[o.place.key] = o
                if o.place.iri is not None:
                    by_place[o.place.iri.value] = o
        for o in list(self.orgs.values()):
            if o.kind != "party_committee" or o.place is None or o.parent is not None:
                continue
            parent = None
            if o.place.parent_iri is not None:
                parent = by_place.get(getattr(o.place.parent_iri, "value", str(o.place.parent_iri)))
            if parent is None and o.place.name:
                up = self.places.parent.get((o.place.unit, fold(o.place.name)))
                if up is not None:
                    ref = self.places.resolve(up[0], up[1])
                    parent = by_place.get(ref.key)
                    if parent is None and up[0] in COMMITTEE_FORM:
                        parent = self._tpc_org(ref)
                        if o.surfaces:
                            parent.evidence = o.surfaces[0][1]
            if parent is None and o.level in ("commune", "district"):
                want = "district" if o.level == "commune" else "province"
                cands = {x.iri.value: x for x in by_place.values() if x.level == want}
                if len(cands) == 1:
                    parent = next(iter(cands.values()))
                    known = o.place.parent_iri
                    if known is not None and parent.place is not None and parent.place.iri is not None \
                            and getattr(known, "value", str(known)) != parent.place.iri.value:
                        parent = None  # the gazetteer puts the place in another one
            if parent is not None and parent is not o:
                o.parent = parent


def component() -> Component:
    return Component()
