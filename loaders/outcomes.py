"""Extraction of outcomes: every figure an article reports, as a pkg:Observation.

Runs last in the pipeline. ``match`` finds figures (a number with the noun it counts, or a
percentage; ranges, fractions, "N trên tổng số M" and "không có / không còn" zeros) and reads,
from the words around each, its indicator, qualifier, period, target flag and subject (the
organization or place the sentence or its last sentences are about, else the article's
organization). Units, cues and indicator rules are data (data/indicators.yaml). ``mint``
states each figure as a qb:Observation.

Reads from earlier components: "place" and "organization" mentions (with attrs name, level,
kind, place_iri, parent_iri) and doc.context["main_org"] / ["focus"]; when no organization was
found it recognises named party bodies itself. Puts doc.context["outcomes"] (Outcome list).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from pyoxigraph import Literal, NamedNode

from ..ontology.keys import fold
from ..ontology.terms import (PKG, QB, RDF, RDFS, SCHEMA, XSD, concept, lit, observation_iri,
                              organization_iri, slice_iri)
from .document import Doc, Mention, Sentence
from .numbers import WORD_NUMBER_RE, parse_digits, parse_words

DATA = Path(__file__).with_name("data") / "indicators.yaml"

# Inline patterns compiled once (re's own cache costs more per call than the match itself here).
_rx = lru_cache(maxsize=None)(re.compile)

# Sentence-level labels of the text a figure sits in (on lower-cased text).
_YEAR = r"(?:19[4-9]\d|20[0-4]\d)"
_YEAR_RE = re.compile(_YEAR)
_DASH = r"\s*[-–—]\s*"
_PERIOD_RES = [
    # "từ năm 2015 đến năm 2019", "từ năm 2016 đến tháng 6/2020"
    ("range", re.compile(rf"từ\s+(?:năm\s+)?({_YEAR})\s*(?:đến|tới|-|–)\s*(?:hết\s+)?(?:năm\s+|tháng\s+\d{{1,2}}\s*/\s*)?({_YEAR})")),
    # "giai đoạn 2015 - 2020", "nhiệm kỳ 2015-2020", "(2017- 2019)", "năm học 2015-2016"
    ("range", re.compile(rf"(?<![\d/])({_YEAR}){_DASH}({_YEAR})(?!\d)")),
    # "tính đến năm 2016", "tính đến tháng 6/2020": a level as of then
    ("at", re.compile(rf"tính\s+(?:đến|tới)\s+(?:hết\s+|cuối\s+)?(?:năm\s+|tháng\s+\d{{1,2}}\s*/\s*)({_YEAR})(?!\d)")),
    # "tính đến ngày 31/12/2016", "tính đến 30-6-2020": a level as of that day's year
    ("at", re.compile(rf"tính\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?\d{{1,2}}\s*[/-]\s*\d{{1,2}}\s*[/-]\s*({_YEAR})(?!\d)")),
    # "đến ngày 31/12/2016"
    ("end", re.compile(rf"(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?\d{{1,2}}\s*[/-]\s*\d{{1,2}}\s*[/-]\s*({_YEAR})(?!\d)")),
    # "đến năm 2019", "đến tháng 6/2020"
    ("end", re.compile(rf"(?:đến|tới)\s+(?:hết\s+|cuối\s+)?(?:năm\s+|tháng\s+\d{{1,2}}\s*/\s*)({_YEAR})(?!\d)")),
    # "từ năm 2021"
    ("start", re.compile(rf"(?:từ|kể từ|bắt đầu từ)\s+(?:năm\s+)?({_YEAR})(?!\d)")),
    # "năm 2019", "tháng 12/2003", "(2019)"
    ("at", re.compile(rf"(?:năm\s+|tháng\s+\d{{1,2}}\s*[/-]\s*|\(\s*)({_YEAR})(?![\d/])")),
]
# a period fronting its sentence ("Theo báo cáo …, trong năm 2016, …", "Tháng 3-2013, …", "Tính đến
# năm 2016, …"): what the paragraph goes on to report is of that time
_TOPIC_PERIOD = re.compile(rf"^(?:[^.;:]{{0,90}}?,\s*)?(?:trong\s+|cả\s+|tính\s+(?:đến|tới)\s+(?:hết\s+)?)?"
                           rf"(?:năm\s+|tháng\s+\d{{1,2}}\s*[/-]\s*)({_YEAR})\s*,")
_NOW = re.compile(r"\W*(?:đến nay|tới nay|hiện nay|hiện tại|đến thời điểm này|hiện)(?!\w)")
# levels (not flows): "đến năm 2020" gives the year they stood at
_STOCKS = frozenset({"party_members", "party_cells", "subordinate_party_orgs", "poverty_rate", "income_per_capita",
                     "crop_area", "villages_without_members", "cells_with_committee", "temporary_houses", "food_output",
                     "orgs_rated_excellent", "orgs_rated_good", "orgs_rated_completed", "orgs_rated_weak",
                     "members_rated_excellent", "members_rated_good", "members_rated_completed",
                     "members_rated_not_completed", "units_reduced"})
_TARGET_HINT = re.compile(r"chỉ tiêu|mục tiêu|phấn đấu|kế hoạch|dự kiến|định hướng|sẽ ")
_ANNUAL_RE = re.compile(r"\b(?:hằng|hàng|mỗi)\s+năm\b|bình quân\s+(?:hằng|hàng|mỗi)\s+năm")
_CLAUSE_RE = re.compile(r"[;:()\[\]]|\.\s|\.$")

# Party and territorial bodies, for documents whose organizations nobody has resolved yet.
_UP = "A-ZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_NAME = rf"[{_UP}][\w'’]*(?:[^\S\n]+[{_UP}][\w'’]*){{0,3}}"
_BODY_RE = re.compile(
    rf"(?P<head>Đảng bộ|Đảng ủy|Đảng uỷ|Chi bộ|Huyện ủy|Huyện uỷ|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Quận ủy|Thị ủy)"
    rf"[^\S\n]+(?:(?P<type>xã|phường|thị trấn|huyện|tỉnh|thành phố|quận|thị xã|bản|thôn|tổ dân phố|tiểu khu|khu phố)[^\S\n]+)?"
    rf"(?P<name>{_NAME})")
_IMPLIED = {"huyện ủy": "huyện", "huyện uỷ": "huyện", "tỉnh ủy": "tỉnh", "tỉnh uỷ": "tỉnh",
            "thành ủy": "thành phố", "thành uỷ": "thành phố", "quận ủy": "quận", "thị ủy": "thị xã"}
_LEVEL_OF_TYPE = {"tỉnh": "province", "thành phố": "province", "huyện": "district", "quận": "district",
                  "thị xã": "district", "xã": "commune", "phường": "commune", "thị trấn": "commune",
                  "bản": "village", "thôn": "village", "tổ dân phố": "village", "tiểu khu": "village",
                  "khu phố": "village"}
# A bare level word standing for the body or place the text is about ("toàn tỉnh", "huyện đã").
_ANAPHOR_RE = re.compile(r"(thị trấn|thị xã|thành phố|xã|huyện|tỉnh|phường|quận|bản|thôn|xóm|ấp|làng|buôn)(?![\w])")
_VILLAGE_WORDS = frozenset({"bản", "thôn", "xóm", "ấp", "làng", "buôn"})
_NOT_WIDENING = frozenset({"chi bộ"}) | _VILLAGE_WORDS  # level words that do not turn the text to a larger unit
_ANAPHOR_TOAN = re.compile(r"(?<![\w])toàn\s+$")
_ANAPHOR_OPEN = re.compile(r"(?:^|[,;:]\s*|\d{4},?\s+)$")
_VILLAGE_OPEN = re.compile(r"(?:^\W*|[;:]\s*|\d{4},?\s+)$")  # "Bản có …", "Năm 2024, thôn đã …" (not "thôn, xóm đạt")
# ("Năm qua, xã kết nạp 9 đảng viên": the verbs a report tells a unit's own work with)
_ANAPHOR_VERB = re.compile(r"\s+(?:đã|có|còn|hiện có|đạt|tiếp tục|luôn|vẫn|phấn đấu|chỉ còn|kết nạp|tổ chức|"
                           r"thực hiện|triển khai|thi hành|xử lý|giải quyết|kiểm tra|giám sát|huy động|hỗ trợ|"
                           r"vận động|trao|tặng|xây dựng mới)\b")


_CELL_ANAPHOR = re.compile(r"(?:^|[,;:]\s*|\d{4},?\s+)(chi bộ)\s+(?=[a-zà-ỹđ])")


def _anaphors(low: str) -> list[tuple[int, str]]:
    """Bare level words standing for the body or place the text is about: "toàn tỉnh", or
    "huyện đã ..." / "chi bộ ..." opening a clause. (start, level word) pairs."""
    out = [(m.start(1), "chi bộ") for m in (_CELL_ANAPHOR.finditer(low) if "chi bộ" in low else ())]
    for m in _ANAPHOR_RE.finditer(low):
        head = low[max(0, m.start() - 12):m.start()]
        if (_ANAPHOR_TOAN.search(head) and m.group(1) not in _VILLAGE_WORDS) or (
                m.group(1) in ("xã", "huyện", "tỉnh", "phường", "quận", *_VILLAGE_WORDS)
                and (_VILLAGE_OPEN if m.group(1) in _VILLAGE_WORDS else _ANAPHOR_OPEN).search(head)
                and _ANAPHOR_VERB.match(low, m.end())):
            out.append((m.start(), m.group(1)))
    return out


# every unit word a place is written with: "xã X", "huyện Y", "thôn Z" …
_ANY_UNIT = r"(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|bản|thôn|xóm|ấp|tổ dân phố|tiểu khu|khu phố|làng|buôn|bon|plei|khóm)"

_OBJECT_BEFORE_RE = re.compile(
    r"(?<![\w])(?:của|cho|đối với|chọn|giúp đỡ|giúp việc|tham mưu|các|mỗi|từng|cấp|với|tại|ở|trong|thuộc|sang|từ|đến|về|"
    r"bí thư|phó bí thư|chủ tịch|phó chủ tịch|ủy viên|uỷ viên|trưởng ban|phó trưởng ban|thành viên|lãnh đạo|"
    r"pbt|ct|pct|bt|uv|ubtv|"  # "PBT Đảng ủy, CT HĐND xã": a post's body, abbreviated as in the lists of guests
    r"dự đại hội(?: đại biểu)?)"  # "bầu đoàn đại biểu dự Đại hội Đảng bộ X gồm 9 …": X is where they go
    r"(?:\s+thường trực)?\s+"
    r"(?:" + _ANY_UNIT + r"\s+)?$")

# A place is the subject only where a clause opens with it ("Tại huyện X, ...", "bản X, xã Y và
# ...", "xã X có ..."), not as an object ("đứng đầu huyện X với ...").
# "Ở phường X, …", "Tại xã Y …": a place opening its sentence is what the sentence is about
_OPENING_PLACE = re.compile(r"\W*(?:ở|tại|riêng)\s+(?:" + _ANY_UNIT + r"\s+)?")
# a sentence opening on a place: "Tại xã X, …", "Xã Y còn …", "Riêng huyện Z, …"
_PLACE_OPENS = re.compile(r"[\W]*(?:(?:trong khi đó|tuy nhiên|ngoài ra|bên cạnh đó|đặc biệt|ngược lại|trái lại|cùng với đó)"
                          r"\s*,?\s*)?(?:(?:ở|tại|riêng|còn|đối với|với)\s+)?(?:" + _ANY_UNIT + r"\s+)?")
_PLACE_SUBJECT_RE = re.compile(
    r"(?:^|[,;:.]|\bvà)\s*(?:(?:tại|ở|riêng|đặc biệt|toàn|còn|trong đó)\s*,?\s*)?"
    # "Chi bộ bon X, xã Y có …" read as its village when no body was read; "Khu dân cư thôn X có …" is the village
    r"(?:(?:chi bộ\s+|khu dân cư\s+)?" + _ANY_UNIT +
    r"(?:\s+(?:biên giới|vùng cao|miền núi|đặc biệt khó khăn|vùng sâu))?\s*)?$")

# Indicators about a territory rather than its party organization.
PLACE_INDICATORS = frozenset({"poverty_rate", "income_per_capita", "crop_area", "food_output",
                              "temporary_houses", "houses_removed", "livestock_model", "units_reduced"})
_ACTORS_OF = re.compile(r"(?:cấp ủy|cấp uỷ|ủy ban kiểm tra|uỷ ban kiểm tra|ubkt|tổ chức đảng)(?:\s+đảng)?\s+các\s+cấp"
                        r"\s+(?:của|trong|thuộc|ở)\s+(?:toàn\s+)?(?:đảng bộ\s+)?(?:" + _ANY_UNIT + r"\s+)?$")
_ALL_LEVELS = re.compile(r"[^\S\n]+(?:đảng[^\S\n]+)?các[^\S\n]+cấp(?![\w])", re.IGNORECASE)
_ORGANS = frozenset({"standing_committee", "executive_committee", "inspection_committee",
                     "organization_commission", "propaganda_commission", "mass_mobilization_commission"})
# banks and state agencies, whose figures (funds, inspections) are their own
_NAMES_PLACE = re.compile(r"(?i:[uủ][ỷy]|xã|huyện|tỉnh|phường|quận|thành phố|thị xã|thị trấn|thôn|xóm|bản|ấp|làng|buôn|"
                          rf"tổ dân phố|khu phố|tiểu khu|khu)[^\S\n]+[{_UP}0-9]")
_BARE_KIND = re.compile(r"(?i:(?:huyện|thị|thành|quận|tỉnh)[^\S\n]*(?:ủy|uỷ))")
_KINDS_LISTED = re.compile(r"(?i:(?<![\w])(?:huyện|thị|quận|thành|tỉnh)[^\S\n]*,[^\S\n]*)$")
_AGENCY_NAME = re.compile(r"(?:Ngân hàng|NHCSXH|Tổng cục|Cục|Chi cục|Chi nhánh|Kho bạc|Bảo hiểm xã hội|Quỹ|Sở)(?![\w])")
_CENTRAL_NAME = re.compile(r"(?:Ban Bí thư|Bộ Chính trị)(?![\w])")
_TITLE_BEFORE = re.compile(r"(?:trưởng|giám đốc|bí thư|chủ tịch|phó|chánh|ủy viên)\s+$")
_PARTY_KINDS = frozenset({"party_committee", "party_cell", "standing_committee", "executive_committee",
                          "inspection_committee", "organization_commission", "propaganda_commission",
                          "mass_mobilization_commission", "steering_committee"})


# ----------------------------------------------------------------------------- the lexicon

@dataclass(frozen=True)
class Unit:
    form: str
    cat: str
    display: str
    indicator: str | None = None
    qualifier: str | None = None


@dataclass
class Rule:
    indicator: str
    cats: tuple[str, ...]
    qualifier: str | None
    unit: re.Pattern | None = None
    right: re.Pattern | None = None
    not_right: re.Pattern | None = None
    near: re.Pattern | None = None
    left: re.Pattern | None = None
    of: tuple[str, ...] = ()
    crop: bool = False
    prev: bool = False
    counts_only: bool = False
    left_block: re.Pattern | None = None
    pct_only: bool = False
    sentence: re.Pattern | None = None
    form: re.Pattern | None = None


@dataclass
class Lexicon:
    units: dict[str, Unit]
    unit_re: re.Pattern
    rules: list[Rule]
    crop_re: re.Pattern
    crop_right_re: re.Pattern
    approx_re: re.Pattern
    not_before_re: re.Pattern
    target_re: re.Pattern
    target_reset_re: re.Pattern
    achievement_right: re.Pattern
    change_near: re.Pattern
    change_right: re.Pattern
    continuation: re.Pattern
    party_visited: re.Pattern
    by_kind: dict = field(default_factory=dict)


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The units, cues and rules of data/indicators.yaml, compiled once on first use."""
    import yaml

    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    units: dict[str, Unit] = {}
    for entry in data["units"]:
        for form in entry["forms"]:
            form = form.lower()
            cat = entry["cat"]
            display = {"member": "đảng viên", "people": "người", "visit": "lượt"}.get(cat, form)
            if entry.get("indicator") or entry.get("display"):
                display = entry.get("display") or entry.get("unit", display)
            units.setdefault(form, Unit(form, cat, display, entry.get("indicator"), entry.get("qualifier")))
    suffix = data.get("unit_suffix", "")
    unit_re = re.compile(r"[^\S\n]*[“\"]?(" + _alt(units) + r")(?![\w²])(" + suffix + r")?")
    rules = []
    for r in data["rules"]:
        rules.append(Rule(
            indicator=r["indicator"], cats=tuple(r.get("cats") or ()), qualifier=r.get("qualifier"),
            unit=re.compile(r["unit"]) if r.get("unit") else None,
            right=re.compile(r["right"]) if r.get("right") else None,
            not_right=re.compile(r["not_right"]) if r.get("not_right") else None,
            near=re.compile(r["near"]) if r.get("near") else None,
            left=re.compile(r["left"]) if r.get("left") else None,
            of=tuple(r.get("of") or ()), crop=bool(r.get("crop")), prev=bool(r.get("prev")),
            counts_only=bool(r.get("counts_only")),
            left_block=re.compile(r["left_block"]) if r.get("left_block") else None,
            pct_only=bool(r.get("pct_only")),
            sentence=re.compile(r["sentence"]) if r.get("sentence") else None,
            form=re.compile(r["form"]) if r.get("form") else None))
    crops = _alt(c.lower() for c in data["crops"])
    return Lexicon(
        units=units, unit_re=unit_re, rules=rules,
        crop_re=re.compile(r"(?<![\w])(" + crops + r")(?![\w])"),
        crop_right_re=re.compile(r"^\W*(?:\S+\s+){0,2}?(" + crops + r")(?![\w])"),
        approx_re=re.compile(r"(?<![\w])(" + _alt(data["approximations"]) + r")\s*$"),
        not_before_re=re.compile(r"(?<![\w])" + data["not_figure_before"] + r"\s*$"),
        target_re=re.compile(data["target_cue"]),
        target_reset_re=re.compile(data["target_reset"]),
        achievement_right=re.compile(data["achievement_right"]),
        change_near=re.compile(data["change_near"]),
        change_right=re.compile(data["change_right"]),
        continuation=re.compile(data["continuation"]),
        party_visited=re.compile(data["party_visited"]),
    )


# ----------------------------------------------------------------------------- figures

@dataclass
class Figure:
    """One figure of a sentence: offsets are into the sentence text."""

    start: int              # where its words begin (approximation word included)
    num_start: int
    num_end: int
    end: int                # after the unit
    value: float | int
    unit: str               # as stated ("đảng viên", "%", "triệu đồng/người/năm")
    cat: str                # unit category; "pct" for a percentage
    of_cat: str | None = None   # for a percentage: the category of what it counts
    forced: Unit | None = None
    approx: str | None = None
    bound: str | None = None    # "lower" / "upper" for the two ends of a range
    denominator: float | int | None = None
    of_total: bool = False      # "43 trên tổng số 217 đồng chí": the part; its noun is the total's
    is_total: bool = False      # "617/646 đảng viên": the 646, a count of its own
    zero: bool = False
    found_none: bool = False  # "không phát hiện vụ việc nào": a check that found none of them
    # read from the context
    indicator: str = "other"
    qualifier: str | None = None
    period: tuple[str | None, str | None] | None = None
    annual: bool = False
    is_target: bool = False
    is_change: bool = False
    achievement: bool = False
    base_indicator: str | None = None  # for an achievement rate: the indicator it measures
    subject: Any = None     # NamedNode
    form: str = ""          # the counted noun as matched ("đảng viên mới")
    near: str = ""          # the words left of it that govern it (shared along a list)
    subject_label: str | None = None
    places: str | None = None  # "xã A và B": the places a figure given to their parent counts
    by_right: bool = False  # its indicator was read from the words after it ("… có cấp ủy")
    bare_part: bool = False  # "trong đó có 10 là nữ": a part of the count before, its noun left out
    change_of_prev: bool = False  # "là 516, tăng 27 so với năm 2021": the change of the count before, no noun
    part_of: Any = field(default=None, repr=False, compare=False)  # the whole of a "trong đó" breakdown
    part_label: str | None = None  # "trong đó nữ 88 đồng chí": the kind of members a part counts


_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"
_FIG_RE = re.compile(
    r"(?P<a>" + _NUM + r")"
    r"(?:(?P<range>\s*[-–]\s*|\s+(?:đến|tới)\s+)(?P<b>" + _NUM + r")(?![\d/])"
    r"|\s*/\s*(?P<den>" + _NUM + r")(?![\d/])(?!\s*[-–]\s*\d)"
    r")?(?![\d:/]|[.,]\d)")
# A verb between two figures starts a new statement: the first one's verb does not govern the second.
_VERB_GAP = re.compile(r"\b(?:kết luận|xử lý|thi hành|kỷ luật|kiểm tra|kiểm điểm|giám sát|kết nạp|thành lập|ban hành|đạt|"
                       r"hỗ trợ|xây dựng|phân công|tổ chức(?! (?:đảng|cơ sở))|mở|cử|bầu|trao|tặng|khen|đề nghị|xét)\b")
# Counted nouns whose absence is itself a figure ("không còn hộ nghèo").
_ZERO_COUNTS = frozenset({"hộ nghèo", "hộ cận nghèo"})
# What a party organization counts of itself, never a territory: its members and its units.
_MEMBERSHIP = frozenset({"party_members", "new_members_admitted", "party_cells", "subordinate_party_orgs"})
# A discipline form written before its count ("khiển trách 11, cảnh cáo 5").
_FORM_BEFORE = re.compile(r"(khiển trách|cảnh cáo|cách chức|khai trừ|giải tán)\s*:?\s*$")
# the bodies a bracket of forms breaks down are themselves the ones disciplined ("kỷ luật 12 chi bộ (…")
_BODIES_DISCIPLINED = re.compile(r"(?<![\w])(?:kỷ luật|xử lý)(?:\s+(?:đối với|với))?\s*(?:trên|hơn|gần|khoảng)?\s*$")
_BODY_CATS = frozenset({"cell", "suborg", "org"})


def _bracket_head(low: str, figs: list, pos: int):
    """The count a bracket still open at ``pos`` follows ("12 tổ chức đảng (khiển trách 8, …"), else None."""
    paren = low.rfind("(", 0, pos)
    if paren < 0 or ")" in low[paren:pos]:
        return None
    head = next((g for g in reversed(figs) if g.end <= paren), None)
    if head is None or low[head.end:paren].strip():
        return None
    return head
# "ĐV" abbreviates đảng viên and đoàn viên alike: in a sentence about the youth union it is the latter
_MEMBER_ABBREVIATIONS = frozenset({"đv", "đv mới", "đv dự bị", "đv chính thức", "đ/v"})
_YOUTH_UNION = re.compile(r"(?<![\w])(?:đoàn viên(?!\s+ưu tú)|đoàn thanh niên|đoàn tncs|"
                          r"(?:huyện|tỉnh|thành|quận|thị|chi|liên chi)\s+đoàn(?!\s+kết(?!\s+nạp))|"
                          r"đoàn\s+(?:xã|phường|thị trấn|trường|cơ sở))(?![\w])")
# "phòng" counts departments only: "các phòng thuộc UBND", "phòng, đơn vị", "3 phòng Tư pháp, Nội vụ …"
_DEPARTMENT_AFTER = re.compile(r"[^\S\n]*(?:,[^\S\n]*)?(?:thuộc|trực thuộc|chức năng|nghiệp vụ|chuyên môn|ban|đơn vị|"
                               r"cơ quan|ngành|và)(?![\w])")
_WORD_AFTER = re.compile(r"[^\S\n]+(\w+)")
_DEPARTMENT_SENTENCE = re.compile(r"(?<![\w])(?:phòng(?:,)?\s+(?:chuyên môn|ban|thuộc)|cơ quan chuyên môn)(?![\w])")


def _a_department(text: str, low: str, end: int) -> bool:
    """Whether "phòng" ending a count at end names departments (a name, "thuộc UBND …", "phòng,
    ban", or a sentence about them: "từ 12 phòng chuyên môn còn 10 phòng"), not rooms."""
    if _DEPARTMENT_AFTER.match(low, end):
        return True
    w = _WORD_AFTER.match(text, end)
    if w is not None and w.group(1)[:1].isupper():
        return True
    return (w is None or not w.group(1).islower()) and _DEPARTMENT_SENTENCE.search(low) is not None
_THRESHOLD_BEFORE = re.compile(r"(?<![\w])hộ\s+(?:(?:nghèo|cận nghèo)\s+)?(?:có\s+)?(?:mức\s+)?thu nhập\s+(?:bình quân\s+)?(?:dưới|trên|từ|không quá)\s*$")
_PCT_RE = re.compile(r"[^\S\n]*%(?:/năm)?")
_MULT_RE = re.compile(r"[^\S\n]+(nghìn|ngàn|vạn|triệu)(?=\s)")
_MULT = {"nghìn": 1000, "ngàn": 1000, "vạn": 10000, "triệu": 1_000_000}
_ZERO_RE = re.compile(r"không\s+(?:có|còn)\s+(?:[“\"])?")
# "không phát hiện vụ việc tham nhũng nào": a check that found none (only with the closing "nào")
_QUOTE_TITLE_BEFORE = re.compile(r"(?:phong trào|cuộc vận động|mô hình|danh hiệu|chủ đề|khẩu hiệu|chương trình|đề án)\s*$")
# "mô hình “3 đảng viên kèm một hộ”": a number opening the title of a campaign
_TITLE_OPENS = re.compile(r"(?:phong trào|cuộc vận động|mô hình|danh hiệu|chủ đề|khẩu hiệu|chương trình|đề án)\s*[“\"]\s*$")


def _quoted_title(low: str, start: int, end: int) -> bool:
    """ "phong trào “Thôn, bản không có hộ nghèo”": words inside the title of a campaign, not a
    zero reported; the quotation is open before them and closes right after the noun (or opens
    on a campaign word)."""
    opened = low.rfind("“", 0, start)
    if opened < 0 or low.rfind("”", 0, start) > opened:
        return False
    return low.startswith("”", end) or bool(_QUOTE_TITLE_BEFORE.search(low, max(0, opened - 25), opened))


