/**
 * A province's fixed pages in Vietnamese and English: introduction, organisation, functions, contacts
 * (Decree 42/2022, Art. 7).
 */
package vn.provportal.page;
