package org.chengguan.disclosure.demo;

import java.util.List;

import org.chengguan.disclosure.DocumentEntry;
import org.chengguan.disclosure.DocumentKind;
import org.chengguan.disclosure.internal.DocumentDraft;

/**
 * The first version of each document for the demo: drawn from the Huaibei report the platform is modelled on (「一图两单
 * 三册」, 「四进」社区, 「站、亭、队」, 「门责制」, 「三整治一提升」, the 20-point assessment) and the catalogue of DOMAIN.md.
 * Legal bases name only national laws and regulations; no article numbers are cited. A city replaces these texts with
 * its own through the API.
 */
final class DemoDocuments {

	private static final String CITY_RULES = "《城市市容和环境卫生管理条例》";

	private DemoDocuments() {
	}

	static DocumentDraft of(DocumentKind kind) {
		return switch (kind) {
			case DUTY_LIST -> dutyList();
			case ITEM_LIST -> itemList();
			case HANDBOOK_DISTRICT -> districtHandbook();
			case HANDBOOK_STREET -> streetHandbook();
			case HANDBOOK_COMMUNITY -> communityHandbook();
		};
	}

	private static DocumentDraft dutyList() {
		return new DocumentDraft("城管进社区职责清单",
				"坚持群众在哪里，城市管理服务就延伸到哪里。社区城管队员在街道党工委领导下，依托社区城市管理工作站开展工作，"
						+ "做到“进得准、进得全、进得深、进得实”。",
				List.of(duty("市容环境巡查", "每日巡查社区及周边道路、小区出入口，发现暴露垃圾、积存垃圾渣土、道路不洁、乱堆物堆料等问题，"
						+ "能当场处置的当场处置，不能处置的通过平台上报。"),
						duty("街面秩序管理", "劝导和依法查处占道经营、店外经营、流动摊贩，引导摊贩到临时摊群点、早市夜市等便民服务摊群点规范经营。"),
						duty("违法建设防控", "对居民小区乱搭乱建做到早发现、早制止、早报告，配合街道和执法中队依法处置。"),
						duty("广告招牌管理", "清理违规小广告，督促整改违规户外广告和破损广告牌匾。"),
						duty("油烟噪声治理", "受理并处置群众反映的餐饮油烟、噪声扰民、施工扰民问题，做好源头劝导。"),
						duty("绿化与设施保护", "制止毁绿损绿行为，发现井盖、路灯、垃圾箱等设施损坏及时上报，由专业部门处置。"),
						duty("生活垃圾分类", "宣传和督促生活垃圾分类，配合物业和环卫部门整治小区垃圾乱扔乱倒。"),
						duty("充电安全", "劝导电动自行车“飞线”充电，引导居民使用小区充电设施，消除安全隐患。"),
						duty("群众诉求办理", "办理平台派给社区的案件；群众回访不满意的，加大办理力度，并耐心做好解释，办结后第一时间向群众反馈。"),
						duty("“四进”社区", "开展法律宣传、便民服务、城管执法、智慧城管“四进”社区活动，参加社区党建联席会收集群众诉求。"),
						duty("门前责任制", "实施市容环境“门责制”管理，指导商户自治联盟，参与星级文明户评选。"),
						duty("公示与监督", "在社区周边公示队员姓名、电话、照片和监督方式，畅通群众反映、投诉渠道，接受群众监督。")));
	}