_FOUND_NONE_RE = re.compile(r"không\s+phát hiện(?:\s+(?:ra|được|thêm|có))?\s+")
_ANY_AFTER = re.compile(r"[^,;:.()\n]{0,40}?(?<![\w])nào(?![\w])")
# "một" is mostly the article "a"; "năm" is mostly "year" ("hằng năm Đảng bộ ...").
# On lower-cased text; the word boundary before is checked in code (a pattern that opens with
# a look-behind cannot use the regex engine's first-character scan, and is several times slower).
_WORD_NUMBER_LOW = re.compile(WORD_NUMBER_RE.pattern.replace("(?<![\\w])", "", 1))
# ... except right after a verb that counts ("kiểm tra một tổ chức đảng", "kỷ luật một đảng viên")
_DOC_KIND_WORD = re.compile(r"kết luận|nghị quyết|chỉ thị|quy định|nghị định|quyết định|hướng dẫn|kế hoạch|"
                            r"thông báo|thông tư|công văn")
_LIST_BEFORE = re.compile(r"(?:,|\bvà)\s*$")
_ONE_AFTER_VERB = re.compile(r"(?:kiểm tra|giám sát|kỷ luật|kết nạp|xử lý|kết luận|thành lập|khai trừ|cảnh cáo|khiển trách|"
                             r"cách chức|giải thể|sáp nhập|xóa tên|mở|tổ chức|cử|trao tặng|trao|tặng|hỗ trợ|bầu bổ sung)"
                             r"(?:\s+(?:được|thêm))?\s*$")
# "43 trên tổng số 217 đồng chí": a part of a total, counted by the total's noun
_OF_TOTAL_RE = re.compile(r"[^\S\n]+(?:trên[^\S\n]+(?:tổng số[^\S\n]+)?|trong[^\S\n]+(?:tổng[^\S\n]+)?số[^\S\n]+)(" + r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?" + r")(?![\d.,/])")
# what a percentage counts, just before a bracketed fraction: "100% đảng viên chính thức ("
_PCT_NOUN_BEFORE = re.compile(r"%\s+(?:số\s+)?(\S)[^%()\d;.]{0,40}\(\s*$")
# units whose whole, written after a slash, is a count of its own ("15/19 tiêu chí" is not)
# "Năm đảng viên …" opening a sentence: five members (a year is written in digits)
_COUNTED_AT_START = frozenset({"member", "cell", "suborg", "household"})
_SUM_OF_RE = re.compile(r"(?P<a>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)[^\S\n]*(?P<u>nghìn tỷ đồng|tỷ đồng|triệu đồng)"
                        r"[^\S\n]*/[^\S\n]*(?P<b>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)[^\S\n]*(?P=u)(?![\w])")
_TOTAL_CATS = frozenset({"member", "cell", "suborg", "org", "people", "household", "place"})
_YEAR_WORD_BEFORE = re.compile(r"(?:hằng|hàng|mỗi|trong|các|những|cả|nhiều|từng|của|qua|đầu|cuối|giữa|vài|mấy|"
                               r"sau|trước|tới|đến|này|đó|ấy|năm|\d)\s*$")


# the parts of a breakdown told without their noun: "…, trong đó có 10 là nữ; 7 là người Mông"
_PART_OPEN = re.compile(r"(?<![\w])trong (?:đó|số đó)\s*:?\s*(?:có\s+)?(?:trên\s+|hơn\s+|gần\s+|khoảng\s+)?$")
_PART_NEXT = re.compile(r"[^;,.\d()]{1,60}[;,]\s*(?:và\s+)?(?:trên\s+|hơn\s+|gần\s+|khoảng\s+)?")
_WORD_AFTER_PART = re.compile(r"[^\S\n]+(?:là|được|kết nạp|thuộc|từ|nữ|người)(?![\w])")
# "nâng tổng số đảng viên của chi bộ lên 31": the count raised, its noun told before the number
_RAISED_TO = re.compile(r"(?<![\w])(?:nâng|đưa|phát triển)\s+tổng\s+số\s+(?:lượng\s+)?(?P<u>\S)[^,;.\d]{0,60}?\s+lên\s+"
                        r"(?:thành\s+|tới\s+|đến\s+)?(?:trên\s+|hơn\s+|gần\s+|khoảng\s+)?$")
# "Tổng số đảng viên của Đảng bộ hiện nay là 379": the count stated, its noun told before the number
# (and the date it was counted on between them: "… của Đảng bộ đến cuối năm 2023 là 379")
# After "tổng số", whoever follows "của / toàn / trên địa bàn / trong / thuộc / ở / tại" owns the
# count ("của Đảng bộ xã X", "của Công an tỉnh", "trong Khối các cơ quan"), unless a kind of members
# follows "trong / thuộc / ở / tại" ("thuộc diện miễn sinh hoạt", "ở độ tuổi …", "tại đại hội",
# "trong sạch" a rating): then the count is a part of them, no membership. After a bare "số" the
# owner after "trong / thuộc / ở / tại" must be a party body or a place ("Số đảng viên trong Đảng bộ
# xã X là …"): what else follows there is a part ("ở nông thôn", "trong lực lượng vũ trang").
# (a whole party body or place, as the owner of a share's people is written: "trong Đảng bộ xã X")
_TOTAL_BODY = r"(?:đảng bộ|chi bộ|tổ đảng|(?:đảng|tỉnh|huyện|thành|quận|thị)[^\S\n]+(?:ủy|uỷ)|" + _ANY_UNIT + r")(?![\w])"
_PART_OF_MEMBERS = r"(?:diện|độ tuổi|lứa tuổi|đợt|đại hội|nước ngoài|sạch|nhóm|đối tượng)(?![\w])"
_KIND_OF_MEMBERS = r"(?:trong|thuộc|ở|tại)[^\S\n]+" + _PART_OF_MEMBERS
_OWNER_WORDS = r"[^\S\n]+(?:(?![^\S\n]" + _KIND_OF_MEMBERS + r")[^,;.\d()]){0,40}?"
_WHEN_COUNTED = (r"(?:[^\S\n]+(?:(?:tính[^\S\n]+)?(?:đến|tới|vào)[^\S\n]+)?(?:hết[^\S\n]+|cuối[^\S\n]+|đầu[^\S\n]+)?"
                 r"(?:năm|tháng|ngày)[^\S\n]+\d[\d/]{0,9})?"
                 r"(?:[^\S\n]+(?:hiện nay|hiện tại|hiện|đến nay|tới nay))?[^\S\n]*")
_TOTAL_OWNER = (r"(?:[^\S\n]+(?:của|toàn|trên địa bàn|(?!" + _KIND_OF_MEMBERS + r")(?:trong|thuộc|ở|tại))"
                + _OWNER_WORDS + r")?" + _WHEN_COUNTED)
_COUNT_OWNER = (r"(?:[^\S\n]+(?:(?:của|toàn|trên địa bàn)" + _OWNER_WORDS + r"|(?:trong|thuộc|ở|tại)[^\S\n]+"
                r"(?:(?:toàn|cả)[^\S\n]+)?" + _TOTAL_BODY + r"(?:[^\S\n]+(?!(?:thuộc|trong|ở|tại|diện)(?![\w]))"
                r"[^\s,;.\d()]+){0,6}?))?" + _WHEN_COUNTED)
_TOTAL_IS = re.compile(r"(?<![\w])(?:tổng\s+số|số\s+lượng)\s+(?:lượng\s+)?(?P<u>\S)[^\W\d]*(?:[^\S\n]+[^\W\d]+){0,3}?"
                       + _TOTAL_OWNER + r"(?:là|có|gồm|:)[^\S\n]*(?:trên\s+|hơn\s+|gần\s+|khoảng\s+)?$")
# "Số đảng viên toàn Đảng bộ là 300": a bare "số" opening its clause, its noun right after it,
# then only whose it is and when, and "là"
_COUNT_OPENS = re.compile(r"(?:^|[,;:(])[^\S\n]*số[^\S\n]+(?=\S)")
_COUNT_IS = re.compile(_COUNT_OWNER + r"là[^\S\n]*(?:trên\s+|hơn\s+|gần\s+|khoảng\s+)?")
# (and the kinds that make it a part, not the whole: "tổng số đảng viên nữ là 120")
_TOTAL_IS_VERB = re.compile(r"(?<![\w])(?:được|bị|đã|đi|dự|tham gia|kết nạp|kiểm tra|giám sát|kỷ luật|xử lý|"
                            r"hoàn thành|đạt|xếp loại|vi phạm|nghèo|"
                            r"nữ|dự bị|chính thức|mới|trẻ|dân tộc|tôn giáo|có đạo|công giáo|phật giáo)(?![\w])")


def _glued(low: str, pos: int, marks: str) -> bool:
    """Whether the character before pos joins it to a word, number or code."""
    if pos == 0:
        return False
    ch = low[pos - 1]
    return ch.isalnum() or ch == "_" or ch in marks


def _unit_at(lex: Lexicon, low: str, pos: int) -> tuple[Unit, int, str] | None:
    m = lex.unit_re.match(low, pos)
    if not m:
        return None
    unit = lex.units[m.group(1)]
    suffix = m.group(2) or ""
    if suffix and unit.cat not in ("money", "area", "mass", "length"):
        return None
    display = unit.display + _rx(r"\s+").sub("", suffix)
    return unit, m.end(), display


# "… 11 lao động đi làm việc ở nước ngoài, đạt 110%": a count's noun phrase, then how far it went
# "bằng 150% so với cùng kỳ / năm 2020 / nhiệm kỳ trước": a count set against an earlier period's, no plan
_EARLIER_PERIOD = re.compile(r"[^\S\n]*so[^\S\n]+với[^\S\n]+(?:cùng[^\S\n]+kỳ|năm|nhiệm[^\S\n]+kỳ|nửa[^\S\n]+nhiệm|kỳ|tháng|quý|"
                             r"giai[^\S\n]+đoạn|thời[^\S\n]+điểm|trước|\d+)(?![\w])")
# "…, tăng 20 so với năm 2020" right after a count: its change, the noun left out; a whole number
# only ("giảm 0,8 so với năm 2023" after a count of households is points of a rate), and no
# rank's ("xếp thứ 15 trong 63 tỉnh, tăng 3 so với năm 2022" is places in the ranking)
_CHANGE_OF_PREV = re.compile(r"[^\S\n]*,?[^\S\n]*(?:tăng|giảm)(?:[^\S\n]+(?:thêm|được))?[^\S\n]*")
_WHOLE_NUMBER = re.compile(r"\d{1,3}(?:\.\d{3})+|\d+")
_RANK_BEFORE = re.compile(r"(?<![\w])(?:xếp|đứng)[^\S\n]+(?:thứ|hạng)(?![\w])[^,;.:]*$")
_ACHIEVED_AFTER = re.compile(r"[^.;:%\d()]{0,80}?,[^\S\n]*(?:đạt|bằng)[^\S\n]*(?:(?:tỷ|tỉ) lệ[^\S\n]*)?(?:trên|hơn|gần|khoảng)?[^\S\n]*")
# "6.3" before a counted noun: a dotted number that can be no thousands, so no count either
_DOTTED_NUMBER = re.compile(r"\d+\.\d{1,2}")
_WHOLE_CATS = frozenset({"member", "people", "cell", "suborg", "org", "place", "household", "event", "doc", "case",
                         "visit", "item"})
# a capitalised word right before a capitalised number word: the number word is part of a name
_NAME_WORD_BEFORE = re.compile(rf"(?<![\w])[{_UP}][\w'’]*[^\S\n]+$")


def find_figures(text: str, lex: Lexicon | None = None) -> list[Figure]:
    """The figures of one sentence, in order (the match step of the extractor)."""
    lex = lex or lexicon()
    low = text.lower()
    if len(low) != len(text):  # a case mapping changed lengths: keep offsets honest
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    figs: list[Figure] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    bare_parts: set[int] = set()  # where the parts of a breakdown told without their noun start
    changes_of_prev: set[int] = set()  # where the changes of the count before, told without their noun, start

    for m in (_FIG_RE.finditer(low) if _rx(r"\d").search(low) else ()):  # (tried at every position)
        if _glued(low, m.start(), ".,/:-") and not _TYPO_GLUED.search(low, max(0, m.start() - 6), m.start()) \
                and not (low[m.start() - 1] == "/" and figs and figs[-1].end == m.start() - 1
                         and figs[-1].cat not in ("money", "area", "mass", "length")
                         and m.group("a") != "1"  # ("2 triệu đồng/1 hộ", "3 cán bộ/1 xã": a rate)
                         and not _AVERAGE_BEFORE.search(low, max(0, figs[-1].num_start - 30), figs[-1].num_start)):
            continue  # (but "trục thôn là10,3 km" is a figure set without its space; "1.200 hộ/5.100 nhân khẩu" two)
        a_txt, b_txt, den = m.group("a"), m.group("b"), m.group("den")
        before = low[max(0, m.start() - 30):m.start()]
        nb = lex.not_before_re.search(before)
        if nb is not None and nb.group(0).strip() == "kết luận" and text[m.start() - len(nb.group(0)):][:1].islower() \
                and (u0 := _unit_at(lex, low, m.end())) is not None and u0[0].cat in ("member", "people", "suborg", "cell", "org"):
            nb = None  # "UBKT đã kết luận 4 chi bộ sai phạm": the verb, not a Conclusion's number
        if nb and not (nb.group(0).strip() == "năm" and not _YEAR_RE.fullmatch(a_txt)
                       and _rx(r"(?:hằng|hàng|mỗi|cả|trong)\s+năm\s*$").search(before)) \
                and not (nb.group(0).strip() == "tháng" and _rx(r"(?:hằng|hàng|mỗi)\s+tháng\s*$").search(before)):
            continue  # "mỗi tháng 1,2 triệu đồng" is an amount a month, not a date
        if _rx(r"\d\s*[/.-]\s*$").search(before):  # the tail of a date or code
            continue
        if _TITLE_OPENS.search(before):
            continue
        if _THRESHOLD_BEFORE.search(low, max(0, m.start() - 45), m.start()):
            continue  # "hộ có mức thu nhập dưới 8 triệu đồng": the line drawn, not a figure reported
        pos = m.end()
        pct = _PCT_RE.match(low, pos)
        mult = 1
        total = None
        if pct:
            unit, cat, end = pct.group(0).strip(), "pct", pct.end()
        else:
            hit = _unit_at(lex, low, pos)
            if hit is None:
                mm = _MULT_RE.match(low, pos)
                if mm and not b_txt:
                    hit = _unit_at(lex, low, mm.end())
                    mult = _MULT[mm.group(1)]
            if hit is None and not b_txt and not den:
                tm = _OF_TOTAL_RE.match(low, pos)
                if tm is not None:
                    th = _unit_at(lex, low, tm.end())
                    if th is not None and th[0].cat not in ("counter",) and (parse_digits(tm.group(1)) or 0) \
                            >= (parse_digits(a_txt) or 0) and not _POINTED_BEFORE.search(before):
                        hit, total = (th[0], m.end(), th[2]), parse_digits(tm.group(1))
            if hit is None and den:  # "100% đảng viên chính thức (1.718/1.718)": the noun of the share
                pm = _PCT_NOUN_BEFORE.search(low, max(0, m.start() - 60), m.start())
                if pm is not None:
                    ph = _unit_at(lex, low, pm.start(1))
                    if ph is not None and ph[0].cat not in ("counter",):
                        hit = (ph[0], m.end(), ph[2])
            if hit is None and not b_txt and not den:  # "nâng tổng số chi bộ lên 27": the noun named before
                rm = _RAISED_TO.search(low, max(0, m.start() - 90), m.start())
                rh = _unit_at(lex, low, rm.start("u")) if rm is not None else None
                if rh is not None and rh[0].cat in _TOTAL_CATS:
                    hit = (rh[0], m.end(), rh[2])
            if hit is None and not b_txt and not den and "số" in low[max(0, m.start() - 110):m.start()]:
                tm = _TOTAL_IS.search(low, max(0, m.start() - 110), m.start())
                th = _unit_at(lex, low, tm.start("u")) if tm is not None else None
                u_at = tm.start("u") if tm is not None else None
                if th is None:
                    cm = list(_COUNT_OPENS.finditer(low, max(0, m.start() - 110), m.start()))
                    th = _unit_at(lex, low, cm[-1].end()) if cm else None
                    if th is not None and not _COUNT_IS.fullmatch(low, th[1], m.start()):
                        th = None
                    u_at = cm[-1].end() if th is not None else None
                if th is not None and th[0].cat in ("member", "cell", "suborg") \
                        and not _TOTAL_IS_VERB.search(low, u_at, m.start()):
                    hit = (th[0], m.end(), th[2])
            if hit is None and not b_txt and not den and figs \
                    and figs[-1].cat in _TOTAL_CATS and figs[-1].end <= m.start() and _WORD_AFTER_PART.match(low, m.end()) \
                    and (_PART_OPEN.search(low, max(0, m.start() - 24), m.start()) or (
                        figs[-1].num_start in bare_parts and _PART_NEXT.fullmatch(low, figs[-1].end, m.start()))) \
                    and not _rx(r"\.\s").search(low, figs[-1].end, m.start()):
                # "kết nạp 25 đảng viên, trong đó có 10 là nữ; 7 là người dân tộc thiểu số": a part
                # of the count before, its noun left out
                whole = figs[-1] if figs[-1].num_start not in bare_parts else None
                noun = lex.units.get(figs[-1].form)
                if noun is not None and (whole is None or (parse_digits(a_txt) or 0) < whole.value):
                    hit = (noun, m.end(), figs[-1].unit)
                    bare_parts.add(m.start())
            if hit is None and not b_txt and not den and figs and figs[-1].cat in _TOTAL_CATS \
                    and figs[-1].end <= m.start() and _CHANGE_OF_PREV.fullmatch(low, figs[-1].end, m.start()) \
                    and _EARLIER_PERIOD.match(low, m.end()) and _WHOLE_NUMBER.fullmatch(a_txt) \
                    and not _RANK_BEFORE.search(low, max(0, figs[-1].start - 40), figs[-1].start):
                # "… là 300 đảng viên, tăng 20 so với năm 2020": the change of the count just told,
                # its noun left out
                noun = lex.units.get(figs[-1].form)
                if noun is not None:
                    hit = (noun, m.end(), figs[-1].unit)
                    changes_of_prev.add(m.start())
            if hit is None:
                form = _FORM_BEFORE.search(low, max(0, m.start() - 14), m.start())
                if form is None or b_txt or den:
                    continue
                head = _bracket_head(low, figs, m.start())
                if head is not None and (head.cat not in _BODY_CATS or not _BODIES_DISCIPLINED.search(
                        low, max(0, head.start - 40), head.start)):
                    head = None  # "kiểm tra 15 chi bộ (kỷ luật khiển trách 2, …)": members, as ever
                if head is not None:
                    # "kỷ luật 12 tổ chức đảng (khiển trách 8, cảnh cáo 4)": the forms count the bodies
                    u = Unit(form.group(1), head.cat, head.unit, "orgs_disciplined", form.group(1))
                elif form.group(1) not in lex.units:
                    continue  # a form only bodies take ("giải tán")
                else:
                    u = lex.units[form.group(1)]
                hit = (u, m.end(), u.display)
            u, end, unit = hit
            if u.form == "phòng" and not _a_department(text, low, end):
                continue  # "20 phòng trọ", "6 phòng ở": rooms, not departments
            if u.form in _MEMBER_ABBREVIATIONS and _YOUTH_UNION.search(low):
                u = lex.units["đoàn viên"]
                unit = u.display
            cat = u.cat
            if cat == "counter":
                continue
            if cat in _WHOLE_CATS and not b_txt and not den and _DOTTED_NUMBER.fullmatch(a_txt):
                continue  # "Chi bộ 6.3 phường X": a number naming a unit, not a count (counts are whole)
        if b_txt and m.group("range").strip() in ("-", "–"):
            # "2015-2020" followed by a unit is still a span of years, not a range of figures
            if _YEAR_RE.fullmatch(a_txt) and _YEAR_RE.fullmatch(b_txt):
                continue
        va = parse_digits(a_txt)
        if va is None:
            continue
        approx_m = lex.approx_re.search(low[max(0, m.start() - 14):m.start()])
        approx = approx_m.group(1) if approx_m else None
        start = m.start() - (len(low[max(0, m.start() - 14):m.start()]) - approx_m.start()) if approx_m else m.start()
        forced = None if pct else u
        if pct:
            of_cat = _of_category(lex, low, end)
        else:
            of_cat = None
        common = dict(unit=unit, cat=cat, of_cat=of_cat, forced=forced if forced and forced.indicator else None,
                      form=u.form if not pct else "%")
        if den and (parse_digits(den) or 0) < va:  # "155/11": an address or code, not a share
            continue
        if b_txt:
            vb = parse_digits(b_txt)
            if vb is None or vb <= va:  # "28-5" is a date, not a range
                continue
            figs.append(Figure(start, m.start(), m.start() + len(a_txt), end, va * mult, bound="lower",
                               approx=approx if approx != "từ" else None, **common))
            figs.append(Figure(start, m.start("b"), m.end("b"), end, vb * mult, bound="upper", **common))
        elif not pct and total is not None:
            figs.append(Figure(start, m.start(), m.start() + len(a_txt), end, va,
                               approx=approx if approx not in ("từ",) else None,
                               denominator=total, of_total=True, **common))
        else:
            figs.append(Figure(start, m.start(), m.start() + len(a_txt), end, va * mult,
                               approx=approx if approx not in ("từ",) else None,
                               denominator=parse_digits(den) if den else None, **common))
            if den and not pct and cat in _TOTAL_CATS:
                # "617/646 đảng viên": the whole is a figure too (how many there are)
                figs.append(Figure(m.start("den"), m.start("den"), m.end("den"), end, parse_digits(den) * mult,
                                   is_total=True, **common))
        if m.start() in bare_parts:
            figs[-1].bare_part = True
        figs[-1].change_of_prev = m.start() in changes_of_prev
        taken.append((m.start(), end))

    # numbers in words, before a unit noun only ("hai chi bộ", "mười lăm đảng viên")
    for m in _WORD_NUMBER_LOW.finditer(low):
        if _glued(low, m.start(), ""):
            continue
        if text[m.start()].isupper() and _NAME_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "xã Bình Ba tổ chức …": a word of a name, not a number
        # the number may end before the group does: "ba năm liền" is 3 + "năm liền", not 35
        words, w_end, hit = m.group(1), m.end(), None
        while True:
            hit = _unit_at(lex, low, w_end)  # cheapest test first: most number words count nothing
            if hit is not None or " " not in words:
                break
            words = words.rsplit(" ", 1)[0]
            w_end = m.start() + len(words)
        if hit is None or not free(m.start(), w_end):
            continue
        first = words.split()[0]
        if first == "không" or (words == "một" and not _ONE_AFTER_VERB.search(low[max(0, m.start() - 20):m.start()])
                                and not (figs and _LIST_BEFORE.search(low, max(0, m.start() - 6), m.start()))
                                and not _heads_a_list(low, hit[1], hit[0].form)):
            continue  # "một" is "a" — unless it continues a count ("hai Bí thư, một Chủ tịch")
        value = parse_words(words)
        if value is None:
            continue
        if first == "năm" and ((m.start() == 0 and hit[0].cat not in _COUNTED_AT_START)
                               or _YEAR_WORD_BEFORE.search(low[max(0, m.start() - 12):m.start()])):
            continue
        u, end, unit = hit
        before = low[max(0, m.start() - 30):m.start()]
        nb = lex.not_before_re.search(before)
        if (nb and not _DOC_KIND_WORD.fullmatch(nb.group(0).strip())) or u.cat == "counter":
            continue  # (a document is numbered in digits: "kết luận sáu sai phạm" is a verb and a count)
        approx_m = lex.approx_re.search(low[max(0, m.start() - 14):m.start()])
        figs.append(Figure(m.start(), m.start(), w_end, end, value, unit=unit, cat=u.cat, form=u.form,
                           forced=u if u.indicator else None,
                           approx=approx_m.group(1) if approx_m and approx_m.group(1) != "từ" else None))
        taken.append((m.start(), end))

    # "Năm năm gần đây, Đảng bộ xã liên tục đạt danh hiệu …": a run of years a rating was held
    for m in (_STREAK_RE.finditer(low) if _STREAK_HINT.search(low) else ()):
        n = m.group(1)
        value = parse_digits(n) if n[0].isdigit() else parse_words(n)
        if not value or not free(m.start(1), m.end(2)) or _glued(low, m.start(1), ".,/:-"):
            continue
        figs.append(Figure(m.start(1), m.start(1), m.end(1), m.end(2), value, unit="năm", cat="years", form="năm"))
        taken.append((m.start(1), m.end(2)))
    # "không có / không còn" + a counted noun: a zero
    for m in _ZERO_RE.finditer(low):
        if _glued(low, m.start(), ""):
            continue
        hit = _unit_at(lex, low, m.end())
        if hit is None or not free(m.start(), hit[1]) or _quoted_title(low, m.start(), hit[1]):
            continue
        u, end, unit = hit
        if u.cat in ("money", "area", "mass", "length", "years", "counter"):
            continue
        figs.append(Figure(m.start(), m.end(), m.end(), end, 0, unit=unit, cat=u.cat, zero=True,
                           forced=u if u.indicator else None))
        taken.append((m.start(), end))
    for m in (_FOUND_NONE_RE.finditer(low) if "phát hiện" in low else ()):
        if _glued(low, m.start(), ""):
            continue
        hit = _unit_at(lex, low, m.end())
        if hit is None or not free(m.start(), hit[1]) or not _ANY_AFTER.match(low, hit[1]):
            continue
        u, end, unit = hit
        if u.cat not in ("case", "member", "org", "people"):
            continue
        figs.append(Figure(m.start(), m.end(), m.end(), end, 0, unit=unit, cat=u.cat, zero=True,
                           found_none=True, forced=u if u.indicator else None))
        taken.append((m.start(), end))
    # "quyết tâm xóa hộ nghèo vào năm 2015": no poor household left, a zero like "không còn hộ nghèo"
    for m in (_ERASED_RE.finditer(low) if "nghèo" in low else ()):
        hit = _unit_at(lex, low, m.end())
        if hit is None or hit[0].form not in _ZERO_COUNTS or not free(m.start(), hit[1]) \
                or _ERASED_NOT_AFTER.match(low, hit[1]) or _ERASED_NOT_BEFORE.search(low, max(0, m.start() - 25), m.start()):
            continue
        u, end, unit = hit
        figs.append(Figure(m.start(), m.end(), m.end(), end, 0, unit=unit, cat=u.cat, zero=True))
        taken.append((m.start(), end))
    # "trao Huy hiệu 30 năm tuổi Đảng cho đảng viên Nguyễn Văn A": the badge of one member named
    for m in (_BADGE_RE.finditer(low) if "huy hiệu" in low else ()):
        n = m.group(1)
        value = parse_digits(n) if n[0].isdigit() else parse_words(n)
        if not value or not free(m.start(1), m.end(2)) or not _BADGE_TO.match(text, m.end()):
            continue
        badge = Unit("năm", "badge", "năm", "other", "Huy hiệu tuổi Đảng")
        figs.append(Figure(m.start(1), m.start(1), m.end(1), m.end(2), value, unit="năm", cat="badge", form="năm",
                           forced=badge))
        taken.append((m.start(1), m.end(2)))
    # "thời hạn bổ nhiệm 5 năm": the term of a post given
    for m in (_TERM_RE.finditer(low) if "thời hạn" in low else ()):
        n = m.group(2)
        value = parse_digits(n) if n[0].isdigit() else parse_words(n)
        if not value or not free(m.start(2), m.end()):
            continue
        term = Unit("năm", "term", "năm", "other", m.group(1).strip())
        figs.append(Figure(m.start(2), m.start(2), m.end(2), m.end(), value, unit="năm", cat="term", form="năm",
                           forced=term))
        taken.append((m.start(2), m.end()))
    # "68 tỷ đồng/179 tỷ đồng": the whole sum after the slash is a figure too
    for m in (_SUM_OF_RE.finditer(low) if "/" in low else ()):
        part = next((f for f in figs if f.num_start == m.start("a") and f.cat == "money"), None)
        if part is None or not free(m.start("b"), m.end()):
            continue
        vb = parse_digits(m.group("b"))
        if vb is None or vb <= part.value:
            continue
        figs.append(Figure(m.start("b"), m.start("b"), m.end("b"), m.end(), vb, unit=part.unit, cat="money",
                           is_total=True, form=part.form))
        taken.append((m.start("b"), m.end()))
    figs.sort(key=lambda f: (f.num_start, f.bound or ""))
    # "45 chi bộ có dưới 9 đảng viên": a threshold describing the units counted, not a figure
    kept: list[Figure] = []
    for f in list(figs):  # "từ tám đến 12 tiêu chí": a range opened by a number in words
        wr = _WORD_RANGE_BEFORE.search(low, max(0, f.num_start - 40), f.num_start) \
            if f.bound is None and f.denominator is None and not f.is_total and f.cat != "pct" else None
        lower = parse_words(wr.group(1)) if wr is not None else None
        if lower is not None and lower < f.value and free(wr.start(1), wr.end(1)) and not _glued(low, wr.start(1), ""):
            f.bound, f.approx = "upper", None
            figs.append(dataclasses.replace(f, start=wr.start(), num_start=wr.start(1), num_end=wr.end(1),
                                            value=lower, bound="lower"))
    figs.sort(key=lambda f: (f.num_start, f.bound or ""))
    for f in figs:
        if _BACK_REFERENCE.match(low, f.end):
            continue  # "hai vụ án nêu trên": a figure told before, named again
        if f.cat == "years" and not _STREAK_CUE.match(low, f.end) and not _STREAK_RE.match(low, f.start):
            continue  # "15 năm liên tục thực hiện …": how long, not a rating held year after year
        if f.cat == "length" and _DISTANCE_BEFORE.search(low, max(0, f.start - 60), f.start):
            continue  # "cách trung tâm huyện 3 km": where a place lies, not a work done
        if f.value == 1 and not f.zero and _EACH_OPENS.search(low, max(0, f.start - 50), f.start):
            continue  # "Mỗi chi bộ giúp đỡ 1 hộ nghèo": one for each, a rule of the campaign, not a count
        if f.cat in ("people", "member") and _NAMED_ARE.search(text, max(0, f.start - 40), f.start) \
                and not _UNIT_NAMED_ARE.search(text, max(0, f.start - 160), f.start):
            continue  # "ông A và ông B là hai người …": the persons just named, not a count reported
        if f.cat in ("people", "member", "case") and _POINTING_LA.search(low, max(0, f.start - 12), f.start) \
                and _named_person_res()[0].match(text, f.end):
            continue  # "Nổi cộm là hai vụ Nguyễn Văn A …": the cases singled out, named, not a count
        if f.cat in ("people", "member") and _GREETED_BEFORE.search(low, max(0, f.start - 30), f.start) \
                and _APPOINTED_AFTER.match(low, f.end):
            continue  # "chúc mừng hai đồng chí được phân công …": the persons the article appoints
        if f.cat == "doc" and _COMPARED_DOCS.search(low, max(0, f.start - 30), f.start):
            continue  # "Đối chiếu hai bản báo cáo cho thấy …": the sources compared, not a figure
        p = kept[-1] if kept else None
        if p is not None and p.cat in ("cell", "suborg", "org", "place", "household") and \
                _rx(r"\s*(?:có\s+)?(?:dưới|ít hơn|không quá|chưa đến|chưa tới)\s*").fullmatch(low[p.end:f.num_start]):
            continue
        kept.append(f)
    return kept


