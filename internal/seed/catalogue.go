package seed

import (
	"yuanbahui/ent/issue"
	"yuanbahui/ent/ticket"
	"yuanbahui/internal/workflow"
)

// This file holds the fixed vocabulary of the sample: place names, the
// catalogues (17 issue items, service types, points rules, supermarket goods,
// lecture themes) and the text templates records are composed from. Everything
// here is data; the generators in the other files only pick from it.

// districtCode and districtName identify Kaizhou (开州区).
const (
	districtCode = "500154"
	districtName = "开州区"
)

// townDef is a town, township or street of Kaizhou. Suffix is the 3 digits
// appended to the district code. Only 临江镇's code (500154104) is fixed by the
// product brief; the other suffixes are illustrative, unique and stable.
type townDef struct {
	Name, Suffix, Kind string
	// Villages, when set, names the first villages of the town in order.
	Villages []string
	// VillageCount is the town's number of villages and communities in the
	// district sample (the table sums to 500).
	VillageCount int
	// Lat and Lng place the town's seat (approximately; WGS-84).
	Lat, Lng float64
	// Busy scales how much happens in the town's courtyards (1 = average):
	// streets and large towns are busier, remote townships quieter.
	Busy float64
}

// townTable lists the towns in the order scales take them: a scale with n towns
// uses the first n entries.
var townTable = []townDef{
	{Name: "临江镇", Suffix: "104", Kind: "TOWN", Villages: []string{"三星村", "福德村", "红花村", "双河村"}, VillageCount: 12, Lat: 31.180, Lng: 108.270, Busy: 1.2},
	{Name: "高桥镇", Suffix: "112", Kind: "TOWN", Villages: []string{"大坪村"}, VillageCount: 13, Lat: 31.430, Lng: 108.300, Busy: 0.9},
	{Name: "三汇口乡", Suffix: "203", Kind: "TOWNSHIP", Villages: []string{"杨关村"}, VillageCount: 7, Lat: 31.500, Lng: 108.620, Busy: 0.75},
	{Name: "满月镇", Suffix: "127", Kind: "TOWN", Villages: []string{"满月村"}, VillageCount: 9, Lat: 31.560, Lng: 108.500, Busy: 0.7},
	{Name: "云枫街道", Suffix: "003", Kind: "STREET", Villages: []string{"永先社区"}, VillageCount: 18, Lat: 31.195, Lng: 108.360, Busy: 1.4},
	{Name: "汉丰街道", Suffix: "001", Kind: "STREET", VillageCount: 21, Lat: 31.165, Lng: 108.395, Busy: 1.5},
	{Name: "文峰街道", Suffix: "002", Kind: "STREET", VillageCount: 16, Lat: 31.180, Lng: 108.430, Busy: 1.4},
	{Name: "镇东街道", Suffix: "004", Kind: "STREET", VillageCount: 12, Lat: 31.160, Lng: 108.460, Busy: 1.3},
	{Name: "丰乐街道", Suffix: "005", Kind: "STREET", VillageCount: 13, Lat: 31.135, Lng: 108.370, Busy: 1.3},
	{Name: "白鹤街道", Suffix: "006", Kind: "STREET", VillageCount: 12, Lat: 31.120, Lng: 108.430, Busy: 1.2},
	{Name: "赵家街道", Suffix: "007", Kind: "STREET", VillageCount: 13, Lat: 31.225, Lng: 108.320, Busy: 1.2},
	{Name: "大德镇", Suffix: "101", Kind: "TOWN", VillageCount: 15, Lat: 31.280, Lng: 108.300, Busy: 1.0},
	{Name: "镇安镇", Suffix: "102", Kind: "TOWN", VillageCount: 16, Lat: 31.240, Lng: 108.470, Busy: 1.1},
	{Name: "厚坝镇", Suffix: "103", Kind: "TOWN", VillageCount: 13, Lat: 31.250, Lng: 108.230, Busy: 0.95},
	{Name: "金峰镇", Suffix: "105", Kind: "TOWN", VillageCount: 12, Lat: 31.310, Lng: 108.430, Busy: 0.9},
	{Name: "温泉镇", Suffix: "106", Kind: "TOWN", VillageCount: 18, Lat: 31.360, Lng: 108.500, Busy: 1.1},
	{Name: "郭家镇", Suffix: "107", Kind: "TOWN", VillageCount: 15, Lat: 31.290, Lng: 108.600, Busy: 1.0},
	{Name: "白桥镇", Suffix: "108", Kind: "TOWN", VillageCount: 13, Lat: 31.330, Lng: 108.180, Busy: 0.85},
	{Name: "和谦镇", Suffix: "109", Kind: "TOWN", VillageCount: 12, Lat: 31.410, Lng: 108.400, Busy: 0.85},
	{Name: "河堰镇", Suffix: "110", Kind: "TOWN", VillageCount: 13, Lat: 31.420, Lng: 108.540, Busy: 0.9},
	{Name: "大进镇", Suffix: "111", Kind: "TOWN", VillageCount: 16, Lat: 31.520, Lng: 108.420, Busy: 0.8},
	{Name: "谭家镇", Suffix: "113", Kind: "TOWN", VillageCount: 12, Lat: 31.340, Lng: 108.650, Busy: 0.85},
	{Name: "敦好镇", Suffix: "114", Kind: "TOWN", VillageCount: 13, Lat: 31.220, Lng: 108.640, Busy: 0.95},
	{Name: "九龙山镇", Suffix: "115", Kind: "TOWN", VillageCount: 12, Lat: 31.370, Lng: 108.320, Busy: 0.85},
	{Name: "天和镇", Suffix: "116", Kind: "TOWN", VillageCount: 11, Lat: 31.100, Lng: 108.620, Busy: 0.9},
	{Name: "中和镇", Suffix: "117", Kind: "TOWN", VillageCount: 14, Lat: 31.030, Lng: 108.400, Busy: 1.0},
	{Name: "义和镇", Suffix: "118", Kind: "TOWN", VillageCount: 12, Lat: 31.030, Lng: 108.250, Busy: 0.95},
	{Name: "竹溪镇", Suffix: "119", Kind: "TOWN", VillageCount: 14, Lat: 31.100, Lng: 108.190, Busy: 1.0},
	{Name: "铁桥镇", Suffix: "120", Kind: "TOWN", VillageCount: 12, Lat: 31.060, Lng: 108.320, Busy: 1.0},
	{Name: "南雅镇", Suffix: "121", Kind: "TOWN", VillageCount: 16, Lat: 31.070, Lng: 108.470, Busy: 1.05},
	{Name: "巫山镇", Suffix: "122", Kind: "TOWN", VillageCount: 10, Lat: 31.040, Lng: 108.540, Busy: 0.85},
	{Name: "岳溪镇", Suffix: "123", Kind: "TOWN", VillageCount: 14, Lat: 31.050, Lng: 108.100, Busy: 0.95},
	{Name: "长沙镇", Suffix: "124", Kind: "TOWN", VillageCount: 14, Lat: 31.120, Lng: 108.090, Busy: 1.0},
	{Name: "南门镇", Suffix: "125", Kind: "TOWN", VillageCount: 12, Lat: 31.100, Lng: 108.540, Busy: 1.0},
	{Name: "渠口镇", Suffix: "126", Kind: "TOWN", VillageCount: 14, Lat: 31.200, Lng: 108.560, Busy: 1.05},
	{Name: "关面乡", Suffix: "202", Kind: "TOWNSHIP", VillageCount: 6, Lat: 31.560, Lng: 108.680, Busy: 0.65},
	{Name: "紫水乡", Suffix: "204", Kind: "TOWNSHIP", VillageCount: 6, Lat: 31.450, Lng: 108.700, Busy: 0.7},
	{Name: "麻柳乡", Suffix: "205", Kind: "TOWNSHIP", VillageCount: 7, Lat: 31.480, Lng: 108.560, Busy: 0.7},
	{Name: "五通乡", Suffix: "206", Kind: "TOWNSHIP", VillageCount: 6, Lat: 31.160, Lng: 108.720, Busy: 0.75},
	{Name: "白泉乡", Suffix: "207", Kind: "TOWNSHIP", VillageCount: 6, Lat: 31.560, Lng: 108.780, Busy: 0.6},
}

