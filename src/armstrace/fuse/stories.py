"""Story clustering across languages: documents reporting the same event share a story id.

Pipeline: near-duplicates (wire copies) are linked to their origin and inherit its story;
origins are compared only when they share a blocking token (a state pair, a system, an
actor, a transfer key, a salient number) or are embedding nearest neighbours; candidate
pairs scoring >= THRESHOLD are merged strongest first, and two clusters merge only when
their average cross score reaches LINK and every cross pair reaches LINK_MIN (keeps chains
of "same deal, later milestone" apart). Incremental in the store: new documents join existing stories;
existing stories are never split or merged with each other.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, datetime
from itertools import islice
from typing import Any

import numpy as np

from armstrace.document import Document, Mention
from armstrace.fuse import dedup, embed
from armstrace.fuse.similarity import Background, Features, features_of, score

THRESHOLD = 0.5
LINK = 0.5  # average cross score for two clusters to merge
LINK_MIN = 0.5  # and every cross pair must reach this: keeps "same deal, other milestone" out
MAX_DF = 200  # blocking tokens shared by more documents than this are too common to use
TOP_K = 8  # embedding neighbours added as candidates (batch mode)
_LINK_SAMPLE = 6


def story_id(first_key: str) -> str:
    return "st-" + hashlib.sha1(first_key.encode()).hexdigest()[:12]


class Clusterer:
    """Union of documents into stories with average-linkage guarded merges."""

    def __init__(self, bg: Background | None = None):
        self.bg = bg or Background()
        self.feats: dict[str, Features] = {}
        self.cluster: dict[str, str] = {}  # key -> cluster id
        self.members: dict[str, list[str]] = {}
        self.frozen: set[str] = set()  # clusters that existed before this run
        self._cache: dict[tuple[str, str], float] = {}

    def add_existing(self, f: Features, story: str) -> None:
        self.feats[f.key] = f
        self.cluster[f.key] = story
        self.members.setdefault(story, []).append(f.key)
        self.frozen.add(story)

    def add_new(self, f: Features) -> None:
        self.feats[f.key] = f
        cid = story_id(f.key)
        self.cluster[f.key] = cid
        self.members[cid] = [f.key]

    def pair_score(self, a: str, b: str) -> float:
        k = (a, b) if a < b else (b, a)
        if k not in self._cache:
            self._cache[k] = score(self.feats[a], self.feats[b], self.bg)
        return self._cache[k]

    def _linkable(self, ca: str, cb: str) -> bool:
        ma, mb = self.members[ca][:_LINK_SAMPLE], self.members[cb][:_LINK_SAMPLE]
        scores = [self.pair_score(a, b) for a in ma for b in mb]
        return min(scores) >= LINK_MIN and sum(scores) / len(scores) >= LINK

    def merge_pairs(self, pairs: Iterable[tuple[str, str]]) -> None:
        scored = [(s, a, b) for a, b in pairs if (s := self.pair_score(a, b)) >= THRESHOLD]
        scored.sort(key=lambda x: (-x[0], x[1], x[2]))
        for _, a, b in scored:
            ca, cb = self.cluster[a], self.cluster[b]
            if ca == cb or (ca in self.frozen and cb in self.frozen):
                continue
            if not self._linkable(ca, cb):
                continue
            if cb in self.frozen or (ca not in self.frozen and min(self.members[cb]) < min(self.members[ca])):
                ca, cb = cb, ca  # keep the older / frozen id
            for k in self.members.pop(cb):
                self.cluster[k] = ca
                self.members[ca].append(k)
            # a fresh cluster's id follows its smallest key so reruns give the same ids
            if ca not in self.frozen:
                nid = story_id(min(self.members[ca]))
                if nid != ca:
                    self.members[nid] = self.members.pop(ca)
                    for k in self.members[nid]:
                        self.cluster[k] = nid


def candidate_pairs(feats: list[Features], max_df: int = MAX_DF, top_k: int = TOP_K) -> set[tuple[str, str]]:
    """Blocking: pairs sharing a not-too-common token, plus embedding nearest neighbours."""
    index: dict[str, list[str]] = defaultdict(list)
    for f in feats:
        for t in f.tokens():
            index[t].append(f.key)
    pairs: set[tuple[str, str]] = set()
    for keys in index.values():
        if 1 < len(keys) <= max_df:
            for i, a in enumerate(keys):
                for b in keys[i + 1:]:
                    if a != b:
                        pairs.add((a, b) if a < b else (b, a))
    with_vec = [f for f in feats if f.vector is not None]
    if top_k and len(with_vec) > 1:
        mat = np.vstack([f.vector for f in with_vec])
        k = min(top_k, len(with_vec) - 1)
        for start in range(0, len(with_vec), 1024):
            sims = mat[start:start + 1024] @ mat.T
            for r, row in enumerate(sims):
                row[start + r] = -2.0
                for j in np.argpartition(-row, k)[:k]:
                    a, b = with_vec[start + r].key, with_vec[int(j)].key
                    pairs.add((a, b) if a < b else (b, a))
    return pairs


def cluster_features(feats: list[Features], bg: Background | None = None) -> dict[str, str]:
    """{key: story id} for documents clustered together (no existing stories)."""
    bg = bg or Background.estimate(feats)
    c = Clusterer(bg)
    for f in feats:
        c.add_new(f)
    c.merge_pairs(candidate_pairs(feats))
    return dict(c.cluster)


def assign_stories(docs: list[Document]) -> None:
    """Set `doc.story` on documents processed together; wire copies share their origin's."""
    if not docs:
        return
    keys = [f"{i}" for i in range(len(docs))]
    dups = dedup.find_duplicates((k, d.hash, d.clean_text) for k, d in zip(keys, docs, strict=True))
    origins = [i for i, k in enumerate(keys) if k not in dups]
    feats = []
    for i in origins:
        f = features_of(docs[i])
        f.key = f"{docs[i].hash}:{i}"
        feats.append(f)
    vecs = embed.embed_docs([docs[i] for i in origins])
    if vecs is not None:
        for f, v in zip(feats, vecs, strict=True):
            f.vector = v
    assigned = cluster_features(feats)
    story_of = {str(i): assigned[f.key] for i, f in zip(origins, feats, strict=True)}
    for k, d in zip(keys, docs, strict=True):
        origin = dups.get(k)
        d.story = story_of[origin] if origin is not None else story_of[k]
        if origin is not None:
            d.meta["duplicate_of"] = docs[int(origin)].id


