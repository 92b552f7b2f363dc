package org.chengguan.identity;

/** What a user may do on the platform (角色). A user may hold several; staff roles come with a region scope. */
public enum Role {

	/** 市民: reports problems and follows their own cases. Has no region scope. */
	CITIZEN("市民"),
	/** 网格员/监督员: patrols their grids, reports and verifies cases, checks handling on site. */
	INSPECTOR("网格员/监督员"),
	/** 受理员: takes reports in and files or voids them. */
	OPERATOR("受理员"),
	/** 值班长: approves filing, returns, extensions and shelving for their area. */
	SHIFT_LEADER("值班长"),
	/** 派遣员: dispatches filed cases to departments. */
	DISPATCHER("派遣员"),
	/** 专业部门处置人员: handles cases dispatched to their department. */
	HANDLER("专业部门处置人员"),
	/** 社区城管队员: the city-management officer stationed in a community. */
	OFFICER("社区城管队员"),
	/** 领导: urges and supervises; overdue cases escalate to them. */
	LEADER("领导"),
	/** 系统管理员: manages users and imports. */
	ADMIN("系统管理员");

	private final String chineseName;

	Role(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return chineseName;
	}

	/** Every role but {@link #CITIZEN}: held by staff, who need a region scope. */
	public boolean isStaff() {
		return this != CITIZEN;
	}
}
