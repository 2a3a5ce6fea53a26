"""Place names: the admin-division gazetteer and the place-chain grammar (pure functions).

Used by the places component and, for the place at the head of a name, by the police-unit
and organisation grammars. Data: resources/places/ (see its README for sources).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Iterable, Optional, Sequence

import srsly
from ahocorasick_rs import AhoCorasick

from .. import resource_files
from ..segmentation.fast_cut import on_word_boundaries, words_at
from ..spans import cache_room

CJK = re.compile(r"[\u4e00-\u9fff]")
# Characters after which a name may start even though the text has no spaces: punctuation,
# and function words that cannot be the last character of a place name.
BOUNDARY_CHARS = set("的在于到从向至往和与及、，。；：！？“”‘’（）《》【】「」『』,.;:!?()[]\"' \t\n　是为由把被让对跟同将赴及等各")
QUOTES = {"“": "”", "「": "」", "『": "』", "《": "》"}  # opening mark -> closing mark
# Two-character words that introduce a partner body (苍南县公安局联合县市场监管局) or close a time
# frame (今年以来 / 近年来 + 城关镇派出所): their last character is not a boundary character by itself
# (合, 同, 来), but no place name ends in these words; nor in an anaphoric division (该县 + 三十里铺镇,
# 本市 + 八里店镇: the county or city already named, then a town of it); nor in a year said
# relative to now (今年 + 镇派出所, 去年 + 县交警大队: no 今年镇, though 万年县 ends in 年).
BOUNDARY_WORDS = ("联合", "会同", "协同", "配合", "协助", "支援", "联手", "携手", "根据", "经过", "通过", "以来", "年来",
                  "今年", "去年", "前年", "明年", "当年", "每年",
                  "该县", "该市", "该区", "该省", "该州", "该镇", "该乡", "本县", "本市", "本区", "本省",
                  # verbs of directing and handing over whose object is a body (组织区公安分局, 责令县…)
                  "组织", "协调", "指导", "督促", "要求", "召集", "带领", "邀请", "通知", "责令", "牵头", "移交", "移送", "交由")


# a road named after a place, in numbered sections along a direction (中山东一路, 人民北二路, 解放西一路)
NUMBERED_SECTION_ROAD = re.compile("[东西南北中][一二三四五六七八九十]{1,2}(?:路|街|大道)")


def names_local_product(rest: str, products: tuple, rest_max: int) -> bool:
    """The rest of a quotation after a place names a local product by its origin (铁观音 of
    “安溪铁观音”, 大米 of “盘锦大米”): up to `rest_max` characters ending in one of `products`."""
    return len(rest) <= rest_max and rest.endswith(products)


def is_boundary(text: str, i: int) -> bool:
    """True when a name may start at i: text start, a non-CJK char or a boundary char before it."""
    if i <= 0:
        return True
    prev = text[i - 1]
    return prev in BOUNDARY_CHARS or not CJK.match(prev) or text.endswith(BOUNDARY_WORDS, 0, i)


# a direction and a road suffix after a natural feature's name make it a road's (湘江中路, 黄河路)
FEATURE_ROAD = re.compile(r"[东西南北中]?(?:路|大道|大街|街)")

_SHARED: dict = {}  # data (canonical JSON) -> Gazetteer
CITIES_SECTION = "# --- major foreign cities"
COUNTRIES_SECTION = "# --- countries"


def world_sections() -> dict[str, list[str]]:
    """world_places.txt's names by section header (`# --- …`), read once."""
    out: dict[str, list[str]] = {}
    names: list[str] = []
    for line in resource_files.read_text("places/world_places.txt").splitlines():
        line = line.strip()
        if line.startswith("# ---"):
            names = out.setdefault(line, [])
        elif line and not line.startswith("#"):
            names.append(line)
    return out


NUMERAL_CHARS = frozenset("一二两三四五六七八九十")  # a numeral + a classifier inside a name: a quantity


@dataclass(frozen=True)
class Division:
    adcode: str
    name: str
    level: str  # province | prefecture | county
    province: str = ""
    prefecture: str = ""
    status: str = "current"  # or "former": renamed or merged since (许昌县)


def opens_word_after(text: str, end: int, suffix: str, not_before: dict) -> bool:
    """The suffix ending at `end` opens another word with the character after it (路边, 街头 of a
    road; 杭州站岗, 北京站长 of a station): `not_before` maps a suffix to those characters."""
    nxt = text[end : end + 1]
    return bool(nxt) and nxt in not_before.get(suffix, "")


@dataclass
class PlaceMatch:
    start: int
    end: int
    # the pieces of a chain: (start, end, divisions matching that piece, kind), kind being
    # full / short (gazetteer names), regional, or suffix (known by its suffix only)
    parts: list[tuple[int, int, tuple[Division, ...], str]] = field(default_factory=list)


def strip_ethnic(stem: str, ethnic_names: Iterable[str]) -> str:
    """The place name inside an autonomous division's stem: 延边朝鲜族 -> 延边, 黔东南苗族侗族 ->
    黔东南, 伊犁哈萨克 -> 伊犁, 龙胜各族 -> 龙胜. A nationality is stripped with its 族, or bare
    when its name has two characters or more (哈萨克, 蒙古); never down to under two characters
    (内蒙古 stays, 东乡族 -> 东乡)."""
    names = sorted(ethnic_names, key=len, reverse=True)
    changed = True
    while changed:
        changed = False
        for name in names:
            for piece in (name + "族", name if len(name) >= 2 else None):
                if piece and stem.endswith(piece) and len(stem) - len(piece) >= 2:
                    stem = stem[: -len(piece)]
                    changed = True
                    break
            if changed:
                break
    if stem.endswith("族") and len(stem) > 2:
        stem = stem[:-1]
    return stem


def short_form(name: str, suffixes: Iterable[str], ethnic_names: Iterable[str] = (),
               suffix_only_for: Optional[dict] = None) -> Optional[str]:
    """温州市 -> 温州, 广西壮族自治区 -> 广西, 延边朝鲜族自治州 -> 延边; None when too short.
    A suffix in `suffix_only_for` ends only the names listed there (神农架林区 -> 神农架, but
    万柏林区 -> 万柏林: its 林 is the name's)."""
    for suf in suffixes:
        if suffix_only_for and suf in suffix_only_for and name not in suffix_only_for[suf]:
            continue
        if name.endswith(suf) and len(name) > len(suf):
            stem = name[: -len(suf)]
            stem = strip_ethnic(stem, ethnic_names) if "自治" in suf else stem
            return stem if len(stem) >= 2 else None
    return None


def autonomous_aliases(name: str, short: Optional[str]) -> list[str]:
    """The everyday full names of an autonomous prefecture, county or banner: its place name plus
    the plain suffix or the suffix without the nationalities (凉山彝族自治州 -> 凉山州, 凉山自治州;
    北川羌族自治县 -> 北川县, 北川自治县; 鄂温克族自治旗 -> 鄂温克旗, 鄂温克自治旗)."""
    for suf, plain in (("自治州", "州"), ("自治县", "县"), ("自治旗", "旗")):
        if name.endswith(suf) and short:
            return [short + plain, short + suf]
    return []


