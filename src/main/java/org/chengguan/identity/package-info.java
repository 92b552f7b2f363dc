/**
 * Identity (身份与权限): users (用户) with their roles (角色) and region scope (管辖范围), sign-in by password or by
 * phone and one-time code, bearer tokens for the API, lockout after repeated failures, and the audit of every
 * sign-in (登录审计).
 * <p>
 * Other modules ask {@link org.chengguan.identity.Actors} who is acting ({@link org.chengguan.identity.Actor}) and
 * decide by role and scope; the web security itself (which endpoints are public, which need a token or the ADMIN
 * role) is configured here.
 */
package org.chengguan.identity;
