package org.chengguan.campaigns;

/**
 * What a campaign's target (目标) measures. Counts are whole numbers of things; rates are percentages (0–100].
 * Case figures come from the assessment (考核) over the campaign's slice and period, inspections from the tags.
 */
public enum TargetMeasure {

	/** 上报案件数: cases reported in scope during the period */
	CASES_REPORTED(false),
	/** 结案数: of the cases filed in scope during the period, those closed now (the assessment's 结案) */
	CASES_CLOSED(false),
	/** 结案率 (%): closed / should close, the assessment's closure rate over the slice */
	CLOSURE_RATE(true),
	/** 按期结案率 (%): closed on time / should close, the assessment's on-time closure rate over the slice */
	ON_TIME_RATE(true),
	/** 检查商户数: joint inspections (综合查一次) made in scope during the period */
	MERCHANTS_INSPECTED(false);

	private final boolean rate;

	TargetMeasure(boolean rate) {
		this.rate = rate;
	}

	/** Whether the measure is a percentage (at most 100) rather than a count. */
	public boolean rate() {
		return rate;
	}
}
