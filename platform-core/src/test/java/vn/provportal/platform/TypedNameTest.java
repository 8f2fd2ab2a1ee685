package vn.provportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Security issue #12 item 9: look-alike names made distinct categories, slugs and provinces. */
class TypedNameTest {

    @Test
    void namesThatLookTheSameAreStoredTheSame() {
        assertEquals("Đắk Lắk", TypedName.clean("\u00D0\u1eafk L\u1eafk", "Tên", "Name"), "Icelandic Ð folded into Đ");
        assertEquals("Đắk Lắk", TypedName.clean("Đa\u0306\u0301k Lắk", "Tên", "Name"), "decomposed input composed");
        assertEquals("Tin tức", TypedName.clean("Tin\u200B t\u200Dức\u2060", "Tên", "Name"), "zero-width characters gone");
        assertEquals("Phòng PC02", TypedName.clean("\u202EPhòng PC02\u202C", "Tên", "Name"), "bidi controls gone");
    }

    @ParameterizedTest
    @ValueSource(strings = {"T\u0456n tức", "Phòng Сảnh sát", "An n\u03B9nh"})
    void aNameMixingScriptsIsRefusedWithTheReason(String lookAlike) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> TypedName.clean(lookAlike, "Tên chuyên mục",
                "Category name"));
        assertTrue(refused.messageVi().startsWith("Tên chuyên mục"), refused.messageVi());
        assertTrue(refused.messageVi().contains("nhiều bảng chữ"), refused.messageVi());
    }

    @Test
    void everydayVietnameseNamesPass() {
        for (String name : new String[] {"Công an tỉnh Hưng Yên", "Phòng Cảnh sát giao thông (PC08)", "Nguyễn Thị Ánh",
            "Tin tức – Sự kiện", "Thừa Thiên Huế", "Bà Rịa - Vũng Tàu", "Giới thiệu 2026"}) {
            assertEquals(name, TypedName.clean(name, "Tên", "Name"));
        }
    }
}
