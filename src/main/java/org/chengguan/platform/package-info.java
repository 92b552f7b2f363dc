/**
 * Cross-cutting infrastructure every module may use: the embedded PostgreSQL default, the problem-details
 * error model, the clock. Holds no business rules.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.chengguan.platform;
