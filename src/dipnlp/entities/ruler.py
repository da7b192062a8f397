"""``dip_entity_rules``: role titles, organisation and venue patterns, places.

It rewrites ``doc.ents`` so that places are ``VENUE``, organisations found by
their cue words are ``ORG``, titles are cut out of the model's entities
("Special Representative Biegun's" was one ORG) and stray determiners and
possessives are trimmed; it writes ``doc.spans["dip_roles"]`` and
``doc._.dip_titles``. Rules are the tables ``roles``, ``role_modifiers``,
``entity_patterns`` and ``places`` (JSON Lines in ``dipnlp/data``).
"""
from __future__ import annotations


from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span

from dipnlp.entities import context
from dipnlp.entities.cues import demonym_forms, head_label, load_cues
from dipnlp.entities.names_match import given_name_gender
from dipnlp.entities.places import PLACES_SCHEMA, load_places
from dipnlp.entities.spans import Candidate, cut, resolve_overlaps, split_candidate, trim
from dipnlp.entities.titles import (INITIAL_AND_NAME, MAX_PLACE_TOKENS, Title, find_qualifier, find_titles,
                                    name_after_country, plural_forms, title_spans)
from dipnlp.extensions import ROLE_KEY
from dipnlp.rules import RuleTables, Schema

PLACE_LABELS = {"GPE", "LOC", "FAC"}
NAMED_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "VENUE"}


@Language.factory("dip_entity_rules", requires=["doc.ents", "token.pos", "token.tag"],
                  assigns=["doc.ents", "doc.spans", "doc._.dip_titles"])
def make_entity_rules(nlp: Language, name: str) -> "EntityRules":
    return EntityRules(nlp, name)


