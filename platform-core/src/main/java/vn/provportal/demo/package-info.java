/**
 * Demo mode: on the first start the provinces Hưng Yên and Thái Bình are created with the reference
 * article and a few more, so that the platform shows something real at once. Switched off with
 * {@code PROVPORTAL_DEMO=false}.
 */
package vn.provportal.demo;
