"""Table-driven tests of the claim rulings in ANNOTATION.md §2 and §4."""
import pytest

# (sentence, claim text, label, value, unit, approx)
CLAIMS = [
    ("5名男子扮港商征婚诈骗93万。", "93万", "MONEY", 930000, None, "exact"),      # a money verb before a bare amount
    ("餐厅收银员私吞14万营业款后自首。", "14万", "MONEY", 140000, None, "exact"),  # a money noun after it
    ("涉案人员5万。", "5万", "COUNT", 50000, None, "exact"),                      # people between verb and number
    ("不然这2万块钱就没了。", "2万块", "MONEY", 20000, "块", "exact"),             # 块 before 钱: money; 钱 stays out
    ("现场起获手表3块。", "3块", "COUNT", 3, "块", "exact"),                        # 块 alone: a count
    ("400余村民户籍被封锁。", "400余", "COUNT", 400, None, "more_than"),
    ("今年共抓获犯罪嫌疑人158名。", "158名", "COUNT", 158, "名", "exact"),
    ("涉案金额约500万元。", "约500万元", "MONEY", 5000000, "元", "about"),
    ("挽回损失超2亿元。", "超2亿元", "MONEY", 200000000, "元", "more_than"),
    ("罚金人民币三千元。", "三千元", "MONEY", 3000, "元", "exact"),
    ("破案率达95%以上。", "95%以上", "PERCENT", 95, "%", "at_least"),
    ("发案数下降近20%。", "近20%", "PERCENT", 20, "%", "nearly"),
    ("占比百分之四十。", "百分之四十", "PERCENT", 40, "%", "exact"),
    ("同比下降两成。", "两成", "PERCENT", 20, "成", "exact"),   # the unit as written (§2)
    ("八成以上的案件已侦破。", "八成以上", "PERCENT", 80, "成", "at_least"),
    ("占总数的四分之三。", "四分之三", "PERCENT", 75, None, "exact"),   # nothing written: no unit
    ("破案率提高3个百分点。", "3个百分点", "PERCENT", 3, "个百分点", "exact"),
    ("处置量增加3倍。", "3倍", "MULTIPLE", 3, "倍", "exact"),
    ("收入翻一番。", "翻一番", "MULTIPLE", 2, None, "exact"),   # nothing written: no unit
    ("考核位居全省第2名。", "第2名", "RANK", 2, None, "exact"),
    ("成绩居全市首位。", "首位", "RANK", 1, None, "exact"),
    ("该市连续6个月零发案。", "连续6个月", "STREAK", 6, "个月", "exact"),
    ("连续3年6个月保持稳定。", "连续3年6个月", "STREAK", 3.5, "年", "exact"),
    ("盗窃案三年连降。", "三年连降", "STREAK", 3, "年", "exact"),
    ("全县已连续4个采暖季未发生中毒事故。", "连续4个采暖季", "STREAK", 4, "个采暖季", "exact"),  # seasons and terms
    ("该校连续两个学期零发案。", "连续两个学期", "STREAK", 2, "个学期", "exact"),
    ("查获毒品12.5千克。", "12.5千克", "COUNT", 12.5, "千克", "exact"),
    ("约20余万元。", "约20余万元", "MONEY", 200000, "元", "about"),
    ("涉案金额在50万以上的案件。", "50万以上", "MONEY", 500000, None, "at_least"),  # an amount (涉案金额): money
    ("全市常住人口约960万。", "约960万", "COUNT", 9600000, None, "about"),
    ("不低于总人数的40%。", "40%", "PERCENT", 40, "%", "at_least"),
    ("共有派出所1200多个。", "1200多个", "COUNT", 1200, "个", "more_than"),
    ("抓获３名嫌疑人。", "３名", "COUNT", 3, "名", "exact"),
    ("刑拘犯罪嫌疑人近千人。", "近千人", "COUNT", 1000, "人", "nearly"),  # a marker before a bare magnitude
    ("吸引上万人参加。", "上万人", "COUNT", 10000, "人", "more_than"),
    ("当事人所得往往不超过千元。", "不超过千元", "MONEY", 1000, "元", "at_most"),  # not 超过千元 after a stray 不
    ("涉案金额逾百万元。", "逾百万元", "MONEY", 1000000, "元", "more_than"),
    ("政府追加3亿5320万人民币援助。", "3亿5320万人民币", "MONEY", 353200000, "人民币", "exact"),  # 亿 between digits
    ("约合1.4亿人民币。", "1.4亿人民币", "MONEY", 140000000, "人民币", "about"),  # not 1.4亿人 + 民币; 约合 marks about
    ("理财产品缩水3成。", "3成", "PERCENT", 30, "成", "exact"),                # Arabic digit + 成
    ("通行效率提升一成半。", "一成半", "PERCENT", 15, "成", "exact"),            # 半 after 成: a half tenth
    ("超9成民众表示满意。", "超9成", "PERCENT", 90, "成", "more_than"),
    ("新增确诊病例12例。", "12例", "COUNT", 12, "例", "exact"),               # measure words added 2026-12-01
    ("被歹徒砍10余刀。", "10余刀", "COUNT", 10, "刀", "more_than"),
    ("民警开8枪将其击毙。", "8枪", "COUNT", 8, "枪", "exact"),
    ("3对新人举行婚礼。", "3对", "COUNT", 3, "对", "exact"),
    ("缴获169根象牙。", "169根", "COUNT", 169, "根", "exact"),
    ("写下25万字日志。", "25万字", "COUNT", 250000, "字", "exact"),
    ("大火烧毁约12公顷林地。", "约12公顷", "COUNT", 12, "公顷", "about"),
    ("发生四起命案。", "四起", "COUNT", 4, "起", "exact"),                     # 四起 outside its idioms
]

NOT_CLAIMS = [
    "2023年全市召开会议。",          # dates
    "2012年至2017年间工作扎实。",      # periods
    "近5年来工作扎实。",
    "用时15分钟即抓获嫌疑人。",        # durations
    "为期三个月的专项行动。",
    "审批时间3天。",
    "K123次列车上发生纠纷。",         # numbers inside names
    "市公安局交管局二大队三中队。",
    "获第二届创新大赛一等奖。",
    "抓获一名嫌疑人，扣押一辆车。",      # indefinite 一
    "兵分两路展开搜查。",              # rhetorical
    "第二次会议在杭州召开。",          # event ordinals
    "得分96.5分。",                   # scores
    "嫌疑人今年35岁。",               # ages
    "开展三大行动。",                 # N大 formulas
    "稳居第一方阵。",                 # tiers without a position
    "一站式服务。",
    "成千上万人涌入广场。",            # idiom, no value
    "数千人受骗。",                    # vague magnitude
    "入选千人计划。",
    "他骑着三轮车送货。",               # a unit that starts another word (三轮车)
    "抓获3台湾籍嫌疑人中的主犯。",
    "2023年全年。",                    # a year is not a bare-number claim
    "拨打110报警。",
    "泥石流致数十人死亡。",             # vague: 数十 / 几百 assert no number
    "几百名村民围观。",
    "引发流言四起。",                   # idioms (units.json: idioms)
    "枪声四起，群众四散。",
    "他绣十字绣，捐给红十字会。",
    "政协十一届四次会议开幕。",          # a session's name
    "遭遇10余年最严重洪灾。",            # a bare number before a time word
    "爬上20多层楼。",
    "男子30多岁。",
    "别再三番五次来找。",
]


@pytest.mark.parametrize("text,span,label,value,unit,approx", CLAIMS)
def test_claim_rulings(nlp, text, span, label, value, unit, approx):
    doc = nlp(text)
    found = {c.text: c for c in doc.spans["claims"]}
    if span is None:
        assert not found, found
        return
    assert span in found, [c.text for c in doc.spans["claims"]]
    c = found[span]
    assert (c.label_, c._.value, c._.unit, c._.approx) == (label, value, unit, approx)


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_not_claims(nlp, text):
    assert [c.text for c in nlp(text).spans["claims"]] == []


def attrs(claim):
    def t(x):
        return x["text"] if x else None

    return claim._.change, t(claim._.metric), t(claim._.period), t(claim._.subject)


def test_change_metric_period_subject(nlp):
    doc = nlp("今年以来，杭州市公安局西湖区分局共破获电信网络诈骗案件326起，同比下降12%。")
    c = {c.text: c for c in doc.spans["claims"]}
    assert attrs(c["326起"]) == (None, "电信网络诈骗案件", "今年以来", "杭州市公安局西湖区分局")
    assert attrs(c["12%"])[0] == "decrease"


def test_measure_word_counts_the_following_noun(nlp):
    doc = nlp("截至目前，全市建成80个智慧安防小区。")
    (claim,) = doc.spans["claims"]
    assert attrs(claim) == (None, "智慧安防小区", "截至目前", "全市")


def test_comparison_base_is_not_a_period(nlp):
    doc = nlp("全市刑事案件较去年同期下降30%。")
    (claim,) = doc.spans["claims"]
    assert claim._.period is None and claim._.change == "decrease"


def test_rank_scope_is_not_the_subject(nlp):
    doc = nlp("2020年，宁波市公安局执法质量考评列全省第一。")
    (claim,) = doc.spans["claims"]
    assert attrs(claim) == (None, "执法质量考评", "2020年", "宁波市公安局")


def test_streak_period_only_a_range(nlp):
    doc = nlp("20年来，全市命案连续七年全破。2015年至2021年，全市连续七年无命案。")
    first, second = doc.spans["claims"]
    assert first._.period is None
    assert second._.period["text"] == "2015年至2021年"


def test_partner_after_huitong_is_not_the_subject(nlp):
    doc = nlp("临海市公安局会同杜桥派出所走访80户居民。")
    (claim,) = doc.spans["claims"]
    assert claim._.subject["text"] == "临海市公安局"


def test_a_person_who_speaks_is_the_source_not_the_subject(nlp):
    doc = nlp("瓯海公安分局娄桥派出所所长李建国介绍，辖区内共有出租房屋4000余间。")
    (claim,) = doc.spans["claims"]
    assert claim._.subject["text"] == "瓯海公安分局娄桥派出所"


@pytest.mark.parametrize("text, metric, periods", [
    ("该局刑事案件破案率由2018年的35%提升至2023年的68%。", "刑事案件破案率", ("2018年", "2023年")),
    ("全市刑事立案数从2012年的5.6万起下降到2022年的2.1万起。", "刑事立案数", ("2012年", "2022年")),
])
def test_a_period_inside_ends_the_metric_and_a_change_after_a_count_is_no_counted_noun(nlp, text, metric, periods):
    first, second = nlp(text).spans["claims"]
    assert first._.metric["text"] == second._.metric["text"] == metric
    assert (first._.period["text"], second._.period["text"]) == periods


@pytest.mark.parametrize("text, metrics", [
    ("全市共查处酒驾违法行为4567起，其中醉驾1023起，同比分别下降15.2%和20.1%。",
     ["酒驾违法行为", "醉驾", "酒驾违法行为", "醉驾"]),                       # onto the claims before
    ("全市发案数、破案数分别为300起和200起。", ["发案数", "破案数"]),          # onto coordinated nouns
    ("刑事立案数和治安案件数同比分别下降12%、8%。", ["刑事立案数", "治安案件数"]),
    ("分别抓获嫌疑人3名和5名。", ["嫌疑人", "嫌疑人"]),                       # nothing to distribute
])
def test_fenbie_maps_coordinated_claims_onto_their_metrics_in_order(nlp, text, metrics):
    assert [c._.metric["text"] for c in nlp(text).spans["claims"]] == metrics


def test_a_demonstrative_unit_is_no_metric(nlp):
    # 该县公安局 refers back to a subject: neither the metric (it read 安局) nor a subject alone
    doc = nlp("该县公安局连续三年位居全市绩效考核第一名。")
    streak, rank = doc.spans["claims"]
    assert streak._.metric["text"] == rank._.metric["text"] == "绩效考核"  # (the scope it is held over leaves it)
    assert streak._.subject is None


def test_a_fixed_category_name_is_no_count_and_stays_in_the_metric(nlp):
    doc = nlp("2023年，全市刑事警情同比下降18.6%，八类严重暴力案件破案率达100%。")
    assert [c.text for c in doc.spans["claims"]] == ["18.6%", "100%"]
    assert doc.spans["claims"][1]._.metric["text"] == "八类严重暴力案件破案率"


from hypothesis import given, settings, strategies as st  # noqa: E402

MARKERS = [("", "", "exact"), ("近", "", "nearly"), ("约", "", "about"), ("超", "", "more_than"), ("", "以上", "at_least"), ("", "左右", "about")]


@settings(max_examples=60, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=99999),
    unit=st.sampled_from(["人", "起", "个", "元", "支", "家", "人次", "%"]),
    marker=st.sampled_from(MARKERS),
    mult=st.sampled_from(["", "万", "亿"]),
)
def test_generated_claims_parse(nlp, n, unit, marker, mult):
    pre, suf, approx = marker
    if unit == "%":
        mult = ""
    text = f"今年全市共抓获{pre}{n}{mult}{unit}{suf}。"
    doc = nlp(text)
    (claim,) = doc.spans["claims"]
    factor = {"": 1, "万": 10**4, "亿": 10**8}[mult]
    assert claim.text == f"{pre}{n}{mult}{unit}{suf}"
    assert (claim._.value, claim._.unit, claim._.approx) == (n * factor, unit, approx)
    assert claim.label_ == {"元": "MONEY", "%": "PERCENT"}.get(unit, "COUNT")


def test_month_range_periods_and_noun_phrases_with_verb_characters(nlp):
    doc = nlp("今年1至10月，全市共查处交通违法行为15.8万起，冻结涉案资金近3000万元。")
    a, b = doc.spans["claims"]
    assert attrs(a) == (None, "交通违法行为", "今年1至10月", "全市")
    assert attrs(b)[1] == "涉案资金"


def test_x_yilai_is_a_period_and_daily_average_inherits_metric(nlp):
    doc = nlp("专项行动开展以来，全市接报警情1.8万起，日均600起左右。")
    first, second = doc.spans["claims"]
    assert first._.period["text"] == "专项行动开展以来"
    assert second._.metric["text"] == "警情" and second._.approx == "about"


def test_coordinated_claims_share_metric_and_change(nlp):
    doc = nlp("今年以来，全市共抓获犯罪嫌疑人2108名，同比分别上升23.5%和31.2%。")
    _, a, b = doc.spans["claims"]
    assert (a._.change, b._.change) == ("increase", "increase")
    assert a._.metric == b._.metric


def test_brackets_and_comparison_bases_inside_a_metric(nlp):
    doc = nlp("涉及全国28个省（区、市）的受害人5000余名。2023年全省交通事故死亡人数比2022年减少了412人。")
    c = {x.text: x for x in doc.spans["claims"]}
    assert c["28个"]._.metric["text"] == "省（区、市）"
    assert c["5000余名"]._.metric["text"] == "受害人"
    assert (c["412人"]._.metric["text"], c["412人"]._.change) == ("交通事故死亡人数", "decrease")


def test_deictic_opening_and_change_verb_with_le_stay_out_of_the_metric(nlp):
    # 该所 after a comma (not at the text's start) and 下降了 before the number
    doc = nlp("2023年，该所接处警数量较上年下降两成，刑事警情下降了三分之一。")
    c = {x.text: x for x in doc.spans["claims"]}
    assert attrs(c["两成"]) == ("decrease", "接处警数量", "2023年", None)
    assert attrs(c["三分之一"])[:2] == ("decrease", "刑事警情")


def test_a_space_between_chinese_characters_ends_a_clause(nlp):
    # headline fields: the metric of 两名 stops at the space
    doc = nlp("女富豪遭两名持枪歹徒劫杀 一名疑犯仅17岁")
    (claim,) = [c for c in doc.spans["claims"] if c.text == "两名"]
    assert claim._.metric["text"].startswith("持枪歹徒") and claim._.metric["end"] <= doc.text.index(" ")


@pytest.mark.parametrize("text, subject", [
    ("台州市公安局椒江分局禁毒大队在椒江区白云街道一出租屋内抓获吸毒人员3名。", "台州市公安局椒江分局禁毒大队"),
    ("温州市公安局在全市开展专项行动，抓获嫌疑人20名。", "温州市公安局"),
    ("全市共破获案件300起。", "全市"),
])
def test_a_place_after_zai_is_where_not_the_subject(nlp, text, subject):
    (claim,) = nlp(text).spans["claims"]
    assert claim._.subject["text"] == subject


def test_sentencing_verbs_and_pronouns_stay_out_of_the_metric(nlp):
    doc = nlp("法院判处其有期徒刑三年，并处罚金人民币5万元。对其处以罚款2000元。")
    c = {x.text: x for x in doc.spans["claims"]}
    assert c["5万元"]._.metric["text"] == "罚金" and c["2000元"]._.metric["text"] == "罚款"


@pytest.mark.parametrize("text, metric", [
    ("抓获在逃人员13名。", "在逃人员"),              # 在 of 在逃 is no preposition
    ("从业人员登记率达到98%。", "从业人员登记率"),
    ("依法扣留驾驶证5本。", "驾驶证"),               # police verbs govern their object
    ("全国边检机关共查验出入境人员5.2亿人次。", "出入境人员"),
    ("3名被告人被判处有期徒刑。", "被告人"),          # 被 opens the noun 被告人
    ("嫌疑人张某某在杭州、上海、南京等地作案20余起。", "作案"),  # list members and 等地 go
    # a counted noun ends before its predicate; verbs that open it stay
    ("瓯海区人民检察院对37名犯罪嫌疑人提起公诉。", "犯罪嫌疑人"),
    ("北约驻阿富汗部队遭袭，4名士兵受伤。", "士兵"),
    ("民警抓获2名盗窃电动车嫌疑人。", "盗窃电动车嫌疑人"),
    ("该局开展了12次集中清查行动。", "集中清查行动"),       # a verb right before a noun head modifies it
    ("埃及警方抓获3名教堂枪击事件疑犯。", "教堂枪击事件疑犯"),
    # the last governing verb with an object governs; a final mostly-verb is the metric itself
    ("温州市共打掉涉黑组织23个。", "涉黑组织"),           # 组织 ends the words: a noun
    ("香港警方捣毁黑帮武器库，逮捕两人。", "逮捕"),
    ("责令退赔被害人经济损失210万元。", "被害人经济损失"),
])
def test_metric_rulings_of_2026_12_01(nlp, text, metric):
    (claim,) = nlp(text).spans["claims"]
    assert claim._.metric["text"] == metric


def test_the_rules_keep_a_word_that_opens_with_an_adverb(rule_metrics):
    # 共 opens the word 共享: the rules keep it; the learned metric start drops 共享 as a verb
    # (单车被盗案件), one of its known errors (pipeline/resources/claims/README.md)
    (claim,) = rule_metrics("共享单车被盗案件23起。").spans["claims"]
    assert claim._.metric["text"] == "共享单车被盗案件"


# Rulings of the rules that the learned metric start overrides wrongly (its known errors, listed in
# pipeline/resources/claims/README.md): the rules' spans, with the model off.
RULES_ONLY_METRICS = [
    ("民警进山查获盗伐红松11株。", "11株", "metric", "红松"),                      # forestry and trade verbs govern
    ("废水中氨氮浓度为12.4毫克/升，为排放标准的5.2倍。", "5.2倍", "metric", "氨氮浓度"),
    ("2023年，周口市公安局共破获骗取农机购置补贴案件38起。", "38起", "metric", "骗取农机购置补贴案件"),  # the crime names the case
]


@pytest.mark.parametrize("text, claim, attr, expected", RULES_ONLY_METRICS)
def test_rulings_the_learned_metric_start_gets_wrong(rule_metrics, text, claim, attr, expected):
    test_claim_attributes_mended_since_the_third_round(rule_metrics, text, claim, attr, expected)


@pytest.mark.parametrize("text, metric", [("管理员截留职工补助金12万元。", "职工补助金"),
                                          ("财务人员虚构退款订单3.4万余单。", "退款订单"),
                                          ("犯罪嫌疑人向农户赊购小麦约86万斤。", "小麦")])  # (赊购: a purchase verb)
def test_fraud_verbs_govern_their_object(nlp, text, metric):
    # 虚构, 截留 (and 培养, 生成, 非法占有) leave the metric like 抓获 (blind set 153's errors)
    (claim,) = nlp(text).spans["claims"]
    assert claim._.metric["text"] == metric


def test_a_verb_inside_a_noun_governs_nothing(nlp):
    # 检查 of 检查站 is part of the noun: the metric is not cut after it
    doc = nlp("深圳边检站今年共查验出入境旅客1.2亿人次。")
    (claim,) = doc.spans["claims"]
    assert attrs(claim) == (None, "出入境旅客", None, "深圳边检站")  # (a bare 今年 frames no claim)


@pytest.mark.parametrize("text, period, subject", [
    ("温州公安今年以来共抓获犯罪嫌疑人3421名。", "今年以来", "温州公安"),   # the open X以来 frame
    ("全市公安机关今年以来共抓获犯罪嫌疑人3421名。", "今年以来", "全市公安机关"),
    ("丽水警方通报，2026年1月至10月，全市电诈发案数同比下降32.6%。", "2026年1月至10月", "全市"),
])
def test_a_period_after_the_subject_is_no_part_of_it(nlp, text, period, subject):
    (claim,) = nlp(text).spans["claims"]
    assert (claim._.period["text"], claim._.subject["text"]) == (period, subject)


@pytest.mark.parametrize("text, subject", [
    ("绍兴市公安局越城区分局刑侦大队民警辗转湖南、广东等5个省份，抓获涉案人员23名。", "绍兴市公安局越城区分局刑侦大队"),
    ("英国决定停止援助中国等16个国家。", "英国"),
    ("寒潮导致孟加拉国至少39人死亡。", "孟加拉国"),   # 至少 is no route
])
def test_a_member_of_a_list_is_no_subject(nlp, text, subject):
    claims = nlp(text).spans["claims"]
    assert all(c._.subject["text"] == subject for c in claims)


def test_departments_are_counted_whole(nlp):
    doc = nlp("发改委等8部门要求做好春运工作，安监总局等五部委调查事故。")
    assert [(c.text, c._.unit) for c in doc.spans["claims"]] == [("8部门", "部门"), ("五部委", "部委")]


def test_a_beneficiary_is_no_subject(nlp):
    doc = nlp("市公安局反诈中心民警及时劝阻，成功为市民陈女士止付被骗资金12万元。")
    (claim,) = doc.spans["claims"]
    assert attrs(claim)[1:] == ("被骗资金", None, "市公安局反诈中心")


def test_court_scopes_and_court_verbs(nlp):
    doc = nlp("全省法院今年共审结电信诈骗案件4560件。")
    (claim,) = doc.spans["claims"]
    assert attrs(claim) == (None, "电信诈骗案件", None, "全省法院")


def test_coordinated_counts_with_nouns_of_their_own_and_partners_in_a_list(nlp):
    doc = nlp("苍南县公安局网安大队联合县委网信办、县市场监管局，对辖区内32家网吧、15家数据中心开展安全检查。")
    assert [(c._.metric["text"], c._.subject["text"]) for c in doc.spans["claims"]] == [
        ("网吧", "苍南县公安局网安大队"), ("数据中心", "苍南县公安局网安大队")]


@pytest.mark.parametrize("text, metric, period", [
    ("截至9月底，全市共登记流动人口423.6万人，较年初增加11.2万人。", "流动人口", "截至9月底"),  # 较年初 is a base
    ("近三年来，辖区盗窃案件发案数年均下降18%以上。", "盗窃案件发案数", "近三年来"),          # 年均 and 辖区 stay out
    ("仅10月份，该所就接处警1025起。", "接处警", "10月份"),                                       # a month with 份
])
def test_bases_averages_and_months(nlp, text, metric, period):
    claim = nlp(text).spans["claims"][-1]
    assert (claim._.metric["text"], claim._.period["text"]) == (metric, period)


@pytest.mark.parametrize("text, metric, change", [
    # the level reached is no change stated (§4: levels get null; every gold claim after 降至 / 升至)
    ("全市电诈案件发案数降至1200起。", "电诈案件发案数", None),
    ("地震死亡人数已升至250人。", "地震死亡人数", None),
    ("全省刑事案件破案率跌至36.3%。", "刑事案件破案率", None),
    ("全省刑事案件破案率同比下降3.2%。", "刑事案件破案率", "decrease"),
])
def test_changes_to_a_level_stay_out_of_the_metric(nlp, text, metric, change):
    (claim,) = nlp(text).spans["claims"]
    assert (claim._.metric["text"], claim._.change) == (metric, change)


def test_a_recipient_is_no_subject_and_opens_no_metric(nlp):
    (claim,) = nlp("中国向索马里提供100万美元无偿援助。").spans["claims"]
    assert attrs(claim)[1:] == ("提供", None, "中国")


def test_holidays_are_periods(nlp):
    claim = nlp("今年国庆假期，全市道路交通事故起数同比下降18.2%。").spans["claims"][0]
    assert claim._.period["text"] == "今年国庆假期"


def test_shares_deictic_gangs_occurrences_and_aftershocks(nlp):
    doc = nlp("全市电诈发案数约占刑事案件总数的40%。该团伙涉案金额达1000余万元。今年以来共发生火灾事故47起。台湾共发生106起余震。")
    c = {x.text: x for x in doc.spans["claims"]}
    assert c["40%"]._.approx == "about"                          # a distant 约占
    assert c["1000余万元"]._.metric["text"] == "涉案金额"          # 该团伙 is deictic
    assert c["47起"]._.metric["text"] == "火灾事故"                # 发生 governs
    assert "106起" in c and "106起余" not in c                      # 余 of 余震 is no marker


@pytest.mark.parametrize("text", ["湘鄂赣三省交界地区山高路险。", "云南、广东两省警方历时两个月缜密侦查。",
                                  "三省一市跨省协查平均反馈率提升至96.8%。", "群众可在圈内处理其他八市的违法记录。"])
def test_places_named_together_are_no_count(nlp, text):
    assert not any(c.text.endswith(("省", "市")) for c in nlp(text).spans["claims"])


def test_a_count_of_provinces_with_its_measure_word_stays(nlp):
    assert "12个" in [c.text for c in nlp("该团伙流窜全国12个省作案。").spans["claims"]]


