package org.chengguan.engagement;

import org.chengguan.cases.Satisfaction;

/** The result of an answer-back call as the operator logs it; a satisfaction only when the caller was reached. */
public record NewAnswerBack(Boolean reached, Integer attempts, Satisfaction satisfaction, String comment) {
}
