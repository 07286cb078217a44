"""A remote SPARQL 1.1 endpoint behind the same interface as the embedded store.

Queries go by the SPARQL 1.1 protocol through SPARQLWrapper; writes are SPARQL 1.1 Update requests to the endpoint's
update URL (``URL/update`` for an Oxigraph server when ``URL`` ends in ``/query``). Parameters
reach an endpoint as escaped VALUES blocks (``values_block``); ``push`` uploads a whole
embedded store through the Graph Store Protocol or Update, resumably.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from pyoxigraph import BlankNode, Literal, NamedNode, Quad, Triple

from ..ontology.terms import PREFIXES
from .store import BaseStore, Result, StoreError

_PREAMBLE = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


def _term(b: dict | None):
    if b is None:
        return None
    t = b["type"]
    if t == "uri":
        return NamedNode(b["value"])
    if t == "bnode":
        return BlankNode(b["value"])
    if "xml:lang" in b:
        return Literal(b["value"], language=b["xml:lang"])
    if "datatype" in b:
        return Literal(b["value"], datatype=NamedNode(b["datatype"]))
    return Literal(b["value"])


_TOKEN_RE = re.compile(r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n]*)
  | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'\'\'(?:[^'\\]|\\.|'(?!''))*'\'\'
              |"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][A-Za-z0-9_\u00B7-\uFFFF]+)
  | (?P<word>[A-Za-z_\u00C0-\uFFFF][\w\u00B7-\uFFFF.-]*(?::[\w\u00B7-\uFFFF.%-]*)?|:[\w\u00B7-\uFFFF.%-]*)
  | (?P<punct>.)
""", re.VERBOSE | re.DOTALL)


def tokens(sparql: str) -> list[tuple[str, str, int]]:
    """(kind, text, offset) of every token of a SPARQL text except blanks and comments."""
    out = []
    for m in _TOKEN_RE.finditer(sparql):
        kind = m.lastgroup
        if kind in ("ws", "comment"):
            continue
        out.append((kind, m.group(), m.start()))  # type: ignore[arg-type]
    return out


def query_form(sparql: str) -> str:
    """select, construct, describe or ask: the first query keyword (UPDATE texts: 'update')."""
    for kind, text, _ in tokens(sparql):
        if kind == "word" and text.upper() in ("SELECT", "CONSTRUCT", "DESCRIBE", "ASK"):
            return text.lower()
        if kind == "word" and text.upper() in ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD",
                                                "MOVE", "COPY", "WITH"):
            return "update"
    return "select"


def projected(sparql: str) -> set[str] | None:
    """The variables a SELECT query projects (None for SELECT *, or another query form)."""
    toks = tokens(sparql)
    start = next((i for i, (k, t, _) in enumerate(toks) if k == "word" and t.upper() == "SELECT"), None)
    if start is None:
        return None
    out: set[str] = set()
    depth = 0
    for i in range(start + 1, len(toks)):
        kind, text, _ = toks[i]
        if kind == "punct" and text == "{" or kind == "word" and text.upper() in ("WHERE", "FROM"):
            break
        if kind == "punct" and text == "*" and depth == 0:
            return None
        if kind == "punct" and text == "(":
            depth += 1
        elif kind == "punct" and text == ")":
            depth -= 1
        elif kind == "var" and (depth == 0 or toks[i - 1][1].upper() == "AS"):
            out.add(text[1:])
    return out


def _groups(sparql: str) -> list[tuple[int, int, set[str]]]:
    """Group graph patterns of a query as (offset after '{', depth, variables named directly in
    it); VALUES data blocks, CONSTRUCT templates and sub-select wrappers are not groups."""
    toks = tokens(sparql)
    stack: list[list] = []  # [offset, depth, vars, is_group]
    found: list[tuple[int, int, set[str]]] = []
    values_pending = False
    construct_pending = False
    paren = 0
    for i, (kind, text, off) in enumerate(toks):
        up = text.upper() if kind == "word" else ""
        if up == "VALUES":
            values_pending = True
        elif up == "CONSTRUCT":
            construct_pending = True
        elif up == "WHERE":
            construct_pending = False
        if kind == "punct" and text == "(":
            paren += 1
        elif kind == "punct" and text == ")":
            paren -= 1
        if kind == "punct" and text == "{":
            inside_data = any(not g[3] for g in stack)
            nxt = toks[i + 1][1].upper() if i + 1 < len(toks) and toks[i + 1][0] == "word" else ""
            if values_pending or construct_pending or inside_data:
                is_group = False
                values_pending = False
                construct_pending = False
            else:
                is_group = nxt != "SELECT"
            stack.append([off + 1, len([g for g in stack if g[3]]), set(), is_group])
        elif kind == "punct" and text == "}":
            if stack:
                g = stack.pop()
                if g[3]:
                    found.append((g[0], g[1], g[2]))
        elif kind == "var" and stack:
            for g in reversed(stack):
                if g[3]:
                    g[2].add(text[1:])
                    break
    return sorted(found)


