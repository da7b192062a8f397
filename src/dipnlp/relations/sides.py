"""Who takes part: slot tokens to people, pronouns to the people just named, sides of a meeting.

>>> split_sides([1, 2], [3], [])
[[1, 2], [3]]
>>> split_sides([1, 2], [], [])
[[1], [2]]
>>> split_sides([], [], [1, 2, 3])
[[1], [2], [3]]
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from dipnlp.relations.lists import (SUBJECT_DEPS, listed_after, listed_after_colon, semicolon_items, stray_appositive,
                                    stray_conjunct, stray_opener)
from dipnlp.relations.mentions import (PLURAL_PRONOUNS, RELATIVE_PRONOUNS, SINGULAR_PRONOUNS, SPOUSE_NOUNS,
                                       EntityIndex, companions, family, misplaced_appositive, phrase_people,
                                       phrase_tokens, role_head, role_words, same_country)

#: Verbs whose object, not their subject, does what their infinitive says ("invited Putin to visit").
OBJECT_CONTROL = frozenset({"invite", "ask", "urge", "persuade", "encourage", "allow", "send", "tell", "press",
                            "push", "expect", "want", "welcome"})
#: Verbs of sending someone, whose infinitive of purpose the sent one does even as an advcl ("sent his
#: minister, Y, to sit with Z").
SEND_VERBS = frozenset({"send", "dispatch"})
#: Nouns of an offer made to someone, who is the one to act ("X's invitation to Y to visit Z": Y visits).
INVITATION_NOUNS = frozenset({"invitation", "invite"})
#: Verbs that pass an invitation on for someone else: their subject is not the invitee ("conveyed X's
#: invitation to visit Z").
PASS_ON_VERBS = frozenset({"extend", "convey", "deliver", "reiterate", "renew", "repeat", "hand", "issue", "send",
                           "pass", "carry", "bring", "transmit", "forward"})
#: Plural nouns that stand for the group just named ("the two leaders", "both men").
GROUP_NOUNS = frozenset({"leader", "president", "minister", "man", "woman", "counterpart", "head", "side",
                         "diplomat", "envoy", "official", "premier", "chief", "visitor", "guest", "negotiator"})
NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5}
#: How many sentences back "the two leaders" may look for the group of the latest meeting (about two
#: paragraphs) ...
GROUP_REACH = 4
#: ... and how many paragraphs back, however long they are (quotes split a paragraph into many sentences).
PARAGRAPH_REACH = 2
#: Relations through which a verb without a subject takes its governor's subject.
INHERIT_DEPS = frozenset({"xcomp", "advcl", "conj", "pcomp", "prep", "acomp", "oprd", "ccomp", "dep"})


@dataclass
class Context:
    """What earlier sentences of the article said, for pronouns and "there"."""

    index: EntityIndex
    last_group: list[int] = field(default_factory=list)
    last_group_sent: int = -10
    last_meeting: dict | None = None
    last_meeting_sent: int = -10
    previous_meeting: dict | None = None  # the latest meeting of a sentence before that of ``last_meeting``
    previous_meeting_sent: int = -10
    last_place: int | None = None
    last_place_sent: int = -10
    dateline: int | None = None
    last_venue: int | None = None
    paragraphs: list[int] = field(default_factory=list)  # the paragraph number of each sentence
    last_traveler: int | None = None
    last_traveler_sent: int = -10
    trip_sent: dict[int, int] = field(default_factory=dict)  # person -> the sentence of their latest trip
    trips: dict[int, list[tuple[int, int, str]]] = field(default_factory=dict)  # person -> (sentence, place, status)

    def meeting_before(self, sent_no: int) -> tuple[dict | None, int]:
        """The latest meeting told in a sentence before ``sent_no``, and that sentence's number."""
        if self.last_meeting_sent < sent_no:
            return self.last_meeting, self.last_meeting_sent
        return self.previous_meeting, self.previous_meeting_sent

    def within_reach(self, sent_no: int) -> bool:
        """Whether a sentence may still refer to the latest group ("the two leaders")."""
        if sent_no - self.last_group_sent <= GROUP_REACH:
            return True
        paragraphs = self.paragraphs
        return 0 <= self.last_group_sent < len(paragraphs) and sent_no < len(paragraphs) \
            and paragraphs[sent_no] - paragraphs[self.last_group_sent] <= PARAGRAPH_REACH


def _previous_sentence(token: Token) -> Span | None:
    start = token.sent.start
    if start == 0:
        return None
    return token.doc[start - 1].sent


def _subject_persons(ctx: Context, sent: Span, exclude: list[int], depth: int) -> list[int]:
    """Return the people named in subject phrases of ``sent``, in text order; a subject "he" or "she"
    counts as the person it stands for ("He met X. Later he flew to Cairo")."""
    found: list[int] = []
    for token in sent:
        if token.dep_ not in SUBJECT_DEPS:
            continue
        people = ctx.index.mentions_in(phrase_tokens(token), ("PERSON",))
        if not people and token.lower_ in ("he", "she") and depth < 3:
            people = resolve_singular(ctx, token, exclude, depth + 1)
        elif not people and token.pos_ in ("NOUN", "PROPN") and ctx.index.by_token.get(token.i) is None:
            holder = ctx.index.role_holder(token, exclude)  # "The Prime Minister held talks ... He also met X"
            people = [holder] if holder is not None else []
        for person in people:
            if person not in found:
                found.append(person)
    return found


