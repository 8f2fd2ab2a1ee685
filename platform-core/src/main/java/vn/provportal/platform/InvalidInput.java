package vn.provportal.platform;

/**
 * Input a user can correct: carries the message to show, in Vietnamese first and English second. Never a
 * stack trace on a page; the form is shown again with what the user typed.
 */
public class InvalidInput extends RuntimeException {

    private final String messageEn;

    public InvalidInput(String messageVi, String messageEn) {
        super(messageVi);
        this.messageEn = messageEn;
    }

    public String messageVi() {
        return getMessage();
    }

    public String messageEn() {
        return messageEn;
    }
}
