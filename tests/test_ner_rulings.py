"""The shipped statistical ner in the default pipeline, and ner_rulings (ANNOTATION.md §1/§4)."""
import subprocess
import sys

import pytest
from spacy.tokens import Span

from pipeline.entities.ner_rulings import NerRulings, load_rulings


@pytest.fixture(scope="module")
def rulings():
    return NerRulings("ner_rulings", load_rulings())


@pytest.mark.parametrize(
    "text, entity, label, reason",
    [
        ("“平安乐巡”APP是试点", "平安乐巡”APP", "ORG", "quotation mark inside"),
        ("平安，是基层治理的出发点", "平安", "ORG", "campaign word"),
        ("获评平安中国建设示范县", "中国", "PLACE", "place inside a slogan"),
        ("建成“智安小区”1852个", "智安小区", "PLACE", "quoted brand or label"),
        ("连续5年入榜“中国最具幸福感城市”", "中国", "PLACE", "opens a quoted title"),
        ("公安部门要加强协作", "公安部", "POLICE_UNIT", "fused into a longer word or title"),
        ("温州市公安局长表示", "温州市公安局", "POLICE_UNIT", "fused into a longer word or title"),
        ("现有各类警务室、联勤警务站等", "联勤警务站", "ORG", "generic mention"),
        ("基层派出所是第一道防线", "基层派出所", "POLICE_UNIT", "generic mention"),
        ("全区各街道派出所共排查", "街道派出所", "POLICE_UNIT", "generic mention"),   # a kind of station
        ("各城关分局共抓获", "城关分局", "ORG", "generic mention"),                   # each of that name
        ("五里店街道派出所民警", "五里店街道派出所", "PLACE", "not a unit under the police-unit grammar"),
        ("民警在周边村开展巡逻", "周边村", "PLACE", "generic mention"),                 # a generic word + a suffix
        ("民警赶到案发广场", "案发广场", "PLACE", "generic mention"),
        ("各镇街社（村）开展排查", "社（村", "PLACE", "unbalanced bracket"),
        ("记者 唐荣 摄", "唐荣 摄", "PERSON", "space inside a Chinese name"),
        ("民警介绍了经过", "民警", "PERSON", "title or role alone"),
        ("刀砍七旬老岳父", "岳父", "PERSON", "title or role alone"),           # kinship words are roles
        ("分析称默克尔有望连任", "连任", "PERSON", "an ordinary word, not a name"),  # persons' own test
        ("涉嫌强奸女学生", "强奸", "PERSON", "an ordinary word, not a name"),
        ("外媒称中国可能投资", "外媒", "ORG", "media as a collective"),
        ("韩媒体曝韩政府", "韩媒", "PERSON", "media as a collective"),
        ("像李总和张总的当代", "李总", "PERSON", "surname and title"),
        ("王局长表示", "王局长", "PERSON", "surname and title"),
        ("陈致中前往看守所", "陈", "PERSON", "too short for a name"),
        ("男子冒充公安局要求删帖", "冒充公安局", "POLICE_UNIT", "not a unit under the police-unit grammar"),
        ("保安部经理率众围殴", "保安部", "POLICE_UNIT", "not a unit under the police-unit grammar"),
        ("年轻女子状告公安局", "状告公安局", "ORG", "not a unit under the police-unit grammar"),
        ("男孩因改名遭拒状告派出所", "遭拒状告派出所", "ORG", "not a unit under the police-unit grammar"),
        ("开展合作公安局", "展合作公安局", "POLICE_UNIT", "not a unit under the police-unit grammar"),
        ("发现日产原油4000桶的油井", "日产原油4", "ORG", "splits a number"),
        ("少年因打父母4次进派出所", "次进派出所", "POLICE_UNIT", "opens with the measure word of a number"),
        ("克罗地亚有望迎来首位女总理", "位女", "PERSON", "opens with the measure word of a number"),   # 首, 两, 多 …
        ("安徽安庆10余人派出所内殴打民警", "余人派出所", "POLICE_UNIT", "opens with the measure word of a number"),  # 10余人
        ("官方回应街道办副主任", "官方回应街道", "PLACE", "a clause, not a place name"),
        ("男子宾馆访友遇刺身亡", "男子宾馆", "PLACE", "a clause, not a place name"),      # a person word inside
        ("逃犯携女友藏身山区", "藏身山区", "PLACE", "a clause, not a place name"),        # a verb, then a noun
        ("网帖称农民工山洞中用木棒支撑建房", "网帖称农民工山洞", "PLACE", "a clause, not a place name"),  # 称 inside
        ("家长称幼儿园怕孩子尿多", "家长称幼儿园", "ORG", "a clause, not an organisation's name"),
        ("俄罗斯总统称政府克服危机", "俄罗斯总统称政府", "ORG", "a clause, not an organisation's name"),
        ("保安盗走商场黄金饰品", "保安盗走商场", "PLACE", "a clause, not a place name"),
        ("四保险公司报案", "四保险公司", "ORG", "generic mention"),
        ("公安招聘要求提高", "安招聘", "PERSON", "cuts through a unit or organisation word"),
        ("到杭州市人民政府办事", "杭州市人", "PLACE", "cuts through a unit or organisation word"),
        ("他向一家投资公司借款", "投资公司", "ORG", "generic mention"),
        ("温州市、台州市分列第二、第三位", "台州市分列", "ORG", "a verb after a name"),     # a ranking verb
        ("冰雪大世界开园以来，游客增多", "冰雪大世界开园", "PLACE", "a verb after a name"),  # a venue's opening
        ("犯罪嫌疑人伙同拆迁评估公司员工虚报面积", "评估公司", "ORG", "generic mention"),   # a trade word alone
        ("当地一所中学报警", "当地一所中学", "ORG", "generic mention"),
        ("据一审法院认定", "一审法院", "ORG", "generic mention"),
        ("美国州长为求选民原谅", "美国州", "PLACE", "last character opens a longer word"),
        ("建设美丽浙江", "美丽浙江", "ORG", "campaign slogan"),               # a slogan whatever the label
        ("力量组建瓯越义警队伍", "瓯越", "PLACE", "place inside a brand"),       # §1 lists 瓯越义警 as a brand
        ("组建温州义警队伍", "温州义警", "ORG", "brand"),                      # a brand whatever the label
        ("培育公益类组织", "公益类组织", "ORG", "a category, not a name"),
        ("各村设立司法调解室", "司法调解室", "ORG", "generic mention"),          # ANNOTATION.md §1's own example         # a procedural word before a body head
        ("上级法院发回重审", "上级法院", "ORG", "generic mention"),
        ("专案组民警连夜追捕", "专案组", "ORG", "generic mention"),           # a case team, no body
        ("在台球厅结识社会人员", "台球厅", "PLACE", "generic mention"),        # a kind of venue, any label
        ("琴行老板刘某被抓获", "琴行", "PERSON", "generic mention"),
        ("检查网吧时发现", "网吧", "PLACE", "generic mention"),
        ("前往水上乐园的游客", "水上乐园", "PLACE", "generic mention"),       # a kind of park alone
        ("4名大陆游客受伤", "大陆", "PLACE", "generic mention"),               # as 内地 (§1)
        ("曾参演残奥会女孩", "奥", "PLACE", "too short for a name"),           # half of 奥运, no country
        ("组织渔船回港避风", "港", "PLACE", "a character of a longer word"),     # 回港: a port, not Hong Kong
        ("派出所为中外游客提供翻译服务", "中", "PLACE", "a character of a longer word"),  # 中外: Chinese and foreign
        ("民警向藏民宣讲防诈知识", "藏", "PLACE", "a character of a longer word"),       # 藏民: a people
        ("查获假冒藏药20公斤", "藏", "PLACE", "a character of a longer word"),
        ("招聘懂泰语的辅警", "泰", "PLACE", "a character of a longer word"),             # a language, any place
        ("为华侨办理证件", "华", "PLACE", "a character of a longer word"),
        ("在古镇入口设置警务站", "古镇", "PLACE", "generic mention"),                    # an old town alone
        ("侦办石窟寺盗窃案件", "石窟寺", "PLACE", "generic mention"),                  # a kind of heritage site
        ("在国家公园内非法狩猎", "国家公园", "PLACE", "generic mention"),
        ("患梅毒男子", "梅", "PLACE", "too short for a name"),
        ("组建平安巡逻队4145支", "平安巡逻队", "ORG", "generic mention"),
        ("县级公安机关可进行检测", "县级公安机关", "PERSON", "unit or organisation inside a name"),
        ("小伙在取款机捡银行卡寻失主", "取款机捡银行", "ORG", "head runs on into another word"),
        ("两名小学生校内触电", "两名小学", "ORG", "head runs on into another word"),
        ("5名村民中毒被送医院", "被送医院", "ORG", "a phrase before a name head, not a name"),
        ("储户状告银行胜诉", "储户状告银行", "ORG", "a phrase before a name head, not a name"),
        ("男子捡银行卡", "男子捡银行", "ORG", "head runs on into another word"),
        ("他冒充市人民政府工作人员", "市人民政府", "PERSON", "unit or organisation inside a name"),
        ("紧紧围绕中心、服务大局", "围绕中心", "ORG", "the central task, not a body"),
        ("以创新破题，护航中心、服务发展", "护航中心", "ORG", "the central task, not a body"),
        ("此心安处是吾乡", "心安处", "ORG", "after a determiner, no name"),
        ("此秘书处的意见", "秘书处", "ORG", "after a determiner, no name"),
        ("镇党委、派出所和村委会组成劝返小组", "劝返小组", "ORG", "a group set up and named by its task"),
        ("村干部组成的巡山队8支", "巡山队", "ORG", "a group set up and named by its task"),
        ("推行“林长+警长”工作机制", "林长+", "PERSON", "a character no name holds"),
        ("父亲从女儿6岁起强奸其长达5年", "6岁", "PERSON", "a character no name holds"),
        ("天津市河西区组织社区民警清理楼道", "天津市河西区组织", "ORG", "a place's bodies of a kind, or a verb, no name"),
        ("江苏省苏州市昆山市金融机构共收缴假币", "江苏省苏州市昆山市金融机构", "ORG", "a place's bodies of a kind, or a verb, no name"),
        ("袋内有金手镯2只", "金手镯", "PERSON", "an ordinary word, not a name"),        # gold goods open with 金
        ("会同林草部门执法", "林草", "PERSON", "an ordinary word, not a name"),
        ("结果卡里被转走了三千元", "卡里", "PERSON", "a noun and a locative"),  # 卡 is no surname
        ("株洲市代表队从全省14支代表队中胜出", "株洲市代表队", "ORG", "a team named after its body"),
        ("关注“上海发布”公众号", "上海", "PLACE", "opens a quoted title"),      # an account's name
        ("被誉为“中国冷极”的根河市", "中国", "PLACE", "opens a quoted title"),  # a title, 2 characters on
        ("该所践行新时代“枫桥经验”", "枫桥", "PLACE", "place inside a brand"),  # a national brand method
    ],
)
def test_rulings_drop_what_annotation_md_excludes(rulings, text, entity, label, reason):
    start = text.index(entity)
    assert rulings.reason(text, start, start + len(entity), label) == reason


