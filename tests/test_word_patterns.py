"""pipeline.word_patterns.alternation: the same matches as a plain longest-first alternation."""
import random
import re

from pipeline.word_patterns import alternation


def plain(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def test_one_character_words_become_one_class_after_the_longer_ones():
    assert alternation(["王", "欧阳", "李", "王"]) == "欧阳|[王李]"
    assert alternation([]) == ""


def test_same_matches_as_the_plain_alternation_on_random_words_and_texts():
    rng = random.Random(0)
    alphabet = "王李欧阳司马-]^\\.*先生女士某"
    for _ in range(300):
        words = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(1, 12))]
        text = "".join(rng.choice(alphabet + "，。的") for _ in range(60))
        for template in ("(?:{})", "(?<![0-9])(?P<n>(?:{})(?:先生|女士))", "(?:{}){{2}}"):
            a = re.compile(template.format(plain(words)))
            b = re.compile(template.format(alternation(words)))
            assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)], (words, text)


def test_must_contain_reads_the_characters_every_match_holds():
    from pipeline.word_patterns import must_contain

    def chars(pattern):
        found = must_contain(re.compile(pattern))
        return None if found is None else set(re.findall(r"[^\[\]\\]", found.pattern))

    assert chars(r"(?<![0-9])(?P<num>[0-9]+)(?P<unit>[人名])") == {"人", "名"}  # the smaller set of the sequence
    assert chars(r"翻了?一番|翻番") == {"翻"}
    assert chars(r"(?:约|近)?第[一二]") == {"第"}  # an optional part holds nothing for sure
    assert chars(r"(?:甲|乙丙)+") == {"甲", "乙"}  # one branch or the other (乙丙: 乙 is enough)
    for unknown in (r"[^0-9]+人?", r".", r"a?", r"(?=人)", r"\w+"):
        assert chars(unknown) is None, unknown
    assert must_contain(re.compile("人", re.IGNORECASE)) is None


def test_no_claims_pattern_matches_a_text_without_its_characters():
    """Sound on the grammar it serves: every match of every claims pattern, on random texts of
    numerals, units and markers, holds a character of that pattern's set."""
    from pipeline.claims.component import load_data
    from pipeline.claims.grammar import ClaimGrammar

    data = load_data()
    grammar = ClaimGrammar(data["units"], data["markers"], data["context"])
    rng = random.Random(1)
    alphabet = "0123456789一二两三十百千万亿余多约近超第前连倍翻番成半百分之%人名起元万余年月首位榜冠，。的"
    matched = 0
    for _ in range(400):
        text = "".join(rng.choice(alphabet) for _ in range(40))
        for (_, pattern), needs in zip(grammar.patterns, grammar.pattern_needs):
            for m in pattern.finditer(text):
                matched += 1
                assert needs is None or needs.search(m.group()), (pattern.pattern[:60], m.group())
    assert matched > 500
