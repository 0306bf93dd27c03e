"""filingdown.convert on the golden inputs: the same documents and header the command line gives."""

from __future__ import annotations

import json

import pytest

import filingdown
from conftest import GOLDEN, cli, cli_json, golden_inputs

INPUTS = golden_inputs()
SMALL = [p for p in INPUTS if p.stat().st_size < 300_000]


def _id(path):
    return path.parent.name


@pytest.mark.parametrize("path", SMALL, ids=_id)
def test_json_documents_are_the_command_lines(binary, path):
    result = filingdown.convert(path, "json")
    assert result.error is None, result.error
    expected = cli_json(binary, path)
    assert [d.raw for d in result.documents] == expected["documents"]
    assert [d.content for d in result.documents] == [d["blocks"] for d in expected["documents"]]
    header = expected["header"]
    if header is None:
        assert result.header is None
    else:
        for name in ("accession_number", "form_type", "filing_date", "period"):
            assert result.header[name] == header[name], name


@pytest.mark.parametrize("path", SMALL, ids=_id)
def test_cik_and_company_are_those_of_json_lines(binary, path):
    result = filingdown.convert(path, "json")
    lines = [json.loads(line) for line in cli(binary, "-f", "jsonl", str(path)).splitlines()]
    assert len(lines) == len(result.documents)
    for line in lines:
        expected = {k: line[k] for k in ("cik", "company", "accession_number", "form_type", "filing_date")}
        actual = {k: (result.header or {}).get(k) for k in expected}
        assert actual == expected


@pytest.mark.parametrize("format, option", [("markdown", "markdown"), ("text", "text")])
@pytest.mark.parametrize("path", SMALL, ids=_id)
def test_documents_joined_are_the_command_lines_output(binary, path, format, option):
    result = filingdown.convert(path, format)
    assert result.error is None, result.error
    assert result.documents, "no documents"
    # Viewer and data files (R pages, FilingSummary.xml, EX-101 schemas) are listed, with no content.
    assert all(isinstance(d.content, str) for d in result.documents)
    assert result.documents[0].content
    expected = cli(binary, "-f", option, "--no-front-matter", str(path)).decode()
    assert "".join(d.content for d in result.documents) == expected


def test_each_document_is_what_document_selects(binary):
    path = GOLDEN / "alabamapower-8k-2005" / "input.txt"
    result = filingdown.convert(path, "text")
    assert [d.type for d in result.documents] == ["8-K"] + [f"EX-99.0{n}" for n in range(1, 7)]
    for doc in result.documents:
        expected = cli(binary, "-f", "text", "--no-front-matter", "--document", doc.sequence, str(path)).decode()
        assert doc.content == expected, doc.sequence


def test_bytes_and_path_give_the_same_result(binary):
    path = GOLDEN / "cellectar-8k-2017" / "input.txt"
    from_path = filingdown.convert(path)
    from_bytes = filingdown.convert(path.read_bytes())
    assert from_path.documents == from_bytes.documents and from_path.header == from_bytes.header
    assert from_path.id == str(path) and from_bytes.id == 0
    assert from_path.header["form_type"] == "8-K"
    assert from_path.header["cik"] and from_path.header["company"]
    assert [d.type for d in from_path.documents] == ["8-K", "EX-99.1"]
    assert from_path.filingdown_version == filingdown.__version__


def test_a_file_uri_is_a_local_path():
    path = GOLDEN / "rules-lists" / "input.htm"
    result = filingdown.convert(path.as_uri())
    assert result.error is None and result.header is None
    assert result.documents[0].content == filingdown.convert(path).documents[0].content


def test_bare_document_has_no_header():
    result = filingdown.convert(b"<html><body><p>Hello <b>world</b>.</p></body></html>", "markdown")
    assert result.error is None
    assert result.header is None
    assert len(result.documents) == 1
    assert "Hello **world**." in result.documents[0].content


@pytest.mark.parametrize(
    "data, code",
    [
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    ],
)
def test_inputs_that_are_no_filing_are_error_results(data, code):
    result = filingdown.convert(data)
    assert not result.ok
    assert result.error.code == code
    assert result.error.message
    assert result.documents == [] and result.content is None


def test_unreadable_paths_are_error_results(tmp_path):
    missing = filingdown.convert(tmp_path / "missing.htm")
    assert missing.error.code == "unreadable" and "No such file" in missing.error.message
    directory = filingdown.convert(tmp_path)
    assert directory.error.code == "unreadable" and "directory" in directory.error.message


def test_too_large_is_refused_before_reading(tmp_path):
    big = tmp_path / "big.htm"
    big.write_bytes(b"<p>" + b"x" * 5000 + b"</p>")
    result = filingdown.convert(big, max_record_bytes=1000)
    assert result.error.code == "too_large"
    small = filingdown.convert(big, max_record_bytes=10_000)
    assert small.ok


def test_too_large_bytes_are_refused_before_sending():
    result = filingdown.convert(b"<p>" + b"y" * 500 + b"</p>", max_record_bytes=100)
    assert result.error.code == "too_large"
    assert "507 bytes, more than --max-record-bytes 100" in result.error.message


@pytest.mark.parametrize("path", [GOLDEN / "cellectar-8k-2017" / "input.txt", GOLDEN / "apple-10q-2023q2" / "input.htm"], ids=_id)
def test_chunks_are_the_command_lines(binary, path):
    result = filingdown.convert(path, "chunks")
    expected = [json.loads(line) for line in cli(binary, "-f", "chunks", str(path)).splitlines()]
    got = [chunk for d in result.documents for chunk in d.content]
    assert all(isinstance(d.content, list) for d in result.documents)
    # A chunk's id starts with the accession number, or for a bare document with a name: the
    # command line's is the file name (input.htm), a stream record has none to give (input).
    assert [c["id"].split(":", 1)[1] for c in got] == [c["id"].split(":", 1)[1] for c in expected]
    if result.header is not None:
        assert [c["id"] for c in got] == [c["id"] for c in expected]
    assert [dict(c, id=None) for c in got] == [dict(c, id=None) for c in expected]


def test_unknown_format_is_refused():
    with pytest.raises(ValueError, match="markdown, text, json"):
        filingdown.convert(b"<p>x</p>", "html")
