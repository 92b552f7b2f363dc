package org.chengguan.catalogue;

/**
 * A category's class (大类) in its standard: the first two digits of a CJ/T 214 code, such as 部件 01 公用设施 or
 * 事件 05 街面秩序.
 */
public record CategoryClass(String code, String name) {
}