// Kaizhou's extent (WGS-84): every place of the sample lies inside.
const (
	minLat, maxLat = 31.0, 31.6
	minLng, maxLng = 107.9, 108.9
)

// villageStems compose further village names (stem + 村) once a town's named
// villages are used up. None of them makes a name the report uses (三星, 杨关,
// 满月, 大坪), so those stay unique in the district.
var villageStems = []string{
	"金竹", "桂花", "石龙", "玉泉", "天星", "龙凤", "长林", "新华", "光明", "永兴",
	"太平", "白果", "青龙", "柏林", "水口", "石梁", "竹园", "花园", "团结", "和平",
	"黄泥", "铜鼓", "复兴", "凤凰", "梨树", "杉木", "茶园", "盐井", "乐园", "龙泉",
	"石门", "双龙", "红旗", "向阳", "新民", "胜利", "红岩", "金龙", "银杏", "青山",
	"大湾", "长岭", "石桥", "三合", "四方", "鹿鸣", "马鞍", "狮子", "白云", "凉水",
	"鱼泉", "清泉", "桃园", "柳池", "莲花", "兴隆", "安乐", "长春", "福寿", "宝塔",
	"岩口", "中坪", "高坪", "大塘", "新屋", "红光", "联合", "民主", "先锋", "星火",
	"东升", "平安", "跃进", "合力", "金花", "堰坪", "松树", "柑子", "橘园", "洞坪",
	"晒坝", "团坝", "凤鸣", "双桥", "龙井", "永丰", "凤山", "金山", "富民", "三坝",
}

