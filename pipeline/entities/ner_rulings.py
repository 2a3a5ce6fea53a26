"""ner_rulings: hold the statistical model's entities to the annotation rulings.

The shipped `ner` learned from general corpora (MSRA, People's Daily, CLUENER) whose
conventions differ from ANNOTATION.md on exactly the borderline cases §4 rules on: it tags
平安 as a company, 中国 inside the slogan 平安中国, and quoted brand names such as “智安小区”.
The rule components apply those rulings themselves; this component applies them to the
model's entities (`doc.ents` as set by `ner`) before `entity_merger` sees them:

- quotation marks are outside every span (§1): an entity containing one is dropped;
- a campaign word alone (平安) or a place right after one (中国 in 平安中国) or right before a
  brand word (瓯越 in 瓯越义警) is a brand (§4);
- a unit head alone or after a generic modifier (派出所, 联勤警务站, 基层派出所, 街道派出所) is a
  generic mention or an unnamed post, and so is a name head (公司, 中学) after nothing, a generic
  word or industry words only (投资公司, 当地一所中学), as the organisations component rules, and
  a unit or organisation right after a distributive word (各城关派出所: each of a kind) (§1);
- a police unit the police-unit grammar does not read as one unit (冒充公安局, 山寨版派出所) is not
  a specific unit (§1), nor is a PLACE that ends in a unit head (五里店街道派出所), and an ORG or
  such a PLACE it reads as one is a POLICE_UNIT; a county's short form before a
  body counts as a unit here even where it is an ordinary word too (永康公安局: the model's reading
  and the gazetteer together), though the rules alone do not take it;
- an entity that opens with the measure word of a number before it (次进派出所 of 4次进派出所) or whose edge splits a number (日产原油4 in 日产原油4000桶) or a unit or organisation word (安招聘 in 公安招聘) is malformed;
- an ORG whose name head runs on into another word (银行卡, 大学生) or whose words before the head
  are a phrase rather than a name (被送医院, 状告银行, 两名大学: the organisations component's test) is none;
- a country's or a kind's media as a collective (外媒, 日媒, 官媒) is a generic mention (§1);
- a person that is an ordinary word (连任, 强奸, 初三, 小龙 of 小龙虾) is none: the persons component's own test;
- an entity that opens with a black market's trade (卡商, 卡商处, 卡商张某) is none: the trade is no name;
- a place of several words with an everyday verb among them (印度南部发生山, 男子承包水库) is a clause;
- a place the gazetteer reads as places side by side (巴西中国, 法国比利时) is split into them, and
  one whose edge cuts a gazetteer name (韩国东 of 韩国东海岸) is dropped;
- a person of one character is a surname alone (陈 of 陈致中); one that is a title, role or kinship word alone (民警, 所长, 岳父) or has a unit or organisation word inside
  (县级公安机关) is not a name (§1);
- a body's name fused into a longer word or a title (公安部 in 公安部门, 公安局 in 公安局长) is not
  a mention of that body (§4); before 门 it is one unless a rule component ends a body there too and
  the segmenter reads two words (附属第二医院 / 门诊);
- an ORG with a locative word inside (麓山南路沿线学校, 景区周边酒店) names the bodies of a kind around a
  place, and one opened by a chain written with its suffix whose body is named from the next place
  (贵阳市云岩区 + 贵州医科大学附属医院) is two entities, as the organisations component rules: dropped;
- an entity that is the whole content of a quotation (“智安小区”) is a brand or campaign label,
  and one that opens a longer quotation is a quoted list title (“中国最具幸福感城市”) (§4).

The word lists are data: resources/ner_rulings/rulings.json and, shared with the places
component so both rule alike, slogan_prefixes / brand_suffixes / quoted_title_min_extra of
resources/places/grammar.json, and not_after / title_after / sub_units / generic_modifiers of
resources/police_units/grammar.json; the titles and unit/organisation heads a name cannot be
or contain come from the persons, police_units and organisations grammars.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import resource_files
from ..segmentation.fast_cut import words_at, words_within
from ..spans import doc_text, is_han
from ..word_patterns import alternation
from .base import RuleComponent
from .gazetteer import Gazetteer
from .merge import hosted_posts
from .organisations import (describes_anonymised_body, named_from_next_place, generic_name_test, head_run_on_test, indefinite_patterns, kind_after_division,
                            kinds_after_divisions, names_an_app, total_after_fixed_name, wordy_name)
from .persons import ordinary_word
from .police_units import LABEL as POLICE_UNIT, PoliceUnitGrammar
from .places import currency_name, opens_quoted_title, people_test, quoted_method

CLOSING_SENTENCE_MARKS = "，。；！？"


def brackets_balanced(inner: str, pairs: dict) -> bool:
    closing = {c: o for o, c in pairs.items()}
    stack: list[str] = []
    for c in inner:
        if c in pairs:
            stack.append(c)
        elif c in closing:
            if not stack or stack.pop() != closing[c]:
                return False
    return not stack


def cut_at_end(text: str, start: int, end: int, word: str) -> int:
    """How many of the last characters of text[start:end] open `word`, which the text goes on with
    after end (九江站周 + 边 of 周边: 1; 老城区广场 + 舞 of 广场舞: 2); 0 where the span cuts no such word."""
    return next((k for k in range(1, len(word)) if text.endswith(word[:k], start, end)
                 and text.startswith(word[k:], end)), 0)


def space_next_to_han(inner: str) -> bool:
    return any(c.isspace() and ((i and is_han(inner[i - 1])) or (i + 1 < len(inner) and is_han(inner[i + 1])))
               for i, c in enumerate(inner))


# Chinese numerals and ordinal/quantity words that a measure word follows (两名, 首位, 每名, 数名)
NUMERAL_CHARS = "一二两三四五六七八九十百千万零〇首每几数多"


ASCII_AND_WIDE_DIGITS = "0123456789０１２３４５６７８９"  # not ① of a numbered list (①霍华德②基廷)


class NerRulings(RuleComponent):
    def compile(self) -> None:
        d = self.data
        self.quote_marks = set(d["quote_marks"])
        self.quotes = dict(d["quotes"])
        self.campaign_words = sorted(d["campaign_words"], key=len, reverse=True)
        self.campaign_set = set(d["campaign_words"])
        self.brand_suffixes = tuple(d.get("brand_suffixes", ()))
        self.species_after = tuple(d.get("species_after", ()))
        self.app_after = tuple(d.get("app_after", ()))
        self.brand_methods = tuple(d.get("brand_methods", ()))
        self.title_min_extra = int(d["quoted_title_min_extra"])
        self.place_title_min_extra = int(d.get("quoted_place_title_min_extra", self.title_min_extra))
        self.quoted_modifier_words = tuple(d.get("quoted_modifier_words", ()))
        self.quoted_clause_words = tuple(d.get("quoted_clause_words", ()))
        self.slogan_place_labels = set(d["slogan_place_labels"])
        self.fused_after = tuple(d["fused_after"])
        self.fused_labels = set(d["fused_labels"])
        self.suffix_words = tuple(d.get("suffix_words", ()))
        self.category_mark = d.get("category_mark", "类")
        self.generic_org_words = set(d.get("generic_org_words", ()))
        self.generic_venue_words = set(d.get("generic_venue_words", ()))
        self.trade_words = tuple(d.get("trade_words", ()))
        self.team_words = tuple(d.get("team_words", ()))
        self.place_kind_words = tuple(sorted(d.get("place_kind_words", ()), key=len, reverse=True))
        self.counted_collective = re.compile(d["counted_collective"]) if d.get("counted_collective") else None
        self.counted_places = re.compile(d["counted_places"]) if d.get("counted_places") else None
        self.noun_locative_ends = d.get("noun_locative_ends", "")
        self.locative_nouns = d.get("locative_nouns", "")
        teams = d.get("county_traffic_teams", {})
        self.county_team_words = tuple(teams.get("words", ()))
        self.county_team_heads = frozenset(teams.get("heads", ()))
        self.county_team_tails = frozenset(w + h for w in self.county_team_words for h in self.county_team_heads)
        self.list_marks = d.get("list_marks", "、和及与")
        # 中 + 共查获 (行动中共查获): the organisations component's rule for its fixed names, on the model's short ORGs
        self.org_fixed_not_before = dict(d.get("organisations", {}).get("fixed_not_before", {}))
        self.org_fixed_not_before_words = {k: tuple(v) for k, v in d.get("organisations", {}).get("fixed_not_before_words", {}).items()}
        self.org_fixed_total_verbs = {k: frozenset(v) for k, v in d.get("organisations", {}).get("fixed_total_verbs", {}).items()}
        central = d.get("central_task", {})
        self.central_task_head = central.get("head", "")
        self.central_task_verbs = frozenset(central.get("verbs", ()))
        formed = d.get("formed_groups", {})
        self.formed_group_verbs = tuple(sorted(formed.get("verbs", ()), key=len, reverse=True))
        self.formed_group_heads = tuple(formed.get("heads", ()))
        self.formed_group_max = formed.get("max_length", 0)
        determiner = d.get("determiner_before_names", {})
        self.determiners = determiner.get("determiners", "")
        self.determiner_labels = frozenset(determiner.get("labels", ()))
        self.determiner_object_after = determiner.get("object_after", "")
        self.category_labels = set(d.get("category_labels", ["ORG"]))
        self.unit_heads = sorted(d["unit_heads"], key=len, reverse=True)
        self.facility_suffixes = tuple(sorted(d.get("facility_suffixes", ()), key=len, reverse=True))
        self.named_feature_suffixes = frozenset(d.get("named_feature_suffixes", ()))
        self.section_feature_ends = d.get("section_feature_ends", "")
        self.generic_modifiers = set(d["generic_modifiers"])
        self.generic_labels = set(d["generic_labels"])
        self.brackets = dict(d["brackets"])
        self.locative_suffixes = sorted(d["locative_suffixes"], key=len, reverse=True)
        self.locative_labels = set(d["locative_labels"])
        self.words_across_place_ends = tuple(d.get("words_across_place_ends", ()))
        # (the places grammar's section suffixes, 段: a facility after a road's section is along it)
        self.section_suffixes = tuple(d["places"]["grammar"].get("section_suffixes", ()))
        self.place_kinds = frozenset(d["places"]["grammar"].get("listed_place_kinds", ()))
        self.anonymised_name_chars = d.get("anonymised_name_chars", "某")
        self.placeholder_after = d.get("placeholder_after", {})
        self.penalty_verbs = tuple(d.get("penalty_verbs", ()))
        self.title_mark_pairs = tuple(d.get("title_mark_pairs", ()))
        self.words_after_names = dict(d.get("words_after_names", {}))
        self.verbs_after_names = tuple(d.get("verbs_after_names", ()))
        self.unknown_place_levels = d.get("unknown_place_levels", "")
        self.preposition_place_before = d.get("preposition_place_before", "")
        weather = d.get("weather_words", {})
        self.weather_names = frozenset(weather.get("words", ()))
        self.weather_before = weather.get("before", "")
        self.weather_after = tuple(weather.get("after", ()))
        self.weather_before_words = tuple(weather.get("before_words", ()))
        self.name_labels = set(d["name_labels"])
        self.not_name_chars = frozenset(d.get("not_name_chars", ""))
        self.min_length = dict(d["min_length"])
        self.one_char_places = d.get("one_char_places", "")
        self.one_char_place_not_before = dict(d.get("one_char_place_not_before", {}))
        self.one_char_place_not_after = dict(d.get("one_char_place_not_after", {}))
        self.one_char_place_parties = tuple(d.get("one_char_place_parties", ""))
        self.frame_words_before_names = tuple(d.get("frame_words_before_names", ()))
        self.venue_suffixes = tuple(d.get("venue_suffixes", ()))
        self.campus_town_suffixes = tuple(d.get("campus_town_suffixes", ()))
        self.place_suffix_words = tuple(d.get("place_suffix_words", ()))
        self.family_place_ends = d.get("family_place_ends", "")
        self.role_words = set(d["role_words"])
        self.campaign_objects = frozenset(d.get("campaign_objects", ()))
        self.disease_after = tuple(d.get("disease_after", ()))
        self.disease_not_before = d.get("disease_not_before", "")
        self.media_collectives = set(d.get("media_collectives", ()))
        self.person_words_in_places = tuple(d.get("person_words_in_places", ()))
        self.clause_words_in_places = frozenset(d.get("clause_words_in_places", ()))
        self.person_words_in_orgs = tuple(d.get("person_words_in_orgs", ()))
        self.quantity_classifiers = set(d.get("quantity_classifiers", ""))
        self.surname_titles = set(d.get("surname_titles", ()))
        self.surnames = set(d.get("surnames", ()))
        self.body_words = sorted(d["body_words"], key=len, reverse=True)
        # a lookahead finds overlapping occurrences too
        self.body_re = re.compile("(?=(" + "|".join(re.escape(w) for w in self.body_words) + "))")
        self.body_word_max = max(map(len, self.body_words))
        self.org_name_heads = sorted(d["organisations"]["name_heads"], key=len, reverse=True)
        org = d["organisations"]
        self.org_not_name_words = frozenset(d["org_not_name_words"])
        self.org_everyday_words = frozenset(d["org_everyday_words"])
        # (with the verbs of forging the grammar lists: 修图软件篡改 + 医院 is a clause, no name)
        self.org_everyday_verbs = frozenset(d["org_everyday_verbs"]) | frozenset(org.get("forgery_verbs", ()))
        self.org_everyday_checked = set(org.get("everyday_checked_heads", ()))
        self.org_industry_words = frozenset(org.get("industry_words", ()))
        self.org_one_char_verbs = frozenset(org.get("one_char_name_verbs", ""))
        self.person_common_words = frozenset(d["person_common_words"])
        self.org_division_suffix_chars = org.get("division_suffix_chars", "")
        self.org_runs_on = head_run_on_test(org)  # 银行卡, 大学生: the organisations component's test
        self.org_heads = sorted(d["organisations"]["heads"], key=len, reverse=True)
        self.body_heads = tuple(self.org_heads) + tuple(self.unit_heads)
        self.indefinite_end, self.indefinite_start = indefinite_patterns(org)  # as the organisations component
        # 全国/全省/全市 open names of bodies too (全国人大, 全国政协): not generic before a body head
        self.org_generic_words = tuple(w for w in d["organisations"]["generic_names"] if not w.startswith("全"))
        self.police_grammar = PoliceUnitGrammar(d["police_grammar"], Gazetteer.from_data(d["places"]))
        gaz = self.police_grammar.gaz
        # what a model place may add after a name of the gazetteer and still be a place (trim_to_word)
        self.place_suffixes = (*gaz.chain_suffixes, *gaz.landmark_suffixes, *gaz.road_suffixes, *gaz.station_suffixes)
        self.names_a_people = people_test(d["places"]["grammar"])
        # a model PLACE that ends in one of these names a language (阿拉伯语): places' own list
        self.language_suffixes = tuple(d["places"]["grammar"].get("language_after", ()))
        # the places component's prepositions that open no place name (经 of 经磨憨口岸)
        self.place_prepositions = d["places"]["grammar"].get("name_prepositions", "")
        # a vehicle's number plate (浙C·8K2号): a province's abbreviation, a letter, then letters or digits
        prov = d["places"]["grammar"].get("province_abbreviations", "")
        self.plate = re.compile(rf"[{re.escape(prov)}][A-Z][·・.．]?[A-Z0-9]") if prov else None
        self.measure_chars = d.get("measure_chars", "")
        co = d.get("co_agent_words", ())
        self.co_agent = re.compile("|".join(map(re.escape, co))) if co else None
        # (联合 + 国家…, 国际…, 国网…: the characters after 联合国 that the organisations grammar reads as
        # opening another word, so 联合 is the co-agent word there, not the United Nations)
        self.un_not_before = d.get("organisations", {}).get("fixed_not_before", {}).get("国", "")
        pg = d["police_grammar"]
        self.stationed_at = pg.get("stationed_at", "")
        self.hosted_posts = hosted_posts(pg)[0]
        self.stationed_host_max = pg.get("stationed_host_max", 12)
        police_words = [*pg["bodies"], *pg["standalone_heads"], *(w for w in pg["collectives"] if w != "公安")]
        self.police_word = re.compile(alternation(police_words))
        self.police_word_end = re.compile(f"(?:{self.police_word.pattern})$")
        # township and village suffixes (街道, 镇, 村): the review gold tags no ORG that ends in one, 1,763 places do
        levels = d["places"]["grammar"].get("suffix_levels", {})
        self.township_suffixes = (*levels.get("township", ()), *levels.get("village", ()))
        # a town's bodies (镇人民政府, 村委会, 镇河长办): the heads a place suffix may stand before, less the
        # police station (a PLACE ending in a unit head is relabelled a unit first)
        self.town_body_heads = tuple(h for h in d["places"]["grammar"].get("single_char_suffix_heads", ())
                                     if not self.police_word_end.search(h))
        # museums and libraries (宁波博物馆, 故宫博物院, 国家图书馆): institutions, ORG, where the model reads a place
        self.institution_heads = tuple(d.get("institution_heads", ()))
        gaz = self.police_grammar.gaz
        # (周边村, 案发社区: a generic word and a place suffix; see generic_suffixed_place)
        self.generic_place_suffixes = (*gaz.chain_suffixes, *gaz.landmark_suffixes, *d.get("generic_place_suffixes", ()))
        # the word lists the rulings test every model entity's end against, as tuples for one
        # str.endswith each before the loops that find which word it is (most entities end in none)
        self.any_unit_head = tuple(self.unit_heads)
        self.any_org_head = (*self.org_name_heads, *self.org_heads)
        self.any_locative = tuple(self.locative_suffixes)
        self.word_locatives = tuple(w for w in self.locative_suffixes if len(w) > 1)  # (边 of 江边小学 is the name's)
        self.region_words_after_places = tuple(d.get("region_words_after_places", ()))
        self.locative_openings = tuple({w[:k] for w in self.locative_suffixes for k in range(1, len(w))})
        # another body's word inside (北仑区生态环境分局, 凭祥海关缉私分局): its 分局 is that body's
        self.other_body_words = tuple(pg.get("name_body_words", ()))
        self.branch_heads = tuple(pg["standalone_heads"])
        # (and a company named by one trade word alone, 煤炭公司, 评估公司: a kind, as the organisations
        # component rules, which seeks no longer name after one: 注册 + 公司 would let 信息注册公司 through)
        self.generic_org_name = generic_name_test(d["organisations"], frozenset(d["org_trade_words"]))
        self.org_kinds_after_place = tuple(d["organisations"].get("kinds_after_place", ()))
        self.org_kinds_after_divisions = kinds_after_divisions(d["organisations"])
        self.legal_forms = tuple(d["organisations"].get("legal_form_heads", ()))
        self.legal_form_max = max(map(len, self.legal_forms), default=0)
        self.road_named_divisions = tuple(d.get("road_named_divisions", ()))
        department = d.get("departments", {})
        self.department_hosts = tuple(department.get("hosts", ()))
        self.department_endings = tuple(department.get("endings", ()))
        self.department_max = department.get("max_length", 5)
        self.org_sub_bodies = frozenset(d["organisations"].get("sub_bodies", ()))
        departments_after = d["organisations"].get("hospital_departments")
        self.hospital_departments = re.compile(departments_after) if departments_after else None
        self.hospital_department_hosts = tuple(d["organisations"].get("hospital_department_hosts", ()))
        scope = d.get("scope_generic", {})
        self.scope_levels = scope.get("levels", "")
        self.scope_generic_bodies = frozenset(scope.get("bodies", ()))

    def reason(self, text: str, start: int, end: int, label: str, body_ends: frozenset = frozenset()) -> str | None:
        """Why the entity text[start:end] breaks a ruling, or None when it does not. `body_ends`: where
        the rule components' units and organisations end."""
        inner = text[start:end]
        if not any(c.isalpha() for c in inner):
            return "no letter, no name"  # 3-5 of 3-5月份
        if label == "ORG" and self.one_body_of_a_place(inner):
            return "generic mention"  # 广东东莞一工厂: one factory of the place, no name
        if label in ("ORG", POLICE_UNIT) and self.co_agent is not None and (
                self.joins_bodies(inner) or self.opens_with_partner(text, start, inner)):
            return "two bodies acting together"  # 市反诈中心联合市教育局, 公安部 + 联合国家发展改革委
        if label != "PERSON" and len(inner) > 3 and inner.endswith(self.verbs_after_names):
            return "a verb after a name"  # 台州市分列 (第二、第三位), 冰雪大世界开园 (以来)
        if names_an_app(text, start, end, self.app_after):
            return "an app's name"  # 国家反诈中心APP, “国家反诈中心”APP (a brand, §4)
        if label == "PLACE" and self.co_agent is not None and self.opens_with_partner(text, start, inner):
            return "a partner's word, not a place"  # 警方联合街道、消防等部门: 联合街道 is no place
        if label == "PERSON" and start > 0 and text[start - 1] in ASCII_AND_WIDE_DIGITS and inner[0] in self.measure_chars:
            return "a measure word after a number"  # 毫克 of 180毫克
        if label == "PLACE" and end - start == 1 and start > 0 and text[start - 1] == "全":
            return "a scope, not a place"  # 港 of 全港, 澳 of 全澳 (like 全市)
        if label == "PLACE" and self.police_grammar.gaz.after_list_closer(text, start):
            return "the kind of the places listed, no name"  # 三游洞等溶洞景区 (等鄱阳湖沿岸 keeps its lake)
        if label == "PLACE" and currency_name(text, start, end):
            return "a currency's name"  # 澳门 of 800万澳门元
        if any(c in self.quote_marks for c in inner):
            return "quotation mark inside"
        if not brackets_balanced(inner, self.brackets):
            return "unbalanced bracket"
        if space_next_to_han(inner):
            return "space inside a Chinese name"
        if inner in self.campaign_set:
            return "campaign word"
        if self.plate is not None and any(m.start() < end and start < m.end() for m in
                                          self.plate.finditer(text, max(0, start - 3), min(len(text), end + 3))):
            return "part of a number plate"
        if self.names_a_people(text, start, end):
            return "a people or a language"  # 蒙古 of 蒙古族, 塔吉克 of 塔吉克语 (places' ethnic names)
        if label == "PLACE" and end - start > 2 and inner.endswith(self.language_suffixes):
            return "a language"  # 阿拉伯语, 西班牙语: the name of a language, not a place
        if inner in self.media_collectives:
            return "media as a collective"  # 外媒称, 日媒称
        if inner in self.generic_venue_words:
            return "generic mention"  # 台球厅 or 琴行 alone, under any label: a kind of venue
        if label in self.generic_labels and (self.is_generic_unit(inner) or self.is_generic_org(inner)
                                             or inner in self.generic_org_words
                                             # 各城关派出所: each station of that name, as the police-unit grammar rules
                                             or text.endswith(self.police_grammar.generic_determiners, 0, start)):
            return "generic mention"
        if label in self.generic_labels and self.central_task_head and inner.endswith(self.central_task_head) \
                and inner[: -len(self.central_task_head)] in self.central_task_verbs:
            return "the central task, not a body"  # 围绕中心、服务大局; 护航中心、服务发展
        if label in self.generic_labels and len(inner) > 2 and inner[0] == "全" and inner[1] in self.scope_levels \
                and inner[2:] in self.scope_generic_bodies:
            return "all bodies of a kind, no one body"  # 全国法院, 全县中小学, 全国民航 (全国人大 is one)
        if label == "ORG" and self.formed_group_verbs and len(inner) <= self.formed_group_max \
                and inner.endswith(self.formed_group_heads) and text.endswith(self.formed_group_verbs, 0, start):
            return "a group set up and named by its task"  # 组成劝返小组, 组成的巡山队
        if label == POLICE_UNIT and self.counted_collective is not None and self.counted_collective.search(inner):
            return "places counted, no one unit"  # 湖北、湖南、江西三省警方
        if label == "ORG" and len(inner) <= 3 and text[end : end + 1] \
                and (text[end] in self.org_fixed_not_before.get(inner[-1], "")
                     or text.startswith(self.org_fixed_not_before_words.get(inner[-1], ()), end)
                     or total_after_fixed_name(text, start, end, self.org_fixed_total_verbs, self.org_everyday_verbs)):
            return "last character opens a longer word"  # 中共 of 春运中共破获, 直播中共解答
        if label == "ORG" and self.place_and_kind(inner):
            return "a place's bodies of a kind, or a verb, no name"  # 昆山市金融机构, 河西区组织(社区民警)
        if label == "ORG" and describes_anonymised_body(inner, self.legal_forms):
            return "an anonymised body described, no name"  # 杭州某游戏公司 (温州某科技有限公司 stays)
        if label in self.determiner_labels and self.after_determiner(text, start):
            return "after a determiner, no name"  # 此心安处是吾乡; 此秘书处 (that secretariat)
        if label == "ORG" and inner in self.weather_names and (
                (start > 0 and text[start - 1] in self.weather_before) or text.startswith(self.weather_after, end)
                or text.endswith(self.weather_before_words, 0, start)):
            return "weather"  # 受暴雪影响: the snowstorm, not the games company
        if label == "PLACE" and (inner in self.police_grammar.gaz.not_places or self.generic_suffixed_place(inner)):
            return "generic mention"  # 大陆, 内地, 辖区 (§1), 周边村, 案发社区: as the places component rules
        if label == "ORG" and self.org_runs_on(text, inner, end):
            return "head runs on into another word"
        if label == "ORG" and (any(w in inner for w in self.person_words_in_orgs)
                               or any(w in self.clause_words_in_places for w in words_within(text, start, end)[1:])):
            return "a clause, not an organisation's name"  # 网帖称法院, 巴基斯坦称政府, 女子遭插队
        if label == "ORG" and self.org_name_is_phrase(text, start, end, inner):
            return "a phrase before a name head, not a name"
        if label == "ORG" and any(w in inner[1:] for w in self.word_locatives):
            return "bodies of a kind around a place"  # 麓山南路沿线 + 学校, 景区周边 + 酒店: no one body's name
        if label == "ORG" and self.place_then_body_named_from_place(text, start, end):
            return "a place and a body named from the next place"  # 贵阳市云岩区 + 贵州医科大学附属医院
        if label == "PLACE" and (self.place_holds_a_verb(text, start, end) or any(w in inner for w in self.person_words_in_places)):
            return "a clause, not a place name"
        if any(0 < i < len(text) and text[i - 1].isdigit() and text[i].isdigit() for i in (start, end)):
            return "splits a number"
        if start > 0 and (text[start - 1].isdigit() or text[start - 1] in NUMERAL_CHARS) and (
                inner[0] in self.quantity_classifiers or inner[0] in "余多"):
            return "opens with the measure word of a number"  # 4次进派出所, 首位女 of 首位女大使, 10余人派出所
        if label == "PERSON" and self.placeholder_before_kind(text, inner, end):
            return "某 before a kind of place or body, no name"  # 向某某公司, 于某日 (persons' anonymised_not_before)
        if label == POLICE_UNIT and any(text[start - k : start + j] in self.police_grammar.generic
                                        for k in (1, 2) if start >= k for j in (1, 2)):
            return "starts inside a generic word"  # 各城 + 中村派出所: 城中村派出所 is a kind of station
        if label == "PLACE" and self.country_station(inner):
            return "a country's station, no name"  # 印度火车站 (温州南站 is a place's own station)
        if self.cuts_through_body_word(text, start) or self.cuts_through_body_word(text, end):
            return "cuts through a unit or organisation word"
        if (((label == POLICE_UNIT or (label == "ORG" and self.police_word.search(inner))) and not self.other_bodys_branch(inner))
                or (label == "PLACE" and self.police_word_end.search(inner))) \
                and not self.parses_as_unit(inner):
            return "not a unit under the police-unit grammar"  # also ORGs with 公安局, 警方 (状告公安局)
        if len(inner) < self.min_length.get(label, 1) or (
                label == "PLACE" and len(inner) == 1 and self.one_char_places and inner not in self.one_char_places):
            return "too short for a name"
        if label == "PLACE" and len(inner) == 1 and end < len(text) and (
                text[end] in self.one_char_place_not_before.get(inner, "")
                or text[end] in self.one_char_place_not_before.get("*", "")):
            return "a character of a longer word"  # 亚 of 亚运会, 奥 of 奥运; 泰语, 藏民 after any
        if label == "PLACE" and len(inner) == 1 and start > 0 and text[start - 1] in self.one_char_place_not_after.get(inner, ""):
            return "a character of a longer word"  # 港 of 回港
        if label == "PLACE" and len(inner) == 1 and self.one_char_place_parties and text.startswith(self.one_char_place_parties, end):
            return "a party, not a place"  # 中方 of 中方向越方移交, 美方
        if label == "PERSON" and ((text.startswith(self.disease_after, end) and not (
                text[end + 1 : end + 2] and text[end + 1] in self.disease_not_before))
                or (len(inner) > 3 and inner.endswith(self.disease_after))):
            return "a disease named after a person"  # 阿尔茨海默病
        if label in self.name_labels and any(c in self.not_name_chars for c in inner):
            return "a character no name holds"  # 林长+ of “林长+警长”: a mechanism's name, no person
        if label in self.name_labels and inner in self.role_words:
            return "title or role alone"
        if self.team_words and inner.endswith(self.team_words):
            return "a team named after its body"  # 株洲市代表队, 宁夏大学交通工程研究团队: the place or body stands
        if self.trade_words and inner.startswith(self.trade_words):
            return "a black-market trade, not a name"  # 卡商, 卡商处, 卡商张某
        if label == "PERSON" and len(inner) > 2 and inner[0] in self.place_prepositions \
                and text[end : end + 1] and text[end] in self.preposition_place_before \
                and self.is_one_place(inner, 1, len(inner)):
            return "a preposition and a place"  # 意大利警方于罗马将…抓获: 于 is no surname there
        if label == "PERSON" and ordinary_word(inner, self.person_common_words, self.org_not_name_words):
            return "an ordinary word, not a name"
        if label == "PERSON" and len(inner) == 2 and inner[1] in self.noun_locative_ends and inner[0] in self.locative_nouns \
                and inner[0] not in self.surnames:
            return "a noun and a locative"  # 结果卡里被转走: 卡 is no surname, 里 no given name (特里, 佩里 stay names)
        if label in self.name_labels and any(inner[:k] in self.surnames and inner[k:] in self.surname_titles
                                             for k in (1, 2) if k < len(inner)):
            return "surname and title"
        if label in self.name_labels and self.body_re.search(inner):
            return "unit or organisation inside a name"
        if label in self.fused_labels and text.startswith(self.fused_after, end) \
                and (end not in body_ends or end not in words_at(text, end - 1, end + 2)):
            # (a body the rules end there too is fused only where the segmenter glues the two, 公安/部门,
            # 公安局长; 附属第二医院/门诊 is two words; the model alone before 门口 often ran a clause
            # together, 女子裸身坐饭店 + 门口)
            return "fused into a longer word or title"
        if label in self.slogan_place_labels and end > start + 1 and text.startswith(self.suffix_words, end - 1):
            return "last character opens a longer word"  # 美国州 of 美国州长, 中国市 of 中国市场
        if label in self.slogan_place_labels and any(text.endswith(w, 0, start) for w in self.campaign_words):
            return "place inside a slogan"
        if (label in self.slogan_place_labels or label == "PERSON") and text.startswith(self.brand_suffixes, end):
            return "place inside a brand"  # 瓯越义警 (§4); 柯桥 of ‘柯桥义警’ read as a person
        if label == "PLACE" and text.startswith(self.species_after, end):
            return "place inside a species' name"  # 中华鲟, 长江江豚, 亚洲象
        if label in self.slogan_place_labels and quoted_method(text, start, end, self.quotes, self.brand_methods):
            return "place inside a brand"  # “枫桥经验”: a method named after the place
        if start > 0 and text[start - 1] in self.quotes and inner.startswith(tuple(self.campaign_words)) \
                and len(inner) > 2:
            return "campaign slogan"  # “平安云和” read as the place 平安云
        if self.is_slogan(inner):
            return "campaign slogan"  # 平安中国 as an ORG: a campaign word and a place (§4)
        if self.is_place_brand(inner):
            return "brand"  # 瓯越义警 as an ORG: a place and a brand word (§4)
        if label in self.category_labels and self.category_mark in inner[1:-1]:
            return "a category, not a name"  # 平安类社会组织, 公益类组织
        if start > 0 and text[start - 1] in self.quotes and text.startswith(self.quotes[text[start - 1]], end) \
                and not (label == "ORG" and inner.endswith(self.legal_forms) and len(inner) > self.legal_form_max):
            # (a registered company's full name in quotation marks is its name: 注册成立“楚韵拍卖有限公司”)
            return "quoted brand or label"
        if opens_quoted_title(text, start, end, self.quotes,
                              self.place_title_min_extra if label == "PLACE" else self.title_min_extra,
                              CLOSING_SENTENCE_MARKS, self.quoted_clause_words, self.quoted_modifier_words,
                              # (local products named by their origin, “盘锦大米”: as the gazetteer reads them)
                              self.police_grammar.gaz.local_products if label == "PLACE" else (),
                              self.police_grammar.gaz.local_product_rest_max):
            return "opens a quoted title"
        if self.police_grammar.gaz.inside_event_title(text, start, end):
            return "inside an event's title"  # 中国 of 中国国际进口博览会 (a title, like a brand, §4)
        if label == "PLACE" and self.police_grammar.gaz.inside_quoted_platform(text, start, end):
            return "place inside a platform's name"  # 中国 of “慈善中国”平台 (a brand, §4)
        return None

    def after_determiner(self, text: str, start: int) -> bool:
        """text[start - 1] is a determiner (此) that is not the object of the character before it
        (因此, 为此, 对此: then it closes that word and a name may follow)."""
        return start > 0 and text[start - 1] in self.determiners and not (
            start > 1 and text[start - 2] in self.determiner_object_after)

    def one_body_of_a_place(self, inner: str) -> bool:
        """A place, then 一 (and a classifier), then a kind of body (杭州一公司, 广东东莞一工厂)."""
        chain = self.police_grammar.gaz.chain_at(inner, 0, require_boundary=False)
        return chain is not None and self.indefinite_end.match(inner, chain.end) is None and \
            self.indefinite_start.match(inner, chain.end) is not None

    def co_agent_at(self, text: str, start: int, end: int):
        """The co-agent word (联合, 会同 …) that opens text[start:end], or None; 联合国 as a name
        (联合国安理会) is none, but not before a character that opens another word with 国 (联合 + 国家发展改革委,
        联合 + 国网兰陵县供电公司: the organisations grammar's fixed_not_before)."""
        m = self.co_agent.match(text, start, end)
        if m is None or (text.startswith("联合国", start) and text[start + 3 : start + 4] not in self.un_not_before):
            return None
        return m

    def opens_with_partner(self, text: str, start: int, inner: str) -> bool:
        """The span opens with a co-agent word right after another word (公安部联合国家发展改革委):
        the partner follows it."""
        return start > 0 and is_han(text[start - 1]) and self.co_agent_at(text, start, start + len(inner)) is not None

    def joins_bodies(self, inner: str) -> bool:
        """A co-agent word inside the span, with a level prefix or a place right after it, or a
        body's head right before it (厦门海警局联合海关: two bodies)."""
        gaz = self.police_grammar.gaz
        return any(0 < m.start() and m.end() < len(inner) and (
            inner[m.end()] in self.police_grammar.level_prefixes or gaz.chain_at(inner, m.end(), require_boundary=False)
            or inner.endswith(self.body_heads, 0, m.start()))
            for m in self.co_agent.finditer(inner))

    def is_slogan(self, inner: str) -> bool:
        """A campaign word and then exactly one place (平安中国, 美丽浙江): a slogan whatever the label."""
        for w in self.campaign_words:
            if inner.startswith(w) and len(inner) > len(w):
                # (平安乡村, 平安校园: a campaign word and a kind of place, no name, is a slogan too)
                return self.is_one_place(inner, len(w), len(inner)) or inner[len(w):] in self.campaign_objects
        # a place before such a slogan (湖北省平安医院 of 湖北省平安医院建设考核): the place's campaign, no
        # name of a body (the place alone stays, found by the places component)
        chain = self.police_grammar.gaz.chain_at(inner, 0, require_boundary=False)
        if chain is not None and 0 < chain.end < len(inner):
            rest = inner[chain.end:]
            return any(rest.startswith(w) and rest[len(w):] in self.campaign_objects for w in self.campaign_words)
        return False

    def is_place_brand(self, inner: str) -> bool:
        """Exactly one place and then a brand word (瓯越义警): a brand whatever the label."""
        return self.one_place_then(inner, self.brand_suffixes)

    def place_and_kind(self, inner: str) -> bool:
        """A place chain and then only a kind word (place_kind_words, longest first)."""
        return self.one_place_then(inner, self.place_kind_words)

    def one_place_then(self, inner: str, words) -> bool:
        """Exactly one place chain and then the first of `words` that ends `inner` after something."""
        word = next((w for w in words if inner.endswith(w) and len(inner) > len(w)), None)
        return word is not None and self.is_one_place(inner, 0, len(inner) - len(word))

    def is_one_place(self, inner: str, start: int, end: int) -> bool:
        """inner[start:end] is one place chain of the gazetteer, nothing more or less."""
        chain = self.police_grammar.gaz.chain_at(inner, start, require_boundary=False)
        return chain is not None and chain.end == end

    def is_generic_unit(self, inner: str) -> bool:
        """A unit head with nothing or only a generic modifier before it (派出所, 联勤警务站,
        基层派出所): a generic mention or an unnamed post, not a specific unit (§1)."""
        if not inner.endswith(self.any_unit_head):
            return False
        for head in self.unit_heads:
            if inner.endswith(head):
                rest = inner[: -len(head)]
                return rest == "" or rest in self.generic_modifiers
        return False

    def generic_suffixed_place(self, inner: str) -> bool:
        """A generic word and a place suffix alone (周边村, 案发社区, 偏远镇, 周边公园): the places
        grammar's not_place_names name no place before its chain or landmark suffixes (and the
        rulings' generic_place_suffixes)."""
        not_place_names = self.police_grammar.gaz.not_place_names
        return inner.endswith(self.generic_place_suffixes) and any(inner.endswith(suf) and inner[: -len(suf)] in not_place_names for suf in self.generic_place_suffixes)

    def placeholder_before_kind(self, text: str, inner: str, end: int) -> bool:
        """A model PERSON ending in 某 / 某某 right before what the persons grammar reads as a kind or a
        time word after it (向某某 + 公司, 于某 + 日): a placeholder, no anonymised name."""
        mark = "某某" if inner.endswith("某某") else "某" if inner.endswith("某") else None
        return mark is not None and end < len(text) and text[end] in self.placeholder_after.get(mark, "") \
            and not text.startswith(self.penalty_verbs, end)  # (吴某 + 处以罚款 stays a name)

    def country_station(self, inner: str) -> bool:
        """A country's name and a station word (印度 + 火车站): a station of that country, no name of one
        (places grammar: a place's own station continues only a Chinese division's name)."""
        gaz = self.police_grammar.gaz
        found = gaz.name_at(inner, 0)
        return found is not None and found[1] == "world" and inner[found[0]:] in gaz.station_suffixes

    def other_bodys_branch(self, inner: str) -> bool:
        """A branch of another department (北仑区生态环境分局, 凭祥海关缉私分局): a standalone head such
        as 分局 at the end and another body's word before it."""
        return inner.endswith(self.branch_heads) and any(w in inner for w in self.other_body_words)

    def parses_as_unit(self, inner: str) -> bool:
        """The police-unit grammar reads the whole span as one unit (冒充公安局, 员进派出所 and
        保安部 it does not; 省公安厅 and 鹿城区分局 it does)."""
        if any(u.start == 0 and u.end == len(inner) for u in self.police_grammar.find(inner)):
            return True
        if self.stationed_post(inner):
            return True
        # a county's short form + a body (永康公安局, 和平警方): the rules alone refuse the short forms
        # that are ordinary words too; the model's reading and the gazetteer together suffice
        grammar, county = self.police_grammar, self.police_grammar.gaz.county_short_at(inner, 0)
        if county is not None:
            head = inner[county[0]:]
            if any(p.fullmatch(head) for p in (grammar.bodies, grammar.collectives)) and head not in grammar.national:
                return True
            if head in self.county_team_tails:
                return True  # 金水 + 交警大队: the traffic police's team of the county
        if inner.startswith(self.county_team_words):
            word = next(w for w in self.county_team_words if inner.startswith(w))
            county = grammar.gaz.county_short_at(inner, len(word))
            if county is not None and inner[county[0]:] in self.county_team_heads:
                return True  # 交警 + 河西 + 支队, as the traffic police name a county's team
        # (鹤山县: a short form the gazetteer knows, under a level it no longer has, counts as unknown there)
        return self.unknown_place_unit(inner)

    def stationed_post(self, inner: str) -> bool:
        """A unit, 驻 and a post named after its host (东华门派出所驻协和医院警务室): the station's post
        at a hospital, school or firm, one unit (police-unit grammar's `stationed_at`, `hosted_posts`;
        the merger builds the same chain where the rules found the host)."""
        at = inner.find(self.stationed_at) if self.stationed_at else -1
        if at <= 0:
            return False  # (no 驻, or no unit before it)
        host = inner[at + len(self.stationed_at):]
        post = next((p for p in self.hosted_posts if host.endswith(p)), None)
        if post is None or not 2 <= len(host) - len(post) <= self.stationed_host_max \
                or not all(is_han(c) for c in host) or self.stationed_at in host:
            return False
        return self.parses_as_unit(inner[:at])

    def unknown_place_unit(self, inner: str) -> bool:
        """A two-character name the gazetteer does not know + a level (鹤山县, 宁远市) before what the
        grammar reads as a unit from the level on (县公安局交警大队): the model's name, the grammar's body."""
        grammar = self.police_grammar
        if len(inner) < 5 or inner[2] not in self.unknown_place_levels or not all(is_han(c) for c in inner[:2]):
            return False
        name = inner[:2]
        if any(c in grammar.non_name for c in name) or name in self.org_not_name_words \
                or grammar.gaz.name_at(inner, 0) is not None:
            return False  # (a known place parses, or fails, on its own)
        rest = inner[2:]
        return any(u.start == 0 and u.end == len(rest) for u in grammar.find(rest))

    def with_facility(self, doc: Doc, text: str, ent: Span, limit: int) -> Span:
        """A model place right before a facility or zone word is that facility (袁家界景区, 大窑湾港区):
        the model learned places, not what the rules' chains add after them. One that ends inside
        such a word (八一大 + 桥) ends with it."""
        if ent.label_ != "PLACE":
            return ent
        # 八一大桥: the model stopped inside 大桥 (the word's rest follows; two characters of name before it)
        rest = next((w[k:] for w in self.facility_suffixes for k in range(1, len(w)) if ent.end_char - ent.start_char > 2
                     and text.endswith(w[:k], ent.start_char + 2, ent.end_char) and text.startswith(w[k:], ent.end_char)), None)
        if rest is not None:
            return extended(doc, ent, ent.end_char + len(rest), limit)
        gaz = self.police_grammar.gaz
        division = next((w for w in self.road_named_divisions if text.startswith(w, ent.end_char)), None)
        if division is not None and text.endswith(tuple(gaz.road_suffixes), ent.start_char, ent.end_char) \
                and not text.startswith(gaz.roles_after_suffix, ent.end_char):
            # 芙蓉街 + 社区, 海东路 + 街道: the community or sub-district named after the road (社区民警 is a role)
            return extended(doc, ent, ent.end_char + len(division), limit)
        if not text.startswith(self.facility_suffixes, ent.end_char) or text.endswith(self.section_suffixes, ent.start_char, ent.end_char):
            return ent  # (昌九高速九江段 + 服务区: a facility along the section, no name)
        suffix = next(w for w in self.facility_suffixes if text.startswith(w, ent.end_char))
        if suffix not in self.named_feature_suffixes and any(
                (found := gaz.name_at(text, i)) is not None and found[0] == ent.end_char for i in range(ent.start_char, ent.end_char - 1)):
            return ent  # 美国机场, 北京景区, 上海机场: a known place's airports or sights, no name of their own
        return extended(doc, ent, ent.end_char + len(suffix), limit)

    def with_section(self, doc: Doc, text: str, ent: Span, limit: int) -> Span:
        """A model river or lake right before a known place and 段 is that stretch, one PLACE
        (贡江于都段, 西江梧州段: as the places grammar reads 长江芜湖段 for the features it knows)."""
        if ent.label_ != "PLACE" or text[ent.end_char - 1 : ent.end_char] not in self.section_feature_ends:
            return ent
        end = self.police_grammar.gaz.section_end(text, ent.end_char)
        span = doc.char_span(ent.start_char, end, label=ent.label_) if end is not None and end <= limit else None
        return span if span is not None else ent

    def relabel(self, doc: Doc, text: str, ent: Span) -> Span:
        """An ORG the police-unit grammar reads as one unit is a POLICE_UNIT (§1: a body of the
        public-security system): the model learned ORG for every body from the general corpora;
        so is a PLACE that ends in a unit head (a place's name is never a unit's). A model unit that is
        another department's branch (慈溪市生态环境分局) is an ORG, and so is a PLACE that ends in a
        museum's or library's head (宁波博物馆: `institution_heads`).
        An ORG named as a venue (深圳大运中心, 国家会展中心: places grammar `venue_suffixes`) is a
        landmark, PLACE (§4), and so is a district of campuses (广州大学城: `campus_town_suffixes`); a
        PERSON that ends in a place suffix of two characters or more (曹妃甸港区, 南七街道: the places
        grammar's chain and landmark suffixes) is a place, and so is a surname + 家 + a place
        character (杨家界, 郭家坝, 王家营: `family_place_ends`) and a PERSON right before a word for an
        area around a place (张江 + 地区: `region_words_after_places`)."""
        inner = text[ent.start_char : ent.end_char]
        if ((ent.label_ == "ORG" and self.police_word.search(inner)) or (ent.label_ == "PLACE" and self.police_word_end.search(inner))) \
                and self.parses_as_unit(inner):
            return Span(doc, ent.start, ent.end, label=POLICE_UNIT)  # (a PLACE ending in a unit head: 南浦派出所)
        if ent.label_ == "PLACE" and any(len(inner) > len(h) and inner.endswith(h) for h in self.town_body_heads):
            return Span(doc, ent.start, ent.end, label="ORG")  # 中垾镇河长办, 华塘镇人民政府: the town's body, no place
        if ent.label_ == "PLACE" and any(len(inner) > len(h) and inner.endswith(h) for h in self.institution_heads) \
                and not text.startswith(self.generic_place_suffixes, ent.end_char):
            # 宁波博物馆: an institution, as the organisations grammar reads it (武侯祠博物馆 + 景区 stays a place)
            return Span(doc, ent.start, ent.end, label="ORG")
        if ent.label_ == POLICE_UNIT and self.other_bodys_branch(inner) and not self.parses_as_unit(inner):
            return Span(doc, ent.start, ent.end, label="ORG")  # 慈溪市生态环境分局: another department's branch
        if ent.label_ == "ORG" and inner.endswith(self.venue_suffixes) and len(inner) > 4:
            return Span(doc, ent.start, ent.end, label="PLACE")
        if ent.label_ == "ORG" and any(len(inner) > len(w) + 1 and inner.endswith(w) for w in self.campus_town_suffixes):
            return Span(doc, ent.start, ent.end, label="PLACE")  # 广州大学城: a district of campuses, no university
        if ent.label_ == "ORG" and len(inner) > 2 and inner.endswith(self.township_suffixes):
            return Span(doc, ent.start, ent.end, label="PLACE")  # 北京市海淀区学院路街道: a street or town is a place
        if ent.label_ == "PERSON" and "某" not in inner and any(
                len(inner) >= len(w) + 2 and inner.endswith(w) for w in self.place_suffix_words):
            return Span(doc, ent.start, ent.end, label="PLACE")  # 曹妃甸港区, 南七街道: no person's name ends so
        if ent.label_ == "PERSON" and len(inner) == 3 and inner[1] == "家" and inner[2] in self.family_place_ends:
            return Span(doc, ent.start, ent.end, label="PLACE")  # 杨家界, 郭家坝: a family's place, no given name
        if ent.label_ == "PERSON" and "某" not in inner and text.startswith(self.region_words_after_places, ent.end_char):
            return Span(doc, ent.start, ent.end, label="PLACE")  # 张江 + 地区: an area, no person, goes on so
        return ent

    def cuts_through_body_word(self, text: str, i: int) -> bool:
        """A unit or organisation word (公安, 法院, 人民政府) runs across offset i: an entity edge
        there splits the word (安招聘 in 公安招聘)."""
        lo = max(0, i - self.body_word_max + 1)
        return any(lo + m.start() < i < lo + m.start() + len(m.group(1)) for m in self.body_re.finditer(text[lo : i + self.body_word_max - 1]))

    def place_holds_a_verb(self, text: str, start: int, end: int) -> bool:
        """A model place of several words with an everyday verb among them is a clause that ends
        in a place word (印度南部/发生/山 of 发生山体滑坡, 男子/承包/水库, 官方/回应/街道): the words
        are the segmenter's, in context; a verb that opens the place names it (钓鱼/岛, 解放/路)."""
        words = words_within(text, start, end, right=2)
        if any(w in self.clause_words_in_places for w in words[1:]):
            return True  # 印尼/称/巴厘岛, 英国/因/火山
        if len(words) >= 2 and words[0] in self.org_everyday_verbs and len("".join(words[1:])) >= 2:
            return True  # 掉进/公园, 栖身/桥洞: a verb opens it and a common noun follows
        return len(words) >= 2 and any(w in self.org_everyday_verbs for w in words[1:])  # 钓鱼/岛 stays

    def place_then_body_named_from_place(self, text: str, start: int, end: int) -> bool:
        """A chain written with its division's suffix opens the model ORG and the next place starts
        the body's name inside it: the place and the body are two entities, as the organisations
        component rules (its named_from_next_place)."""
        gaz = self.police_grammar.gaz
        chains = [c for c in gaz.find_chains(text) if start <= c.start and c.end < end]
        first = next((c for c in chains if c.start == start), None)
        # (the next place by its short form or a country's name: one written in full continues the chain
        # where the gazetteer could not join it)
        return first is not None and any(named_from_next_place(text, first, c, self.org_division_suffix_chars)
                                         and c.parts[0][3] != "full" for c in chains)

    def org_name_is_phrase(self, text: str, start: int, end: int, inner: str) -> bool:
        """The words before a name head are a phrase (被/送 医院, 状告 银行, 两/名 大学): the
        organisations component's wordy_name test, on the segmenter's words of the model's name."""
        head = next((h for h in self.org_name_heads if inner.endswith(h)), None)
        if head is None or len(inner) == len(head):
            return False
        name_end = end - len(head)
        words = words_within(text, start, name_end)
        return wordy_name(words, head, self.org_not_name_words, self.org_everyday_words, self.org_everyday_verbs,
                          self.org_everyday_checked, self.org_industry_words, self.org_one_char_verbs)

    def is_generic_org(self, inner: str) -> bool:
        """A name head after nothing, a generic word or industry words only (公司, 投资公司,
        当地一所中学), or a body head after a generic word (一审法院, 当地法院): a kind of
        organisation or a generic mention, as the organisations component rules (§1)."""
        # (长安镇 + 学校: the schools of a division written with its suffix, also where the head is none of
        # the rules' heads)
        if any(inner.endswith(k) and kind_after_division(self.org_kinds_after_divisions, inner[: -len(k)], k)
               for heads, _, _, _ in self.org_kinds_after_divisions for k in heads):
            return True
        if not inner.endswith(self.any_org_head):
            return False
        for head in self.org_name_heads:
            if inner.endswith(head):
                rest = inner[: -len(head)]
                # (杭州一公司, 东莞一家工厂: one body of the place, as the organisations component rules)
                # (江苏省中小学 + 幼儿园: the place's schools of a kind, as the organisations component rules)
                return rest == "" or self.generic_org_name(rest, head) or self.indefinite_end.search(rest) is not None \
                    or any(rest.endswith(k) for k in self.org_kinds_after_place)
        # a body head after a generic word (当地法院, 一审法院, 上级法院); a bare head is left to the
        # model (统计局, 村委会: MSRA and People's Daily tag them, and the text often means one body)
        for head in self.org_heads:
            if inner.endswith(head):
                rest = inner[: -len(head)]
                return rest != "" and rest.startswith(self.org_generic_words)
        return False

    def trim_preposition(self, doc: Doc, text: str, ent: Span) -> Span:
        """A model place that opens with a preposition (经磨憨口岸): the place after it, when that is
        a known place or ends in a facility word and the whole is no known name (从化区, 于都县); a model
        unit likewise (经 + 市局刑侦支队), when the rest and not the whole parses as a unit."""
        if ent.end_char - ent.start_char < 3 or text[ent.start_char] not in self.place_prepositions:
            return ent
        if ent.label_ == "POLICE_UNIT":
            inner = text[ent.start_char : ent.end_char]
            if self.parses_as_unit(inner[1:]) and not self.parses_as_unit(inner):
                return doc.char_span(ent.start_char + 1, ent.end_char, label=ent.label_) or ent
            return ent
        if ent.label_ != "PLACE":
            return ent
        gaz, s = self.police_grammar.gaz, ent.start_char
        if gaz.name_at(text, s) is not None:
            return ent
        if gaz.chain_at(text, s + 1, require_boundary=False) is None and not text.endswith(self.facility_suffixes, s + 1, ent.end_char) \
                and gaz.suffixed_name_at(text, s + 1, gaz.chain_suffixes) != ent.end_char:
            return ent  # (于 + 鸭溪镇: a town known by its suffix)
        return doc.char_span(s + 1, ent.end_char, label="PLACE") or ent

    def trim_word_across_end(self, doc: Doc, text: str, ent: Span) -> Span | None:
        """A model place whose last characters open a word the text goes on with (洛阳市老城区广场 + 舞:
        广场舞, a dance; `words_across_place_ends`) ends before that word, or is no place where fewer
        than two characters would be left."""
        if ent.label_ != "PLACE":
            return ent
        start, end = ent.start_char, ent.end_char
        for word in self.words_across_place_ends:
            cut = cut_at_end(text, start, end, word)
            if cut:
                return None if end - start - cut < 2 else (doc.char_span(start, end - cut, label=ent.label_) or ent)
        return ent

    @staticmethod
    def trim_unnamed(doc: Doc, text: str, ent: Span) -> Span:
        """A model place running on into an unnamed site (沪渝高速 + 某服务区) ends before 某: a name
        holds no 某 (the review sets' gold: no place holds one, 118 end right before it)."""
        if ent.label_ != "PLACE":
            return ent
        k = text.find("某", ent.start_char + 2, ent.end_char)
        return ent if k < 0 else (doc.char_span(ent.start_char, k, label=ent.label_) or ent)

    def trim_frame_word(self, doc: Doc, text: str, ent: Span) -> Span:
        """A model entity that opens with a time-frame word (期间 + 平遥古城): the name after it."""
        inner = text[ent.start_char : ent.end_char]
        word = next((w for w in self.frame_words_before_names if inner.startswith(w)), None)
        if word is None or len(inner) - len(word) < 2:
            return ent
        return doc.char_span(ent.start_char + len(word), ent.end_char, label=ent.label_) or ent

    def trim_department(self, doc: Doc, text: str, ent: Span) -> Span:
        """A model ORG that runs on past a hospital's, school's or company's name into one of its
        internal departments (南昌市第一医院 + 急诊科, 遵义市第一人民医院 + 医保办, 爱康医院 + 原后勤科)
        ends with the body: the blind reviewers tag the body, not the department."""
        if ent.label_ != "ORG":
            return ent
        inner = text[ent.start_char : ent.end_char]
        if not inner.endswith(self.department_endings):
            return ent
        cut = max((k + len(h) for h in self.department_hosts if (k := inner.rfind(h)) > 0), default=0)
        if cut == 0 or not 0 < len(inner) - cut <= self.department_max or inner[cut:] in self.org_sub_bodies:
            return ent
        return doc.char_span(ent.start_char, ent.start_char + cut, label=ent.label_) or ent

    def with_department(self, doc: Doc, text: str, ent: Span, limit: int) -> Span:
        """A model hospital right before a department it names (海南省人民医院 + 信息科工作人员) runs
        on over it, as the organisations grammar reads it (`hospital_departments`); the department
        the trim above cut comes back only where no title follows it (急诊科 + 主任 stays cut)."""
        if self.hospital_departments is None or ent.label_ != "ORG" \
                or not text.endswith(self.hospital_department_hosts, ent.start_char, ent.end_char):
            return ent
        m = self.hospital_departments.match(text, ent.end_char)
        return extended(doc, ent, m.end(), limit) if m else ent

    def trim_partner(self, doc: Doc, text: str, ent: Span) -> Span:
        """A body opening a clause with a co-agent word (联合柳市镇第二中学开展…): the body is what
        follows the word; inside a clause the span is refused whole (opens_with_partner). A model
        place that opens with one (将联合 + 星沙街道) is the place the rules read after it, wherever it stands."""
        if ent.label_ == "PLACE" and self.co_agent is not None:
            m = self.co_agent_at(text, ent.start_char, ent.end_char)
            if m is None or ent.end_char - m.end() < 3:
                return ent
            gaz = self.police_grammar.gaz
            chain = gaz.chain_at(text, m.end(), require_boundary=False)
            if (chain is not None and chain.end == ent.end_char) \
                    or gaz.suffixed_name_at(text, m.end(), gaz.chain_suffixes) == ent.end_char:
                return doc.char_span(m.end(), ent.end_char, label=ent.label_) or ent
            return ent
        if ent.label_ not in self.generic_labels or self.co_agent is None or (
                ent.start_char > 0 and is_han(text[ent.start_char - 1])):
            return ent
        m = self.co_agent_at(text, ent.start_char, ent.end_char)
        if m is None or ent.end_char - m.end() < 3:
            return ent
        return doc.char_span(m.end(), ent.end_char, label=ent.label_) or ent

    def trim_title_marks(self, doc: Doc, text: str, ent: Span) -> Span:
        """Book-title marks around a model entity are outside it (《人民公安报》 → 人民公安报)."""
        start, end = ent.start_char, ent.end_char
        if end - start > 2 and text[start] + text[end - 1] in self.title_mark_pairs:
            return doc.char_span(start + 1, end - 1, label=ent.label_) or ent
        return ent

    def trim_clause_char(self, doc: Doc, text: str, ent: Span) -> Span:
        """A model PERSON that took the next word's first character ends before it: an anonymised
        name at its 某 (王某系网上在逃人员 → 王某, 林某关在家中 → 林某), any name before a word that follows names (刘洋生前 →
        刘洋: words_after_names)."""
        end = ent.end_char
        if ent.label_ != "PERSON" or end - ent.start_char < 3:
            return ent
        k = text.find("某", ent.start_char + 1, end)
        if k > 0:  # 陈某伙同 → 陈某: an anonymised name ends with its 某 run (某某, 某甲), whatever the model took after it
            j = k
            while j < end and text[j] in self.anonymised_name_chars:
                j += 1
            if j < end:
                return doc.char_span(ent.start_char, j, label=ent.label_) or ent
        word = next((w for w in self.words_after_names if text.startswith(w, end - 1)), None)
        if word is not None and text[end - 1 + len(word) : end + len(word)] and \
                text[end - 1 + len(word)] in self.words_after_names[word]:
            word = None  # 李建生前往: 生 + 前往, the name is 李建生
        if not (text[end - 2] == "某" and text[end - 1] not in self.anonymised_name_chars) and word is None:
            return ent  # (刘洋生前 → 刘洋: the same for words that follow names, words_after_names)
        return doc.char_span(ent.start_char, end - 1, label=ent.label_) or ent

    def trim_locative(self, doc: Doc, text: str, ent: Span) -> Span | None:
        """`ent` without a locative word at its end (南塘河畔 → 南塘河), or the head of one it cuts
        (九江站周 of 九江站周边 → 九江站); None when fewer than two
        characters would be left or the cut is not on a token boundary."""
        if ent.label_ not in self.locative_labels:
            return ent
        start, end = ent.start_char, ent.end_char
        gaz = self.police_grammar.gaz
        if ent.label_ == "PLACE" and any(w in text[start + 2 : end] for w in gaz.bank_locatives):
            # 东江 + 边跳广场: a known river or lake, then its edge: the river is the place (the chain is
            # looked up only where a bank word lies inside the span)
            chain = gaz.chain_at(text, start, require_boundary=False)
            if chain is not None and start + 2 <= chain.end < end and gaz.at_water_edge(text, chain.end):
                return doc.char_span(start, chain.end, label=ent.label_)
        if ent.label_ == "PLACE" and text[start:end].endswith(tuple(self.place_kinds)):
            # 津蓟高速 + 沿线 + 服务区, 昌九高速九江段 + 服务区: a kind of place after a locative word or a
            # road's section is one of those along it, no name: the road or the section is the place
            for i in range(start + 2, end - 1):
                if text[i:end] not in self.place_kinds:
                    continue
                loc = next((w for w in self.word_locatives if text.endswith(w, start, i)
                            and i - len(w) - start >= 2), None)
                if loc is not None or text.endswith(self.section_suffixes, start, i):
                    return doc.char_span(start, i - len(loc or ""), label=ent.label_) or ent
        for suffix in self.locative_suffixes if text.endswith(self.any_locative, start, end) else ():
            if text.endswith(suffix, start, end):
                if end - start - len(suffix) < 2:
                    return None
                return doc.char_span(start, end - len(suffix), label=ent.label_)
        for suffix in self.locative_suffixes if text.endswith(self.locative_openings, start, end) else ():
            # a locative word the span cuts (九江站周 + 边): its head too
            cut = cut_at_end(text, start, end, suffix)
            if cut:
                if end - start - cut < 2:
                    return None
                return doc.char_span(start, end - cut, label=ent.label_)
        return ent

    def trim_counted_member(self, doc: Doc, text: str, ent: Span) -> Span:
        """A model PLACE that took the count closing a list (长安、虎门两镇, 颍州、颍东、颍泉3个区) ends
        before the count: the count belongs to the list, the last member is a name (`counted_places`)."""
        if ent.label_ != "PLACE" or self.counted_places is None or ent.start_char == 0 \
                or text[ent.start_char - 1] not in self.list_marks:
            return ent
        m = self.counted_places.search(text, ent.start_char, ent.end_char)
        if m is None or m.start() == ent.start_char:
            return ent
        return doc.char_span(ent.start_char, m.start(), label=ent.label_) or ent

    def trim_to_word(self, doc: Doc, text: str, ent: Span) -> Span | None:
        """A model PLACE whose last characters open a word of the segmenter that runs past it ends
        before that word when what is left is a name the gazetteer knows (泰山东 of 泰山 / 东岳 / 庙会 →
        泰山, 加州山 of 加州 / 山火 → 加州)."""
        if ent.label_ != "PLACE" or ent.end_char - ent.start_char < 3 or ent.end_char >= len(text) or not is_han(text[ent.end_char]):
            return ent
        start, end = ent.start_char, ent.end_char
        words = words_at(text, max(0, start - 4), min(len(text), end + 6))
        if end in words or any(k < end < k + len(w) for k, w in words.items() if k <= start):
            return ent  # (a word that holds the whole entity and more is the segmenter's, not the model's cut)
        cut = next((k for k, w in words.items() if start < k < end < k + len(w)), None)
        known = self.police_grammar.gaz.name_at(text, start)
        if cut is None or known is None or known[0] != cut:
            return ent  # (only back to a name the gazetteer knows: 夏威夷, 阿什凯隆 are cut by the segmenter)
        if text.endswith(self.place_suffixes, cut, end):
            return ent  # 天津街 of 天津 / 街夜市: what the model added is a place suffix, the segmenter glued it on
        return doc.char_span(start, cut, label=ent.label_)

    def split_places(self, doc: Doc, text: str, ent: Span) -> list[Span]:
        """A model PLACE that the gazetteer reads as places side by side (巴西中国, 法国比利时,
        上海北京) is those places: a chain names one place (§1, corpus/README.md)."""
        if ent.label_ != "PLACE":
            return [ent]
        gaz = self.police_grammar.gaz
        a, b = ent.start_char, ent.end_char
        if any((c.start < a < c.end < b) or (a < c.start < b < c.end) for c in gaz.find_chains(text)):
            return []  # it crosses a gazetteer name: 韩国东 of 韩国东海岸 (韩国, 东海)
        inner = text[ent.start_char : ent.end_char]
        chains = gaz.find_chains(inner, cache=False)  # spans would crowd the documents out of the cache
        if len(chains) < 2 or chains[0].start != 0 or chains[-1].end != len(inner):
            return [ent]
        if any(a.end != b.start for a, b in zip(chains, chains[1:])):
            return [ent]
        parts = [doc.char_span(ent.start_char + c.start, ent.start_char + c.end, label="PLACE") for c in chains]
        return parts if all(p is not None for p in parts) else [ent]

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)  # doc.ents builds new spans on every access
        if not ents:
            return doc
        text = doc_text(doc)  # Doc.text rebuilds the string on every access
        candidates = ents
        # (read only where a fused word's character occurs: the fused test asks for nothing else)
        body_ends = frozenset(s.end_char for group in doc.spans.values() for s in group if s.label_ in self.fused_labels) \
            if any(w in text for w in self.fused_after) else frozenset()
        if any(e.label_ == "PLACE" for e in ents):
            candidates = [part for ent in ents for part in self.split_places(doc, text, ent)]
        kept: list[Span] = []
        for k, ent in enumerate(candidates):
            ent = self.trim_partner(doc, text, self.trim_clause_char(doc, text, self.trim_title_marks(doc, text, self.trim_frame_word(doc, text, ent))))
            ent = self.trim_locative(doc, text, self.trim_preposition(doc, text, self.trim_department(doc, text, self.trim_counted_member(doc, text, ent))))
            ent = self.trim_unnamed(doc, text, ent) if ent is not None else None
            ent = self.trim_word_across_end(doc, text, ent) if ent is not None else None
            ent = self.trim_to_word(doc, text, ent) if ent is not None else None
            if ent is not None and self.reason(text, ent.start_char, ent.end_char, ent.label_, body_ends) is None:
                nxt = candidates[k + 1].start_char if k + 1 < len(candidates) else len(text)
                ent = self.with_facility(doc, text, self.relabel(doc, text, ent), nxt)
                kept.append(self.with_department(doc, text, self.with_section(doc, text, ent, nxt), nxt))
        if [(e.start, e.end, e.label) for e in kept] != [(e.start, e.end, e.label) for e in ents]:
            doc.ents = kept
        return doc