def values_block(sparql: str, substitutions: dict) -> str:
    """Bind variables for an endpoint with escaped VALUES blocks, never by pasting values.

    The block goes at the start of the query's WHERE group (so FILTERs, GROUP BY and
    aggregates see the binding — a trailing VALUES is joined only after grouping) and of every
    nested group that names a bound variable (so a FILTER inside an OPTIONAL, a UNION branch or
    EXISTS sees it too, as with pyoxigraph's substitutions). Terms are serialised by pyoxigraph
    in N-Triples syntax, which escapes quotes, newlines and braces: a value can never end the
    block or start another operation. A query without a group gets a trailing VALUES clause.
    """
    if not substitutions:
        return sparql
    names = [getattr(v, "value", str(v)).lstrip("?$") for v in substitutions]
    terms = dict(zip(names, (str(t) for t in substitutions.values())))

    def block(vs: list[str]) -> str:
        head = " ".join(f"?{n}" for n in vs)
        return f" VALUES ({head}) {{ ({' '.join(terms[n] for n in vs)}) }} "

    groups = _groups(sparql)
    if not groups:
        return f"{sparql.rstrip()}\nVALUES ({' '.join('?' + n for n in names)}) {{ ({' '.join(terms.values())}) }}"
    inserts = []
    for off, depth, used in groups:
        vs = names if depth == 0 else [n for n in names if n in used]
        if vs:
            inserts.append((off, block(vs)))
    out = sparql
    for off, text in sorted(inserts, reverse=True):
        out = out[:off] + text + out[off:]
    return out


class RemoteStore(BaseStore):
    """A SPARQL 1.1 endpoint (queries by the SPARQL protocol, writes by SPARQL Update)."""

    def __init__(self, endpoint: str, update_endpoint: str | None = None, timeout: float = 600) -> None:
        self.endpoint = endpoint
        if update_endpoint is None:
            update_endpoint = endpoint[: -len("/query")] + "/update" if endpoint.endswith("/query") else endpoint
        self.update_endpoint = update_endpoint
        self.timeout = timeout

    def _run(self, sparql: str) -> tuple[str, bytes]:
        """POST a query by the SPARQL 1.1 protocol (SPARQLWrapper); (content type, body)."""
        from SPARQLWrapper import JSON, N3, POST, URLENCODED, SPARQLWrapper
        from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

        form = query_form(sparql)
        w = SPARQLWrapper(self.endpoint)
        w.setMethod(POST)
        w.setRequestMethod(URLENCODED)
        w.setTimeout(int(self.timeout))
        w.setQuery(_PREAMBLE + sparql)
        # the form is read by the project's tokenizer (comments and #+ metadata lines included):
        # SPARQLWrapper's own guess is overridden
        w.queryType = form.upper() if form != "update" else "SELECT"
        w.setReturnFormat(N3 if form in ("construct", "describe") else JSON)
        if form in ("construct", "describe"):
            w.addCustomHttpHeader("Accept", "application/n-triples, text/turtle;q=0.9")
        try:
            resp = w.query().response
            return resp.headers.get("Content-Type", ""), resp.read()
        except urllib.error.HTTPError as e:
            detail = e.read().decode("utf-8", "replace").strip().splitlines()[:1]
            raise StoreError(f"endpoint {self.endpoint}: HTTP {e.code}{': ' + detail[0] if detail else ''}") from None
        except SPARQLWrapperException as e:
            raise StoreError(f"endpoint {self.endpoint}: {str(e).strip().splitlines()[0]}") from None
        except (urllib.error.URLError, OSError) as e:
            raise StoreError(f"endpoint {self.endpoint}: {getattr(e, 'reason', e)}") from None

    def query(self, sparql: str, substitutions: dict | None = None) -> Result:
        if substitutions:
            sparql = values_block(sparql, substitutions)
        ctype, body = self._run(sparql)
        if "json" in ctype and "ld+json" not in ctype or body.lstrip().startswith(b"{"):
            data = json.loads(body)
            if "boolean" in data:
                return Result("ask", boolean=bool(data["boolean"]))
            variables = data["head"].get("vars", [])
            rows = [{v: _term(b.get(v)) for v in variables} for b in data["results"]["bindings"]]
            return Result("select", variables, rows)
        from pyoxigraph import RdfFormat, parse

        fmt = RdfFormat.TURTLE if "turtle" in ctype else RdfFormat.N_TRIPLES
        return Result("graph", triples=[Triple(t.subject, t.predicate, t.object) for t in parse(body, format=fmt)])

    def quads(self, s=None, p=None, o=None, g=None) -> Iterator[Quad]:
        def pos(term, var):
            return str(term) if term is not None else var
        pattern = f"{pos(s, '?s')} {pos(p, '?p')} {pos(o, '?o')}"
        r = self.query(f"SELECT * WHERE {{ GRAPH {pos(g, '?g')} {{ {pattern} }} }}")
        for row in r.rows:
            yield Quad(s or row["s"], p or row["p"], o if o is not None else row["o"], g or row["g"])

    def _update(self, request: str) -> None:
        _post(self.update_endpoint, urllib.parse.urlencode({"update": _PREAMBLE + request}).encode(),
              "application/x-www-form-urlencoded", timeout=self.timeout)

    def _extend(self, quads: list[Quad]) -> None:
        from .store import sparql_data

        self._update("INSERT DATA {\n" + sparql_data(quads) + "\n}")


