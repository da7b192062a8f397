"""The ``dipnlp`` command line."""
from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import List, Optional

import typer

from dipnlp.extraction import DEFAULT_BATCH_SIZE

app = typer.Typer(add_completion=False, help="Who met whom, who travelled where: diplomatic news as a graph.")
OUTPUT_SUFFIXES = {".jsonl", ".graphml", ".gexf", ".json"}


@app.callback()
def main_callback() -> None:
    """dipnlp: extraction of people, roles, meetings and travels from news."""


@app.command()
def extract(
    paths: List[Path] = typer.Argument(..., help="Article files (.txt), folders of them, or .jsonl files."),
    output: List[Path] = typer.Option([], "--output", "-o",
                                      help="Write to FILE: .jsonl records, or the graph as .graphml, .gexf, .json. "
                                           "Repeat for several. Default: JSONL on standard output."),
    model: Optional[str] = typer.Option(None, help="spaCy English pipeline to use (name or path)."),
    n_process: int = typer.Option(1, "--n-process", min=1, help="Processes for nlp.pipe."),
    batch_size: int = typer.Option(DEFAULT_BATCH_SIZE, "--batch-size", min=1, help="Articles per batch."),
    people: Optional[Path] = typer.Option(None, help="Known people: JSONL of {name, aliases}."),
    strict: bool = typer.Option(False, help="Exit non-zero when any input failed."),
    progress: bool = typer.Option(True, help="Show a progress bar (on a terminal)."),
) -> None:
    """Extract entities, meetings, travels and dates from articles."""
    from dipnlp.extraction import extract_corpus

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s", stream=sys.stderr)
    bad = [str(p) for p in output if p.suffix.lower() not in OUTPUT_SUFFIXES]
    if bad:
        raise typer.BadParameter(f"unknown output kind: {', '.join(bad)} (use .jsonl, .graphml, .gexf or .json)",
                                 param_hint="--output")
    result = extract_corpus(paths, nlp=model, n_process=n_process, batch_size=batch_size,
                            progress=progress, known_people=people)
    for error in result.errors:
        typer.echo(f"error: {error.message}", err=True)
    written = []
    for path in output:
        result.write(path)
        written.append(str(path))
    if not output:
        import json

        for record in result.records:
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    summary(result, written)
    if not result.records or (strict and result.errors):
        raise typer.Exit(code=1)


def summary(result, written: list[str]) -> None:
    meetings = sum(len(r["meetings"]) for r in result.records)
    travels = sum(len(r["travels"]) for r in result.records)
    people = {e["id"] for r in result.records for e in r["entities"] if e["label"] == "PERSON"}
    typer.echo(f"dipnlp: {len(result.records)} articles extracted, {len(result.errors)} failed; "
               f"{len(people)} people, {meetings} meetings, {travels} travels"
               + (f"; wrote {', '.join(written)}" if written else ""), err=True)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
