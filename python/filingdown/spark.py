"""filingdown on Spark: one ``--stream`` process per partition, through ``mapInArrow``.

>>> from filingdown import spark as fd
>>> paths = spark.createDataFrame([(p,) for p in paths], "path string")
>>> fd.convert(paths, "markdown").write.parquet("out/")

Needs ``pyspark`` (3.3 or later) and ``pyarrow`` on the driver and the executors
(``pip install 'filingdown[spark]'``), and the filingdown binary on the executors (the platform
wheel carries it; otherwise ``FILINGDOWN_BIN`` through ``spark.executorEnv``, or ``PATH``).
"""

from __future__ import annotations

from typing import Any, Iterator

from .arrow import arrow_schema, convert_batches
from ._stream import FORMATS

__all__ = ["SCHEMA", "arrow_schema", "convert", "convert_batches"]

#: One row per document; an input that failed is one row with ``error`` set and no document.
SCHEMA = (
    "path string, accession_number string, cik string, company string, form_type string, "
    "filing_date string, sequence string, type string, filename string, kind string, "
    "content string, error struct<code:string,message:string>, warnings array<string>, "
    "filingdown_version string"
)


def convert(
    df: Any,
    format: str = "markdown",
    *,
    binary: str | None = None,
    max_record_bytes: int | None = None,
    jobs: int | None = None,
    timeout: float | None = None,
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
    it. With ``format="json"``, ``content`` is the document's JSON object; with ``"chunks"``, the
    JSON array of its chunk records. ``binary`` is the executable's path on the executors (default: ``FILINGDOWN_BIN``,
    the wheel's copy, ``PATH``); ``jobs`` the inputs each process converts at once (default:
    the task's CPUs, ``spark.task.cpus``, so an executor running one task per core runs one
    conversion per core, not one per core per task); ``timeout`` the seconds a process may go without an answer
    before it is replaced and its inputs in flight become ``timeout`` error rows."""
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
        timeout=timeout,
        with_content=with_content,
        batch_rows=batch_rows,
        batch_bytes=batch_bytes,
    )

    def run(batches: Iterator[Any]) -> Iterator[Any]:
        jobs = options["jobs"] if options["jobs"] is not None else _task_cpus()
        return convert_batches(batches, **dict(options, jobs=jobs))

    return df.mapInArrow(run, SCHEMA)


def _task_cpus() -> int:
    """The CPUs Spark gave the running task (``spark.task.cpus``; 1 unless configured)."""
    from pyspark import TaskContext

    context = TaskContext.get()
    try:
        return max(1, int(context.cpus())) if context is not None else 1
    except AttributeError:  # before Spark 3.3
        return 1
