"""Ingest: files -> loaders (optionally in N processes) -> the store, in batched transactions.

Each document is processed on its own; one that fails is reported (one line) and skipped,
the rest go on. Finished documents are written in batches, each batch one transaction, so
an interrupted run leaves whole documents or none.
"""

from __future__ import annotations

import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from ..graph import DocumentQuads
from ..graph.store import BaseStore
from ..loaders.pipeline import LoadError, Pipeline, iter_paths, load_path
from ..ontology import ttl_files

BATCH_QUADS = 200_000


@dataclass
class Summary:
    documents: int = 0
    sentences: int = 0
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    failed: int = 0
    seconds: float = 0.0


_PIPELINE: Pipeline | None = None


def _process_file(path: str) -> list:
    """Worker: every document of one file as (source, iri, hash, sentences, quads) or a LoadError."""
    global _PIPELINE
    if _PIPELINE is None:
        _PIPELINE = Pipeline()
    out = []
    for r in load_path(Path(path), _PIPELINE):
        if isinstance(r, LoadError):
            out.append(r)
        else:
            doc, quads = r
            out.append((doc.source, doc.iri, doc.meta["content_hash"], len(doc.sentences), quads))
    return out


def run_ingest(store: BaseStore, paths: Iterable[str], *, jobs: int = 1, progress: bool = True,
               console=None, on_error: Callable[[LoadError], None] = lambda e: None) -> Summary:
    t0 = time.perf_counter()
    summary = Summary()
    store.load_ontology(ttl_files())
    files: list[str] = []
    for p in iter_paths(paths):
        if isinstance(p, LoadError):
            on_error(p)
            summary.failed += 1
        else:
            files.append(str(p))

    batch: list[DocumentQuads] = []
    batch_quads = 0

    def flush() -> None:
        nonlocal batch, batch_quads
        if batch:
            rep = store.write(batch)
            summary.added += len(rep.added)
            summary.replaced += len(rep.replaced)
            summary.unchanged += len(rep.unchanged)
        batch, batch_quads = [], 0

    def take(results: list) -> None:
        nonlocal batch_quads
        for r in results:
            if isinstance(r, LoadError):
                on_error(r)
                summary.failed += 1
                continue
            source, iri, h, n_sent, quads = r
            summary.documents += 1
            summary.sentences += n_sent
            batch.append(DocumentQuads(iri, source, h, quads))
            batch_quads += len(quads)
            if batch_quads >= BATCH_QUADS:
                flush()

    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                               TimeElapsedColumn, TimeRemainingColumn)

    columns = [TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("files"),
               TextColumn("{task.fields[rate]} docs/s"), TimeElapsedColumn(), TextColumn("left"),
               TimeRemainingColumn()]
    with Progress(*columns, console=console, disable=not progress, transient=False) as bar:
        task = bar.add_task("ingest", total=len(files), rate="0.0")

        def advance() -> None:
            elapsed = max(time.perf_counter() - t0, 1e-9)
            bar.update(task, advance=1, rate=f"{summary.documents / elapsed:.1f}")

        if jobs > 1 and len(files) > 1:
            with ProcessPoolExecutor(max_workers=jobs) as pool:
                for results in pool.map(_process_file, files, chunksize=4):
                    take(results)
                    advance()
        else:
            for f in files:
                take(_process_file(f))
                advance()
        flush()
    if hasattr(store, "flush"):
        store.flush()
    summary.seconds = time.perf_counter() - t0
    return summary
