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
