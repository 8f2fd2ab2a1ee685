package vn.provportal.provisioning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.provportal.content.boundary.Articles;
import vn.provportal.content.entity.Category;
import vn.provportal.content.entity.Slug;
import vn.provportal.menu.boundary.Menus;
import vn.provportal.menu.entity.MenuItem;
import vn.provportal.page.boundary.StaticPages;
import vn.provportal.page.entity.StaticPage;
import vn.provportal.tenant.entity.Tenant;
import vn.provportal.widget.boundary.Widgets;
import vn.provportal.widget.entity.Region;
import vn.provportal.widget.entity.WidgetPlacement;

/**
 * What every new province's portal starts with: the three usual categories, a menu, the home page's widgets
 * (news, statistics, banners, most read, agency links) and the fixed pages — introduction, organisation,
 * functions, contacts — in Vietnamese and English. Runs in the caller's transaction, for the province the
 * caller has bound.
 */
@ApplicationScoped
public class StarterSite {

    @Inject
    Articles articles;

    @Inject
    Menus menus;

    @Inject
    Widgets widgets;

    @Inject
    StaticPages pages;

    public void furnish(Tenant tenant) {
        Category news = category("tin-tuc", "Tin tức", 0);
        Category force = category("hoat-dong-luc-luong", "Hoạt động lực lượng", 1);
        Category law = category("pho-bien-phap-luat", "Phổ biến pháp luật", 2);
        menu(news, force, law);
        placeWidgets();
        staticPages(tenant);
    }

    private Category category(String slug, String name, int position) {
        return articles.findCategory(slug).orElseGet(() -> articles.save(new Category(new Slug(slug), name, position)));
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
}
