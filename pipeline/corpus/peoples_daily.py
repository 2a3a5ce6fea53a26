"""People's Daily, January 1998 (PKU POS-tagged corpus) as NER data.

Lines are `ID/m  word/TAG  word/TAG ...` (two spaces between tokens); multi-word names are
`[w1/t1  w2/t2]nt`. Entities:
- `nr`: a run of adjacent `nr` tokens is one PERSON (surname and given name are separate
  tokens in this corpus: `江/nr  泽民/nr` -> 江泽民);
- `ns`: PLACE; adjacent `ns` tokens are one PLACE (ANNOTATION.md: a contiguous chain is one
  span, 浙江/ns 温州/ns -> 浙江温州) unless the second is a division outside the first (上海/ns
  北京/ns are two places, as the places component reads them);
- `nt` and `[...]nt`: ORG, or POLICE_UNIT when the police-unit grammar matches the whole span;
- `[...]ns`: one PLACE.
Inside `[...]nt` / `[...]ns` compounds the inner tags are ignored (the compound is the
chain). Other compounds (`]nz` titles and brands, `]i`/`]l` idioms) are not entities, but
their inner names still are (延安 in `[延安/ns 供水/vn 工程/n]nz`: a place used as a modifier).
One document per paragraph; the dev split is a deterministic share of articles (ID prefix).
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator, Optional

from ..spans import CharSpan
from .builders import Item, Report, holdout, open_text

LABELS = {"nr": "PERSON", "ns": "PLACE", "nt": "ORG"}
ENTITY_COMPOUNDS = {"nt", "ns"}
TOKEN_SEP = re.compile(r"\s{2,}|\t")
CLOSE = re.compile(r"^(.*)\]([a-zA-Z]+)$")


def parse_line(line: str) -> Optional[tuple[str, str, list[CharSpan]]]:
    """(paragraph id, text, spans in PD tags: nr/ns/nt) for one corpus line, or None if empty."""
    line = line.strip()
    if not line:
        return None
    tokens = TOKEN_SEP.split(line)
    para_id = tokens[0].rpartition("/")[0] if "/" in tokens[0] else tokens[0]
    words: list[tuple[str, str]] = []  # (word, tag) outside or inside compounds
    compounds: list[tuple[int, int, str]] = []  # (first word, end word, outer tag)
    open_at: Optional[int] = None
    for tok in tokens[1:]:
        if not tok:
            continue
        outer = None
        # `[word/tag` opens a compound; a literal `[/w` token (a bracket as a word) does not
        if tok.startswith("[") and tok[1:].rpartition("/")[0]:
            open_at = len(words)
            tok = tok[1:]
        m = CLOSE.match(tok)
        if m and open_at is not None and "/" in m.group(1):
            tok, outer = m.group(1), m.group(2)
        word, _, tag = tok.rpartition("/")
        words.append((word, tag))
        if outer is not None:
            compounds.append((open_at, len(words), outer))
            open_at = None
    text, offsets = _join(words)
    return para_id, text, _entities(words, offsets, compounds)


def _join(words: list[tuple[str, str]]) -> tuple[str, list[tuple[int, int]]]:
    offsets, pos = [], 0
    for word, _ in words:
        offsets.append((pos, pos + len(word)))
        pos += len(word)
    return "".join(w for w, _ in words), offsets


_GAZETTEER = []


def places_continue(prev: str, word: str) -> bool:
    """Whether place `word` continues the chain ending in `prev` (浙江 温州) rather than standing
    beside it (上海 北京): the places component's rule (gazetteer codes), so the corpus and the
    rules draw the same spans. Places the gazetteer does not know continue, as before."""
    from ..entities.gazetteer import Gazetteer

    if not _GAZETTEER:
        _GAZETTEER.append(Gazetteer.from_resources())
    gaz = _GAZETTEER[0]
    a, b = gaz.name_at(prev, 0), gaz.name_at(word, 0)
    if a is None or b is None or a[0] != len(prev) or b[0] != len(word):
        return True
    return gaz.may_follow([(0, a[0], a[2], a[1])], b[2])


def _entities(words, offsets, compounds) -> list[CharSpan]:
    spans: list[CharSpan] = []
    covered = [None] * len(words)  # compound id of words inside an entity compound
    for k, (a, b, outer) in enumerate(compounds):
        if outer in ENTITY_COMPOUNDS:
            spans.append(CharSpan(offsets[a][0], offsets[b - 1][1], outer))
            for i in range(a, b):
                covered[i] = k
    # compound boundaries stop runs: two names side by side in different brackets stay two
    group = [None] * len(words)
    for k, (a, b, _) in enumerate(compounds):
        for i in range(a, b):
            group[i] = k
    i = 0
    while i < len(words):
        tag = words[i][1]
        if covered[i] is not None or tag not in LABELS:
            i += 1
            continue
        j = i + 1
        if tag in ("nr", "ns"):
            while (j < len(words) and words[j][1] == tag and covered[j] is None and group[j] == group[i]
                   and (tag == "nr" or places_continue(words[j - 1][0], words[j][0]))):
                j += 1
        spans.append(CharSpan(offsets[i][0], offsets[j - 1][1], tag))
        i = j
    return sorted(spans)


def read(path: Path) -> Iterator[tuple[str, str, list[CharSpan]]]:
    with open_text(path) as fh:
        for line in fh:
            parsed = parse_line(line)
            if parsed is not None and parsed[1]:
                yield parsed


def article_id(para_id: str) -> str:
    """`19980101-01-001-002` -> `19980101-01-001` (date, page, article)."""
    return para_id.rsplit("-", 1)[0]


def items(path: Path, mapper, dev_percent: int, want: str, report: Optional[Report] = None) -> Iterator[Item]:
    """Paragraphs of the `want` split ("train"/"dev") with labels mapped to ours."""
    for para_id, text, spans in read(path):
        if holdout(article_id(para_id), dev_percent, salt="pd") != (want == "dev"):
            continue
        mapped = mapper.map_spans(text, spans)
        if report is not None:
            report.dropped["unmapped"] += len(spans) - len(mapped)
        yield Item(text, mapped, {"source": "peoples_daily_1998", "id": para_id})
