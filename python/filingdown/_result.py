"""What one conversion gives back: the filing's header, its documents, warnings, or an error."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: The member of a document record that holds the converted content, per output format.
CONTENT_MEMBERS = {"markdown": "markdown", "text": "text", "json": "blocks", "chunks": "chunks"}


@dataclass(frozen=True)
class Error:
    """Why an input was not converted. ``code`` is stable (``binary``, ``empty``,
    ``too_large``, ``truncated``, ``unreadable``, ``internal``, …); ``message`` is for people."""

    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"


@dataclass(frozen=True)
class Document:
    """One document of a filing (a submission holds several: the form and its exhibits)."""

    sequence: str | None
    type: str | None
    filename: str | None
    kind: str | None
    #: The converted document: Markdown or plain text (a string), the JSON blocks or the
    #: chunk records (a list).
    content: Any
    #: The record's document object as filingdown wrote it, every member included.
    raw: dict[str, Any] = field(repr=False, compare=False)

    @classmethod
    def from_record(cls, obj: dict[str, Any]) -> "Document":
        content = None
        for member in ("markdown", "text", "blocks", "chunks"):
            if member in obj:
                content = obj[member]
                break
        return cls(obj.get("sequence"), obj.get("type"), obj.get("filename"), obj.get("kind"), content, obj)


@dataclass(frozen=True)
class Result:
    """One input's conversion: ``error`` is None when it converted."""

    #: The caller's id for the input (a path, or the id given with it, or its position).
    id: Any
    header: dict[str, Any] | None
    documents: list[Document]
    warnings: list[str]
    error: Error | None
    filingdown_version: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def content(self) -> Any:
        """Every document's content joined: Markdown and text documents separated by a blank
        line, JSON blocks concatenated. None when the input failed."""
        if self.error is not None:
            return None
        parts = [d.content for d in self.documents if d.content is not None]
        if parts and isinstance(parts[0], list):
            return [block for part in parts for block in part]
        return "\n\n".join(parts)

    @classmethod
    def from_record(cls, id: Any, record: dict[str, Any]) -> "Result":
        error = record.get("error")
        return cls(
            id=id,
            header=record.get("header"),
            documents=[Document.from_record(d) for d in record.get("documents") or []],
            warnings=list(record.get("warnings") or []),
            error=Error(str(error.get("code")), str(error.get("message"))) if error else None,
            filingdown_version=record.get("filingdown_version"),
        )

    @classmethod
    def failure(cls, id: Any, code: str, message: str) -> "Result":
        return cls(id=id, header=None, documents=[], warnings=[], error=Error(code, message))
