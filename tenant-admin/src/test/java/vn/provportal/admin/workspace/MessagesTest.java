package vn.provportal.admin.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The back office speaks each person's language (#13): every Vietnamese text has its English one, with the same
 * blanks, and every message the Java code names exists.
 */
class MessagesTest {

    private static final Pattern BLANK = Pattern.compile("\\{(\\d)");
    /** A message key as the screens' Java code names it: Faces.info("done.…"), Faces.error("error.…"). */
    private static final Pattern NAMED = Pattern.compile("\"((?:done|error)\\.[a-z.]+)\"");

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/vn/provportal/admin/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> blanks(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = BLANK.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void everyVietnameseTextHasItsEnglishOneWithTheSameBlanks() throws IOException {
        Properties vi = bundle("messages.properties");
        Properties en = bundle("messages_en.properties");
        Set<String> missing = new TreeSet<>(vi.stringPropertyNames());
        missing.removeAll(en.stringPropertyNames());
        assertEquals(Set.of(), missing, "keys without English");
        for (String key : vi.stringPropertyNames()) {
            assertEquals(blanks(vi.getProperty(key)), blanks(en.getProperty(key)), key);
        }
    }

    @Test
    void messagesWithBlanksFillInBothLanguages() throws IOException {
        for (String name : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties messages = bundle(name);
            for (String key : messages.stringPropertyNames()) {
                String pattern = messages.getProperty(key);
                if (!blanks(pattern).isEmpty() && !pattern.contains(",choice,")) {
                    String filled = new MessageFormat(pattern, Locale.forLanguageTag("vi")).format(
                            new Object[] {"«A»", 12, "«C»"});
                    assertTrue(filled.contains("«A»") || filled.contains("12"), key + " in " + name + ": " + filled);
                }
            }
        }
        assertEquals("Đã chuyển banner lên", new MessageFormat(bundle("messages.properties")
                .getProperty("done.banner.moved")).format(new Object[] {-1}));
        assertEquals("Menu entry moved down", new MessageFormat(bundle("messages_en.properties")
                .getProperty("done.menu.moved")).format(new Object[] {1}));
    }

    @Test
    void everyMessageTheScreensNameExists() throws IOException {
        Properties vi = bundle("messages.properties");
        Set<String> named = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = NAMED.matcher(Files.readString(source));
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        assertTrue(named.size() > 40, "the screens name their messages: " + named.size());
        named.removeAll(vi.stringPropertyNames());
        // a key completed at run time ("done.bulk." + the action) needs one key per value
        named.removeIf(prefix -> prefix.endsWith("."));
        assertEquals(Set.of(), named, "named in Java, missing from messages.properties");
        for (vn.provportal.content.boundary.Newsroom.Bulk action : vn.provportal.content.boundary.Newsroom.Bulk.values()) {
            assertTrue(vi.containsKey("done.bulk." + action.name()) && vi.containsKey("bulk." + action.name()), action.name());
        }
        for (vn.provportal.people.boundary.ProvinceRole role : vn.provportal.people.boundary.ProvinceRole.values()) {
            assertTrue(vi.containsKey("role." + role.name()), role.name());
        }
    }
}
