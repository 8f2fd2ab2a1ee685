package vn.provportal.admin.workspace;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import vn.provportal.platform.InvalidInput;

/** A file sent with a form ({@code h:inputFile}): its bytes, or a message on the screen when none came or it is too big. */
public final class Uploads {

    private Uploads() {
    }

    public static Optional<byte[]> read(Part file, long maxBytes) throws IOException {
        if (file == null || file.getSize() == 0) {
            Faces.error("error.document.no-file");
            return Optional.empty();
        }
        if (file.getSize() > maxBytes) {
            Faces.error(InvalidInput.of("media.file-too-large", file.getSubmittedFileName(),
                    String.format(Locale.ROOT, "%.1f", file.getSize() / 1_048_576.0), maxBytes / 1_048_576));
            return Optional.empty();
        }
        try (InputStream in = file.getInputStream()) {
            return Optional.of(in.readAllBytes());
        }
    }
}
