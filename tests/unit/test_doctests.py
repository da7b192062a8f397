"""The docstring examples of the installed modules run and give what they show."""
from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import dipnlp


def module_names() -> list[str]:
    return sorted(m.name for m in pkgutil.walk_packages(dipnlp.__path__, "dipnlp.") if m.name != "dipnlp.cli")


@pytest.mark.parametrize("name", ["dipnlp", *module_names()])
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"
