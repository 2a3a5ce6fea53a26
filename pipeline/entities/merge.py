"""entity_merger: combine candidate entities into non-overlapping `doc.ents`.

Candidates come from the rule components' span groups and from `doc.ents` as set by a
statistical `ner` earlier in the pipeline. The policy is configurable:

- `longest` (default): the longest candidate wins (ANNOTATION.md: "longest chain wins");
  ties go to the source listed first in `priority`.
- `priority`: a candidate from a source earlier in `priority` wins any overlap; ties in
  priority go to the longer span.

`priority` lists sources by name; `ner` stands for the statistical model's entities.

`rules_win_labels`: a rule candidate with one of these labels wins every overlap with a model
entity, whatever the policy. Default `["POLICE_UNIT"]`: the police-unit grammar is the
authority on unit names and their boundaries, while the model saw few units in training (about
500, all mapped from other corpora's organisations) and tends to run past a unit name
(临海市公安局看守所会同… → 临海市公安局看守所会). With every label listed, the rules decide
every boundary they found and the model only fills the gaps. One exception: a model unit that
ends where a rule unit ends and starts before it (宁远市公安局 + 东岚分局, where the gazetteer does
not know 宁远市) read the parent the rules could not anchor on; ner_rulings has already held it to
the police-unit grammar, so it competes by the policy.

`split_mixed_runs` (default true): a model entity made exactly of two or more adjacent rule
candidates, the last a place after a body or a person (人民网杭州 as a PLACE = ORG 人民网 +
PLACE 杭州 in a dateline), gives way to them: the model ran two entities together. A place
before a body is the body's own name (美国司法部, 温州市中级人民法院) and stays one entity.

`rules_win_crossings` (default true): a model entity that cuts through a rule candidate (starts
before it and ends inside it, or the other way round: 杭州市余杭区五常街道何 of 五常街道何女士) has
a wrong edge and is dropped; entities that contain rule candidates or lie inside them still
compete by the policy.

`join_adjacent_places` (default true): places the merger chose that touch are one chain and become
one PLACE (ANNOTATION.md §1: contiguous chains are one span), whichever sources found the parts,
when the second ends in the suffix of a lower division, zone, station or landmark and the first
does not end in the same one (西湖镇 + 三里村, 美国 + 佛罗里达州; not 美国 + 朝鲜 of a headline's
list, nor 西湖镇 + 东湖镇: places grammar, `joined_place_suffixes`); the merged span keeps the
place attributes of its part that a rule found.

`posts_in_organisations` (default true): an ORG the merger chose, followed directly by a police post
word (police-units grammar, `hosted_posts`: 警务室, 警务站), is the post's name: the two are one
POLICE_UNIT (南京市鼓楼医院警务室, 北京大学深圳医院警务室), at the post's level (`head_levels`) with no
jurisdiction or parent units (the host is no police unit). So is a place a rule found but the
police-units grammar cannot anchor on (a run of abbreviations: 苏浙皖, 珠澳), followed directly by a
collective police word (`collectives_after_places`: 警方): 珠澳警方 is one POLICE_UNIT, as 温州警方 is.
And a border administration's detachment or brigade (an ORG alone: 临沧边境管理支队) right before a border
station, with only the station's name between, is that station's chain (`border_parents`: 临沧边境管理支队
南伞边境派出所, one POLICE_UNIT).

`none_inside_titles` (default true): no entity lies inside a book title's marks but the whole title
(《厦门市电动自行车管理办法》, 《中华人民共和国反家庭暴力法》: a law, a regulation or a report, whose place
is part of its name; 《人民公安报》 stays the outlet's ORG). The blind review sets' annotators tagged none
in 48 titles; MSRA does tag them (《中华人民共和国香港特别行政区基本法》), so its merged score pays.

`listed_places` (default true): the members of a 、-list beside a place the merger chose are places
too when the list closes with a word for the places together (解放碑、较场口等区域, 喀纳斯、禾木等景区,
观前街、石路一带: places grammar, `listed_place_followers` right after the last member, or 等 and
then, within a few characters, one of `listed_place_classes`). The list says what its members are
where neither the gazetteer nor the model knows the name. A member is 2-4 Chinese characters with
none of `listed_place_stop_chars`, no kind of place (`listed_place_kinds`: 步行街, 火车站) and no
entity inside; the first one starts after a clause mark or a preposition.

With `keep_candidates = false` (the default) the candidate span groups and the attributes of
candidates that lost are removed once `doc.ents` is set: everything they held is in the
chosen entities, and carrying them costs serialisation time (multiprocessing, DocBin) and
DocBin size.
"""
from __future__ import annotations

