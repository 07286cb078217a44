"""The demo: build the graph of the shipped demo corpus, print a summary and a sample answer."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from ..graph import open_store
from ..ontology.terms import PREFIXES
from .formats import counted
from .ingest import run_ingest


def demo_corpus() -> Path:
    return Path(str(resources.files("partykg") / "corpus" / "demo"))


def run_demo(store_path: Path, gallery: Path, out, err) -> None:
    from ..queries import get_query, run
    from .formats import render

    db = open_store(store_path)
    firsts: set[str] = set()
    s = run_ingest(db, [str(demo_corpus())], progress=True, console=err,
                   on_error=lambda e: err.print(f"partykg: {e}", markup=False),
                   on_duplicate=lambda source, first: firsts.add(str(Path(first).parent)))
    err.print(s.line(), markup=False, soft_wrap=True)
    if firsts:  # another copy of the project built the demo graph in this store before
        err.print(f"(the demo articles are already in the store, read from {', '.join(sorted(firsts))})",
                  markup=False, soft_wrap=True)
    st = db.stats()
    say = lambda text="": out.print(text, markup=False, soft_wrap=True)  # noqa: E731
    say(f"Built the demo graph in {store_path}: {counted(st['documents'], 'document')}, "
        f"{counted(st['quads'], 'quad')}, {counted(st['kg_triples'], 'knowledge-graph triple')} "
        f"({s.seconds:.1f} s).")
    say(f"Ask it more: partykg query --store {store_path} outcomes   (partykg queries lists the questions)")
    for cls, n in st["classes"][:12]:
        short = next((f"{p}:{cls[len(iri):]}" for p, iri in PREFIXES.items() if cls.startswith(iri)), cls)
        say(f"  {n:6d}  {short}")
    say("\nSample answer — which organizations carry out which directives "
        "(partykg query implementations):")
    say(render(run(db, get_query("implementations")), "table"))
    try:
        from .viz_cmds import write_gallery
    except ModuleNotFoundError:
        return
    paths = write_gallery(db, gallery)
    say(f"Gallery: {', '.join(str(p) for p in paths)}")
