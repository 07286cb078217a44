"""The typer application, its shared options and the core commands (ingest, query, stats …).

Further command groups (query library, server, viz, export) live in sibling modules and are
registered at the bottom of this file.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from .. import __version__
from ..graph import StoreError, default_store_path, demo_store_path, open_store
from ..graph.store import BaseStore
from ..queries import QueryError

app = typer.Typer(
    name="partykg",
    help="A knowledge graph of Vietnamese party-building news reports, and questions to ask it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
err = Console(stderr=True, highlight=False)
out = Console(highlight=False)


class Fail(Exception):
    """A user-facing failure: one line on stderr, then exit with ``code``."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def fail(message: str, code: int = 1) -> None:
    err.print(f"partykg: {message}", markup=False, soft_wrap=True)
    raise typer.Exit(code)


def say_duplicate(source: str, first: str) -> None:
    err.print(f"partykg: {source}: same text as {first}, already in the store; not stored again "
              "(--keep-duplicates stores it)", markup=False, soft_wrap=True)


StoreOpt = typer.Option(None, "--store", "-s", envvar="PARTYKG_STORE",
                        help="Store directory [default: $PARTYKG_STORE or ~/.local/share/partykg/store].")
EndpointOpt = typer.Option(None, "--endpoint", envvar="PARTYKG_ENDPOINT",
                           help="A SPARQL 1.1 endpoint URL to use instead of the embedded store.")


# Excel takes a CSV file without a byte-order mark for one in the ANSI code page of Windows,
# which turns Vietnamese letters into mojibake; with the mark it reads UTF-8. Other readers
# (Python's csv with utf-8, R, pandas) take the plain file, so the mark is asked for.
BOM = "\ufeff"
BOM_FORMATS = ("csv", "tsv")
BOM_HELP = ("Begin the file with a UTF-8 byte-order mark, so that Excel reads its Vietnamese text as "
            "UTF-8 (csv and tsv only).")


def open_for(store: Optional[Path], endpoint: Optional[str], *, write: bool = False) -> BaseStore:
    try:
        if endpoint:
            return open_store(endpoint=endpoint)
        path = store or default_store_path()
        try:
            exists = Path(path).exists()
        except OSError as e:  # a path that cannot even be looked at (permissions)
            raise StoreError(f"cannot open the store at {path}: {e.strerror or e}") from None
        if not write and not exists:
            raise StoreError(f"no store at {path} (run 'partykg ingest' first, or give --store)")
        return open_store(path, read_only=False)
    except StoreError as e:
        fail(str(e))
        raise  # unreachable


def version_callback(value: bool) -> None:
    if value:
        out.print(f"partykg {__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: bool = typer.Option(False, "--version", callback=version_callback, is_eager=True,
                                       help="Print the version and exit.")) -> None:
    """partykg: ingest articles, then ask the graph questions.

    Example: partykg ingest corpus/demo && partykg query outcomes --format csv
    """


# ----------------------------------------------------------------------------- ingest

@app.command()
def ingest(
    paths: list[str] = typer.Argument(..., help="Files (.txt .md .html .htm .jsonl), directories or globs."),
    store: Optional[Path] = StoreOpt,
    endpoint: Optional[str] = EndpointOpt,
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Extract with N processes."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    keep_duplicates: bool = typer.Option(
        False, "--keep-duplicates",
        help="Store a document even when the store holds the same text under another name or path "
             "(by default it is reported and not stored again, so no figure counts twice)."),
    bulk: Optional[bool] = typer.Option(
        None, "--bulk/--no-bulk",
        help="How new documents are written, all or nothing either way. Default: batches of "
             "20,000 quads or more through Oxigraph's bulk loader (one atomic ingestion per "
             "batch: ~3x less CPU, a third of the memory), smaller ones as transactions; "
             "--bulk: every batch bulk-loaded; --no-bulk: always transactions."),
) -> None:
    """Read documents, extract their facts and write them to the store.

    A document is written whole or not at all; a document that cannot be read gets one line
    naming it and the reason, the others still load, and the exit status is 1. Text is read as
    UTF-8, UTF-16 or Windows-1258; a single document over 16 MiB is refused (JSON-lines files
    are streamed, the limit holds per record). Each batch of documents is written all or
    nothing. A file named itself is read unless it is a data, code or office file (.csv, .json,
    .pdf, .docx …), which fails; a directory's files of types other than .txt .md .html .htm
    .jsonl are skipped, and counted in one line. A text the store already holds under another
    name is reported and not stored again (--keep-duplicates stores it).

    Example: partykg ingest --store ./store articles/*.txt
    """
    from .ingest import run_ingest

    db = open_for(store, endpoint, write=True)
    if hasattr(db, "bulk_min") and bulk is not None:
        db.bulk_min = 1 if bulk else None
    try:
        summary = run_ingest(db, paths, jobs=jobs, progress=not quiet, console=err,
                             on_error=lambda e: err.print(f"partykg: {e}", markup=False, soft_wrap=True),
                             keep_duplicates=keep_duplicates, on_duplicate=say_duplicate,
                             on_skipped=lambda s: err.print(f"partykg: {s.line()}", markup=False, soft_wrap=True))
    except StoreError as e:
        fail(str(e))
    err.print(summary.line(), markup=False, soft_wrap=True)
    if summary.failed:
        raise typer.Exit(1)


# ----------------------------------------------------------------------------- query

