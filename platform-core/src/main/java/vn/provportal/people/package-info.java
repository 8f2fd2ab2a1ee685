/**
 * The people of each province — administrators, editors, publishers — who live only in Keycloak
 * (ARCHITECTURE.md, decision 3): a province is the group {@code /tenants/<code>} with sub-groups
 * {@code admins}, {@code editors}, {@code publishers} that grant the roles. ProvPortal changes them through
 * Keycloak's admin REST API with its own service account, and never sees a password.
 */
package vn.provportal.people;