def extended(doc: Doc, ent: Span, end: int, limit: int) -> Span:
    """`ent` running on to `end`, or `ent` itself where that passes `limit` (the next entity's start)
    or ends off a token boundary."""
    span = doc.char_span(ent.start_char, end, label=ent.label_) if end <= limit else None
    return span if span is not None else ent


def load_rulings() -> dict:
    data = dict(resource_files.read_json("ner_rulings/rulings.json"))
    places = resource_files.read_json("places/grammar.json")
    data["campaign_words"] = list(places["slogan_prefixes"])
    data["suffix_words"] = list(places.get("world_suffix_not_before", []))
    data["quantity_classifiers"] = places.get("quantity_classifiers", "")
    data["brand_suffixes"] = list(places.get("brand_suffixes", []))
    data["species_after"] = list(places.get("species_after", []))
    data["venue_suffixes"] = list(places.get("venue_suffixes", []))
    # (the place suffixes of two characters or more: no person's name ends in one)
    data["place_suffix_words"] = sorted({w for w in places.get("chain_suffixes", []) + places.get("landmark_suffixes", []) if len(w) >= 2})
    data["brand_methods"] = list(places.get("brand_methods", []))
    data["quoted_title_min_extra"] = places.get("quoted_title_min_extra", 4)
    data["quoted_place_title_min_extra"] = places.get("quoted_place_title_min_extra", data["quoted_title_min_extra"])
    data["quoted_modifier_words"] = list(places.get("quoted_modifier_words", []))
    data["quoted_clause_words"] = list(places.get("quoted_clause_words", []))
    police = resource_files.read_json("police_units/grammar.json")
    data["police_grammar"] = police
    data["places"] = Gazetteer.load_data()
    data["fused_after"] = list(police["not_after"]) + list(police["title_after"])
    data["unit_heads"] = sorted(set(police["sub_units"]) | set(police["bodies"]))  # not 公安部: one ministry
    data["generic_modifiers"] = list(police["generic_modifiers"])
    persons = resource_files.read_json("persons/grammar.json")
    data["role_words"] = sorted({w for key in ("titles", "post_titles", "bylines", "honorifics") for w in persons[key]}
                                | set(data.get("kinship_words", ())))
    # surname + title (李总, 张经理): no name; surname + honorific (陈先生) is one (§1)
    data["surname_titles"] = sorted(({w for key in ("titles", "post_titles") for w in persons[key]}
                                     - set(persons["speech_verbs"]) - set(persons["honorifics"])) | {"总"})
    data["surnames"] = resource_files.read_lines("persons/surnames.txt")
    data["placeholder_after"] = {"某": persons["anonymised_not_before"],
                                 "某某": persons.get("anonymised_double_not_before", persons["anonymised_not_before"])}
    data["penalty_verbs"] = persons.get("anonymised_before_verbs", [])
    organisations = resource_files.read_json("organisations/grammar.json")
    data["app_after"] = list(organisations.get("app_after", []))
    data["organisations"] = organisations
    # the organisations component's word lists, for its name test on the model's ORGs
    data["org_not_name_words"] = resource_files.read_lines("organisations/not_name_words.txt")
    data["org_everyday_words"] = resource_files.read_lines("organisations/everyday_words.txt")
    data["org_everyday_verbs"] = resource_files.read_lines("organisations/everyday_verbs.txt")
    data["org_trade_words"] = resource_files.read_lines("organisations/trade_words.txt")
    # (and the 小 / 老 / 阿 + surname words the persons grammar keeps from nicknames: 小龙 of 小龙虾, 小麦)
    data["person_common_words"] = resource_files.read_lines("persons/common_words.txt") \
        + resource_files.read_lines("persons/common_words_added.txt") + list(persons.get("nickname_not_names", ()))
    bodies = [*police["national"], *police["bodies"], *police["collectives"], *police["sub_units"],
              *organisations["heads"], *organisations["name_heads"]]
    data["body_words"] = sorted({w for w in bodies if len(w) >= 2})  # one character (局, 委) is too often a name's
    return data


@Language.factory("ner_rulings", default_config={})
def make_ner_rulings(nlp: Language, name: str) -> NerRulings:
    return NerRulings(name, load_rulings())