class EntityRules(RuleTables):
    """Role titles and organisation/venue rules on top of the statistical NER."""

    SCHEMAS = {
        "roles": Schema({"title": str, "takes": list, "before_name": bool},
                        {"in_name": bool, "address": bool, "generic": bool, "posted": bool}),
        "role_modifiers": Schema({"word": str}, {}),
        "entity_patterns": Schema({"label": str, "pattern": list}, {"id": str}),
        "places": PLACES_SCHEMA,
        "entity_cues": Schema({"class": str, "words": list}, {"comment": str}),
    }

    def _compile(self) -> None:
        if self.nlp.tokenizer.token_match is None:  # one that the caller set stays theirs
            self.nlp.tokenizer.token_match = INITIAL_AND_NAME.match
        self.lexicon = {r["title"]: r for r in self.tables["roles"]}
        self.title_matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        for title in self.lexicon:
            self.title_matcher.add(title, list(self.nlp.tokenizer.pipe(plural_forms(title))))
        self.modifiers = {r["word"] for r in self.tables["role_modifiers"]}
        self.patterns = Matcher(self.nlp.vocab)
        for i, rule in enumerate(self.tables["entity_patterns"]):
            self.patterns.add(f"{rule['label']}|{rule.get('id', i)}", [rule["pattern"]], greedy="LONGEST")
        self.places = load_places(self.tables["places"])
        self.cues = load_cues(self.tables["entity_cues"])
        self.heads = self.cues["org_head"] | self.cues["venue_head"]  # "Council", "Airport"
        self.demonyms = demonym_forms(p for p, e in self.places.items() if e["kind"] == "country")

    def __call__(self, doc: Doc) -> Doc:
        self._ensure_initialized()
        doc.ents = [Span(doc, c.start, c.end, label=c.label) for e in doc.ents
                    for c in context.country_then_name(doc, Candidate(e.start, e.end, e.label_), self.places,
                                                       self.heads | self.cues["document_head"])]
        titles = find_titles(doc, self.title_matcher, self.lexicon, self.modifiers, self.places,
                             self.cues["portfolio_word"], self.heads)
        titles = [t for t in titles if not context.title_names_an_org(doc, t.start, t.end, self.cues)]
        spans = resolve_overlaps(doc, self.candidates(doc, titles))
        spans = context.join_possessive_venues(doc, spans, self.cues, self.places)
        spans = context.org_domain_in_region(doc, spans, self.cues, self.places)
        spans = context.places_by_use(doc, spans, self.cues)
        doc.ents = context.institutions_by_use(doc, spans, titles, self.cues, self.places)
        for title in titles:  # read from the entities as they now are: the model's may have run on into a name
            title.qualifier = find_qualifier(doc, title.start)
        doc.spans[ROLE_KEY] = title_spans(doc, titles)
        doc._.dip_titles = [t.record() for t in titles]
        return doc

    def candidates(self, doc: Doc, titles: list[Title]) -> list[Candidate]:
        """Entity candidates: the model's (cut around titles), the patterns', the gazetteer's."""
        in_title = {i for t in titles for i in range(t.start, t.core_end or t.end)}
        found = []
        for ent in doc.ents:
            if ent.label_ != "PERSON" and ent[-1].lower_ in self.heads:
                found.append(Candidate(ent.start, ent.end, ent.label_))  # "King Khalid International Airport"
                continue
            end = ent.end + 1 if ent.label_ in ("GPE", "LOC", "FAC", "ORG") and head_left_out(doc, ent) else ent.end
            found.extend(cut_titles(doc, ent.start, end, ent.label_, in_title, titles))
        for match_id, start, end in self.patterns(doc):
            label = doc.vocab.strings[match_id].split("|")[0]
            if label == "PERSON" and doc[start].text.partition(".")[2] in self.places:
                continue  # "N.Korea": an initial and a place, no name
            name = next((j for j in range(start + 1, end - 1) if name_after_country(doc, j)), None)
            if name is not None:  # "League of Arab States Ahmed Aboul Gheit": the pattern ran on into a name
                found.append(Candidate(name, end, "PERSON", priority=1))
                end = name
            if label != "PERSON" and given_name_and_head(doc, end):
                continue  # "National Security Adviser Anthony Lake", "Senator John Tower": a man, no lake
            if label != "PERSON" and doc[end - 1].lower_ in self.heads and doc[end - 1].is_title \
                    and end - 1 not in in_title:
                found.append(Candidate(start, end, label, priority=1))  # "the Prime Minister House": no one
                continue
            found.extend(cut_titles(doc, start, end, label, in_title, titles, priority=1))
        named = [c for c in found if c.label in NAMED_LABELS]
        places = self.gazetteer_hits(doc, in_title, named)
        at_places = {i for c in places for i in range(c.start, c.end)}
        found = [c for c in found if not at_places.issuperset(range(c.start, c.end))
                 and (c.label in NAMED_LABELS or not at_places.intersection(range(c.start, c.end))
                      or not only_places_joined(doc, c, at_places))]
        found.extend(places)  # "flying from Rawalpindi to Chandigarh", all one WORK_OF_ART to the model: two places
        sources = context.source_candidates(doc)
        # a model entity that runs on past the source is cut at it: "[The Christian Science Monitor] Teng in Tokyo"
        found = [part for c in found for part in outside(c, sources)] + sources
        found.extend(context.dateline_places(doc, [doc[c.start:c.end].text for c in sources], self.places))
        found.extend(c for c in context.names_before_venue_nouns(doc, self.cues) if not in_title.intersection(range(c.start, c.end)))
        found.extend(context.acronym_orgs(doc, self.cues, self.places))
        # a known place is no clause for its lowercase word ("Foz do Iguaçu"): only the others are split
        found = [part for c in found for part in ([c] if c in places else split_candidate(doc, c))]
        found = [part for c in found for part in cut(c, place_possessives(doc, c, self.places))]
        trimmed = (trim(doc, c) if c.label in NAMED_LABELS else c for c in found)
        kept = [c for c in trimmed if c is not None and (c.label not in NAMED_LABELS or context.has_capital(doc, c))]
        source_texts = {doc[c.start:c.end].text for c in sources}
        norp = {e.text for e in doc.ents if e.label_ == "NORP"}
        return [source_is_org(doc, self.relabel(doc, c, source_texts, norp)) for c in kept]

    def gazetteer_hits(self, doc: Doc, in_title: set[int], named: list[Candidate]) -> list[Candidate]:
        """Proper-noun runs that the model left untagged, or tagged other than as a name ("Montevideo" as
        a DATE), and that name a known place; also a place of several words joined by a lowercase one that the
        model took for names of its parts ("Antigua and Barbuda", two PERSONs to the model)."""
        covered = {i for c in named for i in range(c.start, c.end)}
        hits = []
        i = 0
        while i < len(doc):
            hit = None
            if doc[i].is_title or doc[i].is_upper:
                for n in range(min(MAX_PLACE_TOKENS, len(doc) - i), 0, -1):
                    span = doc[i:i + n]
                    if in_title.intersection(range(i, i + n)) or not any(t.pos_ == "PROPN" for t in span):
                        continue
                    if covered.intersection(range(i, i + n)) and not joins_names(span, named):
                        continue
                    if span.text in self.places and not ends_a_longer_name(doc, span):
                        hit = Candidate(i, i + n, "VENUE", priority=1)  # over a model DATE or PRODUCT
                        break
            if hit:
                hits.append(hit)
                i = hit.end
            else:
                i += 1
        return hits

    def relabel(self, doc: Doc, cand: Candidate, sources: set[str] = frozenset(),
                norp: set[str] = frozenset()) -> Candidate:
        """Places become VENUE: the model's GPE/LOC/FAC, and ORGs or NORPs that the gazetteer knows as places.

        The news source is an ORG wherever it is named; a nationality adjective is NORP; a name
        whose head word is an organisation or a venue cue takes that type ("Gulf Cooperation
        Council", "Palais des Nations")."""
        span = doc[cand.start:cand.end]
        text = span.text
        if cand.label in PLACE_LABELS or (cand.label in ("ORG", "NORP") and text in self.places
                                          and text not in self.demonyms):
            cand.label = "VENUE"  # "flies to Bucharest", which the model may tag a nationality
        if cand.label in {"EVENT", "WORK_OF_ART", "PRODUCT"} and span[-1].is_title \
                and span[-1].lower_ in self.cues["venue_head"]:
            cand.label = "VENUE"  # "the Australian War Memorial", an EVENT to the model
            trim(doc, cand)
        if cand.label not in {"ORG", "VENUE", "PERSON"}:
            return cand
        if text in sources:
            cand.label = "ORG"
        elif len(span) == 1 and (text in self.demonyms or text in norp) and text not in self.places \
                and (cand.label != "PERSON" or span.end < len(doc) and doc[span.end].is_title):
            cand.label = "NORP"  # "Tajik President Emomali Rahmon": a nationality, even tagged PERSON
        elif text not in self.places and cand.label in {"ORG", "VENUE"}:
            cand.label = head_label([t.text for t in span], self.cues) or cand.label
        elif cand.label == "PERSON" and len(span) > 2 and any(t.lower_ in self.cues["venue_head"] and t.is_title
                                                               for t in span[1:-1]):
            cand.label = "VENUE"  # "Joint Base Andrews"
        elif cand.label == "PERSON" and len(span) > 1 and span[-1].is_title \
                and span[-1].lower_ in self.cues["venue_head"] and after_article(doc, cand.start):
            cand.label = "VENUE"  # "the medieval Boyana Church": no one is "the ... Church"
        elif cand.label == "PERSON" and bare_possessive_place(doc, cand.start, cand.end):
            cand.label = "VENUE"  # "concelebrated Mass in St Peter's;": the church, not the saint
        elif cand.label == "PERSON" and len(span) > 1 and span[0].lower_ in self.cues["venue_lead"] \
                and span[0].is_title:
            cand.label = "VENUE"  # "Qasr Al Watan", "Istana Negara", "[RAAF] Base Darwin"
            before = doc[cand.start - 1] if cand.start else None
            if before is not None and before.is_upper and before.is_alpha and len(before) >= 2 and not before.ent_type_:
                cand.start -= 1  # the acronym of the service that runs it
        return cand