def resolve_singular(ctx: Context, pronoun: Token, exclude: list[int], depth: int = 0) -> list[int]:
    """Resolve he/she/his/her: the nearest person before it in the sentence, else the last subject before."""
    index = ctx.index
    exclude = list(exclude) + _clause_subjects(ctx, pronoun)  # "X greeted him": him is not X
    exclude += index.other_gender(pronoun.lower_)  # "X, with his wife Y, landed, where he was greeted"
    topic = _conjunct_subject(ctx, pronoun, exclude)
    if topic is not None:
        return [topic]
    before = [t for t in pronoun.sent if t.i < pronoun.i]
    if pronoun.dep_ in SUBJECT_DEPS:
        subject = _main_subject(ctx, pronoun, exclude)
        if subject is not None:
            return [subject]
    if pronoun.dep_ == "poss":
        subject = _clause_subject_of_possessive(ctx, pronoun, exclude)
        if subject is not None:
            return [subject]
    if pronoun.dep_ in SUBJECT_DEPS and depth < 3:
        same = next((t for t in reversed(before) if t.lower_ == pronoun.lower_ and t.dep_ in SUBJECT_DEPS), None)
        if same is not None:  # "in Yaounde he held talks with X; in Cotonou he was received by Y": one "he"
            return resolve_singular(ctx, same, exclude, depth + 1)
    for token in reversed(before):
        person = index.entity_of(token)
        if person is None and token.dep_ in SUBJECT_DEPS and index.by_token.get(token.i) is None:
            person = index.role_holder(token, exclude)  # "The president flew to Seoul, where he met X"
        if person is not None and person not in exclude:
            return [person]
    previous = _previous_sentence(pronoun)
    if previous is None:
        return []
    subjects = [p for p in _subject_persons(ctx, previous, exclude, depth) if p not in exclude]
    if subjects:
        return subjects[:1]
    named = [p for p in index.mentions_in(previous, ("PERSON",)) if p not in exclude]
    return named[-1:] if len(set(named)) == 1 else []


def _clause_subjects(ctx: Context, pronoun: Token) -> list[int]:
    """The people who are the subject of the verb a non-reflexive object pronoun depends on (or the
    possessor of the honour a meal is given in)."""
    verb = pronoun.head
    if pronoun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif pronoun.dep_ == "poss" and verb.lower_ in ("honour", "honor") and verb.head.dep_ == "prep":
        verb = verb.head.head  # "X hosted a dinner in his honour": his is not X
        verb = verb.head if verb.pos_ == "NOUN" and verb.dep_ == "dobj" else verb
    elif pronoun.dep_ not in ("dobj", "dative"):
        return []
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if verb.dep_ == "relcl" and any(s.lower_ in RELATIVE_PRONOUNS for s in subjects):
        subjects.append(verb.head)  # "Kishida, who hosted him": him is not Kishida
    heads = subjects + [c for s in subjects for c in s.children if c.dep_ in ("appos", "conj")]
    found = ctx.index.mentions_in(heads, ("PERSON",))  # not a possessor: "Kim's wife joined him" is Kim
    holders = [ctx.index.role_holder(h) for h in heads if ctx.index.by_token.get(h.i) is None]
    return found + [h for h in holders if h is not None and h not in found]  # "The President hosted him"


def _one_person(ctx: Context, subjects: list[Token], exclude: list[int]) -> int | None:
    """The person named in the phrases of ``subjects``, leaving out ``exclude``, when there is exactly one."""
    people = [p for s in subjects for p in ctx.index.mentions_in(phrase_tokens(s), ("PERSON",)) if p not in exclude]
    return people[0] if len(people) == 1 else None


def _clause_subject_of_possessive(ctx: Context, pronoun: Token, exclude: list[int]) -> int | None:
    """The one person passive subject of the verb whose prepositional phrase holds "his"/"her" ("X was
    greeted by Y on his arrival": his is X's)."""
    noun = pronoun.head
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = noun.head.head
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]  # "welcomed Y on his visit" is Y's: passive only
    return _one_person(ctx, subjects, exclude)


def _main_subject(ctx: Context, pronoun: Token, exclude: list[int]) -> int | None:
    """The one person subject of the nearest verb above, for a subject pronoun in a clause below it
    ("Guterres travelled to Moscow for talks with Putin and Lavrov, and then to Kyiv, where he met X";
    "Ushakov added that Lavrov will travel to Bali, where he will hold talks": Lavrov, not Ushakov)."""
    for verb in pronoun.head.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < pronoun.i]
        person = _one_person(ctx, subjects, exclude)
        if person is None and len(subjects) == 1 and ctx.index.by_token.get(subjects[0].i) is None:
            person = ctx.index.role_holder(subjects[0], exclude)  # "the chancellor will meet X before she flies"
        if person is not None:
            return person
    return None