import re
from typing import Iterable, Optional

from spacy.language import Language
from spacy.tokens import Doc

from .. import resource_files
from ..extensions import ENTITY_ATTRS, PLACE_ATTRS
from ..spans import CharSpan, SpanIndex, doc_text, keep_disjoint, make_spans
from ..word_patterns import alternation

MODEL_SOURCE = "ner"
# the source of a place that only its list names (listed_places)
LISTED_SOURCE = "places"
# a book title's content (《厦门市电动自行车管理办法》): no entity inside one (none_inside_titles)
TITLE = re.compile(r"《([^《》\n]+)》")
# the gazetteer's division levels (places' admin_level), highest first
DIVISION_RANK = {"province": 0, "prefecture": 1, "county": 2}


class EntityMerger:
    def __init__(
        self,
        name: str,
        span_keys: list[str],
        priority: list[str],
        policy: str,
        keep_candidates: bool = False,
        rules_win_labels: Iterable[str] = (),
        split_mixed_runs: bool = False,
        rules_win_crossings: bool = False,
        join_adjacent_places: bool = False,
        posts_in_organisations: bool = False,
        none_inside_titles: bool = False,
        listed_places: bool = False,
    ):
        if policy not in ("longest", "priority"):
            raise ValueError(f"entity_merger: policy must be 'longest' or 'priority', not {policy!r}")
        self.name = name
        self.span_keys = span_keys
        self.priority = priority
        self.policy = policy
        self.keep_candidates = keep_candidates
        self.rules_win_labels = set(rules_win_labels)
        self.split_mixed_runs = split_mixed_runs
        self.rules_win_crossings = rules_win_crossings
        self.join_adjacent_places = join_adjacent_places
        places = resource_files.read_json("places/grammar.json") if join_adjacent_places or listed_places else {}
        self.lower_place_suffixes = lower_place_suffixes(places) if join_adjacent_places else ()
        # a park or reserve word tagged alone after the place it is named for (太阳河 + 国家森林公园)
        self.reserve_suffixes = tuple(places.get("reserve_suffixes", ())) if join_adjacent_places else ()
        self.posts_in_organisations = posts_in_organisations
        police = resource_files.read_json("police_units/grammar.json") if posts_in_organisations else {}
        self.hosted_posts, self.post_levels = hosted_posts(police) if posts_in_organisations else ((), {})
        self.place_collectives = tuple(police.get("collectives_after_places", ()))
        self.stationed_at = police.get("stationed_at", "")
        self.border_chain = border_chain(police) if posts_in_organisations else None
        self.border_parents = tuple(police.get("border_parents", ()))
        self.border_level = police.get("border_station_level")
        self.function_chars = police.get("function_chars", "")
        self.generic_modifiers = tuple(police.get("generic_modifiers", ()))
        self.none_inside_titles = none_inside_titles
        self.place_list = PlaceList(places) if listed_places else None

    @staticmethod
    def mixed_run(span: CharSpan, rules: list[CharSpan]) -> bool:
        """`span` is exactly two or more adjacent rule spans ending in a place that follows
        something else (人民网 + 杭州)."""
        inside = sorted((r for r in rules if span.start <= r.start and r.end <= span.end), key=lambda r: r.start)
        pos, run = span.start, []
        for r in inside:
            if r.start == pos:
                run.append(r)
                pos = r.end
        return pos == span.end and len(run) >= 2 and run[-1].label == "PLACE" \
            and any(r.label != "PLACE" for r in run[:-1])

    def rank(self, source: str) -> int:
        return self.priority.index(source) if source in self.priority else len(self.priority)

    def choose(self, candidates: Iterable[tuple[CharSpan, str]]) -> list[tuple[CharSpan, str]]:
        def key(item):
            span, source = item
            length = span.end - span.start
            if self.policy == "longest":
                return (-length, self.rank(source), span.start)
            return (self.rank(source), -length, span.start)

        return keep_disjoint(sorted(candidates, key=key), span=lambda item: item[0])

    def __call__(self, doc: Doc) -> Doc:
        # entities already in doc.ents come from a statistical component before the merger: their
        # source is `ner` whatever `_.source` says, since span attributes are keyed by offsets
        # only and a rule candidate with the same offsets shares them
        model = [(CharSpan(e.start_char, e.end_char, e.label_), MODEL_SOURCE) for e in doc.ents]
        rules = []
        for key in self.span_keys:
            group = doc.spans.get(key)
            if group is None:
                continue
            # the group's source, not span._.source: rule spans at the same offsets share that
            source = group.attrs.get("source") or key
            for span in group:
                rules.append((CharSpan(span.start_char, span.end_char, span.label_), source))
        text = doc_text(doc)
        if self.rules_win_labels and model:
            strong = SpanIndex(cs for cs, _ in rules if cs.label in self.rules_win_labels)
            model = [(cs, src) for cs, src in model
                     if all(cs.end <= s.start or cs.start >= s.end or parent_before(cs, s) or self.post_after(text, cs, s)
                            for s in strong.near(cs.start, cs.end))]
        plain = SpanIndex(cs for cs, _ in rules)  # (each model span meets only the rule spans near it)
        if self.split_mixed_runs and model:
            model = [(cs, src) for cs, src in model if not self.mixed_run(cs, plain.near(cs.start, cs.end))]
        if self.rules_win_crossings and model:
            # a model span that cuts through a rule span (杭州市余杭区五常街道何 of …街道何女士)
            # has a wrong boundary: the rule span's edges stand
            model = [(cs, src) for cs, src in model if not any(
                (r.start < cs.start < r.end < cs.end) or (cs.start < r.start < cs.end < r.end) for r in plain.near(cs.start, cs.end))]
        chosen = self.choose(model + rules)
        if self.none_inside_titles and "《" in text:
            titles = [(m.start(1), m.end(1)) for m in TITLE.finditer(text)]
            chosen = [(cs, src) for cs, src in chosen
                      if not any(a <= cs.start and cs.end <= b and (cs.start, cs.end) != (a, b) for a, b in titles)]
        if self.join_adjacent_places:
            chosen = self.joined_places(doc, chosen)
        posts = {}
        if self.posts_in_organisations:
            chosen, posts = self.hosted_post_units(doc, chosen)
            if self.border_chain is not None:
                chosen, border = self.border_station_units(doc, chosen)
                posts.update(border)
        if self.place_list is not None and "、" in text:
            listed = self.place_list.members(text, [cs for cs, _ in chosen])
            if listed:
                chosen = sorted(chosen + [(cs, LISTED_SOURCE) for cs in listed], key=lambda item: item[0].start)
        spans = make_spans(doc, [cs for cs, _ in chosen])
        for span, (_, source) in zip(spans, chosen):
            if source == MODEL_SOURCE:  # a rule candidate's attributes at these offsets are not its
                for attr in ENTITY_ATTRS:
                    doc.user_data.pop(("._.", attr, span.start_char, span.end_char), None)
            span._.source = source
            for attr, value in posts.get((span.start_char, span.end_char), {}).items():
                doc.user_data[("._.", attr, span.start_char, span.end_char)] = value
        doc.ents = spans
        if not self.keep_candidates:
            self.drop_candidates(doc, {(cs.start, cs.end) for cs, _ in chosen})
        return doc

    @staticmethod
    def same_or_higher_level(doc: Doc, first: CharSpan, second: CharSpan) -> bool:
        """Both are divisions the gazetteer knows and the second is no lower (深圳 + 广州 of a
        headline's list: two cities)."""
        levels = [doc.user_data.get(("._.", "admin_level", span.start, span.end)) for span in (first, second)]
        if not all(level in DIVISION_RANK for level in levels):
            return False
        return DIVISION_RANK[levels[1]] <= DIVISION_RANK[levels[0]]

    def joined_places(self, doc: Doc, chosen: list[tuple[CharSpan, str]]) -> list[tuple[CharSpan, str]]:
        """Runs of touching places where each next one ends in a lower place's suffix that the one
        before it does not end in, or is a reserve or park word alone (太阳河 + 国家森林公园), as one PLACE (sorted input); the run takes the attributes and
        source of its last part that has place attributes (a rule's), else its first part's source."""
        text = doc_text(doc)
        out: list[tuple[CharSpan, str]] = []
        for cs, source in chosen:
            prev, prev_source = out[-1] if out else (None, None)
            touching = prev is not None and cs.label == prev.label == "PLACE" and prev.end == cs.start
            suffix = next((x for x in self.lower_place_suffixes if text.endswith(x, cs.start, cs.end)), None) if touching else None
            whole = touching and text[cs.start : cs.end] in self.reserve_suffixes \
                and not text.endswith(self.reserve_suffixes, prev.start, prev.end)
            if whole or (suffix and cs.end - cs.start > len(suffix) and not text.endswith(suffix, prev.start, prev.end)
                         and not self.same_or_higher_level(doc, prev, cs)):
                joined = CharSpan(prev.start, cs.end, "PLACE")
                for part, part_source in ((prev, prev_source), (cs, source)):
                    values = {a: doc.user_data.get(("._.", a, part.start, part.end)) for a in PLACE_ATTRS}
                    if part_source != MODEL_SOURCE and any(v is not None for v in values.values()):
                        for a, v in values.items():
                            doc.user_data[("._.", a, joined.start, joined.end)] = v
                        prev_source = part_source
                out[-1] = (joined, prev_source)
            else:
                out.append((cs, source))
        return out

    def hosted_post_units(self, doc: Doc, chosen: list[tuple[CharSpan, str]]) -> tuple[list, dict]:
        """An ORG directly followed by a police post word (or a rule's place by 警方), with that word, as one POLICE_UNIT (sorted
        input: the post word must not begin another chosen entity); also the units' police
        attributes by offsets. The unit keeps the source that found its host's name."""
        text = doc_text(doc)
        out, attrs = [], {}
        for k, (cs, source) in enumerate(chosen):
            post = next((p for p in self.hosted_posts if text.startswith(p, cs.end)), None) if cs.label == "ORG" else None
            if cs.label == "PLACE" and source != MODEL_SOURCE:
                post = next((p for p in self.place_collectives if text.startswith(p, cs.end)), None)
            nxt = chosen[k + 1][0] if k + 1 < len(chosen) else None
            prev = out[-1][0] if out else None
            own_post = self.post_ending(text, cs) if cs.label == "POLICE_UNIT" else None
            if own_post and self.stationed_after_unit(text, prev, cs):
                # 东街派出所驻 + 福建省立医院警务室 (the rules' hosted post): one chain, as below
                unit, parent = CharSpan(prev.start, cs.end, "POLICE_UNIT"), text[prev.start : prev.end]
                out[-1] = (unit, out[-1][1])
                old = doc.user_data.get(("._.", "parents", cs.start, cs.end))
                attrs[(unit.start, unit.end)] = {
                    "unit_type": own_post, "level": doc.user_data.get(("._.", "level", cs.start, cs.end)),
                    "jurisdiction": None, "parents": [parent, *(old or [])]}
                continue
            if post and (nxt is None or nxt.start >= cs.end + len(post)):
                unit = CharSpan(cs.start, cs.end + len(post), "POLICE_UNIT")
                parents = []
                if self.stationed_after_unit(text, prev, cs):
                    # 瑞金二路派出所驻瑞金医院警务室: the station's post at its host, one chain
                    unit, source = CharSpan(prev.start, unit.end, "POLICE_UNIT"), out.pop()[1]
                    parents = [text[prev.start : prev.end]]
                attrs[(unit.start, unit.end)] = {
                    "unit_type": post, "level": self.post_levels.get(post), "jurisdiction": None, "parents": parents}
                out.append((unit, source))
            else:
                out.append((cs, source))
        return out, attrs

    def border_station_units(self, doc: Doc, chosen: list[tuple[CharSpan, str]]) -> tuple[list, dict]:
        """A border administration's detachment or brigade (an ORG) right before a border station, with
        only the station's name between (or a brigade of its own), is that station's chain: one
        POLICE_UNIT (临沧边境管理支队 + 南伞边境派出所; police-units grammar, `border_parents`). Whatever
        was chosen in between must run on from the parent without a gap (日喀则边境管理支队所属 +
        仲巴边境派出所 stays two); the unit keeps the parent's source."""
        text = doc_text(doc)
        out, attrs, k = [], {}, 0
        while k < len(chosen):
            cs, source = chosen[k]
            k += 1
            m = None
            if cs.label == "ORG" and text.endswith(self.border_parents, cs.start, cs.end) \
                    and not text.startswith(self.generic_modifiers, cs.end):
                m = self.border_chain.match(text, cs.end)
            if m is None or any(c in self.function_chars for c in m.group()):
                out.append((cs, source))
                continue
            inner, j = [], k
            while j < len(chosen) and chosen[j][0].start < m.end():
                inner.append(chosen[j][0])
                j += 1
            ends = [cs.end] + [c.end for c in inner]
            if not all(c.start == e for c, e in zip(inner, ends)) or ends[-1] > m.end():
                out.append((cs, source))
                continue
            parents = [text[cs.start : cs.end]]
            if m.group("middle"):
                parents.append(m.group("middle"))
            unit = CharSpan(cs.start, m.end(), "POLICE_UNIT")
            attrs[(unit.start, unit.end)] = {"unit_type": m.group("head"), "level": self.border_level,
                                             "jurisdiction": None, "parents": parents}
            out.append((unit, source))
            k = j
        return out, attrs

    def post_after(self, text: str, model: CharSpan, rule: CharSpan) -> bool:
        """The model's unit is the rule's unit, 驻 and its post at a host (东华门派出所 + 驻协和医院警务室;
        ner_rulings has checked the chain's parts)."""
        return model.label == rule.label == "POLICE_UNIT" and model.start == rule.start and model.end > rule.end \
            and bool(self.stationed_at) and text.startswith(self.stationed_at, rule.end) \
            and self.post_ending(text, model) is not None

    def post_ending(self, text: str, cs: CharSpan) -> Optional[str]:
        """The police post word (警务室, 警务站) that `cs` ends in, or None."""
        return next((p for p in self.hosted_posts if text.endswith(p, cs.start, cs.end)), None)

    def stationed_after_unit(self, text: str, prev: Optional[CharSpan], cs: CharSpan) -> bool:
        """`cs` follows a unit and 驻 directly (瑞金二路派出所驻 + 瑞金医院)."""
        return bool(self.stationed_at) and prev is not None and prev.label == "POLICE_UNIT" \
            and prev.end + len(self.stationed_at) == cs.start and text.startswith(self.stationed_at, prev.end)

    def drop_candidates(self, doc: Doc, kept: set) -> None:
        for key in self.span_keys:
            if key in doc.spans:
                del doc.spans[key]
        # span attributes live in user_data under ("._.", name, start, end)
        # (Doc attributes use the same key with None offsets and stay)
        for key in [k for k in doc.user_data if isinstance(k, tuple) and len(k) == 4 and k[0] == "._."]:
            if isinstance(key[2], int) and (key[2], key[3]) not in kept:
                del doc.user_data[key]


