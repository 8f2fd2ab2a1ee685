/**
 * News content of a province: articles with their captioned images, categories, slugs and view counts.
 * Every entity here is tenant-owned (EclipseLink {@code @Multitenant}, column {@code tenant_id}).
 */
package vn.provportal.content;
