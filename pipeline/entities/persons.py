"""Persons (ANNOTATION.md §1): a surname (resources/persons/surnames.txt) plus one or two
given-name characters, accepted only next to a cue, so that ordinary words that happen to
start with a surname character are left alone:

    byline word + names          通讯员 何文斌 摄, 通讯员 林海 叶青
    title or role + name + verb  所长曹志成介绍说, 中队长潘海勇说
    surname + honorific          陈先生, 李女士
    anonymised                   王某, 李某某
"""
from __future__ import annotations

import re

from spacy.language import Language

from .. import resource_files
from ..segmentation.fast_cut import shipped_fast_cut
from ..spans import CharSpan
from .base import EntityRuleComponent

LABEL = "PERSON"


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def starts_word(text: str, start: int, end: int, context: int = 6) -> bool:
    """Whether the shipped segmenter starts a word at `start`, segmenting `context` characters
    before it to `end`."""
    i = lo = max(0, start - context)
    for word in shipped_fast_cut()(text[lo:end]):
        if i >= start:
            return i == start
        i += len(word)
    return False


class PersonGrammar:
    def __init__(self, grammar: dict, surnames: list[str], body_names: list[str] = ()):
        g = grammar
        # fixed body names (商务部, 司法部): a name may not overlap one, even where the body is
        # fused into a title and not tagged itself (商务部长: 商务 is no person)
        self.bodies = re.compile(f"(?=({_alt(body_names)}))") if body_names else None
        stop = re.escape(g["given_name_stop_chars"])
        given = rf"[\u4e00-\u9fff](?<![{stop}])"
        # a given name never starts with a title or role (朱博士说, 主任向记者透露)
        roles = set(g["role_words_not_given_names"]) | {
            w for w in g["titles"] + g["honorifics"] + g["post_titles"] if len(w) >= 2}
        not_role = rf"(?!{_alt(roles - set(g['speech_verbs']))})"
        sur = _alt(surnames)
        safe_sur = _alt([s for s in surnames if s not in g["ambiguous_surnames"]])
        left = rf"(?<![{re.escape(g['name_left_not'])}])"
        end_cue = rf"(?=[\s　]|{_alt(g['speech_verbs'])}|[，。、；：！？,.;:!?）)”]|$)"
        name = rf"(?:{sur}){not_role}(?:{given}){{1,2}}"
        # byline: one or more names between spaces or before 摄 / 报道 / a closing bracket
        # (通讯员 林海 叶青): each name is a span
        bname = rf"(?:{sur}){not_role}(?:{given}){{1,2}}?"
        self.byline = re.compile(
            rf"(?:{_alt(g['bylines'])})[\s　:：]*(?P<list>{bname}(?:[\s　、]+(?!{_alt(g['bylines'])}){bname})*)(?=[\s　）)]|摄|报道|$)")
        self.byline_sep = re.compile(r"[\s　、]+")
        # (pattern, the name must start a word of the shipped segmenter)
        self.patterns = [
            # title + name + speech verb or punctuation; try a 2-char given name first
            (re.compile(rf"(?:{_alt(g['titles'])})(?P<n>(?:{sur}){not_role}(?:{given}){{2}}){end_cue}"), False),
            (re.compile(rf"(?:{_alt(g['titles'])})(?P<n>(?:{sur}){not_role}(?:{given})){end_cue}"), False),
            (re.compile(rf"(?P<n>(?:{safe_sur})(?:{_alt(g['honorifics'])}))"), False),
            # name + title or speech verb after it (江泽民主席, 李鹏总理); 2-char given name first.
            # Nothing marks where such a name starts, so it must start a word: 出任/大学/教授
            # holds no person 任大学
            (re.compile(rf"{left}(?P<n>(?:{safe_sur}){not_role}(?:{given}){{2}})(?={_alt(g['post_titles'])})"), True),
            (re.compile(rf"{left}(?P<n>(?:{safe_sur}){not_role}(?:{given}))(?={_alt(g['post_titles'])})"), True),
            (re.compile(rf"(?P<n>(?:{safe_sur})(?:{_alt(g['anonymised'])}))(?![{re.escape(g['anonymised_not_before'])}])"), False),
        ]
        self.name = re.compile(name)

    def find(self, text: str) -> list[CharSpan]:
        found: dict[int, int] = {}
        for m in self.byline.finditer(text):
            i = m.start("list")
            for piece in self.byline_sep.split(m.group("list")):
                s = text.index(piece, i)
                found[s] = i = s + len(piece)
        for pat, word_start in self.patterns:
            for m in pat.finditer(text):
                s, e = m.span("n")
                if word_start and not starts_word(text, s, e):
                    continue
                if all(e <= a or s >= b for a, b in found.items()):
                    found[s] = e
        if self.bodies is not None:
            taken = [(m.start(), m.start() + len(m.group(1))) for m in self.bodies.finditer(text)]
            found = {s: e for s, e in found.items() if all(e <= a or s >= b for a, b in taken)}
        return [CharSpan(s, e, LABEL) for s, e in sorted(found.items())]


class Persons(EntityRuleComponent):
    def compile(self) -> None:
        self.grammar = PersonGrammar(self.data["grammar"], self.data["surnames"], self.data["body_names"])

    def find(self, text: str) -> list[CharSpan]:
        return self.grammar.find(text)


def load_data() -> dict:
    return {
        "grammar": resource_files.read_json("persons/grammar.json"),
        "surnames": resource_files.read_lines("persons/surnames.txt"),
        # fixed body names and organisation heads (商务部 in 商务部长, 建设局 in 原建设局长)
        "body_names": resource_files.read_lines("organisations/abbreviations.txt")
        + [h for h in resource_files.read_json("organisations/grammar.json")["heads"] if len(h) >= 3],
    }


@Language.factory("persons", default_config={"spans_key": "persons"})
def make_persons(nlp: Language, name: str, spans_key: str) -> Persons:
    return Persons(name, load_data(), spans_key)
