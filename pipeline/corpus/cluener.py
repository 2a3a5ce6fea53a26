"""CLUENER2020 as NER data: JSON lines `{"text", "label": {TYPE: {surface: [[start, end]]}}}`
with INCLUSIVE end offsets.

Label decisions (ANNOTATION.md labels):
- name -> PERSON.
- government, organization, company -> ORG, or POLICE_UNIT when the police-unit grammar
  matches the whole span. (CLUENER `organization` includes sports clubs and bands; they are
  specific organisations, so ORG is right for us.)
- address -> PLACE only when the span is a place name: our places gazetteer covers the whole
  span, or it is a chain that ends in a geographic or administrative word (省, 市, 区, 镇,
  村, 街道, 路, 河, 山, 岛, 公园 ...) with no digits, no 的 and no building parts (号, 楼,
  室) or facility words (店, 中心, 酒店, 馆), or a short (2-4 character) name such as 罗马,
  冲绳, 天池. Other address spans (street addresses with numbers, estates such as 夏威夷水岸,
  generic 大使馆) are not dropped silently: their characters are marked as MISSING, so the
  model is taught neither PLACE nor O there.
- scene (景点: 故宫, 大观园) is PLACE under our landmark ruling only when it passes the same
  place-name test; otherwise it is missing too.
- position, book, movie, game -> not entities (titles alone and brand/title names are not
  tagged by ANNOTATION.md); their characters are O.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Callable, Iterator, Optional

import srsly

from ..spans import CharSpan
from .builders import Item, Report

LABELS = {"name": "PERSON", "government": "ORG", "organization": "ORG", "company": "ORG"}
PLACE_LIKE = ("address", "scene")
PLACE_END = re.compile(
    r"(省|市|县|区|州|盟|旗|镇|乡|村|屯|街道|社区|路|街|巷|道|大道|胡同|河|江|湖|海|湾|山|岭|峰|岛|港|"
    r"桥|洲|峡|谷|关|口|城|园|公园|广场|机场|车站|火车站|寺|庙|宫|陵|塔)$"
)
NOT_PLACE = re.compile(r"[0-9０-９a-zA-Z的号楼室层座栋单元·，、]")
# facilities and businesses are organisations or plain addresses, not place names
FACILITY = re.compile(r"(店|中心|大厦|酒店|宾馆|剧院|影院|赌场|商圈|会所|公寓|花园|小区|馆|厂|铺|市场|基地|大学|学院|学校|医院|阅览室|礼堂)")
CJK_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


def spans_of(record: dict) -> list[CharSpan]:
    """All spans of a record with end offsets made exclusive."""
    out = []
    for label, surfaces in (record.get("label") or {}).items():
        for surface, offsets in surfaces.items():
            for start, end in offsets:
                out.append(CharSpan(start, end + 1, label))
    return sorted(out)


def place_finder() -> Callable[[str], bool]:
    """True when the whole text is a place name for our places component (gazetteer)."""
    from .. import load

    places = load().get_pipe("places")
    return lambda text: any(s.start == 0 and s.end == len(text) for s in places.find(text))


def is_place_name(text: str, gazetteer_match: Callable[[str], bool]) -> bool:
    """Our gazetteer knows it; or it is a name (no digits, Latin, 的, building parts or
    facility words) that ends in a place word, or is a short name (罗马, 冲绳, 天池)."""
    if gazetteer_match(text):
        return True
    if NOT_PLACE.search(text) or FACILITY.search(text):
        return False
    return (len(text) <= 12 and bool(PLACE_END.search(text))) or bool(CJK_NAME.match(text))


def map_record(record: dict, mapper, is_place: Callable[[str], bool], report: Optional[Report] = None) -> Item:
    text = record["text"]
    spans, missing = [], []
    for sp in spans_of(record):
        surface = text[sp.start:sp.end]
        if sp.label in PLACE_LIKE:
            if is_place_name(surface, is_place):
                spans.append(CharSpan(sp.start, sp.end, "PLACE"))
            else:
                missing.append((sp.start, sp.end))
                _count(report, f"{sp.label}->missing")
            continue
        label = mapper(sp.label, surface)
        if label is None:
            _count(report, f"{sp.label}->O")
            continue
        spans.append(CharSpan(sp.start, sp.end, label))
    return Item(text, spans, {"source": "cluener2020", "id": record.get("id")}, missing)


def _count(report: Optional[Report], key: str) -> None:
    if report is not None:
        report.dropped[key] += 1


def items(path: Path, mapper, is_place: Callable[[str], bool], report: Optional[Report] = None) -> Iterator[Item]:
    for i, record in enumerate(srsly.read_jsonl(path)):
        record.setdefault("id", i)
        yield map_record(record, mapper, is_place, report)
