/**
 * The portal's extension point: a widget is one CDI bean implementing {@link vn.provportal.widget.boundary.Widget}
 * and one Facelet; each province places widgets in regions (main, sidebar, footer) in its own order, with
 * its own settings, stored as {@code key=value} lines on the placement.
 */
package vn.provportal.widget;