// namedCourtyards are courtyards the report names, by village: they come
// first among the village's courtyards.
var namedCourtyards = map[string][]string{
	"杨关村": {"水桶湾院坝"},
}

// communityStems compose urban community names (stem + 社区) in streets.
var communityStems = []string{
	"滨湖", "南河", "东河", "盛山", "新城", "锦华", "东华", "安康", "兴华", "滨江",
	"迎仙", "盛世", "平桥", "书院", "上河", "下河", "金科", "汉城", "体育", "帅乡",
	"举子", "清江", "观音岩", "驷马", "陈家湾", "大慈", "城西", "城东", "汉江", "浦里",
}

// surnames are common family names of north-east Chongqing, most frequent first
// (the order weights the draw).
var surnames = []string{
	"杨", "李", "王", "张", "刘", "陈", "向", "冉", "谭", "周", "黄", "熊", "付", "雷",
	"邓", "唐", "彭", "吴", "赵", "蒋", "何", "罗", "余", "胡", "程", "曾", "郑", "邱",
	"易", "龚", "文", "汤", "肖", "田", "冯", "梁",
}

// Given-name characters by generation and gender.
var (
	givenOldMale     = []rune("国全明德成林洪忠春海富贵志永光兵福山祥安云发才学远华章仁义")
	givenOldFemale   = []rune("秀英兰芳琼红梅莉霞玉群珍凤琴素桂翠菊碧蓉淑萍")
	givenYoungMale   = []rune("浩宇轩俊杰鑫涛磊超鹏飞博文强伟勇建军平斌")
	givenYoungFemale = []rune("欣怡涵婷雨思瑶琳佳雪静丽娟艳敏燕慧倩月")
)

// Courtyard name parts: a courtyard is named after a family (杨家), a landform
// (大田, 石板) or both with a place suffix (杨家湾, 石板坡), then 院坝.
var (
	landforms       = []string{"大田", "石板", "水井", "竹林", "堰塘", "老屋", "柏树", "黄桷", "松林", "枫香", "梨子", "桐子", "水桶", "响水", "凉风", "菜园", "白岩", "磨子", "碾盘", "观音"}
	placeSuffixes   = []string{"湾", "坪", "坝", "岭", "沟", "坡", "垭", "嘴"}
	courtyardSuffix = "院坝"
)