class Gazetteer:
    def __init__(self, divisions: list[list[str]], regional: list[str], grammar: dict, world: tuple = (),
                 county_short_words: Iterable[str] = (), world_cities: Iterable[str] = (),
                 world_countries: Iterable[str] = (), name_verbs: Iterable[str] = (),
                 features: Iterable[str] = ()):
        self.grammar = grammar
        self.features = frozenset(features)  # rivers, lakes, mountains (长江, 青海湖): whole names, as regional ones
        regional = [*regional, *features]
        self.world_cities = set(world_cities)
        self.world_countries = set(world_countries)
        self.name_verbs = frozenset(name_verbs)
        not_places = set(grammar.get("not_places", []))
        stop_short = set(grammar.get("short_form_stoplist", []))
        self.full: dict[str, list[Division]] = {}
        self.short: dict[str, list[Division]] = {}
        # counties' short forms (义乌, 泾阳, 瑞安) are names only in context, since many are
        # common words (和平, 新华, 合作, 公安): see contained_county_at and county_before_head
        self.county_short: dict[str, list[Division]] = {}
        ethnic = grammar.get("ethnic_names", ())
        aliases: dict[str, list[Division]] = {}
        autonomous_short: dict[str, list[Division]] = {}
        head_only: dict[str, list[Division]] = {}
        for row in divisions:
            div = Division(*row)
            if div.name in not_places:
                continue
            self.full.setdefault(div.name, []).append(div)
            sf = short_form(div.name, grammar["division_suffixes"], ethnic, grammar.get("division_suffix_only_for"))
            for alias in autonomous_aliases(div.name, sf):
                aliases.setdefault(alias, []).append(div)
            if sf and sf in stop_short and div.level in ("province", "prefecture"):
                # (a stop-listed short form still names its city right before a police or court head:
                # 大同警方, 安康公安; county_before_head)
                head_only.setdefault(sf, []).append(div)
            if not sf or sf in stop_short or sf in not_places:
                continue
            if "自治" in div.name and div.level == "prefecture":
                autonomous_short.setdefault(sf, []).append(div)
            elif div.level in ("province", "prefecture"):
                self.short.setdefault(sf, []).append(div)
            elif div.status == "current":
                self.county_short.setdefault(sf, []).append(div)
        # an autonomous prefecture's short form or everyday name never takes over a name that
        # already means something else (海南 of 海南藏族自治州 stays the province)
        for table, extra in ((self.short, autonomous_short), (self.full, aliases)):
            for name, divs in extra.items():
                if name not in self.full and name not in self.short:
                    table[name] = divs
        stop_county = set(grammar.get("county_short_form_stoplist", []))
        # inside a division that contains it, a county's short form is a name even when a
        # prefecture elsewhere has the same one (北京朝阳: Beijing's 朝阳区, not Liaoning's 朝阳市)
        self.county_short_in_chain = {n: divs for n, divs in self.county_short.items()
                                      if n in self.short and n not in self.full and n not in stop_county}
        self.county_short = {
            n: divs for n, divs in self.county_short.items()
            if n not in self.full and n not in self.short and n not in stop_county
        }
        # before a head (义乌公安局) a county's short form must not be an everyday word as well
        # (合作, 和平: places/county_short_words.txt)
        self.county_short_common = set(county_short_words) & set(self.county_short)
        self.head_only_short = head_only
        # (a local product named by its origin is a head too: 中宁枸杞, 盱眙龙虾, §1's plain modifier)
        self.county_short_heads = tuple(sorted([*grammar.get("county_short_heads", ()),
                                                *grammar.get("local_products", {}).get("words", ())],
                                               key=len, reverse=True))
        self.county_heads_re = re.compile("|".join(map(re.escape, self.county_short_heads))) if self.county_short_heads else None
        origin = grammar.get("origin_heads", {})
        self.origin_heads, self.origin_after = tuple(origin.get("heads", ())), origin.get("after", "")
        products = grammar.get("local_products", {})
        self.local_products = tuple(products.get("words", ()))
        self.local_product_rest_max = int(products.get("quoted_rest_max", 0))
        platforms = grammar.get("quoted_platforms", {})
        self.platform_quotes = dict(platforms.get("quotes", {}))
        self.platform_words = tuple(platforms.get("words", ()))
        self.platform_name_max = int(platforms.get("name_max", 0))
        self.platform_stops = platforms.get("stops", "")
        events = grammar.get("event_titles", {})
        self.event_title_re = re.compile(
            "(?:%s)[%s]{0,%d}?(?:%s)" % ("|".join(map(re.escape, events["openers"])), events["name_chars"], int(events["name_max"]),
                                         "|".join(map(re.escape, sorted(events["words"], key=len, reverse=True))))) \
            if events.get("openers") and events.get("words") else None
        self._event_text: Optional[str] = None
        self._event_spans: list[tuple[int, int]] = []
        self._county_text: Optional[str] = None
        self._county_starts: set[int] = set()
        self.county_short_lengths: dict[str, list[int]] = {}
        for name in self.county_short:
            self.county_short_lengths.setdefault(name[0], []).append(len(name))
        for c, ls in self.county_short_lengths.items():
            self.county_short_lengths[c] = sorted(set(ls), reverse=True)
        # municipalities (北京市) are listed as a province and as its own prefecture: one place
        for table in (self.full, self.short):
            for name, divs in table.items():
                provinces = {d.name for d in divs if d.level == "province"}
                if provinces and len(divs) > 1:
                    table[name] = [d for d in divs if not (d.level == "prefecture" and d.province in provinces)]
        self.regional = set(regional) - not_places
        self.world = set(world) - not_places
        self.not_places = not_places
        self.province_short = {n for n, divs in self.short.items() if all(d.level == "province" for d in divs)}
        # name lengths by first character, longest first: most characters start no name
        lengths: dict[str, set[int]] = {}
        all_names = {*self.full, *self.short, *self.regional, *self.world}
        for name in all_names:
            lengths.setdefault(name[0], set()).add(len(name))
        self.lengths_by_first = {c: sorted(ls, reverse=True) for c, ls in lengths.items()}
        # every position a name starts at, found in one compiled pass per text: the chain scan
        # tries only these (and the county candidates) instead of every character
        names = sorted(name for name in all_names if len(name) >= 2)
        self.names_automaton = AhoCorasick(names, store_patterns=False) if names else None
        self._chains_cache: dict[str, list[PlaceMatch]] = {}
        self.chain_suffixes = sorted(grammar["chain_suffixes"], key=len, reverse=True)
        self.landmark_suffixes = sorted(grammar["landmark_suffixes"], key=len, reverse=True)
        # one-character prepositions and two-character ones, longest first (经过 before 经)
        self.name_prepositions = tuple(sorted([*grammar.get("name_preposition_words", ()), *grammar.get("name_prepositions", "")],
                                              key=len, reverse=True))
        self.bank_words = frozenset(grammar.get("bank_words", ()))
        self.bank_locatives = tuple(grammar.get("bank_locatives", ()))
        self.bank_feature_ends = grammar.get("bank_feature_ends", "")
        self.verb_names = tuple(grammar.get("verb_names", ()))
        self.body_end_chars = grammar.get("verb_names_after", "")
        self.foreign_division_suffixes = sorted(grammar.get("foreign_division_suffixes", ()), key=len, reverse=True)
        self.foreign_division_not_before = set(grammar.get("foreign_division_not_before", ""))
        self.foreign_division_name_stop = set(grammar.get("foreign_division_name_stop", ""))
        self.foreign_city_suffixes = tuple(grammar.get("foreign_city_suffixes", ()))
        self.foreign_city_before = tuple(grammar.get("foreign_city_before", ()))
        self.station_suffixes = sorted(grammar.get("station_suffixes", ()), key=len, reverse=True)
        self.town_station_suffixes = sorted(grammar.get("town_station_suffixes", ()), key=len, reverse=True)
        self.town_station_after = tuple(grammar.get("town_station_after", ()))
        self.station_not_before = dict(grammar.get("station_not_before", {}))
        self.single_char_suffix_heads = tuple(grammar.get("single_char_suffix_heads", ()))
        self.feature_landmark_suffixes = tuple(grammar.get("feature_landmark_suffixes", ()))
        self.feature_town_suffixes = tuple(grammar.get("feature_town_suffixes", ()))
        self.road_suffixes = sorted(grammar.get("road_suffixes", ()), key=len, reverse=True)
        self.road_not_before = grammar.get("road_not_before", {})
        self.road_common_names = tuple(grammar.get("road_common_names", ()))
        self.verb_object_ends = grammar.get("verb_object_ends", "")
        self.name_min, self.name_max = grammar.get("name_min", 2), grammar.get("name_max", 4)
        self.name_stop = set(grammar.get("name_stop_chars", ""))
        self.chain_name_allowed = set(grammar.get("chain_name_allowed", ""))
        self.name_words_allowed = frozenset(grammar.get("name_words_allowed", ()))
        self.chain_name_word_starts = set(grammar.get("chain_name_word_starts", ""))
        self.title_before_word_starts = grammar.get("title_before_word_starts", "")
        self.campaign_entry_chars = grammar.get("campaign_entry_chars", "")
        self.roles_after_suffix = tuple(grammar.get("roles_after_suffix", ()))
        self.section_suffixes = tuple(grammar.get("section_suffixes", ()))
        self.single_landmark_suffixes = {x for x in grammar["landmark_suffixes"] if len(x) == 1}
        self.reserve_suffixes = tuple(sorted(grammar.get("reserve_suffixes", ()), key=len, reverse=True))
        self.verb_object_suffixes = tuple(grammar.get("verb_object_suffixes", ()))
        # a venue (保障 + 贺龙体育中心) opens after a verb as a heritage site does
        self.verb_object_endings = self.verb_object_suffixes + tuple(grammar.get("venue_suffixes", ()))
        self.province_abbreviations = frozenset(grammar.get("province_abbreviations", ""))
        self.ruins_word = grammar.get("ruins_word") or "\0"
        self.reserve_section_suffixes = tuple(grammar.get("reserve_section_suffixes", ()))
        self.terminal = re.compile(grammar["terminal_pattern"]) if grammar.get("terminal_pattern") else None
        self.verb_name_facilities = tuple(grammar.get("verb_name_facilities", ()))
        self.suffix_words = set(grammar.get("suffix_words", ()))
        self.programmes_after_suffix = {suf: tuple(words) for suf, words in grammar.get("programmes_after_suffix", {}).items()}
        self.quantity_classifiers = set(grammar.get("quantity_classifiers", ""))
        self.not_place_names = set(grammar.get("not_place_names", []))
        self.list_closers = tuple(grammar.get("list_closers", ()))
        # a division's suffix that opens a word with what follows (重庆市 + 场 of 市场, 市 + 民 of 市民)
        self.suffix_not_before = {suf: re.compile(p) for suf, p in grammar.get("division_suffix_not_before", {}).items()}
        self.suffix_never_before = {suf: re.compile(p) for suf, p in grammar.get("division_suffix_never_before", {}).items()}
        self.name_stop_words = grammar.get("name_stop_words", [])
        # (proper_name_ok runs per candidate name: its stop tests once compiled)
        self.name_stop_words_re = re.compile("|".join(map(re.escape, self.name_stop_words))) if self.name_stop_words else None
        self.name_stop_in_chain = self.name_stop - self.chain_name_allowed - self.chain_name_word_starts
        indefinite = grammar.get("indefinite_in_chain", {})
        self.indefinite_in_chain = indefinite.get("opener", "")
        self.indefinite_modifiers = indefinite.get("modifiers", "")

    @classmethod
    def from_resources(cls) -> "Gazetteer":
        return cls.from_data(cls.load_data())

    @staticmethod
    def load_data(with_county_words: bool = True) -> dict:
        sections = world_sections()
        data = {
            # rows of [adcode, name, level, province, prefecture, status]
            "divisions": [list(r.values()) for r in resource_files.read_tsv("places/admin_divisions.tsv")],
            "regional": resource_files.read_lines("places/regional_names.txt"),
            "features": resource_files.read_lines("places/natural_features.txt")
            + resource_files.read_lines("places/landmarks.txt"),
            "world": [name for names in sections.values() for name in names],
            # a country names a place of its own after another place (美国朝鲜, 巴西中国); a city
            # may follow its country in one chain (美国纽约)
            "world_countries": [*sections.get(COUNTRIES_SECTION, []), "中国", "中华人民共和国"],
            "world_cities": sections.get(CITIES_SECTION, []),
            "grammar": resource_files.read_json("places/grammar.json"),
        }
        if with_county_words:  # False only while build_not_name_words derives that list
            data["county_short_common"] = resource_files.read_lines("places/county_short_words.txt")
        # two-character everyday verbs (发生, 承包): inside a name before a place suffix they make
        # it a clause (everyday_verbs.txt is generated by the same tool, from People's Daily 1998)
        data["name_verbs"] = [w for w in resource_files.read_lines("organisations/everyday_verbs.txt") if len(w) == 2]
        # and the verbs of police work People's Daily lacks (共检查 + 景区, 排查 + 村: a clause)
        organisations = resource_files.read_json("organisations/grammar.json")
        data["name_verbs"] += [w for w in organisations.get("police_work_verbs", ())
                               if len(w) == 2 and w not in data["name_verbs"]]
        # a quotation before an app word names the app as one before 平台 names a platform (“慈善中国”平台):
        # the organisations grammar's app_after, one list for both
        platforms = data["grammar"].get("quoted_platforms")
        if platforms is not None:
            platforms["words"] = [*platforms.get("words", ()), *organisations.get("app_after", ())]
        return data

    @classmethod
    def from_data(cls, data: dict) -> "Gazetteer":
        """One shared instance per distinct data: the places, police-unit and organisation
        components then share the chains found per text instead of scanning it three times."""
        key = srsly.json_dumps(data, sort_keys=True)
        gazetteer = _SHARED.get(key)
        if gazetteer is None:
            gazetteer = _SHARED[key] = cls(
                data["divisions"], data["regional"], data["grammar"], data.get("world", ()),
                data.get("county_short_common", ()), data.get("world_cities", ()), data.get("world_countries", ()),
                data.get("name_verbs", ()), data.get("features", ()),
            )
        return gazetteer

    # -- single names -------------------------------------------------------------
    def after_list_closer(self, text: str, i: int) -> bool:
        """True where a list of examples closes right before i and no known name opens there
        (三游洞等 + 溶洞景区: a kind of place; 都昌、湖口等 + 鄱阳湖: a lake the gazetteer knows)."""
        return bool(self.list_closers) and text.endswith(self.list_closers, 0, i) and self.name_at(text, i) is None

    def name_at(self, text: str, i: int) -> Optional[tuple[int, str, tuple[Division, ...]]]:
        """Longest gazetteer name starting at i: (end, kind, divisions); kind full/short/regional."""
        for n in self.lengths_by_first.get(text[i], ()) if i < len(text) else ():
            if n < 2 or i + n > len(text):
                continue
            piece = text[i : i + n]
            if piece in self.full:
                after = self.suffix_not_before.get(piece[-1])
                if after is not None and after.match(text, i + n) and piece[:-1] in self.short:
                    continue  # 重庆市民刘先生, 重庆市场: the city 重庆, its 市 opens the next word
                never = self.suffix_never_before.get(piece[-1])
                if never is not None and never.match(text, i + n):
                    continue  # 四明山区域: 区 opens 区域 (an area), no district 明山区 there
                return i + n, "full", tuple(self.full[piece])
            if piece in self.regional:
                if piece in self.features and FEATURE_ROAD.match(text, i + n):
                    continue  # 湘江中路, 黄河路, 长江大道: a road named after the river
                return i + n, "regional", ()
            if piece in self.world:
                return i + n, "world", ()
            if piece in self.short:
                return i + n, "short", tuple(self.short[piece])
        return None

    def county_short_at(self, text: str, i: int) -> Optional[tuple[int, tuple[Division, ...]]]:
        """Longest county short form starting at i (义乌 of 义乌市): (end, divisions)."""
        for n in self.county_short_lengths.get(text[i], ()) if i < len(text) else ():
            divs = self.county_short.get(text[i : i + n]) if i + n <= len(text) else None
            if divs:  # (at the text's end a shorter slice is no n-character name: 杭州西湖)
                return i + n, tuple(divs)
        return None

    def _county_candidates(self, text: str) -> set[int]:
        """Positions two to four characters before a head (one regex pass, kept for the last text)."""
        if self._county_text is not text:
            heads = self.county_heads_re.finditer(text) if self.county_heads_re is not None else ()
            self._county_starts = {m.start() - n for m in heads for n in (2, 3, 4) if m.start() >= n}
            self._county_text = text
        return self._county_starts

    def head_only_at(self, text: str, i: int) -> Optional[tuple[int, tuple[Division, ...]]]:
        """A city's stop-listed short form at i (大同, 安康), a name only before a police or court
        head or a company's branch: (end, divisions), or None."""
        divs = self.head_only_short.get(text[i : i + 2])
        return (i + 2, tuple(divs)) if divs else None

    def county_before_head(self, text: str, i: int) -> Optional[PlaceMatch]:
        """A county's short form standing alone before a police, court or party-and-government
        head (义乌公安局, 瑞安警方, 泾阳法院): a name only there, at a name boundary, and only
        when it is not an everyday word as well (合作, 东方); so is a city's stop-listed short form
        (大同警方)."""
        if i not in self._county_candidates(text):
            return None  # no head two to four characters on, as at most positions
        found = self.county_short_at(text, i) or self.head_only_at(text, i)
        if found is None:
            return None
        end, divs = found
        if not is_boundary(text, i) and not (text[i - 1] in self.origin_after and text.startswith(self.origin_heads, end)):
            return None  # (一艘 + 温岭籍渔船, 一名 + 临泉籍男子: an origin after a classifier)
        if text[i:end] in self.county_short_common or not (text.startswith(self.county_short_heads, end)
                                                            or self.opens_quoted_product(text, i, end)):
            return None
        return PlaceMatch(i, end, [(i, end, divs, "county_short")])

    def opens_quoted_product(self, text: str, i: int, end: int) -> bool:
        """text[i:end] opens a short quotation that names a local product by its origin (“安溪铁观音”,
        “新会老陈皮”: places' local_products), where a county's short form is a name too."""
        close = QUOTES.get(text[i - 1]) if i > 0 else None
        rest_end = text.find(close, end, end + self.local_product_rest_max + 1) if close else -1
        return rest_end != -1 and names_local_product(text[end:rest_end], self.local_products, self.local_product_rest_max)

    def inside_quoted_platform(self, text: str, start: int, end: int) -> bool:
        """text[start:end] lies inside a quotation whose closing mark a platform, system or app word
        follows (“慈善中国”平台, “出国及海外中国公民自愿登记”系统, ‘无锡住房租赁’平台): the quotation is the
        platform's name, a brand, and the places inside it are none (ANNOTATION.md §4)."""
        if not self.platform_words:
            return False
        lo = max(0, start - self.platform_name_max)
        opening = max((text.rfind(q, lo, start) for q in self.platform_quotes), default=-1)
        if opening == -1:
            return False
        close = text.find(self.platform_quotes[text[opening]], end, opening + self.platform_name_max + 2)
        return close != -1 and not any(c in self.platform_stops for c in text[opening + 1 : close]) \
            and text.startswith(self.platform_words, close + 1)

    def inside_event_title(self, text: str, start: int, end: int) -> bool:
        """text[start:end] lies inside an event's title opened by China's name (中国国际进口博览会,
        中国—东盟博览会, 中国·秦淮灯会: places' event_titles): a title, like a brand, holds no entity."""
        if self.event_title_re is None:
            return False
        if self._event_text != text:  # (read once per text: every candidate of a paragraph asks)
            self._event_text, self._event_spans = text, [m.span() for m in self.event_title_re.finditer(text)]
        return any(a <= start and end <= b for a, b in self._event_spans)

    def verb_inside(self, name: str) -> bool:
        """An everyday verb in a name of three or more characters (南部发生, 男子承包, 通报涿州): a clause
        before a place suffix. A two-character name that is a verb stays (前进村, 解放街道)."""
        # (a name of three or more ending in 进 is a campaign's "… into" before the kind of place:
        # 反诈进社区, 送法进校园; 前进村 stays)
        return len(name) >= 3 and (any(name[k : k + 2] in self.name_verbs for k in range(len(name) - 1))
                                   or name[-1] in self.campaign_entry_chars)

    def proper_name_ok(self, name: str, in_chain: bool = False) -> bool:
        # after a place (吴兴区八里店镇, 龙湾区永中街道) numerals, 里 and 中 may be part of a name
        # (suffixed_name_at still refuses a name of these characters only: 鹿城区三镇 is three towns)
        stop = self.name_stop_in_chain if in_chain else self.name_stop
        if in_chain and self.indefinite_in_chain and name.startswith(self.indefinite_in_chain) \
                and (len(name) >= 3 or name[1:2] in self.indefinite_modifiers):
            return False  # 思明区 + 一老旧小区, 雨花区 + 一高档小区: one of a kind, no name (numerals stay: 八里店镇)
        return (
            self.name_min <= len(name) <= self.name_max
            and all(CJK.match(c) and (c not in stop or (k > 0 and name[k : k + 2] in self.name_words_allowed))
                    for k, c in enumerate(name))
            and name not in self.not_places
            and name not in self.not_place_names
            and not (self.name_stop_words_re is not None and self.name_stop_words_re.search(name))
        )

    def suffixed_name_at(self, text: str, i: int, suffixes: Sequence[str], in_chain: bool = False,
                         min_name: int = 0) -> Optional[int]:
        """A short proper name (of min_name characters or more) plus a place suffix at i (浦沿街道,
        永兴空港); returns its end."""
        starts = None  # the segmenter's word starts around i, read once and only when 长 is in a name
        for n in range(self.name_min, self.name_max + 1):
            name = text[i : i + n]
            if len(name) == n and n > 1 and text[i + n - 1 : i + n + 1] in self.name_words_allowed:
                continue  # 庞各 + 庄镇: the name goes on through the word
            if len(name) < n or not self.proper_name_ok(name, in_chain) or "某" in name:
                return None  # (东湖区某商业广场: an anonymised name names no place)
            if self.verb_inside(name):
                return None  # 南部发生 + 山 (山体滑坡), 男子承包 + 水库: a clause, and so is every longer name
            if self.bank_locatives and any(name[: k + 1] in self.features and name.startswith(self.bank_locatives, k + 1)
                                           for k in range(1, len(name) - 1)):
                return None  # 东江 + 边跳 + 广场: a known river's edge, then a clause, and so is every longer name
            if in_chain and self.chain_name_word_starts.intersection(name):
                if starts is None:
                    starts = words_at(text, max(0, i - 6), i + self.name_max + 6)
                if any(c in self.chain_name_word_starts and i + k not in starts and text[i + k - 1 : i + k] in self.title_before_word_starts
                       for k, c in enumerate(name)):
                    return None  # 温州市长 + 赴瑶溪街道: 长 ends the title 市长, and every longer name holds it
            if in_chain and any(name[k] in self.chain_name_allowed and name[k + 1] in self.quantity_classifiers
                                and (k == 0 or name[k] in NUMERAL_CHARS) for k in range(len(name) - 1)):
                return None  # 一户, 一名, 一座, 上游一处 (山场): a quantity, and so is every longer name
            if in_chain and all(c in self.chain_name_allowed for c in name):
                continue  # a longer name may still hold other characters (八里 -> 八里店)
            if n < min_name:
                continue
            if n == 2 and name in self.name_verbs and text.startswith(self.roles_after_suffix, i + n):
                return None  # 配备 + 社区民警: a verb before a role word (社区民警), no community's name
            if any(suf in name[:-1] for suf in self.road_suffixes):
                return None  # 兴华街 + 一小区: a road ends inside, and road_end reads it (中山路 + 社区 stays)
            if not in_chain and n == 2 and name not in self.road_common_names \
                    and (name in self.name_verbs or name in self.verb_names or name[-1] in self.verb_object_ends):
                return None  # 清理 + 景区周边, 协助 + 街道, 联合 + 街道, 扔进 + 河里: a verb and its object (前进村, 解放街道 stay)
            for suf in suffixes:
                if len(suf) == 1 and n == 2 and name in self.name_verbs and text.startswith(suf, i + n) \
                        and self.name_at(text, i + n) is not None:
                    continue  # 参加 + 江西省: a verb before a place, not 参加江 (前进村 stays)
                if text.startswith(suf, i + n) and name[-1] + suf not in self.suffix_words \
                        and not text.startswith(self.programmes_after_suffix.get(suf, ()), i + n + len(suf)):
                    whole = text[i : i + n + len(suf)]
                    if whole not in self.not_places and not self.name_at(text, i + n - 1):
                        return i + n + len(suf)
        return None

    # -- chains -------------------------------------------------------------------
    def chain_at(self, text: str, i: int, require_boundary: bool = True) -> Optional[PlaceMatch]:
        """The longest contiguous chain of places starting at i (温州市龙湾区永兴空港)."""
        first = self.name_at(text, i)
        if first is None:
            county = self.county_before_head(text, i)
            return self._continue_chain(text, county) if county is not None else None
        end, kind, divs = first
        if kind == "world" and any(j >= 0 and (c := self.county_short_at(text, j)) is not None and c[0] >= end
                                   for j in (i - 1, i - 2)):
            return None  # 万柏林分局: Berlin's 柏林 is the tail of a county's short form (万柏林区)
        if i > 0 and text[i - 1] in self.body_end_chars and any(text.startswith(v, i) for v in self.verb_names):
            return None  # 县公安局会同县人民检察院: 会同 after a body is its verb, not the county 会同县
        # short forms and two-character names glued to the word before them need support
        # from what follows: 广安 inside 推广安全, 和县 inside 看守所和县拘留所
        # province short forms (浙江, 香港) and world names (中国, 美国) are distinctive enough
        strong = kind == "world" or text[i:end] in self.province_short
        if kind == "regional" and end - i <= 2 and require_boundary and not is_boundary(text, i):
            # a two-character regional name glued to the word before stands where the segmenter reads it as
            # words of its own (其中/缅北/回流, 往来/港澳/通行证), not inside one (公安机关中: 机关/中)
            if not on_word_boundaries(text, i, end) or text[i - 1] in self.province_abbreviations:
                return None  # (粤 + 港澳三地: a run of abbreviations, read whole by the places component)
            strong = True
        weak = not strong and (kind == "short" or end - i <= 2)
        if weak and require_boundary and not is_boundary(text, i):
            if not self._continues(text, end):
                return None
            if (end >= len(text) or not CJK.match(text[end])) and not on_word_boundaries(text, i, end, end=False):
                return None  # 关中 of 公安机关中，: glued on the left, closed only by punctuation, inside a word
        if kind == "full" and not weak and require_boundary and not is_boundary(text, i) \
                and any((prev := self.name_at(text, j)) is not None and prev[0] > i for j in (i - 1, i - 2) if j >= 0):
            return None  # 威海 + 城区: a full name (海城区) that starts inside a place name begun before it is none
        if strong and require_boundary and not is_boundary(text, i) and end < len(text) and CJK.match(text[end]):
            words = words_at(text, max(0, i - 6), end + 6)
            if i not in words and end not in words:
                return None  # 其中国家: words on both sides cut through the name (其中/国家), no 中国
        if kind == "world":
            end = self.world_suffix_end(text, end)
        return self._continue_chain(text, PlaceMatch(i, end, [(i, end, divs, kind)]))

    def partner_before_place(self, text: str, i: int) -> bool:
        """A word that introduces a partner (联合, 会同 …) at i with a known place right after it (run at
        every step of every chain: one tuple test rejects most positions)."""
        if not text.startswith(BOUNDARY_WORDS, i):
            return False
        w = next(w for w in BOUNDARY_WORDS if text.startswith(w, i))
        return self.name_at(text, i + len(w)) is not None

    def foreign_chain(self, text: str, match: PlaceMatch) -> bool:
        """The chain is a foreign country (not China) and at most its divisions found by suffix."""
        first = match.parts[0]
        country = text[first[0] : first[1]]
        return first[3] == "world" and country in self.world_countries and country not in ("中国", "中华人民共和国") \
            and all(part[3] == "suffix" for part in match.parts[1:]) and len(match.parts) <= 2

    def _continue_chain(self, text: str, match: PlaceMatch) -> PlaceMatch:
        while True:
            if self.at_water_edge(text, match.end):
                return match  # 东江 + 边 (跳广场舞), 湘江 + 畔: the water's edge, a locative, ends the chain
            if self.partner_before_place(text, match.end):
                return match  # 东街街道 + 联合 + 新城区公安分局: a partner named next, no 联合新城 (联合村 continues)
            if text.endswith(self.reserve_suffixes, match.start, match.end):
                # a reserve or park ends its chain but for its section (大熊猫国家公园 + 四川片区; 祁连山国家公园 +
                # 张掖分局 is the park's own branch, no place inside it)
                return self.with_reserve_section(text, match)
            nxt = self.name_at(text, match.end)
            if nxt is None:
                nxt = self.contained_county_at(text, match)
            if nxt is not None and not self.may_follow(match.parts, nxt[2]):
                # 北京朝阳: not the prefecture 朝阳 (Liaoning) but Beijing's district of that name
                county = self.contained_county_at(text, match)
                nxt = county if county is not None and county[0] >= nxt[0] else nxt
            if nxt is not None:
                if not self.may_follow(match.parts, nxt[2]) or self.world_apart(text, match, nxt):
                    # 上海北京, 杭州宁波: two places side by side, not one chain; but a street or
                    # landmark named after a place continues it (上海市北京路)
                    suf_end = self.suffixed_name_at(text, match.end, self.chain_suffixes + self.landmark_suffixes, in_chain=True)
                    if suf_end is None and match.parts[-1][3] != "world" and nxt[1] != "world":
                        suf_end = self.road_end(text, match.end)  # 青山湖区北京东路
                    if suf_end is None or suf_end <= nxt[0]:
                        return match
                    match.parts.append((match.end, suf_end, (), "suffix"))
                    match.end = suf_end
                    continue
                if self.on_bank(text, match.end, nxt[0]):
                    return match  # 沱江 + 两岸: the river's banks end it
                end = self.world_suffix_end(text, nxt[0]) if nxt[1] == "world" else nxt[0]
                match.parts.append((match.end, end, nxt[2], nxt[1]))
                match.end = end
                continue
            suf_end = self.suffixed_name_at(text, match.end, self.chain_suffixes + self.landmark_suffixes, in_chain=True) \
                if not text.startswith(self.section_suffixes, match.end) else None  # (西江梧州 + 段: the stretch ends it)
            if suf_end is not None and text[suf_end - 1] == text[match.end - 1] and text[suf_end - 1] in self.single_landmark_suffixes:
                suf_end = None  # 博斯腾湖 + 巡查湖(区): no lake lies in a lake, nor a river in a river
            if suf_end is not None and text[suf_end - 1] in self.single_landmark_suffixes:
                suf_end = self.road_after_feature(text, suf_end)  # 苏州工业园区 + 金鸡湖大道: a road named after the lake
            if suf_end is None and text.startswith(self.reserve_suffixes, match.end) \
                    and not (len(match.parts) == 1 and match.parts[0][2] and all(d.level == "province" for d in match.parts[0][2])):
                # 白水江 + 国家级自然保护区, 西双版纳 + 国家级自然保护区: the place's own reserve or park (a province
                # alone before it names its reserves in general: 海南自然保护区)
                suf_end = next((match.end + len(w) for w in self.reserve_suffixes if text.startswith(w, match.end)), None)
            last = match.parts[-1]
            if suf_end is None and last[3] == "world" and text[last[0] : last[1]] in self.world_countries:
                # 越南谅山省, 缅甸掸邦, 老挝琅南塔省: a country's province or state, known by its suffix
                suf_end = self.suffixed_name_at(text, match.end, self.foreign_division_suffixes)
                if suf_end is not None and (text[suf_end : suf_end + 1] in self.foreign_division_not_before
                                            or text[match.end : match.end + 2] in self.name_verbs
                                            or any(c in self.foreign_division_name_stop for c in text[match.end : suf_end - 1])
                                            or self.name_at(text, match.end) is not None):
                    suf_end = None  # 州长, 邦交, 省份; 恢复邦交; 英联邦 (a world name of its own), 前联邦, 设新邦
            if suf_end is None and self.foreign_city_suffixes and self.foreign_chain(text, match):
                # 越南芒街市公安局, 越南谅山省同登县公安局: a foreign city or county no list holds, vouched
                # for by the police body after it
                end = self.suffixed_name_at(text, match.end, list(self.foreign_city_suffixes))
                if end is not None and text.startswith(self.foreign_city_before, end) \
                        and not any(c in self.foreign_division_name_stop for c in text[match.end : end - 1]) \
                        and self.name_at(text, match.end) is None:
                    suf_end = end
            if suf_end is None and match.parts[-1][3] not in ("suffix", "world"):  # 温州南站: the place's own station
                suf_end = next((match.end + len(w) for w in self.station_suffixes if text.startswith(w, match.end)
                                and not opens_word_after(text, match.end + len(w), w, self.station_not_before)), None)
            last = match.parts[-1]
            if suf_end is None and last[3] == "suffix" and text.endswith(self.town_station_after, last[0], last[1]):
                # 佛堂镇 + 客运站: the town's own station
                suf_end = next((match.end + len(w) for w in self.town_station_suffixes if text.startswith(w, match.end)
                                and not opens_word_after(text, match.end + len(w), w, self.station_not_before)), None)
            if suf_end is None and text[last[0] : last[1]] in self.features:
                # 泰山景区, 西湖景区: a feature's own scenic area; 淳安县千岛湖镇, 建德市新安江街道: a town
                # named after it, in a chain
                suffixes = self.feature_landmark_suffixes if len(match.parts) == 1 else self.feature_town_suffixes
                suf_end = next((match.end + len(w) for w in suffixes if text.startswith(w, match.end)), None)
            if suf_end is None and len(match.parts) > 1 and last[3] in ("suffix", "world", "regional") \
                    and not text.endswith(self.feature_town_suffixes, last[0], last[1]):
                # 市南区八大湖街道, 黄浦区南京东路街道: a town or sub-district named after the lake or road
                # the chain has just named continues it, as after a known feature (千岛湖镇); so does one
                # named like a sea or a region (丰泽区 + 东海街道)
                suf_end = next((match.end + len(w) for w in self.feature_town_suffixes if text.startswith(w, match.end)
                                and not opens_word_after(text, match.end + len(w), w, self.station_not_before)), None)
            if suf_end is None and self.terminal is not None and text.endswith("机场", match.start, match.end):
                terminal = self.terminal.match(text, match.end)  # 郑州新郑国际机场 + T2航站楼
                suf_end = terminal.end() if terminal else None
            if suf_end is None and last[3] != "world" and not self.is_road(text, last):
                suf_end = self.road_end(text, match.end)  # 秣陵街道胜太路, not a road after a road
            if suf_end is not None:
                match.parts.append((match.end, suf_end, (), "suffix"))
                match.end = suf_end
                continue
            first = match.parts[0]
            if len(match.parts) == 1 and text[first[0] : first[1]] in self.features:
                # 长江猇亭段, 长江八卦洲段: a stretch named by a place the gazetteer does not know
                named = next((match.end + n for n in range(self.name_min, self.name_max + 1) if text.startswith(self.section_suffixes, match.end + n)
                              and self.proper_name_ok(text[match.end : match.end + n], in_chain=True)
                              and not all(c in self.chain_name_allowed for c in text[match.end : match.end + n])
                              and not self.verb_inside(text[match.end : match.end + n])), None)
                if named is not None:
                    match.parts.append((match.end, named, (), "suffix"))
                    match.end = named
            if len(match.parts) > 1 and text[first[0] : first[1]] in self.features and text.startswith(self.section_suffixes, match.end):
                # 长江芜湖段, 黄河兰州段: a river's stretch named by the place it runs through is one place
                suffix = next(w for w in self.section_suffixes if text.startswith(w, match.end))
                match.parts.append((match.end, match.end + len(suffix), (), "suffix"))
                match.end += len(suffix)
            return match

    def with_reserve_section(self, text: str, match: PlaceMatch) -> PlaceMatch:
        """A reserve or park with the section named by a place it covers right after it, when one
        follows (大熊猫国家公园 + 四川片区)."""
        section = self.section_end(text, match.end, self.reserve_section_suffixes)
        if section is not None:
            match.parts.append((match.end, section, (), "suffix"))
            match.end = section
        return match

    def section_end(self, text: str, i: int, suffixes: Optional[tuple] = None) -> Optional[int]:
        """The end of a stretch named by a place right after a road or river ending at i and a
        section suffix (沪昆高速 + 凯里段, 105国道 + 樟树段, 贡江 + 于都段), or None; `suffixes`: other
        section words (a park's 片区)."""
        chain = self.chain_at(text, i, require_boundary=False)
        county = self.county_short_at(text, i)
        place_end = chain.end if chain is not None else county[0] if county else None
        suffix = next((w for w in (suffixes or self.section_suffixes) if place_end is not None and text.startswith(w, place_end)), None)
        return place_end + len(suffix) if suffix is not None else None

    def is_road(self, text: str, part: tuple) -> bool:
        return part[3] == "suffix" and text[part[0] : part[1]].endswith(tuple(self.road_suffixes))

    def road_end(self, text: str, i: int) -> Optional[int]:
        """A road or street named after a division of the chain (沈阳市铁西区兴华街): its end, or None
        where the suffix opens another word (路边, 街头)."""
        end = self.suffixed_name_at(text, i, self.road_suffixes, in_chain=True)
        if end is None:
            m = NUMBERED_SECTION_ROAD.match(text, i)
            end = m.end() if m else None  # 中山 + 东一路, 人民 + 北二路: a road's numbered section
        if end is None:
            # 下关镇 + 建设路, 城关镇 + 幸福大道: a word that names no place elsewhere (推动社区, 美丽乡村)
            # is a common road name right after a division of the chain
            end = next((i + len(w) + len(suf) for w in self.road_common_names if text.startswith(w, i)
                        for suf in self.road_suffixes if text.startswith(suf, i + len(w))), None)
        if end is None:
            return None
        suffix = next(w for w in self.road_suffixes if text.startswith(w, end - len(w)))
        return None if opens_word_after(text, end, suffix, self.road_not_before) else end

    def road_after_feature(self, text: str, end: int) -> int:
        """A road suffix right after a lake, river or hill the chain has just named (金鸡湖 + 大道,
        星湖 + 街) makes the road named after it: the road's end, else `end` (湖边, 江路口 stay out
        by road_not_before)."""
        road = next((w for w in self.road_suffixes if text.startswith(w, end)), None)
        if road is None or opens_word_after(text, end + len(road), road, self.road_not_before):
            return end
        return end + len(road)

    def world_suffix_end(self, text: str, end: int) -> int:
        """A world name's end with its suffix (纽约市, 加州): 中国市场 is no 中国市."""
        if text.startswith(tuple(self.grammar.get("world_suffix_not_before", ())), end):
            return end
        return next((end + len(w) for w in self.grammar.get("world_suffixes", []) if text.startswith(w, end)), end)

    def world_apart(self, text: str, match: PlaceMatch, nxt: tuple) -> bool:
        """A country right after a place names a place of its own (巴西中国, 法国比利时, 美国朝鲜),
        and so does a foreign city after a city or a division (纽约伦敦); a city after a country
        or region continues the chain (美国纽约, 韩国首尔, as 浙江温州), and so do seas, continents
        and 大陆 / 两岸 (墨西哥太平洋沿岸, 非洲大陆, 台湾海峡两岸) as before."""
        if nxt[1] != "world":
            return False
        name = text[match.end : nxt[0]]
        if name in self.world_countries:
            return True
        s, e, _, kind = match.parts[-1]
        return name in self.world_cities and not (kind == "world" and text[s:e] not in self.world_cities)

    def contained_county_at(self, text: str, match: PlaceMatch) -> Optional[tuple[int, str, tuple[Division, ...]]]:
        """A county's short form right after a division that contains it (陕西泾阳, 金华义乌):
        the chain says it is a name, whatever else the two characters could mean."""
        found = self.county_short_at(text, match.end)
        if found is None:
            found = next(((match.end + n, tuple(self.county_short_in_chain[text[match.end : match.end + n]]))
                          for n in (4, 3, 2) if match.end + n <= len(text)
                          and text[match.end : match.end + n] in self.county_short_in_chain), None)
            # (the length test: at the text's end a shorter slice would count as n characters, 杭州西湖)
        if found is None:
            return None
        end, divs = found
        last = next((p[2] for p in reversed(match.parts) if p[2]), ())
        inside = tuple(d for d in divs if any(within(d, a) for a in last))
        if not inside:
            return None
        suffixed = self.suffixed_name_at(text, match.end, self.chain_suffixes + self.landmark_suffixes, in_chain=True)
        if suffixed is not None and suffixed > end:
            return None  # a landmark or town named like the county: 山西五台山, not 山西五台 + 山
        return end, "county_short", inside

    @staticmethod
    def may_follow(parts: list, divs: tuple) -> bool:
        """A division may continue a chain unless the chain's last division is known and none of
        its readings contains any reading of this one (GB/T 2260 codes: a prefecture shares its
        province's first two digits, a county its prefecture's first four)."""
        last = next((p[2] for p in reversed(parts) if p[2]), ())
        if not divs or not last:
            return True
        prefix = {"province": 2, "prefecture": 4}
        return any(d.adcode != a.adcode and a.level in prefix and d.adcode[: prefix[a.level]] == a.adcode[: prefix[a.level]]
                   for a in last for d in divs)

    def _continues(self, text: str, end: int) -> bool:
        """A short form glued to what follows it is still a name when a place, a unit or an org follows."""
        continuations = self.grammar.get("continuations", [])
        if end >= len(text) or not CJK.match(text[end]):
            return True  # 新华社杭州5月1日电: a digit or punctuation closes the name
        return self.name_at(text, end) is not None or any(text.startswith(c, end) for c in continuations) \
            or text.startswith(tuple(self.station_suffixes), end)

    def _single_char_suffix(self, text: str, start: int, end: int) -> bool:
        """True when a standalone name ends in a one-character suffix without support:
        it must be a two-character name followed by a locative, particle or punctuation."""
        followers = self.grammar.get("single_char_suffix_followers", "")
        if not any(text[start:end].endswith(s) for s in self.chain_suffixes + self.landmark_suffixes if len(s) == 1):
            return False
        if any(text[start:end].endswith(s) for s in self.chain_suffixes + self.landmark_suffixes if len(s) > 1):
            return False
        if end - start == 3 and text.startswith(self.single_char_suffix_heads, end):
            return False  # 华塘镇人民政府: the town before its own body
        return end - start != 3 or (end < len(text) and text[end] not in followers)

    def find_chains(self, text: str, cache: bool = True) -> list[PlaceMatch]:
        """Every place chain in text, left to right (cached: four components ask per doc). The
        oldest entries go first, after 2.5 of nlp.pipe's 256-document batches: the rule components
        run a whole batch ahead of ner_rulings, which asks again after the ner's batch."""
        if not cache:
            return self._find_chains(text)
        cached = self._chains_cache.get(text)
        if cached is None:
            if len(self._chains_cache) >= cache_room():
                del self._chains_cache[next(iter(self._chains_cache))]
            cached = self._chains_cache[text] = self._find_chains(text)
        return cached

    def name_starts(self, text: str) -> set[int]:
        """The positions where name_at may find a name (a gazetteer name starts there)."""
        if self.names_automaton is None or not text:
            return set()
        return {start for _, start, _ in self.names_automaton.find_matches_as_indexes(text, overlapping=True)}

    def _find_chains(self, text: str) -> list[PlaceMatch]:
        # chain_at finds nothing where neither a name nor a county's short form before its head
        # starts: only those positions are tried
        candidates = sorted(self.name_starts(text) | self._county_candidates(text))
        out, i = [], 0
        for j in candidates:
            if j < i:
                continue  # inside the chain found last
            # the end of a place is a boundary for the next one (上海南京: 南京 needs no other support)
            m = self.chain_at(text, j, require_boundary=not (out and out[-1].end == j))
            if m is not None and self.on_bank(text, m.start, m.end):
                i = m.end  # the banks of the river before, no place of their own
                continue
            if m is not None:
                out.append(m)
                i = m.end
        return out

    def on_bank(self, text: str, start: int, end: int) -> bool:
        """Whether text[start:end] is a bank word right after a river's or lake's name (沱江 + 两岸)."""
        return start > 0 and text[start:end] in self.bank_words and text[start - 1] in self.bank_feature_ends

    def at_water_edge(self, text: str, i: int) -> bool:
        """Whether a bank locative (边, 畔, 沿岸) starts at i right after a river's or lake's name (东江边)."""
        return bool(self.bank_locatives) and i > 0 and text[i - 1] in self.bank_feature_ends \
            and text.startswith(self.bank_locatives, i)

    def after_verb(self, text: str, i: int) -> bool:
        """A name known by its suffix may open right after an everyday two-character verb whose
        object it is (破坏 + 河姆渡遗址, 开展 + 热水墓群)."""
        return i >= 2 and text[i - 2 : i] in self.name_verbs

    def verb_object_place(self, text: str, i: int, end: int) -> bool:
        """Whether a place found right after a verb may stand: a heritage site's or a venue's
        suffix (`verb_object_suffixes`, `venue_suffixes`) and a name that opens with no verb of its own."""
        return text[i : i + 2] not in self.name_verbs and text.endswith(self.verb_object_endings, i, end)

    def _suffix_re(self, suffixes: list[str]) -> re.Pattern:
        key = tuple(suffixes)
        if getattr(self, "_suffix_key", None) != key:
            # a lookahead finds every start, overlapping ones included
            self._suffix_pattern = re.compile("(?=(?:" + "|".join(re.escape(x) for x in suffixes) + "))")
            self._suffix_key = key
        return self._suffix_pattern

    def find_standalone(self, text: str, taken: list[tuple[int, int]]) -> list[PlaceMatch]:
        """Places known only by their suffix (南塘河, 浦沿街道) at a name boundary, outside `taken`."""
        out = []
        suffixes = self.landmark_suffixes + self.chain_suffixes
        standalone = set(self.grammar.get("standalone_suffixes", suffixes))
        suffixes = [s for s in suffixes if s in standalone]
        # only positions a suffix can follow a name from are worth trying
        suffix_starts = {m.start() for m in self._suffix_re(suffixes).finditer(text)}
        lengths = range(self.name_min, self.name_max + 1)
        # the positions a name of one of those lengths would end right before a suffix from
        candidates = sorted({s - n for s in suffix_starts for n in lengths if s >= n})
        i, k = 0, 0
        while True:
            k = bisect_left(candidates, i, k)  # every position before the next candidate: i += 1
            if k == len(candidates):
                break
            i = candidates[k]
            if CJK.match(text[i]) \
                    and not (i > 0 and text[i - 1].isdigit()) \
                    and (is_boundary(text, i) or self.after_verb(text, i)):
                # (1200余名社区民警: no name opens right after a digit; 余名 is the count's)
                end = self.suffixed_name_at(text, i, suffixes)
                if end is not None and not is_boundary(text, i) and not self.verb_object_place(text, i, end):
                    end = None
                # 经磨憨口岸, 随着 + 景洪口岸: a preposition (the longest that opens here) opens no name
                word = next((w for w in self.name_prepositions if text.startswith(w, i)), None) if end is not None else None
                if word is not None and self.suffixed_name_at(text, i + len(word), suffixes) == end:
                    i += len(word)
                elif word is not None and len(word) > 1:
                    end = None  # 经过 + 社区(民警): a preposition word and a bare suffix, no name (经开区 keeps its 经)
                if end is not None and self._single_char_suffix(text, i, end):
                    # 望月 + 湖 refused before 街道: the lake's name may name a street office (望月湖街道)
                    end = self.suffixed_name_at(text, i, suffixes, min_name=end - i)
                    if end is not None and self._single_char_suffix(text, i, end):
                        end = None
                if end is not None and text[i : i + 2] in self.name_verbs and text.startswith(self.verb_name_facilities, i + 2):
                    end = None  # 移交 + 机场公安: a verb before a bare airport names none (解放广场 stays)
                if end is not None and text.endswith(self.verb_object_suffixes, i, end) and text.startswith(self.ruins_word, end):
                    end += len(self.ruins_word)  # 齐国故城 + 遗址: the ruins of the old town are one site
                if end is not None and all(end <= a or i >= b for a, b in taken):
                    match = PlaceMatch(i, end, [(i, end, (), "suffix")])
                    if text.endswith(self.reserve_suffixes, i, end):
                        match = self.with_reserve_section(text, match)  # 大熊猫国家公园 + 四川片区
                    out.append(match)
                    i = match.end
                    continue
            i += 1
        return out