def test_open_frames_yield_to_specific_ones_and_hours_are_durations(nlp):
    doc = nlp("我市110接警量今年以来累计达到56.3万起。民警调取监控视频300余小时。今年共开展检查1.5万余家次。")
    c = {x.text: x for x in doc.spans["claims"]}
    assert c["56.3万起"]._.period["text"] == "今年以来"
    assert "300余" not in c and "300余小时" not in c           # hours of footage: a duration
    assert [x.text for x in nlp("连续巡逻48小时。民警仅用时36小时破案。").spans["claims"]] == []  # no bare number either
    assert c["1.5万余家次"]._.unit == "家次"


def test_a_headline_field_separator_is_no_metric(nlp):
    doc = nlp("团伙绑架人质勒索200万 50余干警扮稻草人破案")
    assert all(c._.metric is None or c._.metric["text"].strip() == c._.metric["text"] != "" for c in doc.spans["claims"])


def test_a_taking_verb_is_the_metric_not_its_victim(nlp):
    (claim,) = nlp("店员私刻公章骗走客户13万元。").spans["claims"]
    assert claim._.metric["text"] == "骗走"


def test_embezzlement_verbs_periods_to_now_and_fronted_places(nlp):
    (claim,) = nlp("经查，2023年3月至今，嫌疑人吴某利用职务便利侵占公司资金共计86万元。").spans["claims"]
    assert attrs(claim) == (None, "公司资金", "2023年3月至今", "吴某")
    (claim,) = nlp("鹿城区双屿街道某出租房内，民警当场查获冰毒12克。").spans["claims"]
    assert claim._.subject is None                           # where it happened, not who


def test_a_speech_verb_opens_no_metric(nlp):
    (claim,) = nlp("安监总局称去年全国查处瞒报事故168起。").spans["claims"]
    assert claim._.metric["text"] == "瞒报事故"


def test_a_preposition_opens_no_counted_noun(nlp):
    doc = nlp("3人因一氧化碳中毒死于出租屋内。影响事故的3个因素。")
    c = {x.text: x for x in doc.spans["claims"]}
    assert c["3人"]._.metric is None and c["3个"]._.metric["text"] == "因素"


def test_cocaine_is_not_cut_at_its_last_character_and_all_rescued_loses_its_adverb(nlp):
    c = {x.text: x for x in nlp("警方缴获431公斤可卡因。渡船倾覆，121人全部获救。").spans["claims"]}
    assert c["431公斤"]._.metric["text"] == "可卡因"
    # 全部 is an adverb, which ANNOTATION.md's metric leaves out; the dev gold drops it from a
    # predicate after the count 8 times of 8 (4160元全部退回 -> 退回, 3人全部抓获 -> 抓获)
    assert c["121人"]._.metric["text"] == "获救"


def test_first_months_of_the_year_are_one_period(nlp):
    (claim,) = nlp("今年前10个月，哈尔滨市刑事警情同比下降31.5%。").spans["claims"]
    assert claim._.period["text"] == "今年前10个月"


def test_a_gang_leader_is_no_subject_and_names_alone_are_no_metric(nlp):
    (claim,) = nlp("东莞市公安局长安分局打掉一个以陈某为首的电信诈骗团伙，抓获犯罪嫌疑人23名。").spans["claims"]
    assert claim._.subject["text"] == "东莞市公安局长安分局"
    # the names alone are no metric; what was done to them is (the dev gold 19 of 21 such counts)
    (claim,) = nlp("宁波市镇海区人民检察院以涉嫌非法捕捞水产品罪对张某等4人提起公诉。").spans["claims"]
    assert claim._.metric["text"] == "提起公诉"


def test_an_open_quotation_and_a_pronoun_stay_out_and_a_size_measures_its_noun(nlp):
    c = {x.text: x for x in nlp("“今年我们共接到群众求助电话2.3万个。”街道组建了一支120人的平安志愿者队伍。"
                                 "男子抢劫2名的姐。").spans["claims"]}
    assert c["2.3万个"]._.metric["text"] == "群众求助电话"
    assert c["120人"]._.metric["text"] == "平安志愿者队伍"
    assert c["2名"]._.metric["text"] == "的姐"          # 的 opens the noun, no size after 一 + measure word


@pytest.mark.parametrize("text, claim, unit", [
    ("共收到群众送来的锦旗42面。", "42面", "面"),
    ("该案涉及浙江、江苏、安徽等6省20余市。", "6省", "省"),
    ("该案涉及浙江、江苏、安徽等6省20余市。", "20余市", "市"),
])
def test_flags_provinces_and_cities_are_counted(nlp, text, claim, unit):
    c = claims_of(nlp, text)
    assert c[claim]._.unit == unit
    assert c[claim]._.metric is None or c[claim]._.metric["text"] != "等"


@pytest.mark.parametrize("text", ["朝鲜对美国两面战术高度警惕。", "省委常委会召开会议。", "3市场监管部门联合执法。"])
def test_sides_and_words_opened_by_sheng_or_shi_are_no_counts(nlp, text):
    assert not [c for c in nlp(text).spans["claims"] if c._.unit in ("面", "省", "市")]


@pytest.mark.parametrize("text, claim, period", [
    ("上海铁路公安局杭州公安处在春运期间共查获违禁品260余件。", "260余件", "春运期间"),  # not 杭州公安处在春运期间
    ("“清朗”行动开展以来，广东省公安厅共清理有害信息12万余条。", "12万余条", "“清朗”行动开展以来"),
    ("截至6月30日，全国共有机动车4.4亿辆。", "4.4亿辆", "截至6月30日"),
    ("张江派出所连续两年位列全市派出所考核第一名。", "第一名", "连续两年"),     # a rank over a streak
    # (eighteenth session) a quoted name inside an open frame; the launcher before the frame's verb
    ("开展公交反扒“猎鹰”行动以来，共抓获扒窃嫌疑人14名。", "14名", "开展公交反扒“猎鹰”行动以来"),
    ("分局推行“民意警务”以来，累计走访群众8.6万户。", "8.6万户", "推行“民意警务”以来"),
    ("专项行动开展以来，累计走访群众8.6万户。", "8.6万户", "专项行动开展以来"),
    ("积石山6.2级地震发生以来，甘肃警方已查处违法犯罪案件14起。", "14起", "积石山6.2级地震发生以来"),  # a decimal inside
    ("今年2月至今，辖区扒窃警情同比下降56%。", "56%", "今年2月至今"),
    ("在2023年度生态环境保护考核中，长兴县位列全省第2名。", "第2名", "2023年度"),   # not the birth guard's 年生
])
def test_periods_stop_at_names_keep_campaign_quotes_and_days(nlp, text, claim, period):
    c = claims_of(nlp, text)
    assert c[claim]._.period["text"] == period


def test_an_aside_in_brackets_is_no_subject_and_a_doubling_is_a_multiple(nlp):
    (claim,) = nlp("犯罪嫌疑人赵某（男，45岁，河北邯郸人）伙同他人骗取老年人养老钱共计80余万元。").spans["claims"]
    assert claim._.subject["text"] == "赵某" and claim._.metric["text"] == "老年人养老钱"
    c = {x.text: x for x in nlp("边检站查验旅客3.8万名，比去年增长了一倍。他比我高一倍。").spans["claims"]}
    assert c["一倍"].label_ == "MULTIPLE" and c["一倍"]._.value == 1 and c["一倍"]._.change == "increase"
    assert len([x for x in c if x == "一倍"]) == 1


def test_among_and_causing_stay_out_of_a_metric(nlp):
    c = {x.text: x for x in nlp("经鉴定，涉案的21名被害人中，轻伤4人。今年全市造成群众损失2.3亿元。"
                                 "132人倒挂空中。").spans["claims"]}
    assert c["21名"]._.metric["text"] == "被害人"
    assert c["2.3亿元"]._.metric["text"] == "群众损失"
    assert c["132人"]._.metric["text"] == "倒挂空中"


def test_a_numeral_inside_a_rule_name_is_no_claim_and_named_people_counted_are_no_subject(nlp):
    assert not nlp("沈阳市公安局皇姑分局三台子派出所接到群众举报。").spans["claims"]
    assert [c.text for c in nlp("北约25辆供给车辆遭袭。").spans["claims"]] == ["约25辆"]   # the number is outside 北约
    (c, _) = nlp("经八路派出所抓获犯罪嫌疑人李某、王某某2人，串并案件11起。").spans["claims"]
    assert c._.subject["text"] == "经八路派出所"
    (c,) = nlp("希特勒3幅画作将在德国拍卖。").spans["claims"]
    assert c._.subject["text"] == "希特勒"                                   # the owner of what is counted


def test_vague_tens_stay_no_claims(nlp):
    assert not nlp("涉案数十人，数百名群众围观。").spans["claims"]


# Metrics mended since 2026-12-01's third round of rule work (corpus/README.md says why for each)
METRICS = [
    ("甘肃兰州：一男子冒充民警诈骗12人被刑拘", "12人", "诈骗"),                 # the agent's action, not the clause
    ("骗子冒充领导诈骗39万元获刑10年半", "39万元", "诈骗"),
    ("该团伙骗取资金共计1.2亿元。", "1.2亿元", "资金"),                      # the money taken, not the verb
    ("该团伙虚开发票，骗取出口退税1.3亿元。", "1.3亿元", "出口退税"),         # a tax refund is money taken too
    ("杭州市检察院对犯罪嫌疑人王某某等17人依法提起公诉。", "17人", "犯罪嫌疑人"),   # named examples and an adverb
    ("警方已对涉案的4名犯罪嫌疑人依法采取刑事强制措施。", "4名", "犯罪嫌疑人"),
    ("派出所与辖区学校共建“护学岗”28个。", "28个", "护学岗"),
    ("民警检查32家网吧、15家KTV。", "15家", "KTV"),                          # a Latin noun is counted
    ("工地塔吊倒塌，5名操作人员全部死亡。", "5名", "操作人员"),
    ("11名乘客因电梯故障被困。", "11名", "乘客"),
    ("8名女大学生疑因食用卤猪脚中毒。", "8名", "女大学生"),
    ("工人在窝点搜出4把砍刀(图)", "4把", "砍刀"),                           # a headline's picture note
    ("此次行动中，民警共捣毁窝点3处。", "3处", "窝点"),                      # the segmenter split 捣|毁窝点
    ("贵阳市公安局盘查可疑人员4200余人。", "4200余人", "可疑人员"),
    ("重庆市公安局出入境管理局今年共受理签发普通护照46万余本。", "46万余本", "普通护照"),
    ("温州公安电诈警情数同比下降41.2%，降幅居全省首位。", "首位", "降幅"),   # a ranked change is the metric
    ("今年上半年，该县盗窃案件发案数降幅居全市首位。", "首位", "盗窃案件发案数降幅"),   # the size of the change is ranked
    ("全市涉校警情下降幅度位列全省第一。", "第一", "涉校警情下降幅度"),                   # (sixty-seventh round)
    ("分区域看，西湖街道盗窃警情最多，达23起。", "23起", "盗窃警情"),           # what the clause before names as the most
    ("从各县看，城关镇立案数最多，共17起，位列全县第一。", "第一", "立案数"),     # (sixty-eighth round)
    ("全市命案发案数同比下降25%，实现命案“连续五年全破”。", "连续五年", "命案"),
    ("海岸警察总队共出动船艇50余艘次。", "50余艘次", "船艇"),
    ("刑侦大队全年共侦破命案12起。", "12起", "命案"),                             # a bare unit opens the clause
    ("出入境管理支队全年受理出入境证件申请18.6万件。", "18.6万件", "出入境证件申请"),
    ("市看守所全年共收押犯罪嫌疑人1426人次。", "1426人次", "犯罪嫌疑人"),
    ("中国移动广东公司封停涉诈号卡9.6万张。", "9.6万张", "涉诈号卡"),
    ("辅警拾到一只钱包，内有现金3200元及银行卡5张。", "5张", "银行卡"),
    ("辅警拾到一只钱包，内有现金3200元及银行卡5张。", "3200元", "现金"),
    ("江苏省检察院今年共起诉电信网络诈骗犯罪嫌疑人近9000人。", "近9000人", "电信网络诈骗犯罪嫌疑人"),  # 诈骗 modifies
    # a headless 的 phrase before a count or a share predicate, whole from its opening verb (forty-second round)
    ("2023年，该所共查处非法捕捞案件28起，其中涉及电鱼的有6起。", "6起", "涉及电鱼"),
    ("全省共查处违规行为4800余起，其中移送司法机关追究刑事责任的236人。", "236人", "移送司法机关追究刑事责任"),
    ("去年全市共受理举报线索210条，经核查属实的占七成。", "七成", "经核查属实的"),
    # a category named by a verb phrase stays with the counted noun (forty-second round)
    ("今年以来，浙江公安共破获冒用他人身份注册公司类案件126起。", "126起", "冒用他人身份注册公司类案件"),
    ("今年前三季度，该分局共办理非法倾倒固体废物类案件15起。", "15起", "非法倾倒固体废物类案件"),
    ("截至9月底，民警共查处此类案件12起。", "12起", "此类案件"),      # a kind word before 类 names no category
    # a preposition right before the next count ends the noun counted (seventieth round)
    ("该团伙在5个新交付楼盘向700余户业主强收装修费。", "5个", "新交付楼盘"),
    ("该团伙在3个农贸市场向200余名摊主收取保护费。", "3个", "农贸市场"),
    ("民警先后对12家网吧对300余名未成年人开展教育。", "12家", "网吧"),
    # an average per person or household is the metric whole (人均, 户均); 均 after a longer noun is an adverb
    ("共为46名受害人追回被骗资金92万元，人均约2万元。", "约2万元", "人均"),
    ("累计帮助18户村民挽回损失27万元，户均1.5万元。", "1.5万元", "户均"),
    # a share of people with no noun (的人), a count with the copula 系: what follows is measured
    ("问卷调查显示，在800名受访市民中，有42.5%的人曾接到过冒充客服的电话。", "42.5%", "曾接到过冒充客服的电话"),
    ("受访的600名司机中，有三成的人表示曾在夜间疲劳驾驶。", "三成", "曾在夜间疲劳驾驶"),
    ("民警共抓获涉案人员12名，其中7人系刑满释放人员。", "7人", "刑满释放人员"),
    ("今年共接报相关警情30起，其中9起系冒充快递员上门的盗窃案件，均已立案。", "9起", "盗窃案件"),
    # 经 / 在 / 已 opening a relative clause of the noun stay with it; before a place they go (seventieth round)
    ("今年以来，经物流渠道流入的管制刀具占涉案刀具的六成。", "六成", "经物流渠道流入的管制刀具"),
    ("春运期间，全站共劝阻在候车室内吸烟的旅客320人次。", "320人次", "在候车室内吸烟的旅客"),
    ("被告人在其经营的棋牌室内摆放改装麻将机15台。", "15台", "改装麻将机"),
    # X占比由…降至…: 占比 is the measured noun, not the 占 of a share's base (seventieth round)
    ("今年以来，电诈案件中跑分类案件占比由2022年的41%降至23%。", "41%", "跑分类案件占比"),
    ("全市酒驾警情占比由去年同期的12.5%降至8.1%。", "8.1%", "酒驾警情占比"),
    ("持证从业人员占比不低于全部从业人员的九成。", "九成", "持证从业人员占比"),
]


@pytest.mark.parametrize("text, claim, metric", METRICS)
def test_metrics_mended_since_the_third_round(nlp, text, claim, metric):
    c = claims_of(nlp, text)
    assert c[claim]._.metric["text"] == metric


@pytest.mark.parametrize("text", ["我的另一半也是民警。", "用联邦制统一半岛。", "嫌疑人身高170厘米左右，体型偏瘦。",
                                  "民警连续3天蹲守，终将嫌疑人抓获。"])   # how long an operation lasted
def test_a_spouse_a_unification_and_a_height_are_no_claims(nlp, text):
    assert not nlp(text).spans["claims"]


# Claim attributes mended since 2026-12-01's third round of rule work ("label" reads the claim's label)
ATTRIBUTES = [
    ("亿万富翁涉案潜逃近十年落网，曾两次改换身份。", "两次", "period", None),   # how long, after a verb of lasting
    ("男子近10年杀害10人。", "10人", "period", "近10年"),
    ("犯罪嫌疑人张某，男，1986年出生，对提供线索者奖励1万元。", "1万元", "period", None),  # a birth year
    ("温馨提示：春节期间全市预计车流量将达120万辆次。", "120万辆次", "period", "春节期间"),  # not across the colon
    ("全州非法集资案件立案数三年连降。", "三年连降", "label", "STREAK"),            # 数 of 立案数 is no 数十
    ("两项指标分列全省第二和第一。", "第二", "label", "RANK"),                    # 第二和第一: two ranks
    ("全局民警人均处警数约为全市平均水平的1.5倍。", "1.5倍", "approx", "about"),
    ("近三年共收戒吸毒人员1050名。", "1050名", "period", "近三年"),
    ("2024年1月1日至2月20日，该局共救起落水群众9人。", "9人", "period", "2024年1月1日至2月20日"),  # the year opens a day range
    ("今年以来共送气上门9.6万瓶次。", "9.6万瓶次", "label", "COUNT"),                             # 瓶次 as 人次
    ("近三年共收戒吸毒人员1050名。", "1050名", "metric", "吸毒人员"),
    ("开展法治宣讲320场次。", "320场次", "metric", "法治宣讲"),
    ("辖区刑事警情仅17起。", "17起", "metric", "刑事警情"),  # 辖区 says where
    ("全市盗窃案件下降了近一半。", "近一半", "value", 50),                       # 一半 is a share of 50
    ("全市盗窃案件下降了近一半。", "近一半", "approx", "nearly"),
    ("外地牌照车辆约占三分之二。", "三分之二", "value", 66.67),                 # a repeating share to two decimals
    ("刑事警情下降了三分之一。", "三分之一", "value", 33.33),
    ("其中四分之三为老年人。", "四分之三", "value", 75),
    ("春运前10天，全省高速公路日均车流量达112万辆次。", "112万辆次", "period", "春运前10天"),   # a part of a season
    ("春运高峰期，日均接报警情40起左右。", "40起左右", "period", "春运高峰期"),
    ("除夕至正月初七，全市共接报警情4120起。", "4120起", "period", "除夕至正月初七"),         # lunar days
    ("除夕夜，全市接报警情300起。", "300起", "period", "除夕夜"),
    ("元宵节当晚，全市出动警力5000人次。", "5000人次", "period", "元宵节当晚"),
    ("近半年，该局破获案件12起。", "12起", "period", "近半年"),
    ("经过近半年的缜密侦查，抓获团伙成员9名。", "9名", "period", None),          # how long, no frame
    ("对提供有效线索的群众给予最高5万元奖励。", "最高5万元", "approx", "at_most"),  # a reward's cap
    ("对提供有效线索的群众给予最高5万元奖励。", "最高5万元", "metric", "奖励"),      # the money noun after it
    ("公安机关将给予最高1万元的奖励。", "最高1万元", "metric", "奖励"),               # ... after its 的
    ("对提供线索者给予1000元至5000元奖励。", "5000元", "metric", "奖励"),          # both ends of a range
    ("其中单笔被骗金额最高9.8万元，最低2000元。", "9.8万元", "approx", "exact"),    # the largest case: no cap
    ("以每斤5元的价格收购玉米种子。", "5元", "metric", "价格"),
    ("此类案件中约六成涉及老年人。", "约六成", "metric", "此类案件"),                 # a locative 中 closes no noun
    ("民警收缴猎枪、小口径步枪等27支。", "27支", "metric", "猎枪、小口径步枪"),        # nor a list's 等
    ("集中力量攻坚，累计集中12次。", "12次", "metric", "集中"),                      # 集中 is a word
    ("男子为保护妻儿身中12刀。", "12刀", "metric", "男子为保护妻儿身中"),            # 中 the verb (hit) stays
    ("该市男性死者中20%因饮酒过量。", "20%", "metric", "男性死者"),
    ("收入翻了一番。", "翻了一番", "change", "increase"),                          # a doubling states its change
    ("流动人口登记率由86%提升到97%以上。", "86%", "metric", "流动人口登记率"),      # not …登记率由
    ("流动人口登记率由86%提升到97%以上。", "97%以上", "metric", "流动人口登记率"),
    ("全市机动车保有量突破2200万辆。", "突破2200万辆", "metric", "机动车保有量"),  # 突破: a marker since the fourth round
    ("共查处超速、超员、疲劳驾驶等交通违法行为3.2万起。", "3.2万起", "metric", "超速、超员、疲劳驾驶等交通违法行为"),
    ("全市共有民警、辅警3200人。", "3200人", "metric", "民警、辅警"),
    ("查获冰毒186毫克。", "186毫克", "unit", "毫克"),
]


@pytest.mark.parametrize("text, claim, attr, expected", ATTRIBUTES)
def test_claim_attributes_mended_since_the_third_round(nlp, text, claim, attr, expected):
    c = claims_of(nlp, text)
    value = c[claim].label_ if attr == "label" else getattr(c[claim]._, attr)
    assert (value["text"] if isinstance(value, dict) else value) == expected



# Claims mended in 2026-12-01's fourth round (reviews 7 and 9): (text, claim, attribute, expected);
# attribute "label" reads the claim's label, "found" only asks that the claim exists
FOURTH_ROUND = [
    ("张女士被骗十多万元。", "十多万元", "value", 100000),                   # a Chinese numeral, 多, then 万
    ("张女士被骗十多万元。", "十多万元", "approx", "more_than"),
    ("涉案价值一百多万。", "一百多万", "label", "MONEY"),                     # bare, after 价值
    ("冻结涉案账户十几个。", "十几个", "value", 10),                           # 十几 is 十余
    ("冻结涉案账户十几个。", "十几个", "approx", "more_than"),
    ("超出醉驾标准近一倍。", "近一倍", "value", 1),                            # a marker: no indefinite 一
    ("快递类诈骗警情激增一倍。", "一倍", "metric", "快递类诈骗警情"),           # 激增 is one change verb
    ("该所已连续1000余天未发生刑事案件。", "连续1000余天", "approx", "more_than"),
    ("连续十余年保持零发案。", "连续十余年", "value", 10),
    ("民警共转移群众两百余人。", "两百余人", "metric", "群众"),
    ("现场起获被盗电瓶23块。", "23块", "metric", "被盗电瓶"),
    ("所里先后荣立集体二等功1次。", "1次", "metric", "集体二等功"),
    ("管辖户籍人口8.7万人。", "8.7万人", "metric", "户籍人口"),
    ("辖区矛盾纠纷调解成功率保持在98%以上。", "98%以上", "metric", "矛盾纠纷调解成功率"),
    ("全县12个派出所中有9个实现零发案。", "12个", "metric", "派出所"),         # 中有: among them
    # (the part after 中有 now measures what it achieves: the dev gold takes the predicate 33 times of 42)
    ("全县12个派出所中有9个实现零发案。", "9个", "metric", "实现零发案"),
    # 比平日: a base; the day before the measure goes (the learned metric start: the review sets'
    # gold drops 当天 / 当日 before a measure 6 times of 6)
    ("元旦当天日均车流量比平日增加约15%。", "约15%", "metric", "日均车流量"),
    ("两地破案数占全省的46%。", "46%", "metric", "破案数"),                # 占全省的: the whole,
    ("两地破案数占全省的46%。", "46%", "subject", "两地"),                 # not 全省 (两地: places together)
    ("该所破案率高于全市平均水平8个百分点。", "8个百分点", "metric", "破案率"),
    ("全区视频点位较三年前增加近一倍。", "近一倍", "metric", "视频点位"),
    ("2023年，该所连续8年保持命案破案率100%。", "100%", "period", "连续8年"),  # it holds over the streak
    ("2023年，该所连续8年保持命案破案率100%。", "100%", "metric", "命案破案率"),
    ("局长张明在表彰会上介绍，全年辖区盗窃案件同比减少57.8%。", "57.8%", "subject", None),  # the speaker
    ("入室盗窃案件仅发生7起。", "7起", "metric", "入室盗窃案件"),               # what happened stands first
    ("中队今年已查处酒驾醉驾违法行为631起。", "631起", "metric", "酒驾醉驾违法行为"),  # a period after the subject
    ("中队今年已查处酒驾醉驾违法行为631起。", "631起", "period", None),      # a bare 今年 is deictic: no frame
    ("中队今年5月已查处酒驾醉驾违法行为631起。", "631起", "period", "今年5月"),
    ("今年5月，民警抓获嫌疑人17名。", "17名", "period", "今年5月"),
    ("2023年一季度至三季度，全市治安案件查处率达95%。", "95%", "period", "2023年一季度至三季度"),
    ("元旦三天假期，全市查处酒驾120起。", "120起", "period", "元旦三天假期"),
    ("春运40天里，共疏导车辆3万辆。", "3万辆", "period", "春运40天里"),
    ("过去一周，全市接报诈骗警情85起。", "85起", "period", "过去一周"),
    ("该所成立于1979年，辖区有酒吧和餐饮场所500余家。", "500余家", "period", None),  # a founding year
    ("截至10月底，电诈发案数下降4.5个百分点，为近十年最低。", "4.5个百分点", "period", "截至10月底"),
    ("该支队共有4名民警被授予全国优秀人民警察称号。", "4名", "subject", None),   # 全国 opens an honour
    ("该团伙每次作案3至5人。", "3至5人", "value", 3),                           # a range: its lower end
    ("该团伙每次作案3至5人。", "3至5人", "approx", "at_least"),
    ("受害人被骗金额5-8万元。", "5-8万元", "value", 50000),                      # 万 applies to both ends
    ("现场聚集二十至三十人。", "二十至三十人", "value", 20),
    # review 11 and 12: magnitudes without a digit, currencies, units ending like a change word
    ("义乌交警查处违法行为百余起。", "百余起", "value", 100),
    ("挽回损失万余元。", "万余元", "label", "MONEY"),
    ("警方捣毁窝点涉案金额千万元。", "千万元", "value", 10000000),
    ("诈骗团伙卷走逾800万澳门元。", "逾800万澳门元", "unit", "澳门元"),
    ("驾驶员血液酒精含量达每百毫升180毫克。", "180毫克", "change", None),
    ("涉案资金5000万至8000万元。", "5000万至8000万元", "value", 50000000),
    ("湖南、广东、广西、贵州四省区公安机关抓获嫌疑人120名。", "120名", "subject", "四省区公安机关"),  # not the list's last place
    ("该局连续5年位居金华市首位。", "首位", "subject", None),                 # where the ranking holds
    ("今年电诈发案数为去年同期的1.3倍。", "1.3倍", "period", None),            # 去年同期的: a base; 今年 deictic
    ("2024年电诈发案数为去年同期的1.3倍。", "1.3倍", "period", "2024年"),
    ("2024年1月10日，市局召集320余名民警开展行动。", "320余名", "period", None),  # a date is no period
    ("2024年1月10日，市局召集320余名民警开展行动。", "320余名", "metric", "民警"),
    ("民警在半年内破案20起。", "20起", "metric", "破案"),
    ("民警在半年内破案20起。", "20起", "period", "半年内"),
    # reviews 10 and 14: objects, prepositions, notes in brackets, months and quarters alone
    ("该平台吸引参赌人员1200余人。", "1200余人", "metric", "参赌人员"),
    ("该团伙骗取境内受害人412名。", "412名", "metric", "境内受害人"),          # a count of the object taken
    ("两名中学生为争夺女友召集25人打群架。", "两名", "metric", "中学生"),        # a preposition ends the noun
    ("全市共破获刑事案件5.6万起（同比下降12%），破案率达95%。", "12%", "metric", "刑事案件"),
    ("一季度，全市共破获电诈案件87起。", "87起", "period", "一季度"),
    ("1月，全市接报警情1.2万起；2月，接报警情9800起。", "9800起", "period", "2月"),
    ("印度7月以来暴发脑炎至少215人死亡。", "至少215人", "period", "7月以来"),
    ("十天内接报警情是去年全年的3倍以上。", "3倍以上", "period", "十天内"),        # 是去年全年的: a base
    ("全市排名从去年的第9名跃升至第4名。", "第9名", "label", "RANK"),
    # review 13: trains, containers, 突破, seasons, an age is no period, 全港 is a scope
    ("中欧班列开行1320列。", "1320列", "unit", "列"),
    ("运输货物2.1万标准箱。", "2.1万标准箱", "unit", "标准箱"),
    ("货运量突破13亿吨。", "突破13亿吨", "approx", "more_than"),
    ("今年首季，全港共录得诈骗案3200宗。", "3200宗", "period", "今年首季"),
    ("今年首季，全港共录得诈骗案3200宗。", "3200宗", "subject", "全港"),
    ("该男子今年52岁，被骗30万元。", "30万元", "period", None),
    # reviews 15 and 16: long campaign frames, 起, a value's own year, rate bases, N连降, 件次, quoted holidays
    ("公安部部署开展打击整治养老诈骗专项行动以来，全国共破获案件3.9万起。", "3.9万起", "period", "部署开展打击整治养老诈骗专项行动以来"),
    ("2019年起，全市共破获案件1200起。", "1200起", "period", "2019年起"),
    ("该局破案率由2020年的35%提高到82%。", "82%", "period", None),              # 2020年 is the 35%'s
    ("全省交通事故起数实现“十连降”。", "十连降", "value", 10),
    ("接报警情4.3万件次。", "4.3万件次", "unit", "件次"),
    ("民警提供线索430条。", "430条", "metric", "线索"),
    ("今年“五一”假期，全市接报警情1200起。", "1200起", "period", "今年“五一”假期"),
    # reviews 17 and 18: traffic and anti-fraud news
    ("清明节假期，全市查处酒驾120起。", "120起", "period", "清明节假期"),
    ("五一假期前三天，查处违法行为3000起。", "3000起", "period", "五一假期前三天"),
    ("春运40天，共疏导车辆2万辆。", "2万辆", "period", "春运40天"),
    ("8月份全市发生事故20起，较7月份下降4起。", "4起", "period", "8月份"),      # 较7月份: a base
    ("驾驶员车速不得超过100公里。", "不得超过100公里", "approx", "at_most"),
    ("经检测其血液酒精含量为156毫克/100毫升。", "156毫克/100毫升", "unit", "毫克/100毫升"),
    ("车速达98km/h。", "98km/h", "unit", "km/h"),
    ("王女士转账3笔共计2.6万元。", "3笔", "metric", "转账"),                     # 共计 is no counted noun
    ("去年全市电诈案件人均损失5.2万元。", "5.2万元", "metric", "电诈案件人均损失"),
    ("民警在1分钟内完成止付，挽回损失3万元。", "3万元", "period", "1分钟内"),
    ("网上预约2300余人次。", "2300余人次", "approx", "more_than"),                # 约 of 预约 is no marker
    ("网上预约2300余人次。", "2300余人次", "metric", "网上预约"),
    ("华盛顿附近1处海岸警卫队征兵站遭枪击。", "1处", "approx", "exact"),
    ("王女士被骗两千来块。", "两千来块", "value", 2000),                           # 来 after 十/百/千/万: about
    ("王女士被骗两千来块。", "两千来块", "label", "MONEY"),                          # 块 after a money verb
    ("所里调解邻里纠纷十来起。", "十来起", "approx", "about"),
    ("一个月来，全市破获盗窃案件36起。", "36起", "period", "一个月来"),
    ("普通农妇诈骗朋友210万后欲骗贷15亿。", "15亿", "label", "MONEY"),             # a bare 亿 amount after money
]


