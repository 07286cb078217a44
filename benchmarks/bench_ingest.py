"""Ingest speed: the whole ingest against underthesea's NER, in the same run.

Copies ../shared/corpus (seeds + more) under distinct names until there are at least --docs
documents, ingests them into a fresh on-disk store (extraction + store writes, --jobs N
processes) and prints documents/s, sentences/s and peak memory. It then times underthesea's
``ner`` on a sample of the same sentences, extrapolates to all of them (it says so), and
prints the ratio; finally the cost of each stage of the pipeline per document, to show where
the time goes. A script, not a test:

    .venv/bin/python benchmarks/bench_ingest.py [--docs 2000] [--jobs 1] [--ner-sample 300]
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"


def rss_mib(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports KiB


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (workers): on a shared, loaded
    machine it measures the work done where wall-clock time also counts waiting."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def make_corpus(corpus: Path, n: int, into: Path) -> list[Path]:
    into.mkdir(parents=True, exist_ok=True)
    sources = sorted(corpus.glob("seeds/*.txt")) + sorted(corpus.glob("more/*.txt"))
    if not sources:
        sys.exit(f"bench_ingest: no .txt documents under {corpus}/seeds or {corpus}/more")
    out = []
    copy = 0
    while len(out) < n:
        for src in sources:
            if len(out) >= n:
                break
            dst = into / f"{copy:04d}_{src.name}"  # distinct names: distinct documents
            shutil.copyfile(src, dst)
            out.append(dst)
        copy += 1
    return out


def bench_ingest(files: list[Path], store_dir: Path, jobs: int, bulk: bool | None = None):
    from partykg.cli.ingest import run_ingest
    from partykg.graph.store import EmbeddedStore

    store = EmbeddedStore(store_dir)
    if bulk is not None:  # as ingest --bulk / --no-bulk; by default the store's own choice
        store.bulk_min = 1 if bulk else None
    t0, c0 = time.perf_counter(), cpu_seconds()
    # the corpus repeated: the same texts under distinct names, each stored as a document
    summary = run_ingest(store, [str(f) for f in files], jobs=jobs, progress=False, keep_duplicates=True,
                         on_error=lambda e: print(f"  failed: {e}", file=sys.stderr))
    seconds, cpu = time.perf_counter() - t0, cpu_seconds() - c0
    quads = store.count_quads()
    store.close()
    return summary, seconds, cpu, quads


def stage_costs(sources: list[Path]) -> list[tuple[str, float]]:
    """Milliseconds per document of each stage, over the distinct documents, in this process."""
    from partykg.cli.ingest import BATCH_QUADS
    from partykg.graph.store import DocumentQuads, EmbeddedStore
    from partykg.loaders.pipeline import Pipeline, to_nquads
    from partykg.loaders.read import read_path

    pipe = Pipeline()
    # warm up: gazetteers and patterns load once, on first use
    for raw in read_path(sources[0]):
        doc = pipe.process(raw)
    cost: dict[str, float] = {"read + decode": 0.0, "clean + segment": 0.0}
    for c in pipe.components:
        cost[f"{c.name}.match"] = 0.0
        cost[f"{c.name}.mint"] = 0.0
    cost["to_nquads"] = cost["store write"] = 0.0
    tmp = Path(tempfile.mkdtemp(prefix="partykg-stage-"))
    store = EmbeddedStore(tmp / "store")
    clock = time.process_time  # CPU time of this process (store threads included)
    batch: list = []
    rounds = 3
    for r in range(rounds):
        for src in sources:
            t = clock()
            raw = next(iter(read_path(src, source=f"{src}#round={r}")))  # new documents each round
            t1 = clock()
            doc = pipe.make_doc(raw)
            t2 = clock()
            cost["read + decode"] += t1 - t
            cost["clean + segment"] += t2 - t1
            for c in pipe.components:
                t = clock()
                c.match(doc)
                cost[f"{c.name}.match"] += clock() - t
            for c in pipe.components:
                t = clock()
                c.mint(doc)
                cost[f"{c.name}.mint"] += clock() - t
            t = clock()
            data = to_nquads(doc, pipe.versions)  # as ingest hands them to the store
            t1 = clock()
            batch.append(DocumentQuads(doc.iri, doc.source, doc.meta["content_hash"], nquads=data))
            if sum(d.size for d in batch) >= BATCH_QUADS:  # written in batches, as ingest does
                store.write(batch)
                batch = []
            cost["to_nquads"] += t1 - t
            cost["store write"] += clock() - t1
    t = clock()
    store.write(batch)
    cost["store write"] += clock() - t
    store.close()
    shutil.rmtree(tmp, ignore_errors=True)
    n = rounds * len(sources)
    return sorted(((k, 1000 * v / n) for k, v in cost.items()), key=lambda kv: -kv[1])


def sample_sentences(sources: list[Path], k: int, seed: int = 7) -> tuple[list[str], int]:
    """k sentences drawn from the distinct documents (as the pipeline splits them), and how
    many sentences those documents hold."""
    from partykg.loaders.pipeline import Pipeline
    from partykg.loaders.read import read_path

    pipe = Pipeline(components=())
    sentences = [s.text for src in sources for raw in read_path(src) for s in pipe.make_doc(raw).sentences]
    rnd = random.Random(seed)
    return (rnd.sample(sentences, k) if k < len(sentences) else sentences), len(sentences)


def bench_ner(sentences: list[str]) -> tuple[float, float, float]:
    """(seconds to load the model, wall and CPU seconds per sentence) of underthesea's ner."""
    try:
        from underthesea import ner
    except ImportError:
        sys.exit("bench_ingest: underthesea is not installed (pip install -e '.[bench]'), or use --no-ner")
    t = time.perf_counter()
    ner("Đảng bộ xã Tà Mung họp.")  # loads the model
    load = time.perf_counter() - t
    t, c = time.perf_counter(), cpu_seconds()
    for s in sentences:
        ner(s)
    n = max(len(sentences), 1)
    return load, (time.perf_counter() - t) / n, (cpu_seconds() - c) / n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=2000, help="documents to ingest (the corpus is repeated)")
    ap.add_argument("--jobs", type=int, default=1, help="extraction processes for the ingest")
    ap.add_argument("--bulk", action=argparse.BooleanOptionalAction, default=None,
                    help="as ingest --bulk / --no-bulk (default: as ingest without either)")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="a directory with seeds/ and more/")
    ap.add_argument("--ner-sample", type=int, default=300, help="sentences to time underthesea's ner on")
    ap.add_argument("--no-ner", action="store_true", help="skip the NER comparison")
    ap.add_argument("--no-stages", action="store_true", help="skip the per-stage costs")
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="partykg-bench-"))
    try:
        files = make_corpus(args.corpus, args.docs, work / "docs")
        distinct = sorted(args.corpus.glob("seeds/*.txt")) + sorted(args.corpus.glob("more/*.txt"))
        size = sum(f.stat().st_size for f in files)
        print(f"corpus: {len(files)} documents ({len(distinct)} distinct, repeated under distinct names), "
              f"{size / 2**20:.1f} MiB")

        summary, seconds, cpu, quads = bench_ingest(files, work / "store", args.jobs, args.bulk)
        peak_self, peak_children = rss_mib(), rss_mib(resource.RUSAGE_CHILDREN)
        print(f"\ningest (--jobs {args.jobs}): {summary.documents} documents, {summary.sentences} sentences, "
              f"{quads} quads, {summary.failed} failed, in {seconds:.1f} s wall, {cpu:.1f} s CPU")
        print(f"  wall: {summary.documents / seconds:.1f} documents/s   {summary.sentences / seconds:.0f} sentences/s")
        print(f"  per CPU second: {summary.documents / cpu:.1f} documents   {summary.sentences / cpu:.0f} sentences")
        peak = f"{peak_self:.0f} MiB" + (f" (main) + {peak_children:.0f} MiB (largest worker)" if args.jobs > 1 else "")
        print(f"  peak memory (max RSS): {peak}")

        if not args.no_ner:
            sample, n_distinct = sample_sentences(distinct, args.ner_sample)
            load, per, per_cpu = bench_ner(sample)
            ner_total, ner_cpu = per * summary.sentences, per_cpu * summary.sentences
            print(f"\nunderthesea ner: {per * 1000:.2f} ms/sentence wall, {per_cpu * 1000:.2f} ms CPU, timed on "
                  f"{len(sample)} sentences sampled from the same documents and EXTRAPOLATED to all "
                  f"{summary.sentences} sentences: {ner_total:.0f} s wall, {ner_cpu:.0f} s CPU "
                  f"(model load {load:.1f} s, not counted)")
            print(f"  ingest is {ner_total / seconds:.1f}x faster than the NER pass alone (wall), "
                  f"{ner_cpu / cpu:.1f}x (CPU)")

        if not args.no_stages:
            print("\nper stage, CPU ms per document (one process, distinct documents, 3 rounds, warm):")
            costs = stage_costs(distinct)
            total = sum(v for _, v in costs)
            for name, ms in costs:
                print(f"  {name:<26} {ms:8.2f}  {100 * ms / total:5.1f}%")
            print(f"  {'total':<26} {total:8.2f}  -> {1000 / total:.0f} documents/s on one core")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
