"""Places (ANNOTATION.md §1): admin divisions from the gazetteer with their short forms,
regional names, contiguous chains as one span (杭州市滨江区浦沿街道江南社区), and places known
by their suffix (南塘河, 永兴空港). Rules and data: resources/places/.
"""
from __future__ import annotations

import re
from typing import Optional

from spacy.language import Language

from ..segmentation.fast_cut import words_at
from ..spans import CharSpan
from ..word_patterns import alternation
from .base import EntityRuleComponent
from .gazetteer import CJK, QUOTES, Gazetteer, PlaceMatch, document_context, names_local_product, opens_word_after, resolve

LABEL = "PLACE"


def opens_quoted_title(text: str, start: int, end: int, quotes: dict, min_extra: int, stops: str,
                       clause_words: tuple = (), modifier_words: tuple = (), products: tuple = (),
                       product_rest_max: int = 0) -> bool:
    """text[start:end] opens a quotation (`quotes`: opening → closing mark) that runs on for at
    least `min_extra` more characters without any of `stops`: a quoted title (“中国最具幸福感城市”),
    a brand or an account (“上海发布”). One that holds any of `clause_words` is a quoted report, a
    rumour's or a post's (“包头暴雪致高速封闭”, “麦积区发生6.2级地震”), whose place is a place; so is one
    whose rest is one of `modifier_words` (“毕节经验”: a plain modifier, as 温州 in 温州样板), and one whose
    short rest (up to `product_rest_max` characters) ends in one of `products`, a local product named by
    its origin (“盘锦大米”, “增城挂绿荔枝”)."""
    if start == 0 or text[start - 1] not in quotes:
        return False
    close = text.find(quotes[text[start - 1]], end)
    inner = close - end if close != -1 else 0
    rest = text[end:close]
    return inner >= min_extra and not any(c in rest for c in stops) \
        and not any(w in rest for w in clause_words) and rest not in modifier_words \
        and not names_local_product(rest, products, product_rest_max)


def quoted_method(text: str, start: int, end: int, quotes: dict, brands: tuple) -> bool:
    """text[start:end] opens a quotation that is one of the `brands`, methods named after a place
    (“枫桥经验”, “浦江经验”): a brand (ANNOTATION.md §1: 枫桥式公安派出所), no place; “毕节经验” keeps
    its place, a plain modifier (温州样板)."""
    if start == 0 or text[start - 1] not in quotes:
        return False
    close = quotes[text[start - 1]]
    return any(b.startswith(text[start:end]) and text.startswith(b + close, start) for b in brands)


def currency_name(text: str, start: int, end: int) -> bool:
    """A place between an amount and 元 or 币 names a currency (800万澳门元, 300万新台币): no place."""
    return start > 0 and text[start - 1] in "0123456789０１２３４５６７８９万亿千百十余多" and text.startswith(("元", "币"), end)


def people_test(grammar: dict):
    """A test for 蒙古 of 蒙古族, 哈萨克 of 哈萨克语, 藏 of 藏汉双语, 西班牙 of 西班牙语: a people or its
    language, not a place (places' ethnic_names, peoples_extra, people_after, language_after; shared
    with ner_rulings)."""
    peoples = (frozenset(grammar.get("ethnic_names", ())) | frozenset(grammar.get("peoples_extra", ()))) - {"各"}
    after = tuple(grammar.get("people_after", ()))
    after_one = tuple(grammar.get("people_after_one_char", ()))
    language_after = tuple(grammar.get("language_after", ()))
    language_not_after = tuple(grammar.get("language_not_after", ()))

    def names_a_people(text: str, start: int, end: int) -> bool:
        name = text[start:end]
        if len(name) >= 2 and text.startswith(language_after, end) and not text.startswith(language_not_after, end):
            return True  # 西班牙语, 阿拉伯语: any name of two or more characters before 语 names a language
        return name in peoples and (text.startswith(after, end) or (len(name) == 1 and text.startswith(after_one, end)))

    return names_a_people


def regional_match(start: int, end: int) -> PlaceMatch:
    """A place known by its form, not by the gazetteer (冀鲁豫, 中缅, 沪昆高速, 105国道)."""
    return PlaceMatch(start, end, [(start, end, (), "regional")])


def listed_members(m: re.Match) -> list[tuple[int, int]]:
    """The offsets of the members of a 、-list matched as group 1 of `m`."""
    members, k = [], m.start(1)
    for item in m.group(1).split("、"):
        members.append((k, k + len(item)))
        k += len(item) + 1
    return members


