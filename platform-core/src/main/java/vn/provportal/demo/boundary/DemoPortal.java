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
import java.util.List;
import javax.imageio.ImageIO;
import vn.provportal.banner.boundary.Banners;
import vn.provportal.banner.entity.Banner;
import vn.provportal.content.boundary.Articles;
import vn.provportal.content.entity.Category;
import vn.provportal.content.entity.Slug;
import vn.provportal.media.boundary.MediaLibrary;
import vn.provportal.menu.boundary.Menus;
import vn.provportal.menu.entity.MenuItem;
import vn.provportal.page.boundary.StaticPages;
import vn.provportal.page.entity.StaticPage;
import vn.provportal.stats.boundary.Statistics;
import vn.provportal.stats.entity.Period;
import vn.provportal.stats.entity.PeriodType;
import vn.provportal.stats.entity.ProcessingCounts;
import vn.provportal.stats.entity.SatisfactionCounts;
import vn.provportal.stats.entity.Source;
import vn.provportal.tenant.entity.Tenant;
import vn.provportal.widget.boundary.Widgets;
import vn.provportal.widget.entity.Region;
import vn.provportal.widget.entity.WidgetPlacement;

/**
 * The demo provinces' portal furniture: menu, widget placements, banners, fixed pages in Vietnamese and
 * English, and a drawn emblem as logo. Runs inside {@link DemoContent}'s transaction and province.
 */
@ApplicationScoped
public class DemoPortal {

    @Inject
    Articles articles;

    @Inject
    Menus menus;

    @Inject
    Widgets widgets;

    @Inject
    Banners banners;

    @Inject
    StaticPages pages;

    @Inject
    MediaLibrary media;

    @Inject
    Statistics stats;

    /** Returns the logo's hash for the province's theme. */
    String furnish(Tenant tenant, String bannerImageSha256) {
        Category news = articles.findCategory("tin-tuc").orElseThrow();
        Category force = articles.findCategory("hoat-dong-luc-luong")
                .orElseGet(() -> articles.save(new Category(new Slug("hoat-dong-luc-luong"), "Hoạt động lực lượng", 1)));
        Category law = articles.findCategory("pho-bien-phap-luat")
                .orElseGet(() -> articles.save(new Category(new Slug("pho-bien-phap-luat"), "Phổ biến pháp luật", 2)));
        menu(news, force, law);
        placeWidgets();
        banners.add(new Banner("Cổng dịch vụ công Bộ Công an", bannerImageSha256, "https://dichvucong.bocongan.gov.vn",
                null, null, 0));
        banners.add(new Banner("Phòng, chống lừa đảo trên không gian mạng", bannerImageSha256,
                "/chuyen-muc/pho-bien-phap-luat", null, null, 1));
        staticPages(tenant);
        statistics(tenant);
        return media.store(emblem()).getSha256();
    }

    private void menu(Category news, Category force, Category law) {
        menus.add(new MenuItem(null, "Trang chủ", null, "/", 0));
        MenuItem about = menus.add(new MenuItem(null, "Giới thiệu", null, "/trang/gioi-thieu", 1));
        menus.add(new MenuItem(about, "Tổ chức bộ máy", null, "/trang/to-chuc-bo-may", 0));
        menus.add(new MenuItem(about, "Chức năng, nhiệm vụ", null, "/trang/chuc-nang-nhiem-vu", 1));
        menus.add(new MenuItem(about, "Liên hệ", null, "/trang/lien-he", 2));
        menus.add(new MenuItem(null, news.getName(), news, null, 2));
        menus.add(new MenuItem(null, force.getName(), force, null, 3));
        menus.add(new MenuItem(null, law.getName(), law, null, 4));
        menus.add(new MenuItem(null, "English", null, "/en/", 5));
    }

    private void placeWidgets() {
        widgets.place(new WidgetPlacement(Region.MAIN, "featured-news", 0, "Tin nổi bật", "count=1"));
        widgets.place(new WidgetPlacement(Region.MAIN, "latest-news", 1, "Tin tức", "category=tin-tuc\ncount=5"));
        widgets.place(new WidgetPlacement(Region.MAIN, "latest-news", 2, "Hoạt động lực lượng",
                "category=hoat-dong-luc-luong\ncount=5"));
        widgets.place(new WidgetPlacement(Region.SIDEBAR, "stats-processing", 0, "Thống kê kết quả xử lý", null));
        widgets.place(new WidgetPlacement(Region.SIDEBAR, "stats-satisfaction", 1, "Thống kê mức độ hài lòng", null));
        widgets.place(new WidgetPlacement(Region.SIDEBAR, "banners", 2, "Thông tin tuyên truyền", "count=4"));
        widgets.place(new WidgetPlacement(Region.SIDEBAR, "most-viewed", 3, "Tin đọc nhiều", "count=5"));
        widgets.place(new WidgetPlacement(Region.FOOTER, "agency-links", 0, "Liên kết website",
                "links=Bộ Công an|https://bocongan.gov.vn;Cổng Dịch vụ công quốc gia|https://dichvucong.gov.vn;"
                        + "Cổng thông tin điện tử Chính phủ|https://chinhphu.vn"));
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

    private void staticPages(Tenant tenant) {
        String name = tenant.getNameVi();
        String nameEn = tenant.getNameEn();
        String address = tenant.getTheme().getFooterAddress();
        List.of(
                new StaticPage("vi", new Slug("gioi-thieu"), "Giới thiệu", "<p>" + name
                        + " là cơ quan thuộc Bộ Công an, tham mưu cho Bộ trưởng và Ủy ban nhân dân tỉnh về bảo vệ an ninh"
                        + " quốc gia, bảo đảm trật tự, an toàn xã hội trên địa bàn tỉnh.</p>", 0),
                new StaticPage("vi", new Slug("to-chuc-bo-may"), "Tổ chức bộ máy", "<p>Lãnh đạo Công an tỉnh gồm Giám đốc"
                        + " và các Phó Giám đốc; các phòng nghiệp vụ và Công an cấp xã, phường.</p>", 1),
                new StaticPage("vi", new Slug("chuc-nang-nhiem-vu"), "Chức năng, nhiệm vụ", "<p>Bảo vệ an ninh quốc gia,"
                        + " bảo đảm trật tự, an toàn xã hội; đấu tranh phòng, chống tội phạm; quản lý nhà nước về"
                        + " an ninh, trật tự theo quy định của pháp luật.</p>", 2),
                new StaticPage("vi", new Slug("lien-he"), "Liên hệ", "<p>Địa chỉ: " + address
                        + "</p><p>Điện thoại khẩn cấp: 113</p>", 3),
                new StaticPage("en", new Slug("organisation"), "Organisation", "<p>" + nameEn
                        + " is led by its Director and Deputy Directors, with specialised departments and commune-level"
                        + " police.</p>", 0),
                new StaticPage("en", new Slug("functions"), "Functions and duties", "<p>" + nameEn
                        + " protects national security and ensures social order and safety in the province, under the"
                        + " Ministry of Public Security.</p>", 1),
                new StaticPage("en", new Slug("contacts"), "Contacts", "<p>Address: " + address
                        + "</p><p>Emergency: 113</p>", 2))
                .forEach(pages::add);
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
