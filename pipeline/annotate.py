"""The main job: annotate documents into review JSONL + a `.spacy` DocBin (+ rejects)."""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from spacy import Language
from spacy.tokens import Doc

from .cli import DEFAULT_BATCH_SIZE
from .io.atomic import atomic_open
from .io.docbin_stream import StreamingDocBin
from .io.inputs import InputDoc, InputStats, Reject, read_inputs
from .ner.ops import blas_threads_for
from .io.review import META_KEY, doc_to_record, dumps

JSONL_NAME = "annotated.jsonl"
DOCBIN_NAME = "annotated.spacy"
REJECTS_NAME = "rejects.jsonl"


@dataclass
class AnnotateResult:
    documents: int = 0
    rejects: list[Reject] = field(default_factory=list)
    stats: InputStats = field(default_factory=InputStats)
    outputs: dict[str, Path] = field(default_factory=dict)


def annotate(
    nlp: Language,
    inputs: Iterable[str],
    outdir: Path,
    batch_size: int = DEFAULT_BATCH_SIZE,
    n_process: int = 1,
    on_reject: Optional[Callable[[Reject], None]] = None,
    progress: Optional[Callable[[Iterator], Iterator]] = None,
) -> AnnotateResult:
    """Annotate every valid document of `inputs` in input order.

    Writes OUTDIR/annotated.jsonl, OUTDIR/annotated.spacy and OUTDIR/rejects.jsonl (empty
    when nothing was rejected), each atomically. Rejects are reported through `on_reject`
    as they are met and never stop the run.
    """
    outdir = Path(outdir)
    result = AnnotateResult()
    with blas_threads_for(n_process):
        docs = nlp.pipe(valid_documents(inputs, outdir, result, on_reject), as_tuples=True, batch_size=batch_size, n_process=n_process)
        if progress is not None:
            docs = progress(docs)
        write_outputs(outdir, ((dumps(doc_to_record(doc, meta)), with_meta(doc, meta)) for doc, meta in docs), result)
    return result


def valid_documents(inputs: Iterable[str], outdir: Path, result: AnnotateResult,
                    on_reject: Optional[Callable[[Reject], None]]) -> Iterator[tuple[str, dict]]:
    """(text, meta) of every valid input document; rejects go to `result` and `on_reject`."""
    for item in read_inputs(inputs, result.stats, exclude=[outdir]):
        if isinstance(item, InputDoc):
            yield item.text, item.meta
        else:
            result.rejects.append(item)
            if on_reject:
                on_reject(item)


def with_meta(doc: Doc, meta: dict) -> Doc:
    doc.user_data[META_KEY] = meta  # travels in the DocBin
    return doc


def write_outputs(outdir: Path, pairs: Iterable[tuple[str, Doc]], result: AnnotateResult) -> None:
    """Write (JSONL line, Doc) pairs as they come, then the rejects; memory stays flat."""
    with StreamingDocBin() as docbin, atomic_open(outdir / JSONL_NAME) as jsonl:
        for line, doc in pairs:
            jsonl.write(line + "\n")
            docbin.add(doc)
            result.documents += 1
        # the DocBin is written before the JSONL is renamed into place: both or neither
        docbin.write(outdir / DOCBIN_NAME)
    write_rejects(outdir, result)


def write_rejects(outdir: Path, result: AnnotateResult) -> None:
    """OUTDIR/rejects.jsonl (empty when nothing was rejected) and the result's output paths."""
    with atomic_open(outdir / REJECTS_NAME) as rej:
        for reject in result.rejects:
            rej.write(dumps(reject.to_record()) + "\n")
    result.outputs = {"jsonl": outdir / JSONL_NAME, "docbin": outdir / DOCBIN_NAME, "rejects": outdir / REJECTS_NAME}


def stderr_progress(total: Optional[int] = None):
    """A tqdm bar on stderr (documents, docs/s), silent when stderr is not a terminal."""
    from tqdm import tqdm

    def wrap(it):
        return tqdm(it, total=total, unit="doc", file=sys.stderr, disable=not sys.stderr.isatty(), dynamic_ncols=True)

    return wrap