#: Adjectives between "the" and a person's name ("the late Frank Church").
PERSON_ADJECTIVES = frozenset({"late", "then", "former", "young", "elder", "younger", "great"})


def after_article(doc: Doc, start: int) -> bool:
    """Whether a name follows "the" or "a", perhaps over lowercase adjectives other than those a person
    takes ("the medieval Boyana Church", not "the late Frank Church")."""
    i = start - 1
    while i >= 0 and doc[i].is_lower and doc[i].pos_ == "ADJ" and doc[i].lower_ not in PERSON_ADJECTIVES:
        i -= 1
    return i >= 0 and doc[i].lower_ in ("the", "a", "an")


def bare_possessive_place(doc: Doc, start: int, end: int) -> bool:
    """Whether a name is a possessive with no noun after it, after a preposition of place ("in St Peter's",
    "at Claridge's"): the building named after its owner or saint."""
    return 0 < start and end + 1 <= len(doc) and doc[start - 1].lower_ in ("in", "at", "to", "from", "outside") \
        and doc[end].tag_ == "POS" and (end + 1 == len(doc) or doc[end + 1].pos_ in ("PUNCT", "CCONJ", "ADP"))


def outside(cand: Candidate, sources: list[Candidate]) -> list[Candidate]:
    """The parts of a candidate that run on past a news source's name on either side, or the candidate."""
    for source in sources:
        if cand.start < source.end and source.start < cand.end:
            parts = [(cand.start, source.start), (source.end, cand.end)]
            return [Candidate(start, end, cand.label, cand.priority) for start, end in parts if start < end]
    return [cand]


def place_possessives(doc: Doc, cand: Candidate, places: dict) -> list[int]:
    """The possessives inside a candidate that follow a known place and start another name: "Kano's Aminu
    airfield" and "Kenya's Foreign Ministry" are a place and a name of its own. A person's is left
    alone ("Claridge's Hotel")."""
    if cand.label == "PERSON":
        return []
    return [i for i in range(cand.start + 1, cand.end - 1)
            if doc[i].text in {"'s", "’s"} and doc[i + 1].is_title and doc[cand.start:i].text in places]