@pytest.mark.parametrize("text, claim, attr, expected", FOURTH_ROUND)
def test_claims_mended_in_the_fourth_round(nlp, text, claim, attr, expected):
    test_claim_attributes_mended_since_the_third_round(nlp, text, claim, attr, expected)


FIFTH_ROUND = [  # governing verbs the metric lists lacked: the object, not the clause
    ("民警在其行李箱夹层中搜出冰毒35克。", "35克", "metric", "冰毒"),
    ("交警在沿线布设执勤卡点12个。", "12个", "metric", "执勤卡点"),
    ("民警排查出安全隐患场所46处。", "46处", "metric", "安全隐患场所"),       # 出 of a resultative verb
    ("该团伙开立对公账户200余个。", "200余个", "metric", "对公账户"),          # 对公 is no preposition
    ("民警在江面救起落水群众5名。", "5名", "metric", "落水群众"),
    ("罚没款合计约人民币450万元。", "450万元", "approx", "about"),             # 约 before the currency word
    ("办事群众等候时长平均缩短35%。", "35%", "change", "decrease"),           # 缩短 is a decrease
    ("办事群众等候时长平均缩短35%。", "35%", "metric", "办事群众等候时长"),     # 平均 is no part of it
    ("半年来共受理群众求助3100余起。", "3100余起", "period", "半年来"),
    ("2024年度全省平安建设考核中，该县位列第二。", "第二", "period", "2024年度"),
    ("该县上年查处酒驾42起，今年同期增至57起。", "57起", "period", "今年同期"),
    ("该县上年查处酒驾42起，今年同期增至57起。", "57起", "metric", "酒驾"),  # the previous claim's
    ("部署开展集中整治行动15次。", "15次", "metric", "集中整治行动"),         # 整治 modifies 行动
    ("全县建成12个“平安驿站”服务点。", "12个", "metric", "“平安驿站”服务点"),  # a quote inside the noun
    ("辖区有九个行政村和2个居委会。", "九个", "metric", "行政村"),            # not 行政村和
    ("群众满意率达98.6%，连续四年位居全市第一。", "第一", "metric", "群众满意率"),  # not the scope 全市
    ("民警在其车内查获麻将牌4副。", "4副", "unit", "副"),                     # 副 and 双 are measure words
    ("5月1日至5日，全县共查处酒驾23起。", "23起", "period", "5月1日至5日"),    # a range of days
    ("年内将新建治安卡口8处。", "8处", "period", "年内"),
    ("今年汛期以来，共转移群众300余人。", "300余人", "period", "今年汛期以来"),  # not 今年 alone
    ("民警在沪渝高速万州收费站查获逃犯3名。", "3名", "subject", None),        # places after 在 are where
    ("全市公安机关共立刑事案件9.2万起。", "9.2万起", "metric", "刑事案件"),     # 共立 governs
    ("破获一起涉案金额超3亿元的非法集资案。", "超3亿元", "metric", "涉案金额"),   # not 一起涉案金额
    ("连续第5年实现命案全破。", "连续第5年", "value", 5),                       # 连续第N年 is a streak
    ("在全省公安机关执法质量考评中，该局以95.2分位列第三。", "第三", "metric", "执法质量考评"),
    ("该局综合成绩位列全省第一。", "第一", "metric", "综合成绩"),               # a metric before the rank stays
    ("李某伙同他人先后作案12起。", "12起", "metric", "作案"),                  # a clause ending in a verb
    ("王女士在网上刷单时被骗5.6万元。", "5.6万元", "metric", "被骗"),
    ("男子抢劫2名的姐。", "2名", "metric", "的姐"),
    ("张某以每斤300元的价格出售。", "300元", "metric", "价格"),               # not the rate's base 以每斤
    ("二人于5月上旬至6月底作案9起。", "9起", "period", "5月上旬至6月底"),
    ("抓获犯罪嫌疑人刘某（男，28岁）等4人。", "4人", "metric", "犯罪嫌疑人"),  # a note after the name
    ("抓获犯罪嫌疑人刘某（男，28岁）等4人。", "4人", "subject", None),
    ("2月10日至15日春节假期期间，共接警1200起。", "1200起", "period", "2月10日至15日春节假期期间"),
    ("开行国际货运列车1520列次。", "1520列次", "unit", "列次"),
    ("该市刑事案件较去年底减少三成。", "三成", "metric", "刑事案件"),        # not 底 of 去年底
    ("酒驾肇事占交通事故总数的18%。", "18%", "metric", "酒驾肇事"),          # the share's whole is no metric
    ("七成以上的电诈案件发生在线上。", "七成以上", "metric", "电诈案件"),      # the share of the noun after 的
    ("违法行为人被处以罚款500元。", "500元", "metric", "罚款"),
    ("全市建成视频监控8.6万路。", "8.6万路", "unit", "路"),                   # 路 counts video channels
    ("在元宵灯会期间，共接处警情30起。", "30起", "period", "元宵灯会期间"),     # without the 在
    ("将市区警情平均处置时长缩短，受理量达2.1万件。", "2.1万件", "metric", "受理量"),
    ("全国边检机关查验港澳台居民120万人次。", "120万人次", "metric", "港澳台居民"),  # the place says which
    ("全国边检机关查验港澳台居民120万人次。", "120万人次", "subject", "全国边检机关"),
    ("全省有15个集体“全国优秀公安基层单位”称号。", "15个", "metric", "集体"),   # the title after it is no part
    ("凭祥市公安局民警在友谊关口岸附近查获走私冻品8吨。", "8吨", "subject", "凭祥市公安局"),  # not the place 附近
    ("该局涌现出全国特级优秀人民警察2人。", "2人", "subject", None),             # 全国 of an honour
    ("该局涌现出全国特级优秀人民警察2人。", "2人", "metric", "全国特级优秀人民警察"),
]


@pytest.mark.parametrize("text, claim, attr, expected", FIFTH_ROUND)
def test_claims_mended_in_the_fifth_round(nlp, text, claim, attr, expected):
    test_claim_attributes_mended_since_the_third_round(nlp, text, claim, attr, expected)


def test_respectively_maps_listed_places_and_nouns_one_for_one(nlp):
    doc = nlp("杭州、宁波、温州三地电诈发案数分别下降12%、9%和7%。盗窃、诈骗、抢劫案件分别立案986起、512起、437起。")
    c = {x.text: x for x in doc.spans["claims"]}
    assert [c[k]._.subject["text"] for k in ("12%", "9%", "7%")] == ["杭州", "宁波", "温州"]
    assert c["12%"]._.metric["text"] == "电诈发案数"                      # not 三地电诈发案数
    assert [c[k]._.metric["text"] for k in ("986起", "512起", "437起")] == ["盗窃", "诈骗", "抢劫案件"]


@pytest.mark.parametrize("text", ["民警顺线将二人抓获。", "二人趁夜色盗窃电缆。", "锁定二人作案车辆。", "乘坐3路公交车回家。",
                                  "新增视频监控探头！乘坐3路公交车回家。", "王先生与对方网聊半年，两人从未见面。", "公安局也为两人申报了表彰。",
                                  "经连续两个月的缜密侦查，打掉该团伙。", "经连续5天蹲点侦查，民警当场抓获。"])
def test_two_as_a_pronoun_is_no_count(nlp, text):
    assert [c.text for c in nlp(text).spans["claims"]] == []


def test_two_after_its_noun_is_a_count(nlp):
    assert [c.text for c in nlp("抓获犯罪嫌疑人二人。").spans["claims"]] == ["二人"]
    assert [c.text for c in nlp("抓获犯罪嫌疑人两人。").spans["claims"]] == ["两人"]
    assert [c.text for c in nlp("两人疑因吸入清洗剂中毒身亡").spans["claims"]] == ["两人"]  # nobody named before


@pytest.mark.parametrize("text, ranks", [("甲县、乙县分列第一、第二。", ["第一", "第二"]),
                                         ("该县排名第三、第五。", ["第三", "第五"])])
def test_a_rank_listed_after_a_rank_is_a_claim(nlp, text, ranks):
    assert [c.text for c in nlp(text).spans["claims"] if c.label_ == "RANK"] == ranks


@pytest.mark.parametrize("text", ["一辆货车在沪昆高速1234公里处侧翻。", "在距离路口200米处停车。",
                                  "村民挖出十余万年前的化石。", "卫星碎片可能存在一万年。", "概率仅70亿分之一。"])
def test_a_kilometre_post_and_ages_of_fossils_are_no_claims(nlp, text):
    assert not nlp(text).spans["claims"]


@pytest.mark.parametrize("text", ["依照刑法第二百六十六条判决。", "经过5个多月的侦查，专案组破案。", "每10万人口刑事案件数下降。",
                                  "请勿泄露6位验证码。", "一辆七座面包车侧翻。"])
def test_law_articles_and_months_are_no_claims(nlp, text):
    assert not nlp(text).spans["claims"]


def test_sentence_start_counts_every_sentence_end():
    from pipeline.spans import sentence_ranges, sentence_start

    text = "甲。乙！“丙？”丁\n戊"
    starts = [s for s, _ in sentence_ranges(text)]
    assert [sentence_start(text, s) for s in starts] == starts
    assert sentence_start(text, len(text)) == starts[-1]
    assert sentence_start(text, 1) == 0   # inside the first sentence


# Claims mended in 2026-12-01's sixth round (reviews 33-36): (text, claim, attribute, expected)
SIXTH_ROUND = [
    ("全年共收押犯罪嫌疑人2300余人。", "2300余人", "metric", "犯罪嫌疑人"),        # custody and rescue verbs govern
    ("共救治受伤群众46人。", "46人", "metric", "受伤群众"),
    ("民警搜救落水群众31人。", "31人", "metric", "落水群众"),
    ("帮助寻回走失儿童57名。", "57名", "metric", "走失儿童"),
    ("全市共接处群众求助1.3万起。", "1.3万起", "metric", "群众求助"),
    ("该所全年接处警4100余起。", "4100余起", "metric", "接处警"),           # 接处警 is one word
    ("为受灾群众送去棉被2000条。", "2000条", "metric", "棉被"),
    ("出动巡查人员560人次。", "560人次", "metric", "巡查人员"),            # a verb before 人员 names them
    ("辖区海岸线长达86公里。", "86公里", "metric", "海岸线"),             # the predicate 长达 is no part
    ("该段公路长约40公里。", "约40公里", "metric", "该段公路"),
    ("全所在编民警仅有12人。", "12人", "metric", "在编民警"),
    ("全所在编民警仅有12人。", "12人", "subject", "全所"),                   # 全所 is a scope
    ("经该口岸出境的旅客约有8000人次。", "8000人次", "approx", "about"),       # 约有 away from the number
    ("在押人员不到核定容量的80%。", "80%", "approx", "at_most"),            # the whole of a share
    ("在押人员不到核定容量的80%。", "80%", "metric", "在押人员"),
    ("不到一年，查获毒品10公斤。", "10公斤", "approx", "exact"),
    ("30余名志愿者连续搜寻5个小时。", "30余名", "metric", "志愿者"),       # an adverb ends the noun
    ("帮助800余名群众下载反诈APP。", "800余名", "metric", "群众"),          # and so does a verb
    ("在全省看守所等级评定中排名第3名。", "第3名", "metric", "全省看守所等级评定"),
    ("该所在年度综合考评中排名第1位。", "第1位", "metric", "年度综合考评"),
    ("再犯罪率控制在1%以下。", "1%以下", "metric", "再犯罪率"),              # 再 opens the word
    ("今年暑期共护送考生2100次。", "2100次", "period", "今年暑期"),           # a season of the year
    ("今年汛期，全县转移群众4200人。", "4200人", "period", "今年汛期"),
    ("民警捡到一个装有现金6000元的钱包。", "6000元", "metric", "现金"),      # the money noun of a container
    ("一个内有八千元现金的挎包。", "八千元", "metric", "现金"),
    ("对4名涉嫌走私的犯罪嫌疑人依法刑拘。", "4名", "metric", "涉嫌走私的犯罪嫌疑人"),   # a relative clause before the noun is part of it (fifty-second round: the dev gold keeps it 22 times of 25)
    ("其中3名已满16周岁的学生被训诫。", "3名", "metric", "已满16周岁的学生"),
    ("本月已举办防诈讲座6期。", "6期", "metric", "防诈讲座"),                 # 期 counts sessions
    ("共开设法治课程120课时。", "120课时", "unit", "课时"),
    ("民警检查车辆约3000台次、监室2.1万间次。", "2.1万间次", "unit", "间次"),
    ("黑河市公安局民警王建国已连续12年驻守界江。", "连续12年", "subject", "王建国"),  # the person kept it
    ("黑河市公安局民警王建国已连续12年驻守界江。", "连续12年", "metric", "驻守界江"),
    ("该看守所已连续15年实现安全无事故。", "连续15年", "metric", "安全无事故"),
    ("近8年来，该县命案发案数连续八年下降。", "连续八年", "period", "近8年来"),  # as many years up to now
    ("20年来，全市命案连续七年全破。", "连续七年", "period", None),            # a longer frame is not its own
    ("全年执行拘留天数累计8600天。", "8600天", "unit", "天"),                  # 天 counts after 天数
    ("目前在册吸毒人员1200名。", "1200名", "metric", "在册吸毒人员"),          # 目前 is no part
    ("全县3个派出所、2个检查站实现全覆盖。", "2个", "metric", "检查站"),        # a verb + 站 is a noun
    # pass 4 (reviews 37-40)
    ("全市共开具家庭暴力告诫书96份。", "96份", "metric", "家庭暴力告诫书"),
    ("今年共招录人民警察860名。", "860名", "metric", "人民警察"),
    ("从柬埔寨押解回国涉诈嫌疑人560余名。", "560余名", "metric", "涉诈嫌疑人"),
    ("追回赃款折合人民币约1.6亿元。", "约1.6亿元", "metric", "赃款"),         # the conversion verb leaves
    ("该人涉案金额达3亿元。", "3亿元", "metric", "涉案金额"),                   # 该人 is deictic
    ("帮助15个被拐家庭实现团圆。", "15个", "metric", "被拐家庭"),              # a passive modifier
    ("为32名家暴受害妇女提供援助。", "32名", "metric", "家暴受害妇女"),
    ("为9名遭受家暴的儿童发出保护令。", "9名", "metric", "遭受家暴的儿童"),
    ("3名男童系2018年被拐。", "3名", "metric", "男童"),                        # 系 + a date ends the noun
    ("受理涉家暴案件120件，占全部案件的近三成。", "近三成", "metric", "涉家暴案件"),
    ("自2021年《未成年人保护法》修订以来，共办理案件80件。", "80件", "period",
     "自2021年《未成年人保护法》修订以来"),
    ("全市公安民警人均年休假天数达到8.5天。", "8.5天", "unit", "天"),
    ("民警平均每周工作时长为50.2小时。", "50.2小时", "unit", "小时"),          # 小时 after 时长
    ("比武中共消耗子弹3.2万发。", "3.2万发", "unit", "发"),
    ("3名选手进入前十。", "前十", "found", None),                               # 进入 ranks
    ("补助标准不低于当地月平均工资的60%。", "60%", "approx", "at_least"),      # a long share's whole
    ("今年一季度，下降幅度超过30%。", "超过30%", "change", "decrease"),
    ("今年夏天，该县被骗案件减少15起。", "15起", "period", "今年夏天"),
    ("覆盖全县12个乡镇（街道）。", "12个", "metric", "乡镇（街道）"),          # a second name in brackets
    ("在技能比武中连续三届蝉联团体第一。", "连续三届", "metric", "蝉联团体第一"),
    ("2023年全市公安民警人均加班时长较2022年度减少3小时。", "3小时", "metric", "公安民警人均加班时长"),
    ("2023年全市公安民警立功受奖人数达到560人。", "560人", "subject", "全市"),  # 全市, not 全市公安
    ("将潜逃老挝的嫌疑人3名押解回国。", "3名", "subject", None),               # a destination is no subject
    ("补助标准提高到每人900元，比原标准增加了200元。", "200元", "metric", "补助标准"),  # 比 + a base
    ("补助标准提高到每人900元，比原标准增加了200元。", "900元", "metric", "补助标准"),  # 每人 leaves
    ("全市电诈案件比去年少了40起。", "40起", "metric", "电诈案件"),              # 少了 before 了
    ("全年开展心理疏导150余人次。", "150余人次", "metric", "心理疏导"),         # after a light verb, whole
    ("860名民警晋升警衔。", "860名", "metric", "民警"),                         # a verb People's Daily lacks
    ("该团伙在辖区3个乡镇虚报迁坟152座。", "3个", "metric", "乡镇"),           # a fraud verb it lacks (extra_verbs)
    ("30名优秀辅警每人获奖金2000元。", "30名", "metric", "优秀辅警"),
    ("辖区有果园2.1万亩。", "2.1万亩", "metric", "果园"),
    # seventeenth round (reviews 165-168)
    ("该大队调阅分析视频监控录像逾1.8万小时。", "逾1.8万小时", "unit", "小时"),   # 万 hours: accumulated
    ("志愿者累计参与巡防服务2.8万小时。", "2.8万小时", "unit", "小时"),
    ("今年以来，志愿服务时长达3.2万小时。", "3.2万小时", "metric", "志愿服务时长"),  # 时长 + 达, not 长达
    ("办理转移登记近27万辆。", "近27万辆", "metric", "转移登记"),              # a kind of registration
    ("新注册登记汽车逾38万辆。", "逾38万辆", "metric", "新注册登记汽车"),
    ("办理驾驶证补换领业务21.8万笔。", "21.8万笔", "metric", "驾驶证补换领业务"),
    ("全市已有46家汽车销售企业开通服务。", "46家", "metric", "汽车销售企业"),
    ("对辖区38家电动车销售门店开展检查。", "38家", "metric", "电动车销售门店"),     # a shop named by its trade
    ("对全市42家玉石经营场所开展检查。", "42家", "metric", "玉石经营场所"),
    ("推送检验提醒信息6.7万条。", "6.7万条", "metric", "检验提醒信息"),
    ("2024年上半年，全线网安检点共检查乘客携带物品1.35亿件。", "1.35亿件", "subject", "全线网"),  # the network's scope
    ("据介绍，上述线路日均客运量约65万人次。", "约65万人次", "metric", "日均客运量"),  # 上述 + a noun refers back
    ("截至年底，全市汽车保有量达到512.6万辆。", "512.6万辆", "period", "截至年底"),
    ("冰雪大世界开园以来，松北分局共组织群防群治力量1800余人。", "1800余人", "period", "冰雪大世界开园以来"),
    ("为破解1998年发生在播州区的一起命案积案，民警采集男性血样4700余份。", "4700余份", "period", None),  # the case's date
    ("破获一起2008年发生在洱源县的故意杀人案，抓获犯罪嫌疑人2人。", "2人", "period", None),
    ("2023年发生命案12起。", "12起", "period", "2023年"),                          # a year that frames the count
    ("民警对博物馆站、哈尔滨东站等8座车站开展整治。", "8座", "unit", "座"),          # 座 + 车站 counts stations
    ("2024年，山东省公安厅共办理民警警衔晋升3826人。", "3826人", "change", None),    # a promotion, no change
    ("2024年，山东省公安厅共办理民警警衔晋升3826人。", "3826人", "metric", "民警警衔晋升"),
    ("2024年共发放困难帮扶金和慰问金2860万元。", "2860万元", "metric", "困难帮扶金和慰问金"),
    ("督察支队对62个执法服务窗口开展暗访检查。", "62个", "metric", "执法服务窗口"),
    ("甘孜州公安局特警支队在震中磨西镇连续奋战，营救被埋群众9人。", "9人", "subject", "甘孜州公安局特警支队"),  # 在 + 震中 + a place: where
    ("野牛沟派出所辖区面积达4800平方公里。", "4800平方公里", "metric", "辖区面积"),  # the jurisdiction's own measure
    ("辖区平均海拔近4800米。", "近4800米", "metric", "辖区平均海拔"),
    # pass 6 (reviews 41-44)
    ("共关闭违规账号3600个。", "3600个", "metric", "违规账号"),
    ("金融机构共报送可疑交易报告420份。", "420份", "metric", "可疑交易报告"),
    ("下架违规APP 36款。", "36款", "unit", "款"),
    ("提取涉案视频12段。", "12段", "unit", "段"),
    ("本地游客占比超过六成。", "超过六成", "metric", "本地游客占比"),         # 占比 is part of the share
    ("这批管制刀具共计120把。", "120把", "metric", "管制刀具"),               # 这批 is deictic
    ("中秋国庆假期，全市共接警2100起。", "2100起", "period", "中秋国庆假期"),  # two holidays, one frame
    ("今年“十一”黄金周，景区共救助游客30人。", "30人", "period", "今年“十一”黄金周"),
    ("截至案发，共骗取资金800余万元。", "800余万元", "period", "截至案发"),
    ("景区派出所共接处警情260起。", "260起", "metric", "警情"),               # 接处 + 警情
    ("为确保第31届大运会期间安全，共检查车辆900辆。", "900辆", "period", "第31届大运会期间"),
    ("经鉴定，其余4支不具有杀伤力。", "4支", "metric", None),                 # 不 is no metric
    ("团伙成员遍布全国9个省份。", "9个", "subject", None),                    # 遍布 says where
    ("检查危险化学品生产企业45家。", "45家", "metric", "危险化学品生产企业"),
    ("DNA比中率提高了近三成。", "近三成", "metric", "DNA比中率"),            # 比中率 is no comparison
    # pass 7 (reviews 45-48)
    ("共梳理命案积案86起。", "86起", "metric", "命案积案"),
    ("全年问责民警12人。", "12人", "metric", "民警"),
    ("全市执法质量考评中群众满意度达97.2%。", "97.2%", "metric", "群众满意度"),  # the assessment is where
    ("增殖放流鱼苗30万尾。", "30万尾", "unit", "尾"),
    ("收缴地笼网230余顶。", "230余顶", "unit", "顶"),
    ("接听求助电话12万通。", "12万通", "unit", "通"),
    ("开设法治课程40节。", "40节", "unit", "节"),
    ("六年间，共侦破命案积案21起。", "21起", "period", "六年间"),
    ("截至2019年底，全市共有辅警1800人。", "1800人", "period", "截至2019年底"),
    ("检出率由原来的35%提升到60%。", "35%", "metric", "检出率"),            # 原来 leaves the metric
    ("涉案金额约一千万令吉。", "约一千万令吉", "unit", "令吉"),
    ("协助撤离海外中国公民1200人。", "1200人", "subject", None),          # a place that says whose citizens
    ("捐赠对讲机150部。", "150部", "metric", "对讲机"),                       # 对 opens 对讲机
    ("今年以来，经瑞丽口岸出入境人员达60万人次。", "60万人次", "metric", "出入境人员"),
    # pass 8 (reviews 49-52)
    ("全县建成交通安全劝导站210个。", "210个", "metric", "交通安全劝导站"),    # 劝导 + 站 is a noun
    ("增设驾驶证业务办理点8个。", "8个", "metric", "驾驶证业务办理点"),
    ("涉及路段总长不到20公里。", "不到20公里", "metric", "路段总长"),           # 总长 keeps 长
    ("6名辅警护送学生过马路。", "6名", "metric", "辅警"),                       # a verb and its object
    ("帮助解决企业诉求1800余个。", "1800余个", "metric", "企业诉求"),
    ("涉及简化流程的措施有6条。", "6条", "metric", "涉及简化流程的措施"),       # 有 leaves the end (涉及…的: seventh round)
    ("全年为企业挽损1200万元。", "1200万元", "metric", "挽损"),                 # 为 + beneficiary
    ("该中心自2021年成立以来，共受理诉求260件。", "260件", "period", "自2021年成立以来"),
    ("铁骑由20辆增加至35辆。", "35辆", "change", None),   # a level reached
    ("18名走失儿童家长采集血样。", "18名", "metric", "走失儿童家长"),          # a modifier verb inside the noun
    ("2023年全市企业对公安服务的满意度为96.5%。", "96.5%", "subject", "全市"),  # a scope is no modifier
    ("全市居民满意度达98%。", "98%", "subject", "全市"),
    # pass 9 (reviews 53-56)
    ("民警随即调派警用无人机5架。", "5架", "metric", "警用无人机"),
    ("共侦破开设赌场案件18起。", "18起", "metric", "开设赌场案件"),          # a crime's name keeps its verb
    ("全市公安交警部门查处违法8600起。", "8600起", "subject", "全市公安交警部门"),  # a department type of the scope (eleventh round)
    ("开展联合巡逻15轮次。", "15轮次", "unit", "轮次"),
    # pass 10 (reviews 57-60)
    ("乐清市公安局执法质量考评位列温州全市第一。", "第一", "subject", "乐清市公安局"),  # the ranking's scope
    ("该社区获评全国禁毒示范社区，连续3年零发案。", "连续3年", "subject", None),     # an honour's scope
    ("排名较上年前移4个位次。", "4个位次", "unit", "个位次"),
    ("该局综合排名第三。", "第三", "metric", "综合排名"),
    ("移送审查起诉180人。", "180人", "metric", "移送审查起诉"),
    ("在线观看人数峰值达8万。", "8万", "metric", "在线观看人数峰值"),               # 在 opens 在线
]


