package vn.provportal.platform;

/** Input refused because its sender is over a limit; web layers answer it with 429 instead of 400. */
public class RateLimited extends InvalidInput {

    public RateLimited(String messageVi, String messageEn) {
        super(messageVi, messageEn);
    }
}
