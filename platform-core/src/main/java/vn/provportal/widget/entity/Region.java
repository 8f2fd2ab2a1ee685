package vn.provportal.widget.entity;

/** Where on a portal page a widget is placed. */
public enum Region {
    MAIN,
    SIDEBAR,
    FOOTER
}