@pytest.mark.parametrize(
    "text, entity, label",
    [
        ("打造“温州样板”", "温州", "PLACE"),              # a place as a plain modifier (§4)
        ("温州义务警察协会成立", "温州", "PLACE"),        # 义警 only as one word ends a brand
        ("他说：“我们在北京开会，很顺利。”", "北京", "PLACE"),  # quoted speech is not a title
        ("平安县公安局", "平安县", "PLACE"),               # a place named with a campaign word
        ("据《人民日报》报道", "人民日报", "ORG"),          # book-title marks around an outlet
        ("中国平安集团", "中国平安集团", "ORG"),
        ("张三和李四", "李四", "PERSON"),
        ("公安部部署行动", "公安部", "POLICE_UNIT"),          # the ministry is one specific body
        ("意大利ＦＩＬＡ（斐乐）公司", "意大利ＦＩＬＡ（斐乐）公司", "ORG"),  # balanced brackets
        ("据New York Times报道", "New York Times", "ORG"),  # spaces between Latin words
        ("会同白石派出所开展行动", "白石派出所", "POLICE_UNIT"),
        ("陈先生报警称", "陈先生", "PERSON"),
        ("自称省公安厅人员", "省公安厅", "POLICE_UNIT"),         # level prefix + body is a unit
        ("温州公安发布提示", "温州公安", "POLICE_UNIT"),
        ("中国人民公安大学招生", "中国人民公安大学", "ORG"),     # 公安 alone is no police word here
        ("健力宝公司发出律师函", "健力宝公司", "ORG"),
        ("五粮液集团发布公告", "五粮液集团", "ORG"),              # a numeral inside a brand
        ("K123次列车上", "K123次列车", "ORG"),                   # digits inside, none split               # surname + honorific is a name (§1)
        ("王局长和刘安平到场", "刘安平", "PERSON"),          # 安 alone is no unit word
        ("全国政协召开会议", "全国政协", "ORG"),
        ("家住温州市区", "温州", "PLACE"),              # 全国 opens the names of national bodies
        ("最高人民法院发布", "最高人民法院", "ORG"),
        ("永康公安局通报", "永康公安局", "POLICE_UNIT"),  # a county's short form + a body
        ("中国传媒大学招生", "中国传媒大学", "ORG"),       # a place + one everyday word + a school
        ("太平洋亚洲旅行协会成立", "太平洋亚洲旅行协会", "ORG"),  # an industry word may end a name
        ("中信银行发布公告", "中信银行", "ORG"),
        ("日媒称美国宣称钓鱼岛适用条约", "钓鱼岛", "PLACE"),  # a verb that opens a place names it (钓鱼/岛)
        ("向义乌警方索赔", "义乌警方", "POLICE_UNIT"),
        ("他赴港旅游", "港", "PLACE"),                           # 赴港: Hong Kong
        ("美民众调查显示", "美", "PLACE"),                         # 民 after other places: the country's people
        ("在束河古镇巡逻", "束河古镇", "PLACE"),                    # an old town with its name
        ("到市民服务中心办理", "市民服务中心", "ORG"),            # a name before 服务中心: no central task
        ("因此中国男队要考虑", "中国男队", "ORG"),                # 此 closes 因此: a name may follow
        ("为此北京市教育局发出通知", "北京市教育局", "ORG"),
        ("古巴领导人劳尔-卡斯特罗会见", "劳尔-卡斯特罗", "PERSON"),   # a hyphen between transcribed names
        ("省里成立浙江省禁毒工作领导小组", "浙江省禁毒工作领导小组", "ORG"),  # a body's full name, set up or not
        ("他加入浙江省摄影家协会", "浙江省摄影家协会", "ORG"),     # no set-up verb before it
        ("上海合作组织峰会开幕", "上海合作组织", "ORG"),            # 上海合作 is no place: a name before 组织
        ("他在杭州市第一中学任教", "杭州市第一中学", "ORG"),        # a name between the place and the kind word
        ("分局联合交警西湖大队开展整治", "交警西湖大队", "POLICE_UNIT"),  # the traffic police's county team
        ("民警与金水交警大队联合执勤", "金水交警大队", "POLICE_UNIT"),
        ("推广“毕节经验”做法", "毕节", "PLACE"),                   # a place as a plain modifier (§1: 温州样板)
        ("网传“橘子洲大桥垮塌”", "橘子洲大桥", "PLACE"),            # a rumour's place
        ("颜强：特里或许无耻", "特里", "PERSON"),                  # a transcribed name ending in 里 (卡里 is a noun)
    ],
)
def test_rulings_keep_ordinary_entities(rulings, text, entity, label):
    start = text.index(entity)
    assert rulings.reason(text, start, start + len(entity), label) is None


