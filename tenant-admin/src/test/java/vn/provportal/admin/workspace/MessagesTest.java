package vn.provportal.admin.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.provportal.testing.Bundles;

/**
 * The back office speaks each person's language (#13): every Vietnamese text has its English one, with the same
 * blanks, and every message the Java code names exists.
 */
class MessagesTest {

    /** A message key as the screens' Java code names it: Faces.info("done.…"), Faces.error("error.…"). */
    private static final Pattern NAMED = Pattern.compile("\"((?:done|error)\\.[a-z.]+)\"");

    private static Properties bundle(String name) {
        return Bundles.load("/vn/provportal/admin/" + name);
    }

    @Test
    void everyVietnameseTextHasItsEnglishOneWithTheSameBlanks() throws IOException {
        Properties vi = bundle("messages.properties");
        Properties en = bundle("messages_en.properties");
        Set<String> missing = new TreeSet<>(vi.stringPropertyNames());
        missing.removeAll(en.stringPropertyNames());
        assertEquals(Set.of(), missing, "keys without English");
        for (String key : vi.stringPropertyNames()) {
            assertEquals(Bundles.blanks(vi.getProperty(key)), Bundles.blanks(en.getProperty(key)), key);
        }
    }

    @Test
    void messagesWithBlanksFillInBothLanguages() throws IOException {
        for (String name : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties messages = bundle(name);
            for (String key : messages.stringPropertyNames()) {
                String pattern = messages.getProperty(key);
                if (!Bundles.blanks(pattern).isEmpty() && !pattern.contains(",choice,")) {
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
        Set<String> named = Bundles.keysNamed(NAMED, Bundles.javaSources(Path.of("src/main/java")));
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

    /** The audit log shows what happened in words: every action the code records has them in both languages. */
    @Test
    void everyActionTheAuditLogRecordsHasItsWords() throws IOException {
        Pattern recorded = Pattern.compile("(?:new Activity|Activity\\.backOffice)\\(\"([a-z][a-z.-]+)\"");
        Set<String> actions = Bundles.keysNamed(recorded, Bundles.javaSources(Path.of("src/main/java"),
                Path.of("../platform-core/src/main/java"), Path.of("../portal-web/src/main/java")));
        assertTrue(actions.size() > 20 && actions.contains("document.registered"), "actions found: " + actions);
        for (String bundle : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties words = bundle(bundle);
            assertEquals(Set.of(), actions.stream().filter(a -> !words.containsKey("audit.action." + a))
                    .collect(java.util.stream.Collectors.toSet()), "recorded without words in " + bundle);
        }
    }
}
