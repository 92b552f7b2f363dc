package org.chengguan.cases;

/** How often a case was reworked (返工), returned (回退), extended (延期), reopened and urged (催办). */
public final class Counters {

	static final Counters ZERO = new Counters(0, 0, 0, 0, 0);

	private int rework;

	private int returns;

	private int extensions;

	private int reopens;

	private int urges;

	public Counters(int rework, int returns, int extensions, int reopens, int urges) {
		this.rework = rework;
		this.returns = returns;
		this.extensions = extensions;
		this.reopens = reopens;
		this.urges = urges;
	}

	Counters copy() {
		return new Counters(rework, returns, extensions, reopens, urges);
	}

	void reworked() {
		rework++;
	}

	void returned() {
		returns++;
	}

	void extended() {
		extensions++;
	}

	void reopened() {
		reopens++;
	}

	void urged() {
		urges++;
	}

	public int rework() {
		return rework;
	}

	public int returns() {
		return returns;
	}

	public int extensions() {
		return extensions;
	}

	public int reopens() {
		return reopens;
	}

	public int urge() {
		return urges;
	}
}
