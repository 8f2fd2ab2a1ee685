package vn.provportal.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** A message bundle as its tests read it: the file itself (UTF-8), and the blanks ({0}, {1}…) of one of its texts. */
public final class Bundles {

    private static final Pattern BLANK = Pattern.compile("\\{(\\d)");

    private Bundles() {
    }

    /** The properties file at {@code resource} (a class-path path starting with /). */
    public static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = Bundles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no bundle " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** The text of every Java source under {@code roots}. */
    public static List<String> javaSources(Path... roots) {
        List<String> texts = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    texts.add(Files.readString(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return texts;
    }

    /** The keys {@code named} (its first group) finds in {@code sources}. */
    public static Set<String> keysNamed(Pattern named, List<String> sources) {
        Set<String> found = new TreeSet<>();
        for (String text : sources) {
            Matcher m = named.matcher(text);
            while (m.find()) {
                found.add(m.group(1));
            }
        }
        return found;
    }

    /** The numbers of the blanks a MessageFormat text has. */
    public static Set<String> blanks(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = BLANK.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
