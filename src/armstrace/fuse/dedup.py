"""Exact and near-duplicate detection: syndicated copies are linked to one origin.

Exact duplicates share the content hash (the store's primary key). Near duplicates are
found with MinHash signatures (datasketch) over word 5-shingles (character 4-grams for
scripts written without spaces) and an own banding index, so the same band keys can live
in memory for a batch or in an indexed SQLite table for the store. A candidate is kept
only when the estimated Jaccard similarity reaches `THRESHOLD`.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

import numpy as np
from datasketch import MinHash

NUM_PERM = 64
BANDS, ROWS = 8, 8  # S-curve midpoint (1/8)^(1/8) ~ 0.77
THRESHOLD = 0.8
_WORD = re.compile(r"\w+", re.UNICODE)
_MAX_SHINGLES = 4000


def shingles(text: str) -> set[bytes]:
    """Word 5-shingles, or character 4-grams when the text has few spaces (zh, ja, th)."""
    t = text.casefold()
    words = _WORD.findall(t)
    if len(words) >= 8 and len(t) / max(1, len(words)) < 15:
        grams = (" ".join(words[i:i + 5]) for i in range(max(1, len(words) - 4)))
    else:
        s = "".join(words)
        grams = (s[i:i + 4] for i in range(max(1, len(s) - 3)))
    out: set[bytes] = set()
    for g in grams:
        out.add(g.encode("utf-8", "surrogatepass"))
        if len(out) >= _MAX_SHINGLES:
            break
    return out


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """datasketch regenerates these per MinHash; computing them once saves ~1 ms a document."""
    return MinHash(num_perm=NUM_PERM, seed=1).permutations


def signature(text: str) -> np.ndarray:
    """MinHash hash values (uint64, NUM_PERM)."""
    mh = MinHash(num_perm=NUM_PERM, seed=1, permutations=_permutations())
    sh = shingles(text)
    if sh:
        mh.update_batch(list(sh))
    return mh.hashvalues.astype(np.uint64)


def bands(sig: np.ndarray) -> list[str]:
    """LSH band keys: documents sharing one are near-duplicate candidates."""
    return [f"{b}:{hashlib.blake2b(sig[b * ROWS:(b + 1) * ROWS].tobytes(), digest_size=8).hexdigest()}"
            for b in range(BANDS)]


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.mean(a == b))


class NearDuplicateIndex:
    """In-memory band index; `add` returns the origin a new item duplicates, if any."""

    def __init__(self) -> None:
        self.buckets: dict[str, list[str]] = defaultdict(list)
        self.sigs: dict[str, np.ndarray] = {}
        self.origin: dict[str, str] = {}

    def add(self, key: str, sig: np.ndarray) -> str | None:
        keys = bands(sig)
        best, best_sim = None, THRESHOLD
        seen: set[str] = set()
        for k in keys:
            for other in self.buckets.get(k, ()):
                if other in seen:
                    continue
                seen.add(other)
                sim = similarity(sig, self.sigs[other])
                if sim >= best_sim:
                    best, best_sim = other, sim
        for k in keys:
            self.buckets[k].append(key)
        self.sigs[key] = sig
        if best is None:
            return None
        origin = self.origin.get(best, best)
        self.origin[key] = origin
        return origin


def find_duplicates(items: Iterable[tuple[str, str, str]]) -> dict[str, str]:
    """(key, content hash, text) in arrival order -> {key: origin key} for every copy.

    Identical text under different keys is an exact duplicate of the first key seen.
    """
    by_hash: dict[str, str] = {}
    index = NearDuplicateIndex()
    out: dict[str, str] = {}
    for key, content_hash, text in items:
        if content_hash in by_hash:
            out[key] = by_hash[content_hash]
            continue
        by_hash[content_hash] = key
        origin = index.add(key, signature(text))
        if origin is not None:
            out[key] = origin
    return out
