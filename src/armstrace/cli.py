"""Thin command line over the library: parse, call, print, exit codes.

Exit codes: 0 success (some documents may have failed; see the summary), 1 every document
failed, 2 usage error or bad input path/database.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from importlib import resources
from pathlib import Path

import click

from armstrace.errors import ArmstraceError, Problem
from armstrace.output import FORMATS, write_rows

DB_OPTION = click.option("--db", default="armstrace.db", show_default=True, help="SQLite database path.")
FORMAT_OPTION = click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)


def _fail(exc: Exception, code: int = 2) -> None:
    click.echo(f"armstrace: error: {exc}", err=True)
    sys.exit(code)


class _Group(click.Group):
    """Turn our coded errors into one-line messages instead of tracebacks."""

    def invoke(self, ctx: click.Context):  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except ArmstraceError as exc:
            _fail(exc)
        except BrokenPipeError:
            sys.exit(0)


@click.group(cls=_Group)
@click.version_option(package_name="armstrace")
def main() -> None:
    """armstrace: who supplied which weapons to whom, from news in any language."""


def _progress(iterable, enabled: bool, total: int | None = None):
    if not enabled:
        return iterable
    from tqdm import tqdm

    return tqdm(iterable, total=total, unit="doc", file=sys.stderr, leave=False)


def _run(inputs, workers: int, max_chars: int, infer_origin: bool, progress: bool):
    from armstrace.api import extract_many

    stream = extract_many(inputs, workers=workers, max_chars=max_chars, infer_origin=infer_origin)
    yield from _progress(stream, progress and sys.stderr.isatty())


def _summary(ok: int, problems: list[Problem], verb: str) -> None:
    codes = Counter(p.code for p in problems)
    extra = (" (" + ", ".join(f"{c} {Problem(c, '').name} x{n}" for c, n in sorted(codes.items())) + ")") if codes else ""
    click.echo(f"armstrace: {verb} {ok} document(s), {len(problems)} failed{extra}", err=True)
    for p in problems[:20]:
        click.echo(f"  {p}", err=True)
    if problems and not ok:
        sys.exit(1)


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True)
@click.option("--workers", type=int, default=1, show_default=True, help="Process pool size.")
@click.option("--max-chars", type=int, default=200_000, show_default=True, help="Per-document bound.")
@click.option("--infer-origin", is_flag=True, help="Also infer suppliers from the catalog (marked inferred).")
@click.option("--stories/--no-stories", default=True, show_default=True, help="Cluster the batch into stories.")
def extract(inputs, fmt, workers, max_chars, infer_origin, stories) -> None:
    """Print one record per document (no database needed)."""
    from armstrace.document import Document

    docs, problems = [], []
    for item in _run(inputs, workers, max_chars, infer_origin, progress=True):
        (docs if isinstance(item, Document) else problems).append(item)
    if stories and len(docs) > 1:
        from armstrace.fuse.stories import assign_stories

        assign_stories(docs)
    if fmt == "jsonl":
        write_rows((d.to_record() for d in docs), "jsonl")
    else:
        rows = [{"id": d.id, "lang": d.lang, "published": d.published, "story": d.story, **t}
                for d in docs for t in d.transfers]
        write_rows(rows, fmt, ["id", "lang", "supplier", "recipient", "system", "category", "status",
                               "certainty", "year", "evidence"])
    _summary(len(docs), problems, "extracted")


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@DB_OPTION
@click.option("--workers", type=int, default=1, show_default=True)
@click.option("--max-chars", type=int, default=200_000, show_default=True)
@click.option("--infer-origin", is_flag=True)
def ingest(inputs, db, workers, max_chars, infer_origin) -> None:
    """Extract documents into the store (idempotent: same input twice adds no rows)."""
    n, problems = ingest_into(inputs, db, workers, max_chars, infer_origin)
    _summary(n, problems, "ingested")


def ingest_into(inputs, db: str, workers: int = 1, max_chars: int = 200_000,
                infer_origin: bool = False) -> tuple[int, list[Problem]]:
    from armstrace.document import Document
    from armstrace.fuse.stories import cluster_store
    from armstrace.store import Store

    problems: list[Problem] = []
    n = 0
    with Store(db) as store:
        batch: list[Document] = []
        for item in _run(inputs, workers, max_chars, infer_origin, progress=True):
            if isinstance(item, Document):
                batch.append(item)
                if len(batch) >= 500:
                    n += store.upsert(batch)
                    batch = []
            else:
                problems.append(item)
                store.record_problem(item)
        n += store.upsert(batch)
        cluster_store(store)
    return n, problems


@main.command()
@DB_OPTION
@FORMAT_OPTION
@click.option("--supplier", help="ISO3 code.")
@click.option("--recipient", help="ISO3 code.")
@click.option("--system", help="Substring of the system name or id.")
@click.option("--year", type=int, help="Claims about this year or published in it.")
@click.option("--status", type=click.Choice(["offered", "ordered", "delivered", "in-use", "suspended"]))
@click.option("--min-sources", type=int, default=1, show_default=True,
              help="Only rows backed by at least this many independent stories.")
def register(db, fmt, supplier, recipient, system, year, status, min_sources) -> None:
    """The register: one row per supplier, recipient and system."""
    from armstrace.fuse.register import COLUMNS, build_register
    from armstrace.store import Store

    with Store(db, readonly=True) as store:
        rows = build_register(store, supplier=supplier, recipient=recipient, system=system, year=year,
                              status=status, min_sources=min_sources)
    write_rows(rows, fmt, None if fmt == "jsonl" else COLUMNS)


@main.command()
@DB_OPTION
@FORMAT_OPTION
@click.option("--min-size", type=int, default=2, show_default=True, help="Smallest story to list.")
@click.option("--doc", "doc_id", help="Only the story of this document id.")
@click.option("--recluster", is_flag=True, help="First give stories to stored documents without one.")
def stories(db, fmt, min_size, doc_id, recluster) -> None:
    """Story clusters: documents reporting the same event, across languages."""
    from armstrace.fuse.stories import cluster_store, story_rows
    from armstrace.store import Store

    with Store(db, readonly=not recluster) as store:
        if recluster:
            cluster_store(store)
        rows = story_rows(store, min_documents=1 if doc_id else min_size, doc_id=doc_id)
    write_rows(rows, fmt, ["story", "documents", "origins", "languages", "first_seen", "last_seen", "ids"])


@main.command()
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet", "graphml", "sipri", "events"]),
              required=True, help="graphml: supplier->recipient graph; sipri: SIPRI-style register "
              "(CSV); events: claims with PLOVER/CAMEO codes (JSONL, or CSV for a .csv file).")
@click.option("--out", "out", type=click.Path(dir_okay=False), required=True)
@click.option("--table", type=click.Choice(["transfers", "cooperation", "trade_statistics", "register", "documents"]),
              default=None, help="What to export (default: documents for jsonl, transfers otherwise).")
def export(db, fmt, out, table) -> None:
    """Export documents, claims, the register, the graph or coded events."""
    from armstrace.export import export_store, formats
    from armstrace.store import Store

    with Store(db, readonly=True) as store:
        if fmt == "events":
            n = formats.export(store, fmt, Path(out))
        else:
            n = export_store(store, fmt, Path(out), table)
    click.echo(f"armstrace: wrote {n} rows to {out}", err=True)


@main.command("eval")
@click.option("--corpus", type=click.Path(exists=True, file_okay=False), required=True, multiple=True)
@click.option("--workers", type=int, default=1)
@click.option("--json", "as_json", is_flag=True, help="Print scores as JSON.")
@click.option("--errors", "show_errors", is_flag=True, help="List per-document misses.")
def eval_cmd(corpus, workers, as_json, show_errors) -> None:
    """Score extraction against a gold corpus (DIR/docs + DIR/gold.jsonl)."""
    from armstrace.eval.runner import format_scores, run_corpus

    for c in corpus:
        scores, _ = run_corpus(Path(c), workers=workers)
        cov = _coverage(Path(c))
        if as_json:
            click.echo(json.dumps({"corpus": c, **scores.as_dict(), "coverage": cov}, ensure_ascii=False))
            continue
        click.echo(format_scores(c, scores))
        if cov:
            click.echo(f"entity coverage: states {cov.get('states', 0):.3f}, systems {cov.get('systems', 0):.3f}")
        if show_errors:
            for e in scores.errors:
                click.echo(f"  {e['id']}: missed {e['missed']} spurious {e['spurious']}")


def _coverage(corpus: Path) -> dict:
    from armstrace.eval.coverage import entity_coverage

    res = entity_coverage(corpus)
    return {k: float(res[k]["share"]) for k in ("states", "systems")}


@main.command()
@DB_OPTION
@FORMAT_OPTION
def demo(db, fmt) -> None:
    """Run the bundled sample articles into a fresh database and print the register."""
    sample_dir = resources.files("armstrace") / "samples"
    paths = sorted(str(p) for p in Path(str(sample_dir)).iterdir() if p.suffix in (".txt", ".json"))
    db_path = Path(db)
    for suffix in ("", "-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    n, problems = ingest_into(paths, db)
    click.echo(f"armstrace: {n} sample articles ingested into {db}\n", err=True)
    from armstrace.fuse.register import COLUMNS, build_register
    from armstrace.store import Store

    with Store(db, readonly=True) as store:
        write_rows(build_register(store), fmt, COLUMNS)


@main.group()
def catalog() -> None:
    """Search the multilingual catalog of states, systems, makers and sources."""


@catalog.command("search")
@click.argument("name")
@click.option("--lang", default=None)
@FORMAT_OPTION
def catalog_search(name, lang, fmt) -> None:
    from armstrace.catalog import load_catalog

    hits = load_catalog().lookup(name, lang=lang)
    rows = [{"id": e.id, "kind": e.kind, "name": e.name, "state": getattr(e, "state", None),
             "category": getattr(e, "category", None)} for e in hits]
    if not rows:
        _fail(ArmstraceError("E008", f"nothing in the catalog matches {name!r}"), code=1)
    write_rows(rows, fmt, ["id", "kind", "name", "state", "category"])


@catalog.command("stats")
def catalog_stats() -> None:
    from armstrace.catalog import load_catalog

    click.echo(json.dumps(load_catalog().stats(), ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
