"""Throughput and memory of the extraction pipeline on a synthetic corpus.

Generates text documents (~3 KB, several scripts) and HTML pages, runs the full pipeline
single-process and with 2 workers, and prints docs/s and peak RSS as a table.
Usage: python benchmarks/throughput.py [--text 5000] [--html 2000]
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

SENTENCES = {
    "en": ["Israel delivered Harop loitering munitions to Azerbaijan in 2016.",
           "Turkey signed a contract to sell Bayraktar TB2 drones to Poland, officials said.",
           "The weather in the capital was mild on Tuesday.", "Markets rose by 2.5 percent."],
    "vi": ["Azerbaijan đã mua UAV Harop của Israel.", "Thổ Nhĩ Kỳ cung cấp cho Azerbaijan máy bay không người lái TB2.",
           "Thời tiết hôm nay đẹp.", "Giá vàng tăng 20,7 triệu đồng."],
    "ar": ["اشترت أذربيجان طائرات مسيرة من إسرائيل.", "وقعت مصر عقدا لشراء 30 طائرة رافال من فرنسا.",
           "كان الطقس معتدلا في العاصمة.", "ارتفعت الأسعار بنسبة خمسة بالمئة."],
    "fa": ["آذربایجان پهپادهای اسرائیلی را خریداری کرد.", "روسیه جنگنده سوخو-۳۵ به ایران تحویل داد.",
           "هوا امروز آفتابی بود.", "قیمت‌ها ۱۲۳ میلیون دلار افزایش یافت."],
    "ru": ["Россия поставила Алжиру истребители Су-35.", "Турция продала Украине беспилотники Байрактар.",
           "Погода в столице была тёплой.", "Цены выросли на 5 процентов."],
}


def make_corpus(root: Path, n_text: int, n_html: int, seed: int = 7) -> tuple[Path, Path]:
    rnd = random.Random(seed)
    text_path, html_path = root / "text.jsonl", root / "html"
    html_path.mkdir()
    langs = list(SENTENCES)
    with text_path.open("w", encoding="utf-8") as fh:
        for i in range(n_text):
            lang = langs[i % len(langs)]
            body = []
            while sum(len(s) for s in body) < 3000:
                body.append(rnd.choice(SENTENCES[lang]))
            fh.write(json.dumps({"id": f"t{i}", "text": " ".join(body), "published": "2023-10-05"},
                                ensure_ascii=False) + "\n")
    for i in range(n_html):
        lang = langs[i % len(langs)]
        paras = "".join(f"<p>{' '.join(rnd.choice(SENTENCES[lang]) for _ in range(3))}</p>" for _ in range(10))
        (html_path / f"p{i}.html").write_text(
            f"<html><head><title>News {i}</title></head><body><nav>Home | World</nav><article>{paras}"
            f"</article><footer>Cookies policy</footer></body></html>", encoding="utf-8")
    return text_path, html_path


def run(inputs: list[str], workers: int) -> tuple[int, float]:
    from armstrace.api import extract_many
    from armstrace.document import Document

    t0 = time.perf_counter()
    n = sum(isinstance(d, Document) for d in extract_many(inputs, workers=workers))
    return n, time.perf_counter() - t0


def peak_rss_mb() -> float:
    self_ = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(self_, kids) / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--text", type=int, default=5000)
    ap.add_argument("--html", type=int, default=2000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        text_path, html_path = make_corpus(Path(tmp), args.text, args.html)
        from armstrace.pipeline import Pipeline

        Pipeline().warm_up()
        rows = []
        for label, inputs in (("text 3 KB", [str(text_path)]), ("html", [str(html_path)])):
            for workers in (1, 2):
                n, secs = run(inputs, workers)
                rows.append((label, workers, n, secs, n / secs if secs else 0.0, peak_rss_mb()))
    print(f"{'corpus':<12}{'workers':>8}{'docs':>8}{'seconds':>10}{'docs/s':>10}{'peak RSS MB':>13}")
    for label, w, n, secs, rate, rss in rows:
        print(f"{label:<12}{w:>8}{n:>8}{secs:>10.2f}{rate:>10.1f}{rss:>13.0f}")


if __name__ == "__main__":
    main()
