package vn.provportal.admin.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a back-office screen keeps between requests lives in the session, which Payara replicates to the other
 * nodes of the cluster after every request: a field that cannot be serialized (an entity) made the replication
 * fail on each request of the screen ("Cannot serialize session attribute … Tenant", the provisioning screen), so
 * a node's loss would lose the screen. Every field a view-scoped bean keeps must be serializable all the way down.
 */
class ViewStateTest {

    @Test
    void everyFieldAScreenKeepsBetweenRequestsCanBeReplicated() throws Exception {
        List<Class<?>> screens = viewScopedBeans();
        assertTrue(screens.size() >= 10, "the screens were found: " + screens);
        List<String> refused = new ArrayList<>();
        for (Class<?> screen : screens) {
            if (!Serializable.class.isAssignableFrom(screen)) {
                refused.add(screen.getSimpleName() + " is not Serializable");
            }
            for (Field field : screen.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isAnnotationPresent(Inject.class)) {
                    continue;
                }
                check(field.getGenericType(), screen.getSimpleName() + "." + field.getName(), new HashSet<>(), refused);
            }
        }
        assertEquals(List.of(), refused, "fields a replicated view cannot carry");
    }

    private static void check(Type type, String where, Set<Type> seen, List<String> refused) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            check(parameterized.getRawType(), where, seen, refused);
            for (Type argument : parameterized.getActualTypeArguments()) {
                check(argument, where + "<…>", seen, refused);
            }
            return;
        }
        if (!(type instanceof Class<?> c) || c.isPrimitive()) {
            return;
        }
        if (c.isArray()) {
            check(c.getComponentType(), where + "[]", seen, refused);
            return;
        }
        if (c.isAnnotationPresent(Entity.class)) {
            refused.add(where + " holds the entity " + c.getSimpleName());
            return;
        }
        boolean container = Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c)
                || c == java.util.Optional.class || c == Object.class;
        if (c.isInterface() || container) {
            return;
        }
        if (!Serializable.class.isAssignableFrom(c)) {
            refused.add(where + " is a " + c.getName() + ", not Serializable");
            return;
        }
        if (c.isRecord()) {
            for (RecordComponent component : c.getRecordComponents()) {
                check(component.getGenericType(), where + "." + component.getName(), seen, refused);
            }
        }
    }

    private static List<Class<?>> viewScopedBeans() throws IOException {
        Path classes = Path.of("target/classes");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    Class<?> c = Class.forName(name, false, ViewStateTest.class.getClassLoader());
                    if (c.isAnnotationPresent(ViewScoped.class)) {
                        found.add(c);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    // a class this test cannot load is not a screen it checks
                }
            }
        }
        return found;
    }
}