# Claims mended in 2026-12-01's seventh round (reviews 61-76): (text, claim, attribute, expected)
SEVENTH_ROUND = [
    ("今年以来该站共验放出境旅客320万人次。", "320万人次", "metric", "出境旅客"),      # border, traffic, fisheries,
    ("全市启用执法记录仪1800台。", "1800台", "metric", "执法记录仪"),                  # oversight and supervision verbs
    ("向市民发送防诈短信40万条。", "40万条", "metric", "防诈短信"),
    ("在湖区放流鱼苗600万尾。", "600万尾", "metric", "鱼苗"),
    ("对30家农贸市场抽检肉品样本900批次。", "900批次", "metric", "肉品样本"),
    ("省公安厅挂牌督办涉黑案件12起。", "12起", "metric", "涉黑案件"),
    ("春运期间全省道路客运量完成3100万人次。", "3100万人次", "metric", "道路客运量"),  # 完成 after what was done
    ("港口全年吞吐集装箱58万标箱。", "58万标箱", "unit", "标箱"),
    ("调解协议履行率达到百分之百。", "百分之百", "value", 100),
    ("今年案件数比去年多出一倍。", "一倍", "value", 1),
    ("截至目前，已覆盖全省96个县（市、区）。", "96个", "metric", "县（市、区）"),       # a 、-list in brackets
    ("在省级测评中，该区以97.3%的满意率位列第一。", "97.3%", "metric", "满意率"),     # a rank verb ends the noun
    ("在省级测评中，该区以97.3%的满意率位列第一。", "第一", "metric", "满意率"),
    ("全市共有9个派出所获此称号。", "9个", "metric", "派出所"),
    ("该市命案破案率排名全省13个设区市第一。", "第一", "metric", "命案破案率"),      # the pool's noun is no metric
    ("江山市破案率达到92%，在衢州全市6个县（市、区）中排名第二。", "第二", "metric", "破案率"),
    ("江山市破案率达到92%，在衢州全市6个县（市、区）中排名第二。", "第二", "subject", "江山市"),  # not the pool's 全市
    ("在全省群众安全感满意度调查中，该市位列全省11个地市第2位。", "第2位", "metric", "群众安全感满意度调查"),
    ("五一假期首日，全市景区接待游客42万人次。", "42万人次", "period", "五一假期首日"),  # holiday days
    ("春节假期7天内，该站查验旅客3.1万人次。", "3.1万人次", "period", "春节假期7天内"),
    ("截至5月5日20时，全省共处置警情1.6万起。", "1.6万起", "period", "截至5月5日20时"),
    ("为期两个月的集中整治期间，共查处违法行为380起。", "380起", "period", "集中整治期间"),  # the length (为期…的) is no part of the frame (twelfth round)
    ("该男子沉迷赌博欠下40余万元债务。", "40余万元", "metric", "债务"),                # debts and fines after amounts
    ("对违规商户处以5000元罚款。", "5000元", "metric", "罚款"),
    ("记者从台州市公安局获悉，今年以来，该局共破获电诈案件860起。", "860起", "subject", "台州市公安局"),  # 该局 refers back
    ("经查，李某某从中牟利约30万元。", "约30万元", "metric", "牟利"),                 # 从中 is no part of it
    ("今年已有8000名外国人免签入境。", "8000名", "metric", "外国人"),
    ("查获的野生药材重达2.3吨。", "2.3吨", "metric", "野生药材"),                     # 重达 is a predicate
    ("该男子体重达150公斤。", "150公斤", "metric", "体重"),                            # (体重 keeps its 重)
    ("明确了6类重点移送情形。", "6类", "metric", "重点移送情形"),                     # a verb modifying a head
    ("派出八个服务小组。", "八个", "metric", "服务小组"),
    ("三个月时间里盗窃电动车40余辆。", "40余辆", "period", "三个月时间里"),
    ("国庆期间，全省公安交管部门共出动警力8万人次。", "8万人次", "subject", "全省公安交管部门"),  # a department type of the scope (eleventh round)
    ("上半年全市共发生涉及货车的交通事故42起。", "42起", "metric", "涉及货车的交通事故"),  # a relative clause's verb
    ("共打掉为诈骗团伙提供银行卡的团伙9个。", "9个", "metric", "提供银行卡的团伙"),
    ("民警共营救被困群众230名。", "230名", "metric", "被困群众"),                      # rescue and event verbs
    ("全年共保障大型活动320场。", "320场", "metric", "大型活动"),
    ("今年建成政策保障房800套。", "800套", "metric", "政策保障房"),                    # (保障房 is a noun)
    ("成功堵截可疑交易160余笔。", "160余笔", "metric", "可疑交易"),
    ("保障5000名选手顺利完赛。", "5000名", "metric", "选手"),                          # adverbs end a counted noun
    ("对24处隐患点逐一排查。", "24处", "metric", "隐患点"),
    ("全市民宿入住登记率由年初的82%提升至97%。", "82%", "period", "年初"),           # 年初 / 年底 alone
    ("全市民宿入住登记率由年初的82%提升至97%。", "82%", "metric", "民宿入住登记率"),
    ("第三季度共检查旅馆3100余个次。", "3100余个次", "unit", "个次"),
    ("宁波市看守所在全省看守所等级评定考核中连续四年排名第一。", "连续四年", "metric", "看守所等级评定考核"),  # no 中, no scope
    ("该区以总分95.2分位列全市第三。", "第三", "metric", None),                       # a score is no metric
    ("今年全省公安监管场所共收押在押人员8.2万人次。", "8.2万人次", "subject", "全省"),  # 全省 + 公安监管场所
    ("监区内设有心理咨询室6间。", "6间", "metric", "心理咨询室"),                      # cyber, custody, finance verbs
    ("团伙在境外架设服务器9台。", "9台", "metric", "服务器"),
    ("民警调取银行流水数据3000余条。", "3000余条", "metric", "银行流水数据"),
    ("该院今年共接种疫苗1200剂次。", "1200剂次", "unit", "剂次"),
    ("2023年“夏夜”专项行动开展以来，全市共抓获嫌疑人320名。", "320名", "period", "2023年“夏夜”专项行动开展以来"),
    ("灯会已连续9年实现重大安全事故零发生。", "连续9年", "metric", "重大安全事故零发生"),  # the state kept
    ("该市看守所已连续1500天保持“四无”目标。", "连续1500天", "metric", "“四无”目标"),
    ("连续15年无逃跑、无死亡、无重大事故。", "连续15年", "metric", "无逃跑、无死亡、无重大事故"),
    ("“两抢”案件连续十个月零发案。", "连续十个月", "metric", "“两抢”案件"),          # (cases before it stay)
    ("民警查获麻黄碱片剂9000片、原料12桶。", "9000片", "unit", "片"),                  # units of precursor news
    ("民警查获麻黄碱片剂9000片、原料12桶。", "12桶", "unit", "桶"),
    ("查验异常率则下降了2个百分点。", "2个百分点", "metric", "查验异常率"),           # 则 is no part of it
    ("今年全市查办涉毒走私案件36起。", "36起", "metric", "涉毒走私案件"),
    ("副所长受贿38万包庇疑犯。", "38万", "label", "MONEY"),                          # 包 of 包庇 is no unit
    ("全县发案率为每万人1.8起。", "1.8起", "metric", "发案率"),                        # a rate's base leaves it
    ("业务量居中部六省省会城市第一。", "第一", "metric", "业务量"),                   # 中部六省 is a name
    ("今年暑运，全局共查获违禁品1.1万余件。", "1.1万余件", "period", "今年暑运"),
    ("地铁线网日均客运量达到612万乘次。", "612万乘次", "unit", "乘次"),
]


EIGHTH_ROUND = [
    ("全市万车死亡率为1.42，低于全省平均水平。", "1.42", "metric", "万车死亡率"),   # a rate over a base, unit null
    ("全市万车死亡率为1.42，低于全省平均水平。", "1.42", "unit", None),
    ("查处盗伐林木案件12起。", "12起", "metric", "盗伐林木案件"),                  # but not inside a case's name
    ("破获拐卖妇女儿童案件6起。", "6起", "metric", "拐卖妇女儿童案件"),
    ("一货车违规运输烟花爆竹1260箱。", "1260箱", "metric", "烟花爆竹"),
    ("查验交通运输工具2.1万架次。", "2.1万架次", "metric", "交通运输工具"),
    ("三天内连续破获3起运输毒品案。", "3起", "metric", "运输毒品案"),
    ("曝光典型案例四十六起。", "四十六起", "metric", "典型案例"),
    ("检察院作出不起诉决定12件。", "12件", "metric", "不起诉决定"),
    ("全年不起诉案件17件。", "17件", "metric", "不起诉案件"),
    ("收缴仿制枪支5支后移交检察机关。", "5支", "metric", "仿制枪支"),             # 后 says after
    ("查获一支猎枪和十余发子弹后，将其抓获。", "十余发", "metric", "子弹"),
    ("夜间发生的占比在六成左右。", "六成左右", "metric", "夜间发生的占比"),        # a trailing 在
    ("该大队连续3年在全市酒驾整治考核中排名第二。", "连续3年", "metric", "酒驾整治考核"),
    ("该大队连续3年在全市酒驾整治考核中排名第二。", "第二", "metric", "酒驾整治考核"),
    ("全省刑事警情同比下降11.2%，连续8年下降。", "连续8年", "metric", "刑事警情"),
    ("共查处酒驾醉驾3872起，较去年春节期间增加了1.5倍。", "1.5倍", "metric", "酒驾醉驾"),  # a base is no metric
    ("百日内共查处酒驾醉驾2315起。", "2315起", "period", "百日内"),
    ("今年共查处醉驾126起，比去年多了19起。", "19起", "change", "increase"),       # 多了 / 少了 against a base
    ("今年共查处醉驾126起，较去年少了5起。", "5起", "change", "decrease"),
    ("收银机被人撬了，少了三千多块钱。", "三千多块", "change", None),             # no base: missing money
    ("工作人员减少了4人。", "4人", "change", "decrease"),
    ("该院共受理审查起诉案件1517件。", "1517件", "metric", "审查起诉案件"),       # a procedure names the case
    ("共执行退赃款项640万元。", "640万元", "metric", "退赃款项"),                   # court verbs govern
    ("法院判处5名被告人有期徒刑一年至四年不等。", "5名", "metric", "被告人"),       # a sentence ends the noun
    ("扣押作案工具手机十二部予以没收。", "十二部", "metric", "作案工具手机"),       # 予以 opens no noun
    ("共排查出租屋860间。", "860间", "metric", "出租屋"),                          # 排查 + 出租屋, not 排查出 + 租屋
    ("共检查场所1260家。", "1260家", "metric", "场所"),
    ("派出所当场下发《责令改正通知书》56份。", "56份", "metric", "责令改正通知书"),  # no verb inside a title; outer marks go
    ("已累计帮助6300余名被拐儿童与家人团聚。", "6300余名", "metric", "被拐儿童"),
    ("通过比对帮助26名被拐者找到亲人。", "26名", "metric", "被拐者"),
    ("为12名民警记个人二等功。", "12名", "metric", "民警"),
    ("检查高层建筑526幢。", "526幢", "unit", "幢"),
    ("自开展出租屋“清患”行动以来，共排查隐患320处。", "320处", "period", "自开展出租屋“清患”行动以来"),
    ("全省公安派出所共检查单位1200家。", "1200家", "subject", "全省公安派出所"),
    ("临时封闭高速公路收费站23个。", "23个", "metric", "高速公路收费站"),          # pass 4: disaster, exam, tech verbs
    ("交管部门共安排值守人员八十六人。", "八十六人", "metric", "值守人员"),
    ("截至11日12时，灾区累计降雨量达412毫米。", "412毫米", "period", "截至11日12时"),
    ("日均求助量是平时的5倍左右。", "5倍左右", "metric", "日均求助量"),   # 是平时的: a base; a leading average stays
    ("针对考试期间，共发送提醒短信15万条。", "15万条", "period", "考试期间"),
    ("村居视频覆盖率从2019年的61%提高到现在的97%。", "97%", "metric", "村居视频覆盖率"),
    ("发现并处置各类警情4700余起。", "4700余起", "metric", "警情"),                # 并处 + 置
    ("安装人脸识别卡口摄像机五百六十台。", "五百六十台", "metric", "人脸识别卡口摄像机"),
    ("全年查处酒后驾驶287起。", "287起", "metric", "酒后驾驶"),                    # 驾驶 governs nothing here
    ("共立案侦办拒不支付劳动报酬犯罪案件57起。", "57起", "metric", "拒不支付劳动报酬犯罪案件"),  # pass 5
    ("为2617名农民工讨回工资4100余万元。", "2617名", "metric", "农民工"),
    ("为2617名农民工讨回工资4100余万元。", "4100余万元", "metric", "工资"),
    ("2024年春节前，共为农民工追讨欠薪320万元。", "320万元", "period", "2024年春节前"),
    ("涉案金额超过了300万元。", "300万元", "approx", "more_than"),               # a marker split off by 了
    ("涉案金额超过了300万元。", "300万元", "metric", "涉案金额"),
    ("全市两抢案件降幅分别为15%和22%。", "15%", "change", "decrease"),
    ("早高峰排队长度最长超过800米。", "超过800米", "metric", "早高峰排队长度"),          # pass 6 (after the last batch)
    ("改造后排队长度压缩至200米左右。", "200米左右", "change", None),
    ("全年淘汰超标车逾12万辆。", "逾12万辆", "metric", "超标车"),
    ("全市建成5座污水处理厂。", "5座", "metric", "污水处理厂"),                  # a verb inside a compound noun
    ("全区共有禁毒教育基地4个。", "4个", "metric", "禁毒教育基地"),
]


@pytest.mark.parametrize("text, claim, attr, expected", EIGHTH_ROUND)
def test_claims_mended_in_the_eighth_round(nlp, text, claim, attr, expected):
    test_claims_mended_in_the_sixth_and_seventh_rounds(nlp, text, claim, attr, expected)


# 2026-12-02: Arabic digits before 千 (5千余起), also inside 万 (1千余万元); 千米 / 千克 stay units
NINTH_ROUND = [
    ("今年以来共破获各类案件5千余起。", "5千余起", "value", 5000),
    ("今年以来共破获各类案件5千余起。", "5千余起", "approx", "more_than"),
    ("抓获犯罪嫌疑人2千多人。", "2千多人", "metric", "犯罪嫌疑人"),
    ("累计追赃挽损1千余万元。", "1千余万元", "value", 10000000),
    ("累计追赃挽损1千余万元。", "1千余万元", "label", "MONEY"),
    ("巡逻里程达5千米。", "5千米", "value", 5),
    ("巡逻里程达5千米。", "5千米", "unit", "千米"),
    ("缴获毒品3千克。", "3千克", "value", 3),
    # names listed before a count of people are examples of the noun before them
    ("抓获犯罪嫌疑人赵某、钱某某等9人。", "9人", "metric", "犯罪嫌疑人"),
    ("抓获犯罪嫌疑人孙某、李某2人。", "2人", "metric", "犯罪嫌疑人"),
    ("民警将周某、吴某2人抓获。", "2人", "metric", None),                     # no noun, only the names
    # theft, grave-robbing, registration and rumour verbs govern; a theft before a case names the crime
    ("民警先后盗挖古墓5座。", "5座", "metric", "古墓"),
    ("嫌疑人注册虚假账号40个。", "40个", "metric", "虚假账号"),
    ("及时澄清网络谣言18条。", "18条", "metric", "网络谣言"),
    ("共破获盗窃电动车案件58起。", "58起", "metric", "盗窃电动车案件"),
    ("查获被盗电动车15辆。", "15辆", "metric", "被盗电动车"),
    ("为民警配发便携式执法记录仪300台。", "300台", "metric", "便携式执法记录仪"),  # 配发 governs; 便 opens 便携
    ("印发防范手册2万册。", "2万册", "metric", "防范手册"),
    ("平台注册用户4.3万多人。", "4.3万多人", "metric", "平台注册用户"),       # 注册用户 is a noun
]


@pytest.mark.parametrize("text, claim, attr, expected", NINTH_ROUND)
def test_claims_mended_in_the_ninth_round(nlp, text, claim, attr, expected):
    test_claims_mended_in_the_sixth_and_seventh_rounds(nlp, text, claim, attr, expected)


# 2026-12-02, tenth round: frames, trailing adverbs, comparison bases of multiples, owners, objects
TENTH_ROUND = [
    ("去年“6·26”国际禁毒日期间，全市开展宣传活动150余场。", "150余场", "period", "去年“6·26”国际禁毒日期间"),
    ("“12·2”全国交通安全日期间，交警发放资料3000份。", "3000份", "period", "“12·2”全国交通安全日期间"),
    ("为确保中考期间考生安全，交警出动警力800余人次。", "800余人次", "period", "中考期间"),
    ("假期内，景区接待游客12万人次。", "12万人次", "period", "假期内"),
    ("通报近两个月骑手交通违法行为300余起。", "300余起", "period", "近两个月"),
    ("全市盗窃案件发案数同比再降12.5%。", "12.5%", "metric", "盗窃案件发案数"),
    ("全市盗窃案件发案数同比又下降8.1%。", "8.1%", "metric", "盗窃案件发案数"),
    ("当场查获冰毒3包，共重56克。", "56克", "metric", "冰毒"),
    ("经查，陈某向800余名村民非法吸收资金2.1亿元。", "800余名", "metric", "村民"),
    ("经查，陈某向800余名村民非法吸收资金2.1亿元。", "2.1亿元", "metric", "资金"),
    ("废水中氨氮浓度为12.4毫克/升，为排放标准的5.2倍。", "12.4毫克/升", "unit", "毫克/升"),
    ("刑事拘留该公司实际控制人赵某某等涉案人员6人。", "6人", "metric", "涉案人员"),
    ("全州盗窃案件查处数、诈骗案件破案数分别列全省第二、第四位。", "第二", "metric", "盗窃案件查处数"),
    ("温州市、台州市分列第二、第三位。", "第三位", "subject", "台州市"),      # (the ner read 台州市分列 as an ORG)
    ("法院组织三百余名群众代表旁听了庭审。", "三百余名", "metric", "群众代表"),
    ("抓获以周某为首的犯罪嫌疑人9名。", "9名", "metric", "犯罪嫌疑人"),
    ("该男子非法持有海洛因30克。", "30克", "metric", "海洛因"),
    ("经检测，驾驶人刘某（男，36岁）血液酒精含量为121mg/100ml。", "121mg/100ml", "metric", "血液酒精含量"),
    ("经检测，驾驶人刘某（男，36岁）血液酒精含量为121mg/100ml。", "121mg/100ml", "subject", "刘某"),
    ("约谈企业负责人，抄告逾期未报废车辆35辆。", "35辆", "metric", "逾期未报废车辆"),
    ("目前全县在用校车共520辆。", "520辆", "metric", "在用校车"),
    # an arrested person is what the unit acted on, not the subject of what was seized
    ("温州市公安局鹿城区分局在出租屋内抓获犯罪嫌疑人王某，查获吸毒人员5人。", "5人", "subject", "温州市公安局鹿城区分局"),
    ("民警走进温州市第一中学，向600余名师生讲解安全知识。", "600余名", "subject", None),
    # a scope right before a count after 对 / 在 is that count's subject, and of that count only
    ("温州市公安局已对全市320家旅馆完成检查，查处违规行为15起。", "320家", "subject", "全市"),
    ("温州市公安局已对全市320家旅馆完成检查，查处违规行为15起。", "15起", "subject", "温州市公安局"),
    ("温州市公安局在全市开展专项行动，破获案件30起。", "30起", "subject", "温州市公安局"),
]


@pytest.mark.parametrize("text, claim, attr, expected", TENTH_ROUND)
def test_claims_mended_in_the_tenth_round(nlp, text, claim, attr, expected):
    test_claims_mended_in_the_sixth_and_seventh_rounds(nlp, text, claim, attr, expected)


# The eleventh round (reviews 129-132, 2026-12-02): (text, claim, attribute, expected)
ELEVENTH_ROUND = [
    # 辖区 opening a metric says where (so read by the annotators 56 of 64 times); not before the
    # jurisdiction's own measure
    ("2023年，青岛市公安局黄岛分局辖区涉赌警情同比下降37.6%。", "37.6%", "metric", "涉赌警情"),
    ("2023年，青岛市公安局黄岛分局辖区涉赌警情同比下降37.6%。", "37.6%", "subject", "青岛市公安局黄岛分局"),
    # a place inside a verb's object is no subject, and stays in the metric
    ("今年以来，九江市公安局深入推进长江禁渔执法监管，共侦破非法捕捞刑事案件126起。", "126起", "subject", "九江市公安局"),
    ("截至目前，湖北省累计建成长江禁渔智能监控点位1870个。", "1870个", "metric", "长江禁渔智能监控点位"),
    ("截至目前，湖北省累计建成长江禁渔智能监控点位1870个。", "1870个", "subject", "湖北省"),
    # a date or range frame closed by 期间 / 间, and 自 opening an X起 frame, are one period
    ("被告人覃某某在2022年6月至2023年3月期间收购大鲵共计42.6千克。", "42.6千克", "period", "2022年6月至2023年3月期间"),
    ("被告人陈某某在2022年8月至2023年3月间，累计投注8万多元。", "8万多元", "period", "2022年8月至2023年3月间"),
    ("犯罪嫌疑人张某自2023年11月起冒充铁路工作人员，诈骗旅客11人。", "11人", "period", "自2023年11月起"),
    # a verb before 者 is the doer, a noun
    ("抓获组织者、运送者8名。", "8名", "metric", "组织者、运送者"),
    # 案例 ends a counted noun that runs past eight characters
    ("民警结合辖区查处的14起涉校园网络赌博案例开展宣传。", "14起", "metric", "涉校园网络赌博案例"),
    # a share of a base (按X的N%) measures what the verb after it takes
    ("该地下钱庄按兑换总额的1.5%左右收取手续费。", "1.5%左右", "metric", "手续费"),
    # 迫降 is a landing, no fall; 车内装载: 装载 governs, not 内装; 可 / 多 before the predicate and
    # 一是 … 五是 are no part of a metric
    ("民警启用反制系统，成功干扰迫降9架。", "9架", "change", None),
    ("民警启用反制系统，成功干扰迫降9架。", "9架", "metric", "干扰迫降"),
    ("车内装载液化石油气约24.5吨。", "约24.5吨", "metric", "液化石油气"),
    ("单日非法采砂量可达800吨。", "800吨", "metric", "单日非法采砂量"),
    ("全市打击谣言成效明显：一是群众满意度位居全省第一。", "第一", "metric", "群众满意度"),
    ("全市共移送起诉156人。", "156人", "metric", "移送起诉"),
    ("全市主动发现率提升至85%。", "85%", "metric", "主动发现率"),      # a manner that names the measure
    ("去年家庭年收入达到12万元，比打鱼时多了近一倍。", "近一倍", "change", "increase"),  # 比X时 + 多了近…
    ("去年家庭年收入达到12万元，比打鱼时多了近一倍。", "近一倍", "metric", "家庭年收入"),
    # the event an N年来 frame counts from opens it (13 of 17 gold frames); not a subject or scope
    ("机制运行半年来，共化解纠纷300余起。", "300余起", "period", "机制运行半年来"),
    ("民警张卫东从警28年来，参与侦破各类案件600余起。", "600余起", "period", "从警28年来"),
    ("全市近三年来破案300起。", "300起", "period", "近三年来"),
    # a fund is money taken; a money noun after 的 is what the amount is
    ("被告人王某某骗取医保基金126万余元。", "126万余元", "metric", "医保基金"),
    ("吴某某等人以每人每次200元的报酬招募参保人员。", "200元", "metric", "报酬"),
    ("11人诈骗医保基金41万被判刑", "41万", "metric", "诈骗医保基金"),        # 医保 makes one noun with 基金
    # 此类 says which kind; a document kind after a verb is a noun; 较X年底 is a comparison base
    ("近三年，此类案件发案数年均下降12.3%。", "12.3%", "metric", "此类案件发案数"),
    ("民警下达整改通知书15份。", "15份", "metric", "整改通知书"),
    ("安装人脸识别设备1.2万余台，较2022年底增长约40%。", "约40%", "metric", "人脸识别设备"),
    ("辖区常住人口4.7万、流动人口约2万。", "4.7万", "metric", "常住人口"),
]


