/**
 * The audit trail: every {@link vn.provportal.platform.Activity} that committed is recorded with who did it
 * (the request's {@link vn.provportal.audit.boundary.Actor}), when, from where and in which province.
 */
package vn.provportal.audit;
