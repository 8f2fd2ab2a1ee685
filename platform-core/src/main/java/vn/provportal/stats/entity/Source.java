package vn.provportal.stats.entity;

/** Where a figure came from, shown beside it ("nguồn"). */
public enum Source {
    MANUAL("nhập thủ công"),
    CSV("tệp CSV"),
    API("hệ thống dịch vụ công"),
    VOTES("đánh giá của người dân");

    private final String label;

    Source(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String getLabel() {
        return label;
    }
}
