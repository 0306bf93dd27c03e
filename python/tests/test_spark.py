"""filingdown.spark on a local[2] session: one row per document, as the command line converts
it; inputs that are no filing come back as error rows and the job goes on."""

from __future__ import annotations

import json
import os
import sys

import pytest

from conftest import GOLDEN, cli, golden_inputs

if os.environ.get("FILINGDOWN_REQUIRE_SPARK"):
    import pyspark  # noqa: F401  (CI installs it: a missing PySpark fails there)
else:
    pytest.importorskip("pyspark")
    pytest.importorskip("pyarrow")

from pyspark.sql import SparkSession  # noqa: E402

from filingdown import spark as fd  # noqa: E402

CASES = [p for p in golden_inputs() if p.stat().st_size < 400_000][:14] + [
    GOLDEN / "alabamapower-8k-2005" / "input.txt",
    GOLDEN / "cellectar-8k-2017" / "input.txt",
]


@pytest.fixture(scope="module")
def spark():
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (
        SparkSession.builder.master("local[2]")
        .appName("filingdown-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.memory", "1g")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def bad_inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bad")
    png = folder / "logo.htm"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10")
    empty = folder / "empty.htm"
    empty.write_bytes(b"")
    return {"binary": str(png), "empty": str(empty), "unreadable": str(folder / "missing.txt")}


def _by_path(rows):
    grouped = {}
    for row in rows:
        grouped.setdefault(row["path"], []).append(row)
    return grouped


def _listing(binary, path):
    return [json.loads(line) for line in cli(binary, "--list", "-f", "jsonl", str(path)).splitlines()]


def test_rows_are_the_command_lines_documents(spark, binary, bad_inputs):
    paths = [str(p) for p in CASES] + list(bad_inputs.values())
    df = spark.createDataFrame([(p,) for p in paths], "path string")
    out = fd.convert(df, "markdown", partitions=2)
    assert out.schema.simpleString() == spark.createDataFrame([], fd.SCHEMA).schema.simpleString()
    grouped = _by_path(out.collect())
    assert sorted(grouped) == sorted(paths)

    for path in CASES:
        rows = grouped[str(path)]
        assert all(r["error"] is None for r in rows), rows[0]["error"]
        listing = _listing(binary, path)
        got = [(r["sequence"], r["type"], r["filename"], r["kind"]) for r in rows]
        want = [(d["sequence"], d["type"], d["filename"], d["kind"]) for d in listing]
        if len(listing) == 1 and rows[0]["sequence"] is None:  # a bare document has no <SEQUENCE>
            want = [(None, None, None, listing[0]["kind"])]
        assert got == want, path
        expected = cli(binary, "--no-front-matter", str(path)).decode()
        assert "".join(r["content"] for r in rows) == expected, path
        header = json.loads(cli(binary, "-f", "jsonl", str(path)).splitlines()[0])
        for r in rows:
            assert {k: r[k] for k in ("accession_number", "cik", "company", "form_type", "filing_date")} == {
                k: header[k] for k in ("accession_number", "cik", "company", "form_type", "filing_date")
            }
            assert r["filingdown_version"] and isinstance(r["warnings"], list)

    for code, path in bad_inputs.items():
        (row,) = grouped[path]
        assert row["error"]["code"] == code, row["error"]
        assert row["error"]["message"]
        assert row["content"] is None and row["sequence"] is None


def test_binary_file_content_is_converted_as_the_paths(spark, binary):
    paths = [str(GOLDEN / "alabamapower-8k-2005" / "input.txt"), str(GOLDEN / "rules-lists" / "input.htm")]
    files = spark.read.format("binaryFile").load(paths)
    assert {"path", "content"} <= set(files.columns)
    rows = _by_path(fd.convert(files, "text").collect())
    assert len(rows) == 2
    for uri, doc_rows in rows.items():
        assert uri.startswith("file:")
        local = next(p for p in paths if uri.endswith(p))
        expected = cli(binary, "-f", "text", "--no-front-matter", local).decode()
        assert "".join(r["content"] for r in doc_rows) == expected
        assert all(r["error"] is None for r in doc_rows)


def test_json_content_is_the_documents_blocks(spark, binary):
    path = GOLDEN / "cellectar-8k-2017" / "input.txt"
    rows = fd.convert(spark.createDataFrame([(str(path),)], "path string"), "json").collect()
    expected = json.loads(cli(binary, "-f", "json", str(path)))["documents"]
    assert [json.loads(r["content"]) for r in rows] == expected


def test_a_dataframe_without_path_is_refused(spark):
    with pytest.raises(ValueError, match="'path' column"):
        fd.convert(spark.createDataFrame([("x",)], "file string"))
