/**
 * Tiny plumbing shared by every feature: configuration, the data source, schema migrations and the one
 * place where the tenant is handed to EclipseLink. Never a dumping ground for feature logic.
 */
package vn.provportal.platform;