@pytest.mark.parametrize("text, claim, attr, expected", ELEVENTH_ROUND)
def test_claims_mended_in_the_eleventh_round(nlp, text, claim, attr, expected):
    test_claims_mended_in_the_sixth_and_seventh_rounds(nlp, text, claim, attr, expected)


TWELFTH_ROUND = [
    # an outer marker before 百余 is in the span and wins (§4: 约20余万元 → about)
    ("民警清理非法钓具约百余件。", "约百余件", "approx", "about"),
    ("民警清理非法钓具约百余件。", "约百余件", "value", 100),
    # a price is what the amount after 以 is
    ("店主以每月15元的价格向用户出租账号。", "15元", "metric", "价格"),
    # a passive modifier inside the counted noun (失散被拐人员), not a passive clause after it
    ("累计帮助1.8万余名失散被拐人员与家人团聚。", "1.8万余名", "metric", "失散被拐人员"),
    ("驻阿富汗外国部队11辆卡车被武装人员焚毁。", "11辆", "metric", "卡车"),
    # 近三年 is a frame of as many years as the streak
    ("近三年，荆州市公安局禁捕工作考核连续三年位居全省第一。", "连续三年", "period", "近三年"),
    # an event's ordinal opens its frame; a scope inside the frame is no subject
    ("第34届青岛国际啤酒节期间，青岛市公安局西海岸分局共出动警力1.5万人次。", "1.5万人次", "period", "第34届青岛国际啤酒节期间"),
    ("第110届全国糖酒会期间，成都市公安局天府新区分局共受理报警求助1830起。", "1830起", "subject", "成都市公安局天府新区分局"),
    # 较上届 is a comparison base; 最 before 高达 and 之间 after a range leave the metric
    ("群众安全感满意度达97.3%，较上届提升1.6个百分点。", "1.6个百分点", "metric", "群众安全感满意度"),
    ("元宵节当晚，夫子庙景区瞬时客流最高达9.2万人。", "9.2万人", "metric", "瞬时客流"),
    # (a named centre: 会展中心 alone is a kind of venue, no entity, since the sixty-first round)
    ("长春国际会展中心日均入场客流在5万至7万人次之间。", "5万至7万人次", "metric", "日均入场客流"),
    # 实施 governs its object; an airport's or station's own measure makes it the subject
    ("上海市公安局实施临时交通管制措施11项。", "11项", "metric", "临时交通管制措施"),
    ("春运期间，合肥新桥国际机场旅客吞吐量达128.4万人次。", "128.4万人次", "subject", "合肥新桥国际机场"),
    ("春运期间，合肥新桥国际机场旅客吞吐量达128.4万人次。", "128.4万人次", "metric", "旅客吞吐量"),
    # a leading average stays in the metric (23 of 28 gold metrics after or with one hold it); 处罚 governs;
    # 参与 opens a noun (参与人数: 8 of 9 gold metrics hold it)
    ("今年以来共处罚违法人员83人。", "83人", "metric", "违法人员"),
    ("参与人数累计1.6亿人次。", "1.6亿人次", "metric", "参与人数"),
    # the scope an assessment is held over leaves a rank's or streak's metric
    ("青岛市公安局网安支队连续三年在全省网络谣言治理考核中位列第一。", "第一", "metric", "网络谣言治理考核"),
    ("青岛市公安局网安支队连续三年在全省网络谣言治理考核中位列第一。", "连续三年", "metric", "网络谣言治理考核"),
    # a frame's length (为期…的) is no part of it
    ("在为期40天的春运期间，成都铁路公安处共投入警力2.1万人次。", "2.1万人次", "period", "春运期间"),
    ("在为期三个月的“清水行动”期间，共查获案件12起。", "12起", "period", "“清水行动”期间"),
]


@pytest.mark.parametrize("text, claim, attr, expected", TWELFTH_ROUND)
def test_claims_mended_in_the_twelfth_round(nlp, text, claim, attr, expected):
    test_claims_mended_in_the_sixth_and_seventh_rounds(nlp, text, claim, attr, expected)


def test_deng_opening_dengbao_ends_no_list(nlp):
    """等 before 保 opens 等保 (graded protection), no list's end: the metric is not cut after it
    (the writer's metric, 达到等保要求的系统占比, keeps 达到 too; ours drops it as a level verb)."""
    (claim,) = nlp("检查发现，达到等保要求的系统占比88.5%。").spans["claims"]
    assert claim._.metric["text"].endswith("等保要求的系统占比")


def test_a_count_of_tens_after_a_verb_is_no_noun(nlp):
    """查处数十起: 数 after a governing verb opens a number there, not a noun such as 查处数."""
    found = {c.text: c for c in nlp("今年以来共查处数十起案件，查处酒驾120起。").spans["claims"]}
    assert found["120起"]._.metric["text"] == "酒驾"


@pytest.mark.parametrize("text", ["市民因身份证与逃犯相近一周被误抓两次。", "彩民中200注三等奖获60万元。"])
def test_near_and_zhong_inside_other_words_change_nothing(nlp, text):
    """相近一周 is no period (近 of 相近); 中 the verb (彩民中200注) is no locative."""
    for c in nlp(text).spans["claims"]:
        assert c._.period is None or "近一周" not in c._.period["text"]
    if "彩民" in text:
        assert next(iter(nlp(text).spans["claims"]))._.metric["text"].startswith("彩民")


@pytest.mark.parametrize("text, claim, attr, expected", SIXTH_ROUND + SEVENTH_ROUND)
def test_claims_mended_in_the_sixth_and_seventh_rounds(nlp, text, claim, attr, expected):
    c = claims_of(nlp, text)
    assert claim in c, [x.text for x in nlp(text).spans["claims"]]
    if attr != "found":
        test_claim_attributes_mended_since_the_third_round(nlp, text, claim, attr, expected)


@pytest.mark.parametrize("text", ["力争年底前辖区头盔佩戴率提升至95%以上。", "争取全年破案率达到九成。",
                                  "目标是三年内把发案数降低20%。"])
def test_goals_are_no_claims(nlp, text):
    """A quantity set as a goal is asserted as no fact (ANNOTATION.md §2)."""
    assert not list(nlp(text).spans["claims"])


def test_a_goal_ends_with_its_clause(nlp):
    found = [c.text for c in nlp("力争全年破案率达到90%，今年以来已破案120起。").spans["claims"]]
    assert found == ["120起"]


@pytest.mark.parametrize("text", ["出台《看守所在押人员权益保障十条》。", "民警经过连续一周的侦查锁定嫌疑人。",
                                  "二期工程顺利完工。", "事发3天后嫌疑人落网。", "推行“三所联动”机制。",
                                  "经过连续20个昼夜的蹲守。", "马英九发贺电。", "机身断成两段。",
                                  "这是全市唯一一个获此殊荣的单位。", "两岸大三通启动。", "要求两节期间无拖欠。",
                                  "重点打击“八类”案件。", "骑三轮摩托车出行。", "构建“三位一体”防控体系。",
                                  "累计为群众节省时间约4.6万天。", "凡是要求转账到“安全账户”的，百分之百是诈骗。",
                                  "该县破案率排名全市倒数第二。", "全市破案率为91.7，同比上升。"])
def test_titles_process_durations_and_phases_are_no_claims(nlp, text):
    assert [c.text for c in nlp(text).spans["claims"]] == []


def test_a_long_document_resolves_as_its_sentences_do(nlp, monkeypatch):
    # resolve finds each sentence's claims and entities by binary search (a long document would
    # otherwise cost sentences x entities); the plain scan over every item must agree with it
    from pathlib import Path

    import pipeline.claims.context as context
    from pipeline.io.review import doc_to_record

    seed = Path(__file__).resolve().parent.parent / "seeds" / "000_efa50a0d0752f671.txt"
    text = "".join(line.strip() for line in seed.read_text(encoding="utf-8").splitlines())
    indexed = doc_to_record(nlp(text))["claims"]
    monkeypatch.setattr(context, "ascending", lambda values: False)
    assert doc_to_record(nlp(text))["claims"] == indexed
    assert len(indexed) > 25 and sum(c["subject"] is not None for c in indexed) > 3


def test_offset_lookups_match_a_plain_scan():
    import random

    from pipeline.spans import inside_any, sentence_slice

    rng = random.Random(0)
    for _ in range(200):
        spans, i = [], 0
        while len(spans) < rng.randint(0, 12):
            i += rng.randint(0, 4)
            n = rng.randint(1, 5)
            spans.append((i, i + n))
            i += n
        ends = [e for _, e in spans]
        for k in range(-1, i + 3):
            assert inside_any(spans, k) == any(s <= k < e for s, e in spans)
            for hi in range(k, k + 8):
                assert sentence_slice(spans, ends, k, hi) == [(s, e) for s, e in spans if s < hi and e > k]


def test_a_range_swallows_the_claim_at_its_lower_end(nlp):
    # 5000万至8000万元 is one claim; the lower end is no claim of its own
    doc = nlp("两地警方共查获涉案资金5000万至8000万元，抓获嫌疑人3至5名。")
    texts = [c.text for c in doc.spans["claims"]]
    assert "5000万至8000万元" in texts and "5000万" not in texts
    starts = [c.start_char for c in doc.spans["claims"]]
    assert starts == sorted(starts)


@pytest.mark.parametrize("text, metric", [
    # outer book-title marks go like outer quotes (§4); a title inside a longer noun stays
    ("民警在集市发放《防范电信诈骗宣传手册》6000余册。", "防范电信诈骗宣传手册"),
    ("民警向商户发放《禁毒法》宣传单3000份。", "《禁毒法》宣传单"),
    # 占比 is a share like 比例: a locative 中 before it says among whom; 中的 is part of the share
    ("今年以来，被骗群众中退休人员占比达四成。", "退休人员占比"),
    ("盗窃案件在刑事案件中的占比降至41%。", "盗窃案件在刑事案件中的占比"),
    # words that end or open with a verb stay in the counted noun
    ("民警在桥区两岸部署全向侦测雷达2部。", "全向侦测雷达"),       # 雷达 is a word, not the predicate 达
    ("共收缴假人民币4.7万张。", "假人民币"),                       # counterfeit money, not an amount's 人民币
    ("辖区有3名专职人民调解员。", "专职人民调解员"),               # 调解员: who mediates, no verb
    # 登记 governs its object, but not inside a registration noun
    ("今年以来，全市累计登记犬只1.2万只。", "犬只"),
    ("全市共办理机动车登记业务36.8万件。", "机动车登记业务"),
    ("检查中发现未按规定登记住宿旅客的旅馆9家。", "未按规定登记住宿旅客的旅馆"),
    ("全县登记在册吸毒人员约4800人。", "登记在册吸毒人员"),
    ("王某某当场赔偿对方医药费3000元。", "医药费"),                 # 对方, the other party, opens none
    ("今年前三季度全市共接报网购类诈骗警情同比下降19.8%。", "网购类诈骗警情"),  # a change of what was reported
    # (seventeenth session)
    # 该 + the noun it refers back to owns what is measured; 该类 / 该批 say which kind
    ("经查，该窝点从业人员不到10人。", "从业人员"),
    ("经称重，该车超载达42%。", "超载"),
    ("该项目总投资约1.2亿元。", "总投资"),
    ("该类案件同比下降20%。", "该类案件"),
    # a service sector's companies and licences, a rectification's measures: no verb governs there
    ("今年以来共检查保安服务公司126家。", "保安服务公司"),
    ("全市共有物业服务企业112家。", "物业服务企业"),
    ("共注销保安服务许可证43张。", "保安服务许可证"),
    ("制定整改措施54条。", "整改措施"),
    ("下发责令整改通知书26份。", "责令整改通知书"),
    ("督促整改隐患300处。", "隐患"),
    # a working dog is named by its task; 骑警队 of 骑警/队员 is no unit opening the metric
    ("立即调派搜救犬3头。", "搜救犬"),
    ("全市累计登记犬只1.2万只。", "犬只"),
    ("支队现有骑警队员62名。", "骑警队员"),
    # a place gathers what it counts; 检出 governs what was found; 现有吸毒人员 is drug control's term
    ("乐清市柳市镇聚集低压电器企业1300余家。", "低压电器企业"),
    ("今年以来共检出阳性样本59份。", "阳性样本"),
    ("全国现有吸毒人员89.6万名。", "现有吸毒人员"),
    ("全市现有派出所12个。", "派出所"),
    # (eighteenth session) a graded case's crime; 于 ends the noun; verb + 组 is a squad
    ("东营市公安局通报5起重大污染环境案件。", "重大污染环境案件"),
    ("另有两名同伙于次日投案自首。", "同伙"),
    ("民警分成12个抓捕组同步收网。", "抓捕组"),
    ("今年共攻破命案积案9起。", "命案积案"),
    ("3名总统候选人宣布退出。", "总统候选人"),
])
def test_metric_rulings_of_2026_12_03(nlp, text, metric):
    (claim,) = nlp(text).spans["claims"]
    assert claim._.metric["text"] == metric


def test_a_rank_in_a_pool_of_places_measures_what_stands_before_the_pool(nlp):
    # 在全省11个地市中: the pool (the count's noun without 中), the rank's measure before 在
    claims = nlp("晋中市公安局群众满意度在全省11个地市中排名第2位。").spans["claims"]
    assert [(c.text, c._.metric["text"]) for c in claims] == [("11个", "地市"), ("第2位", "群众满意度")]
    count = [c for c in nlp("比重达到61.5%，在全市13个县中排名第四。").spans["claims"] if c.text == "13个"][0]
    assert count._.metric["text"] == "县"  # (the segmenter's 县中 is a county school)


def test_dog_and_horse_deployments_are_counted_with_their_unit(nlp):
    (claim,) = nlp("全省公安机关共出动警犬1.6万余头次。").spans["claims"]
    assert (claim.text, claim._.unit, claim._.value, claim._.metric["text"]) == ("1.6万余头次", "头次", 16000, "警犬")


@pytest.mark.parametrize("text", [
    "新华社杭州3月2日电 春运期间，旅客列车盗窃案件同比下降31.5%。",
    "中新网杭州3月2日电（记者 张明）春运期间，旅客列车盗窃案件同比下降31.5%。",
])
def test_a_dateline_and_byline_give_no_subject(nlp, text):
    (claim,) = nlp(text).spans["claims"]
    assert claim._.subject is None
    assert claim._.metric["text"] == "旅客列车盗窃案件"


@pytest.mark.parametrize("text, subject", [
    # places named together or all places, opening their clause, are the subject
    ("协作机制建立以来，三地公安机关累计联合破获跨区域案件1.2万余起。", "三地公安机关"),
    ("2023年，九省区警方联合破获跨区域毒品案件612起。", "九省区警方"),
    ("嘉兴、湖州两地共盘查来往人员约38万人次。", "嘉兴、湖州两地"),
    ("今年以来，全省森林公安共破获非法采伐案件89起。", "全省森林公安"),
    ("今年以来，全国民航公安机关共查获违规携带的充电宝3200余个。", "全国民航公安机关"),
    ("2023年，全市两级法院共审结强制医疗案件23件。", "全市两级法院"),
    ("今年以来，各地网安部门共约谈违规机构410家。", "各地网安部门"),
    ("2024年，全市公安特警共接受指令出警1.26万次。", "全市"),   # 公安 before a kind of police: the scope
    # the places of a verb, or one place before 各地, are no subject of their own
    ("犯罪嫌疑人往返于金华、丽水两地，累计非法收购废铅蓄电池近40吨。", None),
    ("新疆各地交警共查处交通违法行为86万余起。", "新疆"),
    # (eighteenth session) what a body works around or links up with is no subject
    ("哈尔滨市公安局松北分局围绕冰雪大世界开展安保工作，日均投入警力800余人。", "哈尔滨市公安局松北分局"),
    ("苏州市公安局出入境管理支队主动对接苏州工业园区管委会，为46家外资企业开通绿色通道。", "苏州市公安局出入境管理支队"),
])
def test_places_named_together_opening_a_clause_are_its_subject(nlp, text, subject):
    claim = nlp(text).spans["claims"][0]
    assert (claim._.subject or {}).get("text") == subject


@pytest.mark.parametrize("text, metric", [
    # X由N…至M: both amounts measure X, not the verb between them nor the first's frame
    ("改制后，警力由原来的160余人精简至68人。", "警力"),
    ("该所已将巡逻线路由28条增至45条。", "巡逻线路"),
    ("盗窃、诈骗案件由去年的1200起下降到900起。", "盗窃、诈骗案件"),
    ("110警情总量在全市10个县级公安机关中由第4位降至第8位。", "110警情总量"),
])
def test_both_amounts_of_a_from_to_clause_measure_the_noun_before_it(nlp, text, metric):
    claims = [c for c in nlp(text).spans["claims"] if c.text not in ("10个",)]  # (the pool's own count)
    assert len(claims) == 2 and all(c._.metric["text"] == metric for c in claims)


def test_who_a_group_is_made_of_is_no_from_to_clause(nlp):
    (claim,) = nlp("专案组由12名民警组成。").spans["claims"]
    assert claim._.metric["text"] == "民警"


def test_the_year_of_a_document_name_is_no_period(nlp):
    (claim,) = nlp("根据省政府2024年一号文件部署，分局检查渔船62艘。").spans["claims"]
    assert claim._.period is None


@pytest.mark.parametrize("text, shares", [
    ("机场公安局将这一成效归功于科技手段。", []),          # 这一 + 成效: "this one", no share
    ("这项工作一成不变。", []),
    ("全市发案数下降一成。", ["一成"]),
    ("调查显示六成人不愿见义勇为。", ["六成"]),           # 成人 after a share is 人: the share stays
])
def test_tenths_after_a_demonstrative_and_before_words(nlp, text, shares):
    assert [c.text for c in nlp(text).spans["claims"]] == shares


@pytest.mark.parametrize("text, claims", [
    ("谨防不法分子借机实施“二次诈骗”。", []),                 # 二次: secondary, no count
    ("十一届全国人大二次会议将于3月5日召开。", []),
    ("民警先后两次上门。", ["两次"]),                          # a count of two is 两次
    ("该所共召开协调会十二次。", ["十二次"]),                  # 十二次 stays a count
])
def test_erci_is_an_ordinal(nlp, text, claims):
    assert [c.text for c in nlp(text).spans["claims"]] == claims


def test_a_place_inside_an_earlier_claims_metric_is_no_subject_of_the_next(nlp):
    c = {x.text: x for x in nlp("今年以来，全省公安机关共破获涉长江流域污染环境案件41起，抓获犯罪嫌疑人95名。").spans["claims"]}
    assert c["95名"]._.subject["text"] == "全省公安机关"     # not 长江流域, what the 41起 counted
    # a person there stays the subject (the earlier metric ran long and took the suspect)
    c = {x.text: x for x in nlp("经查，犯罪嫌疑人杨某某雇佣船只盗采河砂1.2万方以上，非法获利50余万元。").spans["claims"]}
    assert c["50余万元"]._.subject["text"] == "杨某某"


@pytest.mark.parametrize("text, period", [
    ("经查，邓某近一个月来在东湖区作案6起。", "近一个月来"),          # 近 opens a months frame as it does a years one
    ("近三个月来，全市共破获案件12起。", "近三个月来"),
    ("三个月来，全市共破获案件12起。", "三个月来"),
])
def test_near_months_up_to_now_keep_their_jin(nlp, text, period):
    (claim,) = nlp(text).spans["claims"]
    assert claim._.period["text"] == period


@pytest.mark.parametrize("text, period", [
    ("该团伙去年秋季以来作案31起。", "去年秋季以来"),      # a season up to now, after its subject, as a month's (去年10月以来)
    ("二人交代自去年冬季以来在当地作案11起。", "去年冬季以来"),
    ("该局今年汛期以来共救助群众31人。", "今年汛期以来"),
])
def test_a_season_up_to_now_is_one_frame(nlp, text, period):
    (claim,) = nlp(text).spans["claims"]
    assert claim._.period["text"] == period


@pytest.mark.parametrize("text, claims", [
    ("黄河沿岸的防护栏杆被人割走12段。", ["12段"]),        # 段 counts lengths of railing, cable or pipe
    ("民警调取监控录像12段。", ["12段"]),
    ("沪昆高速凯里段发生事故。", []),                        # a road's stretch, no count
])
def test_duan_counts_only_beside_what_comes_in_lengths(nlp, text, claims):
    assert [c.text for c in nlp(text).spans["claims"]] == claims


@pytest.mark.parametrize("text, claims", [
    ("累计巡查机井3600余眼。", ["3600余眼"]),              # 眼 counts wells and springs
    ("为全县1.7万眼农用机井建立电子档案。", ["1.7万眼"]),
    ("民警一眼就认出了他。", []),                           # at a glance: no count
])
def test_yan_counts_wells(nlp, text, claims):
    assert [c.text for c in nlp(text).spans["claims"]] == claims


@pytest.mark.parametrize("text, period", [
    ("截至11月底，吉安市公安局食药环侦支队今年已侦破非法占用农用地案件14起。", "截至11月底"),  # the year it bounds
    ("截至11月底，该局去年共破获案件12起。", "截至11月底"),
    ("今年以来，该局今年共破获案件12起。", None),  # no 截至: the nearest, a bare 今年, frames nothing (the dev gold's earlier frames there were other claims')
])
def test_a_bare_year_after_an_up_to_frame_takes_the_frame(nlp, text, period):
    (claim,) = nlp(text).spans["claims"]
    assert (claim._.period["text"] if claim._.period else None) == period


@pytest.mark.parametrize("text, metrics", [
    ("民警共检查120家旅馆、民宿。", [("120家", "旅馆、民宿")]),                     # the listed nouns are counted together
    ("走访辖区32家单位、商户和学校。", [("32家", "单位、商户和学校")]),
    ("检查120家旅馆、15家民宿。", [("120家", "旅馆"), ("15家", "民宿")]),           # an item with a number counts itself
    ("共有7支队伍、参演人员200余人参加。", [("7支", "队伍"), ("200余人", "参演人员")]),  # the next amount's noun
])
def test_nouns_listed_after_a_measure_word_are_counted_together(nlp, text, metrics):
    assert [(c.text, c._.metric["text"]) for c in nlp(text).spans["claims"]] == metrics


def test_a_bracketed_list_inside_the_pool_keeps_the_rank(nlp):
    doc = nlp("该所群众满意度位居全市各县（市、区）首位。")
    assert [(c.text, c.label_) for c in doc.spans["claims"]] == [("首位", "RANK")]


@pytest.mark.parametrize("text, claims", [
    ("平台已接入全市1.2万余路视频监控。", ["1.2万余路"]),   # the channels' noun right after 路
    ("3路公交车上发生纠纷。", []),                          # a bus route, no count
])
def test_lu_counts_video_channels_named_before_or_after(nlp, text, claims):
    assert [c.text for c in nlp(text).spans["claims"]] == claims


@pytest.mark.parametrize("text, span, value, approx", [
    ("查扣冻结涉赌资金逾百亿元。", "逾百亿元", 10000000000, "more_than"),   # 百亿: a compound magnitude
    ("价格从560元被压至不足百元。", "不足百元", 100, "at_most"),            # 不足 before a bare magnitude
    ("涉案金额千万元以上案件5起。", "千万元以上", 10000000, "at_least"),    # a threshold after a bare amount
    ("涉案金额亿元以上的案件有23起。", "亿元以上", 100000000, "at_least"),
])
def test_bare_magnitudes_with_their_markers(nlp, text, span, value, approx):
    claim = next(c for c in nlp(text).spans["claims"] if c.text == span)
    assert (claim._.value, claim._.approx, claim.label_) == (value, approx, "MONEY")


@pytest.mark.parametrize("text, claims", [
    ("首次突破亿元大关。", ["破亿元"]),                                     # (突破's 破, as before: no threshold needed)
    ("用百元大钞购买香烟。", []),                                           # a denomination, no amount
])
def test_a_bare_yi_yuan_needs_a_marker(nlp, text, claims):
    assert [c.text for c in nlp(text).spans["claims"]] == claims


@pytest.mark.parametrize("text, span", [("一辆车怠速噪声达112分贝。", "112分贝"), ("抽查案卷1260卷。", "1260卷"),
                                        ("累计排查出租房屋21.6万套次。", "21.6万套次"), ("缴获设备610台（套）。", "610台（套）")])
def test_measure_words_of_the_review_gold(nlp, text, span):
    assert [c.text for c in nlp(text).spans["claims"]] == [span]


def test_a_staffing_formula_is_no_count(nlp):
    doc = nlp("实行“1名民警+3名辅警+N名保安”的驻院模式，共接处警情860余起。")
    assert [c.text for c in doc.spans["claims"]] == ["860余起"]


def test_a_free_qijian_frame_keeps_its_year(nlp):
    (claim,) = nlp("2022年秋粮收购期间，犯罪嫌疑人赊购小麦约86万斤。").spans["claims"]
    assert claim._.period["text"] == "2022年秋粮收购期间"


def test_a_streak_keeps_its_threshold_and_month_points_frame_a_from_to_change(nlp):
    (streak,) = nlp("辖区实现连续500天以上“零发案”。").spans["claims"]
    assert (streak.text, streak._.value, streak._.approx) == ("连续500天以上", 500, "at_least")
    doc = nlp("私挖滥采小煤窑由1月底的48处减少至6月底的11处。")
    assert [(c.text, c._.metric["text"], c._.period["text"]) for c in doc.spans["claims"]] == [
        ("48处", "私挖滥采小煤窑", "1月底"), ("11处", "私挖滥采小煤窑", "6月底")]


