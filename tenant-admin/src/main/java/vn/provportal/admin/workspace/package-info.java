/**
 * The first screen after sign-in: who you are, which province you work in and its articles; for the
 * ministry, every province and a way to step into one.
 */
package vn.provportal.admin.workspace;