// itemDef is one of the 17 high-frequency deliberation items, with the text
// its issues are composed from.
type itemDef struct {
	Code     string
	Name     string
	Category issue.Category
	// Weight is the item's share within its category.
	Weight int
	Titles []string
	// Decisions may contain {fund}, replaced by the amount decided.
	Decisions []string
	Outcomes  []string
	// FundsYuan lists collective-fund amounts a decision may spend; empty for
	// items that spend none.
	FundsYuan []int
	// Escalate is the chance an issue of the item goes up to the village.
	Escalate float64
}

// issueItems is the catalogue of the 17 high-frequency items in 4 categories.
var issueItems = []itemDef{
	// 公益设施维护
	{Code: "ROAD_REPAIR", Name: "道路维修", Category: issue.CategoryPUBLIC_FACILITY, Weight: 5,
		Titles:    []string{"通组公路坑洼路段维修", "入户便道硬化", "暴雨冲毁路基修复", "急弯处加装护栏"},
		Decisions: []string{"动用村集体资金{fund}，组织群众投工投劳修复路面", "申请村集体资金{fund}购买水泥砂石，群众义务出工", "群众投工投劳，自行清理修复路面"},
		Outcomes:  []string{"路面已修复通车，群众出行方便了", "便道硬化完成，雨天不再踩泥"},
		FundsYuan: []int{1500, 2400, 3600, 5000, 8000}, Escalate: 0.25},
	{Code: "WATER_SUPPLY", Name: "饮水管网维修", Category: issue.CategoryPUBLIC_FACILITY, Weight: 5,
		Titles:    []string{"自来水管破损漏水维修", "蓄水池清淤及闸阀更换", "饮水管网延伸入户"},
		Decisions: []string{"更换破损管道、闸阀、三通，动用村集体资金{fund}", "动用村集体资金{fund}清淤蓄水池并更换闸阀", "受益农户按户自筹，更换破损管道"},
		Outcomes:  []string{"管网修复，各户恢复正常供水", "蓄水池清理干净，水质明显改善"},
		FundsYuan: []int{800, 1200, 1800, 1800, 2600, 3500}, Escalate: 0.1},
	{Code: "STREETLIGHT", Name: "路灯照明", Category: issue.CategoryPUBLIC_FACILITY, Weight: 3,
		Titles:    []string{"院坝太阳能路灯损坏维修", "新增夜间照明路灯", "路灯电池板更换"},
		Decisions: []string{"动用村集体资金{fund}维修更换路灯", "联系供电所和厂家保修期内免费维修"},
		Outcomes:  []string{"路灯已亮，夜间出行更安全"},
		FundsYuan: []int{600, 900, 1500, 2000}, Escalate: 0.05},
	{Code: "IRRIGATION", Name: "沟渠山坪塘整治", Category: issue.CategoryPUBLIC_FACILITY, Weight: 3,
		Titles:    []string{"暴雨后沟渠淤塞清理", "山坪塘堤坝渗漏加固", "灌溉渠道破损修补"},
		Decisions: []string{"院坝长带领群众清淤，动用村集体资金{fund}购买材料", "院坝长带领群众义务清淤，不花集体资金"},
		Outcomes:  []string{"沟渠恢复畅通，排水灌溉正常"},
		FundsYuan: []int{500, 1000, 2000, 4000}, Escalate: 0.2},
	{Code: "PUBLIC_VENUE", Name: "院坝活动场所维护", Category: issue.CategoryPUBLIC_FACILITY, Weight: 2,
		Titles:    []string{"篮球场边堡坎安装护栏", "院坝议事亭修缮", "活动坝子地面修补"},
		Decisions: []string{"动用村集体资金{fund}安装护栏，驻村工作队协调材料", "群众投工投劳修补，驻村工作队协调材料"},
		Outcomes:  []string{"护栏已安装，老人小孩看球更安全"},
		FundsYuan: []int{1200, 2500, 3000}, Escalate: 0.15},
	// 人居环境整治
	{Code: "WASTE_COLLECTION", Name: "垃圾清运", Category: issue.CategoryLIVING_ENVIRONMENT, Weight: 5,
		Titles:    []string{"垃圾收集点设置与定时清运", "河沟垃圾清理", "建筑垃圾乱堆清运"},
		Decisions: []string{"新设垃圾收集点，各户轮流值守", "动用村集体资金{fund}购置垃圾桶，保洁员每周清运两次"},
		Outcomes:  []string{"垃圾定点投放，院坝干净整洁"},
		FundsYuan: []int{400, 600, 1000}, Escalate: 0.05},
	{Code: "SEWAGE", Name: "污水治理", Category: issue.CategoryLIVING_ENVIRONMENT, Weight: 4,
		Titles:    []string{"生活污水乱排整治", "化粪池溢流处理", "污水管道堵塞疏通"},
		Decisions: []string{"动用村集体资金{fund}铺设污水管，接入集中处理池", "各户自行疏通化粪池，院坝长督促落实"},
		Outcomes:  []string{"污水不再横流，异味消除"},
		FundsYuan: []int{1500, 3000, 4500}, Escalate: 0.15},
	{Code: "TOILET_RENOVATION", Name: "厕所改造", Category: issue.CategoryLIVING_ENVIRONMENT, Weight: 2,
		Titles:    []string{"旱厕改造动员", "公共厕所维修"},
		Decisions: []string{"申请改厕补助，动用村集体资金{fund}补足差额"},
		Outcomes:  []string{"改厕完成，卫生条件改善"},
		FundsYuan: []int{800, 1600}, Escalate: 0.1},
	{Code: "COURTYARD_CLEANUP", Name: "房前屋后清理", Category: issue.CategoryLIVING_ENVIRONMENT, Weight: 4,
		Titles:    []string{"房前屋后柴草杂物清理", "乱搭乱建棚圈拆除", "院坝绿化补植"},
		Decisions: []string{"约定每月一次院坝大扫除，参与户加积分", "限期拆除违搭棚圈，群众互助搬运"},
		Outcomes:  []string{"院坝面貌焕然一新", "棚圈已拆除，院坝敞亮了"},
		Escalate:  0.02},
	{Code: "LIVESTOCK_MANURE", Name: "畜禽粪污治理", Category: issue.CategoryLIVING_ENVIRONMENT, Weight: 2,
		Titles:    []string{"散养家禽粪污治理", "养猪户粪污异味整改"},
		Decisions: []string{"家禽圈养，粪污还田利用", "养殖户建沼气池，限期整改"},
		Outcomes:  []string{"异味明显减少，邻里满意"},
		Escalate:  0.05},
	// 矛盾纠纷调处
	{Code: "NEIGHBOUR_DISPUTE", Name: "邻里纠纷", Category: issue.CategoryDISPUTE, Weight: 6,
		Titles:    []string{"屋檐滴水引发邻里纠纷", "宅基地边界围墙纠纷", "排水沟走向邻里纠纷", "家禽啄食庄稼引发纠纷"},
		Decisions: []string{"院坝长现场调解，双方达成和解协议", "请老党员见证，双方各让一步"},
		Outcomes:  []string{"双方握手言和，协议已履行"},
		Escalate:  0.05},
	{Code: "LAND_DISPUTE", Name: "土地纠纷", Category: issue.CategoryDISPUTE, Weight: 4,
		Titles:    []string{"承包地界址纠纷", "林地权属争议", "土地流转租金纠纷"},
		Decisions: []string{"对照确权图现场勘界，重新埋设界桩", "村社出面协调，按合同补付租金"},
		Outcomes:  []string{"界址明确，纠纷化解"},
		Escalate:  0.3},
	{Code: "FAMILY_DISPUTE", Name: "婚恋家庭纠纷", Category: issue.CategoryDISPUTE, Weight: 3,
		Titles:    []string{"夫妻矛盾调解", "婚约彩礼返还纠纷", "分家析产纠纷"},
		Decisions: []string{"妇联执委与院坝长上门调解，双方签订协议"},
		Outcomes:  []string{"家庭关系缓和，回访无反复"},
		Escalate:  0.1},
	{Code: "ELDER_SUPPORT", Name: "赡养纠纷", Category: issue.CategoryDISPUTE, Weight: 2,
		Titles:    []string{"老人赡养费分摊纠纷", "子女轮流照料老人安排"},
		Decisions: []string{"兄弟姊妹按月分摊赡养费，院坝长监督履行"},
		Outcomes:  []string{"赡养费按月到位，老人生活有保障"},
		Escalate:  0.1},
	// 移风易俗
	{Code: "NEEDLESS_BANQUET", Name: "无事酒", Category: issue.CategoryCUSTOMS, Weight: 5,
		Titles:    []string{"劝阻升学宴等无事酒", "劝阻乔迁酒、生日酒", "制止借机敛财的无事酒"},
		Decisions: []string{"院坝长上门劝导，主家取消宴席", "纳入院坝公约：除婚丧外不办酒席"},
		Outcomes:  []string{"宴席已取消，为群众减轻人情负担"},
		Escalate:  0.02},
	{Code: "HIGH_BRIDE_PRICE", Name: "高价彩礼", Category: issue.CategoryCUSTOMS, Weight: 3,
		Titles:    []string{"高价彩礼劝导", "倡议彩礼从简"},
		Decisions: []string{"红白理事会出面协商，彩礼降至双方可承受范围", "院坝公约写明彩礼从简"},
		Outcomes:  []string{"婚事顺利新办，双方家庭满意"},
		Escalate:  0.02},
	{Code: "LAVISH_CEREMONY", Name: "大操大办", Category: issue.CategoryCUSTOMS, Weight: 3,
		Titles:    []string{"丧事简办倡议", "婚事新办、限制宴席桌数", "禁止燃放大型烟花"},
		Decisions: []string{"红白理事会备案，宴席不超过二十桌", "院坝群众举手通过简办约定"},
		Outcomes:  []string{"按约定简办，节约开支"},
		Escalate:  0.02},
}

// serviceDef is a proxy service with its documents, process and time limit.
type serviceDef struct {
	Code      string
	Name      string
	Documents []string
	Steps     []string
	LimitDays int
	// Weight is the service's share of tickets; Peak months triple it.
	Weight int
	Peak   []int
	// Modes weights ON_SITE, END_TO_END and ASSISTED.
	Modes [3]int
	// MinAge restricts applicants (e.g. the old-age allowance); 0 for any adult.
	MinAge int
}

// ticketModes matches serviceDef.Modes.
var ticketModes = [3]ticket.Mode{ticket.ModeON_SITE, ticket.ModeEND_TO_END, ticket.ModeASSISTED}

// allowedModes are the modes the service allows: those of non-zero weight.
func (d serviceDef) allowedModes() []string {
	var out []string
	for i, w := range d.Modes {
		if w > 0 {
			out = append(out, string(ticketModes[i]))
		}
	}
	return out
}

// serviceTypes is the catalogue of proxy services.
var serviceTypes = []serviceDef{
	{Code: "MINIMUM_LIVING_ALLOWANCE", Name: "低保申请", LimitDays: 30, Weight: 3, Modes: [3]int{1, 6, 3},
		Documents: []string{"申请人身份证", "户口簿", "家庭收入及财产状况声明", "低保申请书", "银行卡（折）"},
		Steps:     []string{"代办员上门收集材料", "村（社区）民主评议并公示", "镇人民政府审核", "区民政局审批", "按月发放低保金"}},
	{Code: "SOCIAL_INSURANCE", Name: "城乡居民养老保险办理", LimitDays: 15, Weight: 3, Modes: [3]int{4, 3, 3},
		Documents: []string{"身份证", "户口簿", "银行卡（折）"},
		Steps:     []string{"填写参保登记表", "镇社保所审核", "录入社保系统", "确认缴费档次"}},
	{Code: "MEDICAL_INSURANCE", Name: "城乡居民医保参保缴费", LimitDays: 7, Weight: 4, Peak: []int{9, 10, 11, 12}, Modes: [3]int{6, 1, 3},
		Documents: []string{"身份证", "户口簿"},
		Steps:     []string{"核对参保信息", "代缴或指导线上缴费", "打印缴费凭证"}},
	{Code: "HOUSING_TITLE", Name: "房屋产权审批", LimitDays: 30, Weight: 2, Modes: [3]int{0, 7, 3},
		Documents: []string{"身份证", "户口簿", "宅基地批准文件", "房屋测绘报告", "村委会证明"},
		Steps:     []string{"代办员收件并核对", "村委会审核公示", "镇规划建设办审核", "区不动产登记中心登簿", "领取不动产权证书"}},
	{Code: "DISABILITY_CERT", Name: "残疾证办理", LimitDays: 20, Weight: 1, Modes: [3]int{1, 5, 4},
		Documents: []string{"身份证", "户口簿", "近期免冠照片", "医院诊断证明"},
		Steps:     []string{"提交申请", "指定医院评定残疾等级", "区残联审核", "制证发放"}},
	{Code: "ELDERLY_ALLOWANCE", Name: "高龄补贴申请", LimitDays: 15, Weight: 2, Modes: [3]int{5, 4, 1}, MinAge: 80,
		Documents: []string{"身份证", "户口簿", "银行卡（折）"},
		Steps:     []string{"代办员上门采集信息", "村委会初审", "镇民政办审核", "补贴按月发放"}},
	{Code: "HOUSEHOLD_REGISTRATION", Name: "户籍办理", LimitDays: 10, Weight: 2, Modes: [3]int{2, 5, 3},
		Documents: []string{"户口簿", "身份证", "出生医学证明或结婚证"},
		Steps:     []string{"收集材料", "派出所审核", "办理落户或迁移", "领取户口簿"}},
	{Code: "RURAL_HOUSING", Name: "农村建房审批", LimitDays: 20, Weight: 1, Peak: []int{2, 3, 10}, Modes: [3]int{0, 6, 4},
		Documents: []string{"身份证", "户口簿", "建房申请书", "宅基地使用权证明", "建房设计图或通用图集", "相邻权利人意见"},
		Steps:     []string{"村民小组评议", "村委会审查并公示", "镇政府联审", "核发乡村建设规划许可证", "放样及竣工验收"}},
}

