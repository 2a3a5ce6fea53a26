"""Reading annotate inputs: .txt, .jsonl, directories and standard input.

Every problem becomes a `Reject` naming the file and line instead of an exception, so a
bad line never costs the good ones: the caller annotates what is valid and writes the
rejects file.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from .review import loads

STDIN = "-"
KNOWN_SUFFIXES = (".txt", ".jsonl")


@dataclass
class InputDoc:
    text: str
    meta: dict


@dataclass
class Reject:
    source: str
    line: Optional[int]
    reason: str
    raw: Optional[str] = None

    def to_record(self) -> dict:
        return {"source": self.source, "line": self.line, "reason": self.reason, "raw": self.raw}

    def message(self) -> str:
        where = self.source if self.line is None else f"{self.source}:{self.line}"
        return f"{where}: {self.reason}"


Item = Union[InputDoc, Reject]


@dataclass
class InputStats:
    files: int = 0
    skipped: list[str] = field(default_factory=list)


def _decode(raw: bytes, source: str, lineno: int) -> Union[str, Reject]:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as err:
        return Reject(source, lineno, f"not valid UTF-8 ({err.reason} at byte {err.start})", raw.decode("utf-8", "replace"))


def read_text_lines(lines: Iterable[bytes], source: str) -> Iterator[Item]:
    """One document per non-empty line, stripped; `paragraph` counts non-empty lines."""
    paragraph = 0
    for lineno, raw in enumerate(lines, start=1):
        if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]  # a UTF-8 byte-order mark is not text
        if not raw.strip():
            continue
        text = _decode(raw, source, lineno)
        if isinstance(text, Reject):
            yield text
        elif text.strip():
            yield InputDoc(text.strip(), {"source": source, "paragraph": paragraph})
        paragraph += 1


def read_jsonl_lines(lines: Iterable[bytes], source: str) -> Iterator[Item]:
    """One document per record: `text` (a string) required and kept verbatim; `meta` kept."""
    for lineno, raw in enumerate(lines, start=1):
        if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if not raw.strip():
            continue
        line = _decode(raw, source, lineno)
        if isinstance(line, Reject):
            yield line
            continue
        try:
            record = loads(line)
        except ValueError as err:
            yield Reject(source, lineno, f"not valid JSON ({err})", line.rstrip("\r\n"))
            continue
        if not isinstance(record, dict):
            yield Reject(source, lineno, "a JSON line must be an object with a 'text' field", line.rstrip("\r\n"))
        elif not isinstance(record.get("text"), str):
            yield Reject(source, lineno, "record has no string 'text' field", line.rstrip("\r\n"))
        else:
            meta = record.get("meta")
            if not isinstance(meta, dict):
                meta = {"source": source, "line": lineno}
            yield InputDoc(record["text"], meta)


def _file_lines(path: Path) -> Iterator[bytes]:
    with path.open("rb") as fh:
        yield from fh


def expand(
    inputs: Iterable[str], stats: InputStats, exclude: Iterable[Path] = ()
) -> Iterator[Union[tuple[str, Path], Reject]]:
    """Input arguments to (source name, path) pairs; directories recursively, sorted.

    Files under an `exclude` folder (the output folder) are never read from a directory:
    a previous run's annotated.jsonl is not an input.
    """
    excluded = [Path(e).resolve() for e in exclude]

    def is_excluded(p: Path) -> bool:
        rp = p.resolve()
        return any(rp == e or e in rp.parents for e in excluded)

    for arg in inputs:
        if arg == STDIN:
            yield arg, Path(STDIN)
            continue
        path = Path(arg)
        if path.is_dir():
            for sub in sorted(p for p in path.rglob("*") if p.is_file() and not is_excluded(p)):
                if sub.suffix.lower() in KNOWN_SUFFIXES:
                    yield str(sub), sub
                else:
                    stats.skipped.append(str(sub))
        elif path.is_file():
            yield arg, path
        elif path.exists():
            yield Reject(arg, None, "not a regular file")
        else:
            yield Reject(arg, None, "no such file or directory")


def read_inputs(
    inputs: Iterable[str], stats: Optional[InputStats] = None, exclude: Iterable[Path] = ()
) -> Iterator[Item]:
    """Documents and rejects from every input, in order."""
    stats = stats if stats is not None else InputStats()
    for item in expand(inputs, stats, exclude):
        if isinstance(item, Reject):
            yield item
            continue
        source, path = item
        stats.files += 1
        try:
            if source == STDIN:
                yield from read_text_lines(sys.stdin.buffer, STDIN)
            elif path.suffix.lower() == ".jsonl":
                yield from read_jsonl_lines(_file_lines(path), source)
            else:
                yield from read_text_lines(_file_lines(path), source)
        except OSError as err:
            yield Reject(source, None, f"cannot read: {err.strerror or err}")