def _conjunct_subject(ctx: Context, pronoun: Token, exclude: list[int]) -> int | None:
    """The person subject of the first of two joined clauses, for the subject pronoun of the second
    ("Trump said that a summit with Kim could happen, but he made clear ...": he is Trump)."""
    verb = pronoun.head
    if pronoun.dep_ not in SUBJECT_DEPS or verb.dep_ != "conj" or verb.head.i > pronoun.i:
        return None
    subjects = (c for c in verb.head.children if c.dep_ in SUBJECT_DEPS)
    return next((p for p in (_one_person(ctx, [s], exclude) for s in subjects) if p is not None), None)


#: Determiners of a plural noun that names no group known before ("several leaders", "some ministers").
INDEFINITE_DETS = frozenset({"several", "some", "many", "few", "various", "other", "numerous", "more", "most"})


def resolve_plural(ctx: Context, pronoun: Token, sent_no: int) -> list[int]:
    """Resolve they/their: a group of people named before it in the sentence, else the last meeting's.
    An object is not its own verb's subject: "them" of "X and his wife, Y, welcomed them" is another
    group ("The Clintons flew to Derry, where ...")."""
    index = ctx.index
    own_subjects = {c.i for c in pronoun.head.children if c.dep_ in SUBJECT_DEPS} \
        if pronoun.dep_ not in SUBJECT_DEPS and pronoun.dep_ != "poss" else set()
    for token in reversed([t for t in pronoun.sent if t.i < pronoun.i]):
        if token.i in own_subjects:
            continue
        if token.dep_ in SUBJECT_DEPS or token.dep_ in ("dobj", "pobj"):
            group = index.mentions_in(phrase_tokens(token), ("PERSON",)) or family(index, token)
            if len(group) >= 2:
                return group
            if not group and token.dep_ in SUBJECT_DEPS and token.tag_ == "NNS" and token.head in pronoun.ancestors \
                    and not any(c.dep_ in ("det", "poss", "nummod", "predet") and c.lower_ not in INDEFINITE_DETS
                                for c in token.children):
                return []  # "Several leaders have confirmed that they will travel": those leaders, whoever they
                # are; not "the two presidents drove to X, where they held talks"
    named = named_before(index, pronoun)
    if 2 <= len(named) <= 4:
        return named  # "X told Y during their meeting": the people named before it
    if ctx.last_group and sent_no - ctx.last_group_sent <= 2:
        return list(ctx.last_group)
    return []


def named_before(index: EntityIndex, token: Token, exclude=()) -> list[int]:
    """The people named in ``token``'s sentence before it, in text order, leaving out ``exclude``."""
    named: list[int] = []
    for before in token.doc[token.sent.start: token.i]:
        person = index.entity_of(before)
        if person is not None and person not in named and person not in exclude:
            named.append(person)
    return named


def resolve_relative(ctx: Context, pronoun: Token) -> list[int]:
    """Resolve who/that of a relative clause, or the object "whom" ("Y, whom he received"; "Y, with whom
    he held talks"): the people of the noun the clause modifies, else the nearest name before."""
    verb = relative_clause(pronoun)
    if verb is None:
        return []
    noun = verb.head
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head  # "X and Y, who met on Monday": the whole coordination
    # not a noun joined after the clause: in "A, who visited X last month, and B", B did not visit X
    joined_after = {t.i for c in verb.head.children if c.dep_ == "conj" and c.i > verb.i for t in c.subtree}
    people = ctx.index.mentions_in([t for t in phrase_tokens(verb.head) if t.i not in joined_after], ("PERSON",))
    if noun.i != verb.head.i and ctx.index.entity_of(noun) is not None:
        people = list(dict.fromkeys(ctx.index.mentions_in([noun] + [c for c in noun.children if c.dep_ == "conj"],
                                                          ("PERSON",)) + people))
    if people:
        return people
    for token in reversed(pronoun.doc[max(pronoun.sent.start, pronoun.i - 15): pronoun.i]):
        person = ctx.index.entity_of(token)
        if person is not None:
            return [person]
    return []


#: Singular nouns for a group of a known size ("hosted the pair").
SET_NOUNS = {"pair": 2, "couple": 2, "duo": 2, "trio": 3}