@pytest.mark.parametrize("text, metric", [
    ("约九成受访群众认为夜间治安良好。", "受访群众"),          # a share before a noun quantifies it
    ("案件线索百分之九十来自群众举报。", "案件线索"),          # a verb after the share: the noun before
    ("该公司发展付费会员4700余名，其中百分之七十以上为60岁以上老年人。", "60岁以上老年人"),  # after a copula
    ("驾驶人中约三成系无证驾驶。", "无证驾驶"),                # 系 glued to 无证 by the segmenter
    ("涉案账号中约有85%为批量注册的虚假账号。", "批量注册的虚假账号"),
])
def test_a_share_right_before_a_noun_measures_that_noun(nlp, text, metric):
    claim = [c for c in nlp(text).spans["claims"] if c._.unit in ("%", "成")][-1]
    assert claim._.metric["text"] == metric


@pytest.mark.parametrize("text, metric", [
    ("民警会同蓝天救援队12名队员连夜进山。", "队员"),              # an adverb of time ends the noun
    ("车上3名乘客合力将男子控制。", "乘客"),
    ("其中，深圳市降幅超过15%。", "降幅"),                         # a size of change after its subject
    ("全市涉赌案件较去年同期减少47起，降幅达32.4%。", "涉赌案件"),   # opening the clause: the noun before
    ("其中，株洲市降幅最大，达27.5%。", "降幅"),                    # named in the clause before
    ("设备投用后，半年内共侦测到异常信号43次。", "异常信号"),          # a governing verb with its complement
    ("辖区聚集快递企业近两百家，从业快递员逾万人。", "从业快递员"),    # 从 of 从业, though cut 从/业快/递员
    ("已推动平台修改“超时扣款”等不合理考核规则300余条。", "不合理考核规则"),        # 则 of 规则 is no adverb
    ("趁机调包，骗走价值约1.5万元的首饰。", "首饰"),                  # what 价值 values
    ("张大爷退掉了价值1.6万元的“神药”。", "神药"),
])
def test_the_twenty_seventh_rounds_metrics(nlp, text, metric):
    claim = nlp(text).spans["claims"][-1]
    assert claim._.metric["text"] == metric


def test_a_range_closed_by_jian_keeps_it_before_the_clause_goes_on(nlp):
    doc = nlp("其女儿在3月至5月间累计为某手游充值148笔。3月间隔检查5次。")
    assert [(c.text, c._.period and c._.period["text"]) for c in doc.spans["claims"]] == [("148笔", "3月至5月间"), ("5次", None)]


def test_a_month_after_shi_before_a_multiple_is_its_base_not_its_period(nlp):
    doc = nlp("今年7月全市噪音扰民类警情达2.4万起，是1月份的2.3倍。")
    assert [(c.text, c._.period["text"]) for c in doc.spans["claims"]] == [("2.4万起", "今年7月"), ("2.3倍", "今年7月")]


@pytest.mark.parametrize("text, claims", [
    ("省公安厅统一指挥佛山、肇庆等5地警方同步收网。", ["5地"]),      # places counted in digits
    ("辗转上海、江苏、安徽等4省市，摧毁一个团伙。", ["4省市"]),
    ("京津冀三地公安机关建立追逃协作机制。", []),                    # spelled out: the places together
    ("中央再安排1300亿地震灾后重建资金。", ["1300亿"]),              # 地 of 地震 is no unit
    ("元旦假期，三市共接处旅游警情1200起。", ["1200起"]),            # a count the clause makes its actor
    ("两部门联合挂牌督办的案件12起。", ["12起"]),
    ("协作办案量连续四年居四市首位。", ["连续四年", "首位"]),        # the ranking's pool
])
def test_counts_of_places_and_departments(nlp, text, claims):
    assert [c.text for c in nlp(text).spans["claims"]] == claims


def test_the_two_ends_of_a_range_are_its_bounds(nlp):
    doc = nlp("每次索赔金额在3000元至8000元之间，每批招揽3至5名参保老人。")
    assert [(c.text, c._.approx) for c in doc.spans["claims"]] == [
        ("3000元", "at_least"), ("8000元", "at_most"), ("3至5名", "at_least")]


@pytest.mark.parametrize("text, metric", [
    ("全县肉牛存栏量常年保持在40万头左右。", "肉牛存栏量"),    # an adverb of how long ends no metric
    ("类似受害者还有近百人。", "类似受害者"),                  # nor 还 before 有
    ("民警共为群众退还38万元。", "退还"),                      # 还 alone is repaying, no adverb
])
def test_a_metric_ends_before_an_adverb_of_duration(nlp, text, metric):
    (claim,) = nlp(text).spans["claims"]
    assert claim._.metric["text"] == metric


@pytest.mark.parametrize("text", ["七八名嫌疑人被抓获。", "一晚上能转移牛羊二三十头。", "正常要四五千元。"])
def test_an_estimate_pair_is_no_claim(nlp, text):
    assert not list(nlp(text).spans["claims"])   # two successive numerals: no exact count (the review gold)


def test_nights_of_an_operation_are_a_duration(nlp):
    assert [c.text for c in nlp("民警连续蹲守5个晚上，共检查场所98家。").spans["claims"]] == ["98家"]


@pytest.mark.parametrize("text, approx", [
    ("经查证属实的，每条线索最高奖励2000元。", "at_most"),      # a cap with a verb between: outside the span
    ("被盗后最高赔付1.2万元。", "at_most"),
    ("单笔被骗金额最高达9.8万元。", "exact"),                  # the largest case, no reward or payout
    ("全市发放举报奖励资金，其中单笔最高奖励达10万元。", "exact"),  # one payment: the largest paid
])
def test_a_cap_not_next_to_its_amount(nlp, text, approx):
    claim = list(nlp(text).spans["claims"])[-1]
    assert claim._.approx == approx and not claim.text.startswith("最高")


@pytest.mark.parametrize("text, metric", [
    ("从业人员12人中仅1人持有执业医师资格。", "从业人员"),      # 中 after a count: among them
    ("此后投诉量下降约七成。", "投诉量"),                      # 此后 opens no metric
    ("噪音投诉曾长期居全市首位。", "噪音投诉"),                # nor does 曾 end one
    ("全国公安机关共侦破车贷类诈骗案件1.2万余起。", "车贷类诈骗案件"),  # 侦破车|贷类: a glued object
    ("捣毁制售假酒窝点12个。", "制售假酒窝点"),
    ("毒品查获量12吨。", "毒品查获量"),                         # a noun suffix glued on: a noun
])
def test_the_twenty_sixth_rounds_metrics(nlp, text, metric):
    claim = list(nlp(text).spans["claims"])[0]
    assert claim._.metric["text"] == metric


@pytest.mark.parametrize("text, metric", [
    ("嫌疑人先后骗取保险金42万元。", "保险金"),                 # the money taken, a money noun
    ("二人从保险公司骗取理赔款9.6万元。", "理赔款"),
    ("民警检查了全区8家网络直播公会。", "网络直播公会"),         # 直播 modifies the guild's head
    ("约六成的诈骗短信由境外号码发出。", "诈骗短信"),           # 由 opens an agent phrase, ends the noun
    ("民警在2个仓库内查获假酒。", "仓库"),                       # a locative after the noun: where it is
    ("他先后从十余户果农手中收购柑橘。", "果农"),
    ("民警赶到时，3台制证机仍在运转。", "制证机"),               # 仍 / 也: adverbs end the noun
    ("群众投诉也增加了1.2倍。", "群众投诉"),
])
def test_the_twenty_eighth_rounds_metrics(nlp, text, metric):
    claim = list(nlp(text).spans["claims"])[0]
    assert claim._.metric["text"] == metric


def test_an_adverb_between_a_size_of_change_and_its_value(nlp):
    claim = list(nlp("南湖、秀洲两区降幅均超过三成。").spans["claims"])[0]
    assert claim._.change == "decrease"


@pytest.mark.parametrize("text, approx", [
    ("派出所每月至少走访商户3次。", "at_least"),        # 至少 a verb away: the bound still holds
    ("一辆货车最多可装运生猪40头。", "at_most"),         # a capacity
    ("被盗数量最多的乡镇有12个。", "exact"),             # the superlative, no bound
])
def test_bounds_a_verb_away(nlp, text, approx):
    claim = list(nlp(text).spans["claims"])[-1]
    assert claim._.approx == approx


def test_litres_are_a_unit_not_the_verb_rise(nlp):
    assert [(c.text, c._.unit) for c in nlp("现场查获散装白酒260升。").spans["claims"]] == [("260升", "升")]
    assert not [c.text for c in nlp("该县排名由第5升至第2。").spans["claims"] if c.text.endswith("升")]


def test_a_streak_kept_by_a_person_after_a_role_measures_what_follows(nlp):
    claim = [c for c in nlp("网约车司机张师傅连续5年拾金不昧。").spans["claims"] if c.label_ == "STREAK"][0]
    assert claim._.metric["text"] == "拾金不昧"


def test_a_fire_prevention_season_is_a_period(nlp):
    claims = list(nlp("2023年防火期内，全县共查处野外违规用火案件12起。").spans["claims"])
    assert claims[0]._.period["text"] == "2023年防火期内"
    claims = list(nlp("今年春季防火期，该局查处违法行为38宗。").spans["claims"])
    assert claims[0]._.period["text"] == "今年春季防火期"


def test_chu_fa_opening_a_money_noun_governs_nothing(nlp):
    claim = list(nlp("民警查处酒驾12起，处罚金额共计3.2万元。").spans["claims"])[-1]
    assert claim._.metric["text"] == "处罚金额"       # (not 处罚 + 金额)


@pytest.mark.parametrize("text, claims", [
    ("嫌疑人先后使用面额100元的假币26张。", ["26张"]),   # a note's face value counts nothing
    ("正月初八起，返程客流逐日攀升。", []),                # a lunar date, 起 'from'
    ("今年以来全县共发生八起盗窃案。", ["八起"]),
])
def test_face_values_and_lunar_dates_are_no_claims(nlp, text, claims):
    assert [c.text for c in nlp(text).spans["claims"]] == claims


@pytest.mark.parametrize("text, metric", [
    ("五天内民警从江中打捞出被抛弃的共享单车131辆。", "被抛弃的共享单车"),   # 出: the verb's result
    ("分析会梳理出出口退税领域风险点12个。", "出口退税领域风险点"),        # the complement, then a noun in 出
    ("民警共排查出租屋860间。", "出租屋"),                                # 出 opens the noun: no complement
])
def test_a_result_complement_belongs_to_the_verb(nlp, text, metric):
    assert list(nlp(text).spans["claims"])[0]._.metric["text"] == metric


@pytest.mark.parametrize("text, period", [
    ("今年春季学期，该分局共开展法治讲座230余场。", "今年春季学期"),     # (not 今年春季 + 学期)
    ("今年毕业季，全市共发生求职诈骗案件12起。", "今年毕业季"),         # a season of the year (not 今年)
    ("今年一季度，全市共破获案件30起。", "今年一季度"),
    ("2023—2024学年，全区共开展法治讲座120场。", "2023—2024学年"),     # a school year
])
def test_a_school_term_or_season_is_a_period(nlp, text, period):
    assert list(nlp(text).spans["claims"])[0]._.period["text"] == period


def test_a_money_noun_before_a_total_belongs_to_the_amount(nlp):
    count, money = list(nlp("李某拖欠36名农民工工资共计58万余元。").spans["claims"])
    assert (count._.metric["text"], money._.metric["text"]) == ("农民工", "工资")


@pytest.mark.parametrize("text, period", [
    ("在押期间，郑某向27名工人支付工资39.2万元。", "在押期间"),      # 在押: a word, no preposition
    ("在古渡庙会期间，民警共查处违法行为12起。", "古渡庙会期间"),
])
def test_a_preposition_before_a_frame_is_stripped_but_not_a_word_it_opens(nlp, text, period):
    assert list(nlp(text).spans["claims"])[0]._.period["text"] == period


@pytest.mark.parametrize("text, period", [
    ("经侦支队梳理近三年案件发现，新办企业占76%。", "近三年"),   # the cases of those years, after a verb
    ("嫌疑人潜逃近十年，共作案12起。", None),                    # how long he hid
])
def test_a_span_of_years_after_a_verb_frames_only_a_record_noun(nlp, text, period):
    claim = list(nlp(text).spans["claims"])[0]
    assert (claim._.period or {}).get("text") == period


@pytest.mark.parametrize("text, metric", [
    ("警方帮助1.2万名采棉工及时拿到工资。", "采棉工"),            # an adverb of time ends the counted noun
    ("周某某带领20余名工人到山东大学门口拉横幅。", "工人"),        # so does 到 + a place
])
def test_an_adverb_or_a_verb_of_going_ends_the_counted_noun(nlp, text, metric):
    assert list(nlp(text).spans["claims"])[0]._.metric["text"] == metric


def test_to_after_a_one_character_verb_is_its_result_and_ends_no_noun(nlp):
    claim = list(nlp("2人拾到手机后勒索失主5千元。").spans["claims"])[0]
    assert not claim._.metric["text"].endswith("拾")           # (拾/到: no 到 of going)


@pytest.mark.parametrize("text", ["追赃挽损、打击破案两项指标均居全市第一。", "三人交代，他们专挑夜间作案。", "二人分别被判处有期徒刑。"])
def test_a_spelled_count_summing_up_a_list_is_no_claim(nlp, text):
    assert not [c for c in nlp(text).spans["claims"] if c.text in ("两项", "三人", "二人")]


@pytest.mark.parametrize("text, metric", [
    ("今年1至10月，赣州市公安机关共立骗婚类诈骗案件37起。", "骗婚类诈骗案件"),   # 立 files the cases (立骗/婚类 to the segmenter)
    ("经核查，立为刑事案件的有13起。", "刑事案件"),
    ("该组受理信访举报47件，立案审查调查6件。", "立案审查调查"),              # 立案 is the measure
    ("经测算，程某盗伐的杉木立木蓄积12.7立方米。", "杉木立木蓄积"),         # 立木: standing timber
])
def test_li_filing_cases_is_stripped_but_not_a_word_it_opens(nlp, text, metric):
    claim = list(nlp(text).spans["claims"])[-1]
    assert claim._.metric["text"] == metric


def test_respectively_takes_earlier_metrics_when_the_list_holds_claims(nlp):
    doc = nlp("交巡警总队累计查处酒驾违法行为1357起、醉驾187起，分别较2023年同期下降8.6%和11.4%。")
    metrics = {c.text: c._.metric["text"] for c in doc.spans["claims"]}
    assert metrics["8.6%"] == "酒驾违法行为" and metrics["11.4%"] == "醉驾"


@pytest.mark.parametrize("text, count_metric, money_metric", [
    ("两个月内骗取11名老人共19.6万元。", "老人", "骗取"),          # the victims counted, the money taken
    ("先后骗取18名业主装修款共计156万元。", "业主", "装修款"),     # a money noun names the money
    ("拖欠36名农民工工资共58万余元。", "农民工", "工资"),          # 共 is the amount's adverb
])
def test_money_taken_from_counted_victims(nlp, text, count_metric, money_metric):
    count, money = list(nlp(text).spans["claims"])
    assert (count._.metric["text"], money._.metric["text"]) == (count_metric, money_metric)


@pytest.mark.parametrize("text, change", [
    ("琼山分局今年共查处赌博案件214起，较去年同期多查处63起。", "increase"),
    ("今年共抓获嫌疑人80人，较去年少抓获12人。", "decrease"),
])
def test_more_or_fewer_and_a_verb_after_a_base_is_a_change_of_the_earlier_count(nlp, text, change):
    first, second = list(nlp(text).spans["claims"])
    assert (second._.change, second._.metric["text"]) == (change, first._.metric["text"])


def test_statutory_bounds_back_to_back_share_the_noun_after_them(nlp):
    lower, upper = list(nlp("物业服务企业未履行安全保障义务的，可处5000元以上5万元以下罚款。").spans["claims"])
    assert lower._.metric["text"] == upper._.metric["text"] == "罚款"


def test_a_month_before_qisu_is_no_period(nlp):
    assert list(nlp("该男子3月起诉至法院，索赔5万元。").spans["claims"])[0]._.period is None


def test_a_size_before_a_bound_counts_no_noun(nlp):
    claim = list(nlp("对水深1.5米以上区域实行封闭管理。").spans["claims"])[0]
    assert (claim._.metric or {}).get("text") != "区域"


def test_the_lower_end_of_a_money_range_shares_the_noun_after_it(nlp):
    lower, upper = list(nlp("该团伙再以每辆3000元至8000元不等的价格销往外地。").spans["claims"])
    assert lower._.metric["text"] == upper._.metric["text"] == "价格"


def test_a_bound_after_a_noun_counts_no_noun_after_it(nlp):
    text = "温州公安全市36个乡镇设立一站式矛盾纠纷化解窗口，在有效警情10起以上派出所实现司法调解室全覆盖。"
    claim = [c for c in nlp(text).spans["claims"] if c.text == "10起以上"][0]
    assert claim._.metric["text"] == "有效警情"              # the seed gold's; 派出所 are what has them


@pytest.mark.parametrize("text, period", [
    ("在公安部统一部署的夏季治安打击整治行动期间，全省共侦破赌博刑事案件320余起。", "夏季治安打击整治行动期间"),  # after the last 的
    ("公安部部署的“昆仑2023”专项行动期间，四川省公安机关共侦破案件860余起。", "“昆仑2023”专项行动期间"),  # the quote opens it
    ("今年“6·26”国际禁毒日期间，该办组织开展集中宣传活动320余场。", "今年“6·26”国际禁毒日期间"),
    ("自去年10月以来，该局共破获案件45起。", "自去年10月以来"),   # a month frame keeps its 自
    ("自2022年以来，该局共破获案件45起。", "自2022年以来"),       # so does a bare year's (fifty-fifth round)
    ("犯罪嫌疑人王某自去年以来先后盗窃电动车12辆。", "自去年以来"),
    ("3月中旬起，道里公安分局共排查隐患2000余处。", "3月中旬起"),
    ("2021年3月至2023年底，全省检察机关共起诉高空抛物犯罪56人。", "2021年3月至2023年底"),
    ("截至1月中旬，全市共查处超速违法1200起。", "截至1月中旬"),
    ("近两年内，该局共查处超速违法1200起。", "近两年内"),
])
def test_the_thirtieth_rounds_periods(nlp, text, period):
    """Long free 期间 frames (after the last 的, from the quote they close), 自 before a month's or a
    year's 以来, a month a count runs from, a range to a year's end, 截至 + a month's part, 近N年内."""
    assert list(nlp(text).spans["claims"])[0]._.period["text"] == period


@pytest.mark.parametrize("text, metric", [
    ("共盗得文物200余件，其中约七成已被倒卖至外省。", "倒卖至外省"),       # the adverbs opening the predicate left out
    ("受访的1500户农村家庭中，近七成认为彩礼负担过重。", "认为彩礼负担过重"),
    ("查获私彩网点30个，其中八成以上通过手机接单。", "通过手机接单"),
    ("甘肃省兰州市城关区专门学校今年招收学生47名。", "学生"),                 # 招收 governs its object
    ("民警调取周边12处监控，查看视频片段400余段。", "视频片段"),
    ("8月以来，南京警方共清理被加装私锁的共享单车2300余辆。", "被加装私锁的共享单车"),  # a passive verb governs nothing
    ("济南市今年将完成1000台以上老旧住宅电梯更新改造。", "老旧住宅电梯"),   # a measure word before 以上 counts the noun after
    ("女子欲向网友借钱反被骗走1万元。", "被骗走"),          # the passive verb right before the amount, with its 被
    ("骗婚女子请人假扮父母被卷走2万元。", "被卷走"),
])
def test_the_thirtieth_rounds_metrics(nlp, text, metric):
    """A share's predicate, governing verbs (招收, 查看) and a passive one (none before a noun; with its 被
    before the amount), a measure word before a bound after a verb: the last claim's metric."""
    assert list(nlp(text).spans["claims"])[-1]._.metric["text"] == metric


def test_a_passive_verb_outside_a_relative_clause_still_governs(nlp):
    claim = list(nlp("网帖称小伙子8天假期被安排相亲12场。").spans["claims"])[-1]
    assert claim._.metric["text"] == "相亲"                 # no 的: not the whole clause


@pytest.mark.parametrize("text, index, metric", [
    ("灾情发生后，甘肃省公安厅调派临夏、兰州等地警力1800余名赶赴震中。", 0, "警力"),     # the object before, a predicate after
    ("梅州市公安局携带冲锋舟24艘、无人机15架驰援平远。", 1, "无人机"),
    ("派出所会同救援队组织民警和队员共18人连夜上山搜寻。", 0, "民警和队员"),           # a total word between them
    ("高考期间，该局安排民警、辅警640名值守。", 0, "民警、辅警"),                       # the items listed before it
    ("该公司非法购买学生及家长信息5.8万条用于电话营销。", 0, "学生及家长信息"),
    ("公安局查获12名吸毒人员。", 0, "吸毒人员"),                                       # a noun after the count stays
    ("分局对辖区138个在建工程项目进行拉网式检查。", 0, "在建工程项目"),               # no object before: the noun after
    ("一辆三轮车与轿车相撞，造成三轮车上2人死亡。", 0, "死亡"),                        # a place before the count
])
def test_a_predicate_after_a_count_leaves_the_object_before_it_counted(nlp, text, index, metric):
    assert list(nlp(text).spans["claims"])[index]._.metric["text"] == metric


@pytest.mark.parametrize("text, metric", [
    ("农户张女士将自家9800斤小麦卖给一名商贩。", "小麦"),              # a one-character verb and 给
    ("二房东将房屋分拆成13个隔断再转租。", "隔断"),                   # an adverb ends the object
    ("十余男子网吧门口将2名青年砍成重伤。", "青年"),
    ("晋江市公安局将辖区312家再生资源回收企业纳入管理。", "再生资源回收企业"),  # a verb inside the noun, before its head
])
def test_a_counted_object_after_jiang_ends_before_the_verb_that_disposes_of_it(nlp, text, metric):
    assert list(nlp(text).spans["claims"])[-1]._.metric["text"] == metric


@pytest.mark.parametrize("text, metric", [
    ("被告人王某某等5人以发布企业负面信息相要挟。", "被告人"),          # a predicate after the count
    ("民警在一家诊所内将犯罪嫌疑人张某等5人抓获。", "犯罪嫌疑人"),
    ("犯罪嫌疑人周某某等9人落网。", "犯罪嫌疑人"),
    ("警方抓获泄露信息的“内鬼”张某等4人。", "内鬼"),                 # no relative clause, no quotes
])
def test_a_count_after_named_persons_and_deng_counts_their_role(nlp, text, metric):
    assert list(nlp(text).spans["claims"])[-1]._.metric["text"] == metric



@pytest.mark.parametrize("text, metric", [
    ("今年以来，全市涉医刑事案件同比下降15.2%，已连续5年保持下降态势。", "涉医刑事案件"),  # the change's metric
    ("该局文物景区治安秩序连续8年保持平稳。", "文物景区治安秩序"),                           # the noun before it
    ("现有吸毒人员数量连续28个月保持下降态势。", "现有吸毒人员数量"),
])
def test_a_streak_of_a_trend_measures_what_trends(nlp, text, metric):
    assert list(nlp(text).spans["claims"])[-1]._.metric["text"] == metric


def test_a_longer_first_item_joins_a_list_closed_by_deng(nlp):
    claim = list(nlp("桥西分局今年以来共接报恶意损毁共享电动自行车、充电柜等警情148起。").spans["claims"])[-1]
    assert claim._.metric["text"] == "恶意损毁共享电动自行车、充电柜等警情"


@pytest.mark.parametrize("text, claim_text", [
    ("温州市瓯海区共查处短斤缺两类违法行为41起。", "41起"),      # 短斤缺两 is an idiom: no 两类
    ("累计检查加油站2100余座次。", "2100余座次"),
    ("共检查集贸市场、商超1300余家次。", "1300余家次"),          # 超 of 商超 marks nothing
    ("单日通关量最高超4万人次。", "超4万人次"),
])
def test_the_thirty_first_rounds_claim_spans(nlp, text, claim_text):
    assert [c.text for c in nlp(text).spans["claims"]] == [claim_text]


@pytest.mark.parametrize("text, metric", [
    ("犯罪嫌疑人孙某在虞城县一带拖欠粮款102万余元后潜逃。", "粮款"),   # verbs whose object is counted
    ("钱某利用职务便利非法收受财物共计86万余元。", "财物"),
    ("该团伙在定边、靖边等地作案19起，盗得山羊214只。", "山羊"),
    ("被告人李某以每张200元的价格收买选票共计86张。", "选票"),
    ("犯罪嫌疑人郑某雇佣他人砍伐天然林木共计1.1万余株。", "天然林木"),
    ("对方索要赎金80万元。", "赎金"),
    ("玉溪市易门县一名村民烧荒引发火灾，烧毁林地90余亩。", "林地"),
    ("郑州公安处管内列车霸座警情连续三年下降，2023年降至58起。", "列车霸座警情"),  # a railway unit's reach
    ("今年前五个月共发生诈骗案件二十三起，受骗者中六十岁以上老人占六成。", "六十岁以上老人"),  # among a group
    ("全省共接报此类警情213起，受害者中大学新生占六成以上。", "大学新生"),
    ("该局今年抓获犯罪嫌疑人14名，破案数在全市各分局中排名第二。", "破案数"),  # ranked among them
    ("福建省泉州市公安局枪爆管控工作综合排名列全省第一。", "枪爆管控工作综合排名"),
    ("单次活动规模一般20至50人。", "单次活动规模"),                              # how it usually is
    ("此类非法鉴定的准确率实际上不到七成。", "此类非法鉴定的准确率"),
    ("受骗群众中60岁以上老年人占比接近八成。", "60岁以上老年人占比"),  # an age bound qualifies who
    ("辖区60岁以上老年人口占比达28.7%。", "60岁以上老年人口占比"),
    ("派出所召集辖区46家化工企业负责人召开安全管理工作会。", "化工企业"),  # 家 counts the firms
    ("12名企业负责人参加会议。", "企业负责人"),
    ("分局在1200余辆公交车上安装一键报警装置。", "公交车"),             # a locative after the noun
    ("民警为200余名高三学生及家长上了一堂防诈课。", "高三学生及家长"),
    ("同一名“伤者”先后“被撞”11次，每次索赔金额3000元。", "索赔金额"),  # how often opens no metric
    ("该基地每月开放一次，每次限额不超过80人。", "限额"),
])
def test_the_thirty_second_rounds_metrics(nlp, text, metric):
    assert list(nlp(text).spans["claims"])[-1]._.metric["text"] == metric


