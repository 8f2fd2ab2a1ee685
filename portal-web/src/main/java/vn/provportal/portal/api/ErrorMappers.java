package vn.provportal.portal.api;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.provportal.platform.InvalidInput;

/** Bad input to the API answers 400 with a message a person can act on, never a stack trace. */
final class ErrorMappers {

    private ErrorMappers() {
    }

    /** Figures or a period that the rules refuse. */
    @Provider
    public static class InvalidInputMapper implements ExceptionMapper<InvalidInput> {

        @Override
        public Response toResponse(InvalidInput e) {
            return ApiError.response(Response.Status.BAD_REQUEST, e.messageVi(), e.messageEn());
        }
    }

    /** A body that is not the JSON expected. */
    @Provider
    public static class MalformedJsonMapper implements ExceptionMapper<JsonbException> {

        @Override
        public Response toResponse(JsonbException e) {
            return ApiError.response(Response.Status.BAD_REQUEST, "Nội dung JSON không hợp lệ", "Malformed JSON body");
        }
    }

    /** Malformed JSON as Jersey reports it when reading the entity. */
    @Provider
    public static class ReadingMapper implements ExceptionMapper<ProcessingException> {

        @Override
        public Response toResponse(ProcessingException e) {
            return ApiError.response(Response.Status.BAD_REQUEST, "Nội dung JSON không hợp lệ", "Malformed JSON body");
        }
    }
}
