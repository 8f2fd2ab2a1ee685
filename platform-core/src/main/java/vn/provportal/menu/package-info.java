/** A province's navigation menu: nested items pointing at categories, pages or external links. */
package vn.provportal.menu;
