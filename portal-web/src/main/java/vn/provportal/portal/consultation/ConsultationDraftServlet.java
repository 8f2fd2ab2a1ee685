package vn.provportal.portal.consultation;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.provportal.consultation.boundary.Consultations;
import vn.provportal.consultation.entity.Consultation;
import vn.provportal.portal.document.DocumentFileServlet;
import vn.provportal.portal.routing.NotFound;
import vn.provportal.portal.routing.PortalPaths;

/** A consultation's draft to download ({@code /<province>/gop-y-du-thao/<slug>/du-thao}), sent as a document's file is. */
@WebServlet("/consultation-draft")
public class ConsultationDraftServlet extends HttpServlet {

    @Inject
    Consultations consultations;

    @Inject
    PortalPaths paths;

    @Inject
    NotFound notFound;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Consultation consultation = consultations.bySlug(paths.getParameter()).filter(Consultation::hasDraft).orElse(null);
        if (consultation == null) {
            notFound.respond(response);
            return;
        }
        DocumentFileServlet.send(response, consultation.getDraftFileName(), consultation.getDraftContentType(),
                consultation.getDraftBytes(), "public, max-age=600");
    }
}