# the number words of numbers.py, as a bare group ("(?:…)(?:\s+(?:…))*")
_W_ALT = WORD_NUMBER_RE.pattern[len("(?<![\\w])("):-len(")(?![\\w])")]
_WORD_RANGE_BEFORE = re.compile(r"(?<![\w])(?:từ\s+)?(" + _W_ALT + r")\s+(?:đến|tới)\s+$")
# what a run of years is held for: a rating or title kept "N năm liền"
_STREAK_CUE = re.compile(r"[^.;:\n]{0,60}?(?:danh hiệu|trong sạch|vững mạnh|hoàn thành|xếp loại|được công nhận|đạt chuẩn|"
                         r"tiêu biểu|xuất sắc|dẫn đầu|cờ thi đua|bằng khen|khen thưởng)")
# "nằm cách thị trấn khoảng hai, ba km": a distance that places something
_DISTANCE_BEFORE = re.compile(r"(?<![\w])cách(?:\s+xa)?\s+[^,;.\d]{0,40}?(?:khoảng\s+|chừng\s+|gần\s+|hơn\s+)?"
                              r"(?:[\w]+,\s*)?$")


_BACK_REFERENCE = re.compile(r"[^\S\n]+(?:\S+[^\S\n]+)?(?:nêu trên|nói trên|kể trên|vừa nêu|trên(?=\s*[,.;]))"
                             r"|,?[^\S\n]+(?:[^\s,.;:]+,?[^\S\n]+){1,3}?(?:nêu trên|nói trên|kể trên)(?![\w])")
_STREAK_HINT = re.compile(r"năm (?:qua|gần đây|trở lại đây)")
# "Mỗi chi bộ nhận đỡ đầu 1 hộ": one for each, not a count
_EACH_OPENS = re.compile(r"(?:^|[.;:!?]\s*|\n)[\W]*mỗi\s+[^,;:.\d]{1,40}$")
# "ông A và ông B là hai người …": the persons just named, counted
_NAMED_ARE = re.compile(r"(?<![\w])[A-ZÀ-ỸĐ][\wÀ-ỹĐđ]*\s+(?:là|đều là|cũng là|chính là)\s+$")
# "chỉ tiêu năm nay của Đảng bộ xã Hòa Phong là 64": the name is a unit's, whose count follows
# (or "toàn / trong / thuộc" the unit: "số đảng viên toàn Đảng bộ xã Hòa Phong là 300");
# only with a head noun for the count ("số|chỉ tiêu … của <unit> là"), and never past a person
# or a post ("ông A, Trưởng thôn B là 2 đảng viên …" are the persons named)
_NO_PERSON = r"(?!(?<![\w])(?i:ông|bà|anh|chị|đồng chí|trưởng|phó|bí thư|chủ tịch|giám đốc|chánh|ủy viên|uỷ viên)(?![\w]))"
_UNIT_NAMED_ARE = re.compile(r"(?<![\w])(?i:số|chỉ tiêu)(?![\w])(?:" + _NO_PERSON + r"[^.;:!?\n]){0,80}?"
                             r"[^\S\n](?i:của|toàn|trong|thuộc)[^\S\n]+(?:" + _NO_PERSON + r"[^\s.,;:]+[^\S\n]+){0,3}?"
                             r"(?i:" + _ANY_UNIT + r"|ủy|uỷ)[^\S\n]+(?:[A-ZÀ-ỸĐ0-9][\w'’-]*[^\S\n]+){1,4}"
                             r"(?:là|đều là|cũng là|chính là)[^\S\n]+$")
# "Đó là 2 trong số 584 hộ …": the ones just told of, pointed at within the whole
_POINTED_BEFORE = re.compile(r"(?<![\w])(?:đó|đây|đấy|họ|chị|anh|ông|bà)\s+(?:là|chỉ là|cũng là)\s*$")
# "xóa hộ nghèo" (not "chương trình xóa hộ nghèo", nor "xóa hộ nghèo 50 hộ")
_ERASED_RE = re.compile(r"(?<![\w])(?:xóa|xoá)\s+(?:hết\s+|hẳn\s+|xong\s+|toàn bộ\s+)?(?=hộ\s+(?:cận\s+)?nghèo)")
_ERASED_NOT_AFTER = re.compile(r"\s*(?:cho\s+|được\s+)?\d")
_ERASED_NOT_BEFORE = re.compile(r"(?:chương trình|công tác|quỹ|cuộc vận động|phong trào|đề án|dự án|nhiệm vụ|việc)\s*$")
# "thời hạn bổ nhiệm 5 năm", "thời hạn giữ chức vụ là năm năm"
_TERM_RE = re.compile(r"(?<![\w])(thời hạn(?:\s+(?:bổ nhiệm|giữ chức vụ|giữ chức|luân chuyển|biệt phái|điều động|nhiệm kỳ))?)"
                      r"\s*(?:là\s+|:\s*)?(\d{1,2}|" + _W_ALT + r")\s+năm(?![\w])")
_BADGE_RE = re.compile(r"(?<![\w])huy hiệu\s+(\d{2}|" + _W_ALT + r")(\s+năm)\s+tuổi\s+đảng")
_BADGE_TO = re.compile(r"[^\S\n]+(?:cho|tới)[^\S\n]+(?:đảng viên|đồng chí|đ/c)[^\S\n]+[A-ZÀ-ỸĐ][^\s,.;]*[^\S\n]+[A-ZÀ-ỸĐ]")
# "Nổi cộm là hai vụ …", "điển hình là 2 người …" before a named one
_POINTING_LA = re.compile(r"(?<![\w])là\s+$")


@lru_cache(maxsize=1)
def _named_person_res() -> tuple[re.Pattern, re.Pattern]:
    """Patterns for a person named by a family name of the people's list (posts.yaml): a name right
    after a count ("hai vụ Nguyễn Văn A"), and a name right before a bracket ("ĐB Nguyễn Thị A ("
    before a place: the person's seat)."""
    from .people import patterns as people_patterns
    surnames = "|".join(sorted(map(re.escape, people_patterns().surnames), key=len, reverse=True))
    name_after = re.compile(r"[^\S\n]+(?:(?:ông|bà|anh|chị|đồng chí|đ/c)[^\S\n]+)?(?:" + surnames +
                            r")[^\S\n]+[A-ZÀ-ỸĐ]")
    persons_seat = re.compile(r"(?<![\w])(?:" + surnames + r")(?:[^\S\n]+[A-ZÀ-ỸĐ][^\s(),.;:]*){1,3}[^\S\n]*\($")
    return name_after, persons_seat


# "chúc mừng hai đồng chí được phân công …"
_GREETED_BEFORE = re.compile(r"(?<![\w])chúc mừng\s+(?:các\s+)?$")
_APPOINTED_AFTER = re.compile(r"[^\S\n]+(?:vừa\s+|mới\s+)?được\s+(?:phân công|bổ nhiệm|điều động|giới thiệu|bầu|chỉ định|"
                              r"tiếp nhận|luân chuyển|giao|nhận|đảm nhận|đảm nhiệm)")
_COMPARED_DOCS = re.compile(r"(?<![\w])(?:đối chiếu|so sánh|so sánh giữa|đối chiếu giữa)\s+$")
_TYPO_GLUED = re.compile(r"(?<![\w])(?:là|đạt|có|còn|gồm|được)$")
_STREAK_RE = re.compile(r"(?<![\w])(\d{1,2}|" + _W_ALT + r")(\s+năm)\s+(?:qua|gần đây|trở lại đây)\s*,?\s*[^.;:]{0,60}?"
                        r"(?<![\w])(?:liên tục|liền|đều|luôn)\s+(?:được\s+)?(?:công nhận\s+|xếp loại\s+|xếp\s+)?"
                        r"(?:đạt|hoàn thành|là)(?![\w])")


def _heads_a_list(low: str, pos: int, form: str) -> bool:
    """ "có một xã đạt …, tám xã đạt …": "một" heads a list of counts of the same noun."""
    return bool(_rx(r"[^.;:]{0,80}?,\s*(?:" + _NUM + r"|" + _W_ALT + r")\s+" + re.escape(form) + r"(?![\w])").match(low, pos))


_OF_HEAD = re.compile(r"[^\S\n]*(?:trở lên\s*)?(?:[“\"]?\s*)?(?:số\s+|các\s+|tổng số\s+)?")


def _of_category(lex: Lexicon, low: str, pos: int) -> str | None:
    """What a percentage counts: the noun right after it ("100% chi bộ", "14% số đảng viên")."""
    m = _OF_HEAD.match(low, pos)
    hit = _unit_at(lex, low, m.end()) if m else None
    return hit[0].cat if hit else None


# ----------------------------------------------------------------------------- reading context

def _clause_start(low: str, pos: int, floor: int) -> int:
    best = floor
    for m in _CLAUSE_RE.finditer(low, floor, pos):
        best = m.end()
    return best


def _noun_phrase(text: str, start: int, end_limit: int, unit: str) -> str:
    """The unit and the words after it up to a clause mark: the figure's own description."""
    seg = text[start:end_limit]
    seg = _rx(r"[;:()]|,\s(?=\d)|\.\s").split(seg)[0]
    words = seg.split()
    phrase = " ".join(words[:12]).strip(" ,.“”\"")
    phrase = _rx(r"(?:\s+(?:và|hoặc|với|là|thì|có|của|cho|đạt|tăng|giảm|nhưng|,))+$").sub("", phrase).rstrip(" ,;")
    if unit == "%":
        return phrase.lstrip("% ").strip()
    return phrase


def read_context(text: str, figs: list[Figure], lex: Lexicon | None = None,
                 carry: dict | None = None) -> None:
    """Indicator, qualifier, period, target and change flags of each figure of one sentence."""
    lex = lex or lexicon()
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    carry = carry or {}
    periods = _periods(low)
    am = _ANNUAL_RE.search(low) if "năm" in low else None
    annual_at = am.start() if am else None
    cues = list(lex.target_re.finditer(low)) if _TARGET_HINT.search(low) else []
    continuing = bool(lex.continuation.match(low.lstrip(" “\"-–")))
    prev_pct_of = None
    unread: list[Figure] = []  # changes told without their noun whose count's measure has no words here
    for i, f in enumerate(figs):
        prev = figs[i - 1] if i else None
        # the words right of the figure, to the next figure or the clause end
        nxt = figs[i + 1].start if i + 1 < len(figs) else len(low)
        if i + 1 < len(figs) and figs[i + 1].num_start == f.num_start:
            nxt = len(low)
        if i + 1 < len(figs) and figs[i + 1].is_total:  # "617/646 đảng viên đã …": read past the whole
            nxt = figs[i + 2].start if i + 2 < len(figs) else len(low)
        clause_end = _CLAUSE_RE.search(low, f.end)
        r_end = min(nxt, clause_end.start() if clause_end else len(low), f.end + 120)
        if prev is not None and prev.end == f.end:  # the upper end of a range
            prev = figs[i - 2] if i >= 2 else None
        raw_right = low[f.end:r_end]
        right = _rx(r",?\s*trong đó\b").split(raw_right)[0]
        if i + 1 < len(figs) and r_end == nxt and _rx(r"[\s,]*(?:và|hoặc|,)?\s*").fullmatch(raw_right):
            nf = figs[i + 1]
            ce = _CLAUSE_RE.search(low, nf.end)
            nn = figs[i + 2].start if i + 2 < len(figs) else len(low)
            right = right + low[nf.start:min(nn, ce.start() if ce else len(low), nf.end + 120)]
        if i + 1 < len(figs) and figs[i + 1].cat == "pct" and _BRACKET_SHARE.fullmatch(low, f.end, figs[i + 1].start) \
                and _rx(r"\s*\)").match(low, figs[i + 1].end):
            # "120 chi bộ (đạt 91%) làm tốt nhiệm vụ": what they did follows the share
            after = _rx(r"\s*\)").match(low, figs[i + 1].end).end()
            ce = _CLAUSE_RE.search(low, after)
            nn = figs[i + 2].start if i + 2 < len(figs) else len(low)
            right = right + " " + low[after:min(nn, ce.start() if ce else len(low), after + 120)]
        pair_right = None
        if f.cat == "pct" and r_end == nxt and i + 1 < len(figs) and figs[i + 1].cat == "pct":
            oh = _OF_HEAD.match(low, f.end)
            noun = _unit_at(lex, low, oh.end()) if oh is not None else None
            if noun is not None and _PCT_PAIR_GAP.fullmatch(low, noun[1], nxt):
                # "70% chi bộ và 88% đảng viên đều xếp loại …": a rating told after
                # the pair is said of both shares
                nf = figs[i + 1]
                oh2 = _OF_HEAD.match(low, nf.end)
                noun2 = _unit_at(lex, low, oh2.end()) if oh2 is not None else None
                rated = _PAIR_RATED.match(low, noun2[1]) if noun2 is not None else None
                if rated is not None:  # (the rating alone: the first share's noun is known)
                    pair_right = " " + low[rated.start("r"):rated.end()]
        if f.cat in ("cell", "suborg") and r_end == nxt and i + 1 < len(figs):
            shared = _list_predicate(low, f, figs[i + 1:])
            if shared is not None:  # "12 đảng bộ và 40 chi bộ đều được xếp loại …": of each item
                own = _rx(r",?\s*trong đó\b").split(raw_right)[0]
                right = _rx(r"[\s,]*(?:và\s*)?$").sub("", own) + " " + shared
        # the words left of the figure, back to the previous figure (or the clause start)
        floor = prev.end if prev is not None else 0
        cs = _clause_start(low, f.start, floor)
        near = low[cs:f.start]
        if prev is not None:
            gap = low[prev.end:f.start]
            list_gap = _rx(r"[,;]").split(gap)[-1] if _rx(r"[,;]").search(gap) else gap
            if _rx(r"[,;]|\bvà\b").search(gap) and _rx(r"\s*(?:và\s*)?(?:trên|hơn|gần|khoảng)?\s*").fullmatch(list_gap) \
                    and not _VERB_GAP.search(gap) and not (f.cat == "pct" and _of_category(lex, low, f.end) is not None
                                                           and _of_category(lex, low, prev.end) is None):
                near = prev.near  # "giảm được 5 cơ quan; 23 bản, 17 đơn vị": the verb governs the list
            head = _bracket_head(low, figs[:i], prev.start) if _rx(r"\s*\)").match(gap) else None
            if head is not None and _rx(r"\s*\)\s*(?:,|và|,\s*và)\s*(?:trên|hơn|gần|khoảng)?\s*").fullmatch(gap):
                near = head.near  # "kỷ luật 5 tổ chức đảng (khiển trách 3, …) và 20 đảng viên": past the bracket
        f.near = near
        left = low[:f.start]
        if f.cat == "pct" and f.of_cat is None:
            f.of_cat = _last_unit_cat(lex, near) or prev_pct_of
            if f.of_cat is None and _RATING_OPENS.match(low, f.end):
                # "… 40 chi bộ hoàn thành tốt nhiệm vụ, trong đó 12% xếp loại hoàn thành xuất sắc":
                # a rating told as a share is of the bodies (members) rated before it
                f.of_cat = next((g.cat for g in reversed(figs[:i]) if g.cat != "pct" and g.indicator in _RATINGS), None)
        if f.cat == "pct":
            prev_pct_of = f.of_cat or prev_pct_of

        indicator, qualifier = _indicator(lex, f, text, low, pair_right or right, near, left, prev, i, figs)
        if pair_right is not None and indicator not in _RATINGS:
            # the words after the pair rate nothing: the first share keeps its own reading
            indicator, qualifier = _indicator(lex, f, text, low, right, near, left, prev, i, figs)
        elif pair_right is not None:
            right = pair_right
        f.indicator, f.qualifier = indicator, _change_qualifier(qualifier, prev, right)
        if f.cat in ("suborg", "cell") and prev is not None and prev.cat in _PERSONS and prev.indicator == "party_members" \
                and _MEMBERS_BELONG.fullmatch(low, prev.end, f.start) and not _PREDICATE_AFTER.match(right):
            # "N đảng viên thuộc M tổ chức cơ sở đảng": the bodies the members belong to, all of them
            f.indicator, f.qualifier = _COUNT_OF[f.cat], qualifier
        label = _member_part_label(low, f, i, figs) if "trong" in low and f.cat in _PERSONS else None
        if label is not None:  # "có 312 đảng viên, trong đó nữ 88 đồng chí": the members of that kind
            f.indicator, f.qualifier, f.part_label = "party_members", label, label
        whole = f.part_of
        if whole is not None and whole.indicator == f.indicator != "other" and f.qualifier is None:
            part = _PART_IS.match(low, f.end)
            if part is not None and len(part.group("d").split()) <= 8:
                f.qualifier = text[part.start("d"):part.end("d")]
        if indicator == "other" and prev is not None and prev.indicator in _TARGET_GOES_ON and prev.unit == f.unit \
                and _TARGET_ON.search(near) and not _rx(r"\s*(?:số\s+)?[^\W\d]").match(right):
            # "tỷ lệ hộ nghèo còn 3%, phấn đấu năm 2025 còn 2%": the target of the same measure
            f.indicator, f.qualifier = prev.indicator, prev.qualifier

        if f.cat == "pct" and f.indicator == "other" and prev is not None and prev.cat != "pct" \
                and prev.indicator in _RATINGS and (_SHARE_JOINED.fullmatch(low, prev.end, f.start) or (
                    prev.by_right and _RATED_SHARE.fullmatch(low, prev.end, f.start))):
            # "9 chi bộ = 80%", "35 chi bộ hoàn thành tốt nhiệm vụ, đạt 85%": the share so rated
            f.indicator, f.qualifier = prev.indicator, prev.qualifier
        if f.cat == "pct" and f.indicator in ("other", "target_achievement_rate") and prev is not None \
                and prev.cat != "pct" and prev.indicator == "new_members_admitted" \
                and (_RATE_OF_PREV.fullmatch(low, prev.end, f.start) or (
                    _ACHIEVED_OF_PREV.fullmatch(low, prev.end, f.start) and _OF_THE_MEMBERS.match(right))) \
                and not lex.achievement_right.search(right):
            # "kết nạp 40 đảng viên mới, đạt tỷ lệ 5,2%", "…, đạt 5,2% so với số đảng viên hiện có":
            # the admissions as a share of the members
            f.indicator, f.qualifier = "new_members_admitted", "tỷ lệ phát triển đảng viên mới"

        if f.cat == "pct" and indicator == "other" and prev is not None and (prev.form in _POOR_FORMS or (
                prev.cat == "household" and _POOR_BEFORE.search(prev.near))) \
                and _SHARE_OF_PREV.fullmatch(low, prev.end, f.start):
            f.indicator, f.qualifier = "poverty_rate", None  # "214/530 hộ nghèo, chiếm 40,38%": their share

        # achievement against a target, and changes
        if f.cat == "pct" and lex.achievement_right.search(right):
            f.indicator = "target_achievement_rate"
            f.achievement = True
            base = prev.indicator if prev is not None and prev.indicator != "other" else None
            f.base_indicator = base
            f.qualifier = f"{base} so với chỉ tiêu" if base else (f.qualifier or "so với chỉ tiêu")
        if f.cat == "pct" and f.indicator == "other" and f.value > 100 and prev is not None and prev.cat != "pct" \
                and _ACHIEVED_AFTER.fullmatch(low, prev.end, f.start) and not _EARLIER_PERIOD.match(low, f.end):
            # "vận động 11 lao động đi làm việc ở nước ngoài, đạt 110%": no share passes 100%; it is
            # how far the count went against its plan
            f.indicator, f.achievement = "target_achievement_rate", True
            base = prev.indicator if prev.indicator != "other" else None
            f.base_indicator = base
            f.qualifier = f"{base} so với chỉ tiêu" if base else f"{prev.qualifier or prev.unit} so với chỉ tiêu"
        if _rx(r"(?:tăng|giảm)\s+$").search(low[max(0, f.start - 30):f.start]) and low.startswith("từ", f.start) \
                and f.bound and \
                not _rx(r"xuống|còn|lên|đến|tới").search(right):
            f.is_change = True  # "tỷ lệ hộ nghèo giảm từ 2-3%": by how much, not to what level
        before = low[max(0, f.num_start - 30):f.num_start]
        if prev is not None and prev.is_change and prev.cat != "pct" and f.cat != "pct" \
                and _LIST_JOIN_ONLY.fullmatch(low, prev.end, f.start) and lex.change_right.match(right):
            # "tăng 2 đảng bộ và 15 chi bộ so với năm 2010": the verb governs the list
            before = low[max(0, prev.num_start - 30):prev.num_start]
        if lex.change_near.search(before) or lex.change_right.match(right):
            if _rx(r"(?:tăng|giảm|vượt|cao hơn|thấp hơn)(?:\s+(?:thêm|lên|bình quân|trung bình|mỗi năm|hằng năm))?"
                   r"\s*(?:trên|hơn|gần|khoảng)?\s*$").search(before):
                f.is_change = True
                if _rx(r"vượt(?:\s+lên)?\s*$").search(before) and f.indicator not in (
                        "target_achievement_rate",):
                    f.qualifier = ((f.qualifier + ": ") if f.qualifier else "") + "vượt"
                    f.indicator = "other"

        flow = prev.indicator if f.change_of_prev and prev is not None and prev.indicator != "other" \
            and prev.indicator not in _COUNTS else None
        if flow is not None and flow not in _FLOW_MEASURE:
            unread.append(f)  # a change of what the count before measures, which no words here can say
        if (f.indicator in _STOCKS or f.achievement or f.indicator == "other" and f.cat not in (
                "pct", "money", "area", "mass", "length")) and (_rx(r"tăng|giảm|vượt").search(before) or (
                    f.achievement and _rx(r"cao hơn").search(before))):
            _change_of_level(f, low, before, right, near, flow)
        if f.cat == "pct" and f.indicator == "other" and prev is not None and prev.cat == "pct" \
                and prev.indicator in _YEARLY_CHANGE_IS_LEVEL:
            yearly = _YEARLY_CHANGE_AFTER.fullmatch(low, prev.end, f.start)
            cmp_ = _COMPARED_TO.match(right)
            if yearly is not None and _rx(r"(?:mỗi|hằng|hàng)\s+năm").search(yearly.group(0)) and cmp_:
                # "…, bình quân mỗi năm giảm 2% so với năm 2020": a cut told against a base stays
                # a change read as other, as in "giảm bình quân 2%/năm so với năm 2020"
                f.base_indicator, f.is_change = prev.indicator, True
                f.qualifier = " ".join(f"{_MEASURE_OF[prev.indicator]} {yearly.group('v')} {cmp_.group(1)}".split())
            elif yearly is not None and _rx(r"(?:mỗi|hằng|hàng)\s+năm").search(yearly.group(0)):
                # "tỷ lệ hộ nghèo còn 3%, trung bình mỗi năm giảm 1,2%": the yearly change of the
                # measure just told, its noun left out
                f.indicator, f.base_indicator, f.is_change = prev.indicator, prev.indicator, True
                f.qualifier = f"{yearly.group('v')} bình quân/năm"

        # period: a year right after the figure, else the nearest one stated before it
        f.period = _period_for(low, f, figs, i, periods, carry.get("period") if continuing else carry.get("topic"))
        if f.period and f.period[0] is None and f.period[1] and (f.cat == "pct" or f.indicator in _STOCKS) \
                and not f.is_change:
            f.period = (f.period[1], f.period[1])  # "đến năm 2020, 100% số bản có đảng viên": as of 2020
        f.annual = annual_at is not None and annual_at < f.end
        # target
        f.is_target = _is_target(lex, low, f, carry.get("target", False) and not f.achievement, cues)
        if f.bound == "upper" and i and figs[i - 1].bound == "lower" and figs[i - 1].end == f.end:
            lower = figs[i - 1]  # the two ends of a range are one statement
            f.is_change, f.is_target, f.period = lower.is_change, lower.is_target, lower.period
            if lower.indicator == "other" and f.indicator != "other" and not f.is_change:
                lower.indicator, lower.qualifier = f.indicator, f.qualifier  # ("từ 5-7% trên tổng số …": read at its end)
    if unread:
        figs[:] = [f for f in figs if not any(f is g for g in unread)]
    for i, f in enumerate(figs):
        if f.is_total:  # "617/646 đảng viên": how many members there are, in all
            part = figs[i - 1] if i else None
            f.indicator = _COUNT_OF.get(f.cat, "other")
            f.qualifier = f"tổng số {f.unit}" if f.indicator != "other" else \
                f"tổng số {(part.qualifier if part is not None and part.qualifier else f.unit)}"
            if part is not None:
                f.period, f.is_target = part.period, part.is_target
            if part is not None and part.indicator == "new_members_admitted" and part.cat != "pct":
                # "kết nạp được 17/25 đảng viên mới": the 90 are the admissions planned, not the members
                f.indicator, f.qualifier, f.is_target = "new_members_admitted", "chỉ tiêu", True
    for i, f in enumerate(figs):
        if not f.of_total:
            continue
        whole = next((g for g in figs[i + 1:] if g.value == f.denominator and not g.of_total), None)
        if whole is None:
            continue
        # what the sentence says of the counted people applies to the part; the total is a count
        f.indicator, f.qualifier, f.period, f.is_target = whole.indicator, whole.qualifier, whole.period, whole.is_target
        if f.indicator == _COUNT_OF.get(whole.cat):
            f.indicator = "other"  # "4.300 trong tổng số 5.600 chi bộ đã …": those that did it; the cells are the 5.600
        whole.indicator = _COUNT_OF.get(whole.cat, "other")
        whole.qualifier = f"tổng số {whole.qualifier or whole.unit}"


