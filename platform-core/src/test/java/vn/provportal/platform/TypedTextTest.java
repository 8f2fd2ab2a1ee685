package vn.provportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TypedTextTest {

    @Test
    void lineBreaksStayWhileInvisibleCharactersGoAndTextIsComposed() {
        assertEquals("Điều 1.\nĐiều 2.\n\nKết luận", TypedText.tidy("  Điều 1.\r\nĐiều\u200B 2.\r\n\r\nKe\u0302\u0301t luận\u202E "));
        assertEquals("a\nb", TypedText.tidy("a\rb"));
        assertNull(TypedText.optional(" \u200B ", 10, "document", "Người ký", "Signer"));
    }

    @Test
    void aFieldIsRefusedByItsFeaturesKeysNamingIt() {
        InvalidInput empty = assertThrows(InvalidInput.class, () -> TypedText.required("\n \n", 10, "consultation",
                "Nội dung góp ý", "Opinion"));
        assertEquals("consultation.required", empty.key());
        InvalidInput tooLong = assertThrows(InvalidInput.class, () -> TypedText.required("x".repeat(11), 10, "document",
                "Trích yếu", "Summary"));
        assertEquals("Trích yếu dài 11 ký tự; tối đa 10 ký tự", tooLong.messageVi());
    }
}
