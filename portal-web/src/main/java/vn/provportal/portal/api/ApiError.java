package vn.provportal.portal.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An error body: the message in Vietnamese, then in English. */
public record ApiError(String error, String errorEn) {

    static Response response(Response.Status status, String vi, String en) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ApiError(vi, en)).build();
    }
}
