"""Build Docs by hand for unit tests: words, POS tags and entities, no statistical model."""
from __future__ import annotations

from spacy.tokens import Doc

PROPN_TAG = {"PROPN": "NNP", "NOUN": "NN", "ADJ": "JJ", "VERB": "VBD", "PUNCT": ",", "ADP": "IN", "DET": "DT"}


def make_doc(nlp, text: str, pos: dict[str, str] | None = None, ents: list[tuple[str, str]] = (),
             plural: set[str] = frozenset()) -> Doc:
    """A Doc of ``text`` split on spaces. Title-case words are PROPN unless ``pos`` says otherwise;
    ``ents`` are (exact words, label) marked at their first occurrence; ``plural`` words get tag NNS."""
    words = text.split(" ")
    pos = pos or {}
    tags, poses, lemmas = [], [], []
    for w in words:
        p = pos.get(w) or ("PROPN" if w[:1].isupper() else "PUNCT" if not w[:1].isalnum() else "NOUN")
        poses.append(p)
        tags.append("NNS" if w in plural else PROPN_TAG.get(p, "NN"))
        lemmas.append(w[:-1] if w in plural else w)
    iob = ["O"] * len(words)
    for phrase, label in ents:
        part = phrase.split(" ")
        for i in range(len(words) - len(part) + 1):
            if words[i:i + len(part)] == part and iob[i] == "O":
                iob[i:i + len(part)] = [f"B-{label}"] + [f"I-{label}"] * (len(part) - 1)
                break
    return Doc(nlp.vocab, words=words, pos=poses, tags=tags, lemmas=lemmas, ents=iob)


#: The coarse part of speech of each fine tag the row-built Docs use (see :func:`parsed_doc`).
TAG_POS = {"NNP": "PROPN", "VBD": "VERB", "VB": "VERB", "VBN": "VERB", "MD": "AUX", "IN": "ADP", ".": "PUNCT",
           "RB": "PART", "CC": "CCONJ", "NN": "NOUN", "NNS": "NOUN", "TO": "ADP", "DT": "DET", ",": "PUNCT",
           "WRB": "SCONJ", "WDT": "PRON", "JJ": "ADJ", "VBZ": "AUX", "PRP$": "PRON", "VBG": "VERB", "CD": "NUM"}


def parsed_doc(vocab, rows, entities, dates=(), article_date="2019-01-20") -> Doc:
    """Build a parsed Doc from (word, lemma, tag, dep, head) rows and entity (name, label, start, end) tuples."""
    words, lemmas, tags, deps, heads = zip(*rows)
    doc = Doc(vocab, words=list(words), lemmas=list(lemmas), tags=list(tags), deps=list(deps),
              heads=list(heads), pos=[TAG_POS[t] for t in tags])
    doc._.dip_entities = [{"name": n, "label": lab, "aliases": [], "roles": [], "mentions": [[s, e]]}
                          for n, lab, s, e in entities]
    doc._.dip_dates = [{"start": doc[s].idx, "end": doc[e - 1].idx + len(doc[e - 1]), "text": doc[s:e].text,
                        "value": v, "type": "DATE", "token_start": s, "token_end": e} for s, e, v in dates]
    doc._.dip_article_date = article_date
    return doc


def apply_pipes(nlp, doc):
    """Run each component of ``nlp`` on an already built ``doc`` (``nlp(doc)`` would re-tokenise text)."""
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc
