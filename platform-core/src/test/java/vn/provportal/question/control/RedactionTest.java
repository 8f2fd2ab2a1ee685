package vn.provportal.question.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A question as the public reads it: the asker's contacts and identity numbers hidden, everything else as written. */
class RedactionTest {

    @Test
    void phonesEmailsAndIdentityNumbersAreHidden() {
        assertEquals("Tôi tên Hoa, số [đã ẩn], email [đã ẩn], CCCD [đã ẩn].",
                Redaction.redact("Tôi tên Hoa, số 0912 345 678, email hoa.nguyen@gmail.com, CCCD 033195001234."));
        assertEquals("Gọi [đã ẩn] hoặc [đã ẩn] hoặc [đã ẩn]",
                Redaction.redact("Gọi 0912.345.678 hoặc +84 912 345 678 hoặc (0221) 3862 345"));
        assertEquals("CMND cũ [đã ẩn]", Redaction.redact("CMND cũ 145123456"));
    }

    @Test
    void yearsArticleNumbersAndAmountsStay() {
        String text = "Theo Nghị định 13/2023/NĐ-CP, Điều 9, năm 2025, phí 50.000 đồng, mã hồ sơ HS-2026-11-0042.";
        assertEquals(text, Redaction.redact(text));
        assertEquals("Quốc lộ 39, km 12", Redaction.redact("Quốc lộ 39, km 12"));
    }
}
