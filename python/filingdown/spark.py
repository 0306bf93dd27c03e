"""filingdown on Spark: one ``--stream`` process per partition, through ``mapInArrow``.

>>> from filingdown import spark as fd
>>> paths = spark.createDataFrame([(p,) for p in paths], "path string")
>>> fd.convert(paths, "markdown").write.parquet("out/")

Needs ``pyspark`` (3.3 or later) and ``pyarrow`` on the driver and the executors
(``pip install 'filingdown[spark]'``), and the filingdown binary on the executors (the platform
wheel carries it; otherwise ``FILINGDOWN_BIN`` through ``spark.executorEnv``, or ``PATH``).
"""

from __future__ import annotations

import json
import os
from typing import Any, Iterator

from ._stream import FORMATS, Stream

#: One row per document; an input that failed is one row with ``error`` set and no document.
SCHEMA = (
    "path string, accession_number string, cik string, company string, form_type string, "
    "filing_date string, sequence string, type string, filename string, kind string, "
    "content string, error struct<code:string,message:string>, warnings array<string>, "
    "filingdown_version string"
)

_HEADER_COLUMNS = ("accession_number", "cik", "company", "form_type", "filing_date")
_DOCUMENT_COLUMNS = ("sequence", "type", "filename", "kind")


def arrow_schema():
    """The Arrow schema of the rows ``convert`` returns (SCHEMA, as pyarrow types)."""
    import pyarrow as pa

    text = pa.string()
    return pa.schema(
        [("path", text)]
        + [(name, text) for name in _HEADER_COLUMNS + _DOCUMENT_COLUMNS]
        + [
            ("content", pa.large_string()),
            ("error", pa.struct([("code", text), ("message", text)])),
            ("warnings", pa.list_(text)),
            ("filingdown_version", text),
        ]
    )


def convert(
    df: Any,
    format: str = "markdown",
    *,
    binary: str | None = None,
    max_record_bytes: int | None = None,
    jobs: int | None = None,
    partitions: int | None = None,
    batch_rows: int = 2048,
    batch_bytes: int = 64 << 20,
) -> Any:
    """Converts the filings of a DataFrame, one row per document (``SCHEMA``).

    ``df`` has a ``path`` column (local paths, ``file:`` URIs or any URI fsspec or pyarrow can
    open on the executors: each task reads its files itself, so a file is never copied through
    the JVM, and files of any size, empty ones included, are converted), or ``path`` and
    ``content`` (what ``spark.read.format("binaryFile")`` gives; ``content`` is converted and
    ``path`` only names it). Each partition runs one ``filingdown --stream`` process: give
    ``partitions`` (about the executors' cores) to repartition first. A filing that cannot be
    converted is one row with ``error`` set (``code``, ``message``); the job does not fail for
    it. ``binary`` is the executable's path on the executors (default: ``FILINGDOWN_BIN``,
    the wheel's copy, ``PATH``); ``jobs`` the inputs each process converts at once (default:
    one per processor it sees)."""
    if format not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {format!r}")
    columns = set(df.columns)
    if "path" not in columns:
        raise ValueError(f"the DataFrame needs a 'path' column (it has {', '.join(df.columns) or 'none'})")
    with_content = "content" in columns
    df = df.select("path", "content") if with_content else df.select("path")
    if partitions is not None:
        df = df.repartition(partitions)
    options = dict(
        format=format,
        binary=binary,
        max_record_bytes=max_record_bytes,
        jobs=jobs,
        with_content=with_content,
        batch_rows=batch_rows,
        batch_bytes=batch_bytes,
    )

    def run(batches: Iterator[Any]) -> Iterator[Any]:
        return convert_batches(batches, **options)

    return df.mapInArrow(run, SCHEMA)


def convert_batches(
    batches: Iterator[Any],
    *,
    format: str = "markdown",
    binary: str | None = None,
    max_record_bytes: int | None = None,
    jobs: int | None = None,
    with_content: bool = False,
    batch_rows: int = 2048,
    batch_bytes: int = 64 << 20,
) -> Iterator[Any]:
    """The work of one partition, engine-neutral: Arrow record batches with ``path`` (and
    ``content``) in, record batches of ``arrow_schema()`` out, through one Stream."""
    import pyarrow as pa

    schema = arrow_schema()

    def inputs() -> Iterator[tuple[Any, Any]]:
        for batch in batches:
            paths = batch.column(batch.schema.get_field_index("path")).to_pylist()
            if with_content:
                contents = batch.column(batch.schema.get_field_index("content"))
                for i, path in enumerate(paths):
                    value = contents[i].as_py()
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

    with Stream(format, binary=binary, max_record_bytes=max_record_bytes, jobs=jobs) as stream:
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