class PlaceList:
    """The unnamed members of 、-lists of places (see `listed_places` above)."""

    def __init__(self, g: dict):
        followers = sorted(g.get("listed_place_followers", ()), key=len, reverse=True)
        classes = sorted(g.get("listed_place_classes", ()), key=len, reverse=True)
        gap = int(g.get("listed_place_class_gap", 6))
        closers = [*map(re.escape, followers)]
        if classes:  # 等 + a few characters of a clause (夜间热点, 鄱阳湖沿岸) + the class word
            closers.append(rf"等[^，。；！？、,;!?\s]{{0,{gap}}}?(?:{'|'.join(map(re.escape, classes))})")
        self.closer = re.compile("|".join(closers)) if closers else None
        ends = "|".join(["、", "等", *map(re.escape, followers)])
        self.after_item = re.compile(rf"[\u4e00-\u9fff]{{2,4}}?(?={ends})")
        openers = re.escape(g.get("listed_place_openers", ""))
        self.first_item = re.compile(rf"(?<=[{openers}])[\u4e00-\u9fff]{{2,4}}$") if openers else None
        self.stop = frozenset(g.get("listed_place_stop_chars", ""))
        self.kinds = frozenset(g.get("listed_place_kinds", ())) | frozenset(g.get("not_places", ()))

    def member_ok(self, name: str) -> bool:
        return not any(c in self.stop for c in name) and name not in self.kinds

    def members(self, text: str, chosen: list[CharSpan]) -> list[CharSpan]:
        """Places listed with a chosen PLACE that no chosen entity overlaps."""
        if self.closer is None:
            return []
        taken = SpanIndex(chosen)
        found: dict[tuple[int, int], CharSpan] = {}
        for cs in chosen:
            if cs.label != "PLACE" or not (text.startswith("、", cs.end) or text.endswith("、", 0, cs.start)):
                continue
            items, end = [], cs.end
            while text.startswith("、", end):  # the members after the place, up to the list's close
                m = self.after_item.match(text, end + 1)
                if m is None:
                    break
                items.append((m.start(), m.end()))
                end = m.end()
            if not self.closer.match(text, end):
                continue
            start = cs.start
            while self.first_item is not None and text.endswith("、", 0, start):
                # the members before it, the first after a clause mark or a preposition
                m = self.first_item.search(text, max(0, start - 5), start - 1)
                if m is None:
                    break
                items.append(m.span())
                start = m.start()
            if items and all(self.member_ok(text[a:b]) for a, b in items):
                for a, b in items:
                    if not any(t.start < b and a < t.end for t in taken.near(a, b)):
                        found[(a, b)] = CharSpan(a, b, "PLACE")
        return list(found.values())