def joins_names(span: Span, named: list[Candidate]) -> bool:
    """Whether a span joined by a lowercase word holds whole names only, none of them the span itself
    ("Trinidad and Tobago" over "Trinidad" and "Tobago"; not over "Trinidad and Tobago Guardian")."""
    if not any(t.is_lower for t in span[1:-1]):
        return False
    inside = [c for c in named if c.start < span.end and c.end > span.start]
    return all(span.start <= c.start and c.end <= span.end and c.end - c.start < len(span) for c in inside)


def only_places_joined(doc: Doc, cand: Candidate, at_places: set[int]) -> bool:
    """Whether a candidate is only known places and the lowercase words or punctuation between them
    ("Rawalpindi to Chandigarh", one WORK_OF_ART to the model), not a name of its own that holds a place
    ("the International Conference on the Future of Asia")."""
    return all(i in at_places or doc[i].is_lower or doc[i].is_punct for i in range(cand.start, cand.end))


def ends_a_longer_name(doc: Doc, span: Span) -> bool:
    """Whether a place name the model left untagged is only the last word of a longer proper name: the
    capitalised words before it, also untagged, are its compounds ("Samia Suluhu [Hassan]": a person)."""
    if span.start == 0:
        return False
    before = doc[span.start - 1]
    return before.pos_ == "PROPN" and before.is_title and before.ent_iob_ == "O" and not before.is_sent_start \
        and before.dep_ == "compound" and before.head.i in range(span.start, span.end)


def head_left_out(doc: Doc, ent: Span) -> bool:
    """Whether the model's entity stops just before the proper noun its words are compounds of ("[Santa
    Cruz de la] Sierra"): an untagged, capitalised head, other than a name after an initial ("President of
    Mongolia U.Khurelsukh")."""
    if ent.end >= len(doc):
        return False
    head = doc[ent.end]
    return ent[-1].dep_ == "compound" and ent[-1].head.i == head.i and head.pos_ == "PROPN" and head.is_title \
        and not head.ent_type_ and not INITIAL_AND_NAME.match(head.text)


def source_is_org(doc: Doc, cand: Candidate) -> Candidate:
    """The name that alone fills the header line after its date is the source: a news organisation."""
    header_end = doc._.dip_header_end or 0
    if not header_end or cand.label not in NAMED_LABELS:
        return cand
    span = doc[cand.start:cand.end]
    line_end = doc.text.find("\n", header_end)
    line_end = len(doc.text) if line_end < 0 else line_end
    if doc.text[header_end:span.start_char].strip() == "" and doc.text[span.end_char:line_end].strip() == "":
        cand.label = "ORG"
    return cand


def cut_titles(doc: Doc, start: int, end: int, label: str, in_title: set[int], titles: list[Title],
               priority: int = 0) -> list[Candidate]:
    """Split an entity around role-title tokens; a name right after a person title is a PERSON. An entity
    that holds the end of a title's domain and runs on is cut where the domain ends, and the name after
    it ends at a comma ("the Far Eastern Federal District | Yury Trutnev | , Economic Development")."""
    for t in titles:
        if t.before_name and t.core_end is not None and t.core_end < t.end and start < t.end < end \
                and doc[t.end].is_title and doc[t.end].is_alpha:
            comma = next((i for i in range(t.end, end) if doc[i].text == ","), end)
            return [*cut_titles(doc, start, t.end, label, in_title, titles, priority),
                    Candidate(t.end, comma, "PERSON", priority),
                    *(cut_titles(doc, comma + 1, end, label, in_title, titles, priority) if comma + 1 < end else [])]
    if not in_title.intersection(range(start, end)):
        return [Candidate(start, end, label, priority)]
    parts, i = [], start
    while i < end:
        if i in in_title:
            i += 1
            continue
        j = i
        while j < end and j not in in_title:
            j += 1
        after_title = i > start and any(t.end == i and t.before_name for t in titles)
        parts.append(Candidate(i, j, "PERSON" if after_title and doc[i].is_title else label, priority))
        i = j
    return parts


def given_name_and_head(doc: Doc, end: int) -> bool:
    """Whether a venue pattern ending at ``end`` ends on a name the model reads as a person's whose first word
    is a given name of one sex ("Anthony Lake", "John Tower"): a surname that is a venue word."""
    return any(e.label_ == "PERSON" and e.end == end and len(e) == 2 and given_name_gender(e.text) is not None
               for e in doc.ents)
