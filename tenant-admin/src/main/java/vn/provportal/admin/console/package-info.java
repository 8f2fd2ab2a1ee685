/**
 * The ministry's console (platform-admin only): provision provinces, govern them (theme, suspend, resume,
 * archive), merge them, and watch the fleet and the audit log.
 */
package vn.provportal.admin.console;