# --- the store ------------------------------------------------------------------------

def _chunks(seq: list, n: int = 500) -> Iterable[list]:
    it = iter(seq)
    while chunk := list(islice(it, n)):
        yield chunk


def _doc_from_row(row: dict[str, Any], mentions: list[Mention]) -> tuple[Document, Features]:
    rec = json.loads(row["record"])
    doc = Document(text=row["text"], id=row["id"], title=row["title"], published=row["published"],
                   lang=row["lang"], hash=row["hash"])
    doc.transfers = rec.get("transfers") or []
    doc.cooperation = rec.get("cooperation") or []
    doc.trade_statistics = rec.get("trade_statistics") or []
    doc.mentions = mentions  # offsets let figures inside system names ("Su-35") be skipped
    return doc, features_of(doc)


def cluster_store(store: Any) -> None:
    """Give every stored document without a story one: join an existing story or start one."""
    rows = store.query("SELECT hash, id, title, lang, published, text, record FROM documents "
                       "WHERE story IS NULL ORDER BY ingested_at, id")
    if not rows:
        return
    new_hashes = [r["hash"] for r in rows]
    mentions: dict[str, list] = defaultdict(list)
    for chunk in _chunks(new_hashes):
        q = ",".join("?" * len(chunk))
        for h, start, end, kind, entity_id, state in store.conn.execute(
                f'SELECT doc_hash, start, "end", kind, entity_id, state FROM mentions '
                f"WHERE doc_hash IN ({q})", chunk):
            mentions[h].append(Mention(start if start is not None else -1, end if end is not None else -1,
                                       kind, entity_id, "", state=state))
    docs, feats, sigs = [], [], []
    for r in rows:
        d, f = _doc_from_row(r, mentions.get(r["hash"], []))
        docs.append(d)
        feats.append(f)
        sigs.append(dedup.signature(d.clean_text))
    # --- near-duplicates: stored band keys first, then earlier documents of this run
    dup_of: dict[str, str] = {}
    index = dedup.NearDuplicateIndex()
    for d, sig in zip(docs, sigs, strict=True):
        origin = _stored_duplicate(store, sig) or index.add(d.hash, sig)
        if origin:
            dup_of[d.hash] = origin
    origins = [(d, f) for d, f in zip(docs, feats, strict=True) if d.hash not in dup_of]
    vecs = embed.embed_docs([d for d, _ in origins])
    if vecs is not None:
        for (_, f), v in zip(origins, vecs, strict=True):
            f.vector = v
    new_feats = [f for _, f in origins]
    # --- existing candidates through the token table
    old = _stored_candidates(store, new_feats)
    bg = Background.estimate(new_feats + [f for f, _ in old])
    c = Clusterer(bg)
    for f, st in old:
        c.add_existing(f, st)
    for f in new_feats:
        c.add_new(f)
    pairs = candidate_pairs(new_feats + [f for f, _ in old], top_k=TOP_K)
    new_keys = {f.key for f in new_feats}
    c.merge_pairs(p for p in pairs if p[0] in new_keys or p[1] in new_keys)
    # --- write
    story_of_stored = {}
    for chunk in _chunks(list(set(dup_of.values()) - new_keys)):
        q = ",".join("?" * len(chunk))
        for h, st in store.conn.execute(f"SELECT hash, story FROM documents WHERE hash IN ({q})", chunk):
            story_of_stored[h] = st
    assignments = {f.key: c.cluster[f.key] for f in new_feats}
    for h, origin in dup_of.items():
        assignments[h] = assignments.get(origin) or story_of_stored.get(origin) or story_id(origin)
    _write(store, docs, feats, sigs, dup_of, assignments)


