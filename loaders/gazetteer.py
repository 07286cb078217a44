"""The official gazetteer of Vietnamese administrative units (before and after 1 July 2025).

Data: ``loaders/data/gazetteer.tsv.gz``, derived by ``scripts/derive_gazetteer.py`` from the
``vietnam-provinces`` package, plus the districts dissolved before its data was taken
(``data/former_units.yaml``); loaded once, on first use. Lookups go by folded name (keys.fold:
hoà/hòa, uỷ/ủy, Ð/Đ, case) and level; ``ancestors``/``children`` walk the tree.

``resolve(name, level, doc)`` is for other extractors (organizations) that meet a place named
inside an organization name which the places component did not mention: it returns the
PlaceRef dict (``place_ref``: iri, key, code, name, unit_type, level, mention) the article's
context points to (its period, the units it names and their ancestors), or None when the name
is unknown or stays ambiguous. The same dict is the shape of ``doc.context["focus"][level]``.
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from ..ontology.keys import fold
from ..ontology.terms import place_iri

DATA = Path(__file__).parent / "data" / "gazetteer.tsv.gz"
FORMER = Path(__file__).parent / "data" / "former_units.yaml"

OLD, NEW = "2008", "2025"  # periods: valid until 2025-06-30 / valid from 2025-07-01
REFORM_DATE = "2025-07-01"
LEVELS = ("province", "district", "commune", "village")

# Type word -> the level(s) a unit so named may have (thành phố: a centrally-run city is a
# province, other cities are districts).
TYPE_LEVELS: dict[str, tuple[str, ...]] = {
    "tỉnh": ("province",), "thành phố": ("province", "district"), "huyện": ("district",),
    "quận": ("district",), "thị xã": ("district",), "xã": ("commune",), "phường": ("commune",),
    "thị trấn": ("commune",), "đặc khu": ("commune",),
}


@dataclass(frozen=True)
class Unit:
    key: str  # IRI key: padded code, "2025-" + code for units after the reform
    period: str
    code: str  # official code as published
    name: str  # without the type word, modern tone placement
    type: str  # xã, phường, thị trấn, huyện, quận, thị xã, thành phố, tỉnh, đặc khu
    level: str  # province | district | commune
    parent: str  # parent's key, "" for a province
    until: str = ""  # the last day of a unit dissolved before the data was taken (FORMER)

    @property
    def iri(self):
        return _unit_iri(self.key)

    @property
    def valid_from(self) -> str:
        return REFORM_DATE if self.period == NEW else ""

    @property
    def valid_until(self) -> str:
        return self.until or ("2025-06-30" if self.period == OLD else "")


_DASH_RE = re.compile(r"\s*[-–—]\s*")
# names writers use for a unit the data names otherwise (folded)
ALIASES = {"thừa thiên huế": "huế"}


@lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """The lookup key of a name: folded, dashes as spaces ("Bà Rịa - Vũng Tàu", "Rang-Tháp")."""
    return _DASH_RE.sub(" ", fold(text)).strip()


_APOSTROPHES_RE = re.compile(r"[\s'’ʼ`-]+")


@lru_cache(maxsize=1 << 14)
def spelling_key(text: str) -> str:
    """The key a name shares with its spelling variants: no diacritics (đ as d), no apostrophes,
    no spaces ("Đăk P'lao", "Đắk Plao" and "Dak Plao" share one)."""
    s = unicodedata.normalize("NFD", name_key(text).replace("đ", "d"))
    return _APOSTROPHES_RE.sub("", "".join(c for c in s if not unicodedata.combining(c)))


def _spaced(units: list[Unit]) -> list[Unit]:
    """Names of the highlands the data writes with or without their spaces ("Ealy" before the
    reform, "Ea Ly" after it; "Đakrông" and "Đa Krông") are one name: written syllable by
    syllable, as Vietnamese writes and as most texts do."""
    spellings: dict[str, str] = {}
    for u in units:
        k = name_key(u.name)
        joined = k.replace(" ", "")
        if k.count(" ") > name_key(spellings.get(joined, u.name)).count(" ") or joined not in spellings:
            spellings[joined] = u.name
    out = []
    for u in units:
        best = spellings[name_key(u.name).replace(" ", "")]
        out.append(u if name_key(best) == name_key(u.name) else replace(u, name=best))
    return out


@lru_cache(maxsize=1 << 15)
def _unit_iri(key: str):
    return place_iri(key)


class Gazetteer:
    def __init__(self, units: Iterable[Unit]) -> None:
        units = _spaced(list(units))
        self.units: dict[str, Unit] = {}
        self.by_name: dict[str, list[Unit]] = {}
        self.children_of: dict[str, list[Unit]] = {}
        for u in units:
            self.units[u.key] = u
            self.by_name.setdefault(name_key(u.name), []).append(u)
            if u.parent:
                self.children_of.setdefault(u.parent, []).append(u)
        for alias, name in ALIASES.items():
            self.by_name.setdefault(alias, []).extend(
                u for u in self.by_name.get(name, ()) if u.level == "province")
        # a text may split a name of the highlands otherwise than the data ("EaKar", "Ea Kar")
        self.joined: dict[str, list[Unit]] = {}
        for k, found in self.by_name.items():
            self.joined.setdefault(k.replace(" ", ""), []).extend(found)
        # the longest name in syllables bounds how far a matcher has to look
        self.max_words = max(len(k.split()) for k in self.by_name)
        self.by_spelling: dict[str, list[Unit]] | None = None  # built on first use

    def get(self, key: str | None) -> Unit | None:
        return self.units.get(key or "")

    def lookup(self, name: str, level: str | None = None, type_word: str | None = None,
               period: str | None = None) -> list[Unit]:
        """Units named ``name`` (folded), optionally of one level, type word and period."""
        key = name_key(name)
        found = self.by_name.get(key) or self.joined.get(key.replace(" ", ""), [])
        return self._only(found, level, type_word, period)

    def lookup_spelling(self, name: str, level: str | None = None, type_word: str | None = None,
                        period: str | None = None) -> list[Unit]:
        """Units whose name is ``name`` spelt otherwise: the same letters but for diacritics,
        apostrophes and spaces ("Đăk Tô" for Đắk Tô, "Mù Cang Chải" for Mù Căng Chải, "Đắk
        Glong" for Đăk Glong). For a name ``lookup`` does not find; the caller weighs them."""
        if self.by_spelling is None:
            self.by_spelling = {}
            for k, found in self.by_name.items():
                self.by_spelling.setdefault(spelling_key(k), []).extend(found)
        return self._only(self.by_spelling.get(spelling_key(name), []), level, type_word, period)

    @staticmethod
    def _only(found: list[Unit], level: str | None, type_word: str | None,
              period: str | None) -> list[Unit]:
        if level:
            found = [u for u in found if u.level == level]
        if type_word:
            # writers keep an old type word after a unit is upgraded ("xã X" for what is now
            # "phường X"): any unit of the levels the word names; callers prefer the exact type
            levels = TYPE_LEVELS.get(type_word, ())
            found = [u for u in found if u.level in levels or u.type == type_word]
        if period:
            found = [u for u in found if u.period == period]
        return found

    def parent(self, unit: Unit) -> Unit | None:
        return self.units.get(unit.parent) if unit.parent else None

    def ancestors(self, unit: Unit) -> list[Unit]:
        """Parent first, province last."""
        out = []
        p = self.parent(unit)
        while p is not None:
            out.append(p)
            p = self.parent(p)
        return out

    def children(self, unit: Unit) -> list[Unit]:
        return list(self.children_of.get(unit.key, ()))

    def province_of(self, unit: Unit) -> Unit:
        chain = [unit] + self.ancestors(unit)
        return chain[-1]


_GAZETTEER: Gazetteer | None = None


def _former(units: list[Unit]) -> list[Unit]:
    """The districts of ``data/former_units.yaml``: dissolved before the package's data was
    taken, on the map before the reform until their last day."""
    import yaml

    provinces = {u.name: u.key for u in units if u.level == "province" and u.period == OLD}
    out = []
    for row in yaml.safe_load(FORMER.read_text(encoding="utf-8")):
        # a code the data gives again to the district the merger made has a key of its own
        out.append(Unit(str(row.get("key", row["code"])), OLD, row["code"], row["name"], row["type"],
                        "district", provinces[row["province"]], until=str(row["until"])))
    return out


def gazetteer() -> Gazetteer:
    """The gazetteer, read from the shipped data on first use."""
    global _GAZETTEER
    if _GAZETTEER is None:
        units = []
        with gzip.open(DATA, "rt", encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                key, period, code, name, type_word, level, parent = line.rstrip("\n").split("\t")
                units.append(Unit(key, period, code, name, type_word, level, parent))
        _GAZETTEER = Gazetteer(units + _former(units))
    return _GAZETTEER


def doc_period(doc: Any) -> str | None:
    """The period an article's date falls in (None when the article shows no date)."""
    date = str((getattr(doc, "meta", None) or {}).get("date") or "")[:10]
    if len(date) >= 7 and date[:4].isdigit():
        return NEW if date >= REFORM_DATE else OLD
    return None


def place_ref(unit: Unit | None = None, *, iri=None, name: str = "", unit_type: str = "",
              level: str = "", mention: Any = None) -> dict[str, Any]:
    """The dict other components receive for a place (focus entries, resolve())."""
    if unit is not None:
        return {"iri": unit.iri, "key": unit.key, "code": unit.code, "name": unit.name,
                "unit_type": unit.type, "level": unit.level, "mention": mention}
    return {"iri": iri, "key": None, "code": "", "name": name, "unit_type": unit_type,
            "level": level, "mention": mention}


def choose(candidates: list[Unit], context: dict[tuple[str, str], float], period: str | None,
           type_word: str = "") -> Unit | None:
    """Pick one unit among same-named candidates, or None when the context cannot decide.

    ``context`` weighs the units the document names, by (level, folded name) so that a
    province named in either map counts; a candidate scores the weights of its ancestors.
    Ties go to the exact type word, then to the article's period, but never to one of several
    namesakes of the same type and map.
    """
    if not candidates:
        return None
    if len(candidates) == 1:
        return candidates[0]
    g = gazetteer()

    def score(u: Unit) -> tuple[float, int, int]:
        ctx = sum(context.get((a.level, fold(a.name)), 0.0) for a in g.ancestors(u))
        return (ctx, 1 if u.type == type_word else 0, 1 if u.period == (period or OLD) else 0)

    scored = sorted(((score(u), u) for u in candidates), key=lambda t: t[0], reverse=True)
    (best_score, best), (second_score, _) = scored[0], scored[1]
    if best_score == second_score:
        return None
    if best_score[0] == second_score[0] and any(
            sc[0] == best_score[0] and u.type == best.type and u.period == best.period
            for sc, u in scored[1:]):
        return None
    return best


def resolve(name: str, level: str, doc: Any) -> dict[str, Any] | None:
    """The place a name inside an organization name refers to, in this document's context.

    ``level``: province | district | commune | city (None: any). Uses the places the document names (and their
    ancestors) and its period. Returns a PlaceRef dict or None (unknown or still ambiguous).
    """
    g = gazetteer()
    if level == "city":  # a city is a province (Cần Thơ) or a district (Biên Hòa)
        found = [u for u in g.lookup(name, type_word="thành phố") if u.type == "thành phố"]
    else:
        found = g.lookup(name, level=level if level in LEVELS else None)
    if not found:
        return None
    period = doc_period(doc)
    if period:
        found = [u for u in found if u.period == period] or found
    context: dict[tuple[str, str], float] = {}
    for m in getattr(doc, "mentions", ()):
        if m.label != "place":
            continue
        unit = g.get(m.attrs.get("key"))
        chain = ([unit] + g.ancestors(unit)) if unit else []
        for u in chain:
            k = (u.level, fold(u.name))
            context[k] = context.get(k, 0.0) + 1.0
    unit = choose(found, context, period)
    return place_ref(unit) if unit is not None else None