// ruleDef is a published points rule. Weight is its share of everyday entries
// (0: only given for specific events).
type ruleDef struct {
	Code, Name, Description string
	Points, Weight          int
}

// Codes of the rules the generators give for specific events.
const (
	ruleLandForRoad = "LAND_FOR_ROAD"
	ruleGoldenIdea  = "GOLDEN_IDEA"
	ruleAttend      = "ATTEND_GATHERING"
)

// pointRules is the catalogue of points rules (1 point ≈ 1 yuan).
var pointRules = []ruleDef{
	{Code: ruleLandForRoad, Name: "让地修路", Points: 20, Description: "自愿无偿调剂土地支持通组公路等公益建设"},
	{Code: "VOLUNTEER_LABOUR", Name: "参加院坝义务劳动", Points: 5, Weight: 5, Description: "参与清淤、修路、环境整治等义务投工投劳"},
	{Code: ruleAttend, Name: "参加院坝会", Points: 2, Weight: 6, Description: "参加院坝议事会或宣讲活动"},
	{Code: "TIDY_COURTYARD", Name: "庭院整洁", Points: 10, Weight: 3, Description: "月度美丽庭院评比获评整洁户"},
	{Code: "SIMPLE_CEREMONY", Name: "红白喜事简办", Points: 10, Weight: 2, Description: "按院坝公约简办婚丧事宜"},
	{Code: ruleGoldenIdea, Name: "金点子被采纳", Points: 5, Description: "提出的金点子被村社采纳"},
	{Code: "NEEDLESS_BANQUET", Name: "操办无事酒", Points: -10, Weight: 1, Description: "违反院坝公约操办无事酒"},
}

