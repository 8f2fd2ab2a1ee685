/**
 * What operators and machines read about a node: MicroProfile readiness ({@code /health/ready}) and the
 * portal's own metrics in Prometheus form ({@code /metrics}: requests and their latency per province, the
 * view-count backlog).
 */
package vn.provportal.portal.health;
