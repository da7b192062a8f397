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

import re
from collections import Counter

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dipnlp.entities.cues import demonym_forms, load_cues
from dipnlp.entities.headlines import cut_headline_run_ons
from dipnlp.entities.links import after_titles, owns_what_follows
from dipnlp.entities.names_match import QUOTES
from dipnlp.entities.places import PLACES_SCHEMA, load_places
from dipnlp.entities.spans import Candidate, cut, resolve_overlaps, split_clause
from dipnlp.paragraphs import BULLETS, starts_line
from dipnlp.rules import RuleTables, Schema

#: A capitalised name word with an apostrophe inside ("Yar'Adua", "O'Neill"), not a possessive.
APOSTROPHE_NAME = re.compile(r"[A-Z][a-z]*['’][A-Z]?[a-z]{2,}|(?:d|dell|dall)['’][A-Z][a-z]{2,}")  # "d'Estaing"
KEEP_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
#: A regnal number after a name ("Benedict XVI", "Tupou VI"), up to XXXIX.
ROMAN_NUMERAL = re.compile(r"X{0,3}(IX|IV|VI{0,3}|I{1,3})|X{1,3}")
# prepositions after which a name is a place: "arrived in Rzeszow", "talks at Bocharov Ruchei"
LOCATIVE = {"in", "at", "near", "outside", "inside", "into", "across", "around", "towards", "toward"}
ORG_WORDS = {"nations", "union", "council", "ministry", "organisation", "organization", "party", "agency",
             "committee", "commission", "bank", "fund", "court", "office", "department", "embassy", "parliament",
             "assembly", "league", "alliance", "group", "forum", "institute", "news", "press", "times"}
DASHES = {",", "–", "—", "-", "--"}


#: Name particles that are also English words, particles only when hyphenated to the name ("as-Sadr").
ENGLISH_PARTICLES = frozenset({"as", "an"})


@Language.factory("dip_names", requires=["doc.ents", "doc._.dip_titles"], assigns=["doc.ents"])
def make_names(nlp: Language, name: str) -> "Names":
    return Names(nlp, name)