def parent_before(model: CharSpan, rule: CharSpan) -> bool:
    """The model's unit is the rule's unit with its parent before it (宁远市公安局东岚分局 over 东岚分局)."""
    return model.label == rule.label == "POLICE_UNIT" and model.end == rule.end and model.start < rule.start


def hosted_posts(g: dict) -> tuple[tuple, dict]:
    """Police post words that take an organisation's name, longest first, and their levels
    (`g`: the police-units grammar)."""
    posts = tuple(sorted(g.get("hosted_posts", ()), key=len, reverse=True))
    return posts, {p: g.get("head_levels", {}).get(p) for p in posts}


def border_chain(g: dict) -> Optional[re.Pattern]:
    """What may follow a border administration's unit as its station's chain: a name, optionally a
    brigade of its own (`middle`), a name and a station head (`head`); None without border_parents
    (`g`: the police-units grammar)."""
    parents, heads = g.get("border_parents", ()), g.get("border_station_heads", ())
    if not parents or not heads:
        return None
    name = "[\u4e00-\u9fff]{1,%d}?" % g.get("border_station_name_max", 6)
    return re.compile(f"(?P<middle>{name}(?:{alternation(parents)}))?{name}(?P<head>{alternation(heads)})")


def lower_place_suffixes(g: dict) -> tuple:
    """Suffixes of places that continue a chain (places grammar), longest first."""
    found = set(g["division_suffixes"]) | set(g["chain_suffixes"]) | set(g["station_suffixes"]) \
        | set(g["road_suffixes"]) | {x for x in g["landmark_suffixes"] if len(x) >= 2} | set(g.get("joined_place_suffixes", ()))
    return tuple(sorted(found, key=len, reverse=True))


@Language.factory(
    "entity_merger",
    default_config={
        "span_keys": ["police_units", "organisations", "places", "persons"],
        "priority": ["police_units", "organisations", "places", "persons", MODEL_SOURCE],
        "policy": "longest",
        "keep_candidates": False,
        "rules_win_labels": ["POLICE_UNIT"],
        "split_mixed_runs": True,
        "rules_win_crossings": True,
        "join_adjacent_places": True,
        "posts_in_organisations": True,
        "none_inside_titles": True,
        "listed_places": True,
    },
)
def make_entity_merger(
    nlp: Language,
    name: str,
    span_keys: list[str],
    priority: list[str],
    policy: str,
    keep_candidates: bool,
    rules_win_labels: list[str],
    split_mixed_runs: bool,
    rules_win_crossings: bool,
    join_adjacent_places: bool,
    posts_in_organisations: bool,
    none_inside_titles: bool,
    listed_places: bool,
) -> EntityMerger:
    return EntityMerger(name, span_keys, priority, policy, keep_candidates, rules_win_labels, split_mixed_runs,
                        rules_win_crossings, join_adjacent_places, posts_in_organisations, none_inside_titles,
                        listed_places)
