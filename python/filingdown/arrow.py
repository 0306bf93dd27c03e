"""Engine-neutral Arrow in, Arrow out: the work of one partition, for Spark (filingdown.spark),
Ray Data, Dask or anything else that hands out Arrow record batches (docs/scale.md).

>>> import pyarrow as pa
>>> from filingdown.arrow import convert_table
>>> convert_table(pa.table({"path": ["a.htm", "b.txt"]}), "markdown")

Every input is one ``Stream``'s work: one ``filingdown --stream`` process per call.
"""

from __future__ import annotations

import json
from typing import Any, Iterator

from ._stream import FORMATS, Stream

_HEADER_COLUMNS = ("accession_number", "cik", "company", "form_type", "filing_date")
_DOCUMENT_COLUMNS = ("sequence", "type", "filename", "kind")


def arrow_schema():
    """The rows' schema: one row per document (filingdown.spark.SCHEMA, as pyarrow types)."""
    import pyarrow as pa

    text = pa.string()
    return pa.schema(
        [("path", text)]
        + [(name, text) for name in _HEADER_COLUMNS + _DOCUMENT_COLUMNS]
        + [
            ("content", text),
            ("error", pa.struct([("code", text), ("message", text)])),
            ("warnings", pa.list_(text)),
            ("filingdown_version", text),
        ]
    )


def convert_batches(
    batches: Iterator[Any],
    *,
    format: str = "markdown",
    binary: str | None = None,
    max_record_bytes: int | None = None,
    jobs: int | None = None,
    timeout: float | None = None,
    with_content: bool = False,
    batch_rows: int = 2048,
    batch_bytes: int = 64 << 20,
) -> Iterator[Any]:
    """The work of one partition, engine-neutral: Arrow record batches with ``path`` (and
    ``content``) in, record batches of ``arrow_schema()`` out, through one Stream."""
    import pyarrow as pa

    if format not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {format!r}")
    schema = arrow_schema()

    def inputs() -> Iterator[tuple[Any, Any]]:
        for batch in batches:
            paths = batch.column(batch.schema.get_field_index("path")).to_pylist()
            if with_content:
                contents = batch.column(batch.schema.get_field_index("content")).to_pylist()
                for path, value in zip(paths, contents):
                    if isinstance(value, str):  # a string column holds the text itself
                        value = value.encode("utf-8")
                    yield path, (value if value is not None else b"")
            else:
                for path in paths:
                    yield path, (path if path is not None else "")

    cols: dict[str, list[Any]] = {name: [] for name in schema.names}
    size = 0

    def flush() -> Any:
        nonlocal cols, size
        batch = pa.RecordBatch.from_pydict(cols, schema=schema)
        cols = {name: [] for name in schema.names}
        size = 0
        return batch

    with Stream(format, binary=binary, max_record_bytes=max_record_bytes, jobs=jobs, timeout=timeout) as stream:
        for result in stream.map(inputs()):
            if result.error is not None:
                row_docs: list[Any] = [None]
            else:
                row_docs = list(result.documents) or [None]
            header = result.header or {}
            error = {"code": result.error.code, "message": result.error.message} if result.error else None
            for doc in row_docs:
                cols["path"].append(result.id)
                for name in _HEADER_COLUMNS:
                    cols[name].append(header.get(name))
                if doc is None:
                    for name in _DOCUMENT_COLUMNS:
                        cols[name].append(None)
                    content = None
                else:
                    cols["sequence"].append(doc.sequence)
                    cols["type"].append(doc.type)
                    cols["filename"].append(doc.filename)
                    cols["kind"].append(doc.kind)
                    if format == "json":  # the whole document object: blocks, outline, size
                        content = json.dumps(doc.raw, ensure_ascii=False, separators=(",", ":"))
                    elif format == "chunks":  # the document's chunk records, a JSON array
                        content = json.dumps(doc.content, ensure_ascii=False, separators=(",", ":"))
                    else:
                        content = doc.content
                cols["content"].append(content)
                cols["error"].append(error)
                cols["warnings"].append(result.warnings)
                cols["filingdown_version"].append(result.filingdown_version)
                size += len(content) if content else 0
            if len(cols["path"]) >= batch_rows or size >= batch_bytes:
                yield flush()
    if cols["path"]:
        yield flush()


def convert_table(table: Any, format: str = "markdown", **options: Any) -> Any:
    """A pyarrow Table with ``path`` (and ``content``) in, a Table of ``arrow_schema()`` out:
    one row per document, an input that failed one row with ``error`` set."""
    import pyarrow as pa

    options.setdefault("with_content", "content" in table.column_names)
    batches = list(convert_batches(iter(table.to_batches()), format=format, **options))
    return pa.Table.from_batches(batches, schema=arrow_schema())