# -- resolution to divisions and codes ------------------------------------------------
def within(child: Division, parent: Division) -> bool:
    """Whether `child` lies inside `parent` (温州市 ⊃ 鹿城区)."""
    if parent.level == "province":
        return child.province == parent.name
    if parent.level == "prefecture":
        return child.prefecture == parent.name
    return False


@dataclass
class DocContext:
    """Provinces and prefectures named unambiguously elsewhere in the document."""

    provinces: set = field(default_factory=set)
    prefectures: set = field(default_factory=set)

    def add(self, div: Division) -> None:
        if div.level == "province":
            self.provinces.add(div.name)
        else:
            if div.province:
                self.provinces.add(div.province)
            if div.level == "prefecture":
                self.prefectures.add(div.name)
            elif div.prefecture:
                self.prefectures.add(div.prefecture)

    def fits(self, div: Division) -> bool:
        return (
            div.name in self.prefectures
            or div.prefecture in self.prefectures
            or (div.level == "province" and div.name in self.provinces)
            or (not self.prefectures and div.province in self.provinces)
        )


def suffix_level(piece: str, grammar: dict) -> str:
    for level, suffixes in grammar.get("suffix_levels", {}).items():
        if any(piece.endswith(s) for s in suffixes):
            return level
    return "landmark"


