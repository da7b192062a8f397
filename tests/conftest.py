"""Shared fixtures: the real pipeline (built once), the shared evaluation material, blank vocabularies."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


def shared_dir() -> Path | None:
    """``../shared`` beside the repository (or $DIPNLP_SHARED), where score.py and the gold live."""
    path = Path(os.environ.get("DIPNLP_SHARED", ROOT.parent / "shared"))
    return path if (path / "eval" / "score.py").is_file() else None


@pytest.fixture(scope="session")
def nlp():
    import dipnlp

    return dipnlp.load()


@pytest.fixture(scope="session")
def shared() -> Path:
    path = shared_dir()
    if path is None:
        pytest.skip("../shared/eval is not beside the repository (set DIPNLP_SHARED)")
    return path


@pytest.fixture(scope="session")
def en_vocab():
    from spacy.lang.en import English

    return English().vocab
