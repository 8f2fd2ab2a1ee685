/**
 * Provinces (tenants): their identity, hostnames, status and theme, and the request-scoped
 * {@link vn.provportal.tenant.boundary.CurrentTenant} that every other feature works under. Tenant rows
 * are platform-wide, not multitenant, and are read only by platform code.
 */
package vn.provportal.tenant;
