/**
 * The portal's built-in widgets: one bean here and one Facelet under {@code /WEB-INF/widgets/} each. A
 * province places them in its regions (see {@link vn.provportal.widget.boundary.Widget}).
 */
package vn.provportal.portal.widgets;
