"""dipnlp: who met whom, who travelled where, when and in what role.

``import dipnlp`` is cheap: spaCy, the model and the extensions load only when
a pipeline is built (:func:`load`) or text is extracted (:func:`extract`).

>>> import dipnlp
>>> dipnlp.__version__
'0.1.0'
"""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_LAZY = {
    "load": "dipnlp.pipeline",
    "DEFAULT_MODELS": "dipnlp.pipeline",
    "DISPLACY_OPTIONS": "dipnlp.pipeline",
    "extract": "dipnlp.extraction",
    "extract_corpus": "dipnlp.extraction",
    "ArticleResult": "dipnlp.results",
    "CorpusResult": "dipnlp.extraction",
    "Article": "dipnlp.corpus",
    "InputError": "dipnlp.corpus",
    "read_corpus": "dipnlp.corpus",
    "normalize_date": "dipnlp.dates.normalize",
}

__all__ = ["__version__", *_LAZY]

if TYPE_CHECKING:  # pragma: no cover
    from dipnlp.corpus import Article, InputError, read_corpus
    from dipnlp.extraction import CorpusResult, extract, extract_corpus
    from dipnlp.pipeline import DEFAULT_MODELS, DISPLACY_OPTIONS, load
    from dipnlp.results import ArticleResult


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'dipnlp' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