def resolve(text: str, match: PlaceMatch, grammar: dict, context: Optional[DocContext] = None) -> dict:
    """Codes and levels of a place chain; ambiguity is left unresolved, never guessed.

    Returns adcode / admin_level / province / prefecture / county of the most specific
    division the gazetteer knows, `admin_level` of the span itself (a street or community
    has its county's code and its own level), and `adcode_candidates` when one name fits
    several divisions that neither the chain nor the document tells apart (several 新华区).
    """
    chosen: Optional[Division] = None
    level = None
    candidates: list[str] = []
    for s, e, divs, kind in match.parts:
        if kind in ("regional", "world"):
            level = "region" if kind == "regional" else "world"
            continue
        if not divs:
            level = suffix_level(text[s:e], grammar)
            continue
        cands = [d for d in divs if chosen is None or within(d, chosen)] or list(divs)
        if len(cands) > 1 and context is not None:
            cands = [d for d in cands if context.fits(d)] or cands
        if len(cands) == 1:
            chosen, candidates, level = cands[0], [], cands[0].level
        else:
            candidates, level = sorted(d.adcode for d in cands), cands[0].level
    out = {"adcode": None, "admin_level": level, "province": None, "prefecture": None, "county": None}
    if candidates:
        out["adcode_candidates"] = candidates
    elif chosen is not None:
        out["adcode"] = chosen.adcode
        out["province"] = chosen.name if chosen.level == "province" else (chosen.province or None)
        out["prefecture"] = chosen.name if chosen.level == "prefecture" else (chosen.prefecture or None)
        out["county"] = chosen.name if chosen.level == "county" else None
    return out


def document_context(text: str, matches: list[PlaceMatch], grammar: dict) -> DocContext:
    """Context from the places resolved without help: they disambiguate the rest."""
    ctx = DocContext()
    for m in matches:
        for _, _, divs, _ in m.parts:
            if len(divs) == 1:
                ctx.add(divs[0])
    return ctx
