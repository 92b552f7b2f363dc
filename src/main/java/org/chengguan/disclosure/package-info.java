/**
 * Disclosure (公示, C6, 「一图两单三册」): per community, its city-management officers (社区城管队员) with name, photo,
 * duty and — where the duty makes it public — phone, its station (工作站), and how to supervise and complain about
 * them (监督方式); "who is my officer" from any point (「有事找城管，我在您身边」); and the documents every citizen may
 * read: the duty list (职责清单), the item list (事项清单), the workflow chart (城管进社区工作流程图, drawn from the case
 * lifecycle) and the handbooks (三册) of the district, street and community levels, edited by administrators in
 * versions of which the public sees the latest published one.
 * <p>
 * {@link org.chengguan.disclosure.Disclosure} is the module's API. Nothing depends on this module.
 */
package org.chengguan.disclosure;