# The predicate a list of counts shares, told once after its last item: "đều …", "được công nhận …"
_LIST_SHARED = re.compile(r"[^\S\n]+(?:đều[^\S\n]+(?:được[^\S\n]+)?|được[^\S\n]+(?=công nhận|xếp loại))")
_LIST_STOP = re.compile(r"[;:\n]|\.\s|\.$")
_RATING_WORDS = re.compile(r"(?:công nhận[^\S\n]+|xếp loại[^\S\n]+|đạt[^\S\n]+)?(?:hoàn thành|trong sạch|tsvm|"
                           r"không hoàn thành|yếu kém|công nhận|xếp loại)")
# a rating's result, not its words alone ("hoàn thành kiểm điểm, đánh giá, xếp loại" rates nothing),
# right after the second share's noun and ending there (a clause's end, "trở lên", "được giao", a
# year): "đã hoàn thành nhiệm vụ học tập chuyên đề", "ký cam kết hoàn thành nhiệm vụ" tell a task
# done or promised, no rating
_PAIR_RATED = re.compile(r"(?:[^\S\n]+(?:(?:ở|của|trong|thuộc)[^\S\n]+)?(?:toàn[^\S\n]+)?(?:xã|phường|thị trấn|huyện|quận|"
                         r"thị xã|thành phố|tỉnh|đảng bộ)(?:[^\S\n]+[^\s\d,;.:()]+){0,4}?)?"  # whose: "… đảng viên ở xã A"
                         r"[^\S\n]*(?:(?:đều|đã|cũng|được|đánh giá,?|xếp loại|công nhận|đạt|từ|mức|là)[^\S\n]+){0,5}?"
                         r"(?P<r>hoàn thành(?:\s+(?:tốt|xuất sắc))?\s+nhiệm vụ|hoàn thành\s+(?:tốt|xuất sắc)|"
                         r"trong sạch(?:,?\s+vững mạnh)?|tsvm|không hoàn thành(?:\s+nhiệm vụ)?|yếu kém|"
                         r"(?:xếp loại|công nhận)\s+(?:tốt|xuất sắc|khá))(?![\w])"
                         r"(?:\s+(?:trở lên|được giao))?(?:\s+(?:trong\s+)?(?:năm\s+)?\d{4})?\s*(?:[.,;:)]|$)")
_PCT_PAIR_GAP = re.compile(r"(?:[^\S\n]+(?:trực thuộc|cơ sở))?[^\S\n]+và[^\S\n]+(?:trên|hơn|gần|khoảng|ít nhất)?[^\S\n]*")
_LIST_ITEM_GAP = re.compile(r"(?:,|[^\S\n]và)[^\S\n]*$")


def _list_predicate(low: str, f: Figure, later: list[Figure]) -> str | None:
    """The words a list of counts shares ("đều đạt …", "được xếp loại …"), read for its first
    item, when every figure between the item and the shared words opens an item of the list."""
    stop = _LIST_STOP.search(low, f.end)
    end = stop.start() if stop else len(low)
    m = _LIST_SHARED.search(low, f.end, end)
    if m is None or not _RATING_WORDS.match(low, m.end()):
        return None  # only a rating is read for every item ("đều được học tập" is no rating)
    items = [g for g in later if g.start < m.start() and not g.is_total]
    if not items or any(g.start < m.start() < g.end for g in later):
        return None
    last = f
    for g in items:
        gap = low[last.end:g.num_start]
        if not _LIST_ITEM_GAP.search(gap) or _VERB_GAP.search(gap) or _rx(r"[()]").search(gap):
            return None
        last = g
    tail = low[last.end:m.start()]
    if _VERB_GAP.search(tail) or "," in tail or _rx(r"(?<![\w])và(?![\w])").search(tail):
        return None
    return low[m.start():min(end, m.end() + 120)]


# "650 đảng viên thuộc 28 tổ chức cơ sở đảng": the bodies a count of members sits in
_MEMBERS_BELONG = re.compile(r"[^\S\n]+(?:đang[^\S\n]+)?(?:sinh hoạt[^\S\n]+)?(?:thuộc|trong)[^\S\n]+(?:các[^\S\n]+)?"
                             r"(?:trên[^\S\n]+|hơn[^\S\n]+|gần[^\S\n]+|khoảng[^\S\n]+)?")
# The kinds a count of members is broken down by, named before each part's number: "có 312 đảng
# viên, trong đó nữ 88 đồng chí, dân tộc thiểu số 41 đồng chí", "trong đó đảng viên là người có đạo 19
# đồng chí (chiếm 6%), đảng viên dự bị 9".
_KINDS_OF_MEMBERS = (r"(?:(?:người|đồng bào)\s+)*(?:nữ|phụ nữ|"
                     r"dân tộc(?:\s+thiểu số|\s+[^\W\d]+)(?:\s+tại chỗ)?|có đạo|có tôn giáo|theo đạo(?:\s+[^\W\d]+)?|"
                     r"(?:theo\s+)?(?:đạo\s+)?(?:công giáo|phật giáo|tin lành|cao đài|hòa hảo|hoà hảo)|trong các tôn giáo|"
                     r"(?:đảng viên\s+|đv\s+)?(?:dự bị|chính thức))")
_MEMBER_KIND = (r"(?:đảng viên\s+|đv\s+)?(?:là\s+)?(?P<l>" + _KINDS_OF_MEMBERS + r")[^\S\n]*(?:là|có|:)?[^\S\n]*"
                r"(?:trên|hơn|gần|khoảng)?[^\S\n]*")
# "kỷ luật 60 trường hợp, trong đó có 14 trường hợp là người đứng đầu": what a part is, told
# after it, is what sets it apart from the whole (up to the clause's end or its own verb)
# (not a cause, "là do vi phạm …"; "cán bộ, công chức" is one phrase)
_PART_IS = re.compile(r"[^\S\n]*(?:đều[^\S\n]+)?là[^\S\n]+(?P<d>(?!(?:do|vì|bởi)(?![\w]))"
                      r"(?:cán bộ,[^\S\n]*(?:công chức|viên chức|đảng viên)|[^\W\d])"
                      r"(?:cán bộ,[^\S\n]*(?:công chức|viên chức|đảng viên)|[^,;:.()\d\n]){0,60}?)"
                      r"(?=[^\S\n]*(?:[,;:.()]|$)|[^\S\n]+(?:và|có|bị|đã|được|vi phạm|do|vì)(?![\w]))")
_KIND_AFTER_WHOLE = re.compile(r"[^\S\n]*(?:\([^()]*\)[^\S\n]*)?,?[^\S\n]*(?:\([^\S\n]*)?trong\s+(?:đó|số\s+đó)"
                               r"[^\S\n]*[,:]?[^\S\n]*(?:có\s+)?" + _MEMBER_KIND)
_KIND_AFTER_PART = re.compile(r"[^\S\n]*(?:\([^()]*\)[^\S\n]*)?[,;][^\S\n]*(?:và\s+)?(?:có\s+)?" + _MEMBER_KIND)


def _member_part_label(low: str, f: Figure, i: int, figs: list[Figure]) -> str | None:
    """The kind of members a part of a count of members counts, where the kind is named before
    the part's number ("…, trong đó nữ 88 đồng chí, dân tộc thiểu số 41 đồng chí"), else None."""
    g = next((g for g in reversed(figs[:i]) if g.cat != "pct" and g.end <= f.start), None)
    if g is None or g.cat not in _PERSONS:
        return None
    if g.part_label is not None:
        m = _KIND_AFTER_PART.fullmatch(low, g.end, f.start)
    elif g.indicator == "party_members" and not g.part_of and g.qualifier is None:
        m = _KIND_AFTER_WHOLE.fullmatch(low, g.end, f.start)
    else:
        return None
    return m.group("l") if m is not None else None


_POOR_FORMS = frozenset({"hộ nghèo", "hộ đói nghèo"})
# "tổng số hộ nghèo toàn xã là 215 hộ, chiếm 3,9%": the households counted are the poor
_POOR_BEFORE = re.compile(r"(?:tỷ lệ|tỉ lệ|số|tổng số)\s+hộ\s+(?:đói\s+)?nghèo(?!\s+(?:được|đã|thoát))[^;,]*$")
_RATINGS = frozenset({"orgs_rated_excellent", "orgs_rated_good", "orgs_rated_completed", "orgs_rated_weak",
                      "members_rated_excellent", "members_rated_good", "members_rated_completed",
                      "members_rated_not_completed"})
_BRACKET_SHARE = re.compile(r"\s*\(\s*(?:(?:đạt|chiếm|bằng)\s+)?(?:(?:tỷ|tỉ)\s+lệ\s+)?(?:trên|hơn|gần|khoảng)?\s*")
_RATE_OF_PREV = re.compile(r"\s*,?\s*(?:đạt|bằng|là)\s+(?:tỷ|tỉ)\s+lệ\s*(?:trên|hơn|gần|khoảng)?\s*")
_SHARE_JOINED = re.compile(r"\s*(?:=|\(\s*(?:(?:chiếm|bằng|đạt)(?:\s+tỷ lệ)?)?|,?\s*(?:chiếm|bằng)(?:\s+tỷ lệ)?)"
                           r"\s*(?:trên|hơn|gần|khoảng)?\s*")
_LIST_JOIN_ONLY = re.compile(r"\s*(?:,|và|,\s*và)\s*")
# "… hoàn thành tốt nhiệm vụ, đạt 85%": the rating's words, then the share they make
# (not a share of a target: "…, vượt chỉ tiêu Nghị quyết, đạt 115%")
_RATED_SHARE = re.compile(r"(?:(?!chỉ tiêu|kế hoạch|nghị quyết|mục tiêu)[^\d;.()%]){0,60}?,\s*(?:đạt|chiếm|bằng)"
                          r"(?:\s+(?:tỷ|tỉ)\s+lệ)?\s*(?:trên|hơn|gần|khoảng)?\s*")
_RATING_OPENS = re.compile(r"\W*(?:được\s+)?(?:đánh giá,?\s+)?(?:xếp loại\s+)?(?:hoàn thành|không hoàn thành|trong sạch)")
_ACHIEVED_OF_PREV = re.compile(r"\s*,?\s*(?:đạt|bằng|là)\s*(?:trên|hơn|gần|khoảng)?\s*")
# (the membership as a whole, nothing of a plan after it: not "so với số đảng viên dự kiến kết nạp")
_OF_THE_MEMBERS = re.compile(r"\s*(?:trở lên\s+)?(?:so với|trên|của)\s+(?:tổng\s+)?số\s+(?:đảng viên|đv)(?![\w])"
                             r"(?:\s+(?:hiện có|đầu năm|(?:trong\s+)?(?:toàn\s+)?đảng bộ|của\s+(?:toàn\s+)?đảng bộ))?"
                             r"\s*(?:[.,;:)]|$)")
_SHARE_OF_PREV = re.compile(r"\s*,?\s*(?:chiếm|bằng)(?:\s+tỷ lệ)?\s*(?:trên|hơn|gần|khoảng)?\s*")


def _change_qualifier(q: str | None, prev: Figure | None, right: str) -> str | None:
    """ "…vốn ủy thác tăng 1.888 tỷ đồng, tăng 35% so với năm 2015": the bare "tăng" keeps what
    increased (the previous figure's noun phrase) and what it is compared with."""
    if not q or prev is None or not prev.qualifier or not _rx(r"(?:tăng|giảm)(?:\s+thêm)?").fullmatch(q.strip()):
        return q
    base = _rx(r"\s*\([^)]*\)\s*$").sub("", prev.qualifier)
    base = _rx(r"^(?:mức\s+(?:tăng|giảm)\s+)|(?:\s*,?\s*(?:tăng|giảm)(?:\s+thêm)?\s*)$").sub("", base).strip()
    if not base:
        return q
    cmp_ = _rx(r"\s*(so với (?:năm \d{4}|cùng kỳ(?: năm (?:trước|\d{4}))?|trước\b[^,;]{0,40}|thời điểm[^,;]{0,50}))").match(right)
    return f"mức {q.strip()} {base}" + (f" {cmp_.group(1).strip()}" if cmp_ else "")


# A change of a level, told against a reference or as a yearly average, is no level: "tỷ lệ hộ
# nghèo giảm 1,5% so với năm 2020", "thu nhập tăng 8 triệu đồng so với đầu nhiệm kỳ", "giảm bình
# quân 2%/năm", "vượt 20% so với nghị quyết" (by how much the target was passed, not the rate
# achieved). "giảm từ 2-3%" without either stays the measure's own.
_CHANGE_VERB = re.compile(r"(?<![\w])(tăng|giảm|vượt)((?:\s+(?:thêm|bình quân|trung bình|mỗi năm|hằng năm|hàng năm))*)"
                          r"\s*(?:trên|hơn|gần|khoảng)?\s*$")
# "cao hơn 3% so với Nghị quyết": by how much a target was passed, as "vượt" tells it
_ABOVE_TARGET = re.compile(r"(?<![\w])(cao hơn)()\s*(?:trên|hơn|gần|khoảng)?\s*$")
_COMPARED_TO = re.compile(r"\s*(?:\S+\s+){0,3}?(so với\s+(?:năm \d{4}|cùng kỳ(?: năm (?:trước|\d{4}))?|đầu nhiệm kỳ|"
                          r"cuối nhiệm kỳ|nhiệm kỳ trước|trước\b[^,;.]{0,40}|thời điểm[^,;.]{0,50}|"
                          r"(?:nghị quyết|kế hoạch|chỉ tiêu|mục tiêu)[^,;.()]{0,30}))")
_TARGET_PASSED = re.compile(r"\s*((?:nghị quyết|kế hoạch|chỉ tiêu|mục tiêu)[^,;.()]{0,30})")
_MEASURE_OF = {"poverty_rate": "tỷ lệ hộ nghèo", "income_per_capita": "thu nhập bình quân đầu người",
               "party_members": "số đảng viên", "food_output": "sản lượng lương thực"}
# "kết nạp 30 đảng viên, tăng 5 so với cùng kỳ": a flow whose change is told after it, its noun
# left out, changes in what the flow counts (the admissions), not in the members its noun names
_FLOW_MEASURE = {"new_members_admitted": "số đảng viên được kết nạp"}
# measures whose yearly change is told in the measure's own unit, and stands for it
_YEARLY_CHANGE_IS_LEVEL = frozenset({"poverty_rate"})
_PER_YEAR_WORDS = r"(?:(?:trung bình|bình quân)\s+)?(?:(?:mỗi|hằng|hàng)\s+năm\s+)?"
_YEARLY_CHANGE_AFTER = re.compile(r"\s*,\s*(?:và\s+)?" + _PER_YEAR_WORDS + r"(?P<v>giảm|tăng)\s*(?:"
                                  + _PER_YEAR_WORDS + r")?\s*(?:trên|hơn|gần|khoảng)?\s*")


def _change_of_level(f: Figure, low: str, before: str, right: str, near: str, flow: str | None = None) -> None:
    """``flow``: the indicator of the count before, when the change is that count's told without
    its noun and the count is a flow ("kết nạp 30 đảng viên, tăng 5 …")."""
    vm = _CHANGE_VERB.search(before) or (_ABOVE_TARGET.search(before) if f.achievement else None)
    if vm is None:
        return
    verb, mods = vm.group(1), vm.group(2)
    per_year = bool(mods.strip()) and not mods.strip() == "thêm" or f.unit.endswith("/năm")
    cmp_ = _COMPARED_TO.match(right)
    passed = _TARGET_PASSED.match(right) if verb in ("vượt", "cao hơn") and f.achievement else None
    if not (cmp_ or per_year or passed):
        return
    base = f.base_indicator if f.achievement else (flow or f.indicator)
    measure = _MEASURE_OF.get(base or "") or _FLOW_MEASURE.get(base or "")
    if measure is None and f.cat not in ("pct", "money", "area", "mass", "length"):
        measure = f.form or f.unit  # "giảm 12 tổ chức đảng so với …": what is counted
    if measure is None:  # "thu ngân sách vượt 95% …": the words before the verb
        head = _rx(r"[,;:]\s*").split(near)[-1]
        head = _CHANGE_VERB.sub("", head)
        if verb == "cao hơn":  # "…, cao hơn 5% so với chỉ tiêu": "hơn" was read with the figure
            head = _rx(r"(?<![\w])cao(?:\s+hơn)?\s*$").sub("", head)
        head = head.strip(" ,")
        head = _rx(r"^(?:\W|trong đó|và|riêng|năm \d+)+").sub("", head)
        measure = " ".join(head.split()[-10:])
    tail = cmp_.group(1) if cmp_ else ("so với " + passed.group(1) if passed else "bình quân/năm")
    if base in _YEARLY_CHANGE_IS_LEVEL and per_year and not passed and not cmp_:
        # "tỷ lệ hộ nghèo giảm bình quân 2%/năm": the yearly cut of the rate, in points of the
        # rate itself, is how plans and reports state the poverty measure; still a change of it
        f.indicator, f.achievement, f.base_indicator, f.is_change = base, False, base, True
        f.qualifier = f"{verb} bình quân/năm"
        return
    # (the measure stays known: a change of a territory's measure is still the territory's)
    f.indicator, f.achievement, f.base_indicator, f.is_change = "other", False, base, True
    f.qualifier = " ".join(f"{measure} {verb} {tail.strip()}".split())


_AT_AFTER = re.compile(r"[^\S\n]+(?:[^\s\d,;.:()]+[^\S\n]+){0,4}?(?:ở|tại)[^\S\n]+(?:" + _ANY_UNIT + r"[^\S\n]+)?")
_PREDICATE_AFTER = re.compile(r"[^\S\n]*(?:đã\s+|vừa\s+|đều\s+|cùng\s+)?(?:bị|được|phải|vi phạm|không|chưa)(?![\w])")


def _placed_after(f: Figure, cands: list, low: str):
    """ "Hai chủ tịch xã ở tỉnh A bị cách chức": the place right after the people counted, before
    what is said of them, is where they are, and what the figure is about."""
    if f.cat not in ("people", "member", "case") or f.zero:
        return None
    for c in cands:
        if c.kind == "place" and c.start > f.end and _AT_AFTER.fullmatch(low, f.end, c.start) \
                and _PREDICATE_AFTER.match(low, c.end):
            return c
    return None


_BODIES_OF = re.compile(r"(?<![\w])(?:đảng ủy|đảng uỷ|ubnd|hđnd|(?:ủy|uỷ) ban nhân dân|hội đồng nhân dân)[^\S\n]+$")


def _not_bodies_of_places(text: str, figs: list[Figure]) -> list[Figure]:
    """ "Đảng ủy 2 phường A và B tổ chức …", "lãnh đạo UBND 3 xã dự …": the committees of the
    places, named together; no count is reported (the party organizations of N places, "các Đảng
    bộ 16 phường", still are)."""
    if not any(f.cat == "place" for f in figs):
        return figs
    low = text.lower()
    return [f for f in figs if f.cat != "place" or not _BODIES_OF.search(low, max(0, f.num_start - 30), f.num_start)]


def _of_territory(f: Figure) -> bool:
    """A figure about a territory rather than its party organization (or a change of such a measure)."""
    return f.indicator in PLACE_INDICATORS or (f.is_change and f.indicator == "other" and f.base_indicator in PLACE_INDICATORS)


_COUNT_OF = {"member": "party_members", "cell": "party_cells", "suborg": "subordinate_party_orgs"}
_COUNTS = frozenset(_COUNT_OF.values())
_PERSONS = frozenset({"member", "people"})


# A study share ("95% cán bộ, đảng viên tham gia học tập …") is read inside its clause: a comma
# between the share and the study's words only joins a list of who (each item one of the counted
# nouns, "cán bộ", "hội viên", "hộ dân", or a party body, "chi bộ", "tổ chức đảng", with two words
# of its own at most, or with where its people are: "đảng viên trong toàn Đảng bộ"); a comma right
# after the share ("đạt 92%, đảng viên tham gia học tập") or after a clause of its own ("95% hộ dân
# dùng nước sạch, đảng viên …") closes it. A study named in an earlier clause ("Sau khi quán triệt
# …, 97% hộ dân đồng thuận …") is no share's whose own clause says what its people did, unless
# that is attending ("…, có 94% đảng viên tham dự", "… đảng viên trong Đảng bộ tham dự trực
# tiếp", "… đảng viên và quần chúng dự nghe").
_WHO_CATS = frozenset({"member", "people", "household", "visit", "cell", "suborg"})
# (where the people are: a party body or a place, its unit and a name of two words at most)
_WHO_BODY = r"(?:(?:trong|của|thuộc|ở|tại)\s+(?:(?:toàn|cả)\s+)?|(?:toàn|cả)\s+)" + _TOTAL_BODY + \
    r"(?:\s+" + _ANY_UNIT + r")?(?:\s+[^\W\d]+){0,2}?"
_WHO_WHERE = re.compile(r"\s*" + _WHO_BODY)
_ATTENDING = re.compile(r"\s*(?:(?:và|cùng)\s+[^\W\d]+(?:\s+[^\W\d]+)?\s+|" + _WHO_BODY + r"\s+)?"
                        r"(?:(?:đã|đều)\s+)?(?:tham dự|dự|tham gia|có mặt)"
                        r"(?:\s+(?:đầy đủ|hội nghị|trực tiếp|trực tuyến|nghe)){0,2}\s*")


def _who_listed(lex: Lexicon, words: str) -> bool:
    """Whether the words between a study share and its study's words stay in the share's clause."""
    pieces = words.split(",")
    for piece in pieces[:-1]:
        piece = _rx(r"^\s*(?:và\s+)?").sub("", piece).rstrip()
        hit = _unit_at(lex, piece, 0)
        if hit is None or hit[0].cat not in _WHO_CATS \
                or (len(piece[hit[1]:].split()) > 2 and not _WHO_WHERE.fullmatch(piece, hit[1])):
            return False
    return True


