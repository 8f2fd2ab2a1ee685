/**
 * Single sign-on for the back office: standard OIDC against Keycloak, roles from the token's
 * {@code groups} claim, and the one place where the signed-in user's province is read from the token.
 * ProvPortal never sees a password.
 */
package vn.provportal.admin.security;
