"""filingdown.arrow: the engine-neutral partition function (Spark, Ray and Dask all use it)."""

from __future__ import annotations

import pytest

from conftest import GOLDEN, cli

pa = pytest.importorskip("pyarrow")
from filingdown.arrow import arrow_schema, convert_table  # noqa: E402


def test_paths_in_one_row_per_document_out(binary, tmp_path):
    sub = GOLDEN / "alabamapower-8k-2005" / "input.txt"
    bare = GOLDEN / "rules-lists" / "input.htm"
    (tmp_path / "empty.txt").write_bytes(b"")
    paths = [str(sub), str(tmp_path / "empty.txt"), None, str(bare)]
    out = convert_table(pa.table({"path": pa.array(paths, pa.string())}), "text", batch_rows=3)
    assert out.schema == arrow_schema()
    rows = out.to_pylist()
    assert [r["path"] for r in rows] == [str(sub)] * 7 + [paths[1], None, str(bare)]
    assert [r["type"] for r in rows[:7]] == ["8-K"] + [f"EX-99.0{n}" for n in range(1, 7)]
    assert "".join(r["content"] for r in rows[:7]) == cli(binary, "-f", "text", "--no-front-matter", str(sub)).decode()
    assert {r["cik"] for r in rows[:7]} == {"0000003153"}
    assert rows[7]["error"]["code"] == "empty"
    assert rows[8]["error"] == {"code": "unreadable", "message": "(empty path): no path given"}
    assert rows[9]["error"] is None and rows[9]["accession_number"] is None and rows[9]["kind"] == "html"


def test_content_column_is_converted_instead_of_reading_the_path(binary):
    path = GOLDEN / "nexpoint-8k-2023" / "input.htm"
    table = pa.table({"path": ["anything://not-read"], "content": [path.read_bytes()]})
    (row,) = convert_table(table, "markdown").to_pylist()
    assert row["path"] == "anything://not-read" and row["error"] is None
    assert row["content"] == cli(binary, "--no-front-matter", str(path)).decode()


def test_a_string_content_column_is_the_text_not_a_path(binary):
    path = GOLDEN / "rules-lists" / "input.htm"
    table = pa.table({"path": ["x"], "content": [path.read_text()]})
    (row,) = convert_table(table, "text").to_pylist()
    assert row["error"] is None
    assert row["content"] == cli(binary, "-f", "text", "--no-front-matter", str(path)).decode()


def test_chunks_content_is_each_documents_chunk_array(binary):
    import json

    path = GOLDEN / "cellectar-8k-2017" / "input.txt"
    rows = convert_table(pa.table({"path": [str(path)]}), "chunks").to_pylist()
    expected = [json.loads(line) for line in cli(binary, "-f", "chunks", str(path)).splitlines()]
    assert [c for r in rows for c in json.loads(r["content"])] == expected
    assert [r["type"] for r in rows] == ["8-K", "EX-99.1"]


def test_unknown_format_is_refused():
    with pytest.raises(ValueError, match="markdown, text, json"):
        convert_table(pa.table({"path": ["x"]}), "pdf")
