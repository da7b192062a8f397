"""Rule tables: JSON Lines data files inside the package, checked against a schema.

Every rule component keeps its rules as named tables (lists of plain dicts).
``initialize()`` loads the package's own files plus any the user names;
``to_disk()``/``from_disk()`` save and restore exactly what was loaded, so
``nlp.to_disk()`` carries a pipeline's rules with it.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from dipnlp.errors import Errors, RulesError


@dataclass(frozen=True)
class Schema:
    """Keys a rule record must have and may have, with their types."""

    required: dict[str, type | tuple[type, ...]]
    optional: dict[str, type | tuple[type, ...]]

    def check(self, record: Any, source: str, line: int) -> dict:
        if not isinstance(record, dict):
            raise RulesError(Errors.E011.format(source=source, line=line, reason="not a JSON object"))
        unknown = set(record) - set(self.required) - set(self.optional)
        if unknown:
            raise RulesError(Errors.E011.format(source=source, line=line, reason=f"unknown keys {sorted(unknown)}"))
        for key, kind in self.required.items():
            if key not in record:
                raise RulesError(Errors.E011.format(source=source, line=line, reason=f"missing key {key!r}"))
        for key, value in record.items():
            kind = self.required.get(key) or self.optional[key]
            if not isinstance(value, kind):
                reason = f"{key!r} should be {getattr(kind, '__name__', kind)}, not {type(value).__name__}"
                raise RulesError(Errors.E011.format(source=source, line=line, reason=reason))
        return record


def parse_jsonl(lines: Iterable[str], schema: Schema, source: str) -> list[dict]:
    """Parse and check JSON Lines rule records; blank lines and ``//`` comments are skipped."""
    records = []
    for number, line in enumerate(lines, start=1):
        line = line.strip()
        if not line or line.startswith("//"):
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise RulesError(Errors.E011.format(source=source, line=number, reason=err.msg)) from None
        records.append(schema.check(record, source, number))
    if not records:
        raise RulesError(Errors.E012.format(source=source))
    return records


def read_package_table(name: str, schema: Schema) -> list[dict]:
    """Read ``dipnlp/data/<name>.jsonl`` shipped with the package."""
    file = resources.files("dipnlp").joinpath("data", f"{name}.jsonl")
    return parse_jsonl(file.read_text(encoding="utf-8").splitlines(), schema, f"dipnlp/data/{name}.jsonl")


def read_table_file(path: str | Path, schema: Schema) -> list[dict]:
    """Read a user's rules file (JSON Lines)."""
    path = Path(path)
    return parse_jsonl(path.read_text(encoding="utf-8").splitlines(), schema, str(path))


def write_table(path: Path, records: Sequence[dict]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


class RuleTables:
    """Mixin for components whose behaviour is data: named tables of rule records.

    A subclass sets ``SCHEMAS = {"table name": Schema(...)}`` and implements
    ``_compile()``, which builds matchers from ``self.tables``.
    """

    SCHEMAS: dict[str, Schema] = {}

    def __init__(self, nlp, name: str):
        from dipnlp.extensions import register_extensions

        register_extensions()
        self.nlp = nlp
        self.name = name
        self._init_tables()

    def _init_tables(self) -> None:
        self.tables: dict[str, list[dict]] = {}
        self.is_initialized = False

    def initialize(self, get_examples=None, *, nlp=None, extra_rules: dict[str, list[str]] | None = None) -> None:
        """Load the package's rule tables and, per table name, the user's extra files."""
        extra_rules = extra_rules or {}
        self._check_table_names(extra_rules)
        self.tables = {}
        for table, schema in self.SCHEMAS.items():
            records = read_package_table(table, schema)
            for path in extra_rules.get(table, []):
                records.extend(read_table_file(path, schema))
            self.tables[table] = records
        self._compile()
        self.is_initialized = True

    def _check_table_names(self, names: Iterable[str]) -> None:
        unknown = set(names) - set(self.SCHEMAS)
        if unknown:
            raise RulesError(f"{self.name}: no rule tables named {sorted(unknown)}; known: {sorted(self.SCHEMAS)}")

    def add_rule_files(self, files: dict[str, Sequence[str]]) -> None:
        """Add the records of the user's rule files, per table, to rules already loaded."""
        self._check_table_names(files)
        for table, paths in files.items():
            for path in paths:
                self.add_rules(table, read_table_file(path, self.SCHEMAS[table]))

    def add_rules(self, table: str, records: Iterable[dict]) -> None:
        """Add rule records at run time (checked against the table's schema).

        All or nothing: when a record fails its schema or the rules fail to
        compile (an unknown word class, a bad pattern), the error is raised and
        the component keeps the rules it had.
        """
        schema = self.SCHEMAS[table]
        self._ensure_initialized()
        checked = [schema.check(r, f"add_rules({table})", i) for i, r in enumerate(records, 1)]
        before = list(self.tables[table])
        self.tables[table].extend(checked)
        try:
            self._compile()
        except Exception:
            self.tables[table] = before
            self._compile()
            raise

    def _ensure_initialized(self) -> None:
        if not self.is_initialized:
            self.initialize()

    def _compile(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def to_disk(self, path, *, exclude=tuple()) -> None:
        self._ensure_initialized()
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        for table, records in self.tables.items():
            write_table(path / f"{table}.jsonl", records)

    def from_disk(self, path, *, exclude=tuple()):
        path = Path(path)
        self.tables = {table: read_table_file(path / f"{table}.jsonl", schema)
                       for table, schema in self.SCHEMAS.items()}
        self._compile()
        self.is_initialized = True
        return self

    def to_bytes(self, *, exclude=tuple()) -> bytes:
        self._ensure_initialized()
        return json.dumps(self.tables, ensure_ascii=False).encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude=tuple()):
        tables = json.loads(data.decode("utf-8"))
        self.tables = {t: [self.SCHEMAS[t].check(r, "bytes", i) for i, r in enumerate(tables[t], 1)]
                       for t in self.SCHEMAS}
        self._compile()
        self.is_initialized = True
        return self
