"""Police units: a character grammar over chains of public-security bodies (ANNOTATION.md §1).

    [place | level prefix] body [sub-unit]*      温州市公安局鹿城区分局南浦派出所, 市公安局刑侦大队
    place collective                            温州公安, 杭州警方, 某市公安机关
    national body                               公安部
    short name + sub-unit                       南浦派出所, 杜桥派出所

Generic mentions (派出所, 各派出所, 基层派出所), honours (枫桥式公安派出所), titles fused with a
head (公安局长) and unnamed posts (联勤警务站) are not units. Rules: resources/police_units/.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from spacy.language import Language

from .. import resource_files
from ..segmentation.fast_cut import shipped_fast_cut, words_at
from ..spans import QUOTE_PAIRS, CharSpan, is_han
from ..word_patterns import alternation
from .base import EntityRuleComponent
from .gazetteer import BOUNDARY_WORDS, CJK, Gazetteer, PlaceMatch, document_context, is_boundary, resolve

LABEL = "POLICE_UNIT"


def after_digit(text: str, i: int) -> bool:
    """4次进派出所: a count, then a verb; no station's name follows a digit."""
    return i > 0 and text[i - 1].isdigit()


def _alternation(words) -> re.Pattern:
    return re.compile(alternation(words))


CLAUSE_OPENERS = "，。；：！？、“（ \n"


def heads_by_first_char(heads: list[str]) -> dict[str, list[str]]:
    """`heads` grouped by their first character, each group in the order given."""
    out: dict[str, list[str]] = {}
    for h in heads:
        out.setdefault(h[:1], []).append(h)
    return out