def test_rulings_component_removes_only_offending_model_entities(nlp, rulings):
    doc = nlp.make_doc("平安中国建设中，张三在北京开会。")
    doc.ents = [Span(doc, 2, 4, "PLACE"), Span(doc, 8, 10, "PERSON"), Span(doc, 11, 13, "PLACE")]
    out = rulings(doc)
    assert [(e.text, e.label_) for e in out.ents] == [("张三", "PERSON"), ("北京", "PLACE")]


def test_rulings_relabel_a_model_org_that_is_a_police_unit(nlp, rulings):
    # the model learned ORG for every body from the general corpora; §1 makes these POLICE_UNIT
    doc = nlp.make_doc("永康公安局和永康法院通报")
    doc.ents = [Span(doc, 0, 5, "ORG"), Span(doc, 6, 10, "ORG")]
    out = rulings(doc)
    assert [(e.text, e.label_) for e in out.ents] == [("永康公安局", "POLICE_UNIT"), ("永康法院", "ORG")]


def test_rulings_relabel_a_model_place_that_ends_in_a_unit_head(nlp, rulings):
    # a place's name never ends in 派出所: read as a unit when the grammar reads it so, else dropped
    doc = nlp.make_doc("南浦派出所和温州开会")
    doc.ents = [Span(doc, 0, 5, "PLACE"), Span(doc, 6, 8, "PLACE")]
    out = rulings(doc)
    assert [(e.text, e.label_) for e in out.ents] == [("南浦派出所", "POLICE_UNIT"), ("温州", "PLACE")]