# ----------------------------------------------------------------------------- push

@dataclass
class PushReport:
    graphs: int = 0
    batches: int = 0
    skipped: int = 0  # batches the record says were sent already
    quads: int = 0
    method: str = ""
    record: str = ""


def gsp_url_for(endpoint: str) -> str | None:
    """The Graph Store Protocol URL of an Oxigraph server (``…/query`` -> ``…/store``)."""
    if endpoint.endswith("/query"):
        return endpoint[: -len("/query")] + "/store"
    return None


def _post(url: str, body: bytes, content_type: str, timeout: float = 300) -> None:
    try:
        req = urllib.request.Request(url, data=body, method="POST", headers={"Content-Type": content_type})
    except ValueError as e:  # not a URL at all: "unknown url type"
        raise StoreError(f"{url}: {e}") from None
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            resp.read()
    except urllib.error.HTTPError as e:
        detail = e.read().decode("utf-8", "replace").strip().splitlines()[:1]
        raise StoreError(f"{url}: HTTP {e.code} {e.reason}{': ' + detail[0] if detail else ''}") from None
    except (urllib.error.URLError, OSError) as e:
        raise StoreError(f"{url}: {getattr(e, 'reason', e)}") from None


def _fingerprint(store) -> str:
    """Changes when the store's content changes: its size and its documents' content hashes."""
    h = hashlib.sha1(str(len(store._store)).encode())
    for iri, _ in store.documents():
        h.update(f"{iri.value}={store.content_hash(iri)}\n".encode())
    return h.hexdigest()[:16]


def _has_blank(t) -> bool:
    return isinstance(t.subject, BlankNode) or isinstance(t.object, BlankNode)