def resolve_set(ctx: Context, noun: Token, sent_no: int, exclude=()) -> list[int]:
    """Resolve "the pair", "the trio": that many people named just before it in the sentence, else the
    latest meeting's group of that size; "the couple" also the two who travelled in the sentence before."""
    size = SET_NOUNS.get(noun.lower_)
    if size is None or not any(c.lower_ == "the" for c in noun.children):
        return []
    exclude = list(exclude)
    for subject in (c for c in noun.head.children if c.dep_ in SUBJECT_DEPS):  # "Qin, who hosted the pair"
        exclude += ctx.index.mentions_in(phrase_tokens(subject), ("PERSON",)) or (
            resolve_relative(ctx, subject) if subject.lower_ in RELATIVE_PRONOUNS else [])
    named = named_before(ctx.index, noun, exclude)
    group = named if len(named) == size else \
        list(ctx.last_group) if len(ctx.last_group) == size and sent_no - ctx.last_group_sent <= 2 else []
    if not group and noun.lower_ == "couple":  # "X flew in, accompanied by his wife. The couple were met by"
        group = [p for p, trips in ctx.trips.items() if p not in exclude and any(s == sent_no - 1 for s, _, _ in trips)]
    if group and noun.lower_ == "couple" and not is_couple(ctx.index, group):
        return []  # "the couple" are a woman and her husband, not the two leaders who met last
    return group


def is_couple(index: EntityIndex, pair: list[int]) -> bool:
    """Whether two people may be a married couple: a woman, by a word before her name ("Queen", "his wife") or her
    given name, and someone not known to be one."""
    return [index.sex(p) for p in pair].count("f") == 1


#: Group nouns that say their people's sex, and the sex they leave out.
SEXED_GROUPS = {"man": "f", "woman": "m"}


def resolve_group(ctx: Context, noun: Token, sent_no: int, exclude=()) -> list[int]:
    """Resolve "the two leaders", "both men", "the leaders" to the group of the latest meeting; a group
    of a number to that many people named before it in its sentence, and one that no meeting had ("all
    five leaders") to that many people named just before. "The two men" has no woman in it."""
    left_out = SEXED_GROUPS.get(noun.lemma_.lower())
    if left_out is None:
        return _group(ctx, noun, sent_no, exclude)
    index = ctx.index
    other_sex = [i for i, label in enumerate(index.labels)
                 if label == "PERSON" and index.sex(i, mostly=True) == left_out]
    group = _group(ctx, noun, sent_no, list(exclude) + other_sex)
    return [] if set(group) & set(other_sex) else group


def _group(ctx: Context, noun: Token, sent_no: int, exclude=()) -> list[int]:
    bare = noun.pos_ == "NUM" and noun.lower_ in NUMBERS and any(c.lower_ == "the" for c in noun.children)
    if not bare and (noun.tag_ not in ("NNS", "NNPS") or noun.lemma_.lower() not in GROUP_NOUNS):
        return []
    words = {c.lower_ for c in noun.children if c.dep_ in ("det", "nummod", "predet", "quantmod")}
    numbers = [NUMBERS[noun.lower_]] if bare else [NUMBERS[w] for w in words if w in NUMBERS]  # "the two met"
    named = named_before(ctx.index, noun, list(exclude) + _subject_people(ctx, noun)) if numbers else []
    if numbers and len(named) == numbers[0] >= 2:
        return named  # "Xi's visit returns the trips Kim has made: the two men met in Beijing"
    if numbers and ctx.last_group and numbers[0] < len(ctx.last_group) and ctx.within_reach(sent_no):
        holders = role_holders_of(ctx.index, ctx.last_group, noun)
        if len(holders) == numbers[0]:
            return holders  # "X and his wife dined with Y and his wife ... the two leaders"
    if numbers and not (ctx.last_group and numbers[0] == len(ctx.last_group) and ctx.within_reach(sent_no)):
        return named_recently(ctx, noun, numbers[0], exclude) or holders_so_far(ctx.index, noun, numbers[0], exclude)
    if not ctx.last_group or not ctx.within_reach(sent_no):
        return []
    if numbers:
        return list(ctx.last_group)
    others = [c for c in noun.children if c.dep_ != "det"]
    return list(ctx.last_group) if "the" in words and not others else []


def holders_so_far(index: EntityIndex, noun: Token, size: int, exclude=()) -> list[int]:
    """The people named before ``noun`` in the article who hold a role of its kind, when exactly ``size``
    do ("X arrived ...; welcomed by Y ...; Z arrived ... The meeting of the three leaders": X, Y and Z)."""
    if any(t.dep_ in SUBJECT_DEPS and index.entity_of(t) is None and (t.pos_ == "PROPN" or t.lower_ in SINGULAR_PRONOUNS)
           for t in noun.doc[noun.sent.start: noun.i]):
        return []  # "His Highness accepted an invitation, where the two leaders will meet": someone else is one
    said = {c.lower_ for c in noun.lefts}
    others = index.mentions_in(noun.doc[noun.i + 1: noun.sent.end], ("PERSON",))  # "were received by Y": not Y
    before = [p for p in index.mentions_in(noun.doc[:noun.i], ("PERSON",)) if p not in exclude and p not in others
              and index.holds_rank(p, said)]  # not the deputy prime minister, for "the two leaders"
    holders = role_holders_of(index, before, noun)
    return holders if len(holders) == size >= 2 else []