class Places(EntityRuleComponent):
    def compile(self) -> None:
        self.gazetteer = Gazetteer.from_data(self.data)
        g = self.gazetteer.grammar
        self.names_a_people = people_test(g)
        # the word lists of inside_brand, read once (it runs for every place candidate)
        self.slogan_prefixes = tuple(g.get("slogan_prefixes", ()))
        self.brand_suffixes = tuple(g.get("brand_suffixes", ()))
        self.species_after = tuple(g.get("species_after", ()))
        self.brand_methods = tuple(g.get("brand_methods", ()))
        self.quoted_title_min_extra = g.get("quoted_place_title_min_extra", g.get("quoted_title_min_extra", 4))
        self.quoted_modifier_words = tuple(g.get("quoted_modifier_words", ()))
        self.quoted_clause_words = tuple(g.get("quoted_clause_words", ()))
        prov, near = re.escape(g.get("province_abbreviations", "")), re.escape(g.get("neighbour_abbreviations", ""))
        followers = alternation(g.get("abbreviation_followers", []))
        borders = "|".join(map(re.escape, g.get("border_words", [])))
        # (a run of abbreviations, or a list of single ones joined by 、, then a region word)
        # (and Hong Kong's or Macau's neighbour city with it: 深港两地, 珠澳警方)
        hk = re.escape(g.get("hong_kong_macau_neighbours", ""))
        pair = rf"|[{hk}][港澳]|[港澳][{hk}]" if hk else ""
        self.abbreviation_runs = re.compile(
            rf"(?<![{prov}])((?:[{prov}]{{2,4}})|[{prov}](?:、[{prov}])+{pair})(?=(?:[0-9０-９]+省)|{followers})"
        ) if prov and followers else None
        # (and China with one to three neighbours before a word of cooperation: 中柬联合, 中越两国, 中缅泰老四国)
        together = alternation(g.get("neighbours_together", []))
        self.border_pairs = re.compile(
            rf"中[{near}{prov}](?={borders})" + (rf"|中[{near}]{{1,3}}(?={together})" if together else "")
        ) if near and borders else None
        letters = re.escape("".join(sorted(set(g.get("province_abbreviations", "") + g.get("expressway_city_abbreviations", "")))))
        words = "|".join(map(re.escape, g.get("expressway_words", [])))
        not_before = "|".join(map(re.escape, g.get("expressway_not_before", [])))
        self.expressway_re = re.compile(
            rf"(?:(?<![A-Za-z0-9])[GS][0-9]{{1,4}})?(?<![{letters}])([{letters}]{{2,4}})(?:{words})" + (rf"(?!{not_before})" if not_before else "")
        ) if letters and words else None
        self.expressway_section = re.compile(rf"([{letters}]{{2,4}})段") if letters else None
        self.road_facility_suffixes = sorted(g.get("road_facility_suffixes", ()), key=len, reverse=True)
        single = g.get("single_abbreviations", {})
        self.single_abbreviation = re.compile(
            rf"(?<=[{re.escape(single['after'])}])([{re.escape(single['chars'])}])") if single.get("chars") else None
        self.single_abbreviation_not_before = single.get("not_before", {})
        railways = alternation(g.get("railway_words", []))
        # (China's 中 and its neighbours name the international lines: 中老铁路, 中吉乌铁路)
        rail = re.escape("".join(sorted(set(g.get("province_abbreviations", "") + g.get("expressway_city_abbreviations", "")
                                             + g.get("railway_city_abbreviations", "") + "中" + g.get("neighbour_abbreviations", "")))))
        self.railway_re = re.compile(rf"(?<![{rail}])([{rail}]{{2,3}})(?:{railways})") if rail and railways else None
        line_words = alternation(g.get("railway_line_words", []))
        # 沪宁、沪杭城际线路, 京沪、京广等高铁线路: listed lines sharing the line word after the last
        self.railway_list_re = re.compile(rf"(?<![{rail}])((?:[{rail}]{{2,3}}、)*[{rail}]{{2,3}})等?(?:{line_words})") \
            if rail and line_words else None
        self.national_roads = [re.compile(p) for p in g.get("national_road_patterns", ())]
        self.road_frame_before = g.get("road_frame_before", "")
        self.road_list_joiners = g.get("road_list_joiners", "")
        self.not_place_prefixes = tuple(self.gazetteer.not_places)
        line = g.get("transit_line_pattern")
        self.transit_words = tuple(g.get("transit_words", ()))
        self.transit_line = re.compile(rf"(?:{alternation(list(self.transit_words))})?{line}") if line else None
        self.bare_line = re.compile(line) if line else None
        self.transit_context = tuple(g.get("transit_context", ()))
        self.station_name_max = g.get("station_name_max", 5)
        self.transit_station_not_before = g.get("transit_station_not_before", "")
        self.station_name_stop_first = g.get("station_name_stop_first", "")
        self.station_name_not_end = tuple(g.get("station_name_not_end", ()))
        self.station_frame_before = g.get("station_frame_before", "")
        self.station_name_not_inside = frozenset(g.get("station_name_not_inside", ""))
        self.station_list_after = tuple(g.get("station_list_after", ()))
        self.metro_station_word = g.get("metro_station_word", "")
        followers = alternation(g.get("short_form_list_followers", []))
        self.short_form_list = re.compile(
            rf"((?:[\u4e00-\u9fff]{{2,3}}、)+[\u4e00-\u9fff]{{2,3}})(?={followers})") if followers else None
        towns = alternation(g.get("town_list_followers", []))
        self.town_list = re.compile(
            rf"((?:[\u4e00-\u9fff]{{2,3}}、)+[\u4e00-\u9fff]{{2,3}})(?={towns})") if towns else None
        station = g.get("station_towns", {})
        self.station_word = station.get("station", "")
        self.station_town_suffixes = tuple(sorted(station.get("suffixes", ()), key=len, reverse=True))
        self.station_name_after = station.get("name_after", "")
        self.station_name_not = station.get("name_not", "")
        self.station_town_not_before = tuple(station.get("not_before", ()))

    def matches(self, text: str) -> list[PlaceMatch]:
        """Place matches of `text`, found once for find() and attributes()."""
        if getattr(self, "_last", (None,))[0] != text:
            self._last = (text, self._matches(text))
        return self._last[1]

    def _matches(self, text: str) -> list[PlaceMatch]:
        chains = self.gazetteer.find_chains(text)
        taken = [(m.start, m.end) for m in chains]
        found = chains + self.gazetteer.find_standalone(text, taken)
        found += [m for m in self.abbreviations(text) if all(m.end <= a or m.start >= b for a, b in taken)]
        found = self.with_located_roads(text, found)
        if "、" in text:
            found = self.with_listed_short_forms(text, found)
            found = self.with_listed_towns(text, found)
        if self.station_word and self.station_word in text:
            found = self.with_station_towns(text, found)
        # (a place inside a road's section is part of it: 京港澳高速湖南段)
        roads = [m for m in self.roads(text) if all(m.end <= a or m.start >= b or m.start <= a and b <= m.end
                                                    for a, b in taken)]
        if roads:
            # a road's section names the place it runs through inside it (沪昆高速凯里段): one span
            found = [m for m in found if not any(r.start <= m.start and m.end <= r.end for r in roads)]
            by_offsets: dict = {}  # (`m in chains` compared each match with every chain)
            for c in chains:
                by_offsets.setdefault((c.start, c.end), []).append(c)
            ends = {m.end: m for m in found if m in by_offsets.get((m.start, m.end), ())}
            for r in roads:
                chain = ends.get(r.start)
                if chain is not None:  # 六安市金安区 + 国道312线: a road of the chain's division continues it
                    # (a new match: the gazetteer caches its chains)
                    found[found.index(chain)] = PlaceMatch(chain.start, r.end, chain.parts + [(r.start, r.end, (), "suffix")])
                else:
                    found.append(r)
        transit = self.transit(text)
        if transit:
            found = self.with_transit(text, found, transit)
        if self.metro_station_word and self.metro_station_word in text:  # 北京西站 + 地铁站: the metro station there
            w = self.metro_station_word
            found = [PlaceMatch(m.start, m.end + len(w), m.parts + [(m.end, m.end + len(w), (), "suffix")])
                     if text.endswith("站", m.start, m.end) and text.startswith(w, m.end) else m for m in found]
        # (三游洞等 + 溶洞景区: the kind of the places listed, no name)
        return sorted((m for m in found if not self.inside_brand(text, m) and not currency_name(text, m.start, m.end)
                       and not self.gazetteer.after_list_closer(text, m.start)
                       and not self.names_a_people(text, m.start, m.end)), key=lambda m: m.start)

    def with_located_roads(self, text: str, found: list[PlaceMatch]) -> list[PlaceMatch]:
        """`found` and the roads named alone in a locative frame (在双拥路巡逻; 天河路与体育西路: after
        a listed place); a road replaces a place that took its name alone (在北京 + 路)."""
        gaz = self.gazetteer
        if not any(suf in text for suf in gaz.road_suffixes):
            return found
        ends = {m.end for m in found}
        out = list(found)
        for suffix in gaz.road_suffixes:
            k = text.find(suffix)
            while k >= 0:
                road = self.located_road(text, k, suffix, ends)
                if road is not None:
                    s, e = road
                    # (a place that took the road's name alone gives way to it; any other overlap keeps the road out)
                    rest = [m for m in out if not (s <= m.start and m.end == k)]
                    if not any(m.start < e and s < m.end for m in rest):
                        out = rest + [PlaceMatch(s, e, [(s, e, (), "suffix")])]
                        ends.add(e)
                k = text.find(suffix, k + 1)
        return out

    def with_listed_short_forms(self, text: str, found: list[PlaceMatch]) -> list[PlaceMatch]:
        """`found` and the counties named by their short form in a list of places (溧阳、长兴、广德一带,
        青浦、吴江、嘉善三地, 河北省三河、大厂、香河三县): every member a place's name or a county's short
        form, the list closed by a word for the places together (一带, 三地, 三县: `short_form_list_followers`);
        alone such a short form is a place only before a body (长兴公安), as a name it may be a person's."""
        out = list(found)
        taken = [(m.start, m.end) for m in found]
        for m in self.short_form_list.finditer(text) if self.short_form_list is not None else ():
            members = listed_members(m)
            # the list may run on from the word before it (充实到 + 海曙、鄞州、北仑等区): its first member is
            # the longest place that ends where the first item does
            a, b = members[0]
            a = next((x for x in range(a, b - 1) if self.names_place(text, x, b, taken)), None)
            if a is None or not all(self.names_place(text, x, y, taken) for x, y in members[1:]):
                continue
            members[0] = (a, b)
            for a, b in members:
                if all(b <= x or a >= y for x, y in taken):
                    out.append(regional_match(a, b))
                    taken.append((a, b))
        return out

    def with_listed_towns(self, text: str, found: list[PlaceMatch]) -> list[PlaceMatch]:
        """`found` and the towns of a list closed by a word for the towns together (潮南区陈店、两英等镇,
        乌石、良田两镇: `town_list_followers`): the gazetteer knows no towns by their short names, but the
        list says what its members are. Every member a proper name of 2-3 characters (no stop character
        or word, no verb); the first one may follow its county (潮南区 + 陈店) or open a clause."""
        out = list(found)
        if self.town_list is None:
            return out
        gaz = self.gazetteer
        taken = [(m.start, m.end) for m in found]
        ends = {b for _, b in taken}
        for m in self.town_list.finditer(text):
            members = listed_members(m)
            a, b = members[0]
            # (the first item's start: right after a place found, else where the segmenter starts a word)
            starts = words_at(text, max(0, a - 4), b)
            a = next((x for x in range(a, b - 1) if x in ends or (x in starts and gaz.proper_name_ok(text[x:b]))), None)
            if a is None:
                continue
            members[0] = (a, b)
            names = [text[x:y] for x, y in members]
            if not all(gaz.proper_name_ok(n) and n not in gaz.name_verbs and not gaz.verb_inside(n) for n in names):
                continue
            for x, y in members:
                if all(y <= p or x >= q for p, q in taken):
                    out.append(regional_match(x, y))
                    taken.append((x, y))
        return out

    def station_names(self, text: str) -> set[str]:
        """The names of the police stations in `text` that also name a town there (者海 of
        会泽县公安局者海派出所 when 者海镇 comes up too): the name runs from what closes the unit or place
        before it (局, 区, 县 …: `name_after`) or a clause mark to the station word."""
        gaz = self.gazetteer
        names = set()
        k = text.find(self.station_word)
        while k >= 0:
            for n in range(gaz.name_max, gaz.name_min - 1, -1):
                name = text[k - n : k]
                if k - n < 0 or not all(CJK.match(c) and c not in self.station_name_not for c in name):
                    continue
                if k - n == 0 or text[k - n - 1] in self.station_name_after or not CJK.match(text[k - n - 1]):
                    if any(name + suf in text for suf in self.station_town_suffixes):
                        names.add(name)
                    break
            k = text.find(self.station_word, k + 1)
        return names

    def with_station_towns(self, text: str, found: list[PlaceMatch]) -> list[PlaceMatch]:
        """`found` and the towns named after a police station of the same text (者海派出所 … 称者海镇有人,
        松门派出所 … 走进松门镇): a station is named after its town, so the station says the name is a
        town's; alone a two-character name + 镇 needs a locative or a clause mark after it
        (`single_char_suffix_followers`). After a place found, the town continues its chain
        (正蓝旗 + 上都镇); a name known only by its suffix that took a word before it gives way to it
        (联合星沙街道 → 星沙街道); not before the station word (the unit's own name), nor inside another match."""
        names = self.station_names(text)
        if not names:
            return found
        out = list(found)
        for name in sorted(names, key=len, reverse=True):
            for suf in self.station_town_suffixes:
                word = name + suf
                p = text.find(word)
                while p >= 0:
                    e = p + len(word)
                    if not text.startswith(self.station_town_not_before, e):
                        # a name known only by its suffix that took a word before the town's (联合 + 星沙街道)
                        out = [m for m in out if not (m.start < p and m.end == e and len(m.parts) == 1 and m.parts[0][3] == "suffix")]
                        before = next((m for m in out if m.end == p), None)
                        if all(e <= m.start or p >= m.end for m in out):
                            if before is not None:
                                out[out.index(before)] = PlaceMatch(before.start, e, before.parts + [(p, e, (), "suffix")])
                            else:
                                out.append(PlaceMatch(p, e, [(p, e, (), "suffix")]))
                    p = text.find(word, p + 1)
        return out

    def names_place(self, text: str, a: int, b: int, taken: list) -> bool:
        """text[a:b] is a place found already, a division's name or a county's short form."""
        gaz = self.gazetteer
        if any(x <= a and b <= y for x, y in taken):
            return True
        county = gaz.county_short_at(text, a)
        if county is not None and county[0] == b:
            return True
        name = gaz.name_at(text, a)
        return name is not None and name[0] == b

    def located_road(self, text: str, k: int, suffix: str, ends: set) -> Optional[tuple[int, int]]:
        """(start, end) of a road whose suffix starts at k, named by 2-4 characters right after a
        locative preposition, or after a list joiner right after a place (`ends`), or None."""
        gaz = self.gazetteer
        end = k + len(suffix)
        if any(len(w) > len(suffix) and text.endswith(w, 0, end) for w in gaz.road_suffixes):
            return None  # (the 街 of 大街 is read with it)
        if opens_word_after(text, end, suffix, gaz.road_not_before):
            return None  # 路上, 路口, 街头
        for n in range(gaz.name_min, gaz.name_max + 1):
            s = k - n
            if s < 1:
                break
            if not (text[s - 1] in self.road_frame_before or (text[s - 1] in self.road_list_joiners and s - 1 in ends)):
                continue
            name = text[s:k]
            if not gaz.proper_name_ok(name) or name in gaz.name_verbs or gaz.verb_inside(name) \
                    or name[-1] + suffix in gaz.suffix_words or any(w in name for w in gaz.road_suffixes) \
                    or name.startswith(self.not_place_prefixes):
                continue  # (辖区 + 酒吧街: a generic word opens no road's name)
            return s, end
        return None

    def abbreviations(self, text: str) -> list[PlaceMatch]:
        """Province abbreviations together (冀鲁豫三省, 浙、皖两省) and border pairs (中缅边境)."""
        out = []
        if self.abbreviation_runs is not None:
            for m in self.abbreviation_runs.finditer(text):
                s, e = m.span(1)
                pieces = [(s, e)] if "、" not in m.group(1) else [(k, k + 1) for k in range(s, e, 2)]
                out += [regional_match(a, b) for a, b in pieces]
        if self.border_pairs is not None:
            out += [regional_match(*m.span()) for m in self.border_pairs.finditer(text)]
        if self.single_abbreviation is not None:
            for m in self.single_abbreviation.finditer(text):
                k = m.start(1)  # 来沪人员, 押解回蓉, 在京藏匿: a city's or province's one-character name after a word of
                # coming, going or being there (回京, 赴渝), not where it opens a longer word (在京东, 来津贴)
                if text[k + 1 : k + 2] not in self.single_abbreviation_not_before.get(text[k], ""):
                    out.append(regional_match(k, k + 1))
        return out

    def roads(self, text: str) -> list[PlaceMatch]:
        """Expressways named by abbreviations (沪昆高速, 京港澳高速公路长沙段) and numbered national
        roads (105国道): places (ANNOTATION.md §4 landmarks)."""
        out = []
        if "铁" in text or "客专" in text:
            for m in self.railway_re.finditer(text) if self.railway_re is not None else ():
                if self.names_a_line(m.group(1)):
                    out.append(regional_match(m.start(), self.section_end(text, m.end(), abbreviations=True)))
        if "线" in text and self.railway_list_re is not None:
            taken = {m.start for m in out}
            for m in self.railway_list_re.finditer(text):
                k = m.start(1)
                for run in m.group(1).split("、"):
                    if k not in taken and self.names_a_line(run):
                        out.append(regional_match(k, k + len(run)))
                    k += len(run) + 1
        if "高速" not in text and "道" not in text:
            return out  # (most texts name no road: skip the scans)
        for m in self.expressway_re.finditer(text) if self.expressway_re is not None and "高速" in text else ():
            if m.group(1) in self.gazetteer.name_verbs:
                continue  # 开通高速公路: a verb, no road's name
            out.append(regional_match(m.start(), self.section_end(text, m.end(), abbreviations=True)))
        for pattern in self.national_roads:
            out += [regional_match(m.start(), self.section_end(text, m.end())) for m in pattern.finditer(text)]
        return out

    def names_a_line(self, run: str) -> bool:
        """A run of abbreviations before a railway or line word names a line, not a verb (开通) nor a
        place of its own (武汉铁路局, 广州铁路: the city's railway)."""
        gaz = self.gazetteer
        return run not in gaz.name_verbs and run not in gaz.full and run not in gaz.short

    def station_end(self, text: str, i: int) -> Optional[int]:
        """The end of a station's name starting at i (小寨 + 站, 体育西路 + 站), or None."""
        if i >= len(text) or text[i] in self.station_name_stop_first or not CJK.match(text[i]):
            return None
        for n in range(2, self.station_name_max + 1):
            k = i + n
            if k >= len(text) or not CJK.match(text[k - 1]):
                return None
            if text[k] == "站":
                name = text[i:k]
                if name.endswith(self.station_name_not_end) or "站" in name or self.gazetteer.verb_inside(name) \
                        or text[k + 1 : k + 2] and text[k + 1] in self.transit_station_not_before:
                    return None
                return k + 1
        return None

    def transit(self, text: str) -> list[PlaceMatch]:
        """Metro lines with their stations (地铁2号线小寨站, 地铁1号线、2号线) and stations named alone
        in a text about a transit system (在博物馆站, 犀浦站等换乘枢纽)."""
        if self.transit_line is None or not any(w in text for w in self.transit_context):
            return []
        out, lines = [], []
        for m in self.transit_line.finditer(text):
            s, e = m.span()
            if not text.startswith(self.transit_words, s) and self.station_end(text, e) is None:
                continue  # a bare 2号线 is a line only before its station (or listed after a line, below)
            lines.append((s, e))
        for s, e in lines:
            end = e
            while True:  # 地铁1号线、2号线: lines listed after a line
                station = self.station_end(text, end)
                if station is not None:
                    end = station
                out.append(regional_match(s, end))
                nxt = self.bare_line.match(text, end + 1) if end < len(text) and text[end] in "、和与及" else None
                if nxt is None or any(a == nxt.start() for a, _ in lines):
                    break
                s, end = nxt.start(), nxt.end()
        taken = [(m.start, m.end) for m in out]
        k = text.find("站")
        while k >= 0:  # stations named alone: framed as a place or listed, the name a word start
            starts = None
            for i in range(max(0, k - self.station_name_max), k - 1):
                if self.station_end(text, i) != k + 1 or any(a < k + 1 and i < b for a, b in taken) \
                        or any(c in self.station_name_not_inside for c in text[i + 1 : k]):
                    continue  # (分局在 + 天津站: the station starts after the preposition)
                framed = i > 0 and text[i - 1] in self.station_frame_before
                listed = text.startswith(self.station_list_after, k + 1) or (
                    i > 0 and text[i - 1] == "、" and any(b == i - 1 for _, b in taken))
                if not (framed or listed):
                    continue
                if i > 0 and CJK.match(text[i - 1]) and not framed:
                    starts = words_at(text, max(0, k - 8), k + 2) if starts is None else starts
                    if i not in starts:
                        continue  # 加强 + 火车南站 is read from 火车, not from 强
                out.append(regional_match(i, k + 1))
                taken.append((i, k + 1))
                break
            k = text.find("站", k + 1)
        return out

    def with_transit(self, text: str, found: list[PlaceMatch], transit: list[PlaceMatch]) -> list[PlaceMatch]:
        """`found` with the transit places: a place right before a line is its city, one chain with it
        (郑州 + 地铁5号线); places inside a line or station give way to it (八一广场 of …八一广场站)."""
        out = []
        ends = {m.end: m for m in found}
        merged = set()
        for t in transit:
            city = ends.get(t.start)
            if city is not None and text.startswith(self.transit_words, t.start):
                out.append(PlaceMatch(city.start, t.end, city.parts + [(t.start, t.end, (), "suffix")]))
                merged.add(id(city))
            else:
                out.append(t)
        spans = [(m.start, m.end) for m in out]
        rest = [m for m in found if id(m) not in merged and all(m.end <= a or m.start >= b for a, b in spans)]
        return rest + out

    def section_end(self, text: str, end: int, abbreviations: bool = False) -> int:
        """The end of a road's section named by a place right after it (沪昆高速凯里段, 京港澳高速长沙段,
        105国道樟树段), or `end` where none follows."""
        found = self.gazetteer.section_end(text, end)
        if found is None and abbreviations:  # 沪昆高速杭金衢段: a section named by abbreviations, as the road is
            run = self.expressway_section.match(text, end)
            found = run.end() if run else None
        if found is None:  # 沪渝高速 + 黄梅收费站: the road's toll station, service area or tunnel named by a place
            found = self.gazetteer.suffixed_name_at(text, end, self.road_facility_suffixes, in_chain=True)
        if found is None:  # 104国道 + 塘下段, G6京藏高速 + 日月山段: a section named as its facilities are
            found = self.gazetteer.suffixed_name_at(text, end, self.gazetteer.section_suffixes, in_chain=True, min_name=2)
        if found is not None and text.endswith("段", end, found):
            # G56杭瑞高速宣威段 + 普立特大桥: a facility of the section, one chain with it, as of the road
            facility = self.gazetteer.suffixed_name_at(text, found, self.road_facility_suffixes, in_chain=True)
            found = facility if facility is not None else found
        return found if found is not None else end

    def inside_brand(self, text: str, m: PlaceMatch) -> bool:
        """Brands, slogans and quoted list titles hide the places inside them (ANNOTATION §4):
        平安中国, 美丽浙江, 瓯越义警, “中国最具幸福感城市”; a place as a plain modifier stays (“温州样板”)."""
        if text.endswith(self.slogan_prefixes, 0, m.start):
            return True
        if text.startswith(self.brand_suffixes, m.end):
            return True  # 瓯越义警: the team's brand
        if text.startswith(self.species_after, m.end):
            return True  # 中华鲟, 长江江豚: a species' name
        if quoted_method(text, m.start, m.end, QUOTES, self.brand_methods):
            return True  # “枫桥经验”
        if self.gazetteer.inside_quoted_platform(text, m.start, m.end) or self.gazetteer.inside_event_title(text, m.start, m.end):
            return True  # “慈善中国”平台, 中国国际进口博览会
        return opens_quoted_title(text, m.start, m.end, QUOTES, self.quoted_title_min_extra, "，。；",
                                  self.quoted_clause_words, self.quoted_modifier_words,
                                  self.gazetteer.local_products, self.gazetteer.local_product_rest_max)

    def find(self, text: str) -> list[CharSpan]:
        return [CharSpan(m.start, m.end, LABEL) for m in self.matches(text)]

    def attributes(self, text: str, spans: list[CharSpan]) -> list[dict]:
        matches = {(m.start, m.end): m for m in self.matches(text)}
        grammar = self.gazetteer.grammar
        context = document_context(text, list(matches.values()), grammar)
        return [resolve(text, matches[(s.start, s.end)], grammar, context) for s in spans]


@Language.factory("places", default_config={"spans_key": "places"})
def make_places(nlp: Language, name: str, spans_key: str) -> Places:
    return Places(name, Gazetteer.load_data(), spans_key)