def _stored_duplicate(store: Any, sig: np.ndarray) -> str | None:
    keys = dedup.bands(sig)
    q = ",".join("?" * len(keys))
    best, best_sim = None, dedup.THRESHOLD
    for h, blob, dup in store.conn.execute(
            f"SELECT DISTINCT b.hash, f.minhash, d.duplicate_of FROM minhash_bands b "
            f"JOIN story_features f ON f.hash = b.hash JOIN documents d ON d.hash = b.hash "
            f"WHERE b.band IN ({q})", keys):
        sim = dedup.similarity(sig, np.frombuffer(blob, dtype=np.uint64))
        if sim >= best_sim:
            best, best_sim = dup or h, sim
    return best


def _stored_candidates(store: Any, feats: list[Features]) -> list[tuple[Features, str]]:
    tokens = sorted({t for f in feats for t in f.tokens()})
    hashes: set[str] = set()
    for chunk in _chunks(tokens):
        q = ",".join("?" * len(chunk))
        common = {t for t, n in store.conn.execute(
            f"SELECT token, COUNT(*) FROM story_tokens WHERE token IN ({q}) GROUP BY token", chunk)
            if n > MAX_DF}
        usable = [t for t in chunk if t not in common]
        if usable:
            q = ",".join("?" * len(usable))
            hashes |= {r[0] for r in store.conn.execute(
                f"SELECT hash FROM story_tokens WHERE token IN ({q})", usable)}
    out = []
    for chunk in _chunks(sorted(hashes)):
        q = ",".join("?" * len(chunk))
        for _h, fj, vec, st in store.conn.execute(
                f"SELECT f.hash, f.features, f.vector, d.story FROM story_features f "
                f"JOIN documents d ON d.hash = f.hash WHERE f.hash IN ({q}) AND d.story IS NOT NULL",
                chunk):
            v = np.frombuffer(vec, dtype=np.float32) if vec else None
            out.append((Features.from_json(json.loads(fj), v), st))
    return out


def _write(store: Any, docs: list[Document], feats: list[Features], sigs: list[np.ndarray],
           dup_of: dict[str, str], assignments: dict[str, str]) -> None:
    conn = store.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.executemany("UPDATE documents SET story = ?, duplicate_of = ? WHERE hash = ?",
                         [(assignments[d.hash], dup_of.get(d.hash), d.hash) for d in docs])
        conn.executemany("INSERT OR REPLACE INTO story_features (hash, features, vector, minhash) "
                         "VALUES (?,?,?,?)",
                         [(f.key, json.dumps(f.to_json(), ensure_ascii=False),
                           f.vector.astype(np.float32).tobytes() if f.vector is not None else None,
                           s.tobytes()) for f, s in zip(feats, sigs, strict=True)])
        hashes = [d.hash for d in docs]
        for chunk in _chunks(hashes):
            q = ",".join("?" * len(chunk))
            conn.execute(f"DELETE FROM story_tokens WHERE hash IN ({q})", chunk)
            conn.execute(f"DELETE FROM minhash_bands WHERE hash IN ({q})", chunk)
        conn.executemany("INSERT INTO story_tokens (token, hash) VALUES (?, ?)",
                         [(t, f.key) for f in feats if f.key not in dup_of for t in f.tokens()])
        conn.executemany("INSERT INTO minhash_bands (band, hash) VALUES (?, ?)",
                         [(b, d.hash) for d, s in zip(docs, sigs, strict=True) if d.hash not in dup_of
                          for b in dedup.bands(s)])
        _refresh_stories(conn, sorted(set(assignments.values())))
        conn.execute("COMMIT")
    except Exception:
        conn.execute("ROLLBACK")
        raise


def _refresh_stories(conn: Any, stories: list[str]) -> None:
    now = datetime.now(UTC).isoformat(timespec="seconds")
    for chunk in _chunks(stories):
        q = ",".join("?" * len(chunk))
        conn.execute(
            "INSERT OR REPLACE INTO stories (story, documents, origins, languages, first_seen, last_seen,"
            " ids, updated_at) SELECT story, COUNT(*), SUM(duplicate_of IS NULL),"
            " GROUP_CONCAT(DISTINCT lang), MIN(published), MAX(published), GROUP_CONCAT(id), ?"
            f" FROM documents WHERE story IN ({q}) GROUP BY story", (now, *chunk))


def story_rows(store: Any, min_documents: int = 1, doc_id: str | None = None) -> list[dict[str, Any]]:
    """One row per story: size, independent origins, languages, dates, member ids."""
    sql = ("SELECT story, documents, origins, languages, first_seen, last_seen, ids FROM stories "
           "WHERE documents >= ?")
    params: list[Any] = [min_documents]
    if doc_id:
        sql += " AND story IN (SELECT story FROM documents WHERE id = ?)"
        params.append(doc_id)
    rows = store.query(sql + " ORDER BY documents DESC, first_seen, story", tuple(params))
    for r in rows:
        r["languages"] = sorted(set((r["languages"] or "").split(",")) - {""})
        r["ids"] = sorted((r["ids"] or "").split(","))
    return rows
