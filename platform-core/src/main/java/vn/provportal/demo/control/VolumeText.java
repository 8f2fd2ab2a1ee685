package vn.provportal.demo.control;

import java.util.List;
import java.util.Random;

/**
 * Vietnamese news text for the volume demo: titles, leads, bodies and comments assembled from phrases a provincial
 * police portal really carries, so that search, slugs, collation and page weight behave as with real news. The
 * same province and number always give the same text.
 */
public final class VolumeText {

    private static final List<String> SUBJECTS = List.of("Công an tỉnh", "Công an phường", "Công an xã",
            "Phòng Cảnh sát giao thông", "Phòng Cảnh sát hình sự", "Phòng An ninh mạng", "Đội Cảnh sát phòng cháy",
            "Lực lượng Cảnh sát cơ động", "Phòng Quản lý hành chính về trật tự xã hội", "Trại tạm giam");
    private static final List<String> ACTIONS = List.of("triệt phá đường dây", "bắt giữ nhóm đối tượng",
            "ra quân cao điểm trấn áp", "tuyên truyền phòng, chống", "tổng kết công tác", "diễn tập phương án",
            "cảnh báo thủ đoạn", "trao tặng giấy khen trong", "kiểm tra, xử lý vi phạm về", "ký kết phối hợp về");
    private static final List<String> OBJECTS = List.of("lừa đảo trên không gian mạng", "đánh bạc qua mạng",
            "ma túy tổng hợp", "vi phạm nồng độ cồn", "cho vay lãi nặng", "trộm cắp tài sản", "buôn lậu hàng giả",
            "phòng cháy, chữa cháy nhà ở kết hợp kinh doanh", "cấp căn cước và định danh điện tử",
            "bảo vệ an ninh Tổ quốc", "an toàn giao thông dịp Tết", "mua bán người");
    private static final List<String> PLACES = List.of("khu dân cư", "trường học", "chợ đầu mối", "khu công nghiệp",
            "bến xe", "tuyến quốc lộ", "địa bàn giáp ranh", "các xã vùng sâu", "trung tâm hành chính", "làng nghề");
    private static final List<String> SENTENCES = List.of(
            "Qua công tác nắm tình hình, lực lượng chức năng phát hiện các đối tượng có biểu hiện nghi vấn.",
            "Đơn vị đã phối hợp chặt chẽ với chính quyền địa phương và các ban, ngành, đoàn thể.",
            "Người dân cần cảnh giác, không cung cấp thông tin cá nhân, mã OTP cho người lạ.",
            "Cơ quan Cảnh sát điều tra đang tiếp tục củng cố hồ sơ để xử lý theo quy định của pháp luật.",
            "Trong đợt cao điểm, các tổ công tác đã kiểm tra hàng trăm lượt phương tiện và cơ sở kinh doanh.",
            "Hội nghị đã đánh giá kết quả đạt được, chỉ ra hạn chế và đề ra nhiệm vụ trọng tâm thời gian tới.",
            "Mọi thông tin tố giác tội phạm, người dân có thể báo qua số điện thoại 113 hoặc Công an nơi gần nhất.",
            "Lãnh đạo Công an tỉnh yêu cầu các đơn vị nắm chắc tình hình, không để bị động, bất ngờ.",
            "Thực hiện Đề án 06 của Chính phủ, lực lượng Công an đã hướng dẫn người dân kích hoạt tài khoản định danh điện tử.",
            "Các đối tượng khai nhận đã lợi dụng mạng xã hội để chiếm đoạt tài sản của nhiều người.",
            "Tang vật thu giữ gồm điện thoại di động, xe máy, tiền mặt và nhiều giấy tờ liên quan.",
            "Buổi tuyên truyền thu hút đông đảo học sinh, giáo viên và phụ huynh tham dự.",
            "Phong trào toàn dân bảo vệ an ninh Tổ quốc tiếp tục được đẩy mạnh ở cơ sở.",
            "Ban chỉ đạo đề nghị các địa phương nhân rộng mô hình tự quản về an ninh, trật tự.",
            "Đơn vị đã chuyển hồ sơ vụ việc đến cơ quan có thẩm quyền để xử lý theo quy định.",
            "Công tác cải cách hành chính, giải quyết thủ tục cho công dân được thực hiện nhanh chóng, thuận tiện.");
    private static final List<String> HEADINGS = List.of("Kết quả nổi bật", "Thủ đoạn của các đối tượng",
            "Khuyến cáo người dân", "Nhiệm vụ thời gian tới", "Phối hợp giữa các lực lượng");
    private static final List<String> NAMES = List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Minh Châu",
            "Phạm Quốc Dũng", "Hoàng Thu Hà", "Vũ Đức Long", "Đặng Thị Mai", "Bùi Thanh Sơn");
    private static final List<String> OPINIONS = List.of("Cảm ơn lực lượng Công an đã kịp thời thông tin.",
            "Bài viết rất hữu ích, tôi sẽ chia sẻ cho người thân cùng biết.",
            "Mong cơ quan chức năng tiếp tục tuyên truyền về các thủ đoạn lừa đảo mới.",
            "Đề nghị tăng cường tuần tra vào buổi tối ở khu vực này.");

    /** One article's text. */
    public record Text(String title, String lead, String bodyHtml, String author, String caption) {
    }

    /** One citizen's comment. */
    public record Opinion(String name, String body) {
    }

    private VolumeText() {
    }

    public static Text article(String provinceName, int number) {
        Random random = new Random(provinceName.hashCode() * 1_000_003L + number);
        String subject = pick(random, SUBJECTS);
        String topic = pick(random, OBJECTS);
        String title = subject + " " + pick(random, ACTIONS) + " " + topic + " tại " + pick(random, PLACES)
                + " (bản tin số " + number + ")";
        String lead = "(" + provinceName + ") - " + subject + " vừa triển khai nhiều biện pháp về " + topic
                + ". " + pick(random, SENTENCES);
        StringBuilder body = new StringBuilder();
        int paragraphs = 6 + random.nextInt(6);
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0 && p % 4 == 0) {
                body.append("<h2>").append(pick(random, HEADINGS)).append("</h2>");
            }
            body.append("<p>");
            for (int s = 0; s < 3; s++) {
                body.append(pick(random, SENTENCES)).append(' ');
            }
            body.append("</p>");
        }
        body.append("<p>[[anh-1]]</p>");
        return new Text(title, lead, body.toString(), pick(random, NAMES), "Lực lượng " + subject + " làm nhiệm vụ tại "
                + pick(random, PLACES));
    }

    public static Opinion opinion(String provinceName, int number, int index) {
        Random random = new Random(provinceName.hashCode() * 7_919L + number * 31L + index);
        return new Opinion(pick(random, NAMES), pick(random, OPINIONS));
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