class PoliceUnitGrammar:
    def __init__(self, grammar: dict, gazetteer: Gazetteer, not_name_words: frozenset = frozenset()):
        g = grammar
        self.g = g
        self.not_name_words = frozenset(not_name_words)
        self.gaz = gazetteer
        self.bodies = _alternation(g["national"] + g["bodies"])
        self.national = set(g["national"])
        self.count_measures = g.get("count_measures_before_kinds", "")
        self.kind_openers = g.get("kind_openers", "")
        self.body_words = set(g["national"]) | set(g["bodies"]) | set(g["collectives"])
        self.collectives = _alternation(g["collectives"])
        self.places_count = re.compile(g["places_count"]) if g.get("places_count") else None
        # one-character names of provinces and cities whose runs name places together (川渝, 苏锡常, 黑吉辽蒙)
        pg = gazetteer.grammar
        self.abbreviation_letters = frozenset(pg.get("province_abbreviations", "") + pg.get("expressway_city_abbreviations", ""))
        self.sub_units = sorted(g["sub_units"], key=len, reverse=True)
        self.needs_name = set(g["needs_name"])
        self.task_force_heads = set(g.get("task_force_heads", ()))
        self.task_force_setup_words = tuple(g.get("task_force_setup_words", ()))
        self.level_prefixes = set(g["level_prefixes"])
        # prefixes of more than one character (自治区 of 自治区公安厅), tried before the one-character ones
        self.long_level_prefixes = tuple(sorted((p for p in self.level_prefixes if len(p) > 1), key=len, reverse=True))
        self.numerals = set(g["numeral_chars"])
        self.non_name = set(g["non_name_chars"])
        self.chain_name_allowed = set(g.get("chain_name_allowed", ""))
        self.inner_name_allowed = set(g.get("inner_name_allowed", ""))
        self.name_clause_words = tuple(g.get("name_clause_words", ()))
        self.place_name_endings = set(g.get("place_name_endings", ""))
        self.place_name_allowed = set(g.get("place_name_allowed", ""))
        self.chain_two_char_endings = set(g.get("chain_two_char_endings", ""))
        self.zone_anchor_suffixes = tuple(g.get("zone_anchor_suffixes", ()))
        self.name_bad_endings = tuple(g["name_bad_endings"])
        self.name_person_words = tuple(g.get("name_person_words", ()))
        self.generic = set(g["generic_modifiers"])
        self.generic_determiners = tuple(g.get("generic_determiners", ()))
        self.generic_name_openers = tuple(g.get("generic_name_openers", ()))
        self.count_after_kind = re.compile(rf"[0-9０-９{re.escape(''.join(sorted(self.numerals)))}]+[{re.escape(self.count_measures)}]")
        self.function_chars = frozenset(g.get("function_chars", ""))
        self.one_char_road_endings = g.get("one_char_road_endings", "")
        self.not_after = g["not_after"]
        self.short_form_heads = frozenset(g.get("short_form_heads", ()))
        self.short_form_after = g.get("short_form_after", "")
        self.abbreviation_of = dict(g.get("abbreviation_of", {}))
        self.not_after_head = dict(g.get("not_after_head", {}))
        self.title_after = g["title_after"]
        self.head_word_after = dict(g.get("head_word_after", {}))
        towns = g.get("town_prefixes", {})
        self.town_prefixes = towns.get("chars", "")
        self.town_name_after = re.compile(f"[{towns['division_suffixes']}][\u4e00-\u9fff]{{1,3}}$") if towns else None
        # standalone sub-units: those a short proper name can introduce (南浦派出所)
        self.standalone_heads = set(g["standalone_heads"])
        # posts named after their host: named only between quotation marks such a post is a brand
        # (“电力警务室”, ANNOTATION.md §1: 亲警驿站), and an everyday verb names none (推动警务室)
        self.hosted_posts = frozenset(g.get("hosted_posts", ()))
        self.anchored = _alternation(g["sub_units"])
        self.chain_heads = sorted(g["sub_units"] + g.get("chain_only_heads", []), key=len, reverse=True)
        # the heads by their first character, longest first as above: sub_unit_at tries at each start
        # only those that can match there (the same order, so the same head wins)
        self.chain_heads_by_char = heads_by_first_char(self.chain_heads)
        self.sub_units_by_char = heads_by_first_char(self.sub_units)
        self.sectors = sorted(g.get("sectors", []), key=len, reverse=True)
        self.sector_prefixes = g.get("sector_prefixes", [])
        self.landmark_sectors = set(g.get("landmark_sectors", ()))
        self.district_station_names = set(g.get("district_station_names", ()))
        self.long_name_endings = g.get("long_name_endings", "")
        self.transliterated_chars = frozenset(g.get("transliterated_name_chars", ""))
        self.transliterated_openers = frozenset(g.get("transliterated_name_openers", ""))
        self.name_word_openers = frozenset(g.get("name_word_openers", "和同长向"))
        self.chain_place_name_allowed = frozenset(g.get("chain_place_name_allowed", ""))
        self.name_body_words = tuple(g.get("name_body_words", ()))
        fn = g.get("function_sub_units")
        self.function_sub_unit = re.compile(
            rf"(?P<function>[\u4e00-\u9fff]{{0,{fn['max_name']}}}?(?:{'|'.join(fn['function_endings'])}))"
            rf"(?P<head>{'|'.join(sorted(fn['heads'], key=len, reverse=True))})") if fn else None
        self.bureau_endings = tuple(fn.get("bureau_endings", ())) if fn else ()
        self.function_endings = sorted(fn.get("function_endings", ()), key=len, reverse=True) if fn else []
        self.function_head_not_before = fn.get("head_not_before", {}) if fn else {}
        self.function_conjunctions = re.compile(f"[{re.escape(fn['conjunctions'])}]") if fn and fn.get("conjunctions") else None
        abbreviated = g.get("abbreviated_bodies", [])
        self.abbreviated_bodies = _alternation(abbreviated) if abbreviated else None
        self.abbreviated_body_heads = {k: tuple(v) for k, v in g.get("abbreviated_body_heads", {}).items()}
        self.abbreviated_determiners = g.get("abbreviated_determiners", "")

    # -- pieces -------------------------------------------------------------------
    def is_title(self, text: str, end: int) -> bool:
        """公安局长, 中队长: the head is fused into a job title, not a unit, unless the chain goes
        on with a place's sub-unit there (广州铁路公安局长沙公安处). So is one whose last character
        makes a word with the next (骑警队 + 伍: 骑警队伍, the ranks of mounted police; `head_word_after`)."""
        if end < len(text) and text[end] in self.head_word_after.get(text[end - 1], ""):
            return True
        if not any(text.startswith(t, end) for t in self.title_after):
            return False
        nxt = self.sub_unit_at(text, end, in_chain=True)
        # (黄岛分局长江路派出所, 上城分局长庆派出所: a station named with 长 follows, not a title)
        return nxt is None or (nxt.place is None and not (nxt.name and (
            self.gaz.county_short_at(text, end) or nxt.head in self.standalone_heads)))

    def opens_name_word(self, name: str) -> bool:
        """和 / 同 / 长 / 向 opening a station's name after its unit is the first character of a word of
        the name (崇川分局 + 和平桥派出所, 秀英分局 + 长流派出所; grammar: name_word_openers), not a conjunction
        before another station (分局和城关派出所: 和 / 城关) nor a title (分局长带队)."""
        return name[0] in self.name_word_openers and (len(shipped_fast_cut()(name)[0]) >= 2 or self.one_char_road(name))

    def inside_name_word(self, name: str, k: int) -> bool:
        """The character at k > 0 closes a word of two or more characters of the name (礼让 of
        梁平区公安分局 + 礼让派出所), not a function word of its own (民警 + 到) nor a word ending like a
        verb of going or arriving (接到 of 网安支队 + 接到江宁 + 分局)."""
        pos = 0
        for w in shipped_fast_cut()(name):
            if pos < k < pos + len(w):
                return len(w) >= 2 and not w.endswith(self.name_bad_endings)
            pos += len(w)
        return False

    def one_char_road(self, name: str) -> bool:
        """和 / 同 + one character + 路 / 街 is a road's name the segmenter splits (南岗分局 + 和兴路派出所):
        a road named by one character alone (兴路) is rare, so 和 here is no conjunction."""
        return len(name) == 3 and name[0] in "和同" and name[2] in self.one_char_road_endings

    def without_function_ending(self, name: str) -> str:
        """A function's name less the function ending it closes with (科技信息化 -> 科技)."""
        ending = next((e for e in self.function_endings if name.endswith(e)), "")
        return name[: len(name) - len(ending)]

    def name_ok(self, name: str, in_chain: bool = False) -> bool:
        # right after a unit, a station's name may hold 中 (龙湾区分局永中派出所: 永中街道), as a
        # town's may after a place (places' chain_name_allowed)
        non_name = self.non_name - self.chain_name_allowed if in_chain else self.non_name
        if name and name[-1] in self.place_name_endings:
            non_name = non_name - self.place_name_allowed  # 中山路派出所, 三里屯派出所
            if in_chain:
                non_name = non_name - self.chain_place_name_allowed  # 密云分局 + 不老屯派出所
        # (and right after its unit, a two-character station name may end in one: 官渡分局 + 关上派出所,
        # 塘下派出所, where alone 上 / 下 would be a locative of a clause)
        return (
            len(name) >= 2
            and not name.startswith(BOUNDARY_WORDS)  # 联合海门 + 派出所: 联合 introduces a partner
            and all(CJK.match(c) and (c not in non_name or (k > 0 and c in self.inner_name_allowed)
                                      or (k > 0 and name[k : k + 2] in self.gaz.name_words_allowed)
                                      or (k == 0 and in_chain and self.opens_name_word(name))
                                      or (k > 0 and in_chain and self.inside_name_word(name, k))
                                      or (k == 0 and in_chain and c in self.transliterated_openers and len(name) >= 3
                                          and self.transliterated_chars.issuperset(name[1:]))
                                      or (k == 1 == len(name) - 1 and in_chain
                                          and (c in self.place_name_allowed or c in self.chain_two_char_endings)))
                    for k, c in enumerate(name))
            # (a district's name is a kind alone, 城区派出所, but one squad right after its unit:
            # 交警大队 + 城区中队)
            and (name not in self.generic or (in_chain and name in self.district_station_names))
            and not name.endswith(self.name_bad_endings)
            and not any(w in name for w in self.name_person_words)
            and not any(w in name for w in self.name_body_words)
            and not any(w in name for w in self.name_clause_words)
        )

    def plain_words(self, name: str) -> bool:
        """A station's name holds a word that opens no name (开进; 后 of 米后赴: People's Daily's
        verbs, adverbs, function words ...; shared with the organisations grammar). A one-character
        word counts only after the first (后湖 is a name)."""
        words = shipped_fast_cut()(name) if self.not_name_words else []
        return any(w in self.not_name_words and (len(w) > 1 or k > 0) for k, w in enumerate(words))

    def sub_unit_at(self, text: str, i: int, in_chain: bool) -> Optional["Element"]:
        """A sub-unit starting at i (鹿城区分局, 南浦派出所, 二大队, 交管局), or None."""
        # a place + head (鹿城区分局)
        chain = self.gaz.chain_at(text, i, require_boundary=False)
        starts = [chain.end] if chain else []
        if chain and text.startswith(("（", "("), chain.end):  # 高新区（滨江）分局: a second name in brackets
            close = next((k for k in range(chain.end + 3, min(len(text), chain.end + 7)) if text[k] in "）)"), None)
            if close is not None and all(CJK.match(c) for c in text[chain.end + 1 : close]):
                starts.append(close + 1)
        # a numeral name (二大队, 第三中队)
        j = i + (1 if text.startswith("第", i) else 0)
        k = j
        while k < len(text) and text[k] in self.numerals:
            k += 1
        if k > j:
            starts.append(k)
        starts.append(i)  # the head itself (交管局, 刑侦大队)
        # a short proper name (2-4 characters) + head, or + a number + head (高速公路一大队, 直属二中队);
        # right after a unit, where the unit vouches for it, up to 6 (国际商贸城派出所, 黄山风景区分局)
        name_end = {}
        for n in (2, 3, 4, 5, 6) if in_chain else (2, 3, 4):
            starts.append(i + n)
            m = i + n
            while m < len(text) and text[m] in self.numerals:
                m += 1
            if m > i + n:
                starts.append(m)
                name_end[m] = i + n
        # a zone, town or scenic area known by its suffix, longer than a short name (东湖新技术开发区分局,
        # 西湖风景名胜区分局)
        zone_end = self.gaz.suffixed_name_at(text, i, self.gaz.chain_suffixes + self.gaz.landmark_suffixes, in_chain=True)
        if zone_end and zone_end > i + 4:
            starts.append(zone_end)
        heads_at = self.chain_heads_by_char if in_chain else self.sub_units_by_char
        if in_chain and self.function_sub_unit is not None:
            m = self.function_sub_unit.match(text, i)  # 食品药品环境犯罪侦查总队 after its department
            name = m.group("function") if m else ""
            # (a function's name may hold another department's word: 食品药品环境 of 环境犯罪侦查)
            # (no verb or function word of a clause either: 联合 + 勐腊边境管理大队 is a partner)
            # (nor a partner and its own chain: 武汉交警 + 联合市公安局治安管理支队)
            # (食品药品和环境, 海防与港航: two fields joined, each a name of its own)
            fields = self.function_conjunctions.split(name) if m and self.function_conjunctions is not None else [name]
            # (化 of the ending 信息化 is the function's own: 科技信息化处)
            if m and all(len(f) >= 2 and not any(c in self.non_name for c in self.without_function_ending(f))
                         and not self.plain_words(f) for f in fields) \
                    and not any(w in name for w in self.name_clause_words) \
                    and not any(w in name for w in BOUNDARY_WORDS) and not self.bodies.search(name) \
                    and not self.is_title(text, m.end()) \
                    and (m.group("head") != "局" or name.endswith(self.bureau_endings)) \
                    and (m.end() == len(text) or text[m.end()] not in self.function_head_not_before.get(m.group("head"), "")):
                return Element(i, m.end(), m.group("head"), name=(i, m.end("function")))
        if in_chain and self.gaz.terminal is not None:  # 机场分局 + T3航站楼派出所: a station named by its terminal
            terminal = self.gaz.terminal.match(text, i)
            head = next((h for h in self.sub_units if text.startswith(h, terminal.end())), None) if terminal else None
            if head in self.needs_name:
                return Element(i, terminal.end() + len(head), head, name=(i, terminal.end()))
        if in_chain:  # a county's short form names a sub-unit right after a unit (东莞市公安局长安分局)
            county = self.gaz.county_short_at(text, i)
            if county:
                head = next((h for h in self.sub_units if text.startswith(h, county[0])), None)
                if head in self.needs_name:
                    return Element(i, county[0] + len(head), head, name=(i, county[0]))
        for s in starts:
            name = text[i : name_end.get(s, s)]
            for head in heads_at.get(text[s : s + 1], ()):
                if not text.startswith(head, s):
                    continue
                end = s + len(head)
                if self.is_title(text, end):
                    continue
                if s == i and head in self.needs_name:
                    continue  # bare 大队 / 派出所 / 总队
                if chain and (s == chain.end or (s > chain.end and text[chain.end] in "（(")):
                    return Element(i, end, head, place=chain)
                if k > j and s == k:
                    return Element(i, end, head)
                if s > i:
                    if not self.name_ok(name, in_chain) or after_digit(text, i):
                        continue
                    if len(name) > 4 and (name[-1] not in self.long_name_endings or self.plain_words(name)) \
                            and not (in_chain and self.transliterated_chars.issuperset(name)):
                        continue  # a long name is a zone's or a site's (国际商贸城, 黄山风景区), not a clause
                    if head in self.task_force_heads and (self.plain_words(name) or any(
                            w in name for w in self.task_force_setup_words)):
                        continue  # 金水分局 + 立即成立 + 专案组: a clause, not the task force's name
                    if not in_chain and len(name) > 2 and not is_boundary(text, i):
                        continue
                    return Element(i, end, head, name=(i, name_end.get(s, s)))
                return Element(i, end, head)
        return None

    def extend(self, text: str, first: "Element") -> list["Element"]:
        """Follow sub-units that directly follow a unit (温州市公安局交管局二大队三中队)."""
        chain = [first]
        while True:
            nxt = self.sub_unit_at(text, chain[-1].end, in_chain=True)
            if nxt is None or self.sibling(text, chain[-1], nxt):
                return chain
            chain.append(nxt)

    def sibling(self, text: str, last: "Element", nxt: "Element") -> bool:
        """Whether `nxt`, right after `last`, is a unit beside it rather than under it: the same head
        again (南浦派出所五马派出所, 鹿城区分局瓯海区分局, 温州市公安局杭州市公安局: a list written without
        delimiters) unless its place is of a lower level (浙江省公安局 + 杭州市公安局 would descend).
        No gold chain of the review sets repeats a head; without this a run of repeated units was
        one chain, re-parsed at every link (3,000 characters of 温州市公安局 took a minute)."""
        if not nxt.head or nxt.head != last.head:
            return False
        a, b = self.place_level(text, last), self.place_level(text, nxt)
        return a is None or b is None or LEVEL_RANK.get(b, -1) <= LEVEL_RANK.get(a, -1)

    def place_level(self, text: str, el: "Element") -> Optional[str]:
        """The level of an element's place or level prefix where the gazetteer tells it alone."""
        if el.place is not None:
            res = resolve(text, el.place, self.gaz.grammar)
            return None if res.get("adcode_candidates") else self.g["place_levels"].get(res["admin_level"])
        return self.g["prefix_levels"].get(el.prefix) if el.prefix else None

    def places_count_before(self, text: str, pos: int, chains: dict) -> Optional[tuple[int, int]]:
        """(start of the places, start of their count) for a count of the places named right before
        pos (三地, 两省区, 四市), the places a chain of the gazetteer or a run of two to four one-character
        names opening a clause (滇黔桂, 苏锡常); else None."""
        if self.places_count is None:
            return None
        for n in (4, 3, 2):
            k = pos - n
            if k <= 0 or not self.places_count.fullmatch(text, k, pos):
                continue
            if k in chains:
                start = chains[k].start
                if text[start - 1 : start] != "、" and start not in chains:
                    return start, k  # (浙江、江苏两省, 河北山东两地: the total of a list is no body of its last place)
                return None
            j = k
            while j > 0 and k - j < 4 and text[j - 1] in self.abbreviation_letters:
                j -= 1
            if k - j >= 2 and (j == 0 or not is_han(text[j - 1])) and text[j - 1 : j] != "、":
                return j, k  # (瑞丽、陇川两地警方: a list's last member, however it is spelled, as above)
        return None

    def anchor(self, text: str, head_start: int, chains: dict) -> Optional["Element"]:
        """The place or level prefix a unit whose body starts at head_start begins with."""
        if head_start in chains:
            m = chains[head_start]
            # 民航 before a place's own airport names its sector too (民航上海机场公安局; not 民航 +
            # 浙江省公安厅)
            airport = text.endswith(tuple(self.landmark_sectors), m.start, head_start)
            return Element(m.start - len(self.sector_prefix_before(text, m.start) if airport else ""), head_start, "", place=m)
        sector = self.sector_anchor(text, head_start, chains)
        if sector is not None:
            return sector
        k = head_start  # a numeral name between the place and the head (兰州市第一看守所, 市第二看守所)
        while k > 0 and text[k - 1] in self.numerals and text[k - 1] not in "0123456789":
            k -= 1
        if k < head_start and k > 0 and text[k - 1] == "第":
            if k - 1 in chains:
                return Element(chains[k - 1].start, head_start, "", place=chains[k - 1], name=(k - 1, head_start))
            if k - 2 >= 0 and text[k - 2] in self.level_prefixes and is_boundary(text, k - 2):
                return Element(k - 2, head_start, "", prefix=text[k - 2], name=(k - 1, head_start))
        prefix = next((w for w in self.long_level_prefixes if text.endswith(w, 0, head_start)), None)
        if prefix is not None and is_boundary(text, head_start - len(prefix)):
            return Element(head_start - len(prefix), head_start, "", prefix=prefix)  # 自治区公安厅
        prev = head_start - 1
        if prev >= 0 and text[prev] in self.level_prefixes and is_boundary(text, prev):
            if text.endswith(self.generic_determiners, 0, prev):
                return None  # 各区分局, 各县公安局: each unit of that level, no unit (§1)
            if prev >= 1 and text[prev - 1] == "等" and self.place_ends_at(text, prev - 1, chains):
                return None  # 理塘、稻城等县公安局: the head of a list of places, each a place, no unit
            if self.town_name_after is not None and text[prev] in self.town_prefixes \
                    and self.town_name_after.search(text, max(0, prev - 4), prev):
                return None  # 县 + 联合镇 + 派出所: 镇 closes a town's name right after its division, no prefix
            return Element(prev, head_start, "", prefix=text[prev])  # 市公安局, 省公安厅, 县看守所
        return None

    def place_ends_at(self, text: str, end: int, chains: dict) -> bool:
        """A gazetteer chain or a county's short form (稻城, of 稻城县) ends at `end`."""
        return end in chains or any(k >= 0 and (self.gaz.county_short_at(text, k) or (0,))[0] == end
                                    for k in (end - 2, end - 3))

    def sector_prefix_before(self, text: str, start: int) -> str:
        """The sector prefix (民航) that ends at start, or ""."""
        return next((w for w in self.sector_prefixes if text.endswith(w, 0, start)), "")

    def sector_anchor(self, text: str, head_start: int, chains: dict) -> Optional["Element"]:
        """[民航] place + sector before a body (上海铁路公安局, 民航上海机场公安局, 上海铁路警方),
        or None. A short name that is no place does not do (天后告倒 + 铁路公安 of 拘留5天后告倒
        铁路公安: a clause, not a name)."""
        for sector in self.sectors:
            p = head_start - len(sector)
            if p <= 0 or not text.startswith(sector, p):
                continue
            if p not in chains:
                if sector in self.landmark_sectors:
                    # 首都机场公安局, 浦东机场公安局: an airport or port named by a name of its own
                    start = next((i for i in range(max(0, p - self.gaz.name_max), p - 1) if is_boundary(text, i)
                                  and self.gaz.suffixed_name_at(text, i, [sector]) == head_start), None)
                    if start is not None:
                        return Element(start, head_start, "", name=(start, p))
                continue
            place = chains[p]
            prefix = self.sector_prefix_before(text, place.start)
            return Element(place.start - (len(prefix) if prefix != sector else 0), head_start, "", place=place)
        return None

    # -- the grammar --------------------------------------------------------------
    def units(self, text: str) -> list["Unit"]:
        matches = self.gaz.find_chains(text)
        chains = {m.end: m for m in matches}
        if self.zone_anchor_suffixes and any(z in text for z in self.zone_anchor_suffixes):
            # 平潭综合实验区 + 公安局: a zone known by its suffix alone anchors its own police
            for z in self.gaz.find_standalone(text, [(c.start, c.end) for c in matches]):
                if text.endswith(self.zone_anchor_suffixes, z.start, z.end) and z.end not in chains:
                    chains[z.end] = z
        for w in self.sector_prefixes:  # 民航厦门空港公安局: a place glued to 民航 names its sector
            k = text.find(w)
            while k >= 0:
                chain = self.gaz.chain_at(text, k + len(w), require_boundary=False)
                if chain is not None and chain.end not in chains:
                    chains[chain.end] = chain
                k = text.find(w, k + 1)
        found: list[Unit] = []

        def add(anchor: Optional[Element], m: re.Match) -> None:
            first = Element(m.start() if anchor is None else anchor.start, m.end(), m.group())
            if anchor is not None:
                first.place, first.prefix = anchor.place, anchor.prefix
                first.name = anchor.name
            found.append(Unit(self.extend(text, first)))

        for m in self.bodies.finditer(text):
            if (any(text.startswith(w, m.end()) for w in self.not_after) and self.gaz.name_at(text, m.end()) is None
                    and self.gaz.county_short_at(text, m.end()) is None) \
                    or self.is_title(text, m.end()) \
                    or (m.end() < len(text) and text[m.end()] in self.not_after_head.get(m.group(), "")):
                continue
            anchor = self.anchor(text, m.start(), chains)
            if anchor is None and m.group() not in self.national:
                continue  # bare 公安局 is generic
            add(anchor, m)

        # 市局刑侦支队, 省厅禁毒总队: a level prefix + 局/厅 is the bureau of that level when one of
        # its sub-units follows (alone, 市局 may be any bureau); after a verb too where the segmenter
        # reads the pair as a word of its own (接受/市局/警务/督察/支队, not 城/市局)
        for m in self.abbreviated_bodies.finditer(text) if self.abbreviated_bodies else ():
            if (is_boundary(text, m.start()) or words_at(text, m.start(), m.end() + 1).get(m.start()) == m.group()
                    and m.start() in words_at(text, max(0, m.start() - 4), m.end())) \
                    and (sub := self.sub_unit_at(text, m.end(), in_chain=True)) is not None:
                heads = self.abbreviated_body_heads.get(m.group())
                if heads is not None and (not sub.head.endswith(heads) or m.group() not in text[: m.start()]
                                          or text[m.start() - 1 : m.start()] in self.abbreviated_determiners):
                    continue  # 分局治安大队 refers back to a branch named before, by one of its squads (该分局 is a pronoun's)
                add(Element(m.start(), m.start() + 1, "", prefix=text[m.start()]), m)
        for m in self.collectives.finditer(text):
            if self.bodies.match(text, m.start()):
                continue
            if m.start() in chains:
                add(self.anchor(text, m.start(), chains), m)
            elif (counted := self.places_count_before(text, m.start(), chains)) is not None:
                # 京津冀三地公安机关, 川渝两地警方: the places' police, counted, one body with them
                start, count = counted
                add(Element(start, m.start(), "", place=chains.get(count), name=(count, m.start())), m)
            else:  # 上海铁路警方: a sector's collective is named by its place too
                sector = self.sector_anchor(text, m.start(), chains)
                if sector is not None:
                    add(sector, m)

        for m in self.anchored.finditer(text):
            if self.is_title(text, m.end()):
                continue
            anchor = self.anchor(text, m.start(), chains)
            if anchor is None and m.group() in self.standalone_heads:
                for n in (6, 5, 4, 3, 2):
                    i = m.start() - n
                    if i < 0:
                        continue  # no room for a name this long before the head
                    if after_digit(text, i) or (n > 4 and text[m.start() - 1] not in self.long_name_endings):
                        continue  # (a name of 5-6 characters ends like a town's or a site's: 十八里店乡派出所)
                    county = self.gaz.county_short_at(text, i)
                    if county and county[0] == m.start() and is_boundary(text, i) \
                            and text[i : m.start()] not in self.gaz.county_short_common:
                        # a county's short form names its branch or a station on its own (尧都分局,
                        # whose 都 no other short name may hold; not 合作分局: an everyday word too)
                        anchor = Element(i, m.start(), "", name=(i, m.start()))
                        break
                    if text[i : m.start()] in self.generic:
                        break  # 城中村派出所: a generic word before the head, and no shorter name inside it (中村)
                    if n > 2 and text[i] in self.function_chars and words_at(text, max(0, i - 4), m.start()).get(i) == text[i] \
                            and not self.one_char_road(text[i : m.start()]):
                        continue  # 经/官渡/分局: a preposition the segmenter keeps apart opens no name
                    place = chains.get(i)  # a chain of places right before the name (芦淞区 + 建设路派出所)
                    # (at a clause's start 和 / 同 open a name as after a unit: 。和平分局还…; no conjunction there)
                    clause_start = i == 0 or text[i - 1] in CLAUSE_OPENERS
                    if self.name_ok(text[i : m.start()], in_chain=clause_start and self.opens_name_word(text[i : m.start()])) \
                            and (n == 2 or is_boundary(text, i) or place):
                        # a two-character name starts a word of the segmenter (子借 of 男子借派出所 does not)
                        if n == 2 and i - 1 >= 0 and i not in words_at(text, max(0, i - 4), m.start()):
                            break
                        if text.endswith(self.name_body_words, max(0, i - 4), m.start()) and not text.endswith(self.name_body_words, i, m.start()):
                            break  # 人力 + 资源分局: the name ends another body's word (人力资源), so the branch is that body's
                        if text.endswith(self.generic_determiners, 0, i):
                            break  # 各街道派出所: each station of a kind, no unit
                        if i >= 2 and text[i - 1] in self.count_measures and (text[i - 2].isdigit() or text[i - 2] in self.numerals):
                            break  # 下设5个油区派出所: stations of a kind, counted, no unit's name
                        if not place and self.count_after_kind.match(text, m.end()):
                            break  # 设立文物保护警务室2个: posts of a kind, counted after it, no unit's name
                        if not place and any(text.startswith(w, i) and m.start() - i > len(w) for w in self.generic_name_openers):
                            break  # 重点地区派出所: the stations of the key areas, a kind
                        if text[i] in self.kind_openers:
                            break  # 涉旅派出所, 涉外警务室: stations by what they deal with, a kind
                        if not place and m.group() in self.hosted_posts and text[i - 1 : i] in QUOTE_PAIRS \
                                and text[m.end() : m.end() + 1] == QUOTE_PAIRS[text[i - 1]]:
                            break  # 设立“电力警务室”: a brand of post, quoted, no unit's name
                        name = text[i : m.start()]
                        if not place and m.group() in self.hosted_posts and name in self.gaz.name_verbs:
                            break  # 推动警务室与医院联网: an everyday verb names no post
                        if not self.plain_words(name) or (place and name in self.district_station_names):
                            # a station after its places is one chain with them (ANNOTATION.md §4:
                            # 温州市鹿城区南浦派出所, 株洲市芦淞区建设路派出所)
                            anchor = Element(place.start if place else i, m.start(), "", place=place, name=(i, m.start()))
                        break
            if anchor is not None:
                add(anchor, m)

        # siblings listed after a unit belong to its parent (海城派出所、永中派出所; 治安总队、刑侦总队):
        # read like the next link of its chain
        k = 0
        while k < len(found):
            end = found[k].end
            if text.startswith("、", end) and not any(u.start == end + 1 for u in found):
                nxt = self.sub_unit_at(text, end + 1, in_chain=True)
                if nxt is not None and (nxt.name is not None or nxt.place is not None or nxt.head not in self.needs_name):
                    found.append(Unit(self.extend(text, nxt)))
            k += 1
        # a unit right after another, with nothing between, that opens with a sub-unit's head and not
        # with a bureau of its own continues that unit's chain (ANNOTATION.md §1: 十堰市公安局 +
        # 武当山旅游经济特区分局南岩派出所, where the grammar knows no place named like the zone)
        by_start = {u.start: u for u in found}
        for u in sorted(found, key=lambda u: u.start):
            nxt = by_start.get(u.end)
            if nxt is not None and nxt is not u and nxt.elements[0].head not in self.body_words \
                    and not self.sibling(text, u.elements[-1], nxt.elements[0]):
                found.append(Unit(u.elements + nxt.elements))
        found += self.repeated_short_forms(text, found)
        # a unit nested in a longer one is part of that chain
        spans = {(u.start, u.end): u for u in found}
        return [
            u for (s, e), u in sorted(spans.items(), key=lambda kv: (kv[0][0], -kv[0][1]))
            if not any(a <= s and e <= b and (a, b) != (s, e) for a, b in spans)
        ]

    def repeated_short_forms(self, text: str, found: list["Unit"]) -> list["Unit"]:
        """A named sub-unit of a chain found before, written again by its own name and head
        (深圳市公安局交通警察局南山大队 … 南山大队大队长; 园区分局): the same unit, though alone its head
        needs a place or parent (`short_form_heads`)."""
        out: list[Unit] = []
        if not self.short_form_heads:
            return out
        taken = [(u.start, u.end) for u in found]
        for short, full in self.abbreviation_of.items():
            # 江苏省公安厅 … 省厅要求各地: the department named before, by its short name alone
            first = min((u.end for u in found if text.endswith(full, u.start, u.end)), default=None)
            for k in self.later_mentions(text, short, first, taken) if first is not None else ():
                out.append(Unit([Element(k, k + len(short), short, prefix=short[0])]))
        for u in found:
            last = u.elements[-1]
            if len(u.elements) < 2 or last.head not in self.short_form_heads or (last.name is None and last.place is None):
                continue
            short = text[last.start : last.end]
            if len(short) - len(last.head) < 2 or short in self.sub_units \
                    or (self.function_sub_unit is not None and self.function_sub_unit.fullmatch(short)):
                continue  # (经侦支队, 治安管理大队: a kind of sub-unit, the same in every bureau)
            for k in self.later_mentions(text, short, u.end, taken):
                e = k + len(short)
                out.append(Unit([Element(k, e, last.head, name=(k, e - len(last.head)))]))
        return out

    def later_mentions(self, text: str, short: str, start: int, taken: list) -> list[int]:
        """Where `short` stands from `start` on, clear of the spans `taken` (which it extends), fused
        into no title and run on from no word before it (only after a non-Han character or one of
        `short_form_after`)."""
        out = []
        k = text.find(short, start)
        while k >= 0:
            e = k + len(short)
            if not any(a < e and k < b for a, b in taken) and not self.is_title(text, e) \
                    and not (k > 0 and is_han(text[k - 1]) and text[k - 1] not in self.short_form_after):
                out.append(k)
                taken.append((k, e))
            k = text.find(short, e)
        return out

    def find(self, text: str) -> list[CharSpan]:
        return [CharSpan(u.start, u.end, LABEL) for u in self.units(text)]

    # -- attributes ---------------------------------------------------------------
    def element_level(self, text: str, el: "Element", context) -> Optional[str]:
        levels = self.g["head_levels"]
        if el.head in levels:
            return levels[el.head]
        if el.place is not None:
            res = resolve(text, el.place, self.gaz.grammar, context)
            return self.g["place_levels"].get(res["admin_level"])
        if el.prefix:
            return self.g["prefix_levels"].get(el.prefix)
        return None

    def attributes(self, text: str, unit: "Unit", context) -> dict:
        els = unit.elements
        level = None
        for el in els:  # a sub-unit without a level of its own sits at its parent's level
            level = self.element_level(text, el, context) or level
        jurisdiction = None
        for el in els:  # the most specific place named in the chain
            if el.place is not None:
                jurisdiction = {"start": el.place.start, "end": el.place.end, "text": text[el.place.start : el.place.end]}
                jurisdiction.update(resolve(text, el.place, self.gaz.grammar, context))
            elif el.name is not None:
                # a station's own name (南浦) is not in the gazetteer: it lies inside the place
                # resolved above it, whose code and names it keeps; its own level is unknown
                s, e = el.name
                inherited = {k: v for k, v in (jurisdiction or {}).items() if k not in ("start", "end", "text")}
                jurisdiction = {"start": s, "end": e, "text": text[s:e], "adcode": None, **inherited, "admin_level": None}
        return {
            "unit_type": els[-1].head,
            "level": level,
            "jurisdiction": jurisdiction,
            "parents": [text[el.start : el.end] for el in els[:-1]],
        }


