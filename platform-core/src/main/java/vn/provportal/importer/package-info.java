/**
 * Migration from the site a province runs today (issue #17 item 6): a WordPress export (WXR) or any RSS/Atom feed (NukeViet's
 * news module has one) is uploaded with, optionally, a ZIP of its images; a dry run says what would be imported, what would be
 * skipped and why; the import stores the posts as published articles (bodies sanitised, images only from the uploaded archive,
 * slugs kept where free) and a 301 from every old address. Each post's identity is remembered, so a second run imports nothing twice.
 */
package vn.provportal.importer;