def may_be_called(index: EntityIndex, group: list[int], noun: str) -> bool:
    """Whether a group noun of a kind of role ("leaders") may stand for ``group``: not when one of its
    people holds a role of another kind and none of that kind ("the five foreign ministers" are not
    five people one of whom is a president; a style such as "sheikh" is of no kind). A noun that is
    itself a word of the article's roles ("presidents") is its own kind, and does not stand for people
    none of whom holds it ("the presidents" are not the ministers named last, whose roles are not told);
    a noun of a wider kind ("leaders") may."""
    own_kind = noun not in index.role_kinds
    if own_kind and noun not in index.role_vocabulary:
        return True  # not a word of roles ("the two men")
    holders = role_holders_of(index, group, noun)
    if own_kind and not holders:
        return False
    kinds = frozenset().union(*index.role_kinds.values(), index.role_kinds)
    return not any(p not in holders and any(kinds & set(role_words(r)) for r in index.roles[p]) for p in group)


def role_holders_of(index: EntityIndex, group: list[int], noun: str | Token) -> list[int]:
    """The people of a group whose role is of the group noun's kind: "leaders" are those with a
    leader's role (``role_kinds``), "ministers" those with "minister" in their role, and, for a noun
    token with a role word before it, "prime ministers" those with "prime minister" in theirs (not the
    foreign minister)."""
    words = role_qualifiers(index, noun) if isinstance(noun, Token) else []
    noun = noun.lemma_.lower() if isinstance(noun, Token) else noun
    kind = index.role_kinds.get(noun, frozenset()) | {noun}
    holders = [p for p in group if any(kind & set(role_words(role)) for role in index.roles[p])]
    if words:
        holders = [p for p in holders if any(_contains(role_words(role), words + [noun]) for role in index.roles[p])]
    return holders


def role_qualifiers(index: EntityIndex, noun: Token) -> list[str]:
    """The lowercase words before a group noun that are words of the article's roles ("prime" of "the two
    prime ministers"; not "visiting")."""
    lefts = [c for c in noun.lefts if c.dep_ in ("amod", "compound") and c.is_lower]
    return [c.lower_ for c in lefts if c.lower_ in index.role_vocabulary]


def _contains(words: list[str], run: list[str]) -> bool:
    """Whether ``run`` occurs in ``words`` as consecutive words."""
    return any(words[i:i + len(run)] == run for i in range(len(words) - len(run) + 1))


def _subject_people(ctx: Context, noun: Token) -> list[int]:
    """The people of the subject of the verb a group noun hangs on ("X received both ministers": X)."""
    if noun.dep_ in SUBJECT_DEPS:
        return []  # "the two men met": the group is the subject
    subjects = [c for c in noun.head.children if c.dep_ in SUBJECT_DEPS and c.i != noun.i] \
        or inherited_subject(noun.head)
    return ctx.index.mentions_in([t for s in subjects for t in s.subtree], ("PERSON",))


def _sentences_and_number(token: Token) -> tuple[list[Span], int | None]:
    """The sentences of ``token``'s Doc and the number of the one that holds it."""
    sents = list(token.doc.sents)
    return sents, next((n for n, s in enumerate(sents) if s.start <= token.i < s.end), None)


def named_recently(ctx: Context, noun: Token, size: int, exclude=()) -> list[int]:
    """The ``size`` people named last before ``noun`` in its paragraph, leaving out ``exclude`` and the
    subject of its verb, when exactly that many are named since the paragraph began. A paragraph that
    opens with the noun ("The two leaders met for two hours") refers to the paragraph before it, when that
    names exactly that many people, or that many holders of the noun's role."""
    doc, paragraphs = noun.doc, ctx.paragraphs
    sents, number = _sentences_and_number(noun)
    if number is None or number >= len(paragraphs) or size < 2:
        return []
    first = next(n for n in range(number + 1) if paragraphs[n] == paragraphs[number])
    left_out = set(exclude) | set(_subject_people(ctx, noun))
    named = [p for p in ctx.index.mentions_in(doc[sents[first].start: noun.i], ("PERSON",)) if p not in left_out]
    opens = all(t.i == noun.i or t.head.i == noun.i or fronted(t, noun) for t in doc[sents[first].start: noun.i])
    if named or first == 0 or not opens:
        return named if len(named) == size else []
    before = next(n for n in range(first) if paragraphs[n] == paragraphs[first - 1])
    named = [p for p in ctx.index.mentions_in(doc[sents[before].start: sents[first].start], ("PERSON",))
             if p not in left_out]
    if len(named) > size:
        named = role_holders_of(ctx.index, named, noun)
    return named if len(named) == size else []


def fronted(token: Token, noun: Token) -> bool:
    """Whether ``token`` is in a phrase fronted before the clause of ``noun`` ("After the talks, the two
    leaders ..."): a modifier of the verb ``noun`` is the subject of."""
    verb = noun.head
    return any(a.head.i == verb.i and a.dep_ in ("prep", "advcl", "npadvmod", "advmod", "punct")
               for a in [token, *token.ancestors] if a.i < noun.i)


#: Singular nouns for the person who has just come ("received his guest").
GUEST_NOUNS = frozenset({"guest", "visitor"})


