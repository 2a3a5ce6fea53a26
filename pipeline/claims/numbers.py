"""Quantity parsing: Arabic, full-width, Chinese and mixed numerals to exact values.

Pure functions over strings, exact arithmetic (`Decimal`) so that 3.9万 is 39000, not
38999.99…. Chinese numerals are read by cn2an (correct on every case of our table); this
module adds what cn2an does not do for news text (see tests/test_numbers.py):
approximation markers inside a number (1500余万), full-width digits, thousands separators,
stacked multipliers after decimals (1.2万亿), Arabic digits on both sides of 亿 (3亿5320万), decimals
spelled with 点 (一点五, 二点三万).
"""
from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Optional, Union

import cn2an

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_SMALL = {"十": 10, "百": 100, "千": 1000}
CN_BIG = {"万": 10**4, "亿": 10**8}
MULTIPLIERS = {"万亿": 10**12, "亿": 10**8, "千万": 10**7, "百万": 10**6, "万": 10**4, "千": 10**3}
FULLWIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")
ARABIC = re.compile(r"^\d+(?:,\d{3})*(?:\.\d+)?$")
CN_NUMERAL_CHARS = set(CN_DIGITS) | set(CN_SMALL) | set(CN_BIG)
# 来 after a round numeral is an estimate (两千来块, 十来起): the grammar reads it, parse_number drops it
ESTIMATE_LAI = re.compile("(?<=[十百千万])来")

Number = Union[int, float]


def as_number(value: Decimal) -> Number:
    """int when whole, else float (what JSON consumers expect)."""
    return int(value) if value == value.to_integral_value() else float(value)


def parse_chinese_integer(text: str) -> Optional[Decimal]:
    """三千五百万 -> 35000000, 一万二 -> 12000, 十五 -> 15, 二〇二三 -> 2023.

    Pure Chinese numerals go to cn2an, which reads them all correctly (tests/test_numbers.py
    keeps the comparison table); what it cannot read (markers, 万亿 after decimals, commas)
    never reaches it.
    """
    if not text or any(c not in CN_NUMERAL_CHARS for c in text) or all(c in CN_BIG for c in text):
        return None
    try:
        value = cn2an.cn2an(text, "normal")
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    return Decimal(int(value)) if float(value).is_integer() else None


def parse_number(text: str) -> Optional[Decimal]:
    """A number as written in news text, with an optional multiplier suffix.

    3.9万 -> 39000; 1500余万 -> 15000000; 7.5亿 -> 750000000; １２ -> 12; 两 -> 2; 十几 -> 10.
    Approximation markers inside the number (余, 多, the 几 of 十几) are ignored here; the claim keeps them
    as `approx`.
    """
    s = text.translate(FULLWIDTH).replace("余", "").replace("多", "").replace("十几", "十")
    s = ESTIMATE_LAI.sub("", s).strip()  # 两千来块: 来 is an approximation, not a digit
    if not s:
        return None
    value = parse_chinese_integer(s)  # Chinese numerals carry their own 万 / 亿
    if value is not None:
        return value
    if "亿" in s[:-1] and "万" in s:  # 3亿5320万: Arabic digits on both sides of 亿
        high, _, low = s.partition("亿")
        high_value, low_value = parse_number(high), parse_number(low)
        if high_value is not None and low_value is not None and ARABIC.match(high.translate(FULLWIDTH)):
            return high_value * CN_BIG["亿"] + low_value
    factor = Decimal(1)
    changed = True
    while changed:  # Arabic digits + trailing multipliers, possibly stacked (3万亿)
        changed = False
        for suf, mult in MULTIPLIERS.items():
            if s.endswith(suf) and len(s) > len(suf):
                s, factor, changed = s[: -len(suf)], factor * mult, True
                break
    if ARABIC.match(s):
        return Decimal(s.replace(",", "")) * factor
    whole, point, frac = s.partition("点")  # 一点五 (倍), 二点三万: a decimal spelled with 点
    if point and frac and all(c in CN_DIGITS for c in frac):
        whole_value = parse_chinese_integer(whole)  # (零 reads as 0: 零点三)
        if whole_value is not None:
            return (whole_value + Decimal("0." + "".join(str(CN_DIGITS[c]) for c in frac))) * factor
    return None


def parse_fraction(numerator: str, denominator: str) -> Optional[Decimal]:
    """四分之三 -> 75 (a percentage); a repeating one to two decimals, as percentages are written
    and as every gold set has it (三分之二 -> 66.67, ANNOTATION.md's 58.67%)."""
    num, den = parse_number(numerator), parse_number(denominator)
    if num is None or not den:
        return None
    value = num / den * 100
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) if value.as_tuple().exponent < -2 else value
