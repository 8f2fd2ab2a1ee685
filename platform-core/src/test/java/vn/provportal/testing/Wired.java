package vn.provportal.testing;

import java.util.function.Function;

/**
 * A boundary used outside the container, wired as the container wires it: the EntityManager of one committed
 * transaction for a province (or, with a null province, for platform code) and a recorded event bus.
 */
public final class Wired {

    private Wired() {
    }

    public static <B, T> T call(TestPersistence jpa, String tenant, B boundary, Function<B, T> work) {
        return jpa.inTransaction(tenant, em -> {
            Injection.set(boundary, "em", em);
            for (java.lang.reflect.Field field : boundary.getClass().getDeclaredFields()) {
                if (field.getType() == jakarta.enterprise.event.Event.class) {
                    Injection.set(boundary, field.getName(), new RecordedEvents<>());
                }
            }
            return work.apply(boundary);
        });
    }
}