class Names(RuleTables):
    """Corrections of PERSON entities."""

    SCHEMAS = {
        "honorifics": Schema({"word": str}, {}),
        "not_names": Schema({"word": str}, {}),
        "places": PLACES_SCHEMA,
        "entity_cues": Schema({"class": str, "words": list}, {"comment": str}),
    }

    def _compile(self) -> None:
        # without apostrophes, which the tokenizer splits off ("Dato'" is "Dato", "'"): see honorific_spans
        self.honorifics = {tuple(w.rstrip("'’") for w in r["word"].split()) for r in self.tables["honorifics"]}
        self.not_names = {r["word"] for r in self.tables["not_names"]}
        self.places = load_places(self.tables["places"])
        self.demonyms = frozenset(demonym_forms(p for p, e in self.places.items() if e["kind"] in ("country", "region")))
        self.cues = load_cues(self.tables["entity_cues"])
        self.particles = set(self.cues["name_particle"])
        #: Head words of organisation and venue names ("Council", "Airport").
        self.heads = self.cues["org_head"] | self.cues["venue_head"]
        #: Verbs whose subject is a person: speaking and going.
        self.act_verbs = self.cues["speech_verb"] | self.cues["motion_verb"] | {"meet", "visit"}

    def __call__(self, doc: Doc) -> Doc:
        self._ensure_initialized()
        titles = doc._.dip_titles or []
        cands = [c for e in doc.ents for part in self.name_parts(doc, e) for c in split_coordination(doc, part)]
        in_titles = {i for t in titles for i in range(t["start"], t["end"])}
        cands = [c for c in cands if not only_title(c, in_titles) and not only_adjectives(doc, c)
                 and not headline_verb(doc, c)]
        cands = [self.without_trailing_word(doc, part) for c in cands for part in self.around_headline_verbs(doc, c)]
        styles = honorific_spans(doc, self.honorifics) + monsieur_spans(doc)
        in_styles = {i for start, end in styles for i in range(start, end)}
        cands = [c for c in (without_honorific(c, in_styles) for c in cands) if c is not None
                 and not all(i in in_styles for i in range(c.start, c.end))]  # "H.E." tagged ORG is no one
        cands = [self.with_given_name(doc, self.extend_name(doc, c), in_titles | in_styles) for c in cands]
        cands = [without_of_place(doc, c, self.places) for c in cands]
        people = [(c.start, c.end) for c in cands if c.label == "PERSON"]
        cands = [c for c in cands if c.label == "PERSON" or not any(s <= c.start and c.end <= e for s, e in people)]
        titled = self.titled_names(doc, titles, styles) + self.listed_names(doc, titles)
        cands.extend(Candidate(s, e, "PERSON", priority=2) for s, e in titled)
        spans = resolve_overlaps(doc, cands)
        spans = resolve_overlaps(doc, [Candidate(s.start, s.end, s.label_, 1) for s in spans]
                                 + [c for c in (without_honorific(c, in_styles) for c in
                                                self.coordinated_names(doc, spans, in_titles)) if c is not None])
        by_context = self.people_by_context(doc, spans, titles)
        confirmed = {doc[s:e].text for s, e in titled} | by_context
        spans = [Span(doc, s.start, s.end, label="PERSON") if s.text in by_context else s for s in spans]
        spans = [self.name_ending_in_a_month(doc, s) for s in spans]
        senses = listed_among_people(doc, self.one_sense(doc, spans, confirmed, in_titles),
                                     self.places, in_titles | in_styles, self.heads, self.is_met)
        senses = [self.with_quoted_nickname(doc, c) for c in split_name_pairs(doc, senses)]
        in_long_styles = {i for start, end in styles if end - start > 1 for i in range(start, end)}
        # "Indian Prime" of "Indian Prime Minister", "S. Korean" of "S. Korean Amb.": no one
        qualified = in_titles | {i for t in titles if t.get("qualifier") for i in range(*t["qualifier"])}
        surnames = {doc[c.end - 1].text for c in senses if c.label == "PERSON" and c.end - c.start > 1
                    and not only_adjectives(doc, c, self.demonyms)}
        demonyms = self.demonyms - surnames  # "Sudani" of "Mohammed Shia al-Sudani" is his name, not "Sudanese"
        doc.ents = cut_headline_run_ons(doc, resolve_overlaps(doc, [
            c for c in (without_honorific(c, in_long_styles) for c in senses)
            if c and not only_title(c, qualified)
            and not only_adjectives(doc, c, demonyms)
            and not only_title(c, in_styles)  # "Foreign Minister [Dr] AK Momen"
            and not only_particles(doc, c, self.particles)  # "El" of "El-Sisi"
            and doc[c.start].lower_ != "of"]))  # "of Malta" left of "the Archbishop of Malta" by its title
        return doc

    def name_parts(self, doc: Doc, ent: Span) -> list[Candidate]:
        """An entity cut where it reads as a clause (:func:`split_clause`), unless it is a known place
        ("Foz do Iguaçu", whose "do" is no verb)."""
        cand = Candidate(ent.start, ent.end, ent.label_)
        return [cand] if ent.label_ == "VENUE" and ent.text in self.places else split_clause(doc, cand)

    def without_trailing_word(self, doc: Doc, cand: Candidate) -> Candidate:
        """A PERSON the model ran on over a word never in a name, such as a title-case headline's verb ("Wang
        Yi Holds Talks with ...", "Xi Jinping Meets ..."), ends before it."""
        end = cand.end
        while cand.label == "PERSON" and end - cand.start > 1 and doc[end - 1].text in self.not_names:
            end -= 1
        return cand if end == cand.end else Candidate(cand.start, end, cand.label, cand.priority)

    def around_headline_verbs(self, doc: Doc, cand: Candidate) -> list[Candidate]:
        """A PERSON the model ran over a title-case headline's verb between two names is the two names
        ("[Xi] Meets [Biden] in San Francisco")."""
        if cand.label != "PERSON":
            return [cand]
        inner = [i for i in range(cand.start + 1, cand.end - 1) if doc[i].text in self.not_names
                 and doc[i].pos_ in ("VERB", "AUX")]
        return cut(cand, inner) if inner else [cand]

    def is_name_word(self, tok) -> bool:
        return (tok.is_title and tok.is_alpha or bool(APOSTROPHE_NAME.fullmatch(tok.text))) \
            and tok.text not in self.not_names

    def extend_name(self, doc: Doc, cand: Candidate) -> Candidate:
        """A PERSON goes on over a capitalised function word that ends a name ("Moon Jae In said", "Liu He
        walked" where the parse makes "Liu" a compound of "He"), over
        the particles it was cut at or stops before ("Ursula von" + "der Leyen", "José Eduardo" + "dos
        Santos"), and over the closing quote of a nickname it was cut at ("José 'Pepe" + "' Mujica")."""
        if cand.label == "PERSON" and self.stop_word_in_name(doc, cand.end) and (
                cand.end - cand.start >= 2 or doc[cand.end - 1].dep_ == "compound"
                and doc[cand.end - 1].head.i == cand.end):  # "Vice Premier Liu He walked": one noun phrase
            cand.end += 1
        if cand.label == "PERSON":
            cand.end += apostrophe_word(doc, cand.end)  # "Umaru Musa" + "Yar'Adua": left out by the model
        quotes = [t for t in doc[cand.start:cand.end] if t.text in QUOTES]
        if cand.label == "PERSON" and len(quotes) == 1 and quotes[0].i > cand.start and cand.end + 1 < len(doc) \
                and doc[cand.end].text in QUOTES and self.is_name_word(doc[cand.end + 1]):
            cand.end = self.name_run(doc, cand.end + 1)  # "José 'Pepe" + "' Mujica": a nickname inside a name
        particle_after = cand.end < len(doc) and doc[cand.end].lower_ in self.particles and doc[cand.end].is_lower \
            and doc[cand.end].lower_ not in ENGLISH_PARTICLES  # "[José Eduardo] dos [Santos]": the model cut there
        if cand.label == "PERSON" and (doc[cand.end - 1].lower_ in self.particles and doc[cand.end - 1].is_lower
                                       or particle_after):
            end = cand.end
            while end < len(doc) and doc[end].lower_ in self.particles and doc[end].is_lower:
                end += 1
            if end < len(doc) and doc[end].is_title and doc[end].is_alpha:
                cand.end = end + 1
        return cand

    def with_quoted_nickname(self, doc: Doc, cand: Candidate) -> Candidate:
        """A name of two words or more goes on over a one-word nickname in quotes just after it
        ('Mohamed Abdullahi Mohamed "Farmajo" of Somalia'), which then joins the name's other mentions."""
        end = cand.end
        if cand.label == "PERSON" and end - cand.start >= 2 and end + 2 < len(doc) and doc[end].text in QUOTES \
                and doc[end - 1].whitespace_ and self.is_name_word(doc[end + 1]) and doc[end + 2].text in QUOTES:
            cand.end = end + 3
        return cand

    def with_given_name(self, doc: Doc, cand: Candidate, not_names: set[int]) -> Candidate:
        """A PERSON takes in the capitalised word just before it that the model tagged apart or as a
        one-word ORG ("presidential aide [Yury]ORG [Ushakov]PERSON", "When Recep [Tayyip Erdogan]"): a
        given name, unless it is a title, a place, a date or an organisation's head word, or follows
        another capitalised word other than a sentence's opening function word or a title's last word
        ("Presidential Aide [Yury] [Ushakov]"). A one-word PERSON also
        takes in two or three untagged given names the parse makes its compounds ("Samia Suluhu
        [Hassan]")."""
        i = cand.start - 1
        if cand.label != "PERSON" or i < 0 or i in not_names or cand.end - cand.start > 2:
            return cand
        given = self.given_names_before(doc, cand, not_names) if cand.end - cand.start == 1 else cand.start
        if given < cand.start - 1:
            return Candidate(given, cand.end, cand.label, cand.priority)
        tok = doc[i]
        other = next((e for e in doc.ents if e.start <= i < e.end), None)
        if other is not None and (other.label_ != "ORG" or len(other) > 1):
            return cand
        if not (self.is_name_word(tok) and tok.pos_ == "PROPN") or tok.is_sent_start or tok.text in self.places \
                or tok.lower_ in self.heads \
                or doc[i - 1].text[:1].isupper() and doc[i - 1].is_alpha and not self.opens_sentence(doc[i - 1]) \
                and i - 1 not in not_names:
            return cand
        return Candidate(i, cand.end, cand.label, cand.priority)

    @staticmethod
    def opens_sentence(tok) -> bool:
        """A capitalised word that is so only because it starts the sentence ("When Recep Tayyip Erdogan")."""
        return tok.is_sent_start and tok.pos_ in ("SCONJ", "ADP", "ADV", "DET", "CCONJ", "PRON", "PART")

    def stop_word_in_name(self, doc: Doc, i: int) -> bool:
        """A capitalised function word inside a sentence, right after a name word and ending the run:
        part of the name ("Moon Jae In"), since such words are written lower-case there."""
        if i >= len(doc) or i == 0:
            return False
        tok, prev = doc[i], doc[i - 1]
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        return tok.text in self.not_names and tok.is_title and tok.is_alpha and tok.lower_ in STOP_WORDS \
            and not tok.is_sent_start and prev.is_alpha and prev.text[:1].isupper() and not prev.is_sent_start \
            and (nxt is None or not nxt.text[:1].isupper())

    def person_shaped(self, span) -> bool:
        """Two to four capitalised words (five with a particle: "Luiz Inacio Lula da Silva"), none a cue of an
        organisation or a venue, no known place."""
        words = [t for t in span if t.is_alpha]
        most = 5 if any(t.lower_ in self.particles and t.is_lower for t in words) else 4
        return 2 <= len(words) <= most and all(t.is_title or t.lower_ in self.particles for t in words) \
            and not any(t.text in self.not_names for t in words) and self.no_place_words(span, words)

    def no_place_words(self, span, words) -> bool:
        """Neither the span nor any of its words is a known place, an organisation head or a venue head."""
        return self.not_a_place_name(span, words) and not any(t.text in self.places for t in words)

    def not_a_place_name(self, span, words) -> bool:
        """Whether a name is no known place, has no organisation or venue head and does not open with a
        building word ("Qasr Al Watan"), though a word of it may be a place ("Samia Suluhu Hassan": Hassan
        is also a city)."""
        return span.text not in self.places and not any(t.lower_ in self.heads for t in words) \
            and not all(t.text in self.places for t in words) \
            and not (words and words[0].lower_ in self.cues["venue_lead"])  # "Qasr Al Watan"

    def people_by_context(self, doc: Doc, spans, titles: list[dict]) -> set[str]:
        """Texts of person-shaped ORG/VENUE names that the context makes people: after a country's
        possessive ("Ukraine's Volodymyr Zelenskiy"), before an appositive title ("Moussa Faki
        Mahamat, chairman of ..."), the subject of a verb of speech or going, coordinated with a PERSON, or the
        one met ("is to meet Olaf Scholz")."""
        persons = {i for s in spans if s.label_ == "PERSON" for i in range(s.start, s.end)}
        title_starts = {t["start"] for t in titles  # not "Beit Hanassi, the President's residence"
                        if not owns_what_follows(doc, t)}
        found = set()
        for span in spans:
            if span.label_ not in {"ORG", "VENUE"} or not self.person_shaped(span):
                continue
            root = span.root
            after_possessive = span.start >= 2 and doc[span.start - 1].text in {"'s", "’s"} \
                and doc[span.start - 2].ent_type_ in {"VENUE", "GPE"}
            appositive = span.end + 1 < len(doc) and doc[span.end].text == "," and any(
                span.end + 1 <= t <= span.end + 3 for t in title_starts)
            speaks = root.dep_ in {"nsubj"} and root.head.lemma_.lower() in self.act_verbs  # "X said", "X arrived"
            coordinated = (root.dep_ == "conj" and root.head.i in persons) or any(
                child.dep_ == "conj" and child.i in persons for child in root.children)
            if after_possessive or appositive or speaks or coordinated or self.is_met(root) \
                    or self.acts_elsewhere(doc, span):
                found.add(span.text)
        return found

    def is_met(self, root) -> bool:
        """Whether a name is one of those a meeting word brings together: the subject or object of the
        verb ("X sat down with", "meet X", "received X"), the subject of a verb with a meeting noun ("X held
        talks"), or the object of its "with" or "by" ("talks
        with X", "was received by X"), or the one called on ("called on X"); also a name given as an example
        of such a noun ("met business leaders such as X")."""
        words = self.cues["meeting_word"]
        if root.dep_ == "nsubj" and any(c.dep_ == "dobj" and c.lemma_.lower() in words for c in root.head.children):
            return True  # "X held talks with", "X had lunch with"
        if root.dep_ in ("dobj", "nsubj"):
            return root.head.lemma_.lower() in words and (root.dep_ == "dobj" or root.head.pos_ == "VERB")
        prep = root.head
        if root.dep_ == "pobj" and prep.lower_ == "on" and prep.head.lemma_.lower() in self.cues["call_on_verb"]:
            return True  # "called on X"
        if root.dep_ == "pobj" and prep.lower_ in ("including", "as", "like") and prep.head.pos_ == "NOUN":
            return self.is_met(prep.head)  # "met business leaders such as X", "talks with officials including X"
        return root.dep_ == "pobj" and prep.lower_ in ("with", "by") and prep.head.lemma_.lower() in words

    def acts_elsewhere(self, doc: Doc, span) -> bool:
        """Whether the name's last word is, elsewhere in the article, the subject of a verb of speech
        or of going ("Volodymyr Zelenskiy" tagged ORG; "Zelenskiy told ...", "Zelenskiy flew in")."""
        last = span[-1].text
        return any(t.text == last and t.dep_ == "nsubj" and t.head.lemma_.lower() in self.act_verbs
                   for t in doc if not span.start <= t.i < span.end)

    def coordinated_names(self, doc: Doc, spans, in_titles: set[int] = frozenset()) -> list[Candidate]:
        """Untagged proper names coordinated with a PERSON ("Emmanuel Macron and Xi Jinping"), the subject
        of a verb of speech, going or meeting ("Xi Jinping met Putin"), or one a meeting word brings in
        ("talks with Samia Suluhu Hassan"): people.

        The name is the conjunct and its compound words; it must be capitalised
        words only, none a known place or a cue of an organisation or a venue.
        """
        persons = {i for s in spans if s.label_ == "PERSON" for i in range(s.start, s.end)}
        tagged = {i for s in spans for i in range(s.start, s.end)} | set(in_titles)
        found = []
        for tok in doc:
            if tok.pos_ != "PROPN" or tok.i in tagged:
                continue
            linked = (tok.dep_ == "conj" and tok.head.i in persons) or any(
                c.dep_ == "conj" and c.i in persons for c in tok.children)
            met = self.is_met(tok)
            acts = (tok.dep_ == "nsubj" and tok.head.lemma_.lower() in self.act_verbs or met) \
                and not any(c.dep_ in ("det", "poss") for c in tok.children)  # "Xi Jinping met Putin", no "the"
            if not (linked or acts):
                continue
            start = tok.i
            while start > tok.sent.start and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == tok.i \
                    and doc[start - 1].i not in tagged:
                start -= 1
            words = doc[start:tok.i + 1]
            titled = start - 1 in in_titles  # "King Salman"; but one word alone ("Peace and Security") is no name
            if all(self.is_name_word(t) for t in words) and (2 <= len(words) <= 4 or titled and len(words) == 1 and linked) \
                    and (self.no_place_words(words, words) or met and self.not_a_place_name(words, words)):
                found.append(Candidate(start, tok.i + 1, "PERSON"))
        return found

    def name_run(self, doc: Doc, start: int) -> int:
        """End of the capitalised name that starts at ``start`` ("Choe Son-hui", "Kim Jong Un")."""
        end = start
        while end < len(doc):
            tok = doc[end]
            if tok.is_title and tok.is_alpha and tok.text not in self.not_names and tok.pos_ in {"PROPN", "NOUN", "ADJ", "VERB"}:
                end += 1
            elif end > start and (length := apostrophe_word(doc, end)):
                end += length  # "Fiame Naomi Mata'afa", "Fekitamoeloa 'Utoikamanu"
            elif tok.is_title and not tok.whitespace_ and end + 1 < len(doc) and doc[end + 1].is_alpha \
                    and doc[end + 1].is_lower and end + 2 < len(doc) and doc[end + 2].is_title:
                end += 2  # a name word the tokenizer took for a contraction ("Im" -> "I", "m")
            elif tok.text == "-" and end > start and not doc[end - 1].whitespace_ and end + 1 < len(doc) and doc[end + 1].is_alpha:
                end += 2
            elif ROMAN_NUMERAL.fullmatch(tok.text) and end > start:
                end += 1
            elif end > start and tok.text in QUOTES and end + 3 < len(doc) and doc[end + 2].text in QUOTES \
                    and self.is_name_word(doc[end + 1]) and self.is_name_word(doc[end + 3]):
                end += 3  # a nickname in quotes inside the name ('Roelof "Pik" Botha')
            elif end > start and _initial(tok) and end + 1 < len(doc) and doc[end + 1].is_title and doc[end + 1].is_alpha:
                end += 1  # a middle initial ("Enrique A. Manalo")
            elif tok.lower_ in self.particles and tok.is_lower and end > start and self.particle_goes_on(doc, end + 1):
                end += 1
            elif self.stop_word_in_name(doc, end) and end - start >= 2:
                end += 1
                break
            else:
                break
        while end > start and not (doc[end - 1].is_alpha or APOSTROPHE_NAME.fullmatch(doc[end - 1].text)):
            end -= 1
        return end

    def particle_goes_on(self, doc: Doc, i: int) -> bool:
        """After a particle, the name goes on: a capitalised word, a hyphen and one, or another particle."""
        if i >= len(doc):
            return False
        tok = doc[i]
        if doc[i - 1].lower_ in ENGLISH_PARTICLES and doc[i - 1].whitespace_:
            return False  # "Mr. X as Prime Minister": the English word; "as-Sadr" keeps its hyphen
        if tok.text == "-" and not doc[i - 1].whitespace_:
            return i + 1 < len(doc) and doc[i + 1].is_title
        return tok.is_title or (tok.lower_ in self.particles and tok.is_lower and self.particle_goes_on(doc, i + 1))

    def titled_names(self, doc: Doc, titles: list[dict], styles: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Names right after a person title or honorific, or set off after a title by a comma or dash."""
        starts = [t["end"] for t in titles if t["before_name"]]
        right_after = set(starts)  # "Attorney General Garland": a name, even one a place shares
        in_name = {t["end"]: t["start"] for t in titles if t.get("in_name") and t["core_end"] == t["end"]}
        title_starts = {t["start"] for t in titles}
        starts += [t["end"] + 1 for t in titles if t["end"] < len(doc) and doc[t["end"]].text in DASHES
                   and t["end"] + 1 not in title_starts]  # "the military leader, Senior General X": X, after its own title
        style_starts = {start for start, _ in styles}
        starts += [end for _, end in styles if end not in title_starts and end not in style_starts]
        # "His Highness Sheikh X": the title's; "H.E. Dr X": the second style's
        found = []
        style_at = dict(styles)
        for start in starts:
            after = after_titles(doc, start, titles)  # "Defence Minister Gen Liang Guanglie": after both titles,
            if after < len(doc) and self.name_run(doc, after) - after >= 2:  # unless one name is left: "King
                start = after  # Sultan Ibrahim" is Sultan Ibrahim
            while start in style_at and self.name_run(doc, style_at[start]) - style_at[start] >= 2:
                start = style_at[start]  # "Minister Dr S Jaishankar": the name after the style ("Lord Cameron" stays)
            if start >= len(doc):
                continue
            end = self.name_run(doc, start)
            if any(t.lower_ in self.heads for t in doc[start:end]):
                continue  # "King Khalid International Airport" is a place named after a king
            if end - start == 1 and end + 1 < len(doc) and doc[end].lower_ in ("and", "&") and doc[end + 1].is_title:
                continue  # "Commissioner for Political Affairs, Peace and Security": the title goes on
            if end < len(doc) and doc[end].tag_ == "POS" and doc[start:end].text in self.places:
                continue  # "explained to the Secretary General Iraq's position": the country's, no name
            if end > start and (start in right_after or doc[start:end].text not in self.places):
                single = end - start == 1 or (end - start in (2, 3) and ROMAN_NUMERAL.fullmatch(doc[end - 1].text))
                # "King Salman", "Queen Elizabeth II", "Pope John Paul II", "Pope John XXIII"
                regnal = end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].text in self.places
                found.append((in_name[start], end) if start in in_name and (single or regnal) else (start, end))
        return found

    def listed_names(self, doc: Doc, titles: list[dict]) -> list[tuple[int, int]]:
        """The name that opens a bulleted line before a comma and a title ("- Pratikno, Minister of State
        Secretary;", "- Retno Marsudi, Minister of Foreign Affairs;"), as in readouts' lists of participants,
        after a title of its own ("- Admiral X, Secretary of the Navy")."""
        title_starts = {t["start"] for t in titles}
        found = []
        for bullet in doc:
            if bullet.text not in BULLETS or not starts_line(bullet):
                continue
            start = after_titles(doc, bullet.i + 1, titles)  # "- Admiral X, Secretary of the Navy": X
            comma = self.name_run(doc, start)
            if comma == start or comma >= len(doc) or doc[comma].text != "," \
                    or doc[start: comma].text in self.places:
                continue
            line_end = next((t.i for t in doc[comma:] if "\n" in t.text), len(doc))
            if title_starts & set(range(comma + 1, min(line_end + 1, comma + 5))):
                found.append((start, comma))
        return found

    def name_ending_in_a_month(self, doc: Doc, span: Span) -> Span:
        """A one-word DATE after an untagged capitalised name word is a surname ("Theresa [May]"), unless it
        reads as a date ("in May", "May 5")."""
        before = doc[span.start - 1] if span.start > 0 else None
        if span.label_ != "DATE" or len(span) != 1 or not span[0].is_title or before is None \
                or before.ent_type_ or before.pos_ != "PROPN" or not self.is_name_word(before) \
                or before.lower_ in DATE_LEAD_WORDS or reads_as_date(span):
            return span
        return Span(doc, span.start - 1, span.end, label="PERSON")

    def venue_appositive(self, span) -> bool:
        """Whether a name is followed by ", the [adjectives] <venue noun>" ("Rashtrapati Bhavan, the
        presidential palace", "Beit Hanassi, the President's residence")."""
        doc, i = span.doc, span.end
        if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ != "the":
            return False
        j = i + 2
        while j < len(doc) and (doc[j].pos_ in ("ADJ", "PROPN") and doc[j].is_alpha or doc[j].tag_ == "POS"
                                or doc[j].dep_ == "compound" and doc[j].is_alpha):
            j += 1
        return j < len(doc) and doc[j].lower_ in self.cues["venue_noun"]

    def given_names_before(self, doc: Doc, cand: Candidate, not_names: set[int]) -> int:
        """The start of the untagged capitalised words before a one-word PERSON that the parse makes its
        compounds ("Samia Suluhu [Hassan]", the model tagging only the surname); ``cand.start`` if none.
        Titles, places and organisation heads are no given names."""
        start = cand.start
        while start - 1 >= 0 and cand.start - start < 3:
            tok = doc[start - 1]
            if tok.dep_ != "compound" or tok.head.i not in range(start, cand.end) or tok.pos_ != "PROPN" \
                    or not self.is_name_word(tok) or tok.ent_type_ or tok.i in not_names \
                    or tok.text in self.places or tok.lower_ in self.heads:
                break
            start -= 1
        return start

    def one_sense(self, doc: Doc, spans, confirmed: set[str], in_titles: set[int] = frozenset()) -> list[Candidate]:
        """Spread PERSON over every entity or proper noun spelled like a known person's name.

        The first and last words of a full name count as the person's name
        parts, titles aside ("Prince" of "Prince Faisal bin Farhan" is not).
        """
        located = only_after_locatives(spans, self.cues["motion_verb"])
        flown_to = only_flown_to(spans, self.cues["motion_verb"])
        venues = {s.text for s in spans if s.label_ == "VENUE"}
        venues |= {s[:-1].text for s in spans if s.label_ == "VENUE" and len(s) > 1 and s[-1].is_lower}  # "X airport"
        venues &= located
        # a name the model calls a person once and a place elsewhere, always after "at", "in", ...: a place
        persons = [s for s in spans if s.label_ == "PERSON"
                   and (s.text in confirmed or s.text not in self.places and s.text not in venues)]
        full = {s.text for s in persons if len(s) > 1 or s.text in confirmed}
        words = [[t for t in s if t.i not in in_titles] for s in persons if len(s) > 1]
        parts = {w.text for ws in words if ws for w in (ws[0], ws[-1])} - self.not_names
        parts |= {w.text for ws in words for before, w, after in zip(ws, ws[1:], ws[2:])
                  if before.text in QUOTES and after.text in QUOTES}  # 'Joko "Jokowi" Widodo': Jokowi
        # an inner word the model also tags alone as a person ("Luiz Inácio Lula da Silva ... Lula said"), or
        # that stands alone as a subject elsewhere ("Lula flew in"): only one person's, and no particle
        names = {" ".join(t.text for t in ws): ws for ws in words if len(ws) >= 3}
        inner = Counter(w.text for ws in names.values() for w in ws[1:-1]
                        if w.is_title and len(w) >= 3 and w.lower_ not in self.particles)
        alone = {t.text for t in doc if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN"
                 and not (t.i > 0 and doc[t.i - 1].is_title) and not (t.i + 1 < len(doc) and doc[t.i + 1].is_title)}
        parts |= {w for w, n in inner.items() if n == 1 and w in alone and w not in self.places} - self.not_names
        parts |= {w.text for ws in words for w in ws[1:-1]} & {s.text for s in persons if len(s) == 1}
        # surnames the model also tags as dates ("Theresa May"): a name where they do not read as a date
        date_surnames = {ws[-1].text for ws in words if ws} & {s.text for s in spans if s.label_ == "DATE"}
        known = full | parts
        media = only_on_media(spans, self.cues["post_verb"])
        cands = []
        for span in spans:
            label = span.label_
            if label in ("PERSON", "ORG") and span.text not in confirmed and self.venue_appositive(span):
                label = "VENUE"  # "at Rashtrapati Bhavan, the presidential palace"
            elif label == "PERSON" and span.text in flown_to and span.text not in confirmed:
                label = "VENUE"  # "is scheduled to fly to Luang Prabang": a place, though a name of two words
            elif label not in KEEP_LABELS and (span.text in known or (
                    len(span) > 1 and span[-1].text in parts and span.text not in self.places)):
                label = "PERSON"
            elif label == "DATE" and len(span) == 1 and span.text in date_surnames and not reads_as_date(span):
                label = "PERSON"  # "Merkel and May held talks" in an article that named Theresa May
            elif label == "PERSON" and span.text not in known and span.text in self.places \
                    and span.start - 1 not in in_titles:  # "Queen Elizabeth" is no city in New Jersey
                label = "VENUE"
            elif label == "PERSON" and len(span) == 1 and span.start > 0 and doc[span.start - 1].lower_ == "the" \
                    and span.text not in known and span.text not in confirmed:
                label = "VENUE" if span.root.dep_ == "pobj" else ""  # "on the Danube": no person has "the"
            elif label == "PERSON" and span.text in media and span.text not in known and span.text not in confirmed:
                label = "ORG"
            elif span.text in located and span.text not in confirmed and not (
                    label == "ORG" and (span.text.isupper() or {t.lower_ for t in span} & ORG_WORDS)) \
                    and label in {"PERSON", "ORG"} and span.text not in full:
                label = "VENUE"
            if label:
                cands.extend(split_coordination(span.doc, Candidate(span.start, span.end, label)))
        taken = {i for s in spans for i in range(s.start, s.end)}
        for tok in doc:
            surname = tok.text in date_surnames and not reads_as_date(doc[tok.i: tok.i + 1])
            if tok.i not in taken and (tok.text in parts or surname) and (
                    tok.pos_ == "PROPN" or (tok.is_title and (not tok.is_sent_start or tok.dep_ in ("nsubj", "nsubjpass")))):
                # "met Zelenskyy" as a NOUN; "Guterres first floated" as a plural noun opening a sentence
                cands.append(Candidate(tok.i, tok.i + 1, "PERSON"))
        return cands


def listed_among_people(doc: Doc, cands: list[Candidate], places, not_names: set[int],
                        heads: set[str], is_met=lambda token: False) -> list[Candidate]:
    """A one-word name in a list of two people or more is a person too ("welcomed his counterparts
    – Biden, Sunak, Macron, Scholz, Meloni": "Scholz", which the model took for a place), and so is
    one coordinated with one person where ``is_met`` holds for the coordination ("Modi and Putin
    held talks", "Putin and Orban met"), unless it is a known place, a title's word ("Chief of
    Army Staff") or an organisation's or venue's head word ("the Dialogue"); an untagged one joins
    as well."""
    people = {i for c in cands if c.label == "PERSON" for i in range(c.start, c.end)}
    covered = {i for c in cands if c.end - c.start > 1 for i in range(c.start, c.end)}
    by_start = {c.start: c for c in cands if c.end - c.start == 1}
    changed = []
    for tok in doc:
        if tok.pos_ != "PROPN" or not tok.is_title or tok.i in people or tok.text in places \
                or tok.i in not_names or tok.lower_ in heads:
            continue
        cand = by_start.get(tok.i)
        if cand is not None and cand.label not in ("ORG", "VENUE", "GPE"):
            continue
        if cand is None and tok.i in covered:
            continue  # a word of a longer name
        if tok.dep_ == "compound" or any(c.dep_ in ("compound", "prep", "det") for c in tok.children):
            continue  # part of a longer name, "Chief of Army Staff", "the Dialogue"
        members = _conjuncts(tok)
        listed = sum(1 for m in members if m.i in people)
        first = min([tok] + members, key=lambda m: m.i)
        if listed >= 2 or listed == 1 and not tok.is_upper and is_met(first):
            changed.append(tok.i)
    kept = [c for c in cands if not (c.end - c.start == 1 and c.start in changed)]
    return kept + [Candidate(i, i + 1, "PERSON") for i in changed]


def _conjuncts(token) -> list:
    """The other members of the coordination a token is in ("A, B, C and D")."""
    root = token
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    members, todo = [], [root]
    while todo:
        member = todo.pop()
        members.append(member)
        todo.extend(c for c in member.children if c.dep_ == "conj")
    return [m for m in members if m.i != token.i]


def apostrophe_word(doc: Doc, i: int) -> int:
    """How many tokens from ``i`` make a name word with an apostrophe: one for "Yar'Adua",
    "Mata'afa" or "d'Estaing", two for "'Utoikamanu" split off its opening apostrophe, else none."""
    if i >= len(doc):
        return 0
    if APOSTROPHE_NAME.fullmatch(doc[i].text):
        return 1
    opens = doc[i].text in ("'", "’") and i > 0 and doc[i - 1].whitespace_ and not doc[i].whitespace_
    return 2 if opens and i + 1 < len(doc) and doc[i + 1].is_title and doc[i + 1].is_alpha else 0


#: Words before a month that make it a date ("in May", "since May", "early May").
DATE_LEAD_WORDS = frozenset({"in", "on", "since", "by", "until", "till", "of", "from", "to", "through", "during",
                             "before", "after", "between", "last", "next", "this", "early", "late", "mid", "end"})


def reads_as_date(span: Span) -> bool:
    """Whether a one-word DATE spelled like a person's name is used as a date: after a word that leads a
    date ("in May") or next to a number ("May 5", "5 May"), and not before a possessive ("of May's")."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.tag_ == "POS":
        return False  # "the leg of May's tour"
    return (before is not None and (before.lower_ in DATE_LEAD_WORDS or before.like_num)) \
        or (after is not None and after.like_num)


def honorific_spans(doc: Doc, styles: set[tuple[str, ...]]) -> list[tuple[int, int]]:
    """The (start, end) of every honorific or style of address, longest first ("His Royal Highness").
    ``styles`` are lower-case word tuples without apostrophes, which match around an apostrophe token:
    ("dato", "seri") finds "Dato' Seri" and takes the apostrophe of "Dato'" too.

    >>> from spacy.lang.en import English
    >>> honorific_spans(English()("His Royal Highness met Mr Xi"), {("his", "royal", "highness"), ("mr",)})
    [(0, 3), (4, 5)]
    """
    longest = max((len(style) for style in styles), default=0)
    plain = {tuple(w.rstrip(".") for w in style) for style in styles}  # "Smt." is the style "smt", "Hon" "hon."
    found, i = [], 0
    while i < len(doc):
        words = style_words(doc[i:i + 3 * longest])[:longest]
        size = next((n for n in range(len(words), 0, -1) if tuple(w for w, _ in words[:n]) in plain), 0)
        if size:
            end = words[size - 1][1] + 1
            end += int(end < len(doc) and doc[end].text in APOSTROPHES)  # "Dato'"
            found.append((i, end))
        i = end if size else i + 1
    return found


def monsieur_spans(doc: Doc) -> list[tuple[int, int]]:
    """The "M." that stands for "Monsieur" before a name ("M. Paul-Henri Spaak", "M. Pineau"): an article
    that writes so writes it before several names. Where "M." opens two different names or more, each is
    a style of address, unless it is one of a run of initials ("S. M. Koya", "M. K. Stalin"); an article
    with one name after "M." ("M. Karunanidhi") has an initial.

    >>> from spacy.lang.en import English
    >>> monsieur_spans(English()("M. Spaak met M. Pineau and Mr S. M. Koya."))
    [(0, 1), (3, 4)]
    >>> monsieur_spans(English()("M. Karunanidhi and M. K. Stalin met M. Karunanidhi's son."))
    []
    """
    found = [t.i for t in doc[:-1] if t.text == "M." and doc[t.i + 1].is_title and not _initial(doc[t.i + 1])
             and not (t.i > 0 and _initial(doc[t.i - 1]))]
    return [(i, i + 1) for i in found] if len({doc[i + 1].text for i in found}) >= 2 else []


def _initial(token: Token) -> bool:
    """Whether a token is an initial: one capital letter and a full stop ("S.")."""
    return len(token.text) == 2 and token.text[0].isupper() and token.text[1] == "."


def style_words(span) -> list[tuple[str, int]]:
    """The lower-case words of a span as a style of address is compared, without a final full stop, each
    with its last token: an apostrophe is no word ("Dato' Seri" is the tokens "Dato", "'", "Seri"), and a
    full stop the tokenizer split off a word ends it ("Rt. Hon." is the tokens "Rt", ".", "Hon", ".").

    >>> from spacy.lang.en import English
    >>> style_words(English()("Dato' Seri"))
    [('dato', 0), ('seri', 2)]
    """
    words: list[tuple[str, int]] = []
    for token in span:
        if token.text in APOSTROPHES:
            continue
        last = token.doc[token.i - 1] if words else None
        if token.text == "." and last is not None and words[-1][1] == last.i and not last.whitespace_ \
                and not last.text.endswith("."):
            words[-1] = (words[-1][0], token.i)
        else:
            words.append((token.lower_.rstrip("."), token.i))
    return words


APOSTROPHES = frozenset({"'", "’"})


#: Labels the model gives a person's name after a style of address ("The Honorable X" as a WORK_OF_ART).
PERSON_AFTER_STYLE = frozenset({"PERSON", "WORK_OF_ART", "ORG", "FAC", "PRODUCT", "LAW", "EVENT"})


def without_honorific(cand: Candidate, in_styles: set[int]) -> Candidate | None:
    """A PERSON starts after its honorific ("Mr Xi" is Xi, "His Royal Highness Prince X" is Prince X);
    an honorific alone is no one."""
    start = cand.start
    while start < cand.end and start in in_styles:
        start += 1
    if start == cand.start or cand.label not in PERSON_AFTER_STYLE:
        return cand
    # "The Honorable Enrique A. Manalo", tagged WORK_OF_ART: a style makes what follows a person
    return Candidate(start, cand.end, "PERSON", cand.priority) if start < cand.end else None


def without_of_place(doc: Doc, cand: Candidate, places) -> Candidate:
    """A PERSON ends before "of" and a known place ("Jean Ping of Gabon" is Jean Ping, of Gabon)."""
    if cand.label != "PERSON":
        return cand
    for i in range(cand.start + 1, cand.end - 1):
        if doc[i].lower_ == "of" and doc[i + 1:cand.end].text in places:
            return Candidate(cand.start, i, cand.label, cand.priority)
    return cand


#: Compass points before a nationality ("S. Korean", "North Korean").
COMPASS = frozenset({"N.", "S.", "E.", "W.", "North", "South", "East", "West"})


def only_adjectives(doc: Doc, cand: Candidate, demonyms: frozenset = frozenset()) -> bool:
    """Whether a PERSON is nothing but adjectives or nationalities ("Jordanian" left of "King Abdullah II"
    once the title is cut out), perhaps after a compass point ("S. Korean" left of "Amb.")."""
    start = cand.start + 1 if cand.end - cand.start > 1 and doc[cand.start].text in COMPASS else cand.start
    return cand.label == "PERSON" and (doc[start:cand.end].text in demonyms or all(
        doc[i].pos_ == "ADJ" or doc[i].text in demonyms for i in range(start, cand.end)))  # "Sri Lankan" too


def headline_verb(doc: Doc, cand: Candidate) -> bool:
    """Whether a one-word PERSON is the verb of its clause, capitalised in a title-case headline ("Brazil
    Agrees to Triple ..."): a finite verb with a subject of its own."""
    token = doc[cand.start]
    return cand.label == "PERSON" and cand.end - cand.start == 1 and token.tag_ in ("VBZ", "VBD", "VBP") \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def only_particles(doc: Doc, cand: Candidate, particles: set[str]) -> bool:
    """Whether a PERSON is nothing but name particles and hyphens ("El" of a headline's "El-Sisi")."""
    return cand.label == "PERSON" and all(doc[i].lower_ in particles or doc[i].text in ("-", "–")
                                          for i in range(cand.start, cand.end))


def only_title(cand: Candidate, title_tokens: set[int]) -> bool:
    """Whether a model PERSON is nothing but a title ("Prince" of "Prince Mohammed" tagged apart)."""
    return cand.label == "PERSON" and all(i in title_tokens for i in range(cand.start, cand.end))


def split_coordination(doc: Doc, cand: Candidate) -> list[Candidate]:
    """A PERSON span over two names joined by "and" or a comma is two people ("Fujimori and Mahuad",
    "Biden, Sunak")."""
    if cand.label != "PERSON":
        return [cand]
    cuts = [i for i in range(cand.start + 1, cand.end - 1) if doc[i].lower_ in {"and", "&", ","}]
    if not cuts:
        return [cand]
    parts, start = [], cand.start
    for end in cuts + [cand.end]:
        if end > start:
            parts.append(Candidate(start, end, "PERSON", cand.priority))
        start = end + 1
    return parts


def split_name_pairs(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A PERSON of two capitalised words joined by a hyphen, each the first or last word of a different
    person's longer name in the article, is those two people ("the Ban-Li talks" with Ban Ki-moon and Li
    Zhaoxing), not a double-barrelled name ("Ferrero-Waldner")."""
    def pair_shaped(c: Candidate) -> bool:
        first, dash, last = doc[c.start:c.end] if c.end - c.start == 3 else (None, None, None)
        return c.label == "PERSON" and dash is not None and dash.text in DASHES and not dash.whitespace_ \
            and not first.whitespace_ and first.is_title and last.is_title

    owners: dict[str, set[str]] = {}
    for c in cands:
        words = [t for t in doc[c.start:c.end] if t.is_alpha]
        if c.label == "PERSON" and len(words) >= 2 and not pair_shaped(c):
            for word in (words[0], words[-1]):
                owners.setdefault(word.text, set()).add(doc[c.start:c.end].text)
    longer = {name for names in owners.values() for name in names}
    out = []
    for c in cands:
        first, last = doc[c.start], doc[c.end - 1]
        text = doc[c.start:c.end].text
        if pair_shaped(c) and owners.get(first.text) and owners.get(last.text) and owners[first.text] != owners[last.text] \
                and not any(name.endswith(" " + text) for name in longer):  # "Ben-Shabbat" of Meir Ben-Shabbat
            out.extend([Candidate(c.start, c.start + 1, c.label, c.priority),
                        Candidate(c.end - 1, c.end, c.label, c.priority)])
        else:
            out.append(c)
    return out


def only_on_media(spans, post_verbs) -> set[str]:
    """Texts of one-word PERSON entities every mention of which is the medium of a statement:
    "on"/"via" after a verb or noun of posting ("wrote on Twitter", "a message on Telegram")."""
    seen: dict[str, bool] = {}
    for span in spans:
        if span.label_ != "PERSON" or len(span) != 1:
            continue
        prev = span.doc[span.start - 1] if span.start > 0 else None
        governors = {prev.head.lemma_.lower(), prev.head.head.lemma_.lower()} if prev is not None else set()
        medium = prev is not None and prev.lower_ in {"on", "via"} and bool(governors & post_verbs)
        seen[span.text] = seen.get(span.text, True) and medium
    return {text for text, medium in seen.items() if medium}


#: Verbs of motion after which "to X" may still be a person's ("the prize went to X", "came to X's aid").
LOOSE_MOTION = frozenset({"go", "come", "move", "visit", "leave", "trip", "flight"})


def only_flown_to(spans, motion_verbs=frozenset()) -> set[str]:
    """Texts of PERSON entities every mention of which is the object of "to" after a verb of travelling
    ("flew to Luang Prabang", "will travel to Luang Prabang"): places, however many words they have."""
    seen: dict[str, bool] = {}
    for span in spans:
        if span.label_ != "PERSON":
            continue
        prev = span.doc[span.start - 1] if span.start > 0 else None
        seen[span.text] = seen.get(span.text, True) and prev is not None and prev.lower_ == "to" \
            and prev.head.lemma_.lower() in motion_verbs - LOOSE_MOTION
    return {text for text, flown in seen.items() if flown}


def only_after_locatives(spans, motion_verbs=frozenset()) -> set[str]:
    """Texts of PERSON/ORG entities every mention of which follows "in", "at", "near" ..., or
    "to"/"from" after a word of travel ("flew to Rzeszow"); of three mentions or more, two in three
    will do ("met X in Naypyitaw", "returning to Naypyitaw", "kept talking to Naypyitaw")."""
    seen: dict[str, list[bool]] = {}
    for span in spans:
        if span.label_ not in {"PERSON", "ORG"}:
            continue
        root = span.root
        prev = span.doc[span.start - 1] if span.start > 0 else None
        located = (root.dep_ == "pobj" and root.head.lower_ in LOCATIVE) or (
            prev is not None and prev.lower_ in LOCATIVE) or (
            prev is not None and prev.lower_ in {"to", "from"} and prev.head.lemma_.lower() in motion_verbs)
        seen.setdefault(span.text, []).append(located)
    return {text for text, located in seen.items()
            if all(located) or len(located) >= 3 and 3 * sum(located) >= 2 * len(located)}
