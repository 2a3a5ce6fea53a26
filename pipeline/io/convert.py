"""Convert between review JSONL, DocBin, doccano and Label Studio (see io/formats.py)."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterator, Optional

import spacy

from .atomic import atomic_open
from .formats import FORMATS, READERS, WRITERS, Loaded, infer_format
from .inputs import Reject
from .review import dumps


@lru_cache(maxsize=1)
def blank_vocab():
    """A Chinese vocab for Docs made from records (creating one costs a noticeable pause)."""
    return spacy.blank("zh").vocab


class FormatError(ValueError):
    """The input or output format cannot be told from the arguments."""


@dataclass
class ConvertResult:
    read: int = 0
    written: int = 0
    rejects: list[Reject] = field(default_factory=list)
    rejects_path: Optional[Path] = None


def rejects_path_for(dst: Path) -> Path:
    name = dst.name
    for suffix in (".jsonl", ".json", ".spacy"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    return dst.with_name(name + ".rejects.jsonl")


def resolve_format(path: Path, given: Optional[str], for_output: bool) -> str:
    fmt = given or infer_format(path, for_output=for_output)
    if fmt is None:
        raise FormatError(f"cannot tell the format of {path}: name it with --{'to' if for_output else 'from'} ({', '.join(FORMATS)})")
    if fmt not in FORMATS:
        raise FormatError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")
    return fmt


def read_records(path: Path, fmt: Optional[str] = None, vocab=None, rejects: Optional[list] = None,
                 on_reject: Optional[Callable[[Reject], None]] = None) -> Iterator[dict]:
    """Valid records of a file in any format; rejects are collected and reported."""
    path = Path(path)
    fmt = resolve_format(path, fmt, for_output=False)
    if not path.is_file():
        reject = Reject(str(path), None, "no such file")
        if rejects is not None:
            rejects.append(reject)
        if on_reject:
            on_reject(reject)
        return
    vocab = vocab or blank_vocab()
    for item in READERS[fmt](path, vocab):
        if isinstance(item, Loaded):
            yield item.record
        else:
            if rejects is not None:
                rejects.append(item)
            if on_reject:
                on_reject(item)


def convert(src: Path, dst: Path, src_format: Optional[str] = None, dst_format: Optional[str] = None,
            on_reject: Optional[Callable[[Reject], None]] = None) -> ConvertResult:
    src, dst = Path(src), Path(dst)
    dst_fmt = resolve_format(dst, dst_format, for_output=True)
    result = ConvertResult(rejects_path=rejects_path_for(dst))
    vocab = blank_vocab()

    def counted():
        for record in read_records(src, src_format, vocab, result.rejects, on_reject):
            result.read += 1
            yield record

    result.written = WRITERS[dst_fmt](counted(), dst, vocab)
    with atomic_open(result.rejects_path) as fh:
        for reject in result.rejects:
            fh.write(dumps(reject.to_record()) + "\n")
    return result