def test_rulings_split_a_model_place_that_is_places_side_by_side(nlp, rulings):
    doc = nlp.make_doc("巴西中国领先，中国浙江温州")
    doc.ents = [Span(doc, 0, 4, "PLACE"), Span(doc, 7, 13, "PLACE")]
    out = rulings(doc)
    # two countries are two places; 中国浙江温州 is one chain (each contains the next)
    assert [(e.text, e.label_) for e in out.ents] == [("巴西", "PLACE"), ("中国", "PLACE"), ("中国浙江温州", "PLACE")]


def test_rulings_trim_a_locative_word_off_a_model_place(nlp, rulings):
    doc = nlp.make_doc("在美丽的南塘河畔，江边有人。")
    doc.ents = [Span(doc, 4, 8, "PLACE"), Span(doc, 9, 11, "PLACE")]
    out = rulings(doc)
    # 南塘河畔 → 南塘河; 江边 would leave one character: dropped
    assert [(e.text, e.label_) for e in out.ents] == [("南塘河", "PLACE")]

    doc = nlp.make_doc("在九江站周边设卡。")
    doc.ents = [Span(doc, 1, 5, "PLACE")]  # 九江站周: the span cuts the locative word 周边
    assert [(e.text, e.label_) for e in rulings(doc).ents] == [("九江站", "PLACE")]
    doc = nlp.make_doc("该局在闽东海域查获走私案件。")
    doc.ents = [Span(doc, 3, 6, "PLACE")]  # 闽东海 of 闽东海域: the sea area of 闽东
    assert [(e.text, e.label_) for e in rulings(doc).ents] == [("闽东", "PLACE")]


def test_rulings_end_a_list_member_before_the_lists_count(nlp, rulings):
    doc = nlp.make_doc("长安、虎门两镇的查处量下降，海淀两区不变。")
    doc.ents = [Span(doc, 0, 2, "PLACE"), Span(doc, 3, 7, "PLACE")]
    # 两镇 counts the list: the last member is 虎门 (and a count after no list mark is no member's)
    assert [(e.text, e.label_) for e in rulings(doc).ents] == [("长安", "PLACE"), ("虎门", "PLACE")]


def test_rulings_take_book_title_marks_off_a_model_entity(nlp, rulings):
    doc = nlp.make_doc("据《人民公安报》报道")
    doc.ents = [Span(doc, 1, 8, "ORG")]
    # ANNOTATION.md §1: book-title marks around a name are outside the span
    assert [(e.text, e.label_) for e in rulings(doc).ents] == [("人民公安报", "ORG")]


@pytest.mark.parametrize("text, start, end, name", [("父亲林某关在家中", 2, 5, "林某"), ("王某系网上在逃人员", 0, 3, "王某"),
                                                    ("嫌疑人李某某到案", 3, 6, "李某某")])
def test_rulings_end_a_model_anonymised_name_at_its_mou(nlp, rulings, text, start, end, name):
    doc = nlp.make_doc(text)
    doc.ents = [Span(doc, start, end, "PERSON")]
    # after 某 a name goes on only with 某 (李某某) or 甲乙丙丁; any other character is the next word's
    assert [e.text for e in rulings(doc).ents] == [name]


def test_default_pipeline_has_the_shipped_ner_before_the_merger(nlp):
    names = nlp.pipe_names
    assert names.index("ner") < names.index("ner_rulings") < names.index("entity_merger")
    assert set(nlp.get_pipe("ner").labels) == {"ORG", "PERSON", "PLACE", "POLICE_UNIT"}


def test_model_adds_persons_the_rules_cannot_find(nlp):
    # no byline, title, honorific or 某 next to the names: the person rules find nothing here
    text = "王建国和刘晓明昨天一起去了杭州。"
    doc = nlp(text)
    assert [e for e in doc.ents if e._.source == "persons"] == []
    persons = [(e.text, e._.source) for e in doc.ents if e.label_ == "PERSON"]
    assert ("王建国", "ner") in persons or ("刘晓明", "ner") in persons, persons


def test_rules_only_pipeline_leaves_the_model_out():
    from pipeline import load
    from pipeline.language import RULES_ONLY_EXCLUDE

    nlp = load(exclude=RULES_ONLY_EXCLUDE)
    assert "ner" not in nlp.pipe_names and "ner_rulings" not in nlp.pipe_names
    assert [e.text for e in nlp("温州市公安局鹿城区分局南浦派出所").ents] == ["温州市公安局鹿城区分局南浦派出所"]


