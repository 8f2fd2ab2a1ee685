package vn.provportal.demo.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import vn.provportal.banner.boundary.Banners;
import vn.provportal.banner.entity.Banner;
import vn.provportal.media.boundary.MediaLibrary;
import vn.provportal.stats.boundary.Statistics;
import vn.provportal.stats.entity.Period;
import vn.provportal.stats.entity.PeriodType;
import vn.provportal.stats.entity.ProcessingCounts;
import vn.provportal.stats.entity.SatisfactionCounts;
import vn.provportal.stats.entity.Source;
import vn.provportal.tenant.entity.Tenant;

/**
 * The demo provinces' portal furniture: what every new province gets ({@code StarterSite}), plus banners,
 * six months of statistics and a drawn emblem as logo. Runs inside {@link DemoContent}'s transaction and province.
 */
@ApplicationScoped
public class DemoPortal {

    @Inject
    vn.provportal.provisioning.boundary.StarterSite starterSite;

    @Inject
    Banners banners;

    @Inject
    MediaLibrary media;

    @Inject
    Statistics stats;

    /** Everything but the articles, and the theme's logo and licence line. */
    void furnish(Tenant tenant, String bannerImageSha256) {
        starterSite.furnish(tenant);
        banners.add(new Banner("Cổng dịch vụ công Bộ Công an", bannerImageSha256, "https://dichvucong.bocongan.gov.vn",
                null, null, 0));
        banners.add(new Banner("Phòng, chống lừa đảo trên không gian mạng", bannerImageSha256,
                "/chuyen-muc/pho-bien-phap-luat", null, null, 1));
        statistics(tenant);
        String logo = media.store(emblem()).getSha256();
        tenant.changeTheme(tenant.getTheme().withDetails(logo, null,
                "Giấy phép số 00/GP-TTĐT (minh họa) · Chịu trách nhiệm: Giám đốc " + tenant.getNameVi(),
                "sidebar-right"));
    }

    /** Six months of plausible figures, different per province but the same on every start. */
    private void statistics(Tenant tenant) {
        java.util.Random random = new java.util.Random(tenant.getCode().value().hashCode());
        java.time.YearMonth month = java.time.YearMonth.now(vn.provportal.platform.VietnamTime.ZONE).minusMonths(6);
        java.time.Instant now = java.time.Instant.now();
        for (int i = 0; i < 6; i++, month = month.plusMonths(1)) {
            Period period = new Period(PeriodType.MONTH, month.getYear(), month.getMonthValue());
            long online = 1500 + random.nextInt(900);
            long offline = 400 + random.nextInt(300);
            long received = online + offline;
            long late = received / 100 * (1 + random.nextInt(2));
            long pending = received / 20 + random.nextInt(40);
            long early = received / 4 + random.nextInt(100);
            long onTime = received - late - pending - early;
            stats.recordProcessing(period, "", new ProcessingCounts(online, offline, early, onTime, late,
                    pending - pending / 10, pending / 10), Source.API, now);
            long answers = 600 + random.nextInt(400);
            long notSatisfied = answers / 50 + random.nextInt(10);
            long very = answers * 6 / 10 + random.nextInt(50);
            stats.recordSatisfaction(period, "", new SatisfactionCounts(very, answers - very - notSatisfied,
                    notSatisfied), Source.VOTES, now);
        }
    }

    /** A simple red emblem with a gold star: a stand-in logo that needs no file. */
    private static byte[] emblem() {
        BufferedImage image = new BufferedImage(96, 96, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xF9A825));
        g.fillOval(2, 2, 92, 92);
        g.setColor(new Color(0xB71C1C));
        g.fillOval(8, 8, 80, 80);
        g.setColor(new Color(0xFFD54F));
        Polygon star = new Polygon();
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? 32 : 13;
            double a = Math.PI / 2 + i * Math.PI / 5;
            star.addPoint((int) Math.round(48 + r * Math.cos(a)), (int) Math.round(50 - r * Math.sin(a)));
        }
        g.fillPolygon(star);
        g.setStroke(new BasicStroke(2));
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
