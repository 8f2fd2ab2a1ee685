package vn.provportal.platform.database;

import java.nio.file.Path;

/** The data directory holds files that are not a MariaDB database: nothing is started, nothing is touched. */
public class DataDirectoryRefused extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public DataDirectoryRefused(Path path) {
        super("Thư mục dữ liệu " + path + " không trống nhưng không phải cơ sở dữ liệu MariaDB; ProvPortal không khởi"
                + " tạo lại nó để khỏi mất dữ liệu. Hãy chuyển nội dung của nó đi nơi khác, hoặc đặt PROVPORTAL_HOME"
                + " sang thư mục khác. / The data directory " + path + " is not empty but holds no MariaDB database;"
                + " ProvPortal will not re-initialise it and lose what is there. Move its contents elsewhere, or"
                + " point PROVPORTAL_HOME at another folder.");
    }
}