def test_saved_default_pipeline_keeps_the_model_in_a_fresh_process(nlp, tmp_path):
    text = "王建国和刘晓明昨天在温州市公安局鹿城区分局门口遇见了李华。"
    expected = [(e.start_char, e.end_char, e.label_, e._.source) for e in nlp(text).ents]
    assert any(source == "ner" for *_, source in expected)
    nlp.to_disk(tmp_path / "nlp")
    code = (
        "import sys, spacy; nlp = spacy.load(sys.argv[1]); d = nlp(sys.argv[2]); "
        "print([(e.start_char, e.end_char, e.label_, e._.source) for e in d.ents])"
    )
    proc = subprocess.run([sys.executable, "-c", code, str(tmp_path / "nlp"), text],
                          cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == str(expected)


def test_ship_ner_installs_a_checked_model_and_keeps_the_card(tmp_path):
    import spacy

    from pipeline.language import shipped_ner_path
    from pipeline.tools.ship_ner import ship

    target = tmp_path / "ner"
    target.mkdir()
    (target / "README.md").write_text("card", encoding="utf-8")
    (target / "stale.bin").write_bytes(b"old")
    ship(shipped_ner_path(), target)
    assert (target / "README.md").read_text(encoding="utf-8") == "card"
    assert not (target / "stale.bin").exists()
    assert set(spacy.load(target).get_pipe("ner").labels) == {"ORG", "PERSON", "PLACE", "POLICE_UNIT"}

    # a model with other labels is refused and nothing is touched
    other = spacy.blank("zh")
    other.add_pipe("ner").add_label("LOC")
    other.initialize()
    other.to_disk(tmp_path / "other")
    with pytest.raises(SystemExit, match="labels"):
        ship(tmp_path / "other", target)
    assert set(spacy.load(target).get_pipe("ner").labels) == {"ORG", "PERSON", "PLACE", "POLICE_UNIT"}


@pytest.mark.parametrize("text, start, end, label, kept", [
    ("犯罪嫌疑人陈某伙同医院护工倒卖床位", 5, 9, "PERSON", [("陈某", "PERSON")]),  # a name ends with its 某 run
    ("杭州某游戏公司客服表示", 0, 7, "ORG", []),                      # an anonymised body described
    ("温州某科技有限公司", 0, 9, "ORG", [("温州某科技有限公司", "ORG")]),  # ... named with its legal form
    ("南昌市第一医院急诊科主任说", 0, 10, "ORG", [("南昌市第一医院", "ORG")]),  # the hospital, not its department
    ("全国法院共审结案件", 0, 4, "ORG", []),                         # all courts of the country
    ("全国人大审议", 0, 4, "ORG", [("全国人大", "ORG")]),               # one body
])
def test_rulings_on_anonymised_names_described_bodies_departments_and_scopes(nlp, rulings, text, start, end, label, kept):
    doc = nlp.make_doc(text)
    doc.ents = [Span(doc, start, end, label)]
    assert [(e.text, e.label_) for e in rulings(doc).ents] == kept


def test_rulings_finish_a_facility_word_the_model_cut(nlp, rulings):
    # the model stopped inside 大桥; a name of one character before the facility word is not extended
    doc = nlp.make_doc("老人在八一大桥下垂钓，大桥上")
    doc.ents = [Span(doc, 3, 6, "PLACE")]
    assert [(e.text, e.label_) for e in rulings(doc).ents] == [("八一大桥", "PLACE")]
    # a community or sub-district named after the road the model found (芙蓉街 + 社区)
    doc = nlp.make_doc("民警走进芙蓉街社区发放手册")
    doc.ents = [Span(doc, 4, 7, "PLACE")]
    assert [(e.text, e.label_) for e in rulings(doc).ents] == [("芙蓉街社区", "PLACE")]
    # a grassland is named by the place before 草原 (喀拉峻草原), one PLACE
    doc = nlp.make_doc("特克斯县公安局在喀拉峻草原举办活动")
    doc.ents = [Span(doc, 8, 11, "PLACE")]
    assert [(e.text, e.label_) for e in rulings(doc).ents] == [("喀拉峻草原", "PLACE")]


def test_rulings_relabel_a_model_venue_and_cut_a_place_back_to_a_known_name(nlp, rulings):
    # a venue the model read as an organisation is a landmark (§4); a model place whose last character
    # opens the segmenter's next word ends with the gazetteer's name (泰山 / 东岳庙会), but not when what
    # it added is a place suffix (天津街)
    doc = nlp.make_doc("深圳大运中心举办演唱会")
    doc.ents = [Span(doc, 0, 6, "ORG")]
    assert [(e.text, e.label_) for e in rulings(doc).ents] == [("深圳大运中心", "PLACE")]
    # (fifty-ninth round) a football or tennis centre is a venue too
    for text in ("西安国际足球中心启用以来", "光谷国际网球中心周边实行分区管控"):
        doc = nlp.make_doc(text)
        doc.ents = [Span(doc, 0, 8, "ORG")]
        assert [(e.text, e.label_) for e in rulings(doc).ents] == [(text[:8], "PLACE")]
    doc = nlp.make_doc("泰山东岳庙会期间游客众多")
    doc.ents = [Span(doc, 0, 3, "PLACE")]
    assert [(e.text, e.label_) for e in rulings(doc).ents] == [("泰山", "PLACE")]


def test_rulings_relabel_a_model_museum_or_library_an_organisation(nlp, rulings):
    # (sixtieth round) a museum or library the model read as a place is the institution (ORG), but
    # not when a place suffix follows it (武侯祠博物馆景区: the scenic area is the place)
    for text, end in (("宁波博物馆特展预约名额", 5), ("首都图书馆周边开展便衣巡控", 5)):
        doc = nlp.make_doc(text)
        doc.ents = [Span(doc, 0, end, "PLACE")]
        assert [(e.text, e.label_) for e in rulings(doc).ents] == [(text[:end], "ORG")]
    doc = nlp.make_doc("武侯祠博物馆景区开幕")
    doc.ents = [Span(doc, 0, 6, "PLACE")]
    assert [e.label_ for e in rulings(doc).ents] == ["PLACE"]


@pytest.mark.parametrize("text, entity, reason", [
    ("民警在麓山南路沿线学校开展宣传", "麓山南路沿线学校", "bodies of a kind around a place"),   # a locative inside
    ("景区周边酒店全部完成检查", "景区周边酒店", "bodies of a kind around a place"),
    ("在贵阳市云岩区贵州医科大学附属医院就诊", "贵阳市云岩区贵州医科大学附属医院", "a place and a body named from the next place"),
    ("近年来，重庆市江北区人民检察院共办理", "重庆市江北区人民检察院", None),   # 江北区 written in full continues the chain
    ("在武侯区玉林街道玉林小学开展宣传", "武侯区玉林街道玉林小学", None),          # the name repeats the chain's own
])
def test_rulings_on_places_before_bodies(rulings, text, entity, reason):
    start = text.index(entity)
    assert rulings.reason(text, start, start + len(entity), "ORG") == reason


def test_rulings_drop_a_body_before_men_only_where_it_is_fused(nlp, rulings):
    # 门 after a body: fused (公安/部门) unless a rule component ends a body there too and the segmenter
    # reads two words (附属第二医院 / 门诊); the model alone before 门口 often ran a clause together
    text = "一名老人在浙江大学医学院附属第二医院门诊大厅走散"
    doc = nlp.make_doc(text)
    start = text.index("浙江")
    end = text.index("门诊")
    doc.ents = [doc.char_span(start, end, "ORG")]
    assert rulings(doc).ents == ()
    doc = nlp.make_doc(text)
    doc.ents = [doc.char_span(start, end, "ORG")]
    doc.spans["organisations"] = [doc.char_span(text.index("大学医学院"), end, "ORG")]
    assert [e.text for e in rulings(doc).ents] == ["浙江大学医学院附属第二医院"]
    text = "各公安部门加强协作"
    doc = nlp.make_doc(text)
    doc.ents = [doc.char_span(1, 4, "POLICE_UNIT")]
    doc.spans["police_units"] = [doc.char_span(1, 4, "POLICE_UNIT")]
    assert rulings(doc).ents == ()


def test_a_station_name_opens_with_bu_only_after_its_unit_and_before_a_place_word(rulings):
    grammar = rulings.police_grammar
    assert grammar.name_ok("不老屯", in_chain=True)        # 密云分局 + 不老屯派出所: the village's station
    assert not grammar.name_ok("不老屯")                  # alone, 不 may be a negation's
    assert not grammar.name_ok("不定期", in_chain=True)    # no place word at its end: a clause
