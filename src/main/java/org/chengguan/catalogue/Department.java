package org.chengguan.catalogue;

/**
 * A department (部门, 专业部门) that handles cases, with the contact data dispatchers call.
 *
 * @param code an ASCII key in upper snake case, such as {@code SANITATION} for 环卫处
 * @param duties what the department is responsible for (职责), in Chinese
 */
public record Department(String code, String name, String englishName, String contactPerson, String phone,
		String address, String duties) {
}