def _study_of_an_earlier_clause(lex: Lexicon, low: str, f: Figure, cue_end: int, right: str) -> bool:
    """Whether the study words before a share lie in an earlier comma clause while the share's own
    clause says what its people did ("…, 90% hộ gia đình tham gia bảo hiểm y tế")."""
    if "," not in low[cue_end:f.start]:
        return False
    own = right.split(",")[0]
    hit = _unit_at(lex, own.lstrip(), 0)
    rest = own.lstrip()[hit[1]:] if hit is not None else own
    return _rx(r"[^\W\d_]").search(rest) is not None and not _ATTENDING.fullmatch(rest)


def _last_unit_cat(lex: Lexicon, near: str) -> str | None:
    best = None
    for m in _rx(r"(?:tỷ lệ|tỉ lệ|số)\s+").finditer(near):
        hit = _unit_at(lex, near, m.end())
        if hit:
            best = hit[0].cat
    return best


def _cats_ok(rule: Rule, f: Figure) -> bool:
    if not rule.cats:
        return True
    if f.cat == "pct":
        return "pct" in rule.cats or (f.of_cat is not None and f.of_cat in rule.cats)
    return f.cat in rule.cats


# "bình quân 2 con/hộ", "mỗi xã 3 cán bộ/…": a rate per unit, not two counts
_AVERAGE_BEFORE = re.compile(r"(?<![\w])(?:bình quân|trung bình|mỗi)(?![\w])[^,;.\d]{0,20}$")
_BREAKDOWN_WORD = re.compile(r"trong (?:số )?đó")  # "trong đó", "trong số đó"
_BREAKDOWN_TAIL = r"trong (?:số )?đó\s*[,:]?\s*(?:có\s+)?(?:trên|hơn|gần|khoảng)?\s*"
_BREAKDOWN_GAP = re.compile(r"\s*\(?\s*" + _BREAKDOWN_TAIL)
_BREAKDOWN_AFTER_STOP = re.compile(r"\s*" + _BREAKDOWN_TAIL)  # (after a ";", no bracket)
_COMPARED_AFTER = re.compile(r"[^\S\n]*so[^\S\n]+với(?![\w])")
# "có 27 đảng viên, trong đó 21 đồng chí thường xuyên dự sinh hoạt": a part told by what it
# does, not by what kind it is ("11 chi bộ bản", "5 đảng viên là người dân tộc")
_PART_DOES = re.compile(r"[^\S\n]*(?:(?:đều|đã|đang|vẫn|chưa|không|thường xuyên)\s+)*(?:sinh hoạt(?!\s+(?:tại|ở|trong)(?![\w]))"
                        r"|tham gia|làm|đi|được|bị|hoàn thành|đạt|giữ|đảm nhiệm|nghỉ|vi phạm|chuyển|xin)(?![\w])")
_OWN_PREDICATE = re.compile(r"(?<![\w])(?:có|đạt|được|là|đã|bị|không|chưa)\s")


def _breakdown_whole(low: str, f: Figure, i: int, figs: list[Figure]) -> Figure | None:
    """The figure a "…, trong đó có N …" part breaks down: the last count of its kind before it
    in the clause, past a rate stated of that count ("kết nạp 5 đảng viên, đạt 100% kế hoạch,
    trong đó có 3 …")."""
    if f.cat == "pct" or not _BREAKDOWN_WORD.search(low):
        return None
    for g in reversed(figs[:i]):
        if g.end > f.start:
            continue
        if g.cat == "pct" and (g.achievement or g.is_change or _COMPARED_AFTER.match(low, g.end)):
            continue  # "đạt 100% / vượt 14% kế hoạch", "bằng 80% so với cùng kỳ": a rate of the count
        gap = low[g.end:f.start]
        if _rx(r"[^()]*\)").match(gap):
            continue  # "kỷ luật 60 đảng viên (cảnh cáo 9, khai trừ 2), trong đó …": the whole is before the brackets
        if not (g.cat == f.cat or {g.cat, f.cat} <= _PERSONS) or g.is_total:
            return None
        if _rx(r"\.\s").search(gap):
            return None
        if ";" in gap:  # "…; trong đó, có 12 …": the clause after the semicolon breaks the count down
            return g if _BREAKDOWN_AFTER_STOP.fullmatch(gap.rsplit(";", 1)[1]) else None
        last = _rx(r"[,;]").split(gap)[-1]
        if _BREAKDOWN_GAP.fullmatch(last):
            return g
        if g.part_of is not None and (_rx(r",").search(gap) and _rx(r"\s*(?:và\s*)?(?:trên|hơn|gần|khoảng)?\s*").fullmatch(last)
                                      or _rx(r"[^,;:()\d]{0,40}?(?<![\w])và\s*(?:trên|hơn|gần|khoảng)?\s*").fullmatch(gap)):
            return g.part_of  # "…, trong đó có 3 X, 2 Y (và 1 Z)": the list goes on breaking the same whole down
        return None
    return None


# "45 tổ chức cơ sở đảng (gồm 20 đảng bộ, 25 chi bộ)": the opening of the parts of a count of base bodies
_PARTS_OPEN = re.compile(r"(?:[^\S\n]+[^\s,;:.()\d]+){0,4}?[^\S\n]*(?:\([^\S\n]*)?(?:,[^\S\n]*)?(?:gồm|bao gồm|trong đó)[^\S\n]*:?[^\S\n]*(?:có[^\S\n]+)?"
                         r"(?:trên|hơn|gần|khoảng)?[^\S\n]*")
_PARTS_JOIN = re.compile(r"(?:[^\S\n]+[^\s,;:.()\d]+){0,3}?[^\S\n]*(?:,|\bvà\b)[^\S\n]*(?:có[^\S\n]+)?(?:trên|hơn|gần|khoảng)?[^\S\n]*")


def _base_cells(low: str, f: Figure, i: int, figs: list[Figure]) -> bool:
    """The cells listed among the parts of a count of base party bodies are base bodies
    themselves ("41 tổ chức cơ sở đảng, gồm 16 đảng bộ và 25 chi bộ"): the cells straight under
    the committee, not the cells inside its base committees."""
    if f.cat != "cell" or f.form != "chi bộ":
        return False
    nxt = f
    for g in reversed(figs[:i]):
        if g.end > nxt.start:
            return False
        gap = low[g.end:nxt.start]
        if g.cat == "suborg" and g.form not in ("đảng bộ", "đảng bộ cơ sở", "chi bộ cơ sở", "đảng bộ bộ phận") \
                and g.value > f.value and _PARTS_OPEN.fullmatch(gap):
            return True
        if g.cat != "suborg" or not _PARTS_JOIN.fullmatch(gap):
            return False
        nxt = g
    return False


def _indicator(lex, f: Figure, text, low, right, near, left, prev, i, figs) -> tuple[str, str | None]:
    if f.cat == "pct":
        after = _noun_phrase(text, f.end, f.end + len(right), "")
        first = after.split()[0].lower() if after.split() else ""
        if (f.of_cat is not None and _of_category(lex, low, f.end) is not None) or (
                after and first not in _NOT_NOUN and not first[0].isdigit()):
            np_ = after
        else:
            np_ = _rx(r"^(?:\W|trong đó|và|riêng|có|năm \d+)+").sub("", near.strip())
            np_ = _rx(r"\s*(?:đạt|là|chiếm|có|bằng|trên|hơn|gần|khoảng|ước|bình quân|\W)+$").sub("", np_).strip()
            tail = _rx(r"[,;]\s*").split(np_)[-1]
            head = None
            for head in _MEASURE_HEAD.finditer(np_):
                pass
            if head is not None and len(np_[head.start():].split()) <= 10:
                np_ = np_[head.start():]  # "tỷ trọng công nghiệp, xây dựng" is one measure
            elif len(tail.split()) >= 2:
                np_ = tail
            np_ = " ".join(_rx(r"^(?:phấn đấu|mục tiêu|chỉ tiêu|đạt|có)\s+").sub("", np_).split()[-10:])
    else:
        np_ = _noun_phrase(text, f.end - len(f.unit) if text[f.end - len(f.unit):f.end].lower() == f.unit else f.num_end,
                           f.end + len(right), f.unit)
        np_ = _rx(r"^[/\d.,)\s]+").sub("", np_)  # "/1.718) đã …": past the whole of a fraction
        np_ = np_.rstrip(" /")  # "1.200 hộ/5.100 nhân khẩu": the noun of the first count alone
        if f.cat in ("money", "area", "mass", "length") and np_.lower() == f.unit.lower():
            # "Tổng giá trị sản xuất đạt 145 tỷ đồng": the amount is of what stands before it
            left_np = _rx(r"^(?:\W|trong đó|và|riêng|có|năm \d+)+").sub("", near.strip())
            left_np = _rx(r"\s*(?:đạt|là|chiếm|có|bằng|trên|hơn|gần|khoảng|ước|bình quân|với|\W)+$").sub("", left_np).strip()
            left_np = " ".join(_rx(r"[,;]\s*").split(left_np)[-1].split()[-10:])
            if len(left_np.split()) >= 2:
                np_ = f"{left_np} ({f.unit})"
    if f.forced is not None:
        return f.forced.indicator, f.forced.qualifier
    if _base_cells(low, f, i, figs):
        return "subordinate_party_orgs", np_ or None
    if f.bare_part:  # "kết nạp 25 đảng viên, trong đó có 10 là nữ": what the whole counts
        whole = next((g for g in reversed(figs[:i]) if not g.bare_part and g.end <= f.start), None)
        if whole is not None and whole.indicator != "other":
            return whole.indicator, np_ or None

    def qual(rule: Rule, m) -> str | None:
        q = rule.qualifier
        if q is None:
            return None
        if "$1" in q:
            g = m.group(1) if m is not None and m.re.groups >= 1 and m.group(1) else ""
            q = q.replace("$1", g)
        if "$np" in q:
            q = q.replace("$np", np_)
        if "$crop" in q:
            q = q.replace("$crop", crop or "")
        q = q.strip(" ,:")
        return q or None

    crop = None
    left_best: tuple[int, Rule, Any] | None = None
    whole = f.part_of = _breakdown_whole(low, f, i, figs)
    if whole is not None and (whole.indicator == "other" or whole.indicator in _COUNTS):
        whole = None  # a part of a stock: the default reading below
    key = (f.cat, f.of_cat)
    rules = lex.by_kind.get(key)
    if rules is None:  # the rules that can read this kind of figure, in order, kept per kind
        rules = lex.by_kind[key] = [
            r for r in lex.rules
            if _cats_ok(r, f) and not (r.counts_only and f.cat == "pct") and not (r.pct_only and f.cat != "pct")
            and not (r.of and f.of_cat not in r.of)]
    for rule in rules:
        if f.denominator is not None and rule.indicator in _COUNTS:
            continue  # "617/646 đảng viên": the part is not how many there are; the whole is
        if f.cat == "pct" and rule.indicator == "members_disciplined":
            continue  # "chiếm 20% tổng số đảng viên bị kỷ luật": a share of the disciplined, not a count of them
        if whole is not None and rule.indicator in _COUNTS:
            break  # "kết nạp 8 đảng viên mới, trong đó 2 đảng viên nữ": a part of the admissions
        if rule.sentence is not None and not rule.sentence.search(low):
            continue
        if rule.form is not None and not rule.form.fullmatch(f.form):
            continue
        if rule.unit is not None and not rule.unit.fullmatch(f.unit):
            continue
        if rule.not_right is not None and rule.not_right.search(right):
            continue
        if rule.prev and (prev is None or prev.end > f.start or (f.cat == "pct" and _of_category(lex, low, f.end) is not None) or prev.denominator is not None or prev.is_total or not _rx(r"[\s,]*(?:đạt|bằng|vượt|là)?\s*(?:trên|hơn|gần|khoảng)?\s*").fullmatch(low[prev.end:f.start])):
            continue
        m = None
        if rule.right is not None:
            m = rule.right.search(right)
            if not m:
                continue
            if rule.indicator not in _NEGATIVE and _NEG_RE.search(right, max(0, m.start() - 14), m.end()):
                continue  # "50% số cán bộ chưa đạt chuẩn" is not the share meeting the standard
            if rule.indicator == "study_participation_rate" and not _who_listed(lex, right[:m.end()]):
                continue  # "đạt 92%, cán bộ tham gia học tập …": the study is another clause's
        if rule.near is not None:
            mn = rule.near.search(near)
            if not mn:
                continue
            m = m or mn
        if rule.crop:
            cm = lex.crop_right_re.search(right)
            if cm:
                crop = cm.group(1)
            else:
                found = list(lex.crop_re.finditer(left))
                if not found:
                    continue
                crop = found[-1].group(1)
        if rule.left is not None:
            found = list(rule.left.finditer(left))
            if not found:
                continue
            pos = found[-1].end()
            if rule.left_block is not None and rule.left_block.search(left, pos):
                continue
            if rule.indicator == "study_participation_rate" and _study_of_an_earlier_clause(lex, low, f, pos, right):
                continue  # "Sau khi quán triệt …, 97% hộ dân đồng thuận …": the share is its own clause's
            if rule.right is None and rule.near is None and not rule.crop:
                # a cue carried from earlier in the sentence: the nearest one wins, and it must
                # come after every other figure's own cue (checked by the order of the rules)
                if left_best is None or pos > left_best[0]:
                    left_best = (pos, rule, found[-1])
                continue
            m = m or found[-1]
        if left_best is not None:
            break
        f.by_right = rule.right is not None and rule.near is None and rule.left is None
        return rule.indicator, qual(rule, m)
    if left_best is not None:
        return left_best[1].indicator, qual(left_best[1], left_best[2])
    if whole is not None:
        if whole.indicator in ("members_disciplined",):
            return whole.indicator, whole.qualifier
        return whole.indicator, np_ or None
    # a list continuing an earlier figure of the same kind: "11 chi bộ bản, 5 chi bộ cơ quan"
    same = next((g for g in reversed(figs[:i]) if (g.cat == f.cat or {g.cat, f.cat} <= _PERSONS)
                 and g.of_cat == f.of_cat and g.end <= f.start and not g.is_total), None)
    gap = low[prev.end:f.start] if prev is not None else ""
    list_gap = _rx(r"[,;]").split(gap)[-1] if _rx(r"[,;]|\bvà\b").search(gap) else gap
    if same is not None and prev is not None and prev.cat == f.cat:
        list_gap = _rx(r"[,;]|\bvà\b").split(gap)[-1]  # "…, một Chủ tịch UBND và một Phó Chủ tịch"
    # "32 đảng viên bị kỷ luật, trong đó hai Bí thư …": a breakdown keeps what the whole was
    breakdown = same is not None and prev is same and bool(_rx(r"\s*(?:\(?\s*trong đó:?\s*(?:có\s+)?|\(\s*(?:có|gồm)\s+)$").match(list_gap))
    cross = same is not None and same.cat != f.cat  # members, then people: only in a breakdown
    if same is not None and prev is same and same.unit == f.unit and same.indicator != "other" and (
            _PLACE_LIST_GAP.fullmatch(text, prev.end, f.start) or _COMPARED_GAP.fullmatch(text, prev.end, f.start)):
        # "… hộ nghèo của tỉnh A còn 15%, tỉnh B 21%", "… cao hơn B (32 triệu đồng)": each place's measure
        return same.indicator, same.qualifier
    if same is not None and f.cat == "pct" and _of_category(lex, low, f.end) is not None \
            and _of_category(lex, low, same.end) is None:
        same = None  # "tỷ lệ hộ nghèo còn 4%, 90% hộ dùng nước sạch": a share of its own
    if same is not None and prev is not None and _rx(
            r"\s*(?:\(?\s*trong đó:?\s*(?:có\s+)?|\(\s*(?:có|gồm)\s+|và\s*)?(?:trên|hơn|gần|khoảng)?\s*").fullmatch(list_gap) \
            and (breakdown or (not cross and not _VERB_GAP.search(low[same.end:f.start]))):
        prev = same
        base = prev.indicator
        if base in ("members_disciplined",):
            return base, prev.qualifier
        if breakdown and base in _COUNTS and _PART_DOES.match(right):
            return "other", np_ or None  # a part told by what it does
        if not breakdown and same.by_right and _OWN_PREDICATE.search(right):
            return "other", np_ or None  # "…, 127/128 chi bộ có đủ …": each says its own
        if f.cat == "visit" and base in ("inspections", "supervisions") and not lex.party_visited.match(right):
            return "other", np_ or None  # "… 30 lượt đảng viên và 40 lượt cán bộ": checks of the party only
        return base, np_ if base != "other" or not prev.qualifier else _inherit_qual(prev.qualifier, np_)
    return "other", np_ or None




_PLACE_TYPES = r"(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|thôn|bản|xóm|ấp|tổ dân phố)"
# a list running from one place's figure to the next's: ", tỉnh B 21%", "; huyện C là 9%"
_PLACE_LIST_GAP = re.compile(rf"\s*(?:,|;|\bvà)\s*(?:{_PLACE_TYPES}\s+)?{_NAME}\s*(?:là|có|còn|đạt|chiếm|:)?\s*"
                             rf"(?:trên|hơn|gần|khoảng)?\s*")
# a place compared, its figure in brackets: ", cao hơn tỉnh B (32 triệu đồng"
_COMPARED_GAP = re.compile(rf"[^.;()]{{0,40}}?(?:hơn|so với|bằng|như)\s+(?:{_PLACE_TYPES}\s+)?{_NAME}\s*\(\s*"
                           rf"(?:trên|hơn|gần|khoảng)?\s*")
# Indicators whose own cue is negative ("không hoàn thành nhiệm vụ", "chưa có đảng viên").
_NEGATIVE = frozenset({"orgs_rated_weak", "members_rated_not_completed", "villages_without_members"})
_NEG_RE = re.compile(r"(?<![\w])(?:chưa|không|chẳng)(?![\w])(?!\s+(?:chỉ|những|ngừng|ít)\b)")
# measures a sentence may go on to give a target for, bare ("…, phấn đấu đến năm 2025 còn 2%")
_TARGET_GOES_ON = frozenset({"poverty_rate", "income_per_capita", "food_output", "party_members"})
_TARGET_ON = re.compile(r"^\W*(?:và\s+)?(?:phấn đấu|mục tiêu|dự kiến|kế hoạch|chỉ tiêu)[^,;:]{0,40}?"
                        r"(?:còn|xuống|xuống còn|đạt|lên|lên đến|là|ở mức)\s*(?:dưới|trên|hơn|khoảng)?\s*$")
_MEASURE_HEAD = re.compile(r"(?:tỷ|tỉ)\s+(?:trọng|lệ)\s|cơ cấu\s")
_NOT_NOUN = frozenset("trở đạt là so và hoặc với của thì nhưng còn trong tăng giảm so sánh cao thấp".split())


def _inherit_qual(prev_q: str, np_: str) -> str:
    tail = _rx(r"\b(được (?:thành lập|kiểm tra, giám sát))$").search(prev_q or "")
    return f"{np_} {tail.group(1)}" if tail and tail.group(1) not in np_ else np_


def _periods(low: str) -> list[tuple[int, int, str | None, str | None]]:
    found: list[tuple[int, int, str | None, str | None]] = []
    taken: list[tuple[int, int]] = []
    for kind, rx in (_PERIOD_RES if "19" in low or "20" in low else ()):  # each names a year
        for m in rx.finditer(low):
            if any(not (m.end() <= s or m.start() >= e) for s, e in taken):
                continue
            if kind == "range":
                a, b = m.group(1), m.group(2)
                if int(b) < int(a):
                    continue
                found.append((m.start(), m.end(), a, b))
            elif kind == "end":
                found.append((m.start(), m.end(), None, m.group(1)))
            elif kind == "start":
                found.append((m.start(), m.end(), m.group(1), None))
            else:
                found.append((m.start(), m.end(), m.group(1), m.group(1)))
            taken.append((m.start(), m.end()))
    found.sort()
    return found


def _period_for(low, f: Figure, figs, i, periods, carried):
    nxt = figs[i + 1].start if i + 1 < len(figs) and figs[i + 1].num_start != f.num_start else len(low)
    for (s, e, a, b) in periods:
        if f.end <= s < nxt:
            gap = low[f.end:s]
            if len(gap) <= 30 and _rx(r"\s*(?:\([^()]*\)\s*)?(?:vào\s+|trong\s+)?(?:(?:cuối|đầu|giữa)\s+)?\(?\s*").fullmatch(gap) \
                    and not _rx(r"so với\s*$").search(gap):
                return (a, b)
            break
    best = None
    for (s, e, a, b) in periods:
        if e <= f.start:
            if _rx(r"so với\s*(?:cùng kỳ\s*)?$").search(low[max(0, s - 12):s]):
                continue
            # a year that another figure claimed as its own trailing year does not carry
            owner = next((g for g in figs if g is not f and g.end <= s and len(low[g.end:s]) <= 30
                          and _rx(r"\s*(?:\([^()]*\)\s*)?").fullmatch(low[g.end:s])), None)
            if owner is not None and owner is not f:
                continue
            best = (a, b)
    if best is not None:
        return best
    return carried


def _is_target(lex: Lexicon, low: str, f: Figure, carried: bool, cues: list) -> bool:
    cue = None
    for m in cues:
        if m.end() <= f.start:
            cue = m
    if cue is None:
        return carried and not lex.target_reset_re.search(low[:f.start])
    between = low[cue.end():f.start]
    return not lex.target_reset_re.search(between)


# ----------------------------------------------------------------------------- subjects

@dataclass
class _Cand:
    start: int
    end: int
    iri: NamedNode
    label: str
    level: str | None
    kind: str  # "org" / "place"
    place: NamedNode | None = None
    parent: NamedNode | None = None
    org_kind: str = ""
    titled: bool = False  # a bare body of a person's post ("Trưởng ban Dân vận Huyện ủy"), its place unsaid

    @property
    def territorial(self) -> bool:
        """A party committee or a place: what a bare level word ("huyện", "toàn tỉnh") names."""
        return self.kind == "place" or self.org_kind in ("", "party_committee")


# "Ban Thường vụ đảng ủy trường Cao đẳng X", "Đảng bộ Bệnh viện Y": the party body of an institution
_INSTITUTION_BODY = re.compile(
    r"(?<![\w])(?:[Bb]an[^\S\n]+(?:[Tt]hường|[Cc]hấp)[^\S\n]+(?:vụ|hành)[^\S\n]+)?(?P<body>[Đđ]ảng[^\S\n]+(?:ủy|uỷ|bộ))"
    r"[^\S\n]+(?P<head>[Tt]rường|[Bb]ệnh[^\S\n]+viện|[Tt]ổng[^\S\n]+[Cc]ông[^\S\n]+ty|[Cc]ông[^\S\n]+ty|[Hh]ọc[^\S\n]+viện|"
    r"[Tt]rung[^\S\n]+tâm)[^\S\n]+(?=[" + _UP + r"])")
# "Đảng bộ phường", "Đảng ủy xã": a body named by its level alone
_BARE_LEVEL_BODY = re.compile(r"(?i:đảng[^\S\n]+(?:bộ|ủy|uỷ))[^\S\n]+(?:xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố)")
_BARE_BODY = re.compile(r"(?i:(?:ban\s+(?:thường\s+vụ|chấp\s+hành)\s+)?đảng\s+(?:ủy|uỷ|bộ))")
_NOT_IN_NAMES = frozenset({"và", "của", "tại", "với", "về", "cho", "ở", "đã", "thuộc"})
_NAME_TOKEN = re.compile(r"[^\S\n]*([\w'’-]+)")


def _institution_name(text: str, pos: int) -> str | None:
    """The name after an institution's head word: capitalised words, with the lower-case ones
    between them ("Cao đẳng Y tế Bình An"), up to the last capitalised one."""
    words: list[tuple[int, int, bool]] = []
    while len(words) < 10:
        m = _NAME_TOKEN.match(text, pos)
        if m is None:
            break
        words.append((m.start(1), m.end(1), m.group(1)[:1].isupper()))
        pos = m.end()
    end = None
    for i, (a, b, up) in enumerate(words):
        if up:
            end = b
        elif a == words[0][0] or text[a:b] in _NOT_IN_NAMES or not (i + 1 < len(words) and words[i + 1][2]):
            break
    if end is None or not words:
        return None
    return text[words[0][0]:end]


# a level word standing for the unit the text is on ("toàn huyện", "trên địa bàn huyện", "của
# huyện"), not a unit it names ("huyện Phú X")
_LEVEL_ANAPHOR = re.compile(r"(?<![\w])(?i:toàn|địa bàn|của|trong)[^\S\n]+(?i:(huyện|xã|tỉnh|quận|thị xã|phường))"
                            r"(?![\w])(?![^\S\n]+[" + _UP + r"\d])")
_NARROWER = {"province": "district", "district": "commune"}
# a paper and its issuer: "Công văn số 12-CV/ĐU ngày 3/4 của Ban Thường vụ …"
_ISSUER_BEFORE = re.compile(r"(?i:công văn|kế hoạch|hướng dẫn|chỉ thị|nghị quyết|quyết định|thông báo|kết luận)"
                            r"[^\S\n]+(?:số[^\S\n]+)?[\w/.-]*\d[^,;:()]{0,40}?[^\S\n]của[^\S\n]+$")
# a count or share written in figures ("92%", "1.250 đảng viên"), not a date or a year
_FIGURE_WORD = re.compile(r"(?<![\w/.,])\d(?:[\d.,]*\d)?(?![\d/])[^\S\n]*(?:%|[a-zđà-ỹ])")


# "… trên cơ sở sáp nhập các xã A, B và C", "hợp nhất 3 xã: A, B, C": units named after it are
# the former ones, unless "thành" names the unit they became
_MERGED_FROM = re.compile(r"(?<![\w])(?i:sáp nhập|hợp nhất)(?![\w])")
_AFTER_MERGING = re.compile(r"(?<![\w])(?i:sau|sau khi|từ khi|kể từ khi)(?:\s+(?:tiến hành|thực hiện|hoàn thành|việc))?\s+$")
_MERGED_INTO = re.compile(r"(?<![\w])thành(?![\w])(?!\s+lập)")


def _merger(text: str) -> re.Match | None:
    """The merger a sentence tells of ("… sáp nhập xã A, B"), none after "Sau (khi) sáp nhập",
    which speaks of the unit as it is now."""
    merged = _MERGED_FROM.search(text) if "nhập" in text else None
    if merged is None or _AFTER_MERGING.search(text, max(0, merged.start() - 30), merged.start()):
        return None
    return merged