	private static DocumentDraft itemList() {
		return new DocumentDraft("城管进社区事项清单",
				"社区常见城市管理问题的办理事项、法律依据和承办部门。群众可通过“随手拍”、12319热线或社区城市管理工作站反映。",
				List.of(item("占道经营", "在道路、广场等公共场所擅自摆摊设点、占道经营的劝导和查处。", CITY_RULES, "ENFORCEMENT",
						"E0502"),
						item("店外经营", "临街商户超出门窗、外墙摆卖和作业的劝导和查处。", CITY_RULES, "ENFORCEMENT", "E0503"),
						item("无照经营游商", "流动无照经营的劝导和查处，引导进入便民服务摊群点。", "《无证无照经营查处办法》、" + CITY_RULES,
								"ENFORCEMENT", "E0501"),
						item("私搭乱建", "居民小区及周边未经许可搭建建筑物、构筑物的制止和查处。", "《中华人民共和国城乡规划法》", "ENFORCEMENT",
								"E0101"),
						item("暴露垃圾", "生活垃圾、建筑垃圾裸露堆放的清理。", CITY_RULES + "、《中华人民共和国固体废物污染环境防治法》",
								"SANITATION", "E0102"),
						item("积存垃圾渣土", "长期积存的垃圾、渣土的清运。", CITY_RULES + "、《中华人民共和国固体废物污染环境防治法》",
								"SANITATION", "E0103"),
						item("道路遗撒", "运输车辆沿途遗撒的查处和清理。", CITY_RULES, "ENFORCEMENT", "E0304"),
						item("餐饮油烟", "餐饮服务单位油烟未经净化排放、扰民的查处。", "《中华人民共和国大气污染防治法》", "ENFORCEMENT",
								"E0108"),
						item("噪声扰民", "商业经营活动等产生噪声、干扰居民正常生活的查处。", "《中华人民共和国噪声污染防治法》", "ENFORCEMENT",
								"E0109"),
						item("施工扰民", "夜间违规施工等施工噪声扰民的查处。", "《中华人民共和国噪声污染防治法》", "ENFORCEMENT", "E0301"),
						item("工地扬尘", "建设工地扬尘防治措施不到位的督促整改。", "《中华人民共和国大气污染防治法》", "HOUSING", "E0302"),
						item("违规户外广告", "未经许可或不符合规范设置户外广告的整改和查处。", CITY_RULES, "ENFORCEMENT", "E0202"),
						item("非法小广告", "乱张贴、乱涂写、乱刻画小广告的清理。", CITY_RULES, "STREET_OFFICE", "E0201"),
						item("乱堆物堆料", "在公共场所、楼道乱堆物料的清理。", CITY_RULES, "STREET_OFFICE", "E0506"),
						item("毁绿损绿", "损毁绿地、树木，占用绿地的制止和查处。", "《城市绿化条例》", "LANDSCAPE", "E0507"),
						item("非机动车乱停放", "非机动车乱停乱放的劝导和整理。", "《中华人民共和国道路交通安全法》", "STREET_OFFICE", "E0505"),
						item("废弃车辆", "小区及道路上长期停放的废弃车辆的清理。", "《中华人民共和国道路交通安全法》", "TRAFFIC_MANAGEMENT",
								"E0107"),
						item("电动车飞线充电", "私拉电线为电动自行车充电的劝导和整改。", "《中华人民共和国消防法》", "STREET_OFFICE", "E0508")));
	}

	private static DocumentDraft districtHandbook() {
		return new DocumentDraft("城管进社区区级执法手册", "区城市管理部门推进城管进社区工作的职责、机制和考核。",
				List.of(duty("一、职责分工", "区城市管理部门统筹全区城管进社区工作，将执法力量下沉到街道和社区，"
						+ "建设规范化城管中队，实现“站、亭、队”点线面全域覆盖。"),
						duty("二、部门联动", "依托智慧城管平台，按类别和区域把案件派遣给专业部门；需要多部门处置的，确定牵头部门和协办部门，"
								+ "开展“综合查一次”联合执法。"),
						duty("三、专项整治", "结合“三整治一提升”行动，重点整治居民小区乱搭乱建、生活垃圾分类、废弃汽车、毁绿损绿、违规小广告等问题。"),
						duty("四、考核评价", "城管进社区工作纳入城市管理效能考核，赋予分值20分，实行周考核、月调度、季点评；"
								+ "结案率、按期结案率、群众满意率按月通报。"),
						duty("五、作风建设", "开展“文明规范执法”教育整顿，把城管进社区工作成效作为评先评优的重要依据。")));
	}

	private static DocumentDraft streetHandbook() {
		return new DocumentDraft("城管进社区街道执法手册", "街道党工委牵头、城管中队和岗亭支撑的街道层面工作规范。",
				List.of(duty("一、党建引领", "发挥“街道党工委—社区党支部—小区党小组—党员居民理事会”四级组织作用，"
						+ "由街道党工委牵头实施综合执法、联动整治。"),
						duty("二、中队与岗亭", "城管中队负责辖区街面秩序和执法办案；城管执法服务岗亭设在街头，就近受理群众求助和反映。"),
						duty("三、快速处置", "值班长对本街道上报的问题及时立案或说明不予立案的理由；简单问题由网格员、队员当场处置。"),
						duty("四、联合执法", "对涉及多个部门的问题，街道组织相关部门一次到场、联合处置，避免重复检查。"),
						duty("五、反馈与回访", "办理结果第一时间向群众反馈，群众满意的及时销号；不满意的，督促社区城管队员重新办理。")));
	}

	private static DocumentDraft communityHandbook() {
		return new DocumentDraft("城管进社区社区执法手册", "社区城市管理工作站和社区城管队员的日常工作规范。",
				List.of(duty("一、工作站", "每个社区设立城市管理工作站，公示队员姓名、电话、照片、监督方式，站长电话对外公开。"),
						duty("二、日常巡查", "队员每日按网格巡查，发现问题通过平台上报，能当场解决的当场解决。"),
						duty("三、五方共治", "健全社区党组织、物业企业、业主委员会、包保单位、城管部门五方参与的工作机制，共同解决小区治理难题。"),
						duty("四、便民服务", "引导居民使用便民服务地图查找农贸市场、临时摊群点、公厕、停车场和充电设施。"),
						duty("五、文明执法", "执法时出示证件、说明依据、听取陈述，先教育劝导后依法处理，做到有温度的执法。")));
	}

	private static DocumentEntry duty(String heading, String text) {
		return new DocumentEntry(heading, text, null, null, null);
	}

	private static DocumentEntry item(String heading, String text, String legalBasis, String department,
			String category) {
		return new DocumentEntry(heading, text, legalBasis, department, category);
	}
}
