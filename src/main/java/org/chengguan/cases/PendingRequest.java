package org.chengguan.cases;

/** A handler's request waiting for the dispatcher's decision; at most one at a time. */
public enum PendingRequest {
	NONE,
	/** 回退: wrong department, send it back for re-dispatch */
	RETURN,
	/** 延期: more time */
	EXTENSION,
	/** 挂账: cannot be solved now */
	SHELVING
}
