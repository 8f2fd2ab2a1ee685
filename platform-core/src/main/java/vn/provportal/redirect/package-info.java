/** Old addresses of a province that answer 301 to their new place: changed slugs, renames, merges. */
package vn.provportal.redirect;
