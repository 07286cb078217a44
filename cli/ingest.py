"""Ingest: files -> loaders (optionally in N processes) -> the store, in batched transactions.

Files are read and decoded here, one document at a time (JSON-lines files are streamed);
extraction runs in this process or in a pool of workers that send the quads back. Each
document is processed on its own; one that fails is reported (one line) and skipped, the rest
go on. Finished documents are written in batches, each batch all or nothing, so an
interrupted run leaves whole documents or none.
"""

from __future__ import annotations

import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..graph import DocumentQuads
from ..graph.store import BaseStore
from ..loaders.pipeline import LoadError, Pipeline, Skipped, iter_paths, to_nquads
from ..loaders.read import RawDocument, count_records, read_path
from ..ontology import ttl_files
from .formats import counted

# Quads per write (whole documents, all or nothing; ~1.1 KiB of memory per quad held while the
# bulk loader sorts them). Each write ingests one file per index, and RocksDB compacts the files
# of every four writes again: 200,000 counted 17% fewer instructions in the store than 100,000
# (760 documents, 0.73 M quads: 25.6 G -> 21.1 G, compaction 5.7 G -> 1.9 G) for ~110 MiB more
# memory at its peak. A batch stays far below ATOMIC_LOAD_MAX, so it is one atomic load.
BATCH_QUADS = 200_000
CHUNK_DOCS = 16  # documents per task sent to a worker
INFLIGHT_PER_JOB = 4  # tasks queued per worker: bounds memory, keeps workers busy


@dataclass
class Summary:
    documents: int = 0
    sentences: int = 0
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    duplicates: int = 0  # texts already stored under another name, not stored again
    failed: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        dup = f", {counted(self.duplicates, 'duplicate')}" if self.duplicates else ""
        return (f"{self.added} added, {self.replaced} replaced, {self.unchanged} unchanged{dup}, "
                f"{self.failed} failed — {counted(self.documents, 'document')} in {self.seconds:.1f} s")


# One result per document: (source, iri, content hash, sentences, N-Quads bytes), or the
# LoadError.
Processed = tuple | LoadError

_PIPELINE: Pipeline | None = None


def _pipeline() -> Pipeline:
    global _PIPELINE
    if _PIPELINE is None:
        _PIPELINE = Pipeline()
    return _PIPELINE


def process(raw: RawDocument) -> Processed:
    """Extract one document; any failure becomes a LoadError naming it.

    Its quads come as N-Quads bytes (to_nquads), in this process as from a worker: a new
    document's bytes go to the store as they are (DocumentQuads), and no Quad object is built.
    """
    pipe = _pipeline()
    try:
        doc = pipe.process(raw)
        return doc.source, doc.iri, doc.meta["content_hash"], len(doc.sentences), to_nquads(doc, pipe.versions)
    except LoadError as e:
        return e
    except Exception as e:  # a bug must not take the batch down: name the document
        return LoadError(raw.source, f"could not be processed ({type(e).__name__}: {e})")


def _process_chunk(raws: list[RawDocument]) -> list[Processed]:
    """Worker: quads travel back as N-Quads bytes, which cost the parent (the one process that
    also writes) nothing until the store parses them: a new document's bytes go to Oxigraph
    as they are, ~3 ms per document less than unpickling or parsing them into Quad objects."""
    return [process(r) for r in raws]


def submit(pool: ProcessPoolExecutor, chunk: list[RawDocument]) -> Future:
    """A task for the pool; once the pool is broken, a future holding that failure."""
    try:
        return pool.submit(_process_chunk, chunk)
    except Exception as e:
        failed: Future = Future()
        failed.set_exception(e)
        return failed


def read_documents(files: Iterable[Path]) -> Iterator[RawDocument | LoadError]:
    """Every document of every file, read and decoded, or the LoadError of what cannot be."""
    for f in files:
        try:
            yield from read_path(f)
        except LoadError as e:
            yield e


