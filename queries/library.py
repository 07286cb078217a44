"""The query library: one named question per ``.rq`` file, metadata in ``#+`` YAML lines.

A file stays plain SPARQL 1.1 (the grlc / SIB sparql-examples convention):

    #+ title: {vi: …, en: …}
    #+ description: …
    #+ params:
    #+   - {name: directive, type: entity, class: pkg:Directive, default: null, description: …}
    #+ columns: [directive, organization, document]
    #+ tags: [directives]
    SELECT … WHERE { … }

Parameters are bound to the query's variables of the same name, never pasted into its text —
or, where the column of that name says something else (a province's name beside a filter
that takes any place), to the variable its ``variable`` names.
Types: string, key (a vocabulary key such as an indicator notation; ``scheme: indicator`` makes
it one of that SKOS scheme's notations in the store), iri, integer, decimal, date, gYear, boolean, langString, and entity — a name,
code or IRI that the runner resolves to the IRI of one entity of the knowledge graph.
"""

from __future__ import annotations

import re

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import yaml

PARAM_TYPES = ("string", "key", "iri", "entity", "integer", "decimal", "date", "gYear", "boolean", "langString")


class QueryError(Exception):
    """A query cannot be found, read or bound; str() is one line for the user."""


@dataclass
class Param:
    name: str
    type: str = "string"
    default: object = None
    description: str = ""
    lang: str | None = None
    cls: str | None = None  # for type entity: the class candidates must have (prefixed name or IRI)
    scheme: str | None = None  # for type key: the SKOS scheme whose notations it must be one of
    variable: str | None = None  # the query variable it binds, when not the one of its name

    @property
    def var(self) -> str:
        return self.variable or self.name


@dataclass
class NamedQuery:
    name: str
    sparql: str
    path: str
    title: dict = field(default_factory=dict)
    description: str = ""
    params: list[Param] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    meta: dict = field(default_factory=dict)

    def title_in(self, lang: str = "en") -> str:
        if isinstance(self.title, str):
            return self.title
        return self.title.get(lang) or next(iter(self.title.values()), self.name)


def variables(text: str) -> set[str]:
    """The variables the SPARQL text uses (its comments, metadata lines and strings aside)."""
    from ..graph.remote import tokens

    return {t[1:] for kind, t, _ in tokens(text) if kind == "var"}


def parse_query_text(text: str, name: str, path: str = "") -> NamedQuery:
    meta_lines = [ln[2:].removeprefix(" ") if ln.startswith("#+") else None for ln in text.splitlines()]
    yaml_text = "\n".join(ln for ln in meta_lines if ln is not None)
    try:
        meta = yaml.safe_load(yaml_text) or {} if yaml_text.strip() else {}
    except yaml.YAMLError as e:
        raise QueryError(f"{path or name}: bad metadata ({str(e).splitlines()[0]})") from None
    if not isinstance(meta, dict):
        raise QueryError(f"{path or name}: metadata must be a YAML mapping")
    params = []
    used = variables(text) if meta.get("params") else set()
    for p in meta.get("params") or []:
        if not isinstance(p, dict) or "name" not in p:
            raise QueryError(f"{path or name}: every param needs a name")
        ptype = p.get("type", "string")
        if ptype not in PARAM_TYPES:
            raise QueryError(f"{path or name}: param {p['name']} has unknown type {ptype!r} "
                             f"(one of {', '.join(PARAM_TYPES)})")
        if p.get("scheme") is not None and ptype != "key":
            raise QueryError(f"{path or name}: param {p['name']} has a scheme but is not of type key")
        var = p.get("variable", p["name"])
        if not isinstance(var, str) or not re.fullmatch(r"[A-Za-z_]\w*", var):
            raise QueryError(f"{path or name}: param {p['name']} binds no variable name ({var!r})")
        if var not in used:
            raise QueryError(f"{path or name}: param {p['name']} binds ?{var}, which the query does not use")
        params.append(Param(p["name"], ptype, p.get("default"), p.get("description", ""), p.get("lang"),
                            p.get("class"), p.get("scheme"), p.get("variable")))
    title = meta.get("title") or {"en": name}
    return NamedQuery(name=name, sparql=text, path=path, title=title,
                      description=(meta.get("description") or "").strip(), params=params,
                      columns=list(meta.get("columns") or []), tags=list(meta.get("tags") or []), meta=meta)


def library_dir() -> Path:
    return Path(str(resources.files(__package__)))


def list_queries() -> list[NamedQuery]:
    return [load_query_file(p) for p in sorted(library_dir().glob("*.rq"))]


def load_query_file(path: Path) -> NamedQuery:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise QueryError(f"{path}: {e.strerror or e}") from None
    return parse_query_text(text, path.stem, str(path))


def get_query(name_or_path: str) -> NamedQuery:
    """A library query by name, or a ``.rq`` file by path."""
    p = Path(name_or_path)
    if name_or_path.endswith(".rq") or p.is_file():
        if not p.is_file():
            raise QueryError(f"{name_or_path}: no such query file")
        return load_query_file(p)
    f = library_dir() / f"{name_or_path}.rq"
    if not f.is_file():
        names = ", ".join(q.stem for q in sorted(library_dir().glob("*.rq")))
        raise QueryError(f"unknown query {name_or_path!r}; the library has: {names}")
    return load_query_file(f)
