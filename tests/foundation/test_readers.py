"""Readers: every format, ids, and bad input recorded with a code while the batch goes on."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from armstrace.document import Document
from armstrace.errors import Problem
from armstrace.ingest import iter_inputs


def _items(*paths, **kw):
    return list(iter_inputs([str(p) for p in paths], **kw))


def test_txt_json_jsonl_ids(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Israel sold drones to Azerbaijan.", encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps({"id": "B1", "text": "Nga bán Su-35 cho Iran.",
                                                 "url": "http://x", "published": "2023-01-05"}), encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"text": "one"}) + "\n" + json.dumps({"id": "c2", "text": "two"}) + "\n",
                                      encoding="utf-8")
    docs = _items(tmp_path)
    assert [d.id for d in docs] == ["a", "B1", "c:1", "c2"]
    assert all(isinstance(d, Document) for d in docs)
    assert docs[1].url == "http://x" and docs[1].published == "2023-01-05"


def test_jsonl_gz_and_truncated_gzip(tmp_path: Path) -> None:
    lines = "".join(json.dumps({"id": f"d{i}", "text": f"text {i}"}) + "\n" for i in range(50))
    good = tmp_path / "good.jsonl.gz"
    good.write_bytes(gzip.compress(lines.encode()))
    bad = tmp_path / "bad.jsonl.gz"
    bad.write_bytes(gzip.compress(lines.encode())[:-30])
    items = _items(good)
    assert len(items) == 50
    items = _items(bad)
    assert isinstance(items[-1], Problem) and items[-1].code == "E006"
    assert sum(isinstance(i, Document) for i in items) >= 1  # records before the cut are kept


def test_bad_inputs_get_codes(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary\x00" * 20)
    (tmp_path / "notext.jsonl").write_text(json.dumps({"id": "x", "title": "no text"}) + "\nnot json\n")
    (tmp_path / "ok.txt").write_text("Fine text.")
    items = _items(tmp_path, tmp_path / "missing.txt")
    codes = sorted(i.code for i in items if isinstance(i, Problem))
    assert codes == ["E001", "E002", "E004", "E005", "E008"]
    assert [d.id for d in items if isinstance(d, Document)] == ["ok"]


def test_invalid_utf8_and_mojibake(tmp_path: Path) -> None:
    (tmp_path / "latin.txt").write_bytes("Türkiye sattı".encode() + b"\xff ok")
    (tmp_path / "moji.txt").write_text("TÃ¼rkiye ve Azerbaycan", encoding="utf-8")
    docs = {d.id: d for d in _items(tmp_path)}
    assert docs["latin"].warnings and docs["latin"].warnings[0].code == "W002"
    assert docs["moji"].text.startswith("Türkiye")


def test_max_chars_truncates_with_warning(tmp_path: Path) -> None:
    (tmp_path / "long.txt").write_text("word " * 1000)
    (doc,) = _items(tmp_path / "long.txt", max_chars=100)
    assert len(doc.text) == 100 and doc.warnings[0].code == "W001"


def test_html_with_trafilatura(tmp_path: Path) -> None:
    body = "".join(f"<p>Paragraph {i}: Azerbaijan received Israeli drones according to officials.</p>" for i in range(5))
    html = (f"<html><head><title>Drones</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<article><h1>Drones</h1>{body}</article><footer>Cookie policy</footer></body></html>")
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    (doc,) = _items(tmp_path / "page.html")
    assert "Paragraph 3" in doc.text and "Home" not in doc.text


def test_malformed_html_does_not_crash(tmp_path: Path) -> None:
    (tmp_path / "broken.html").write_text("<html><body><p>unclosed <div><<<>>", encoding="utf-8")
    items = _items(tmp_path / "broken.html")
    assert len(items) == 1  # either a document or a coded problem, never an exception


def test_warc(tmp_path: Path) -> None:
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        body = "".join(f"<p>Sentence {i} about Turkey selling drones to Azerbaijan in the region.</p>" for i in range(6))
        payload = f"<html><body><article>{body}</article></body></html>".encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
        rec = writer.create_warc_record("http://example.org/a", "response", payload=BytesIO(payload),
                                        http_headers=headers)
        writer.write_record(rec)
    items = _items(path)
    assert len(items) == 1 and isinstance(items[0], Document)
    assert items[0].url == "http://example.org/a" and "Sentence 2" in items[0].text
    trunc = tmp_path / "trunc.warc.gz"
    trunc.write_bytes(path.read_bytes()[:-40])
    assert any(isinstance(i, Problem) and i.code == "E006" for i in _items(trunc))
