/**
 * The one place where the portal decides which province a request is for (by hostname, else by the first
 * path segment) and which page serves it. Everything after the router reads
 * {@link vn.provportal.tenant.boundary.CurrentTenant} and {@link vn.provportal.portal.routing.PortalPaths}.
 */
package vn.provportal.portal.routing;
