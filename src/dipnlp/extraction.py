"""Extraction over one text or a whole corpus: the library's main entry points.

>>> import dipnlp
>>> result = dipnlp.extract("Foreign Minister Sergei Lavrov met Antony Blinken in Geneva on Friday.",
...                         date="2022-01-21")  # doctest: +SKIP
>>> result.meetings[0]["participants"]  # doctest: +SKIP
['Sergei Lavrov', 'Antony Blinken']
"""
from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dipnlp.canonical import canonicalize, read_known_people
from dipnlp.corpus import Article, InputError, check_date, parse_article, read_corpus
from dipnlp.errors import Errors
from dipnlp.results import ArticleResult

logger = logging.getLogger("dipnlp")

#: Articles per batch in ``nlp.pipe``: news articles are long, so small batches
#: are faster than spaCy's default of 1000 and keep memory flat (benchmarks/batch_size.py).
DEFAULT_BATCH_SIZE = 8


def get_nlp(nlp=None):
    if nlp is None or isinstance(nlp, str):
        from dipnlp.pipeline import load

        return load(nlp)
    return nlp


def make_doc(nlp, article: Article, seq: int = 0):
    """A tokenised Doc carrying the article's id, date and header offset, ready for the pipeline."""
    from dipnlp.extensions import register_extensions

    register_extensions()
    doc = nlp.make_doc(article.text)
    doc._.dip_id = article.id
    doc._.dip_seq = seq
    doc._.dip_article_date = article.date
    doc._.dip_header_end = article.header_end
    return doc


def extract(text: str, date: str | None = None, id: str | None = None, nlp=None,
            known_people: Iterable[dict] = ()) -> ArticleResult:
    """Extract entities, meetings, travels and dates from one article.

    ``date`` is the article's own date (``YYYY-MM-DD`` or ``YYYY-MM``); without
    it a ``" date ..."`` header line is used if the text has one. The result
    keeps its spaCy ``Doc`` in ``.doc`` (for displacy).
    """
    nlp = get_nlp(nlp)
    article = parse_article(text, source=id or "<text>", id=id or "text", date=check_date(date))
    doc = nlp(make_doc(nlp, article))
    result = ArticleResult.from_doc(doc, source=article.source, keep_doc=True)
    record = result.to_dict()
    canonicalize([record], known_people)
    result.entities, result.meetings, result.travels = record["entities"], record["meetings"], record["travels"]
    return result


@dataclass
class CorpusResult:
    """The results of a corpus run: one record per article read, and what could not be read."""

    records: list[dict] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)

    def graph(self):
        """The corpus as a networkx graph (see ``docs/graph.md``)."""
        from dipnlp.graph import build_graph

        return build_graph(self.records)

    def to_jsonl(self, path: str | Path) -> None:
        with Path(path).open("w", encoding="utf-8") as handle:
            for record in self.records:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")

    def write(self, path: str | Path) -> None:
        """Write ``.jsonl`` records, or the graph as ``.graphml``, ``.gexf`` or ``.json``."""
        suffix = Path(path).suffix.lower()
        if suffix in {".jsonl", ".graphml", ".gexf", ".json"}:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        if suffix == ".jsonl":
            self.to_jsonl(path)
        elif suffix in {".graphml", ".gexf", ".json"}:
            from dipnlp.graph import write_graph

            write_graph(self.graph(), path)
        else:
            raise ValueError(Errors.E020.format(path=path))

    def triples_frame(self):
        from dipnlp.graph import triples_frame

        return triples_frame(self.graph())

    def entities_frame(self):
        from dipnlp.graph import entities_frame

        return entities_frame(self.graph())


def run_pipeline(nlp, articles: list[Article], batch_size: int, n_process: int,
                 progress=None) -> Iterator[tuple[Article, object]]:
    """Yield ``(article, doc)``; a doc is None when the pipeline failed on that article."""
    def on_error(name, proc, docs, err):
        for doc in docs:
            logger.warning(Errors.E030.format(id=doc._.dip_id, reason=f"{name}: {err}"))

    # components without an error handler of their own (all of dipnlp's) use this one;
    # Language.set_error_handler cannot be used: spaCy 3.8's parser rejects it
    nlp.default_error_handler = on_error
    docs = (make_doc(nlp, art, seq) for seq, art in enumerate(articles))
    done: dict[int, object] = {}
    for doc in nlp.pipe(docs, batch_size=batch_size, n_process=n_process):
        done[doc._.dip_seq] = doc
        if progress is not None:
            progress.update(1)
    for seq, article in enumerate(articles):
        yield article, done.get(seq)


def extract_corpus(paths, nlp=None, n_process: int = 1, batch_size: int = DEFAULT_BATCH_SIZE,
                   progress: bool = False, known_people: str | Path | Iterable[dict] | None = None,
                   max_bytes: int | None = None) -> CorpusResult:
    """Extract from every article under ``paths`` (files, folders, ``.jsonl``) or from Article objects.

    Unreadable inputs and articles the pipeline fails on are reported in
    ``.errors``; the rest of the run goes on. Names are made canonical across
    the whole corpus.
    """
    items = list(paths) if not isinstance(paths, (str, Path)) else [paths]
    if items and all(isinstance(i, Article) for i in items):
        read = items
    else:
        read = list(read_corpus(items, **({"max_bytes": max_bytes} if max_bytes else {})))
    articles = [a for a in read if isinstance(a, Article)]
    result = CorpusResult(errors=[e for e in read if isinstance(e, InputError)])
    for article in articles:
        for warning in article.warnings:
            logger.warning(warning)
    if not articles:
        return result
    nlp = get_nlp(nlp)
    bar = _progress_bar(len(articles)) if progress else None
    for article, doc in run_pipeline(nlp, articles, batch_size, n_process, bar):
        if doc is None:
            result.errors.append(InputError(article.source or article.id,
                                            Errors.E030.format(id=article.source, reason="see the log")))
            continue
        result.records.append(ArticleResult.from_doc(doc, source=article.source).to_dict())
    if bar is not None:
        bar.close()
    people = read_known_people(known_people) if isinstance(known_people, (str, Path)) else (known_people or [])
    canonicalize(result.records, people)
    return result


def _progress_bar(total: int):
    from tqdm.auto import tqdm

    return tqdm(total=total, unit="article", desc="dipnlp", disable=None)