// goodDef is a good stocked by village points supermarkets.
type goodDef struct {
	Name string
	Cost int
}

// supermarketGoods are the goods village points supermarkets stock from.
var supermarketGoods = []goodDef{
	{"大米（10公斤）", 20}, {"食用油（5升）", 60}, {"洗衣粉（2公斤）", 12}, {"牙膏", 8}, {"毛巾", 10},
	{"洗洁精", 8}, {"卫生纸（10卷）", 15}, {"酱油", 8}, {"挂面（2公斤）", 10}, {"食盐", 3},
	{"肥皂", 4}, {"保温杯", 30},
}

// lectureTopics are the eight lectures "院坝八讲" every district's catalogue
// starts with, in order (seeder.topicIDs holds their ids).
var lectureTopics = workflow.DefaultLectureTopics

// themeTitles lists quarter-theme titles per lecture topic (same order as lectureTopics).
var themeTitles = [][]string{
	{"学习贯彻党的二十届三中全会精神", "习近平新时代中国特色社会主义思想进院坝", "学习新时代“枫桥经验”"},
	{"城乡居民医保参保政策解读", "耕地保护与农村建房政策", "低保、临时救助政策明白卡", "惠农补贴政策一本通"},
	{"老年人高血压糖尿病防治", "夏季防溺水与防中暑", "流感季节家庭防护", "家庭医生签约服务"},
	{"民法典与婚姻家庭", "防范电信网络诈骗", "土地承包与流转法律常识", "农民工讨薪维权"},
	{"身边好人事迹分享", "最美院坝长讲述", "孝老爱亲模范故事"},
	{"柑橘春季管护技术", "生猪养殖防疫要点", "中药材种植与销售", "农村电商直播入门"},
	{"汛期地质灾害防范", "森林防火与野外用火", "农村用电用气安全", "交通安全进院坝"},
	{"家乡这些年的新变化", "通组公路带来的变化", "院坝里的新风尚"},
}

