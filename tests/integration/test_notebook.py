"""docs/notebook.ipynb runs from top to bottom and shows what it promises."""
from __future__ import annotations

import json
import re
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parents[2] / "docs" / "notebook.ipynb"


@pytest.fixture(scope="module")
def executed():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(nb, timeout=600, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()
    return nb


def _outputs(nb, mime):
    return [out["data"][mime] for cell in nb.cells if cell.cell_type == "code"
            for out in cell.get("outputs", []) if mime in out.get("data", {})]


def test_notebook_runs_without_errors(executed):
    errors = [out for cell in executed.cells if cell.cell_type == "code"
              for out in cell.get("outputs", []) if out.get("output_type") == "error"]
    assert errors == []


def _cell_output(nb, source_part, mime="text/plain"):
    [cell] = [c for c in nb.cells if c.cell_type == "code" and source_part in c.source]
    return "\n".join(out["data"][mime] for out in cell.outputs if mime in out.get("data", {}))


def test_notebook_displacy_shows_the_custom_labels(executed):
    html = _cell_output(executed, "displacy.render", "text/html")
    assert all(label in html for label in ("PERSON", "ROLE", "VENUE"))


def test_notebook_draws_the_graph_and_the_interactive_view(executed):
    assert len(_outputs(executed, "image/png")) >= 2
    view = _cell_output(executed, "HTML(dg.to_html", "text/html")
    assert "dipnlp-graph" in view and view.count("<circle") > 10


def test_notebook_lists_the_seed_events_reported_twice(executed):
    text = _cell_output(executed, 'triples["n_articles"] > 1')
    by_id: dict[str, str] = {}  # a wide table is printed in blocks of columns: join each row's pieces
    for line in text.splitlines():
        if line.strip() and line.split()[0].startswith(("meeting:", "travel:")):
            row_id, rest = line.split(None, 1)
            by_id[row_id] = by_id.get(row_id, "") + " " + rest
    rows = [line for line in by_id.values() if "2019-01-18" in line or "2019-02" in line]
    assert any(re.search(r"Kim Yong.?Chol", line, re.I) and "Trump" in line for line in rows)
    assert any("Kim Jong" in line and "Trump" in line and "2019-02" in line for line in rows)


def test_notebook_triples_table_lists_the_seed_events(executed):
    tables = [t for t in _outputs(executed, "text/html") if "predicate" in t]
    assert tables and "met" in tables[0]


def test_notebook_is_stored_without_outputs():
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    assert all(not cell.get("outputs") for cell in nb["cells"] if cell["cell_type"] == "code")