def _blank_groups(triples: list, size: int) -> list[list]:
    """Triples that share blank nodes kept together (connected components), packed into
    requests of about ``size`` triples."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for t in triples:
        ids = [n.value for n in (t.subject, t.object) if isinstance(n, BlankNode)]
        for other in ids[1:]:
            parent[find(ids[0])] = find(other)
    groups: dict[str, list] = {}
    for t in triples:
        first = next(n.value for n in (t.subject, t.object) if isinstance(n, BlankNode))
        groups.setdefault(find(first), []).append(t)
    out: list[list] = []
    for g in groups.values():
        if out and len(out[-1]) + len(g) <= size:
            out[-1].extend(g)
        else:
            out.append(list(g))
    return out


def push(store, endpoint: str, *, gsp: str | None = None, update: str | None = None, method: str = "auto",
         batch: int = 5000, record: Path | None = None, restart: bool = False,
         progress: Callable[[int, int], None] | None = None) -> PushReport:
    """Upload every graph of an embedded store (knowledge graph, provenance, ontology and every
    evidence graph) to a remote store, in batches of at most ``batch`` triples per graph.

    ``method`` is ``gsp`` (SPARQL 1.1 Graph Store Protocol: one POST of N-Triples per batch to
    ``GSP?graph=IRI``), ``update`` (INSERT DATA requests to the update URL, several graphs per
    request) or ``auto`` (GSP when a GSP URL is given or known, else Update). What was sent is
    recorded in a JSON file next to the store (``STORE.push.json``), keyed by endpoint, graph and
    batch, so an interrupted push resumes where it stopped; a store whose content changed, or
    ``restart``, starts again.
    """
    from pyoxigraph import DefaultGraph, RdfFormat, serialize

    gsp = gsp or gsp_url_for(endpoint)
    if method == "auto":
        method = "gsp" if gsp else "update"
    if method == "gsp" and not gsp:
        raise StoreError("no Graph Store Protocol URL known for this endpoint: give --gsp URL or --method update")
    if update is None:
        update = endpoint[: -len("/query")] + "/update" if endpoint.endswith("/query") else endpoint
    record = record or Path(f"{store.path}.push.json")
    fp = _fingerprint(store)
    try:
        book = json.loads(record.read_text(encoding="utf-8")) if record.exists() else {}
    except (OSError, ValueError):
        book = {}
    key = f"{method} {gsp if method == 'gsp' else update}"
    entry = book.get(key)
    if restart or not entry or entry.get("fingerprint") != fp or entry.get("batch") != batch:
        entry = {"fingerprint": fp, "batch": batch, "sent": {}}
    book[key] = entry
    sent: dict[str, list[int]] = entry["sent"]

    def save() -> None:
        tmp = record.with_name(record.name + ".tmp")
        tmp.write_text(json.dumps(book, ensure_ascii=False, indent=0), encoding="utf-8")
        os.replace(tmp, record)

    graphs = sorted((g for g in store._store.named_graphs()), key=lambda g: g.value)
    report = PushReport(graphs=len(graphs), method=method, record=str(record))
    total = len(store._store)
    done = 0
    pending: list[tuple[str, int, list]] = []  # update method: batches waiting for one request
    pending_n = 0
    last_save = time.monotonic()

    def flush_update() -> None:
        nonlocal pending, pending_n
        if not pending:
            return
        body, blank_parts = [], []
        for g, _, triples in pending:
            plain = [t for t in triples if not _has_blank(t)]
            lines = "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in plain)
            if plain:
                body.append(f"GRAPH <{g}> {{\n{lines}\n}}" if g else lines)
            blank_parts += [(g, part) for part in _blank_groups([t for t in triples if _has_blank(t)], 200)]
        if body:
            _post(update, urllib.parse.urlencode({"update": "INSERT DATA {\n" + "\n".join(body) + "\n}"}).encode(),
                  "application/x-www-form-urlencoded")
        # INSERT DATA may not hold blank nodes on some servers (Virtuoso), and a blank node is
        # scoped to one request: each group of triples sharing blank nodes goes in one INSERT … WHERE {}.
        for g, part in blank_parts:
            lines = "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in part)
            text = "INSERT {\n" + (f"GRAPH <{g}> {{\n{lines}\n}}" if g else lines) + "\n} WHERE {}"
            _post(update, urllib.parse.urlencode({"update": text}).encode(), "application/x-www-form-urlencoded")
        for g, i, _ in pending:
            sent.setdefault(g, []).append(i)
        report.batches += len(pending)
        pending, pending_n = [], 0

    for g in [DefaultGraph(), *graphs]:
        name = "" if isinstance(g, DefaultGraph) else g.value
        triples = sorted((q.triple for q in store._store.quads_for_pattern(None, None, None, g)), key=str)
        if not triples:
            continue
        # Blank nodes are scoped to one request: every triple naming one goes in the first batch.
        blank = [t for t in triples if isinstance(t.subject, BlankNode) or isinstance(t.object, BlankNode)]
        plain = [t for t in triples if not (isinstance(t.subject, BlankNode) or isinstance(t.object, BlankNode))]
        first = max(batch, len(blank))
        parts = [blank + plain[:first - len(blank)]]
        parts += [plain[i:i + batch] for i in range(first - len(blank), len(plain), batch)]
        for index, part in enumerate(parts):
            if not part:
                continue
            if index in sent.get(name, []):
                report.skipped += 1
                done += len(part)
                continue
            if method == "gsp":
                target = f"{gsp}?{urllib.parse.urlencode({'graph': name})}" if name else f"{gsp}?default"
                _post(target, serialize(part, format=RdfFormat.N_TRIPLES), "application/n-triples")
                sent.setdefault(name, []).append(index)
                report.batches += 1
            else:
                pending.append((name, index, part))
                pending_n += len(part)
                if pending_n >= batch:
                    flush_update()
            report.quads += len(part)
            done += len(part)
            if progress:
                progress(done, total)
            if time.monotonic() - last_save > 2:
                save()
                last_save = time.monotonic()
    flush_update()
    save()
    if progress:
        progress(total, total)
    return report
