/**
 * The ministry speaking to every portal at once: an urgent notice at the top of every portal, shown and
 * withdrawn in one step, and articles pushed to all or chosen provinces, where they carry their origin and
 * cannot be changed or taken down by the province. Platform code: it writes to many provinces, naming each.
 */
package vn.provportal.syndication;
