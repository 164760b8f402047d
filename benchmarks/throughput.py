"""Throughput and memory of the extraction pipeline on a varied synthetic corpus.

Two corpora (benchmarks/synthetic.py): "arms-dense" (every document an arms-trade story)
and "news stream" (~10 % arms stories, the rest ordinary news), each as ~3 KB text records
(JSONL) and as HTML pages, in eight languages with language id on. Prints docs/s and peak
RSS single-process and with 2 workers, then the CPU time per pipeline stage (ms/doc, one
process, text records) so future work knows where the time goes. When the dev corpus is
present (../shared/corpus/dev, real articles, read in place), also the docs/s on those real
arms news texts and the same rate scaled to 3 KB documents. The first line says which build
ran (pure Python, or the hot path compiled with mypyc: see setup.py).
Usage: python benchmarks/throughput.py [--text 1000] [--html 200] [--stages-only]
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import write_corpus  # noqa: E402

CORPORA = (("arms-dense", 1.0), ("news stream", 0.1))
SUBSTAGES = ("lexicon scan", "sentences", "build_sentences", "transfers", "cooperation", "statistics")


def cpu_seconds() -> float:
    """User + system CPU of this process and its finished children (pool workers)."""
    total = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        r = resource.getrusage(who)
        total += r.ru_utime + r.ru_stime
    return total


def run(inputs: list[str], workers: int) -> tuple[int, float, float]:
    """Documents extracted, wall seconds, CPU seconds (all processes)."""
    from armstrace.api import extract_many
    from armstrace.document import Document

    t0, c0 = time.perf_counter(), cpu_seconds()
    n = sum(isinstance(d, Document) for d in extract_many(inputs, workers=workers))
    return n, time.perf_counter() - t0, cpu_seconds() - c0


def stage_times(path: Path) -> tuple[int, dict[str, float]]:
    """Seconds per stage over all documents of `path`; 'extract' is split into its steps."""
    from armstrace.document import Document
    from armstrace.extraction import about_arms
    from armstrace.extraction.context import build_sentences, doc_hits
    from armstrace.extraction.cooperation import cooperation_for
    from armstrace.extraction.frames import transfers_for
    from armstrace.extraction.lexicon import lexicon
    from armstrace.extraction.statistics import statistics_for
    from armstrace.ingest import iter_inputs
    from armstrace.pipeline import DEFAULT_STAGES, STAGES
    from armstrace.text.sentences import split_sentences

    clock = time.process_time  # CPU seconds: stable when other jobs share the machine
    secs: dict[str, float] = defaultdict(float)
    t0 = clock()
    docs = [d for d in iter_inputs([path]) if isinstance(d, Document)]
    secs["read"] = clock() - t0
    for doc in docs:
        doc.meta.setdefault("options", {})
        for name in DEFAULT_STAGES:
            t = clock()
            if name != "extract":
                doc = STAGES[name](doc)
                secs[name] += clock() - t
                continue
            lex = lexicon(doc.lang)
            hits = doc_hits(doc, lex)
            steps = [clock()]
            if about_arms(doc, hits):  # as extract_frames does: the rest only for arms news
                split_sentences(doc)
                steps.append(clock())
                sentences = build_sentences(doc, lex, hits)
                steps.append(clock())
                doc.transfers = transfers_for(doc, sentences, lex)
                steps.append(clock())
                doc.cooperation = cooperation_for(doc, sentences, lex)
                steps.append(clock())
                doc.trade_statistics = statistics_for(doc, sentences, lex, doc.transfers)
                steps.append(clock())
            marks = [t, *steps]
            for step, a, b in zip(SUBSTAGES, marks, marks[1:], strict=False):
                secs["extract:" + step] += b - a
    return len(docs), secs


REAL = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev" / "docs"


def real_rate(rounds: int = 3) -> tuple[int, float, float] | None:
    """(docs, mean KB of text, docs per CPU-second) on the dev corpus's real articles, one
    process; None when the corpus is absent."""
    from armstrace.document import Document
    from armstrace.ingest import iter_inputs
    from armstrace.pipeline import Pipeline

    if not REAL.is_dir():
        return None
    pipe = Pipeline()
    pipe.warm_up()
    load = lambda: [d for d in iter_inputs([REAL]) if isinstance(d, Document)]  # noqa: E731
    for d in load():
        pipe(d)
    docs = [d for _ in range(rounds) for d in load()]
    kb = sum(len(d.text.encode()) for d in docs) / len(docs) / 1000
    t0 = time.process_time()
    for d in docs:
        pipe(d)
    return len(docs) // rounds, kb, len(docs) / (time.process_time() - t0)


def _warm_html(path: Path) -> None:
    from armstrace.ingest import iter_inputs

    for _ in iter_inputs([path]):
        pass


def peak_rss_mb() -> float:
    self_ = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(self_, kids) / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--text", type=int, default=1000)
    ap.add_argument("--html", type=int, default=200)
    ap.add_argument("--stages-only", action="store_true", help="skip the docs/s table")
    args = ap.parse_args()
    from armstrace.build import build_info
    from armstrace.pipeline import Pipeline

    print(f"build: {build_info()['label']}")
    Pipeline().warm_up()
    rows, stages = [], {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, share in CORPORA:
            text_path, html_path = write_corpus(Path(tmp) / name.replace(" ", "-"), args.text, args.html, share)
            # a first pass loads packs, models and automata, as a long-running worker would have;
            # reading the HTML once loads the extractor's and its date parser's lazy data
            # (~5 s for eight languages, paid once per process: not throughput)
            stage_times(text_path)
            _warm_html(html_path)
            stages[name] = stage_times(text_path)
            if args.stages_only:
                continue
            for fmt, inputs in (("text 3 KB", [str(text_path)]), ("html", [str(html_path)])):
                for workers in (1, 2):
                    n, secs, cpu = run(inputs, workers)
                    rows.append((name, fmt, workers, n, secs, n / secs if secs else 0.0,
                                 n / cpu if cpu else 0.0, peak_rss_mb()))
    if rows:
        # docs/CPU-s is docs/s per core: it does not move when other jobs share the machine
        print(f"{'corpus':<13}{'format':<11}{'workers':>8}{'docs':>7}{'seconds':>9}{'docs/s':>9}"
              f"{'docs/CPU-s':>12}{'peak RSS MB':>13}")
        for name, fmt, w, n, secs, rate, per_cpu, rss in rows:
            print(f"{name:<13}{fmt:<11}{w:>8}{n:>7}{secs:>9.2f}{rate:>9.1f}{per_cpu:>12.1f}{rss:>13.0f}")
        print()
    names = [n for n, _ in CORPORA]
    print(f"{'stage (CPU ms/doc, text)':<34}" + "".join(f"{n:>13}" for n in names))
    keys = list(next(iter(stages.values()))[1])
    for key in [*keys, "total"]:
        cells = []
        for n in names:
            count, secs = stages[n]
            v = sum(secs.values()) if key == "total" else secs.get(key, 0.0)
            cells.append(f"{1000 * v / max(count, 1):>13.2f}")
        print(f"{key:<34}" + "".join(cells))
    print(f"{'=> docs/s':<34}" + "".join(
        f"{stages[n][0] / max(sum(stages[n][1].values()), 1e-9):>13.1f}" for n in names))
    real = real_rate()
    if real is not None:
        n, kb, rate = real
        print(f"\nreal arms news (dev corpus, {n} docs, {kb:.1f} KB text on average): "
              f"{rate:.0f} docs/CPU-s, {rate * kb / 3:.0f} per CPU-s scaled to 3 KB documents")


if __name__ == "__main__":
    main()
