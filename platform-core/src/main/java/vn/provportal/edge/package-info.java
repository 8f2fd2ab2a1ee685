/**
 * The edge cache in front of the nodes: after every committed change ({@code Activity}) each configured edge is
 * told to drop the pages the change may have altered (a Varnish ban by host and path), so citizens see the change
 * at once; the one-second lifetime the portal gives its pages remains the safety net when a ban is lost.
 */
package vn.provportal.edge;