# levels from the top: a unit's sub-unit sits lower (grammar.json's head_levels / place_levels)
LEVEL_RANK = {"national": 0, "provincial": 1, "municipal": 2, "county": 3, "grassroots": 4}


@dataclass
class Element:
    """One link of a unit chain: [place | level prefix | name] + head."""

    start: int
    end: int
    head: str
    place: Optional[PlaceMatch] = None
    prefix: Optional[str] = None
    name: Optional[tuple[int, int]] = None


@dataclass
class Unit:
    elements: list[Element]

    @property
    def start(self) -> int:
        return self.elements[0].start

    @property
    def end(self) -> int:
        return self.elements[-1].end


class PoliceUnits(EntityRuleComponent):
    def compile(self) -> None:
        self.grammar = PoliceUnitGrammar(self.data["grammar"], Gazetteer.from_data(self.data["places"]),
                                         frozenset(self.data["not_name_words"]))

    def units(self, text: str) -> list:
        """The grammar's units of `text`, found once for find() and attributes()."""
        if getattr(self, "_last", (None,))[0] != text:
            self._last = (text, self.grammar.units(text))
        return self._last[1]

    def find(self, text: str) -> list[CharSpan]:
        return [CharSpan(u.start, u.end, LABEL) for u in self.units(text)]

    def attributes(self, text: str, spans: list[CharSpan]) -> list[dict]:
        units = {(u.start, u.end): u for u in self.units(text)}
        gaz = self.grammar.gaz
        context = document_context(text, gaz.find_chains(text), gaz.grammar)
        return [self.grammar.attributes(text, units[(s.start, s.end)], context) for s in spans]


def load_data() -> dict:
    return {"grammar": resource_files.read_json("police_units/grammar.json"), "places": Gazetteer.load_data(),
            # words that open no name (People's Daily): python -m pipeline.tools.build_not_name_words
            "not_name_words": resource_files.read_lines("organisations/not_name_words.txt")}


@Language.factory("police_units", default_config={"spans_key": "police_units"})
def make_police_units(nlp: Language, name: str, spans_key: str) -> PoliceUnits:
    return PoliceUnits(name, load_data(), spans_key)
