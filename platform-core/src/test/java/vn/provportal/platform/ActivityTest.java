package vn.provportal.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ActivityTest {

    @Test
    void whatCitizensMaySeeRenewsThePagesWhatOnlyTheNewsroomSeesDoesNot() {
        assertTrue(new Activity("article.approved", "Bài #1").showsOnPages());
        assertTrue(new Activity("stats.processing.api", "10/2026").showsOnPages(), "figures show in the widgets");
        assertTrue(new Activity("media.described", "ảnh").showsOnPages(), "an image's caption shows where it is used");
        assertFalse(new Activity("session.signed-in", "hy-editor").showsOnPages());
        assertFalse(new Activity("people.invited", "a@b.vn").showsOnPages());
        assertFalse(new Activity("media.uploaded", "ảnh").showsOnPages(), "used nowhere yet");
        assertFalse(new Activity("apikey.revoked", "Khóa ab12…").showsOnPages(), "a key shows on no page");
        assertFalse(Activity.backOffice("article.updated", "Bài #2 → DRAFT").showsOnPages());
    }

    @Test
    void onlyTheStatisticsApisFiguresArePacedWhatPeopleChangeNeverIs() {
        assertTrue(new Activity("stats.processing.api", "10/2026").comesFromAFeed());
        assertTrue(new Activity("stats.satisfaction.api", "10/2026").comesFromAFeed());
        assertFalse(new Activity("stats.processing.manual", "10/2026").comesFromAFeed(), "an editor's figures");
        assertFalse(new Activity("stats.import", "CSV").comesFromAFeed());
        assertFalse(new Activity("article.approved", "Bài #1").comesFromAFeed());
    }
}