// outsideSpeakers are speakers not on record, per lecture topic.
var outsideSpeakers = []string{
	"明德帅乡宣讲志愿者", "驻村工作队员", "镇卫生院医生", "镇司法所干部",
	"身边好人代表", "区农技站技术员", "镇应急办干部", "村党支部书记",
}

// ideaContents are golden ideas residents submit.
var ideaContents = []string{
	"利用院坝闲置空地种植花椒，发展庭院经济",
	"组建院坝志愿巡逻队，守护平安院落",
	"把废弃猪圈改造为院坝议事亭",
	"统一设置垃圾收集点，由各户轮流值守",
	"用院坝微信群发布农产品销售信息，帮老人卖土货",
	"在通组公路急弯处加装反光镜",
	"成立红白理事会，统一宴席标准",
	"组织留守老人互助结对，定期上门看望",
	"引进柑橘新品种，请农技站统一技术指导",
	"在院坝设置政策宣传栏，按月更新",
	"开展“最美庭院”评比，评上的户加积分",
	"集中流转撂荒地种植中药材，收益按股分红",
	"雨季前组织群众清理排水沟，防止内涝",
	"在院坝设立代办服务点，每周固定时间坐班",
}

// ratingComments are remarks some ratings carry, by score (index score-1).
var ratingComments = [][]string{
	{"长期联系不上，群众反映的事没人管", "答应的事一直没办"},
	{"办事拖拉，需要改进", "很少到院坝来"},
	{"基本满意，希望多来院坝走走"},
	{"办事认真，态度好", "讲得通俗易懂"},
	{"跑前跑后，群众少跑腿", "事事有回音，非常满意", "讲得好，听得懂，用得上"},
}

// awardCitations are the citations of the "五个最美" awards by category.
var awardCitations = map[string]string{
	"COURTYARD": "议事协商有序，人居环境整洁，群众参与度高",
	"HEAD":      "带头议事、带头出工，群众信得过的院坝长",
	"AGENT":     "代办事项件件有回音，群众少跑腿",
	"PUBLICIST": "院坝八讲讲到群众心坎上",
	"INFORMANT": "民情收集及时，矛盾隐患早发现早化解",
}

// grantDescriptions describe grants by purpose (index matches grantPurposes).
var grantDescriptions = [][]string{
	{"发展庭院柑橘种植", "建设院坝小菜园与农产品晾晒场", "庭院养蜂项目"},
	{"美丽院坝环境提升：绿化、路灯、休闲坝子", "院坝议事亭及宣传栏建设"},
	{"平安院落：安装视频监控与消防器材", "院坝护栏及道路安全设施"},
	{"院坝文化活动设施"},
}
