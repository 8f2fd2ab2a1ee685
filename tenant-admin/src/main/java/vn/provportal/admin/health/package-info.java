/** The back office's own readiness, which includes the sign-in service (Keycloak). */
package vn.provportal.admin.health;
