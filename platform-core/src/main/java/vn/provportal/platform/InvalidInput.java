package vn.provportal.platform;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Input a user can correct: names the message to show ({@code refusals.properties}, Vietnamese; {@code
 * refusals_en.properties}, English) and what fills its blanks. Never a stack trace on a page; the form is shown
 * again with what the user typed, the message in the user's language.
 */
public class InvalidInput extends RuntimeException {

    private static final String BUNDLE = "vn.provportal.platform.refusals";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String key;
    private final transient Object[] args;

    protected InvalidInput(String key, Object... args) {
        super(text(key, VIETNAMESE, args));
        this.key = key;
        this.args = args.clone();
    }

    /** The refusal {@code key} of the bundle, its {@code {0}}… filled with {@code args} (numbers as written, 2026 not 2.026). */
    public static InvalidInput of(String key, Object... args) {
        return new InvalidInput(key, args);
    }

    public String key() {
        return key;
    }

    public String messageVi() {
        return getMessage();
    }

    public String messageEn() {
        return args == null ? getMessage() : text(key, Locale.ENGLISH, args);
    }

    /** The message in {@code locale}'s language: English for English, Vietnamese for anything else. */
    public String message(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? messageEn() : messageVi();
    }

    static String text(String key, Locale locale, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, InvalidInput.class.getClassLoader(), NO_FALLBACK)
                    .getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof Number ? args[i].toString() : args[i];
        }
        return new MessageFormat(pattern, locale).format(shown);
    }
}