@app.command()
def query(
    name: Optional[str] = typer.Argument(None, help="A library query name (partykg queries lists them), or a .rq file."),
    sparql: Optional[str] = typer.Option(None, "--sparql", help="Run this SPARQL text instead."),
    param: list[str] = typer.Option([], "--param", "-p", help="key=value, bound to ?key (repeatable)."),
    fmt: str = typer.Option("table", "--format", "-f",
                            help="table, csv, tsv, json, md, latex (SELECT); ttl, jsonld, nt (CONSTRUCT)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to this file."),
    bom: bool = typer.Option(False, "--bom", help=BOM_HELP),
    store: Optional[Path] = StoreOpt,
    endpoint: Optional[str] = EndpointOpt,
) -> None:
    """Ask the graph a question: a named query of the library, a .rq file or SPARQL text.

    The library's questions, with their parameters: partykg queries

    \b
    Example: partykg query outcomes --format csv
    Example: partykg query outcomes --format csv --bom -o outcomes.csv
    Example: partykg query --sparql 'SELECT * WHERE { GRAPH kg:kg { ?s a pkg:Directive } }'
    """
    from ..queries import get_query, run, run_text
    from .formats import render

    if bool(name) == bool(sparql):
        fail("give a query name or file, or --sparql TEXT (one of them)", 2)
    if bom and fmt.lower() not in BOM_FORMATS:
        fail(f"--bom is for the spreadsheet formats {' and '.join(BOM_FORMATS)}, not {fmt}", 2)
    params = {}
    for item in param:
        if "=" not in item:
            fail(f"--param {item!r}: expected key=value", 2)
        k, v = item.split("=", 1)
        params[k.strip()] = v
    try:
        if sparql is None:
            q = get_query(name)  # type: ignore[arg-type]
    except QueryError as e:
        fail(str(e), 2)
    db = open_for(store, endpoint)
    try:
        result = run(db, q, params) if sparql is None else run_text(db, sparql, params)
        text = render(result, fmt, q.name if sparql is None else "the --sparql query")
    except (QueryError, StoreError, ValueError) as e:
        fail(str(e), 2)
    if bom:
        text = BOM + text
    if output:
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as e:
            fail(f"cannot write {output}: {e.strerror or e}")
        err.print(f"wrote {output}", markup=False)
    else:
        sys.stdout.write(text if text.endswith("\n") or not text else text + "\n")


# ----------------------------------------------------------------------------- the rest

@app.command()
def remove(
    documents: list[str] = typer.Argument(..., help="Documents by source path, file name or IRI."),
    store: Optional[Path] = StoreOpt,
    endpoint: Optional[str] = EndpointOpt,
) -> None:
    """Remove documents and every fact that only they stated.

    Example: partykg remove 000_6a2a5de348997da6.txt
    """
    from .formats import counted

    db = open_for(store, endpoint)
    missing = 0
    for ref in documents:
        try:
            found = db.find_document_source(ref)
        except StoreError as e:
            err.print(f"partykg: {e}", markup=False, soft_wrap=True)
            missing += 1
            continue
        if found is None:
            err.print(f"partykg: {ref}: no such document in the store", markup=False)
            missing += 1
            continue
        iri, source = found
        n = db.remove(iri)
        err.print(f"removed {source} ({counted(n, 'quad')})", markup=False, soft_wrap=True)
    if missing:
        raise typer.Exit(1)


@app.command()
def stats(store: Optional[Path] = StoreOpt, endpoint: Optional[str] = EndpointOpt) -> None:
    """Documents, quads and entities per class.

    Example: partykg stats
    """
    from rich.table import Table

    from ..ontology.terms import PREFIXES

    db = open_for(store, endpoint)
    try:
        s = db.stats()
    except StoreError as e:
        fail(str(e))
    out.print(f"documents: {s['documents']}   quads: {s['quads']}   knowledge-graph triples: "
              f"{s['kg_triples']}   graphs: {s['graphs']}")
    t = Table("class", "entities")
    for cls, n in s["classes"]:
        short = next((f"{p}:{cls[len(iri):]}" for p, iri in PREFIXES.items() if cls.startswith(iri)), cls)
        t.add_row(short, str(n))
    out.print(t)


@app.command()
def validate(store: Optional[Path] = StoreOpt, endpoint: Optional[str] = EndpointOpt) -> None:
    """Check the knowledge graph against the ontology's SHACL shapes (exit 1 on violations).

    Example: partykg validate
    """
    from ..graph.validate import validate_store

    db = open_for(store, endpoint)
    try:
        conforms, report, n = validate_store(db)
    except (StoreError, ValueError) as e:
        fail(str(e))
    if conforms:
        sys.stdout.write(report + "\n")  # "conforms: …", then any warnings
        return
    sys.stdout.write(report + "\n")
    raise typer.Exit(1)


@app.command()
def demo(
    store: Optional[Path] = typer.Option(
        None, "--store", "-s",
        help="Store directory [default: the demo's own, ~/.local/share/partykg/demo; never $PARTYKG_STORE]."),
    gallery: Path = typer.Option(Path("gallery"), "--gallery", help="Where to write the figures."),
) -> None:
    """Build the graph of the demo corpus in a store of its own, print a summary and one sample
    answer.

    Example: partykg demo
    """
    from .demo import run_demo

    try:
        run_demo(store or demo_store_path(), gallery, out, err)
    except StoreError as e:
        fail(str(e))


def _register() -> None:
    """Command groups of sibling modules (each optional until written)."""
    import importlib

    for mod in ("library_cmds", "server_cmds", "viz_cmds"):
        try:
            m = importlib.import_module(f"{__package__}.{mod}")
        except ModuleNotFoundError as e:
            if e.name != f"{__package__}.{mod}":
                raise
            continue
        m.register(app)


_register()