def test_a_spelled_numeral_inside_a_model_name_is_no_claim(nlp):
    doc = nlp("今年1至6月，广州市公安局白云区分局在三元里街道、京溪街道等地开展清查行动12次。")
    assert ("三元里街道", "PLACE") in [(e.text, e.label_) for e in doc.ents]
    assert [c.text for c in doc.spans["claims"]] == ["12次"]


@pytest.mark.parametrize("text,metric", [
    # training's subsidies, classes and fees are one noun: 培训 governs nothing there
    ("阜阳市一对夫妻近两年来虚构学员信息，冒领培训补贴三万八千余元。", "培训补贴"),
    ("2023年全市职业技能培训补贴抽查合格率为96.4%。", "职业技能培训补贴抽查合格率"),
    ("民警共培训保安员300余名。", "保安员"),  # the verb still governs its object
    # a total that opens its clause counts the object the clause before ends with
    ("边境管理支队在磨憨镇查获一批企图偷运出境的GOIP设备，共计64台。", "GOIP设备"),
    ("民警在口岸查获一批准备偷运出境的银行卡，共计1860张。", "银行卡"),
    # the 中 of a split 中奖 is no locative inside the measured noun
    ("今年以来，全市虚假中奖类诈骗发案数同比下降41.5%。", "虚假中奖类诈骗发案数"),
    # the score a rank was reached with is no part of the ranked measure
    ("吴店派出所综合考评成绩以96.5分位居全市首位。", "综合考评成绩"),
    ("在公安派出所矛盾纠纷化解工作考核中，湖州市下辖的长兴县公安局以98.6分位列第2名。", "公安派出所矛盾纠纷化解工作考核"),
])
def test_the_thirty_third_rounds_metrics(nlp, text, metric):
    assert list(nlp(text).spans["claims"])[-1]._.metric["text"] == metric


@pytest.mark.parametrize("text,value,unit", [
    # a bare magnitude, its marker and a multiplier (百余万 = more than a million)
    ("全省在用电梯达百余万台。", 1000000, "台"),
    ("售楼经理虚构低价房诈骗千余万元。", 10000000, "元"),
    ("抓获犯罪嫌疑人百余人。", 100, "人"),
])
def test_a_bare_magnitude_with_a_marker_and_a_multiplier(nlp, text, value, unit):
    claim = list(nlp(text).spans["claims"])[-1]
    assert (claim._.value, claim._.unit, claim._.approx) == (value, unit, "more_than")


@pytest.mark.parametrize("text,metric", [
    # the copula 是 after a counted noun or a share's noun ends it
    ("在该分局近两年受理的报案中，约四分之三的受害人是通过短视频平台接触到虚假中介的。", "受害人"),
    ("其中3名嫌疑人是在校学生。", "嫌疑人"),
    # before a count of people 长 closes a title (河长, 警长), no predicate of length (边境线长128公里)
    ("设立市级河湖警长12名。", "市级河湖警长"),
    ("全市共有河长120名。", "河长"),
    ("边境线长128公里。", "边境线"),
    # a verb before a centre, a point or those who work in a trade modifies it (化解中心, 教育从业人员)
    ("临沂市公安局依托全市12个县区矛盾纠纷多元化解中心开展工作。", "县区矛盾纠纷多元化解中心"),
    ("组织全省公安机关对4.8万名托育和学前教育从业人员开展核查。", "托育和学前教育从业人员"),
])
def test_a_copula_or_a_title_ends_a_counted_noun(nlp, text, metric):
    assert list(nlp(text).spans["claims"])[-1]._.metric["text"] == metric


@pytest.mark.parametrize("text,value", [
    # a fraction per thousand, spelled with 点: a percentage of a tenth of it (no unit, as other fractions)
    ("其中有犯罪记录的占千分之一点二。", 0.12),
    ("较上年下降千分之零点三。", 0.03),
    ("矛盾纠纷化解率达百分之九十七点五。", 97.5),
])
def test_per_thousand_and_spelled_decimals(nlp, text, value):
    claim = list(nlp(text).spans["claims"])[-1]
    assert (claim.label_, claim._.value) == ("PERCENT", value)


@pytest.mark.parametrize("text,claims", [
    # a count or an amount inside a short quoted phrase is a bait's or a rumour's, no claim; speech after a
    # colon, a quote the claim fills and a streak stay
    ("“投资200元，月赚3000元”——这是某虚拟币平台的广告。", []),
    ("赵某在网上看到“在家刷单，日入300元”的广告后，先后投入资金2万元。", ["2万元"]),
    ("记者：“今年共破获案件120起”", ["120起"]),
    ("辖区实现“三年连降”。", ["三年连降"]),
    # bodies counted at the start of a clause they open refer back to those named before (两部门表示)
    ("两部门表示，将推动建立理赔数据共享机制。", []),
    ("全市共有12个部门参与。", ["12个"]),
    # a benefit's policy name counts nothing (残疾人两项补贴); the amount paid under it stays
    ("累计发放残疾人两项补贴3.2亿元。", ["3.2亿元"]),
])
def test_quoted_baits_and_bodies_referred_back_are_no_claims(nlp, text, claims):
    assert [c.text for c in nlp(text).spans["claims"]] == claims


@pytest.mark.parametrize("text,period", [
    # a frame of the recent past counts back from now, not from an event before it (梳理 / 上线 + 近N年来)
    ("西安市公安局雁塔分局梳理近五年来办理的同类案件发现，民营企业约占五分之三。", "近五年来"),
    ("平台上线近两年来，累计拦截诈骗电话3万余次。", "近两年来"),
    ("机制运行半年来，共化解纠纷120起。", "机制运行半年来"),  # an event's frame keeps its event
])
def test_a_recent_frame_opens_at_its_time_word(nlp, text, period):
    assert list(nlp(text).spans["claims"])[-1]._.period["text"] == period


def test_a_total_of_people_after_a_clause_takes_no_object_as_its_metric(nlp):
    doc = nlp("分局为从警满20年、30年的民警颁发从警荣誉纪念章，共计215人。")
    assert list(doc.spans["claims"])[-1]._.metric is None


def test_cans_are_a_unit(nlp):
    claim = list(nlp("民警现场查获假冒奶粉1.2万余罐。").spans["claims"])[-1]
    assert (claim.text, claim._.unit, claim._.metric["text"]) == ("1.2万余罐", "罐", "假冒奶粉")


@pytest.mark.parametrize("text,claims", [
    # a number that opens a quoted name is no count (a scheme, a slogan, a bait); a quote the claim fills stays one
    ("黄合少派出所在牧区推行“十户联防”，将全镇1200户编入联防组。", ["1200户"]),
    ("某直播间以“1元秒杀”吸引观众。", []),
    ("辖区实现“三年连降”。", ["三年连降"]),
])
def test_a_number_opening_a_quoted_name_is_no_claim(nlp, text, claims):
    assert [c.text for c in nlp(text).spans["claims"]] == claims


def test_a_closing_quote_is_no_metric(nlp):
    assert list(nlp("辖区实现“三年连降”。").spans["claims"])[0]._.metric is None


def test_a_word_ending_in_the_markers_character_closes_before_it(nlp):
    claim = list(nlp("累计冒领培训补贴和生活费补贴近90万元。").spans["claims"])[-1]
    assert (claim.text, claim._.approx) == ("近90万元", "nearly")
    assert [c.text for c in nlp("附近2家商店被盗。").spans["claims"]] == ["2家"]


def test_linear_metres_are_a_unit(nlp):
    # 延米 (metres of length laid or checked) is one unit, not 万余 + a stray 延
    claims = [(c.text, c._.unit) for c in nlp("全国公路隧道已累计排查3000万余延米。").spans["claims"]]
    assert claims == [("3000万余延米", "延米")]


@pytest.mark.parametrize("text", ["该团伙销售假冒桶装水的流水总额高达1860万。", "该团伙非法获利30万。", "该店营业额达1.2亿。"])
def test_a_bare_amount_after_a_flow_or_sum_of_money_is_money(nlp, text):
    claim = list(nlp(text).spans["claims"])[-1]
    assert (claim.label_, claim._.unit) == ("MONEY", None)


def test_a_count_with_its_measure_word_after_a_flow_stays_a_count(nlp):
    claim = list(nlp("民警梳理交易流水12万笔。").spans["claims"])[-1]
    assert (claim.label_, claim._.unit) == ("COUNT", "笔")


@pytest.mark.parametrize("text,claim,value,unit", [
    ("同比上升一点五倍，增幅居全市前三。", "一点五倍", 1.5, "倍"),   # a decimal spelled with 点, not 五倍
    ("全年接警二点三万起。", "二点三万起", 23000, "起"),
])
def test_a_decimal_spelled_with_dian(nlp, text, claim, value, unit):
    found = [(c.text, c._.value, c._.unit) for c in nlp(text).spans["claims"]]
    assert (claim, value, unit) in found


@pytest.mark.parametrize("text", ["凌晨一点五十分，民警出警。", "从一点一滴做起。"])
def test_times_and_idioms_with_dian_are_no_claims(nlp, text):
    assert not list(nlp(text).spans["claims"])


def test_a_trailing_duo_that_opens_a_word_is_no_marker(nlp):
    # 多次 after the unit is "many times", not "more than 8.6万元"
    claim = list(nlp("此前，李女士因被骗8.6万元多次到市信访。").spans["claims"])[0]
    assert (claim.text, claim._.approx) == ("8.6万元", "exact")
    assert list(nlp("共追回1万元多。").spans["claims"])[0]._.approx == "more_than"


def test_consignments_are_counted_but_not_ballot_idioms(nlp):
    assert [(c.text, c._.unit) for c in nlp("进口货物1.8万余票。").spans["claims"]] == [("1.8万余票", "票")]
    assert not list(nlp("实行安全生产一票否决制。").spans["claims"])
    assert [c.text for c in nlp("韩国地方选举首次采用1人投8票制。").spans["claims"]] == ["1人"]


@pytest.mark.parametrize("text,metric", [
    ("该产品售价高达每瓶45元。", "售价"),
    ("收购价每斤3元。", "收购价"),
    ("民警在87所中小学、幼儿园校门口设置护学岗。", "中小学、幼儿园"),
    ("全市1460余所中小学门口均有警力驻守。", "中小学"),
    ("民警对87家字画、古玩商户逐户走访。", "字画、古玩商户"),
])
def test_a_rates_base_a_gate_and_door_to_door_words_leave_the_metric(nlp, text, metric):
    # 每 + a measure word is the base of a rate (售价高达每瓶45元); 门口 / 门前 where the counted thing
    # is; 逐户 / 逐一 how the visits went
    assert list(nlp(text).spans["claims"])[-1]._.metric["text"] == metric


@pytest.mark.parametrize("text,approx", [
    ("市场上旧铜的回收价约每公斤50元。", "about"),
    ("人流量一度超过每小时8万人。", "more_than"),
    ("每人奖励500元。", "exact"),
])
def test_a_marker_before_a_rates_base_marks_the_amount(nlp, text, approx):
    assert list(nlp(text).spans["claims"])[-1]._.approx == approx


@pytest.mark.parametrize("text,period", [
    ("开学首周，全市公安机关出动警力8600人次。", "开学首周"),
    ("据统计，庙会首日入园游客1.2万人。", "庙会首日"),
    ("清明当天，中队共疏导车辆500辆。", "清明当天"),
    ("4月5日当天，该大队出动警力20人。", "4月5日当天"),
    # a frame with a preposition or verb inside is no event's day; a bare 当天 stays deictic
    ("民警在开学首日查处违法行为3起。", None),
    ("当天，民警抓获违法嫌疑人2人。", None),
])
def test_an_events_first_day_week_or_month_opening_a_clause_is_a_period(nlp, text, period):
    claim = list(nlp(text).spans["claims"])[-1]
    assert (claim._.period or {}).get("text") == period


def test_a_streak_takes_the_year_it_started_as_its_period(nlp):
    # 自2021年起 opens the streak (the gold tags 74 of 80 such starts); an open 20年来 is no streak's frame
    streak = list(nlp("自2021年起，长兴县连续3年未发生重大案件。").spans["claims"])[-1]
    assert streak._.period["text"] == "自2021年起"
    assert list(nlp("20年来，该所命案连续七年全破。").spans["claims"])[-1]._.period is None


@pytest.mark.parametrize("text,metric", [("林先生连续转账3笔。", "转账"), ("经鉴定，其中属于珍贵文物的有9件。", "珍贵文物")])
def test_lianxu_and_shuyu_open_no_metric(nlp, text, metric):
    assert list(nlp(text).spans["claims"])[-1]._.metric["text"] == metric


@pytest.mark.parametrize("text,period", [
    ("为期三个月的护井专项行动开展以来，全市共破获案件12起。", "护井专项行动开展以来"),
    ("党的十八大以来，全省破获案件300起。", "党的十八大以来"),
])
def test_an_open_frame_opens_after_the_last_de_that_named_it(nlp, text, period):
    assert list(nlp(text).spans["claims"])[-1]._.period["text"] == period


def test_juci_opens_no_metric(nlp):
    # 据此 (accordingly) links the clause to the one before: no part of what is measured
    text = "杭州市公安局上城区分局据此将单次放行人数控制在500人以下。"
    assert list(nlp(text).spans["claims"])[-1]._.metric["text"] == "单次放行人数"


@pytest.mark.parametrize("text,found", [
    ("群众满意率连续5年保持在99%以上，居全省公安机关景区警务工作首位。", True),
    ("该分局报送的案例入选前三。", True),
    ("该单位入选第一批示范单位。", False),
])
def test_a_rank_word_may_follow_its_verb_after_a_long_pool(nlp, text, found):
    assert any(c.label_ == "RANK" for c in nlp(text).spans["claims"]) == found


def test_sheji_keeps_its_relative_clause_before_a_listed_noun(nlp):
    # 涉及 opens the counted noun's relative clause, a 、-list inside it too (the gold keeps 涉及 in all
    # 22 such metrics)
    claim = list(nlp("该局共接报涉及假票、黑导游的警情36起。").spans["claims"])[-1]
    assert claim._.metric["text"] == "涉及假票、黑导游的警情"
    claim = list(nlp("查处超速、超员、疲劳驾驶等交通违法行为300起。").spans["claims"])[-1]
    assert claim._.metric["text"] == "超速、超员、疲劳驾驶等交通违法行为"


@pytest.mark.parametrize("text,metric", [
    ("犯罪嫌疑人以高额回报为诱饵，向1600余名群众吸收资金1.26亿元。", "群众"),   # the verb and its object carry the amount
    ("先后向3000余名药农吸收资金2.3亿元。", "药农"),
    ("查获3起运输毒品案件。", "运输毒品案件"),                               # a verb inside the crime's name stays
    ("今年已有17名乘客成功求助。", "乘客"),                                   # 成功 / 不要 / 不再: adverbs of the predicate
    ("已劝阻200余名群众不要再往合作社里投钱。", "群众"),
])
def test_a_verb_and_its_object_before_an_amount_end_the_counted_noun(nlp, text, metric):
    assert list(nlp(text).spans["claims"])[0]._.metric["text"] == metric


def claims_of(nlp, text):
    return {c.text: c for c in nlp(text).spans["claims"]}


def first_labelled(nlp, text, label):
    return next(c for c in nlp(text).spans["claims"] if c.label_ == label)


def attr(claim, name):
    value = getattr(claim._, name)
    return value["text"] if value else None


@pytest.mark.parametrize("text, span, unit, metric", [
    ("该传销组织层级多达32层。", "32层", "层", "层级"),                    # a pyramid's depth after 层级, metric not emptied
    ("酒店接到预订，共8桌宴席。", "8桌", "桌", "宴席"),
    ("共造成4车受损、3人轻伤。", "4车", "车", "受损"),
    ("响水县公安局在园区外围设置3道警戒线。", "3道", "道", "警戒线"),
    ("造成2峰骆驼死亡。", "2峰", "峰", "骆驼"),
    ("婚宴不多于15桌。", "不多于15桌", "桌", "婚宴"),                       # 不多于 caps as 不超过 does
])
def test_the_thirty_ninth_rounds_counts(nlp, text, span, unit, metric):
    claim = claims_of(nlp, text)[span]
    assert claim._.unit == unit and attr(claim, "metric") == metric


@pytest.mark.parametrize("text", [
    "居住在该楼18层的李某某被传唤。",        # a floor, no count
    "其购买的7车12F座位被占用。",            # a seat's carriage: a number inside a name
    "沪昆高速双向四车道路段。",              # 四车道: another word
])
def test_floors_seats_and_lanes_are_no_counts(nlp, text):
    assert not [c for c in nlp(text).spans["claims"] if c.text.endswith(("层", "车"))]


def test_jiejin_after_lianjie_is_jin(nlp):
    claim = claims_of(nlp, "下架侵权影视作品链接近150万条。")["近150万条"]
    assert claim._.approx == "nearly"


@pytest.mark.parametrize("text, span, period", [
    ("经查，该会所自2021年3月至案发，累计偷用自来水4.7万吨。", "4.7万吨", "自2021年3月至案发"),
    ("据张某某交代，其从去年8月开始出售报告约300份。", "约300份", "从去年8月开始"),
    ("该团伙在不到两个月的时间里诈骗30余人。", "30余人", "不到两个月的时间里"),
])
def test_the_thirty_ninth_rounds_periods(nlp, text, span, period):
    assert attr(claims_of(nlp, text)[span], "period") == period


@pytest.mark.parametrize("text, span, metric", [
    ("黄某累计盗用天然气约2.8万立方米，折合气费9万多元。", "约2.8万立方米", "天然气"),
    ("黄某累计盗用天然气约2.8万立方米，折合气费9万多元。", "9万多元", "气费"),
    ("杨女士先后5次向指定账户转账共计32万元。", "5次", "转账"),            # times: the last verb after the phrase
    ("此前，华山派出所已两次对杨某进行训诫。", "两次", "训诫"),            # ... past a light verb
    ("目前，赵某某等4人已被依法刑事拘留。", "4人", "刑事拘留"),           # what was done to the counted
    ("犯罪嫌疑人王某某（男，38岁）等7人已被依法刑事拘留。", "7人", "犯罪嫌疑人"),  # ... unless a role names them
    ("民警查获未经检疫的俄罗斯产大豆、亚麻籽共计约260吨。", "约260吨", "未经检疫的俄罗斯产大豆、亚麻籽"),
])
def test_the_thirty_ninth_rounds_metrics(nlp, text, span, metric):
    assert attr(claims_of(nlp, text)[span], "metric") == metric


@pytest.mark.parametrize("text, span, subject", [
    # a clause about a referent no entity names has no subject before it
    ("天津市公安局河西分局近日捣毁一个网络套现平台，该平台通过虚构电商交易为用户套现3000余万元。", "3000余万元", None),
    # ... but 该案 is the unit's case, and 该校 refers back to the school named before it
    ("南平市公安局建阳分局经侦大队会同保险公司调查核实，该案涉案金额达46.5万元。", "46.5万元", "南平市公安局建阳分局经侦大队"),
    ("临江市振安保安培训学校负责人介绍，该校2023年共培训初级保安员2860人次。", "2860人次", "临江市振安保安培训学校"),
    # the leader of a group of accused is the subject of what the group did ...
    ("被告人徐某某等5人在境外诈骗窝点冒充客服，诱骗42名被害人参与刷单。", "42名", "徐某某"),
    # ... not of the group's own count, nor where the group was acted on
    ("被告人徐某某等5人在境外诈骗窝点冒充客服。", "5人", None),
    ("上海市静安区人民法院近日公开宣判一起诈骗案，被告人李某等7人被判处有期徒刑一年至六年不等，并处罚金共计38万元。",
     "38万元", "上海市静安区人民法院"),
])
def test_the_thirty_ninth_rounds_subjects(nlp, text, span, subject):
    assert attr(claims_of(nlp, text)[span], "subject") == subject


@pytest.mark.parametrize("text, claim, subject", [
    ("经查，2023年8月至12月，以黄某某为首的犯罪团伙先后组织120余名人员偷越国境。", "120余名", "黄某某"),  # the leader of the group that acted
    ("龙岗分局近日打掉以黄某某为首的犯罪团伙1个。", "1个", "龙岗分局"),   # inside the verb's object: the frame only modifies
])
def test_a_leader_framed_at_the_clause_start_is_the_subject(nlp, text, claim, subject):
    c = claims_of(nlp, text)[claim]
    assert c._.subject["text"] == subject


@pytest.mark.parametrize("text, span, approx", [
    ("扣押USDT约46万枚。", "约46万枚", "about"),     # a Latin letter before the marker guards nothing
    ("扣押iPhone约30部。", "约30部", "about"),
    ("K123次列车晚点。", None, None),                # the code guard still holds at the number
])
def test_the_code_guard_looks_at_the_number_not_its_marker(nlp, text, span, approx):
    claims = list(nlp(text).spans["claims"])
    if span is None:
        assert claims == []
    else:
        (c,) = claims
        assert (c.text, c._.approx) == (span, approx)


@pytest.mark.parametrize("text, claim, metric", [
    ("诈骗团伙16名成员日前被判刑。", "16名", "成员"),             # a time adverb ends the counted noun
    ("九成以上的受害人最初都是在短视频平台被引流入群的。", "九成以上", "受害人"),
])
def test_time_adverbs_end_a_counted_noun(nlp, text, claim, metric):
    c = claims_of(nlp, text)[claim]
    assert c._.metric["text"] == metric


@pytest.mark.parametrize("text, claim, metric", [
    ("辖区涉家暴警情中，因酗酒引发的占百分之四十以上。", "百分之四十以上", "因酗酒引发的"),  # a headless relative before 占 keeps 的
    ("结果显示，因求职应聘购买假证的约占六成。", "六成", "因求职应聘购买假证的"),  # and before 约占/仅占
    ("涉案人员中有前科的有25人。", "25人", "涉案人员中有前科"),                  # before 有 the dev gold drops it
    ("民警发现，涉案人员中有吸毒史的有12人。", "12人", "涉案人员中有吸毒史"),   # the group before 中 is the head
    ("电诈案件的占比达35%。", "35%", "电诈案件的占比"),                          # 占比 is a noun, not the predicate 占
])
def test_a_headless_relative_keeps_its_de_before_the_share_predicate(nlp, text, claim, metric):
    c = claims_of(nlp, text)[claim]
    assert c._.metric["text"] == metric


@pytest.mark.parametrize("text, claim, metric", [
    # the act right after a frequency count, up to a total or an amount
    ("被告人孙某某为牟取私利，先后6次盗割正在使用中的高压线路，涉案金额2万元。", "6次", "盗割正在使用中的高压线路"),
    ("经查，李某先后5次进入果园盗摘核桃。", "5次", "进入果园盗摘核桃"),
    ("该车先后4次倾倒污泥共计86吨。", "4次", "倾倒污泥"),
    ("企沙派出所今年以来已3次开展“送法上船”活动。", "3次", "“送法上船”活动"),   # the light verb's noun
    # after a preposition: the clause's last word where no listed verb is found, and quoted objects
    ("刘先生半年内先后27次向对方转账，累计被骗86万元。", "27次", "转账"),
    ("王某先后6次向患者家属出售“内部床位”，获利3万元。", "6次", "出售“内部床位”"),
])
def test_a_frequency_counts_the_act_after_it(nlp, text, claim, metric):
    c = claims_of(nlp, text)[claim]
    assert c._.metric["text"] == metric


def test_a_frequency_with_its_act_found_after_it_keeps_it(nlp):
    # what the rules found after the count stands (先后7次取现 + 购买“金条”: the first act)
    c = {x.text: x for x in nlp("张某先后7次取现购买“金条”，累计将近50万元。").spans["claims"]}["7次"]
    assert c._.metric["text"] == "取现"


@pytest.mark.parametrize("text, claim, metric", [
    ("郑某旗下6家门店共发展会员2700余人。", "6家", "门店"),                      # a total adverb ends the counted noun
    ("该局会同辖区街道、社区对87家经营场所逐一走访。", "87家", "经营场所"),        # a preposition before the count governs nothing
    ("该车先后4次倾倒污泥共计86吨。", "86吨", "污泥"),                          # an amount after an act counts its object
    ("孙某先后3次转走资金合计48.5万元。", "48.5万元", "资金"),
])
def test_counted_nouns_around_totals_prepositions_and_acts(nlp, text, claim, metric):
    c = claims_of(nlp, text)[claim]
    assert c._.metric["text"] == metric


@pytest.mark.parametrize("text, metric", [
    ("经查，该团伙通过境外网站诱骗会员3200余名。", "会员"),
    ("该男子半年内先后诱骗外地游客30余人。", "外地游客"),
])
def test_a_lure_governs_the_people_lured(nlp, text, metric):
    # 诱骗 is a governing verb (the dev gold drops it before its object 6 times of 6: 诱骗 + 被害人14名)
    (claim,) = nlp(text).spans["claims"]
    assert claim._.metric["text"] == metric


@pytest.mark.parametrize("text, claim, metric", [
    ("该团伙共骗取200余名老人钱款。", "200余名", "老人"),              # the people, not their money
    ("该公司拖欠43名保安员3个月工资。", "43名", "保安员"),             # nor how long it was owed
    ("民警为1300余名群众手机安装了反诈软件。", "1300余名", "群众"),      # nor what they own
    ("该合作社向600余名村民吸收资金累计5000万元。", "600余名", "村民"),  # the verb between is the clause's
    ("民警为26名工人讨要工资9万元。", "26名", "工人"),
    ("近百名出租出借银行卡人员被依法惩戒。", "近百名", "出租出借银行卡人员"),  # a head says who they are
    ("两人网上传播虚假信息被行政拘留。", "两人", "网上传播虚假信息"),        # no people named before the thing
    # 才, 就 and 预计 are adverbs of the predicate
    ("该药售价才39元。", "39元", "售价"),
    ("该平台注册会员就超过3万人。", "超过3万人", "注册会员"),
    ("据估算，修复费用预计不少于80万元。", "不少于80万元", "修复费用"),   # and so is 预计
    ("全市高层次人才有300余名。", "300余名", "高层次人才"),          # not 才 of 人才
])
def test_metrics_of_the_forty_fifth_round(nlp, text, claim, metric):
    # a count of people counts the people, not what is theirs (the dev gold of 320 sets keeps the
    # people all 69 times a money noun or a thing they own follows), and adverbs close no metric
    c = claims_of(nlp, text)[claim]
    assert c._.metric["text"] == metric


