/**
 * The one-command launcher behind {@code deploy/run.sh}: starts (or connects to) MariaDB, starts Keycloak
 * with the platform realm and Payara Micro with both web applications, prints where everything is, and
 * stops it all cleanly on Ctrl-C.
 */
package vn.provportal.deploy;