def _merged_from(text: str, cands: list) -> tuple[int, list] | None:
    """The units a sentence says a new one was merged from ("phường X, lập từ việc sáp nhập
    xã A, xã B và một phần phường C"), as (where the merger's word ends, the units),
    when a unit named before the merger's word is the one made; none after "Sau (khi) sáp nhập"."""
    merged = _merger(text)
    if merged is None or not any(c.level and c.territorial and c.end <= merged.start() for c in cands):
        return None
    parts = [c for c in cands if c.level and c.territorial and c.start >= merged.end()
             and not _MERGED_INTO.search(text, merged.end(), c.start)]
    return (merged.end(), parts) if parts else None


def _iri_of(x) -> NamedNode | None:
    if x is None:
        return None
    if isinstance(x, NamedNode):
        return x
    if isinstance(x, Mention):
        return x.iri
    if isinstance(x, dict):
        v = x.get("iri")
        return NamedNode(v) if isinstance(v, str) else v
    if isinstance(x, str) and x.startswith("http"):
        return NamedNode(x)
    return None


_LEVEL_NORM = {"chi bộ": "cell", "province": "province", "city": "province", "district": "district", "commune": "commune",
               "village": "village", "tỉnh": "province", "huyện": "district", "xã": "commune",
               "thành phố": "province", "quận": "district", "thị xã": "district", "phường": "commune",
               "thị trấn": "commune", "thị": "district", "bản": "village", "thôn": "village", "xóm": "village",
               "ấp": "village", "làng": "village", "buôn": "village", "bon": "village", "plei": "village",
               "khóm": "village"}


def _level(x) -> str | None:
    if not x:
        return None
    s = str(x.value if isinstance(x, NamedNode) else x).rsplit("/", 1)[-1].lower()
    return _LEVEL_NORM.get(s, s)


_CAPTION_END = frozenset('.:;!?…"”)]')
# "các chi bộ", "bí thư chi bộ": cells in general or a title, not the cell named before
_GENERIC_BEFORE = re.compile(r"(?<![\w])(?:các|những|mỗi|từng|nhiều|(?:phó\s+)?bí thư)\s+$", re.IGNORECASE)


def _captions(doc: Doc, lex: Lexicon) -> frozenset[int]:
    """Sentences standing alone on their line after the title, without closing punctuation and
    without figures: the captions of pictures ("Chi bộ thôn A, xã B tổ chức đại hội") and
    headings. They name who is pictured, not whom the next paragraph reports on."""
    out = set()
    text = doc.text
    for s in doc.sentences:
        if s.index == 0 or s.text.rstrip()[-1:] in _CAPTION_END or s.text.count(" ") > 30:
            continue
        line_start = text.rfind("\n", 0, s.start) + 1
        line_end = text.find("\n", s.end)
        if line_start == 0 or text[line_start:s.start].strip() or (line_end >= 0 and text[s.end:line_end].strip()) \
                or line_end < 0:
            continue
        if not find_figures(s.text, lex):
            out.add(s.index)
    return frozenset(out)


class _Subjects:
    """Who each sentence's figures are about: named bodies and places, level words, the main org."""

    def __init__(self, doc: Doc, lex: Lexicon | None = None) -> None:
        self.doc = doc
        self.by_sentence: dict[int, list[_Cand]] = {}
        self.fallback_labels: dict[str, tuple[NamedNode, str, Sentence]] = {}
        self.captions = _captions(doc, lex or lexicon())
        orgs = [m for m in doc.of("organization") if m.iri is not None]
        places = [m for m in doc.of("place") if m.iri is not None]
        if orgs:
            for m in orgs:
                if _BARE_KIND.fullmatch(m.text) and _KINDS_LISTED.search(doc.text, max(0, m.start - 40), m.start):
                    continue  # "các huyện, thị, thành ủy": every committee of those kinds, not one body
                kind = m.attrs.get("kind", "")
                if kind in ("other", "enterprise") and _AGENCY_NAME.match(m.attrs.get("name") or m.text):
                    kind = "agency"  # a bank or state agency: the subject of its own figures
                elif kind in ("central_body", "military_unit", "police") or (
                        kind == "other" and _CENTRAL_NAME.match(m.attrs.get("name") or m.text)):
                    kind = "body"  # "Ban Bí thư tổ chức hội nghị tại 63 điểm cầu": a body doing what it counts
                elif kind and kind not in _PARTY_KINDS and kind not in ("people_committee", "people_council"):
                    continue
                if kind in _ORGANS and _ALL_LEVELS.match(doc.text, m.end):
                    continue  # "Ủy ban Kiểm tra các cấp": the organs of every level, no one body
                if m.text[:1].islower() and len(m.text.split()) <= 2 and _GENERIC_BEFORE.search(
                        doc.text, max(0, m.start - 16), m.start):
                    continue
                a = m.attrs
                parent = _iri_of(a.get("parent_iri") or a.get("parent"))
                iri = m.iri
                # a committee's organs (standing, inspection, commissions) report for the committee
                if kind in _ORGANS and parent is not None and not _COMPOSED_OF.match(doc.text, m.end):
                    iri, kind = parent, "party_committee"  # (but "Ban Thường vụ gồm 5 đồng chí" counts itself)
                self._add(m.sentence, _Cand(m.start - m.sentence.start, m.end - m.sentence.start, iri,
                                            a.get("name") or m.text, _level(a.get("level")), "org",
                                            place=_iri_of(a.get("place_iri") or a.get("place")), parent=parent,
                                            org_kind=kind, titled=not _NAMES_PLACE.search(m.text) and bool(
                                                _TITLE_BEFORE.search(doc.text[max(0, m.start - 20):m.start].lower()))))
        else:
            self._fallback_orgs()
        self._institution_bodies(orgs)
        for m in places:
            self._add(m.sentence, _Cand(m.start - m.sentence.start, m.end - m.sentence.start, m.iri,
                                        m.attrs.get("name") or m.text, _level(m.attrs.get("level")), "place",
                                        parent=_iri_of(m.attrs.get("parent_iri"))))
        for cands in self.by_sentence.values():
            cands.sort(key=lambda c: c.start)
        self._bare_bodies_of_places()
        self.main = self._main()
        actor = self._actor()
        if actor is not None and (self.main is None or (
                (self.main.place is None or self.main.place != actor.iri) and _rank(self.main.level) < _rank(actor.level))):
            self.main = actor
        self.main = self._narrowed(self.main)

    def _narrowed(self, main: _Cand | None) -> _Cand | None:
        """The one district (commune) an article on a province (district) keeps calling "huyện"
        ("toàn huyện", "các xã trên địa bàn huyện", "của huyện"): the province is only where it
        lies, named in the title or lead; the district is what the figures left unnamed are of."""
        if main is None or main.level not in _NARROWER:
            return main
        lower = _NARROWER[main.level]
        said = {lower: 0, main.level: 0}
        for s in self.doc.sentences:
            for m in _LEVEL_ANAPHOR.finditer(s.text):
                lvl = _LEVEL_NORM.get(m.group(1).lower())
                if lvl in said:
                    said[lvl] += 1
        if said[lower] < 2 or said[main.level]:
            return main
        units: dict[str, list[_Cand]] = {}
        for idx, cands in self.by_sentence.items():
            if idx in self.captions:
                continue
            for c in cands:
                if c.kind == "place" and c.level == lower:
                    units.setdefault(c.iri.value, []).append(c)
                elif c.kind == "org" and c.territorial and c.level == lower and c.place is not None:
                    units.setdefault(c.place.value, []).append(c)
        if len(units) != 1:
            return main
        cands = next(iter(units.values()))
        # the district must be named before the article reports any figure: figures told before
        # it ("Tỉnh ủy X tổng kết … kết nạp 1.250 đảng viên. Tại huyện Y, toàn huyện …") are
        # the province's
        first_figure = next((s.index for s in self.doc.sentences
                             if s.index > 0 and _FIGURE_WORD.search(s.text)), None)
        if first_figure is not None and min(c_idx for c_idx, cs in self.by_sentence.items()
                                            if any(c in cands for c in cs)) >= first_figure:
            return main
        return next((c for c in cands if c.kind == "org"), cands[0])

    def _bare_bodies_of_places(self) -> None:
        """A bare "Đảng bộ phường" after a ward the sentence names as its subject ("Phường X tổ chức
        Đại hội đại biểu Đảng bộ phường …") is that ward's body, whatever body of the level the
        article is mostly about; its party organization if named, else the ward stands for it."""
        sentences = {x.index: x for x in self.doc.sentences}
        for idx, cands in self.by_sentence.items():
            s = sentences.get(idx)
            if s is None or "ảng" not in s.text:
                continue
            low = s.text.lower()
            for i, c in enumerate(cands):
                if c.kind != "org" or not c.level or not _BARE_LEVEL_BODY.fullmatch(s.text, c.start, c.end):
                    continue
                before = [p for p in cands if p.kind == "place" and p.level == c.level and p.end <= c.start
                          and not _inside_parens(low, p.start)
                          and not _OBJECT_BEFORE_RE.search(low[max(0, p.start - 28):p.start])]
                # only a place opening the sentence or a clause as its subject: not "học tập cách
                # làm như xã X, Đảng ủy xã …", "giáp ranh xã X, …", "từ khi tách khỏi phường X, …"
                before = [p for p in before if _PLACE_SUBJECT_RE.search(low[max(0, p.start - 40):p.start])
                          or _PLACE_OPENS.fullmatch(low, 0, p.start)]
                if not before or before[-1].iri == c.place or before[-1].iri == c.iri:
                    continue
                p = before[-1]
                body = self.party_body_of(p.iri)
                cands[i] = dataclasses.replace(body, start=c.start, end=c.end) if body is not None else \
                    _Cand(c.start, c.end, p.iri, p.label, p.level, "org", place=p.iri, org_kind="party_committee")

    def _add(self, s: Sentence, c: _Cand) -> None:
        self.by_sentence.setdefault(s.index, []).append(c)

    def _institution_bodies(self, orgs: list[Mention]) -> None:
        """The party body of a school, hospital, company or agency that the text names acting
        ("Ban Thường vụ đảng ủy trường Cao đẳng X đã ban hành …") where the list of bodies read
        the institution alone: a subject of its own, and what a bare "Đảng ủy" / "toàn Đảng bộ"
        after it stands for (not the body whose paper it carried out)."""
        # the party body itself read as one (a standing committee read over its name still
        # leaves the body to name here)
        read = {m.start for m in orgs if m.attrs.get("kind") == "party_committee"}
        found: list[tuple[int, _Cand]] = []
        for s in self.doc.sentences:
            if "ảng" not in s.text:
                continue
            for m in _INSTITUTION_BODY.finditer(s.text):
                body = m.start("body")
                if s.start + body in read or s.start + m.start() in read \
                        or _OBJECT_BEFORE_RE.search(s.text[max(0, m.start() - 28):m.start()].lower()):
                    continue
                name = _institution_name(s.text, m.end())
                if name is None:
                    continue
                label = f"Đảng bộ {m.group('head')[:1].upper()}{m.group('head')[1:]} {name}"
                iri = organization_iri("party_committee", fold(label))
                c = _Cand(m.start(), m.end() + len(name), iri, label, "agency", "org", org_kind="party_committee")
                self.fallback_labels.setdefault(iri.value, (iri, label, s))
                self._add(s, c)
                found.append((s.start + m.start(), c))
        if not found:
            return
        sentences = {x.index: x for x in self.doc.sentences}
        # every party body the text names in full, in order: a bare "Đảng ủy" stands for the
        # last one, so an institution's body only where no other was named after it
        named = sorted(found + [(sentences[idx].start + c.start, c) for idx, cands in self.by_sentence.items()
                                for c in cands if c.kind == "org" and c.org_kind == "party_committee"
                                and not _BARE_BODY.fullmatch(sentences[idx].text, c.start, c.end)],
                       key=lambda x: x[0])
        institutions = {id(c) for _, c in found}
        for idx, cands in self.by_sentence.items():
            s = sentences[idx]
            for i, c in enumerate(cands):
                if c.kind != "org" or not _BARE_BODY.fullmatch(s.text, c.start, c.end):
                    continue
                before = [b for at, b in named if at < s.start + c.start]
                if before and id(before[-1]) in institutions and before[-1].iri != c.iri:
                    cands[i] = dataclasses.replace(before[-1], start=c.start, end=c.end)

    def _fallback_orgs(self) -> None:
        """Named party bodies found here when no organization extractor ran (so figures still
        have a subject): "Đảng bộ xã Tà Mung", "Huyện ủy Sốp Cộp", "Chi bộ bản Mường Mô"."""
        for s in self.doc.sentences:
            for m in _BODY_RE.finditer(s.text):
                head = m.group("head").replace("uỷ", "ủy")
                typ = m.group("type") or _IMPLIED.get(head.lower())
                if typ is None:
                    continue
                name = m.group("name").strip()
                cell = head == "Chi bộ"
                label = f"{'Chi bộ' if cell else 'Đảng bộ'} {typ} {name}"
                kind = "party_cell" if cell else "party_committee"
                iri = organization_iri(kind, fold(f"{typ} {name}"))
                self.fallback_labels.setdefault(iri.value, (iri, label, s))
                self._add(s, _Cand(m.start(), m.end(), iri, label, _LEVEL_OF_TYPE.get(typ), "org"))

    def _main(self) -> _Cand | None:
        """The organization a figure is about when its paragraph names none: the territorial
        party organization the article names most often (its organs count for it); the
        organizations extractor's main organization when it is named as often."""
        counts: dict[str, list] = {}
        sentences = {x.index: x for x in self.doc.sentences}
        acting: set[str] = set()
        told = {c.iri.value for cands in self.by_sentence.values() for c in cands if not c.titled}
        for idx in sorted(self.by_sentence):
            if idx in self.captions:
                continue  # who a picture shows is not what the article is about
            for c in self.by_sentence[idx]:
                if c.iri.value not in told:
                    continue  # "… Trưởng ban Dân vận Huyện ủy" only: a guest's post, not what the text is about
                if c.kind == "org" and (c.territorial or c.org_kind == "party_cell"):
                    counts.setdefault(c.iri.value, [0, idx, c])[0] += 1
                    if c.level != "agency" or c.start < 0 or idx not in sentences \
                            or not _ISSUER_BEFORE.search(sentences[idx].text, 0, c.start):
                        acting.add(c.iri.value)
        for key, v in counts.items():
            if key not in acting:
                v[0] -= 0.5  # a bloc's body named only as whose paper was carried out ("Công văn số … của Đảng ủy Khối X"): loses a tie
        main = self.doc.context.get("main_org")
        iri = _iri_of(main)
        best = max(counts.values(), key=lambda v: (v[0], -v[1])) if counts else None
        if iri is not None and (best is None or counts.get(iri.value, [0])[0] >= best[0]):
            label = main.attrs.get("name") if isinstance(main, Mention) else None
            level = _level(main.attrs.get("level")) if isinstance(main, Mention) else None
            place = _iri_of(main.attrs.get("place_iri") or main.attrs.get("place")) if isinstance(main, Mention) else None
            if iri.value in counts:
                c = counts[iri.value][2]
                level, place = level or c.level, place or c.place
            return _Cand(-1, -1, iri, label or "", level, "org", place=place)
        if best is not None:
            return best[2]
        focus = self.doc.context.get("focus") or {}
        for lvl in ("commune", "district", "province"):
            iri = _iri_of(focus.get(lvl)) if isinstance(focus, dict) else None
            if iri is not None and not self._only_a_persons_seat(iri) and not self._only_pictured(iri):
                return _Cand(-1, -1, iri, "", lvl, "place")
        return None

    def _actor(self) -> _Cand | None:
        """The unit whose committees the lead says did the work ("cấp ủy và Ủy ban Kiểm tra các cấp
        của huyện X đã …"): what the article reports on, even when a province is named as the
        issuer of what they carried out. Its party organization, if named; else the place."""
        for s in self.doc.sentences[:3]:
            if "các cấp" not in s.text.lower():
                continue
            low = s.text.lower()
            for c in self.by_sentence.get(s.index, []):
                if c.kind == "place" and c.level in ("province", "district", "commune") \
                        and _ACTORS_OF.search(low, max(0, c.start - 90), c.start):
                    return self.party_body_of(c.iri) or c
        return None

    def party_body_of(self, place: NamedNode) -> _Cand | None:
        """The party organization of a place that the document names, if it names one."""
        return next((o for cs in self.by_sentence.values() for o in cs
                     if o.kind == "org" and o.territorial and o.place == place), None)

    def _only_pictured(self, iri: NamedNode) -> bool:
        """A place named only in a caption: where a picture was taken."""
        seen = [m for m in self.doc.of("place") if m.iri == iri]
        return bool(seen) and all(m.sentence.index in self.captions for m in seen)

    def _only_a_persons_seat(self, iri: NamedNode) -> bool:
        """A place named only in brackets after a person ("ĐB Nguyễn Thị A (Trà Vinh) cho rằng …"): the
        person's constituency or home, not what the article reports on."""
        seen = [m for m in self.doc.of("place") if m.iri == iri]
        return bool(seen) and all(_named_person_res()[1].search(self.doc.text, max(0, m.start - 60), m.start)
                                  and self.doc.text[m.end:m.end + 1] == ")" for m in seen)

    def candidates(self, s: Sentence) -> list[_Cand]:
        if s.index in self.captions:
            return []
        return self.by_sentence.get(s.index, [])


# ----------------------------------------------------------------------------- the component

@dataclass
class Outcome:
    figure: Figure
    sentence: Sentence
    iri: NamedNode | None = None
    target_for: NamedNode | None = None
    extra: dict = field(default_factory=dict)


class OutcomesComponent:
    name = "outcomes"
    version = "1"

    def match(self, doc: Doc) -> None:
        lex = lexicon()
        subjects = _Subjects(doc, lex)
        outcomes: list[Outcome] = []
        carry: dict = {}
        para_subject: _Cand | None = None
        widened: _Cand | None = None  # the whole unit the last sentence turned to
        list_head: tuple[_Cand | None, dict, int] | None = None  # who and when a list opened by ":" is about
        para_age = 0
        linked = False  # the previous sentence named the paragraph's body or reported for it
        chained = False  # the previous sentence reported for it, two or more sentences on
        focus: tuple[_Cand, int] | None = None  # the village (or its cell) the text is on, and where
        last_end = -1
        labelled_places = {m.iri.value for m in doc.of("place") if m.iri is not None}
        recent: dict[str, _Cand] = {}  # the last body or place named at each level
        congress: _Cand | None = None  # the body whose congress ("Đại hội Đảng bộ X") was named last
        last_subject: _Cand | None = None  # whose the last figure was
        if subjects.main is not None and subjects.main.level:
            recent[subjects.main.level] = subjects.main
        province = _focus_province(doc)
        if province is not None and "province" not in recent:
            recent["province"] = province  # "toàn tỉnh …" before any province is named: the one the text is in
        for s in doc.sentences:
            new_para = last_end < 0 or "\n" in doc.text[last_end:s.start]
            last_end = s.end
            bullet = bool(_BULLET.match(s.text)) or (list_head is not None and list_head[2] == s.index - 1)
            if new_para and list_head is not None and bullet:
                # "Năm 2023, Đảng bộ xã X đạt kết quả sau:" / "- Kết nạp 14 đảng viên.": the list's head
                para_subject, para_age, carry = list_head[0], 0, dict(list_head[1])
            elif new_para:
                # a paragraph that closed on the whole district ("… của huyện.") hands it on
                para_subject = widened if widened is not None and para_age == 0 else None
                carry = {}
            if not bullet:
                list_head = None
            widened = None
            para_age += 1
            used_carried = False
            cands = subjects.candidates(s)
            if _NOW.match(s.text.lower()):
                carry["topic"] = None  # "Đến nay, …": the time of writing, not the year told of before
            figs = find_figures(s.text, lex)
            if figs:
                figs = _not_hypothetical(s.text, figs)
                figs = _not_bodies_of_places(s.text, figs)
            if figs:
                low = s.text.lower()
                continuing = bool(lex.continuation.match(low.lstrip(" “\"-–")))
                read_context(s.text, figs, lex, carry)
                _tidy_qualifiers(s.text, figs)
                # the body named in the previous sentence (or before a "Trong đó, ...") carries
                carried = para_subject if (para_age <= 1 or ((continuing or chained) and linked)) else None
                anaphors = _anaphors(low)
                village = focus[0] if focus is not None and (s.index - focus[1] <= 2 or (
                    s.index - focus[1] <= 4 and _OWN_VILLAGE.search(s.text))) and not (
                    carried is not None and para_age < s.index - focus[1]) else None
                current = focus[0] if focus is not None and s.index - focus[1] <= 4 else None
                has_village = any(c.level == "village" for c in cands)
                merged_from = _merged_from(s.text, cands)
                lifted: tuple[str, _Cand, int] | None = None  # (who it was, who it is, from where)
                each: tuple[Figure, _Cand] | None = None  # the households counted just before, and whose
                for f in figs:
                    if _of_the_nation(low, f):
                        continue  # the country's figure: the graph holds no place for the country, and no body's it is
                    # a village named before the figure in this sentence counts too
                    here = _village_focus(cands, low, figs, f.start, current) if has_village else None
                    # "Phường X lập từ việc sáp nhập xã A, B; có diện tích …": the figures
                    # after the units merged are the new unit's, never the last unit merged into it
                    f_cands = [c for c in cands if not (merged_from and c in merged_from[1] and merged_from[0] < f.start)]
                    subj = _subject_for(f, s, f_cands, low, recent, carried, subjects.main, figs, anaphors,
                                        here or village, congress)
                    subj = _placed_after(f, f_cands, low) or subj
                    if each is not None and _EACH_OF_PREV.fullmatch(low, each[0].end, f.start):
                        subj = each[1]  # "N hộ xã X được cấp mỗi hộ M con giống": what each got is X's too
                    if subj is None and subjects.main is None and last_subject is not None:
                        subj = last_subject  # an article on no body or place: its figures go on about the last one
                    if subj is None:
                        continue
                    last_subject = subj
                    up = _above_counted(f, subj, recent)
                    if up is not None:  # "tám xã đạt …": the communes counted are the district's
                        lifted = (subj.iri.value, up, f.end)
                        subj = up
                    elif lifted is not None and subj.iri.value == lifted[0] \
                            and not _rx(r";|\.\s").search(low, lifted[2], f.start):
                        subj = lifted[1]  # "… tám xã đạt từ tám đến 12 tiêu chí": and so are their figures
                    else:
                        listed = _listed_parent(subj, cands, low, f, recent)
                        if listed is not None:  # the figure keeps which places it counts
                            f.places = s.text[listed[1]:subj.end]
                            subj = listed[0]
                    if subj.kind == "place" and f.indicator in _MEMBERSHIP:
                        # "tổng số đảng viên toàn huyện": the members are its party organization's
                        subj = subjects.party_body_of(subj.iri) or subj
                    used_carried = used_carried or subj is carried
                    f.subject = subj.iri
                    each = (f, subj) if f.cat == "household" else None
                    if _of_territory(f) and subj.kind == "org" and subj.place is not None \
                            and subj.place.value in labelled_places:
                        f.subject = subj.place
                    if f.zero and f.indicator in ("other", "party_members", "party_cells",
                                                  "subordinate_party_orgs", "new_members_admitted") \
                            and f.unit not in _ZERO_COUNTS and not f.found_none:
                        continue  # "không có đảng viên nào ..." says nothing countable
                    outcomes.append(Outcome(f, s))
                    for other in _joined_places(subj, cands, low, f):  # "bản A, xã X và bản B, xã Y …"
                        g = dataclasses.replace(f, subject=other.iri)
                        outcomes.append(Outcome(g, s))
                last = figs[-1]
                carry = {"period": last.period, "target": last.is_target, "topic": carry.get("topic")}
            else:
                carry = {"period": carry.get("period"), "target": carry.get("target", False)
                         and not lex.target_reset_re.search(s.text.lower()), "topic": carry.get("topic")}
            tp = _TOPIC_PERIOD.search(s.text.lower()) if "19" in s.text or "20" in s.text else None
            if tp is not None:
                carry["topic"] = (tp.group(1), tp.group(1))
            # what the next sentences of the paragraph may leave implicit (not the former units
            # a new one was merged from: "Phường X được thành lập trên cơ sở sáp nhập xã A, B")
            merged = _merger(s.text)
            low_s = s.text.lower()
            if "đại hội" in low_s:
                congress = next((c for c in reversed(cands) if c.kind == "org" and c.territorial
                                 and _CONGRESS_OF.search(low_s, max(0, c.start - 40), c.start)), congress)
            for c in cands:
                if c.level and c.territorial:
                    if merged is not None and c.start >= merged.end() and not _MERGED_INTO.search(s.text, merged.end(), c.start):
                        continue
                    if _inside_parens(low_s, c.start) and any(
                            o.level == c.level and o.territorial and o.iri != c.iri and not _inside_parens(low_s, o.start)
                            for o in cands):
                        continue  # "Đảng bộ tỉnh A … (gồm cả … của Đảng bộ tỉnh B)": an aside; "toàn tỉnh" is still A
                    recent[c.level] = c
                elif c.org_kind == "party_cell":
                    recent["cell"] = c
            named = [c for c in cands if not _OBJECT_BEFORE_RE.search(low_s[max(0, c.start - 28):c.start])
                     and not any(g.start <= c.start < g.end for g in figs)]
            named = [c for c in named if c.kind == "org"]  # a place named in passing does not carry
            named = [c for c in named if c.org_kind != "body"]  # nor a central body or unit doing one thing
            named = [c for c in named if c.org_kind != "agency"
                     or not _TITLE_BEFORE.search(low_s[max(0, c.start - 20):c.start])]  # a post's agency
            linked = bool(named) or used_carried or para_age <= 1
            chained = used_carried and not named
            if not named and cands and all(c.org_kind == "agency" for c in cands) and not _TITLE_BEFORE.search(
                    low_s[max(0, cands[0].start - 20):cands[0].start]):
                named = [cands[0]]  # a sentence about an agency alone: the next ones may be too
            if not named and cands and cands[0].kind == "place" and _PLACE_OPENS.fullmatch(low_s, 0, cands[0].start) \
                    and not any(g.start <= cands[0].start < g.end for g in figs):
                named = [cands[0]]  # "Tại xã X, kết quả cũng khả quan.", "Xã Y còn khó khăn.": the next is about it
            if not named and not figs and cands and cands[0].kind == "place" \
                    and _RESULTS_OF_PLACE.fullmatch(low_s, _glued_heading_end(s.text, cands[0].start), cands[0].start):
                named = [cands[0]]  # "Kết quả sau hai năm … ở tỉnh X đã cho thấy …": what follows is X's
            if named:
                para_subject = named[0]
                para_age = 0
            elif not figs:
                whole = _whole_unit(low_s, recent, para_subject or subjects.main)
                if whole is not None:  # "… tác động đến tăng trưởng của huyện.": the text widens to it
                    para_subject, para_age, linked, widened = whole, 0, True, whole
            if s.text.rstrip().endswith(":"):
                list_head = (para_subject, {"period": carry.get("period"), "target": carry.get("target", False),
                                            "topic": carry.get("topic")}, s.index)
            # the village the text turns to stays its subject for two sentences, until a larger
            # body or place is named as a subject again
            v = _village_focus(cands, low_s, figs, len(low_s),
                               focus[0] if focus is not None and s.index - focus[1] <= 4 else None) \
                if any(c.level == "village" for c in cands) else None
            if v is not None:
                focus = (v, s.index)
            elif focus is not None and (any(c.level in ("commune", "district", "province") and c.territorial
                                            for c in named) or (figs and any(w not in _NOT_WIDENING for _, w in anaphors))
                                        or (not figs and any(w not in _NOT_WIDENING for _, w in _anaphors(low_s)))):
                focus = None  # "Đảng bộ xã X ...", "xã đã ...", "toàn huyện": the text widens again
        doc.context["outcomes"] = outcomes
        doc.context["_outcome_labels"] = subjects.fallback_labels

    def mint(self, doc: Doc) -> None:
        outcomes: list[Outcome] = doc.context.get("outcomes", [])
        for iri, label, s in doc.context.get("_outcome_labels", {}).values():
            if any(o.figure.subject == iri for o in outcomes):
                doc.add_fact(iri, RDF.type, NamedNode("http://www.w3.org/ns/org#Organization"), s, self.name)
                doc.add_fact(iri, RDF.type, PKG.PartyOrganization, s, self.name)
                doc.add_fact(iri, RDFS.label, lit(label, lang="vi"), s, self.name)
                doc.add_fact(doc.iri, SCHEMA.mentions, iri, s, self.name)
        targets: dict[tuple, NamedNode] = {}
        reported = str(doc.meta.get("date") or "")
        reported = reported if _rx(r"\d{4}-\d{2}-\d{2}").fullmatch(reported) else None
        for o in outcomes:
            f = o.figure
            start, end = f.period or (None, None)
            qualifier = f.qualifier
            if f.annual and not f.period:
                qualifier = f"{qualifier}, hằng năm" if qualifier else "hằng năm"
            if f.bound:
                qualifier = f"{qualifier} {'cận dưới' if f.bound == 'lower' else 'cận trên'}" if qualifier \
                    else ("cận dưới" if f.bound == "lower" else "cận trên")
            if f.indicator == "food_output" and qualifier and "lương thực" in qualifier:
                qualifier = "tổng sản lượng lương thực"
            if f.places:
                qualifier = f"{qualifier} ({f.places})" if qualifier else f.places
            if f.denominator is not None:
                qualifier = f"{qualifier} (trên tổng số {_num(f.denominator)})" if qualifier \
                    else f"trên tổng số {_num(f.denominator)}"
            # how the value is stated ("trên", a change) is part of what the figure says: two
            # statements differing there are two observations (each keeps one approximation)
            o.iri = observation_iri(f.subject.value, f.indicator, qualifier or "", _num(f.value), f.unit,
                                    start or "", end or "", "target" if f.is_target else "",
                                    f.approx or "", "change" if f.is_change else "")
            s = o.sentence
            add = lambda p, v: doc.add_fact(o.iri, p, v, s, self.name)  # noqa: E731
            add(RDF.type, QB.Observation)
            add(RDF.type, PKG.Observation)
            add(PKG.refSubject, f.subject)
            add(PKG.indicator, concept("indicator", f.indicator))
            add(PKG.value, Literal(_num(f.value), datatype=XSD.decimal))
            add(PKG.unit, lit(f.unit))
            if qualifier:
                add(PKG.qualifier, lit(qualifier))
            if start:
                add(PKG.periodStart, Literal(start, datatype=XSD.gYear))
            if end:
                add(PKG.periodEnd, Literal(end, datatype=XSD.gYear))
            add(PKG.isTarget, lit(bool(f.is_target)))
            if f.approx:
                add(PKG.approximation, lit(f.approx))
            if f.bound:
                add(PKG.bound, lit(f.bound))
            if f.is_change:
                add(PKG.isChange, lit(True))
            # its slice: every figure reported for the same thing, whatever its value
            sl = slice_iri(f.subject.value, f.indicator, qualifier or "", f.unit, start or "", end or "",
                           "target" if f.is_target else "", "change" if f.is_change else "")
            doc.add_fact(sl, RDF.type, QB.Slice, s, self.name)
            doc.add_fact(sl, QB.observation, o.iri, s, self.name)
            if reported and not (start or end) and not f.is_target and not f.is_change:
                add(PKG.reportedAt, Literal(reported, datatype=XSD.date))  # a level "as of now"
            doc.add_fact(doc.iri, SCHEMA.mentions, o.iri, s, self.name)
            if f.is_target:
                targets.setdefault((f.subject.value, f.indicator), o.iri)
        # an achieved figure points at the target the article set for it
        for o in outcomes:
            f = o.figure
            measured = f.base_indicator if f.indicator == "target_achievement_rate" else f.indicator
            if not f.is_target and measured and measured != "other":
                t = targets.get((f.subject.value, measured))
                if t is not None and t != o.iri:
                    doc.add_fact(o.iri, PKG.targetFor, t, o.sentence, self.name)


