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

    /**
     * What Jersey refuses by itself — an empty body (400), an unknown address (404), another method (405), a body
     * that is not JSON (415) — answered as JSON in both languages like every other refusal, not as the server's
     * HTML error page a system cannot read.
     */
    @Provider
    public static class RefusedRequestMapper implements ExceptionMapper<jakarta.ws.rs.WebApplicationException> {

        @Override
        public Response toResponse(jakarta.ws.rs.WebApplicationException e) {
            Response original = e.getResponse();
            String[] text = switch (original.getStatus()) {
                case 400 -> new String[] {"Thiếu nội dung hoặc nội dung không hợp lệ", "Missing or malformed body"};
                case 404 -> new String[] {"Không có địa chỉ này trong API", "No such API address"};
                case 405 -> new String[] {"API không nhận phương thức này", "Method not allowed here"};
                case 406 -> new String[] {"API chỉ trả lời JSON", "The API answers JSON only"};
                case 415 -> new String[] {"Nội dung gửi lên phải là JSON", "The body must be JSON"};
                default -> null;
            };
            if (text == null || original.hasEntity()) {
                return original;
            }
            Response.ResponseBuilder answer = Response.fromResponse(ApiError.response(
                    Response.Status.fromStatusCode(original.getStatus()), text[0], text[1]));
            original.getHeaders().forEach((name, values) -> {
                if (!"Content-Type".equalsIgnoreCase(name)) {
                    values.forEach(v -> answer.header(name, v));
                }
            });
            return answer.build();
        }
    }
}