def resolve_guest(ctx: Context, noun: Token, sent_no: int, exclude=()) -> int | None:
    """Resolve "his guest", "the visitor": the traveller of the latest trip, told at most two sentences back."""
    if noun.lemma_.lower() not in GUEST_NOUNS or noun.tag_ != "NN" or ctx.last_traveler is None:
        return None
    if sent_no - ctx.last_traveler_sent > 2 or ctx.last_traveler in exclude:
        return None
    return ctx.last_traveler


#: How many sentences before it "his counterpart" looks for the person it stands for.
COUNTERPART_REACH = 2


def resolve_counterpart(ctx: Context, noun: Token, exclude: list[int]) -> int | None:
    """Resolve "his counterpart", "his Indonesian counterpart" without a name: the one person named in
    its sentence or the two before who is of that country, else who shares a role word with the
    owner ("talks with his counterpart" after "President Tshisekedi received President Macron")."""
    if noun.lemma_.lower() != "counterpart" or noun.tag_ != "NN":
        return None
    index = ctx.index
    owner = possessor(noun)
    owners = [] if owner is None else (resolve_singular(ctx, owner, exclude) if owner.lower_ in SINGULAR_PRONOUNS
                                       else index.mentions_in(owner.subtree, ("PERSON",)))
    sents, here = _sentences_and_number(noun)
    window = noun.doc[sents[max(0, here - COUNTERPART_REACH)].start: noun.i]
    people = [p for p in index.mentions_in(window, ("PERSON",)) if p not in exclude and p not in owners]
    nationality = index.nationality(noun)
    if nationality:
        people = [p for p in people if any(same_country(nationality, c) for c in index.countries[p])]
    elif owners:
        words = {w for role in index.roles[owners[0]] for w in role_head(role)}
        people = [p for p in people if any(words & set(role_head(role)) for role in index.roles[p])]
    return people[0] if len(people) == 1 else None


def possessor(noun: Token) -> Token | None:
    """The possessive of a noun ("his" of "his counterpart"), if it has one."""
    return next((c for c in noun.children if c.dep_ == "poss"), None)


def counterpart_owner(ctx: Context, tokens: list[Token], exclude: list[int]) -> list[int]:
    """The person whose counterpart a slot names ("talks with his Japanese counterpart Fumio Kishida": the
    one "his" stands for), when the meeting names no other side."""
    for token in tokens:
        noun = token if token.lemma_.lower() == "counterpart" else next(
            (c for c in token.children if c.lemma_.lower() == "counterpart" and c.dep_ in ("compound", "appos")), None)
        owner = possessor(noun) if noun is not None else None
        if owner is not None and owner.lower_ in SINGULAR_PRONOUNS:
            return [p for p in resolve_singular(ctx, owner, exclude) if p not in exclude]
    return []


def _referent(ctx: Context, token: Token, sent_no: int, exclude: list[int]) -> list[int]:
    """Resolve a pronoun or a role noun ("the president") standing for a person, else []."""
    word = token.lower_
    if word in SINGULAR_PRONOUNS:
        return resolve_singular(ctx, token, list(exclude))
    if word in PLURAL_PRONOUNS:
        return resolve_plural(ctx, token, sent_no)
    if word in RELATIVE_PRONOUNS and (token.dep_ in SUBJECT_DEPS or word == "whom"):
        return resolve_relative(ctx, token)
    if ctx.index.by_token.get(token.i) is None:
        # "Prime Minister Keating and his wife flew to Bali": the wife the article introduced as his
        spouse = ctx.index.spouses.get(_possessor(ctx, token, exclude)) if token.lower_ in SPOUSE_NOUNS else None
        if spouse is not None and spouse not in exclude:
            return [spouse]
        members = [p for p in family(ctx.index, token) if p not in exclude]
        if members:
            return members  # "The Clintons left for Warsaw"
        group = resolve_group(ctx, token, sent_no, exclude)
        if group and not may_be_called(ctx.index, group, token.lemma_.lower()):
            group = []  # "the two leaders" are not the two ministers just named
        group = group or resolve_set(ctx, token, sent_no, exclude)
        if group:
            return group
        guest = resolve_guest(ctx, token, sent_no, exclude)
        if guest is not None:
            return [guest]
        counterpart = resolve_counterpart(ctx, token, list(exclude))
        if counterpart is not None:
            return [counterpart]
        holder = ctx.index.role_holder(token, exclude)
        return [holder] if holder is not None else []
    return []


