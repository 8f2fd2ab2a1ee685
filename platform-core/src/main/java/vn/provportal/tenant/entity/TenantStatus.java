package vn.provportal.tenant.entity;

/** Lifecycle of a province on the platform. Only an active province's portal serves content. */
public enum TenantStatus {
    ACTIVE,
    SUSPENDED,
    ARCHIVED,
    MERGED
}