def _focus_province(doc: Doc) -> _Cand | None:
    """The province the places of the text lie in (named or known from the gazetteer)."""
    focus = doc.context.get("focus") or {}
    ref = focus.get("province") if isinstance(focus, dict) else None
    iri = _iri_of(ref)
    if iri is None:
        return None
    return _Cand(-1, -1, iri, ref.get("name") or "", "province", "place")


def _num(v) -> str:
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    if isinstance(v, float):
        return f"{v:.6f}".rstrip("0").rstrip(".")
    return str(v)


_POST_COUNTED = re.compile(r"[^\S\n]+(?:đồng chí[^\S\n]+|đ/c[^\S\n]+)?((?:Phó[^\S\n]+)?(?:Bí thư|Chủ tịch|Trưởng|Chánh|Giám đốc|Ủy viên|"
                           r"Uỷ viên)[^,;.()]*?)(?=\s*(?:,|;|\.|\(|\bvà\b|$))")
_HELD_FOR = re.compile(r"(?<![\w])(?:liên tục|liền|đều|luôn)\s+(?:được\s+)?(?:công nhận\s+|xếp loại\s+)?"
                       r"((?:đạt|hoàn thành|là)[^.;]{0,60})")
_GLUED_END = re.compile(r"(?<=[a-zà-ỹđ0-9…])\.(?=[A-ZÀ-ỸĐ])")
_DANGLING = re.compile(r"(?:[\s,]+(?:đã|được|và|hoặc|có|gồm|bao gồm|với|của|đến|tới|tại|ở|cho|là|để|nhằm|như|do|"
                       r"chưa đến|chưa tới|hiện có|chiếm|thì|mà|nên|từ))+\s*:?$")
_PCT_LINK = re.compile(r"\s(?:đạt|chiếm|là|bằng|ước đạt|còn|tăng|giảm|với)(?![\w])")
_SHARED_PREDICATE = re.compile(r"(?:đều\s+|cũng\s+|đã\s+)?(?:đạt|được|có|sắp|bị|là|hoàn thành|tham gia)(?![\w])")
_MEASURED = frozenset({"money", "area", "mass", "length"})
_ECHO_FRACTION = re.compile(r"^(tổng số\s+)?(\S+(?:\s\S+)?)\s*/\s*[\d.,]+\s*\2\s+")  # "tỷ đồng/179 tỷ đồng vốn …"
_ECHO_RANGE = re.compile(r"^[-–]\s*[\d.,]+\s+")  # "-70 cán bộ, …": the upper end of the range, repeated
_LEFT_LINKS = re.compile(r"^(?:\W|trong đó|và|riêng|có|với|năm \d+)+|(?:\s+(?:đạt|là|chiếm|có|bằng|trên|hơn|gần|khoảng|"
                         r"ước|bình quân|với)|\W)+$")


def _left_phrase(near: str) -> str | None:
    """The words naming what a figure measures when they stand before it ("đường trục xã 8,4 km")."""
    np_ = _LEFT_LINKS.sub("", _rx(r"[,;:]\s*").split(near.strip())[-1].strip()).strip()
    np_ = _LEFT_LINKS.sub("", np_).strip()
    return " ".join(np_.split()[-10:]) if len(np_.split()) >= 2 else None


def _tidy_qualifiers(text: str, figs: list[Figure]) -> None:
    """Qualifiers read past the figure's own words: a fraction or range repeated ("tỷ đồng/179
    tỷ đồng vốn …", "-70 cán bộ …"), the next figure of a shared predicate ("trường và một trạm
    y tế đạt chuẩn" is "trường đạt chuẩn"), the next item of a list after a comma ("8,4 km, trục
    thôn …" measures what stands before it)."""
    low = text.lower()
    for i, f in enumerate(figs):
        if f.indicator == "members_disciplined" and f.cat in _PERSONS and not f.forced:
            # "32 đảng viên bị kỷ luật, trong đó hai đồng chí Bí thư Đảng ủy, một Chủ tịch UBND": each by post
            post = _POST_COUNTED.match(text, f.num_end)
            if post is not None and (not f.qualifier or f.qualifier == (figs[i - 1].qualifier if i else None)):
                f.qualifier = post.group(1).strip()
        q = f.qualifier
        if f.cat == "years" and (not q or _rx(r"năm (?:qua|gần đây|trở lại đây)").match(q)):
            held = _HELD_FOR.search(low, f.end, min(len(low), f.end + 90))
            if held is not None:  # "3 năm qua, Chi bộ … đều hoàn thành xuất sắc nhiệm vụ": what was held
                said = text[held.start(1):held.end(1)]
                quoted = _rx(r"[^“\"]*[“\"][^”\"]*[”\"]").match(said)
                said = quoted.group(0) if quoted is not None else said.split(",")[0]
                q = "năm liên tục " + " ".join(said.split()[:8])
        if not q and f.cat == "pct" and f.indicator == "other":
            q = ""
        if q is None:
            continue
        m = _ECHO_FRACTION.match(q)
        if m is not None and q[m.end():].strip():
            q = (m.group(1) or "") + q[m.end():]
        m = _ECHO_RANGE.match(q)
        if m is not None and q[m.end():].strip():
            q = q[m.end():]
        if f.indicator == "other":
            nf = next((g for g in figs[i + 1:] if g.num_start > f.num_start), None)
            said = low[nf.start:nf.end] if nf is not None else ""
            # a pattern of this figure's words is compiled only where they stand in the qualifier
            m = _rx(r"\s*(,|\bvà\b)\s*" + re.escape(said) + r"\s*").search(q.lower()) if said and said in q.lower() else None
            if m is not None:  # the tail stays only where it says what both figures did
                tail = q[m.end():]
                q = q[:m.start()] + (" " + tail if _SHARED_PREDICATE.match(tail.lower()) else "")
            form = f.form if f.form and f.form != "%" else f.unit
            if f.cat in _MEASURED and ((q.lower().startswith(form.lower()) and _rx(r"\s*,").match(q.lower(), len(form.lower())))
                                       or q.lower() == form.lower()):
                left = _left_phrase(f.near)
                q = f"{left} ({f.unit})" if left is not None else q[:len(form)]
            elif f.cat == "pct" and _rx(r"\s*,\s*").match(low, f.end):
                first = low[f.end:].lstrip(" ,").split(" ", 1)[0]
                left = _left_phrase(f.near)
                if first and q.lower().startswith(first) and left is not None:
                    q = left  # "sản xuất nông nghiệp chiếm gần 70%, văn hóa …": what stands before the figure
        if f.indicator == "other" and f.cat == "pct" and (q.lower() in f.near or not q):
            near = f.near
            if not near.strip() and low[:f.start].rstrip().endswith("("):  # "… đạt cao (89,6%)"
                near = _rx(r"[;:.]\s").split(low[:f.start].rstrip()[:-1])[-1]
            head = None
            for head in _MEASURE_HEAD.finditer(near):
                pass
            if head is not None:  # "tỷ lệ học sinh tốt nghiệp THCS đạt khá cao với 97,6%": the measure itself
                measure = _PCT_LINK.split(near[head.start():], 1)[0].strip(" ,")
                if 3 <= len(measure.split()) <= 16:
                    q = measure
        q = _GLUED_END.split(q, 1)[0]  # "… vào năm 2015.HOÀI NAM": the sentence ends, a byline follows
        if f.indicator == "other" and q:
            q = _counted_words(text, low, f, q)
        q = _DANGLING.sub("", q)  # "đồ án quy hoạch gồm", "hộ nghèo được": the words that lead on to the next
        q = _rx(r"\s+(?:trong|trên)\s+(?:tổng\s+)?số$").sub("", q.strip(" ,-–"))  # "… là đảng viên trong tổng số"
        if q and q == q.lower():  # the words as written ("THCS", names), not lower-cased
            at = low.rfind(q, 0, f.start)
            if at >= 0:
                q = text[at:at + len(q)]
        f.qualifier = q or None


# ----------------------------------------------------------------------------- wording of a qualifier

# A document's kind word, and the verbs that lead on to a document ("thực hiện Chỉ thị …").
_DOC_KINDS = ("chỉ thị", "nghị quyết", "kết luận", "quy định", "kế hoạch", "chương trình", "hướng dẫn",
              "quyết định", "thông báo", "đề án", "điều lệ", "luật", "nghị định", "công văn", "báo cáo",
              "thông tư", "quy chế")
_DOC_KIND_RE = re.compile(r"(?<![\w])(?:" + "|".join(k.replace(" ", r"\s+") for k in _DOC_KINDS) + r")(?![\w])")
_DOC_LEAD = re.compile(r"(?:\s+(?:việc\s+)?(?:thực hiện|triển khai|quán triệt|học tập|theo|của|về))+\s*$")
# words that open a new clause after a comma, where a list of nouns would go on with a noun
_CLAUSE_OPENERS = re.compile(
    r"(?:quyết tâm|phấn đấu|đưa|nâng|góp phần|nhằm|chưa kể|đồng thời|trong đó|tỷ lệ|tỉ lệ|tổng|toàn|mỗi|"
    r"còn|có|đạt|được|đã|đang|sẽ|đều|cũng|tăng|giảm|vượt|tạo|huy động|giải quyết|hoàn thành|"
    r"thu hút|tập trung|bảo đảm|đảm bảo|giúp|nên|do|vì|khi|sau|trước|với|từ|cùng)(?![\w])")
# words that cannot end what was counted: they lead on to words the qualifier left out
_TRAILING = re.compile(r"(?:[\s,]+(?:hiện có|cũng như|cũng|hàng (?:chục|trăm|nghìn|ngàn|vạn)|các|những|mọi|một|mỗi|từng|quyết tâm|phấn đấu|nhằm|để|nhưng|song|"
                       r"theo|về|sau|trước|bằng|trong|trên|dưới|đối với|và|của|cho|với|là|có|được|đã|tại|ở))+\s*$")
# what follows a kind word within a document's name: its number, code and capitalised words
_DOC_NAME_TAIL = re.compile(rf"(?:\s+(?:số\s+)?(?:\d[\w/.\-–]*|[{_UP}][\w\-/]*|[-–]\s*[\w/]+))*")
_FUNCTION_HEAD = re.compile(r"(?:so với|để|nhưng|song|mà|còn|và|với|của|cho|đều|đã|được|là|từ|đến|tới|trong|tại|ở)(?![\w])")


def _at_in(low: str, q: str, f: Figure) -> int:
    """Where the qualifier's words stand in the sentence: the occurrence nearest the figure."""
    ql = q.lower()
    best = -1
    at = low.find(ql)
    while at >= 0:
        if best < 0 or abs(at - f.end) < abs(best - f.end):
            best = at
        at = low.find(ql, at + 1)
    return best


def _counted_words(text: str, low: str, f: Figure, q: str) -> str:
    """The words that say what a figure counted, and no more: not the unit the unit column gives,
    not the next clause after a comma, not half of a document's name."""
    # a unit of measure, repeated at the head ("km đường nội đồng" counts "đường nội đồng")
    unit = f.unit.lower()
    if f.cat in _MEASURED and unit and q.lower().startswith(unit + " "):
        rest = q[len(unit):].strip(" ,;-–")
        if _FUNCTION_HEAD.match(rest.lower()):
            left = _left_phrase(f.near)  # "12 tỷ đồng so với năm trước": what stands before says it
            if left is not None and left.count("“") == left.count("”") and left.count('"') % 2 == 0:
                rest = f"{left} ({f.unit})"
            elif _rx(r"(?:nhưng|song|mà|còn)(?![\w])").match(rest.lower()):
                rest = q[:len(unit)]  # "… triệu đồng nhưng nay …": the next clause says nothing of this figure
        q = rest or q[:len(unit)]
    # a comma or semicolon opening a new clause, once the words before it say what was counted
    for m in _rx(r"\s*[,;]\s*").finditer(q):
        if len(q[:m.start()].split()) >= 2 and _CLAUSE_OPENERS.match(q.lower(), m.end()):
            q = q[:m.start()]
            break
    # never half of a document's name: cut before its kind word, or before the verb leading to it
    at = _at_in(low, q, f)
    if at >= 0:
        end = at + len(q)
        for m in _DOC_KIND_RE.finditer(low, at, min(len(low), end + 14)):
            if m.start() >= end or m.start() == at:
                continue
            name = _DOC_NAME_TAIL.match(text, m.end())
            if max(m.end(), name.end()) > end:  # the name goes on past the qualifier's last word
                q = _DOC_LEAD.sub("", q[:m.start() - at].rstrip())
                break
    # a purpose clause ("… nhằm …") says why, not what was counted
    purpose = _rx(r"\s+nhằm(?![\w])").search(q)
    if purpose is not None and len(q[:purpose.start()].split()) >= 2:
        q = q[:purpose.start()]
    tidy = _TRAILING.sub("", q).strip(" ,;-–")
    return tidy or q


# an example or a supposition ("Ví dụ có hộ lương 2 triệu đồng/tháng, nếu gia đình có 3 người …")
_EXAMPLE_OPEN = re.compile(r"^\W*(ví dụ|chẳng hạn|giả sử|giả định|giả như|thí dụ)\b")
_IF = re.compile(r"(?<![\w])nếu(?![\w])(?!\s+(?:như|ở|tại|trước|năm|trong|giai đoạn|thời kỳ|cách đây|so với|đầu|cuối)(?![\w]))")
# a poverty line or another threshold of income, not a level reached by anyone
_THRESHOLD_LEFT = re.compile(r"chuẩn (?:cận )?nghèo|(?:dựa vào|căn cứ vào|theo) mức|mức (?:thu nhập\s+)?(?:chuẩn|tối thiểu|sàn)")
_THRESHOLD_RIGHT = re.compile(r"^[^.;]{0,80}?(?:để tính|làm căn cứ|(?:là|coi như|coi là|được coi là)\s+(?:đã\s+)?thoát nghèo)")


_RATED_ITEMS = frozenset({"chỉ tiêu", "tiêu chí"})
_RATED_GAP = re.compile(r"\s*(?:đều\s+|cơ bản\s+)?(?:đạt|vượt|đạt và vượt)\s+(?:trên|hơn|từ|dưới|gần)\s*")


def _not_hypothetical(text: str, figs: list[Figure]) -> list[Figure]:
    """Figures that report something: not those of an example or a supposition ("nếu …"), nor
    an income line that defines who counts as poor."""
    low = text.lower()
    ex = _EXAMPLE_OPEN.match(low)
    if ex is not None and (ex.group(1).startswith("giả") or _IF.search(low)):
        return []  # ("Chẳng hạn, năm 2019 xã kết nạp 15 đảng viên" is a real case, told as an example)
    out = []
    prev = None
    for f in figs:
        g, prev = prev, f
        if g is not None and f.cat == "pct" and f.approx and g.unit in _RATED_ITEMS \
                and _RATED_GAP.fullmatch(low, g.end, f.num_start):
            continue  # "9 chỉ tiêu đạt hơn 70%": how far each of them came, no figure of its own
        head = low[:f.start]
        cut = max(head.rfind(";"), head.rfind(". "), head.rfind(":"))
        clause = head[cut + 1:]
        m = None
        for m in _IF.finditer(clause):
            pass
        if m is not None and not _YEAR_RE.search(clause[m.end():]) and "thì" not in clause[m.end():]:
            continue
        if f.cat == "money" and (_THRESHOLD_LEFT.search(clause[-100:]) or _THRESHOLD_RIGHT.match(low, f.end)):
            continue
        out.append(f)
    return out


# a sentence whose subject is the results (or the picture) of a place: "Kết quả … ở tỉnh X đã …"
_RESULTS_OF_PLACE = re.compile(r"\W*(?:những\s+|các\s+)?(?:kết quả|thành quả|thành tựu|thành công|bức tranh|diện mạo|"
                               r"sự đổi thay|đổi thay)(?![\w])[^,.;:()]{0,60}?(?<![\w])(?:ở|tại|của)\s+"
                               r"(?:(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)\s+)?")
_GLUED_HEADING = re.compile(r"[a-zà-ỹđ](?=[A-ZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ][a-zà-ỹđ])")


def _glued_heading_end(text: str, limit: int) -> int:
    """Where a sentence really starts after a heading glued to it ("… quyền làm chủKết quả …")."""
    end = 0
    for m in _GLUED_HEADING.finditer(text, 0, limit):
        end = m.end()
    return end


_BULLET = re.compile(r"\s*(?:[-+•*–—]|\d{1,2}[.)]|[a-zđ][.)])\s")
_JOINED_PLACES = re.compile(r"\s*(?:,\s*(?:xã|phường|thị trấn|huyện)\s+[^,;.]{1,30}?\s*)?\s+và\s+"
                            r"(?:bản|thôn|xóm|ấp|tổ dân phố|tiểu khu|khu phố|làng|buôn|xã|phường|thị trấn)\s+$")


def _joined_places(subj: _Cand, cands: list[_Cand], low: str, f: Figure) -> list[_Cand]:
    """Places of the subject's level joined to it by "và" before the figure ("bản A, xã X và
    bản B, xã Y thành lập mới, 100% …"): the figure is each one's."""
    if subj.kind != "place" or subj.level not in ("village", "commune") or subj.end > f.start:
        return []
    out = []
    cur = subj
    for c in reversed([c for c in cands if c.kind == "place" and c.level == subj.level and c.end <= subj.start]):
        if not _JOINED_PLACES.fullmatch(low, c.end, cur.start) or c.iri == subj.iri:
            break
        out.append(c)
        cur = c
    return out


_LIST_HEAD = re.compile(r"(?:(?<![\w])(?:các|những|cả)|\d{1,2}|(?<![\w])(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười))\s+"
                        r"(?P<unit>xã|phường|thị trấn|bản|thôn|xóm|ấp|tổ dân phố|tiểu khu|khu phố|làng|buôn)\s+$")
_LIST_JOIN = re.compile(r"\s*(?:,|\s(?:và|cùng))\s*(?:(?:xã|phường|thị trấn|bản|thôn|xóm|ấp|làng|buôn)\s+)?")
_UP_LEVEL = {"village": "commune", "commune": "district"}


def _listed_parent(subj: _Cand, cands: list[_Cand], low: str, f: Figure, recent: dict) -> tuple[_Cand, int] | None:
    """A place that closes a counted list of its peers ("ở 2 xã A và B có 35 hộ …", "các thôn
    A, B và C đạt …"): the figure is the whole list's, so it belongs to their common parent.
    Returns the parent and where the list starts, its unit word included ("xã A và B")."""
    if subj.kind != "place" or subj.level not in _UP_LEVEL or subj.end > f.start or subj.parent is None:
        return None
    if _rx(r"[;.:]").search(low, subj.end, f.start):
        return None
    listed, cur = [subj], subj
    for c in reversed([c for c in cands if c.kind == "place" and c.end <= subj.start]):
        if c.level != subj.level or not _LIST_JOIN.fullmatch(low, c.end, cur.start):
            break
        listed.append(c)
        cur = c
    head = _LIST_HEAD.search(low[max(0, cur.start - 30):cur.start])
    if len(listed) < 2 or not head:
        return None
    at = max(0, cur.start - 30) + head.start("unit")
    if any(c.parent is None or c.parent.value != subj.parent.value for c in listed):
        return None
    lvl = _UP_LEVEL[subj.level]
    for c in reversed(cands):  # the parent as named in the sentence, else as the text last named it
        if c.kind == "place" and c.iri.value == subj.parent.value:
            return c, at
    r = recent.get(lvl)
    if r is not None and r.kind == "place" and r.iri.value == subj.parent.value:
        return r, at
    return _Cand(-1, -1, subj.parent, "", lvl, "place"), at


_CHOSEN_BARE = re.compile(r"[^\S\n]+(?:được|do)\s+(huyện|tỉnh|thành phố|quận|thị xã)\s+(?:lựa\s+)?chọn")
_CHOSEN_BY = re.compile(r"\s+(?:được|do)\s+(?:huyện|tỉnh|thành phố|quận|thị xã)\s+")
_OWNER_AFTER = re.compile(r"[^,;:.()\n]{0,40}?(?<![\w])của\s+(?:" + _ANY_UNIT + r"\s+)?")
_OWN_LEVEL_BEFORE = re.compile(r"(?<![\w])của\s+(xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố)(?![\w])")
_OWN_GOES_ON = re.compile(r"(?:[^;.]|\.(?=\d))*")
# "tổng số đảng viên của tỉnh", "toàn Đảng bộ … của huyện": the level word stands for the whole
# territory and so owns the figures after it; "bằng khen của huyện", "kế hoạch của tỉnh" name an
# award or a paper OF the district, and own nothing past the clause
_OWN_WHOLE = re.compile(r"(?:(?<![\w])toàn\s+(?:đảng bộ|huyện|tỉnh|quận|thị xã|thành phố|xã|phường)(?![\w])[^;.()]{0,60}"
                        r"|(?<![\w])(?:tổng\s+)?số(?:\s+lượng)?\s+[^;.(),]{1,30}"
                        r"|(?<![\w])(?:đảng viên|chi bộ|đảng bộ|tổ chức cơ sở đảng|tổ chức đảng)\s+)$")