def _possessor(ctx: Context, noun: Token, exclude: list[int]) -> int | None:
    """The person a noun's possessive names: "Keating's" or a resolved "his"."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    if owner.lower_ in SINGULAR_PRONOUNS:
        people = resolve_singular(ctx, owner, list(exclude))
        return people[0] if people else None
    return ctx.index.entity_of(owner)


def relative_clause(pronoun: Token) -> Token | None:
    """The verb of the relative clause a relative pronoun opens: its head for a subject, the nearest
    relcl/acl above it, within three steps, for "whom" ("with whom he held talks")."""
    steps = [pronoun.head] if pronoun.lower_ != "whom" else list(pronoun.ancestors)[:3]
    return next((t for t in steps if t.dep_ in ("relcl", "acl")), None)


def slot_persons(ctx: Context, token: Token, sent_no: int, exclude: list[int] = ()) -> list[int]:
    """Return the people a slot token stands for: names in its phrase, pronouns and role nouns heading it."""
    heads = [token] + [c for c in token.children if c.dep_ == "conj"]
    heads += [c for h in list(heads) for c in h.children if c.dep_ == "conj" and c not in heads]
    found: list[int] = []
    owners: list[int] = []  # "Lee's wife visited a school": Lee stays behind
    for head in heads:
        if any(c.dep_ == "appos" and not misplaced_appositive(c) and ctx.index.mentions_in(c.subtree, ("PERSON",))
               for c in head.children):
            continue  # "the then Swedish prime minister, Stefan Lofven": the name, not a role holder
        people = _referent(ctx, head, sent_no, exclude)
        if people and head.lower_ in SPOUSE_NOUNS:
            owners += [p for c in head.children if c.dep_ == "poss"
                       for p in ctx.index.mentions_in(c.subtree, ("PERSON",))]
        for person in people:
            if person not in found:
                found.append(person)
    for phrase in [token] + repeated_preposition_objects(token):  # "attended by X and by Y"
        for person in phrase_people(ctx.index, phrase):
            if person not in found and person not in owners:
                found.append(person)
    if found and token.dep_ in SUBJECT_DEPS:
        found += [p for p in companions(ctx.index, token) if p not in found]  # "X, along with Y, flew to Z"
    if found:
        found += [p for p in semicolon_items(ctx.index, token) if p not in found]
        found += [p for p in stray_conjunct(ctx.index, token) if p not in found]
        found = [p for p in stray_opener(ctx.index, token) if p not in found] + found
    return found or leaders(ctx, token, sent_no) or listed_after(ctx.index, token) \
        or listed_after_colon(ctx.index, token) or stray_appositive(ctx.index, token)


def repeated_preposition_objects(token: Token) -> list[Token]:
    """The objects of a preposition repeated after a conjunction: Y of "by X and by Y"."""
    if token.dep_ != "pobj":
        return []
    return [obj for prep in token.head.children if prep.dep_ == "conj" and prep.lower_ == token.head.lower_
            for obj in prep.children if obj.dep_ == "pobj"]


#: Verbs of a group's leader ("delegations, led by X and Y").
LEAD_VERBS = frozenset({"lead", "head", "chair"})


def leaders(ctx: Context, group: Token, sent_no: int) -> list[int]:
    """The people who lead a group noun, for a group that names nobody ("delegations, led by X and Y").

    The parse often hangs "led by" on the group's "of" or "from" phrase ("a delegation
    of the Tamil National Alliance led by X", "a delegation of executives from 30
    companies, led by X"): that phrase's leader leads the group.
    """
    found: list[int] = []
    owners, stack = [], [group]
    while stack:
        for prep in stack.pop().children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "from"):
                objects = [obj for obj in prep.children if obj.dep_ == "pobj"]
                owners += objects
                stack += objects
    for acl in [c for g in [group, *owners] for c in g.children]:
        if acl.dep_ not in ("acl", "relcl") or acl.lemma_.lower() not in LEAD_VERBS:
            continue
        for by in acl.children:
            if by.dep_ == "agent" or (by.dep_ == "prep" and by.lower_ == "by"):
                for obj in by.children:
                    if obj.dep_ == "pobj":
                        found.extend(p for p in slot_persons(ctx, obj, sent_no) if p not in found)
    return found


def inherited_subject(trigger: Token) -> list[Token]:
    """Return the subjects of the nearest governing verb for a trigger without a subject of its own."""
    token = trigger
    subject = _subject_taken_for_an_object(trigger)
    if subject is not None:
        return [subject]
    if trigger.dep_ == "acl" and trigger.tag_ == "VBG" and trigger.head.pos_ == "PROPN":
        return [trigger.head]  # "Kerry and Lavrov, meeting in Geneva, agreed": the people it describes
    if trigger.dep_ in ("acl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children) \
            and (trigger.head.pos_ == "PROPN" or trigger.head.lemma_.lower() in GROUP_NOUNS) \
            and trigger.head.dep_ != "attr":  # "X is the first head of state to visit Y": see _noun_governor
        return [trigger.head]  # "expected officials, including X, to travel": the officials travel
    for _ in range(4):
        governor = _noun_governor(token)
        if governor is not None and token.head.lemma_.lower() in INVITATION_NOUNS:
            return invitees(token.head, governor)
        if governor is not None:
            token = governor  # "accepted an invitation to visit", "flew in for a visit to meet X": who did
            subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
            if subjects:
                return subjects
            continue
        if token.dep_ not in INHERIT_DEPS or token.head.i == token.i:
            return []
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        dep, token = token.dep_, token.head
        invitation = next((c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in INVITATION_NOUNS),
                          None) if dep == "advcl" and infinitive else None
        if invitation is not None:  # "renewed his invitation to X to visit": the parse hangs both on the verb
            return invitees(invitation, token)
        if dep == "xcomp" and token.lemma_.lower() in OBJECT_CONTROL \
                or dep == "advcl" and infinitive and token.lemma_.lower() in SEND_VERBS:
            # "invited Y to visit"; "sent his minister, Y, to sit with Z", the parse making it an advcl
            objects = [c for c in token.children if c.dep_ == "dobj"]
            if objects:
                return objects
        subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return subjects
        subject = _subject_taken_for_an_object(token)  # "since X came to Beijing and was received by Y"
        if subject is not None:
            return [subject]
    return []


#: Words that open a clause of time the parse may read as a preposition before its subject.
TIME_CONJUNCTIONS = frozenset({"after", "before", "until", "since"})


def _subject_taken_for_an_object(verb: Token) -> Token | None:
    """The subject of a clause of time that the parse read as the object of a preposition, since an
    appositive followed it: "relations improved after Lee's predecessor, Yoon Suk Yeol, visited Tokyo"
    ("predecessor" hangs on "after", "visited" on "improved"), also when the preposition hangs lower in
    the clause before ("the first to visit China since his grandfather, Nehru, came to Beijing")."""
    if verb.dep_ not in ("advcl", "ccomp", "conj") or verb.tag_ not in ("VBD", "VBZ", "VBP") \
            or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    for prep in verb.sent:
        if prep.i >= verb.i:
            break
        if prep.dep_ == "prep" and prep.lower_ in TIME_CONJUNCTIONS and verb.i - 2 <= prep.right_edge.i < verb.i \
                and all(t.is_punct for t in verb.doc[prep.right_edge.i + 1: verb.i]):
            return next((o for o in prep.children if o.dep_ == "pobj"), None)
    return None


def invitees(invitation: Token, governor: Token) -> list[Token]:
    """Who is invited: the person the invitation is to or for ("Modi's invitation to President X to
    visit", "the invitation of A for B to pay a visit"), else the subject of the verb that took it
    ("X accepted an invitation to visit"), unless that verb only passed it on ("conveyed the
    invitation")."""
    inviters = [g for c in invitation.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
                for g in c.children if g.dep_ == "pobj"]  # "the invitation of A for B": the parse hangs B on A
    named = [g for head in [invitation, *inviters] for c in head.children
             if c.dep_ == "prep" and c.lower_ in ("to", "for")
             for g in c.children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "PRON", "NOUN")]
    if not named and invitation.head == governor:  # "renewed his invitation to X to visit": "to X" on the verb
        named = [g for c in governor.children if c.dep_ == "prep" and c.lower_ == "to"
                 for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in ("GPE", "LOC", "FAC", "VENUE")]
    if named:
        return named
    if governor.lemma_.lower() in PASS_ON_VERBS:
        return []
    return [c for c in governor.children if c.dep_ in SUBJECT_DEPS]


def _noun_governor(clause: Token) -> Token | None:
    """The verb governing the noun an infinitive clause modifies ("accepted an invitation to visit",
    "flew to Beijing for a visit to meet X"), else None."""
    noun = clause.head
    if clause.dep_ not in ("acl", "relcl") or noun.pos_ != "NOUN":
        return None
    if clause.dep_ == "relcl" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return None  # "the visit that he made": a clause of its own
    if noun.dep_ == "dobj":
        return noun.head
    if noun.dep_ == "attr" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return noun.head  # "X is (became) the first head of state to visit Y": X, whatever the noun says
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("VERB", "AUX") \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return noun.head.head
    return None


def split_sides(side_a: list[int], side_b: list[int], each: list[int]) -> list[list[int]]:
    """Arrange people into sides: each person alone for multilateral lists, else subject vs object."""
    side_b = [p for p in side_b if p not in side_a and p not in each]
    side_a = [p for p in side_a if p not in each]
    if each:
        sides = [[p] for p in each]
        if side_a and not side_b:
            sides += [[p] for p in side_a]
        else:
            sides += [s for s in (side_a, side_b) if s]
    elif side_a and side_b:
        sides = [side_a, side_b]
    elif len(side_a) >= 2:
        sides = [[p] for p in side_a]
    else:
        return []
    return sides if len(sides) >= 2 else []


def split_nations(index: EntityIndex, sides: list[list[int]]) -> list[list[int]]:
    """Give each person of a side their own side when the article names each a different country
    ("Qin hosted the Saudi and the Iranian foreign ministers": three parties, not two)."""
    out: list[list[int]] = []
    for side in sides:
        countries = [index.countries[p] for p in side]
        distinct = len(side) >= 2 and all(countries) and not any(
            same_country(a, b) for i, one in enumerate(countries) for other in countries[i + 1:]
            for a in one for b in other)
        out.extend([[p] for p in side] if distinct else [side])
    return out
