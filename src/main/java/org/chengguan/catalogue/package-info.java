/**
 * The catalogue (目录): the categories of problems the platform handles (部件 city components and 事件 events), the
 * departments (部门) that handle them, and the routing rules (部门联动) that pick the department for a category in a
 * region. Other modules read it through {@link org.chengguan.catalogue.CatalogueManagement}; all of it is data in the
 * database, editable by the city, never constants in code.
 */
package org.chengguan.catalogue;