_CLAUSE_MARK = re.compile(r"[,;:()]")


def _owns_the_whole(low: str, own: re.Match) -> bool:
    return _OWN_WHOLE.search(low, max(0, own.start() - 90), own.start()) is not None


def _sentence_part(low: str, pos: int) -> int:
    """Where the part of the sentence holding pos begins (after the last ";" or full stop)."""
    best = 0
    for m in _rx(r";|\.\s").finditer(low, 0, pos):
        best = m.end()
    return best


_OWNED_LINK = re.compile(r"\s*(?:năm\s+\d{4}\s+)?(?:(?:ước\s+)?đạt|là|còn|chiếm|tăng|giảm(?:\s+(?:còn|xuống))?|có)?"
                         r"\s*(?:trên|hơn|gần|khoảng|xấp xỉ)?\s*")
_NATION = re.compile(r"(?<![\w“\"])(?:cả nước|toàn quốc)(?![\w])[^,;:\"“”()]{0,30}$")
# what may open a clause before "cả nước" when the country is what the clause tells of ("hiện cả
# nước còn 4% hộ nghèo"), not where a place ranks ("đứng thứ 3 cả nước với 95%")
_NATION_OPENS = re.compile(r"\W*(?:(?:hiện nay|hiện tại|hiện|đến nay|tới nay|năm \d{4}|tính đến(?: năm)? \d{4}|"
                           r"trong đó|riêng|tuy nhiên|song|nhưng|và)\s*,?\s*)*")


def _of_the_nation(low: str, f: Figure) -> bool:
    """A figure the clause tells of the whole country ("Theo báo cáo của Chính phủ, cả nước còn 4%
    hộ nghèo"): neither the central body reporting it nor the province the text is about."""
    m = _NATION.search(low, max(0, f.start - 50), f.start)
    if m is None:
        return False
    opened = 0
    for c in _rx(r"[,;:(]|\.\s").finditer(low, 0, m.start()):
        opened = c.end()
    return _NATION_OPENS.fullmatch(low, opened, m.start()) is not None


_STANDARD_OF = re.compile(r"(?<![\w])(?:chuẩn|quy định|hướng dẫn|yêu cầu)(?:\s+[^\s,;:.()]+){0,2}\s+của\s+\S*\s*$")
_OWNER_LEVEL = re.compile(r"[^,;:.()\n]{0,40}?(?<![\w])của\s+(xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)(?![\w])")
# "20 hộ xã X được hỗ trợ": the unit written right after the households counted is theirs
_EACH_OF_PREV = re.compile(r"[^;.\d]{0,60}?(?<![\w])mỗi\s+(?:hộ|gia đình)(?![\w])[^\S\n]*(?:được\s+)?(?:trên|hơn|gần|khoảng)?[^\S\n]*")
_PLACE_RIGHT_AFTER = re.compile(r"[^\S\n]+(?:xã|phường|thị trấn|bản|thôn|xóm|ấp|tổ dân phố|tiểu khu|khu phố|làng|buôn)[^\S\n]+")
_AT_PLACE_AFTER = re.compile(r"[^;:.()\n]{0,30}?(?<![\w])(?:tại|ở)\s+(?:xã|phường|thị trấn|bản|thôn|xóm|ấp|"
                             r"tổ dân phố|tiểu khu|khu phố|làng|buôn)\s+")
# "62 chi bộ thuộc các đảng bộ cơ sở ở huyện X", "1.200 đảng viên tại xã Y": where the counted are
_COUNTED_AT = re.compile(r"[^,;:.()\n]{0,40}?(?<![\w])(?:ở|tại|trên địa bàn)\s+(?:" + _ANY_UNIT + r"\s+)?")
_COUNTED_IN = frozenset({"cell", "suborg", "member"})
# a bare "chi bộ" right after the counted members, no name after it: the cell the text is on
_CELL_AFTER = re.compile(r"[^\S\n]+(?:của[^\S\n]+|trong[^\S\n]+)?chi bộ(?![\w])(?![^\S\n]*(?:[A-ZÀ-ỸĐ\d]|thôn|ấp|bản|xóm|"
                         r"khu|tổ|làng|buôn|trường|cơ quan|xã|phường|thị trấn|trực thuộc|cơ sở|,[^\S\n]*đảng bộ))")
_WHOLE_AFTER = re.compile(r"[^\S\n]*(?:trong|của|ở|tại)\s+toàn\s+(tỉnh|huyện|quận|thành phố|thị xã)(?![\w])")
_WITH_OPENING = re.compile(r"[\s“\"-–]*với\s")


def _inside_parens(low: str, pos: int) -> bool:
    head = low[max(0, pos - 120):pos]
    return head.rfind("(") > head.rfind(")")


_COMPOSED_OF = re.compile(r"(?:\s+nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4})?\s+(?:gồm|có)(?:\s+(?:trên|hơn|gần|khoảng))?\s+\d")
_WITH_AFTER_PLACE = re.compile(r"\s*,?\s*với\s")


def _owner_of_earlier(f: Figure, cands: list[_Cand], low: str, figs: list[Figure]) -> _Cand | None:
    """The body or place owning an earlier figure of the clause ("20 chi bộ của phường X nhận
    hỗ trợ 31 hộ"): the clause is about it, so the later figures are its too."""
    for g in reversed([g for g in figs if g.end <= f.start]):
        if _rx(r"\.\s").search(low, g.end, f.start):
            break
        for c in cands:
            if g.end <= c.start and c.end <= f.start and c.start - g.end <= 60:
                if _OWNER_AFTER.fullmatch(low, g.end, c.start) and not _inside_parens(low, c.start) \
                        and not _STANDARD_OF.search(low, g.end, c.start):  # "đạt quy chuẩn của Bộ X": who set the bar
                    return c
                break
    return None


# "…, tỉnh B 21%", "tỉnh B có 1.200 chi bộ", "cao hơn B (32 triệu đồng)": the body or place the
# figure directly follows
_IMMEDIATE = re.compile(r"\s*(?:hiện\s+)?(?:có|còn|đạt|chiếm)?\s*(?:\(\s*)?(?:trên|hơn|gần|khoảng)?\s*")
_POSSESSED_BEFORE = re.compile(r"(?<![\w])(?:của|thuộc)\s+(?:(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|bản|thôn|"
                               r"xóm|ấp|tổ dân phố)\s+)?$")


def _immediate_owner(f: Figure, cands: list[_Cand], low: str, figs: list[Figure]) -> _Cand | None:
    hits = [c for c in cands if c.end <= f.start and f.start - c.end <= 24 and _IMMEDIATE.fullmatch(low, c.end, f.start)
            and not any(g.start <= c.start < g.end for g in figs)
            and not _POSSESSED_BEFORE.search(low, max(0, c.start - 20), c.start)]  # "Chỉ thị của X là 9 tỷ"
    if not hits:
        return None
    if any(c.kind == "org" for c in hits):
        hits = [c for c in hits if c.kind == "org"]
    best = min(hits, key=lambda c: c.start)
    while True:  # "Đảng bộ xã X, huyện Y có 312 đảng viên": Y only locates X
        head = next((c for c in cands if c.end <= best.start and _LOCATOR_GAP.fullmatch(low, c.end, best.start)), None)
        if head is None or best.kind != "place":  # a body listed after another is no locator
            return best
        best = head


_LOCATOR_GAP = re.compile(r"\s*[,(]\s*(?:(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)\s+)?")


# "tặng cờ cho Đảng bộ A, Đảng bộ B và 6 chi bộ": the bodies listed after "cho" receive; they do not report
_GIVEN_TO_LIST = re.compile(r"(?<![\w])(?:tặng|trao|trao tặng|khen thưởng)(?:\s+[^\s,;:.()\d]+){0,3}\s+cho\s+"
                            r"[^;:.()\d]{0,100}(?:,|\svà)\s*$")


def _subject_for(f: Figure, s: Sentence, cands: list[_Cand], low: str, recent: dict,
                 para_subject: _Cand | None, main: _Cand | None, figs: list[Figure] = (),
                 anaphors: list[tuple[int, str]] = (), focus: _Cand | None = None,
                 congress: _Cand | None = None) -> _Cand | None:
    """The body or place whose figure it is: named right after the counted noun ("9 phường
    mới của thành phố X"), else named before the figure in its sentence (not as an object:
    "của X", "đối với X"), else a level word standing for one ("toàn tỉnh", "huyện đã"), else
    the body an opening "Với N ..." describes, else the village the last sentences were about,
    else the one the paragraph is about, else the article's organization."""
    nxt = next((g.num_start for g in figs if g.num_start > f.num_start), len(low))
    if ((f.cat == "people" and f.form in _CONGRESS_SEATS) or (
            f.cat == "member" and _STANDS_FOR_BEFORE.search(low, max(0, f.start - 40), f.start))) \
            and _CONGRESS_ATTENDED.search(low) and not _DELEGATION.search(low):
        # "Đại hội Đảng bộ xã X khai mạc, tới dự có Bí thư Tỉnh ủy Y …, cùng 120 đại biểu": the
        # delegates and guests of a congress the sentence names before them are the holding body's,
        # never the body a guest of honour leads (a body named after them, "… có 45 đại biểu dự
        # Đại hội Đảng bộ tỉnh", is the congress they are sent to); so are the members they stand for
        named = [c for c in cands if c.kind == "org" and _CONGRESS_OF.search(low, max(0, c.start - 40), c.start)]
        held = [c for c in named if c.end <= f.start]
        if held:
            return held[0]
        if not named and _CONGRESS_BARE.search(low) and not _MANY_CONGRESSES.search(low, 0, f.start):
            # "Đảng bộ phường X tổ chức Đại hội …. Dự Đại hội có đồng chí Y, Bí thư Thành ủy Z … và
            # 150 đại biểu": the congress of the sentence before (or the last one named), never the guest's body
            if para_subject is not None and para_subject.kind == "org" and para_subject.territorial:
                return para_subject
            if congress is not None and not any(
                    c.kind == "org" and c.end <= f.start and not _OBJECT_BEFORE_RE.search(low[max(0, c.start - 28):c.start])
                    for c in cands):
                return congress  # (unless the sentence names the body it is about: "Đảng bộ huyện Y chỉ đạo …")
    if f.cat in ("people", "member"):
        told = _UNIT_NAMED_ARE.search(s.text, max(0, f.start - 160), f.start)
        if told is not None:
            # "… chỉ tiêu kết nạp đảng viên mới của Đảng bộ huyện X là 85 đảng viên": the unit named
            # before "là" is the count's subject, whatever body the sentence before was about
            inside = [c for c in cands if told.start() <= c.start and c.end <= f.start]
            if inside:
                last = max(c.end for c in inside)
                at = [c for c in inside if c.end == last]
                return next((c for c in at if c.kind == "org"), at[0])
    if f.cat in ("place", "org"):  # "sáu xã được huyện X chọn …": the places counted are the district's choice
        for c in cands:
            if f.end <= c.start < nxt and _CHOSEN_BY.fullmatch(low, f.end, c.start):
                return c
        bare = _CHOSEN_BARE.match(low, f.end, nxt)  # "70 đơn vị được tỉnh chọn": the province the text is in
        if bare is not None and _LEVEL_NORM.get(bare.group(1)) in recent:
            return recent[_LEVEL_NORM[bare.group(1)]]
    for c in cands:
        if f.end <= c.start < nxt and c.start - f.end <= 60:
            if _OWNER_AFTER.fullmatch(low, f.end, c.start) and not _inside_parens(low, c.start) \
                    and not _STANDARD_OF.search(low, f.end, c.start):  # "đạt chuẩn của Bộ X": who set the bar
                return c
            if f.cat == "years" and c.kind == "org" and not _rx(r"[;:.]").search(low, f.end, c.start):
                return c  # "Ba năm qua, Chi bộ thôn X đều hoàn thành …": the body holding the rating
            if f.cat in _COUNTED_IN and _COUNTED_AT.fullmatch(low, f.end, c.start) and not _inside_parens(low, c.start):
                return c  # "120 chi bộ trực thuộc ở huyện X": the place is part of what is counted
            break
    owner = _immediate_owner(f, cands, low, figs)
    if owner is not None:
        return owner
    if f.cat in ("household", "people"):  # "cho 22 hộ, cá nhân tại xã X": the households of X
        for c in cands:
            if c.kind == "place" and f.end <= c.start < nxt and (_AT_PLACE_AFTER.fullmatch(low, f.end, c.start) or (
                    f.cat == "household" and _PLACE_RIGHT_AFTER.fullmatch(low, f.end, c.start))) \
                    and not _inside_parens(low, c.start):
                return c
    if f.cat in _PERSONS and "cell" in recent and _CELL_AFTER.match(s.text, f.end):
        return recent["cell"]  # "… và 32 đảng viên chi bộ tham dự": the members of the cell the text is on
    ow = _OWNER_LEVEL.match(low, f.end, nxt)
    if ow is not None and not s.text[ow.end():ow.end() + 3].strip()[:1].isupper():
        lvl = _LEVEL_NORM.get(ow.group(1))  # "tám cán bộ chủ chốt của xã": the commune the text is on
        here = [c for c in cands if c.level == lvl and c.territorial and c.end <= f.start]
        if here:
            return ([c for c in here if c.kind == "org"] or here)[-1]  # its party body, if named
        if lvl in recent:
            return recent[lvl]
    whole = _WHOLE_AFTER.match(low, f.end, nxt)  # "11.000 chi bộ trong toàn tỉnh": the province's body
    if whole is not None and f.indicator in _COUNTS:
        lvl = _LEVEL_NORM.get(whole.group(1))
        here = [c for c in cands if c.level == lvl and c.kind == "org" and c.territorial and c.end <= f.start]
        if here:
            return here[-1]
        if main is not None and main.level == lvl:
            return main
        if lvl in recent:
            return recent[lvl]
    own = None  # "Thu nhập bình quân của xã đạt 42 triệu đồng": the commune the text is on
    for own in _OWN_LEVEL_BEFORE.finditer(low, _clause_start(low, f.start, 0), f.start):
        pass
    if own is None and any(g.end <= f.start for g in figs):
        for own in _OWN_LEVEL_BEFORE.finditer(low, _sentence_part(low, f.start), f.start):
            pass
        if own is not None and not (_OWN_GOES_ON.fullmatch(low, own.end(), f.start)
                                    and not _ANAPHOR_RE.search(low, own.end(), f.start) and _owns_the_whole(low, own)):
            own = None
    if own is not None and ((not any(own.end() <= g.start < f.start for g in figs)
                             and (not _CLAUSE_MARK.search(low, own.end(), f.start) or _owns_the_whole(low, own))) or (
            _OWN_GOES_ON.fullmatch(low, own.end(), f.start) and not _ANAPHOR_RE.search(low, own.end(), f.start)
            and _owns_the_whole(low, own))):
        # (and along the figures that follow in the same clause: "nâng tổng số đảng viên của tỉnh
        # lên N, sinh hoạt tại M tổ chức cơ sở đảng (trong đó: K đảng bộ cơ sở …)")
        if not s.text[own.end():own.end() + 3].strip()[:1].isupper():
            if not any(own.end() <= c.start < f.start for c in cands):
                lvl = _LEVEL_NORM.get(own.group(1))
                if lvl in recent:
                    return recent[lvl]
        else:  # "Tổng giá trị sản xuất của xã Y đạt 310 tỷ đồng": Y owns it
            named = [c for c in cands if own.start(1) <= c.start <= own.end() + 1 and c.end <= f.start
                     and _OWNED_LINK.fullmatch(low, c.end, f.start)]
            if named:
                return named[0]
    before = [c for c in cands if c.end <= f.start and (not _OBJECT_BEFORE_RE.search(low[max(0, c.start - 28):c.start])
                                                       or (c.kind == "place" and _OPENING_PLACE.fullmatch(low, 0, c.start)))
              and not any(g.start <= c.start < g.end for g in figs)  # a counted noun is no subject
              and not (c.kind == "org" and _GIVEN_TO_LIST.search(low, max(0, c.start - 120), c.start))]
    if _of_territory(f):
        near = [c for c in cands if c.kind == "place" and c.end <= f.start and f.start - c.end <= 60
                and not _rx(r"[;.]").search(low[c.end:f.start])
                and not _WITH_AFTER_PLACE.match(low, c.end, f.start)  # "… của huyện X với bình quân …": X is a backdrop
                and _rx(r"(?:ở|của|tại)\s+(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|bản|thôn|xóm)?\s*$")
                .search(low[max(0, c.start - 20):c.start])]
        if near:
            return near[-1]
    orgs = [c for c in before if c.kind == "org"]
    places = [c for c in before if c.kind == "place" and _PLACE_SUBJECT_RE.search(low[max(0, c.start - 40):c.start])]
    if places and orgs and orgs[-1].org_kind == "body":  # "sau khi Chính phủ phát động …, xã X có 512 ha"
        orgs = [c for c in orgs if c.org_kind != "body" or c.start > places[-1].end]
    best: _Cand | None = None
    if orgs:
        best = orgs[-1]
    elif places:
        best = places[-1]
        # "bản X, xã Y": the smaller unit is the one meant
        for c in reversed(places[:-1]):
            if _rx(r"\s*[,(]\s*(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)?\s*").fullmatch(
                    low[c.end:best.start]) and _rank(c.level) > _rank(best.level):
                best = c
                break
    owner = _owner_of_earlier(f, cands, low, figs)
    if owner is not None and (best is None or owner.start >= best.end):
        best = owner
    # a level word closer to the figure than any name ("toàn tỉnh còn 47 cơ sở")
    for start, word in anaphors:
        if start >= f.start or (best is not None and start < best.end):
            continue
        if any(g.start <= start < g.end for g in figs):
            continue
        if _OBJECT_BEFORE_RE.search(low[max(0, start - 12):start]):
            continue
        lvl = _LEVEL_NORM.get(word)
        if lvl and lvl in recent and (best is None or best.level != lvl):
            # a bare level word names the body the text is about at that level
            if best is None or start > best.end:
                best = recent[lvl]
    if best is None:  # "vốn ủy thác sang Ngân hàng X tăng 35%": the agency the clause is about
        named = [c for c in cands if c.kind == "org" and c.end <= f.start
                 and not any(g.start <= c.start < g.end for g in figs)]
        if named and named[-1].org_kind == "agency":  # unless a party body is named after it
            best = named[-1]
    if best is not None:
        return best
    if _WITH_OPENING.match(low) and not _rx(r"[,;:]").search(low, 0, f.start):
        # "Với 69 đảng viên, thời gian qua, Chi bộ thôn X (Đảng bộ xã Y) đã ...": the body after
        after = [c for c in cands if c.kind == "org" and c.start >= f.end and not _inside_parens(low, c.start)
                 and not _OBJECT_BEFORE_RE.search(low[max(0, c.start - 28):c.start])]
        if after:
            return after[0]
    if focus is not None:
        return focus
    return para_subject or main


# the seats of a congress: who attends it, counted ("150 đại biểu về dự")
_CONGRESS_SEATS = frozenset({"đại biểu", "khách mời"})
_CONGRESS_ATTENDED = re.compile(r"(?<![\w])(?:tham dự|dự)(?![\w])[^.;]{0,200}?(?<![\w])đại hội(?![\w])|"
                                r"(?<![\w])đại hội(?![\w])[^.;]{0,200}?(?<![\w])(?:tham dự|dự)(?![\w])")
# "bầu 9 đại biểu để dự cấp trên": a delegation sent to another congress, not its seats
_DELEGATION = re.compile(r"(?<![\w])(?:bầu|chỉ định|đoàn đại biểu|đi dự|cấp trên)(?![\w])")
# "Đại hội" told without its body ("Dự Đại hội có …"): the congress the text is on
# "toàn huyện có 20 đảng bộ cơ sở tổ chức xong đại hội", "các chi bộ đã tiến hành đại hội": the
# congresses of a whole level or of a group of bodies, not the one congress named before
_MANY_CONGRESSES = re.compile(
    r"(?<![\w])(?:(?:toàn|cả)\s+(?:" + _ANY_UNIT + r"|đảng bộ|nước)|(?:\d[\d.,]*|các|những|nhiều|100%)\s+"
    r"(?:đảng bộ|chi bộ|tổ chức cơ sở đảng|tổ chức đảng|cơ sở đảng|đơn vị))(?![\w])[^.;]{0,80}?(?<![\w])đại hội(?![\w])")
_CONGRESS_BARE = re.compile(r"(?<![\w])đại hội(?![\w])(?!\s+(?:đại biểu\s+)?(?:đảng bộ|chi bộ|đoàn|hội)(?![\w]))")
# "… đại diện cho 1.200 đảng viên": the members a congress's delegates stand for
_STANDS_FOR_BEFORE = re.compile(r"(?:(?:đại diện|tiêu biểu) cho|thay mặt(?: cho)?)\s*(?:toàn thể\s*|tổng số\s*)?"
                                r"(?:trên|hơn|gần|khoảng)?\s*$")
_CONGRESS_OF = re.compile(r"(?<![\w])đại hội(?:\s+đại biểu)?(?:\s+lần thứ\s+\S+)?\s+$")
_VILLAGE_TYPES = r"(?:bản|thôn|xóm|ấp|tổ dân phố|tiểu khu|khu phố|làng|buôn|bon|plei|khóm)"
# "… gia đình văn hóa trong thôn", "của bản": the village the text is on, named by its unit word alone
_OWN_VILLAGE = re.compile(r"(?<![\w])(?i:trong|của|toàn|cả)[^\S\n]+(?:" + _VILLAGE_TYPES + r")(?![\w])"
                          r"(?![^\S\n]+[A-ZÀ-ỸĐ0-9])(?![^\S\n]*,[^\S\n]*(?:" + _VILLAGE_TYPES + r"))")
_PEOPLE_OF = re.compile(r"(?<![\w])(?:nhân dân|người dân|bà con|các hộ|hộ dân)\s+" + _VILLAGE_TYPES + r"\s+$")


def _village_focus(cands: list[_Cand], low: str, figs: list[Figure], limit: int,
                   current: _Cand | None = None) -> _Cand | None:
    """The village (or village cell) a sentence is about before limit: named as a clause subject
    ("..., thôn X có 88 hộ", "Chi bộ bản X đã ...", "nhân dân ấp X"), or the current one named
    again; not one of a list or a parenthesis; unless a commune or larger is named after it."""
    best = None
    for c in cands:
        if c.start >= limit or any(g.start <= c.start < g.end for g in figs):
            continue
        if c.kind == "place" and any(o.kind == "org" and o.start <= c.start < o.end for o in cands):
            continue  # the place inside a body's name
        if c.level == "village":
            if _inside_parens(low, c.start) or (
                    _rx(r"\s*(?:,|và)\s*").match(low, c.end) and any(o.level == "village" and o.start > c.end for o in cands)) \
                    or (_rx(r"(?:,|\bvà)\s*" + _VILLAGE_TYPES + r"?\s*$").search(low[max(0, c.start - 14):c.start])
                        and any(o.level == "village" and o.end < c.start for o in cands)):
                continue  # one of a list of villages: examples, not the topic
            again = current is not None and (c.iri == current.iri or (current.label and current.label in c.label))
            head = low[max(0, c.start - 40):c.start]
            if again or _PEOPLE_OF.search(head) or (
                    c.kind == "place" and _PLACE_SUBJECT_RE.search(head)) or (
                    c.kind == "org" and not _OBJECT_BEFORE_RE.search(low[max(0, c.start - 28):c.start])):
                best = c
        elif best is not None and c.level in ("commune", "district", "province") and c.territorial \
                and not _OBJECT_BEFORE_RE.search(low[max(0, c.start - 28):c.start]):
            best = None
    return best


# the level of the units a count of places counts ("tám xã", "7/9 thôn")
_COUNTED_RANK = {"xã": 3, "phường": 3, "thị trấn": 3, "xã, phường, thị trấn": 3, "huyện": 2, "quận": 2, "thị xã": 2,
                 **{w: 4 for w in ("thôn", "bản", "xóm", "ấp", "tổ dân phố", "tiểu khu", "khu phố", "làng", "buôn")}}
_LEVEL_OF_RANK = {1: "province", 2: "district", 3: "commune"}


def _above_counted(f: Figure, subj: _Cand, recent: dict) -> _Cand | None:
    """A count of communes (villages, districts; cells) belongs to a larger unit than one of them:
    the district (commune, province) the text last named, when the subject found is no larger."""
    rank = _COUNTED_RANK.get(f.form) if f.cat == "place" else None
    if f.cat == "cell" or (f.cat == "pct" and f.of_cat == "cell"):
        rank = 4  # "95% chi bộ hoàn thành tốt nhiệm vụ": the cells of a commune or more, not of a village
    if rank is None:
        return None
    own = _rank(subj.level) or (4 if subj.org_kind == "party_cell" else 0)
    if not own or own < rank:
        return None
    for r in range(rank - 1, 0, -1):
        c = recent.get(_LEVEL_OF_RANK[r])
        if c is not None and c.iri != subj.iri:
            return c
    return None


# "… tăng trưởng kinh tế - xã hội của huyện.", "… trong toàn tỉnh": a sentence about the whole unit
_WHOLE_UNIT = re.compile(r"(?<![\w])(?:của|trong|toàn|trên địa bàn)\s+(?:toàn\s+)?(huyện|tỉnh|thị xã|quận|xã|phường|thị trấn)"
                         r"\s*[.!…\"”]*\s*$")


def _whole_unit(low: str, recent: dict, current: _Cand | None) -> _Cand | None:
    m = _WHOLE_UNIT.search(low, max(0, len(low) - 60))
    if m is None:
        return None
    c = recent.get(_LEVEL_NORM.get(m.group(1), ""))
    if c is not None and current is not None and current.level == c.level and current.territorial:
        return current
    return c


def _rank(level: str | None) -> int:
    return {"province": 1, "district": 2, "commune": 3, "village": 4}.get(level or "", 0)


def component() -> OutcomesComponent:
    return OutcomesComponent()
