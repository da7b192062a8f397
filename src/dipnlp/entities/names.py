"""``dip_names``: who is a person, by title, honorific, apposition and one sense per article.

The model calls "Trump" an ORG and "Pompeo" a GPE in some sentences and
misses names it has not seen. The rules here are general:

- a capitalised run right after a person title or an honorific is a PERSON
  ("Secretary Pompeo", "Mr. Lavrov");
- a capitalised run set off by a comma or a dash right after a title is a
  PERSON ("top nuclear negotiators, Choe Son Hui, who ...");
- one sense per article: once a multi-word PERSON is known, any entity or
  bare proper noun spelled as that name, its first or its last word is that
  PERSON too;
- a single PERSON that is a known place and has no title is a VENUE
  ("Danang").
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dipnlp.entities.places import load_places
from dipnlp.entities.spans import Candidate, resolve_overlaps
from dipnlp.rules import RuleTables, Schema

KEEP_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"}
# prepositions after which a name is a place: "arrived in Rzeszow", "talks at Bocharov Ruchei"
LOCATIVE = {"in", "at", "near", "outside", "inside", "into", "across", "around", "towards", "toward"}
ORG_WORDS = {"nations", "union", "council", "ministry", "organisation", "organization", "party", "agency",
             "committee", "commission", "bank", "fund", "court", "office", "department", "embassy", "parliament",
             "assembly", "league", "alliance", "group", "forum", "institute", "news", "press", "times"}
DASHES = {",", "–", "—", "-", "--"}


@Language.factory("dip_names", requires=["doc.ents", "doc._.dip_titles"], assigns=["doc.ents"])
def make_names(nlp: Language, name: str) -> "Names":
    return Names(nlp, name)


class Names(RuleTables):
    """Corrections of PERSON entities."""

    SCHEMAS = {
        "honorifics": Schema({"word": str}, {}),
        "not_names": Schema({"word": str}, {}),
        "places": Schema({"name": str, "place": str, "kind": str}, {"country": str}),
    }

    def _compile(self) -> None:
        self.honorifics = {r["word"] for r in self.tables["honorifics"]}
        self.not_names = {r["word"] for r in self.tables["not_names"]}
        self.places = load_places(self.tables["places"])

    def __call__(self, doc: Doc) -> Doc:
        self._ensure_initialized()
        titles = doc._.dip_titles or []
        cands = [Candidate(e.start, e.end, e.label_) for e in doc.ents]
        titled = self.titled_names(doc, titles)
        cands.extend(Candidate(s, e, "PERSON", priority=2) for s, e in titled)
        spans = resolve_overlaps(doc, cands)
        confirmed = {doc[s:e].text for s, e in titled}
        doc.ents = resolve_overlaps(doc, self.one_sense(doc, spans, confirmed))
        return doc

    def name_run(self, doc: Doc, start: int) -> int:
        """End of the capitalised name that starts at ``start`` ("Choe Son-hui", "Kim Jong Un")."""
        end = start
        while end < len(doc):
            tok = doc[end]
            if tok.is_title and tok.is_alpha and tok.text not in self.not_names and tok.pos_ in {"PROPN", "NOUN", "ADJ", "VERB"}:
                end += 1
            elif tok.text == "-" and end > start and not doc[end - 1].whitespace_ and end + 1 < len(doc) and doc[end + 1].is_alpha:
                end += 2
            elif tok.text in ROMAN and end > start:
                end += 1
            elif tok.text in {"bin", "bint", "al", "van", "von", "de", "da", "del", "di", "le", "la", "ibn"} and end > start \
                    and end + 1 < len(doc) and doc[end + 1].is_title:
                end += 1
            else:
                break
        while end > start and not doc[end - 1].is_alpha:
            end -= 1
        return end

    def titled_names(self, doc: Doc, titles: list[dict]) -> list[tuple[int, int]]:
        """Names right after a person title or honorific, or set off after a title by a comma or dash."""
        starts = [t["end"] for t in titles if t["before_name"]]
        in_name = {t["end"]: t["start"] for t in titles if t.get("in_name") and t["core_end"] == t["end"]}
        starts += [t["end"] + 1 for t in titles if t["end"] < len(doc) and doc[t["end"]].text in DASHES]
        starts += [tok.i + 1 for tok in doc if tok.lower_ in self.honorifics]
        found = []
        for start in starts:
            if start >= len(doc):
                continue
            end = self.name_run(doc, start)
            if end > start and doc[start:end].text not in self.places:
                single = end - start == 1 or (end - start == 2 and doc[end - 1].text in ROMAN)
                found.append((in_name[start], end) if start in in_name and single else (start, end))
        return found

    def one_sense(self, doc: Doc, spans, confirmed: set[str]) -> list[Candidate]:
        """Spread PERSON over every entity or proper noun spelled like a known person's name."""
        persons = [s for s in spans if s.label_ == "PERSON" and (s.text in confirmed or s.text not in self.places)]
        full = {s.text for s in persons if len(s) > 1 or s.text in confirmed}
        parts = {w for s in persons if len(s) > 1 for w in (s[0].text, s[-1].text)} - self.not_names
        known = full | parts
        located = only_after_locatives(spans)
        cands = []
        for span in spans:
            label = span.label_
            if label not in KEEP_LABELS and (span.text in known or (
                    len(span) > 1 and span[-1].text in parts and span.text not in self.places)):
                label = "PERSON"
            elif label == "PERSON" and span.text not in known and span.text in self.places:
                label = "VENUE"
            elif span.text in located and span.text not in confirmed and not (
                    label == "ORG" and (span.text.isupper() or {t.lower_ for t in span} & ORG_WORDS)) \
                    and label in {"PERSON", "ORG"} and span.text not in full:
                label = "VENUE"
            cands.append(Candidate(span.start, span.end, label))
        taken = {i for s in spans for i in range(s.start, s.end)}
        for tok in doc:
            if tok.i not in taken and tok.pos_ == "PROPN" and tok.text in parts:
                cands.append(Candidate(tok.i, tok.i + 1, "PERSON"))
        return cands


def only_after_locatives(spans) -> set[str]:
    """Texts of PERSON/ORG entities every mention of which follows "in", "at", "near" ..."""
    seen: dict[str, bool] = {}
    for span in spans:
        if span.label_ not in {"PERSON", "ORG"}:
            continue
        root = span.root
        prev = span.doc[span.start - 1] if span.start > 0 else None
        located = (root.dep_ == "pobj" and root.head.lower_ in LOCATIVE) or (
            prev is not None and prev.lower_ in LOCATIVE)
        seen[span.text] = seen.get(span.text, True) and located
    return {text for text, located in seen.items() if located}
