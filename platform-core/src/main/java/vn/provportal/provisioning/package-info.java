/**
 * Bringing a province onto the platform: its record and hostnames, a starter site, its groups in Keycloak
 * and its first administrator — all or nothing.
 */
package vn.provportal.provisioning;
