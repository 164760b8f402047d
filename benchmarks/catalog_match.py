"""Catalog load time, RSS after load, and matching throughput on ~10 MB of mixed-script text.

Usage: PYTHONPATH=src python3 benchmarks/catalog_match.py [--mb 10] [--synthetic]
Uses the shipped catalog (src/armstrace/catalog/data) unless it is missing or --synthetic
is given; then a generated catalog of 1,500 entities / ~100k aliases is written to a temp
dir. Targets: load <= 1 s, RSS <= 300 MB, matching >= 20 MB/s on one core.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from armstrace.catalog.disambiguate import disambiguate  # noqa: E402
from armstrace.catalog.loader import _default_dir, build_catalog, load_catalog  # noqa: E402
from armstrace.catalog.matcher import Matcher  # noqa: E402
from armstrace.document import Document  # noqa: E402
from armstrace.text.normalize import normalize  # noqa: E402

SYL = {"en": "ka ro mi na te lo su vi da ne ba tor vel zan",
       "ru": "ка ро ми на те ло су ви да не ба тор вел зан",
       "ar": "كا رو مي نا تي لو سو في دا ني با تور",
       "fa": "کا رو می نا تی لو سو وی دا نی با تور",
       "he": "קה רו מי נה טה לו סו וי דה נה",
       "zh": "卡 罗 米 纳 特 洛 苏 维 达 内 巴 托"}
# one sentence with two catalog names, then plain sentences: ~1 name per 150-250 bytes,
# about the density of arms-trade news (the dev corpus has ~1 mention per 200 bytes)
FILLER = {
    "en": "The ministry said on Monday that the delivery of the {X} to {Y} was completed after talks. "
          "Officials added that the contract also covers training, spare parts and maintenance for ten years.",
    "vi": "Bộ Quốc phòng cho biết {X} đã được chuyển giao cho {Y} sau nhiều vòng đàm phán. "
          "Hợp đồng cũng bao gồm đào tạo, phụ tùng và bảo dưỡng trong mười năm tới.",
    "ar": "وقالت وزارة الدفاع إن {X} وصلت إلى {Y} بعد مفاوضات طويلة. "
          "وأضاف المسؤولون أن العقد يشمل أيضا التدريب وقطع الغيار والصيانة لمدة عشر سنوات.",
    "fa": "وزارت دفاع اعلام کرد که {X} پس از مذاکرات به {Y} تحویل داده شد. "
          "مقامات افزودند که این قرارداد آموزش، قطعات یدکی و نگهداری را برای ده سال شامل می‌شود.",
    "ru": "Министерство обороны сообщило, что {X} поставлены в {Y} после переговоров. "
          "Контракт также включает обучение, запасные части и обслуживание на десять лет.",
    "zh": "国防部表示，{X}已在谈判后交付给{Y}。官员补充说，该合同还包括十年的培训、备件和维护。",
}


def _name(rng: random.Random, lang: str) -> str:
    syl = SYL.get(lang, SYL["en"]).split()
    sep = "" if lang == "zh" else ""
    word = sep.join(rng.choice(syl) for _ in range(rng.randint(2, 4)))
    return word.capitalize() if lang in ("en", "ru") else word


def synthetic_catalog(root: Path, n_states: int = 250, n_systems: int = 1000, n_makers: int = 250,
                      per_entity: int = 65) -> Path:
    rng = random.Random(7)
    langs = list(SYL)
    states, systems, makers = [], [], []
    for i in range(n_states):
        names = {lg: [_name(rng, lg) + str(i) for _ in range(per_entity // (len(langs) * 2))] for lg in langs}
        states.append({"id": f"S{i:02d}", "kind": "state", "name": f"State {i}", "names": names,
                       "demonyms": {lg: [_name(rng, lg) + f"{i}x"] for lg in langs}})
    for i in range(n_makers):
        makers.append({"id": f"m{i}", "kind": "maker", "name": f"Maker {i}", "state": f"S{i % n_states:02d}",
                       "type": "maker", "aliases": {lg: [_name(rng, lg) + f"m{i}_{k}" for k in range(per_entity // len(langs))] for lg in langs}})
    for i in range(n_systems):
        systems.append({"id": f"sys{i}", "kind": "system", "name": f"System {i}", "family": f"sys{i}",
                        "makers": [f"m{i % n_makers}"], "states": [f"S{i % n_states:02d}"], "category": "missile",
                        "aliases": {lg: [_name(rng, lg) + f"-{i}-{k}" for k in range(per_entity // len(langs))] for lg in langs}})
    for fname, rows in (("states", states), ("systems", systems), ("makers", makers), ("sources", [])):
        with (root / f"{fname}.jsonl").open("w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return root


def synthetic_text(aliases: list[str], mb: float, seed: int = 3) -> list[tuple[str, str]]:
    """Documents of ~3 KB each in six languages/scripts, with catalog names sprinkled in."""
    rng = random.Random(seed)
    docs = []
    total = 0
    target = int(mb * 1_000_000)
    langs = list(FILLER)
    while total < target:
        lang = rng.choice(langs)
        parts = []
        size = 0
        while size < 3000:
            s = FILLER[lang].format(X=rng.choice(aliases), Y=rng.choice(aliases))
            parts.append(s)
            size += len(s.encode("utf-8"))
        text = " ".join(parts)
        docs.append((lang, text))
        total += len(text.encode("utf-8"))
    return docs


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=10.0)
    ap.add_argument("--synthetic", action="store_true")
    ap.add_argument("--data", type=Path, default=None, help="catalog data dir (default: shipped)")
    ap.add_argument("--leftmost", action="store_true", help="LeftmostLongest instead of overlapping scan")
    ap.add_argument("--corpus", type=Path, default=None,
                    help="also time real documents (e.g. ../shared/corpus/dev), repeated to --mb")
    args = ap.parse_args()
    data = args.data or _default_dir()
    if args.synthetic or not (data / "states.jsonl").is_file():
        data = synthetic_catalog(Path(tempfile.mkdtemp()))
        label = "synthetic"
    else:
        label = "shipped"
    rss0 = rss_mb()
    t0 = time.process_time()
    cat = build_catalog(data)
    t_load = time.process_time() - t0
    t0 = time.process_time()
    cached = load_catalog(data)  # what a process pays after the first build (pickle cache)
    t_cached = time.process_time() - t0
    del cached
    t0 = time.process_time()
    matcher = Matcher(cat, overlapping=not args.leftmost)
    t_build = time.process_time() - t0
    rss_load = rss_mb()
    names = [a.alias for ents in cat.aliases.values() for a in ents]
    docs = synthetic_text(names, args.mb)
    total_mb = sum(len(t.encode("utf-8")) for _, t in docs) / 1e6
    # normalisation is a separate pipeline stage; time the matcher on ready views
    prepared = []
    t0 = time.process_time()
    for lang, text in docs:
        d = Document(text, lang=lang)
        d.view = normalize(text)
        prepared.append(d)
    t_norm = time.process_time() - t0
    def run(batch: list[Document]) -> tuple[int, float]:
        n = 0
        t0 = time.process_time()
        for d in batch:
            n += len(disambiguate(d, matcher.candidates(d)))
        return n, time.process_time() - t0

    run(prepared[:300])  # warm-up: language packs load on first use, automaton pages fault in
    n, t_match = run(prepared)
    real = None
    if args.corpus:
        from armstrace.eval.coverage import _read_docs

        base = [(t, lang) for t, lang in _read_docs(args.corpus / "docs").values()]
        size = sum(len(t.encode("utf-8")) for t, _ in base)
        batch = []
        for _ in range(max(1, int(args.mb * 1e6 / size))):
            for t, lang in base:
                d = Document(t, lang=lang)
                d.view = normalize(t)
                batch.append(d)
        run(batch[:len(base)])
        rn, rt = run(batch)
        real = (sum(len(d.text.encode("utf-8")) for d in batch) / 1e6, rn, rt)
    st = cat.stats()
    rows = [
        ("catalog", f"{label}: {st['entities']} entities, {st['aliases']} aliases, {st['patterns']} patterns"),
        ("load + validate (build)", f"{t_load:.2f} s CPU"),
        ("load from pickle cache", f"{t_cached:.2f} s CPU"),
        ("automaton build", f"{t_build:.2f} s CPU ({'leftmost-longest' if args.leftmost else 'overlapping'})"),
        ("RSS after load", f"{rss_load:.0f} MB (before: {rss0:.0f} MB)"),
        ("text", f"{total_mb:.1f} MB in {len(docs)} docs (en vi ar fa ru zh)"),
        ("normalise (other stage)", f"{total_mb / t_norm:.1f} MB/s"),
        ("match + disambiguate", f"{total_mb / t_match:.1f} MB/s CPU ({n} mentions, 1 per {total_mb * 1e6 / max(n, 1):.0f} B)"),
    ]
    if real:
        rows.append((f"same on {args.corpus.name} docs", f"{real[0] / real[2]:.1f} MB/s CPU on {real[0]:.1f} MB "
                     f"({real[1]} mentions, 1 per {real[0] * 1e6 / max(real[1], 1):.0f} B)"))
    w = max(len(r[0]) for r in rows)
    print(f"{'measure':<{w}}  value")
    for k, v in rows:
        print(f"{k:<{w}}  {v}")


if __name__ == "__main__":
    main()