@pytest.mark.parametrize("text, claims", [
    ("收缴的假币中，20元面额占比约七成。", ["约七成"]),                 # a banknote's denomination is no amount
    ("提醒商户收到20元、50元面额纸币时注意查验。", []),
    ("现场查获5元券假币300余张。", ["300余张"]),
    ("今年以来共收缴假币面额12.6万元。", ["12.6万元"]),                # the face value seized stays one
    ("该男子将5000元钞票撒在路边。", ["5000元"]),                      # and so does cash counted in notes
])
def test_a_denomination_is_no_amount(nlp, text, claims):
    assert [c.text for c in nlp(text).spans["claims"]] == claims


@pytest.mark.parametrize("text, metric", [
    ("该男子累计骗取善款46万余元。", "善款"),           # a noun that names money is what was taken
    ("犯罪嫌疑人骗取购车款共计26万元。", "购车款"),
    ("吴某先后骗取科研经费共计37.5万元。", "科研经费"),
    ("周某冒领骗取低保金2.8万元。", "低保金"),
    ("陈某骗取养老金及高龄津贴共计27.3万元。", "养老金及高龄津贴"),
    ("该团伙骗取当地村民12万元。", "骗取"),              # people are no money: the verb stays
])
def test_money_taken_is_named_by_its_noun(nlp, text, metric):
    # after a taking verb the dev gold of 324 sets names the money (款, 金, 费, 贴 … end it) 128
    # times and keeps the verb 7 times, each where a person or nothing stands between
    (claim,) = nlp(text).spans["claims"]
    assert claim._.metric["text"] == metric


@pytest.mark.parametrize("text, metric", [
    ("这也是该局连续四年获评执法质量优秀单位。", "获评执法质量优秀单位"),  # who kept the streak is no metric
    ("这是他连续5年获此殊荣。", "获此殊荣"),
    ("这也是该局绩效考核连续两年进入前三。", "绩效考核"),               # a measure after the holder is
    ("该局执法质量考评得分连续两年列全省第一。", "执法质量考评得分"),    # (no copula: as before)
])
def test_a_pointer_copula_and_its_holder_are_no_streak_metric(nlp, text, metric):
    # 这也是 + 该局 / 他 points back to the sentence before; the dev gold measures what follows the
    # streak 18 times of 21
    claim = first_labelled(nlp, text, "STREAK")
    assert claim._.metric["text"] == metric


@pytest.mark.parametrize("text, metric", [
    ("该局代表队获得团体总分前三。", "团体总分"),                      # the contest's measure, not the team
    ("阿坝州公安局代表队获得团体第2名。", "团体"),
    ("青秀分局民警黄志韬获个人全能第二名。", "个人全能"),               # nor the winner
    ("该局破获案件数居全省第一。", "破获案件数"),                      # 获 inside 破获 wins nothing
])
def test_a_won_rank_measures_what_was_contested(nlp, text, metric):
    # the dev gold names the measure between 获 / 获得 and the rank 15 times of 17
    (claim,) = nlp(text).spans["claims"]
    assert claim._.metric["text"] == metric


@pytest.mark.parametrize("text, claim, metric", [
    ("全县涉古树案件三年连降，2023年仅发生1起。", "1起", "涉古树案件"),  # what happened is what was counted before
    ("辖区入室盗窃案件实现三年连降，今年以来仅发生2起。", "2起", "入室盗窃案件"),
    ("今年以来，全市仅发生火灾3起。", "3起", "火灾"),                      # (its own noun first)
])
def test_a_bare_happening_counts_what_the_sentence_counted(nlp, text, claim, metric):
    # 仅发生N起 with only a frame before the verb: of 24 dev gold claims the rules gave 发生, the gold
    # keeps 发生 for one
    c = claims_of(nlp, text)[claim]
    assert c._.metric["text"] == metric


@pytest.mark.parametrize("text, metric", [
    ("代检中介每单通常收取200元左右的“好处费”。", "好处费"),   # the quoted name of the money after it
    ("骗子通常先收取199元“查询费”。", "查询费"),
    ("对方说交20万元‘补录费’就能拿到名额。", "补录费"),
    ("该男子支付3000元“定金”后失联。", "定金"),
    ("王某为儿子花费2万元“买名额”。", "花费"),                   # a quote that names no money: as before
])
def test_a_quoted_name_of_money_names_the_amount(nlp, text, metric):
    (claim,) = nlp(text).spans["claims"]
    assert claim._.metric["text"] == metric


@pytest.mark.parametrize("text, metric", [
    ("民警成功劝返在外涉诈人员11人。", "在外涉诈人员"),   # 在外 / 在训 / 在船 are words, not the preposition
    ("基地现有在训警犬152头。", "在训警犬"),
    ("民警劝离在船人员1200余名。", "在船人员"),
])
def test_a_word_of_being_somewhere_keeps_its_zai(nlp, text, metric):
    (claim,) = nlp(text).spans["claims"]
    assert claim._.metric["text"] == metric


@pytest.mark.parametrize("text, metric", [
    ("在全省公安机关平安建设考核中，宜昌市公安局已连续三年位居第一。", "平安建设考核"),   # the rank's assessment
    ("两年来，辖区工地盗窃案件连续两年降幅居全市第一。", "降幅"),                     # the measure between the two
    ("该局特种行业管理工作连续四年在全市综合考评中排名第一。", "特种行业管理工作"),   # not across a 在…中 frame
])
def test_a_streak_of_a_rank_measures_what_the_rank_measures(nlp, text, metric):
    # the dev gold gives a streak going on to a rank in its clause the rank's metric 248 times of 251
    streak = first_labelled(nlp, text, "STREAK")
    assert streak._.metric["text"] == metric


@pytest.mark.parametrize("text, claim, metric", [
    ("2024年度全省公安机关食品药品安全执法考核中，齐齐哈尔市公安局位居全省首位。", "首位", "食品药品安全执法考核"),
    ("上半年全省旅馆业治安管理工作考核中，丽江市位列全省第一。", "第一", "旅馆业治安管理工作考核"),
    ("在全国公安机关执法质量考评中，山东省公安厅位列第二。", "第二", "执法质量考评"),   # (with 在, as before)
])
def test_an_assessment_clause_without_zai_frames_the_rank(nlp, text, claim, metric):
    c = claims_of(nlp, text)[claim]
    assert c._.metric["text"] == metric


@pytest.mark.parametrize("text, metric", [
    ("该分局寄递物流安全管理工作已连续三年保持全市第一。", "寄递物流安全管理工作"),   # 保持 a rank is no state kept
    ("辖区群众安全感测评位居全市第一，已连续4年保持全市前三。", "群众安全感测评"),
    ("庙会连续12年实现重大安全事故零发生。", "重大安全事故零发生"),                   # a state kept: as before
])
def test_a_streak_keeping_a_rank_keeps_no_state(nlp, text, metric):
    # a scope alone (全市, 全州) is where a rank is held, never a measure: no dev gold claim has one as metric
    streak = first_labelled(nlp, text, "STREAK")
    assert streak._.metric["text"] == metric


@pytest.mark.parametrize("text, claim, metric", [
    ("小区内盗窃、纠纷类警情同比下降两成，八成以上的物业纠纷在小区内就地化解。", "八成以上", "物业纠纷"),  # not the clause before's
    ("单起案件最高损失达62万元；超过半数的受害人是经熟人介绍后上当。", "超过半数", "受害人"),
    ("法院判决物业服务企业承担30%的责任。", "30%", "责任"),                                    # what the verb takes
    ("对持证上岗率不足95%的5家保安服务公司下发整改通知。", "不足95%", "持证上岗率"),          # a rate before it: as before
])
def test_a_share_before_de_measures_the_noun_after_it(nlp, text, claim, metric):
    # a share + 的 + noun with nothing of its own before it in the clause, or a verb right before it
    c = claims_of(nlp, text)[claim]
    assert c._.metric["text"] == metric


@pytest.mark.parametrize("text, claim, metric", [
    ("全区共发现问题线索27条，其中9条已立案侦查。", "9条", "立案侦查"),                  # what the part undergoes
    ("法院共涉及被告人23名，其中5人被判处十年以上有期徒刑。", "5人", "被判处十年以上有期徒刑"),
    ("排查风险企业278家，其中31家已移交公安机关立案侦办。", "31家", "移交公安机关立案侦办"),
    ("共抓获犯罪嫌疑人23人，其中3人被刑事拘留。", "3人", "刑事拘留"),                   # a disposal act: as before
    ("对辖区企业开展检查，对其中3家企业分别处以罚款。", "3家", "企业"),                  # a noun of its own: as before
])
def test_a_part_after_qizhong_measures_what_it_undergoes(nlp, text, claim, metric):
    # the dev gold takes the predicate after 其中 + a count with no noun 164 times of 172
    c = claims_of(nlp, text)[claim]
    assert c._.metric["text"] == metric


@pytest.mark.parametrize("text, metric", [
    ("分局对其中17名情节严重的违法人员依法处理。", "情节严重的违法人员"),   # a relative clause + its noun
    ("民警救助3名迷路的徒步游客。", "迷路的徒步游客"),
    ("对87家存在隐患的棋牌室下达整改通知书。", "存在隐患的棋牌室"),
    ("此案涉及18个省份的投注人员。", "省份"),                               # a noun before 的: as before
])
def test_a_relative_clause_after_a_count_keeps_its_noun(nlp, text, metric):
    claim = nlp(text).spans["claims"][0]
    assert claim._.metric["text"] == metric


@pytest.mark.parametrize("text, metric", [
    ("民警对全省286家养老机构的护理人员开展背景排查。", "养老机构"),       # 家 counts the homes, not the staff
    ("民警调取3辆过往车辆的行车记录仪视频。", "过往车辆"),                 # 辆 counts vehicles
    ("该员工私自保留7名已故老人的社保卡。", "已故老人"),                   # 名 counts people
    ("民警抓获两名冒充省级媒体记者的男子。", "冒充省级媒体记者的男子"),   # both count people: a clause, as before
    ("民警救助3名迷路的徒步游客。", "迷路的徒步游客"),                     # no noun before 的: as before
])
def test_a_measure_word_counts_the_noun_it_agrees_with(nlp, text, metric):
    # measure_heads: a verb before 的 makes a relative clause unless the words before 的 end in a noun the
    # measure word counts and the noun after does not (dev +3 claims fully right, held-back guard +5)
    claim = nlp(text).spans["claims"][0]
    assert claim._.metric["text"] == metric


@pytest.mark.parametrize("text, metric", [
    ("银行柜员发现王大爷准备取出8万元定期存款。", "定期存款"),   # a phrase ending in a money noun's character
    ("民警及时劝阻，为群众避免了3万元损失。", "损失"),           # a listed head (money_phrase_heads)
    ("该男子以每人150元的报名费招揽学员。", "报名费"),           # after the amount's 的
    ("该团伙向摊主索要300元至800元不等的“管理费”。", "管理费"),  # a range's first bound, past 不等的
    ("李某挪用公款60余万元用于个人消费。", "公款"),              # a verb goes on: the noun before, as before
    ("纳税人年收入不超过6万元且无需补税的可免于申报。", "纳税人年收入"),  # a conjunction goes on: as before
])
def test_a_money_phrase_after_an_amount_names_it(nlp, text, metric):
    # 避免了5万元损失, 取出5万元定期存款: what the money is, not the verb before it (dev +19, held-back guard +13)
    claim = first_labelled(nlp, text, "MONEY")
    assert claim._.metric["text"] == metric


@pytest.mark.parametrize("text, claim, metric", [
    ("该团伙以收取1.5%至2%的手续费为条件，为他人转移资金。", "1.5%", "手续费"),  # a range's bounds share it
    ("该团伙以收取1.5%至2%的手续费为条件，为他人转移资金。", "2%", "手续费"),
    ("他按合同金额的5%收取“咨询费”，半年获利数十万元。", "5%", "咨询费"),          # after a fee verb
    ("该团伙以低于市场价三成的价格销售假冒化肥。", "三成", "价格"),
    ("全区共接报警情2100起，同比下降9%。", "9%", "警情"),                      # no money after it: as before
])
def test_a_share_before_a_money_noun_is_its_rate(nlp, text, claim, metric):
    # 收取0.3%至0.5%的手续费, 按票面金额的6%至8%收取“开票费”: the rate of the fee (dev +15)
    c = claims_of(nlp, text)[claim]
    assert c._.metric["text"] == metric


@pytest.mark.parametrize("text, claim, metric", [
    ("今年以来共处置网络求助近200起，其中约70%在2小时内得到解决。", "约70%", "得到解决"),    # past a time limit
    ("全省共有网吧约9000家，其中六成左右分布在城乡接合部、乡镇。", "六成左右", "分布在城乡接合部、乡镇"),  # a 、 list stays
])
def test_a_share_after_qizhong_measures_what_it_undergoes(nlp, text, claim, metric):
    # the dev gold takes the predicate after 其中 + a share 61 times of 68; a 、 list and a time limit were
    # cut or kept wrongly before (dev +12)
    c = claims_of(nlp, text)[claim]
    assert c._.metric["text"] == metric


@pytest.mark.parametrize("text, metric", [
    ("派出所组建了30余人的联防队，实现重点区域全覆盖。", "联防队"),        # a group's size (group_heads)
    ("警方打掉一个由8人组成的骗婚团伙。", "骗婚团伙"),                     # 由N人组成的
    ("派出所组建了一支12人的“湖上巡逻队”。", "湖上巡逻队"),
    ("教室内发现一条长约1.8米的眼镜王蛇。", "眼镜王蛇"),                   # a size after a bare dimension
    ("工人爬上一台高30米左右的塔吊。", "塔吊"),
    ("一头体重约90公斤的野猪窜上高速。", "体重"),                          # a dimension word: as before
])
def test_a_size_before_de_measures_the_thing_after_it(nlp, text, metric):
    # 组建了30余人的联防队, 一条长约1.8米的眼镜王蛇: the group or thing sized (dev +5, held-back guard +5)
    claim = nlp(text).spans["claims"][0]
    assert claim._.metric["text"] == metric


@pytest.mark.parametrize("text, claim, metric", [
    ("该所28名辅警中，有6人获评优秀辅警。", "6人", "获评优秀辅警"),         # X中，有 + a part with no noun
    ("辖区15家网吧中有4家未落实实名登记。", "4家", "未落实实名登记"),
    ("这批货物中有3箱假冒白酒。", "3箱", "假冒白酒"),                      # a noun of its own: as before
])
def test_a_part_of_a_whole_named_with_zhong_measures_what_it_undergoes(nlp, text, claim, metric):
    # 32名民警中，有9人获评…: as after 其中 (the dev gold 33 after, 9 before; dev +12, held-back guard +9)
    c = claims_of(nlp, text)[claim]
    assert c._.metric["text"] == metric


@pytest.mark.parametrize("text, metric", [
    ("今年以来，商圈盗窃、抢夺案件发案同比下降61%。", "商圈盗窃、抢夺案件发案"),       # coordinated verbs
    ("共破获非法制造、买卖、运输、储存爆炸物案件三十余起。", "非法制造、买卖、运输、储存爆炸物案件"),
    ("民警检查KTV、酒吧等娱乐场所415家次。", "KTV、酒吧等娱乐场所"),                   # a Latin item
    ("民警收缴“三无”食品、玩具近400件。", "“三无”食品、玩具"),                        # a quoted item
    ("警方打掉“捕、运、销”非法利益链条3条。", "“捕、运、销”非法利益链条"),              # a list inside quotes
    ("民警查处超速、超员等交通违法行为120起。", "超速、超员等交通违法行为"),            # a governing verb: cut
    ("被告人胡某某伙同他人伪造健康证、体检报告共计6800余份。", "健康证、体检报告"),  # a long item: its verb cut
    ("民警收缴各类爆竹2000余挂、组合烟花380箱。", "组合烟花"),                      # 挂 measures 2000余
])
def test_listed_items_before_a_metric_stay_whole(nlp, text, metric):
    # a verb that ends an item is the list's own (盗窃、抢夺), and an item may be Latin or quoted
    # (KTV、酒吧, “三无”食品、玩具), and a long item opens with its verb (伙同他人伪造 + 健康证); before,
    # the list was cut at the last 、 (dev +30, held-back guard +30)
    claim = nlp(text).spans["claims"][-1]  # (the last amount: 2000余挂 counts too)
    assert claim._.metric["text"] == metric


@pytest.mark.parametrize("text,label,metric", [
    ("成都市公安局锦江区分局以追赃挽损率87%位列全省第三。", "PERCENT", "追赃挽损率"),
    ("成都市公安局锦江区分局以追赃挽损率87%位列全省第三。", "RANK", "追赃挽损率"),
    ("温州市公安局以破案41起、抓获嫌疑人96名的成绩位列全省第一。", "COUNT", "破案"),
    ("今年该局侦破以房养老类诈骗案件42起，居全省首位。", "COUNT", "以房养老类诈骗案件"),  # no rank in its clause
])
def test_what_a_unit_ranked_with_drops_its_preposition(nlp, text, label, metric):
    # 以 + a measure + the amount + 位列 …: the preposition says what the unit ranked with and is no
    # part of the metric (dev +8 claims; before, the metric kept 以)
    claim = first_labelled(nlp, text, label)
    assert claim._.metric["text"] == metric


@pytest.mark.parametrize("text,metric", [
    ("5名被告人分别被判处有期徒刑一年至四年不等，共处罚金210万元。", "罚金"),
    ("被告人林某某、符某分别被判处有期徒刑，并分别处罚金5万元、2万元。", "罚金"),
    ("判处有期徒刑三年，并处罚金2万元。", "罚金"),
    ("今年以来，全市处罚金额达3万元。", "处罚金额"),  # 处罚金额: a noun of its own
])
def test_a_fine_after_its_verb_is_the_metric(nlp, text, metric):
    # 共处罚金: 处 governs 罚金 (the segmenter's word 处罚 used to leave no verb, so the metric kept 处)
    claim = nlp(text).spans["claims"][-1]
    assert claim._.metric["text"] == metric


@pytest.mark.parametrize("text,metric", [
    ("截至目前，全市已有网约车2万余辆。", "网约车"),
    ("据介绍，宜昌市目前有常住外国人约680人。", "常住外国人"),
    ("民警开箱检查，车内藏有遥控辅助操作装置2套。", "遥控辅助操作装置"),
    ("经清点，车内装有冻猪肉3吨。", "冻猪肉"),             # the segmenter's word 装有
    ("该校有学生1700余人。", "学生"),
    ("17名涉黄违法人员中，有前科人员6人。", "有前科人员"),  # after a comma: people who have one
    ("今年以来共收到有效线索120条。", "有效线索"),          # 有效: a word of its own
])
def test_there_are_is_no_part_of_the_counted_noun(nlp, text, metric):
    # 有 after an adverb, a subject or a verb of placing (已有, 目前有, 藏有, 该校有) says there are;
    # before, the metric kept it (dev +9 claims)
    claim = nlp(text).spans["claims"][-1]
    assert claim._.metric["text"] == metric


@pytest.mark.parametrize("text, metrics", [
    ("造成财物损失经鉴定价值4600元。", [("4600元", "财物损失")]),           # 经 + what was done to it
    ("这批文物经专家清点共计38件。", [("38件", "文物")]),
    ("涉案金额经核实为42.3万元。", [("42.3万元", "涉案金额")]),
    ("发现并劝阻拟经第三国中转前往东南亚的涉诈高危人员1500人左右。",
     [("1500人左右", "拟经第三国中转前往东南亚的涉诈高危人员")]),                 # a relative clause before the noun
    ("举报线索经查证属实、涉案金额在100万元以上的，给予奖励。", [("100万元以上", "涉案金额")]),  # a list item: a condition
])
def test_a_process_after_the_noun_ends_the_metric(nlp, text, metrics):
    assert [(c.text, c._.metric["text"]) for c in nlp(text).spans["claims"]] == metrics


@pytest.mark.parametrize("text, period, subject", [
    ("据统计，2023年内蒙古自治区高速公路沿线共发生盗窃交通设施案件96起。", "2023年", "内蒙古自治区"),  # 内 opens the region
    ("三年内破获案件1200起。", "三年内", None),                                                   # within three years
])
def test_a_year_before_inner_mongolia_is_no_within_frame(nlp, text, period, subject):
    (claim,) = nlp(text).spans["claims"]
    assert (claim._.period["text"] if claim._.period else None) == period
    assert (claim._.subject["text"] if claim._.subject else None) == subject


def test_tan_counts_jars(nlp):
    claims = nlp("何某共卖出封坛酒1300余坛，涉案金额800余万元。").spans["claims"]
    assert [(c.text, c._.unit) for c in claims] == [("1300余坛", "坛"), ("800余万元", "元")]


@pytest.mark.parametrize("text, metrics", [
    ("犯罪嫌疑人何某将收购价不到200元的散装白酒贴上标签。", [("不到200元", "收购价")]),   # who handled it goes
    ("76岁的钱老伯准备将存款32万元转入某“集邮交易中心”账户。", [("32万元", "存款")]),
    ("民警提醒，开启双重验证，可将账号被盗风险降低90%以上。", [("90%以上", "账号被盗风险")]),
])
def test_an_object_marker_opens_the_metric(nlp, text, metrics):
    assert [(c.text, c._.metric["text"]) for c in nlp(text).spans["claims"]] == metrics


@pytest.mark.parametrize("text, metrics", [
    ("警方对其中12名拒不改正的旅客予以罚款。", [("12名", "拒不改正的旅客")]),        # an adverb opens the clause
    ("对3家无证经营改装业务的店铺依法查处。", [("3家", "无证经营改装业务的店铺")]),
    ("共对11家违规聘用外国人的企业罚款合计38万元。", [("11家", "违规聘用外国人的企业"), ("38万元", "罚款")]),  # the fine keeps its noun
    ("查处3名违规人员。", [("3名", "违规人员")]),                                            # no clause: a plain noun
])
def test_an_adverb_after_a_measure_word_opens_a_relative_clause(nlp, text, metrics):
    assert [(c.text, c._.metric["text"]) for c in nlp(text).spans["claims"]] == metrics


@pytest.mark.parametrize("text, metric", [
    ("同一收货地址关联了600多个新注册账号。", "新注册账号"),       # (fifty-fifth round) was 新 alone
    ("该团伙持有300个新开通的银行账户。", "新开通的银行账户"),
    ("民警为2000余名新生讲解防骗知识。", "新生"),                    # a noun: as before
])
def test_new_things_counted_keep_their_verb(nlp, text, metric):
    assert list(nlp(text).spans["claims"])[0]._.metric["text"] == metric


@pytest.mark.parametrize("text, metrics", [
    # (fifty-sixth round) a lone adverb, range joiner or rank verb was the metric: 另, 全部, 至, 获评, 跃
    ("全市共接报网络谣言类警情290起，行政处罚47人，另有100余人被批评教育。",
     [("290起", "网络谣言类警情"), ("47人", "行政处罚"), ("100余人", "行政处罚")]),   # the previous metric holds
    ("台州市公安局将纸质指纹卡片4.7万余张全部数字化录入。", [("4.7万余张", None)]),
    ("在全省110接处警工作考评中，该中心连续两年获评第一名。",
     [("连续两年", "110接处警工作考评"), ("第一名", "110接处警工作考评")]),                # the assessment ranks
    ("在2023年度全省涉农犯罪打击成效考核中，讷河市公安局从上年的第11名跃升至第3名。",
     [("第11名", "涉农犯罪打击成效考核"), ("第3名", "涉农犯罪打击成效考核")]),
    ("今年共抓获另案在逃人员5人。", [("5人", "另案在逃人员")]),                             # a word that opens with 另 stays
])
def test_a_lone_adverb_or_joiner_is_no_metric(nlp, text, metrics):
    assert [(c.text, c._.metric["text"] if c._.metric else None) for c in nlp(text).spans["claims"]] == metrics


@pytest.mark.parametrize("text, metrics", [
    # (fifty-seventh round) 同比 / 环比 after a noun that a count of places introduces stayed in it
    ("若尔盖、红原两县盗抢牲畜案件同比分别下降38%和27%。",
     [("38%", "盗抢牲畜案件"), ("27%", "盗抢牲畜案件")]),
    ("全市3个派出所辖区警情环比下降5%。", [("3个", "派出所辖区警情"), ("5%", "派出所辖区警情")]),
    ("全市盗窃案件同比下降12%。", [("12%", "盗窃案件")]),                                  # as before
])
def test_year_on_year_ends_a_counted_noun(nlp, text, metrics):
    assert [(c.text, c._.metric["text"] if c._.metric else None) for c in nlp(text).spans["claims"]] == metrics


@pytest.mark.parametrize("text, periods", [
    # (sixtieth round) a within frame after an event that opens the clause holds the event
    ("据统计，震后15天内共转移受灾群众1.2万人。", ["震后15天内"]),
    ("协议签订后一个月内，双方联合抓获嫌疑人19人。", ["协议签订后一个月内"]),
    ("此后半年内，他先后作案19起。", ["此后半年内"]),
    # an actor, 在 or a long clause before the event: the frame alone (as the writers mostly keep it)
    ("民警接警后4小时内抓获嫌疑人2名。", ["4小时内"]),
    ("该局在接警后2小时内抓获嫌疑人3名。", ["2小时内"]),
])
def test_a_within_frame_after_an_event_holds_the_event(nlp, text, periods):
    assert [c._.period["text"] if c._.period else None for c in nlp(text).spans["claims"]] == periods


@pytest.mark.parametrize("text, period", [
    # (sixtieth round) an open frame from a named year or month that can hold the streak is its period
    ("2021年以来，福州市公安局连续3年被评为全省先进。", "2021年以来"),
    ("自去年8月以来，全市已连续15个月未发生命案。", "自去年8月以来"),
    ("今年以来，该县已连续8个月未发生命案。", "今年以来"),
    ("今年以来，全县命案连续三年下降。", None),             # the streak began before this year
])
def test_a_streak_takes_an_open_frame_from_its_start(nlp, text, period):
    (streak,) = [c for c in nlp(text).spans["claims"] if c.label_ == "STREAK"]
    assert (streak._.period["text"] if streak._.period else None) == period
