"""`armstrace eval`: run the pipeline over a gold corpus and score it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from armstrace.document import Document
from armstrace.errors import ArmstraceError
from armstrace.eval.score import Scores, load_gold, score
from armstrace.ingest import iter_inputs
from armstrace.pipeline import Pipeline


def run_corpus(corpus: Path, workers: int = 1, cluster: bool = True) -> tuple[Scores, list[dict[str, Any]]]:
    """Extract every document of `corpus/docs`, cluster stories, score against gold.jsonl."""
    docs_dir, gold_path = corpus / "docs", corpus / "gold.jsonl"
    if not docs_dir.is_dir() or not gold_path.is_file():
        raise ArmstraceError("E008", f"{corpus} needs docs/ and gold.jsonl")
    gold = load_gold(gold_path)
    docs = [d for d in Pipeline().pipe(iter_inputs([docs_dir]), workers=workers) if isinstance(d, Document)]
    if cluster:
        try:
            from armstrace.fuse.stories import assign_stories

            assign_stories(docs)
        except ImportError:
            pass
    records = [d.to_record() for d in docs]
    langs = {d.id: d.lang or "?" for d in docs}
    return score(records, gold, langs), records


def format_scores(name: str, s: Scores) -> str:
    d = s.as_dict()
    rows = [("transfer pairs", d["transfer_pairs"]), ("transfers with system", d["transfer_systems"]),
            ("cooperation events", d["cooperation"]), ("trade statistics", d["trade_statistics"]),
            ("story pairs", d["stories"])]
    out = [f"== {name}", f"{'measure':<24}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>6}{'FN':>6}"]
    for label, m in rows:
        out.append(f"{label:<24}{m['p']:>7.3f}{m['r']:>7.3f}{m['f1']:>7.3f}{m['tp']:>6}{m['fp']:>6}{m['fn']:>6}")
    out.append(f"{'status accuracy':<24}{d['status_accuracy']:>7.3f}   (over {d['status_matched']} matched entries)")
    out.append(f"{'false transfers on negatives':<30}{d['negative_false_transfers']} in {d['negative_docs']} negative docs")
    out.append("pair F1 by language: " + ", ".join(
        f"{k} {v['f1']:.2f}" for k, v in d["pair_f1_by_lang"].items()))
    return "\n".join(out)
