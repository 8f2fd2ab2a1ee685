package vn.provportal.portal.api;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * {@code /openapi}: the API's OpenAPI 3 document, kept beside the resources it describes
 * ({@code openapi.yaml}). Payara Micro's generated MicroProfile OpenAPI endpoint did not answer under the
 * portal's root context here, so the document is served by the application itself.
 */
@WebServlet("/openapi-document")
public class OpenApiServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/yaml;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=3600");
        try (InputStream in = OpenApiServlet.class.getResourceAsStream("/openapi.yaml")) {
            in.transferTo(response.getOutputStream());
        }
    }
}
