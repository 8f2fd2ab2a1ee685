/**
 * The REST API under {@code /api/v1} for the national public-service system: it pushes a province's
 * statistics, authenticated by that province's API key ({@code Authorization: Bearer <key>} or
 * {@code X-API-Key}). Idempotent by (province, period). The OpenAPI document is served at {@code /openapi}.
 */
package vn.provportal.portal.api;
