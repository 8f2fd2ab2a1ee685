package vn.provportal.testing;

import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import vn.provportal.platform.persistence.TenantScopeInterceptor;
import vn.provportal.tenant.boundary.CurrentTenant;
import vn.provportal.platform.persistence.TenantScoped;
import vn.provportal.tenant.entity.Tenant;
import vn.provportal.tenant.entity.TenantCode;
import vn.provportal.tenant.entity.Theme;

/**
 * A boundary used outside the container, wired as the container wires it: the EntityManager of one committed
 * transaction and a recorded event bus. A {@link TenantScoped} boundary gets its province as in the container —
 * the request's {@link CurrentTenant} bound to the transaction's EntityManager by the real
 * {@link TenantScopeInterceptor} around the call (test issue #16: the tests used to bind it themselves, so the
 * interceptor was never exercised here). Other boundaries (platform code: a null province) get an unbound one.
 */
public final class Wired {

    private Wired() {
    }

    public static <B, T> T call(TestPersistence jpa, String tenant, B boundary, Function<B, T> work) {
        boolean scoped = boundary.getClass().isAnnotationPresent(TenantScoped.class);
        return jpa.inTransaction(scoped ? null : tenant, em -> {
            Injection.set(boundary, "em", em);
            CurrentTenant request = new CurrentTenant();
            if (tenant != null) {
                request.set(new Tenant(new TenantCode(tenant), tenant, tenant, Theme.policeRed(), Instant.now()));
            }
            for (java.lang.reflect.Field field : boundary.getClass().getDeclaredFields()) {
                if (field.getType() == jakarta.enterprise.event.Event.class) {
                    Injection.set(boundary, field.getName(), new RecordedEvents<>());
                } else if (scoped && field.getType() == CurrentTenant.class) {
                    Injection.set(boundary, field.getName(), request);
                }
            }
            if (!scoped) {
                return work.apply(boundary);
            }
            TenantScopeInterceptor interceptor = new TenantScopeInterceptor();
            Injection.set(interceptor, "currentTenant", request);
            Injection.set(interceptor, "em", em);
            try {
                @SuppressWarnings("unchecked")
                T result = (T) interceptor.bindTenant(new Call(boundary, () -> work.apply(boundary)));
                return result;
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The container's view of one call of a boundary, as much of it as the interceptor reads. */
    private record Call(Object target, java.util.function.Supplier<Object> body) implements InvocationContext {

        @Override
        public Object proceed() {
            return body.get();
        }

        @Override
        public Object getTarget() {
            return target;
        }

        @Override
        public Object getTimer() {
            return null;
        }

        @Override
        public Method getMethod() {
            return null;
        }

        @Override
        public Constructor<?> getConstructor() {
            return null;
        }

        @Override
        public Object[] getParameters() {
            return new Object[0];
        }

        @Override
        public void setParameters(Object[] params) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, Object> getContextData() {
            return new java.util.HashMap<>();
        }
    }
}
