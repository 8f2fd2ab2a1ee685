package vn.provportal.testing;

import java.lang.reflect.Field;

/**
 * What the container does for a boundary used outside it: sets its injected fields (the EntityManager of
 * the test's transaction, the recorded event bus). Used where the test lives in another package.
 */
public final class Injection {

    private Injection() {
    }

    public static void set(Object target, String field, Object value) {
        try {
            Field f = target.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot inject " + field + " into " + target.getClass(), e);
        }
    }
}
