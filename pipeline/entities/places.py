"""Places (ANNOTATION.md §1): admin divisions from the gazetteer with their short forms,
regional names, contiguous chains as one span (杭州市滨江区浦沿街道江南社区), and places known
by their suffix (南塘河, 永兴空港). Rules and data: resources/places/.
"""
from __future__ import annotations

from spacy.language import Language

from ..spans import CharSpan
from .base import EntityRuleComponent
from .gazetteer import Gazetteer

LABEL = "PLACE"


class Places(EntityRuleComponent):
    def compile(self) -> None:
        self.gazetteer = Gazetteer.from_data(self.data)

    def find(self, text: str) -> list[CharSpan]:
        chains = self.gazetteer.find_chains(text)
        taken = [(m.start, m.end) for m in chains]
        standalone = self.gazetteer.find_standalone(text, taken)
        return sorted(CharSpan(m.start, m.end, LABEL) for m in chains + standalone)


@Language.factory("places", default_config={"spans_key": "places"})
def make_places(nlp: Language, name: str, spans_key: str) -> Places:
    return Places(name, Gazetteer.load_data(), spans_key)
