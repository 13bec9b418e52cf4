"""Benchmark: cost of the entity stage per 2,000-character article, on one core.

Usage: python bench/bench_entities.py [CORPUS.jsonl]   (default: ../shared/corpus/dev.jsonl)
Reports milliseconds per article normalised to 2,000 characters for the recognizer alone and for the whole
entity stage (recognizer + cross-article person registry), and the knowledge-base load time.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from newsmonitor.entities.kb import default_kb
from newsmonitor.entities.recognize import Recognizer
from newsmonitor.entities.stage import EntityStage
from newsmonitor.extract.language import detect_language
from newsmonitor.model import Article


def main() -> None:
    path = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared/corpus/dev.jsonl")
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    texts = [(r["text"], detect_language(r["text"])) for r in rows]
    started = time.perf_counter()
    recognizer = Recognizer(default_kb())
    load = time.perf_counter() - started
    recognizer(*texts[0])  # warm caches
    chars = sum(len(t) for t, _ in texts)
    best = float("inf")
    for _ in range(5):
        t0 = time.perf_counter()
        for text, lang in texts:
            recognizer(text, lang)
        best = min(best, time.perf_counter() - t0)
    per_article = best / len(texts) * 1000
    per_2000 = best / chars * 2000 * 1000
    # the whole stage: recognition plus the cross-article person registry (a fresh one per round)
    stage_best = float("inf")
    for _ in range(5):
        stage = EntityStage(recognizer.kb)
        articles = []
        for k, (text, lang) in enumerate(texts):
            article = Article(id=str(k), text=text)
            article.lang = lang
            articles.append(article)
        t0 = time.perf_counter()
        for article in articles:
            stage(article)
        stage_best = min(stage_best, time.perf_counter() - t0)
    print(f"articles: {len(texts)}, mean length {chars / len(texts):.0f} chars")
    print(f"knowledge base load: {load:.2f} s")
    print(f"recognizer: {per_article:.2f} ms/article, {per_2000:.2f} ms per 2,000 characters (best of 5)")
    print(f"entity stage: {stage_best / len(texts) * 1000:.2f} ms/article, "
          f"{stage_best / chars * 2000 * 1000:.2f} ms per 2,000 characters (with the person registry; best of 5)")


if __name__ == "__main__":
    main()
