"""Speed and peak memory of ``nlp.pipe`` over corpus/ for several batch sizes (prints figures).

    python benchmarks/batch_size.py [--sizes 1 4 8 16 64 1000] [--repeat 4] [--n-process 1]

Each size runs in a fresh process so that peak memory (ru_maxrss) is its own.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_one(batch_size: int, repeat: int, n_process: int) -> dict:
    import dipnlp
    from dipnlp.corpus import Article, read_corpus
    from dipnlp.extraction import make_doc

    nlp = dipnlp.load()
    articles = [a for a in read_corpus(ROOT / "corpus") if isinstance(a, Article)] * repeat
    start = time.perf_counter()
    docs = (make_doc(nlp, a, i) for i, a in enumerate(articles))
    count = sum(1 for _ in nlp.pipe(docs, batch_size=batch_size, n_process=n_process))
    seconds = time.perf_counter() - start
    words = sum(len(a.text.split()) for a in articles)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"batch_size": batch_size, "articles": count, "seconds": round(seconds, 2),
            "articles_per_s": round(count / seconds, 1), "words_per_s": round(words / seconds),
            "peak_mb": round(peak_mb)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1, 4, 8, 16, 64, 1000])
    ap.add_argument("--repeat", type=int, default=4, help="pass over corpus/ this many times")
    ap.add_argument("--n-process", type=int, default=1)
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.one:
        print(json.dumps(run_one(a.one, a.repeat, a.n_process)))
        return
    print(f"{'batch':>6} {'articles':>8} {'seconds':>8} {'art/s':>7} {'words/s':>8} {'peak MB':>8}")
    for size in a.sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(size), "--repeat", str(a.repeat),
                              "--n-process", str(a.n_process)], capture_output=True, text=True, check=True)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"{r['batch_size']:>6} {r['articles']:>8} {r['seconds']:>8} {r['articles_per_s']:>7} "
              f"{r['words_per_s']:>8} {r['peak_mb']:>8}")


if __name__ == "__main__":
    main()
