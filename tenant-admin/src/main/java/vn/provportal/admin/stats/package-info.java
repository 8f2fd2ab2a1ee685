/**
 * The province's statistics desk: manual entry of a period's figures, CSV import with a preview and
 * per-line messages before an all-or-nothing apply, and the province's API keys.
 */
package vn.provportal.admin.stats;
