package vn.provportal.platform.persistence;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.provportal.tenant.boundary.CurrentTenant;

/**
 * Runs inside the transaction opened by {@code @Transactional} (whose interceptor has a lower priority)
 * and binds the request's tenant to the transaction-scoped EntityManager. Without a resolved tenant
 * nothing is bound, so tenant-owned queries fail closed.
 */
@TenantScoped
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class TenantScopeInterceptor {

    @Inject
    CurrentTenant currentTenant;

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    @AroundInvoke
    public Object bindTenant(InvocationContext invocation) throws Exception {
        currentTenant.code().ifPresent(code -> TenantDiscriminator.bind(em, code));
        return invocation.proceed();
    }
}