def run_ingest(store: BaseStore, paths: Iterable[str], *, jobs: int = 1, progress: bool = True,
               console=None, on_error: Callable[[LoadError], None] = lambda e: None,
               keep_duplicates: bool = False,
               on_duplicate: Callable[[str, str], None] = lambda source, first: None,
               on_skipped: Callable[[Skipped], None] = lambda skipped: None) -> Summary:
    """Ingest the documents of ``paths``. A document whose text is already stored under another
    source (the same article saved twice, a corpus moved or copied) is not stored again, so no
    figure is counted twice; ``on_duplicate(source, stored source)`` hears of it, unless
    ``keep_duplicates``. ``on_skipped`` hears of the files of other types a directory held."""
    t0 = time.perf_counter()
    summary = Summary()
    files: list[Path] = []
    for p in iter_paths(paths):
        if isinstance(p, LoadError):
            on_error(p)
            summary.failed += 1
        elif isinstance(p, Skipped):
            on_skipped(p)
        else:
            files.append(p)
    store.load_ontology(ttl_files())
    total = sum(count_records(f) for f in files)

    batch: list[DocumentQuads] = []
    batch_quads = 0
    read_from: dict[str, str] = {}  # text hash -> the source it was first taken from, this run
    held: list[DocumentQuads] = []  # copies, perhaps: settled once everything else is written

    def maybe_copy(d: DocumentQuads) -> bool:
        """A new document whose text was read earlier in this run or is stored under another
        source. It is held back, not judged yet: the first copy may still fail to be written,
        or be replaced by another text in this run. A document the store already holds is
        never a copy: it is brought up to date."""
        h = d.content_hash
        earlier = read_from.setdefault(h, d.source)
        if earlier != d.source or any(other != d.iri for other, _src in store.same_text(h)):
            return store.content_hash(d.iri) is None
        return False

    def settle_held() -> None:
        """Each held document is a duplicate of the stored document with its text, if one is
        stored now that the rest is written; the others are written (their first copy was not)."""
        first: dict[str, str] = {}
        fresh: list[DocumentQuads] = []
        for d in held:
            stored = first.get(d.content_hash) or next(
                (src for other, src in store.same_text(d.content_hash) if other != d.iri), None)
            if stored is None:
                first[d.content_hash] = d.source
                fresh.append(d)
            else:
                summary.duplicates += 1
                on_duplicate(d.source, stored)
        write(fresh)

    def write(docs: list[DocumentQuads]) -> None:
        if docs:
            rep = store.write(docs)
            summary.added += len(rep.added)
            summary.replaced += len(rep.replaced)
            summary.unchanged += len(rep.unchanged)

    def flush() -> None:
        nonlocal batch, batch_quads
        write(batch)
        batch, batch_quads = [], 0

    def take(r: Processed) -> None:
        nonlocal batch_quads
        if isinstance(r, LoadError):
            on_error(r)
            summary.failed += 1
            return
        source, iri, h, n_sent, quads = r
        summary.documents += 1
        summary.sentences += n_sent
        if isinstance(quads, bytes):  # N-Quads: the store parses them (see DocumentQuads)
            d = DocumentQuads(iri, source, h, nquads=quads)
        else:
            d = DocumentQuads(iri, source, h, quads)
        if not keep_duplicates and maybe_copy(d):
            held.append(d)
            return
        batch.append(d)
        batch_quads += d.size
        if batch_quads >= BATCH_QUADS:
            flush()

    with _progress(console, progress and bool(files)) as bar:
        task = bar.add_task("ingest", total=total, rate="0.0")

        def advance() -> None:
            elapsed = max(time.perf_counter() - t0, 1e-9)
            bar.update(task, advance=1, rate=f"{summary.documents / elapsed:.1f}")

        docs = read_documents(files)
        if jobs > 1 and total > 1:
            with ProcessPoolExecutor(max_workers=jobs, initializer=_pipeline) as pool:
                pending: deque[tuple[Future, list[RawDocument], list[LoadError]]] = deque()

                def drain(limit: int) -> None:
                    while len(pending) > limit:
                        fut, raws, errors = pending.popleft()
                        for e in errors:
                            take(e)
                            advance()
                        try:
                            results = fut.result()
                        except Exception as e:  # a worker died (killed, out of memory …)
                            results = [LoadError(r.source, f"worker process failed ({type(e).__name__})")
                                       for r in raws]
                        for r in results:
                            take(r)
                            advance()

                chunk: list[RawDocument] = []
                errors: list[LoadError] = []
                for d in docs:
                    if isinstance(d, LoadError):
                        errors.append(d)
                        continue
                    chunk.append(d)
                    if len(chunk) >= CHUNK_DOCS:
                        pending.append((submit(pool, chunk), chunk, errors))
                        chunk, errors = [], []
                        drain(jobs * INFLIGHT_PER_JOB)
                if chunk or errors:
                    pending.append((submit(pool, chunk), chunk, errors))
                drain(0)
        else:
            for d in docs:
                take(d if isinstance(d, LoadError) else process(d))
                advance()
        flush()
        settle_held()
        bar.update(task, total=max(total, summary.documents + summary.failed))
    if hasattr(store, "flush"):
        store.flush()
    summary.seconds = time.perf_counter() - t0
    return summary


def _progress(console, enabled: bool):
    """A rich progress bar on the console (stderr) when it is a terminal; nothing otherwise,
    so CI logs and redirected output get only the final summary line."""
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                               TimeElapsedColumn, TimeRemainingColumn)

    columns = [TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("documents"),
               TextColumn("{task.fields[rate]} docs/s"), TimeElapsedColumn(), TextColumn("left"),
               TimeRemainingColumn()]
    live = enabled and console is not None and console.is_terminal and not console.is_dumb_terminal
    return Progress(*columns, console=console, disable=not live, transient=False,
                    refresh_per_second=4, redirect_stdout=False, redirect_stderr=False)
