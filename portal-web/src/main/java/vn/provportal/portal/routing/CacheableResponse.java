package vn.provportal.portal.routing;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A public page held back until it is complete, so that it can be answered as HTTP caches expect
 * (ARCHITECTURE.md, decision 4): a validator ({@code ETag}) and {@code 304 Not Modified} for a matching
 * {@code If-None-Match}, {@code Cache-Control} for shared caches (one second, then stale while revalidating —
 * the edge asks a node at most once a second per address), and gzip for text. A page that set its own
 * {@code Cache-Control} (preview: {@code no-store}) keeps it; an answer that sets a cookie is never shareable,
 * and of the others only 200, 301 and 404/410 are: a page that went away must replace its cached copy.
 */
final class CacheableResponse extends HttpServletResponseWrapper {

    /** Pages: browsers revalidate (304), shared caches keep a page one second, then serve it stale while refreshing. */
    static final String PAGE = "public, max-age=0, s-maxage=1, stale-while-revalidate=10, stale-if-error=86400";
    /** Style sheets, scripts and pictures of the theme: they change only with a new release. */
    static final String STATIC = "public, max-age=3600, stale-if-error=86400";

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
    private ServletOutputStream stream;
    private PrintWriter writer;
    private final String sharedPolicy;
    private boolean setsCookie;
    private boolean errorSent;
    private int status = SC_OK;

    /** @param sharedPolicy the {@code Cache-Control} of a complete, cookie-free 200 that set none itself */
    CacheableResponse(HttpServletResponse response, String sharedPolicy) {
        super(response);
        this.sharedPolicy = sharedPolicy;
    }

    @Override
    public void addCookie(Cookie cookie) {
        setsCookie = true;
        super.addCookie(cookie);
    }

    @Override
    public void setHeader(String name, String value) {
        setsCookie |= "Set-Cookie".equalsIgnoreCase(name);
        super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        setsCookie |= "Set-Cookie".equalsIgnoreCase(name);
        super.addHeader(name, value);
    }

    @Override
    public void setStatus(int sc) {
        status = sc;
        super.setStatus(sc);
    }

    @Override
    public void sendError(int sc) throws IOException {
        beforeError(sc);
        super.sendError(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        beforeError(sc);
        super.sendError(sc, msg);
    }

    /**
     * The container renders the error page itself; a "gone" answer is still marked shareable, so that a shared
     * cache replaces the page it held (an unpublished article) instead of serving it stale.
     */
    private void beforeError(int sc) {
        status = sc;
        errorSent = true;
        if (isGone(sc) && !setsCookie && getHeader("Cache-Control") == null) {
            setHeader("Cache-Control", PAGE);
        }
    }

    private static boolean isGone(int sc) {
        return sc == SC_NOT_FOUND || sc == SC_GONE;
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        status = SC_FOUND;
        errorSent = true;
        super.sendRedirect(location);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    body.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("blocking only");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset()));
        }
        return writer;
    }

    @Override
    public void setContentLength(int len) {
        // the length is the one of what is finally sent
    }

    @Override
    public void setContentLengthLong(long len) {
        // the length is the one of what is finally sent
    }

    @Override
    public void flushBuffer() {
        // held back until finish()
    }

    @Override
    public void resetBuffer() {
        body.reset();
        super.resetBuffer();
    }

    @Override
    public void reset() {
        body.reset();
        super.reset();
    }

    /**
     * Sends what the page wrote, as 304, gzipped or plain, with the caching headers.
     *
     * @return the page as sent, when any citizen may be given the same copy: a complete 200 without a cookie
     *         and without a caching policy of its own
     */
    Optional<PageCopy> finish(HttpServletRequest request) throws IOException {
        if (writer != null) {
            writer.flush();
        }
        HttpServletResponse response = (HttpServletResponse) getResponse();
        if (response.isCommitted() || errorSent) {
            return Optional.empty();
        }
        byte[] bytes = body.toByteArray();
        boolean ownPolicy = response.getHeader("Cache-Control") != null;
        boolean shareable = (status == SC_OK || status == SC_MOVED_PERMANENTLY || isGone(status)) && !setsCookie
                && !ownPolicy;
        if (shareable) {
            response.setHeader("Cache-Control", status == SC_OK ? sharedPolicy : PAGE);
        } else if (!ownPolicy) {
            response.setHeader("Cache-Control", "private, no-store");
        }
        if (status == SC_OK && !setsCookie) {
            PageCopy copy = new PageCopy(response, bytes);
            copy.send(request, response);
            return shareable ? Optional.of(copy) : Optional.empty();
        }
        PageCopy.write(request, response, bytes,
                PageCopy.compressible(response.getContentType(), bytes) ? () -> PageCopy.gzip(bytes) : null);
        return Optional.empty();
    }

    private Charset charset() {
        String name = getCharacterEncoding();
        return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
    }
}
