package vn.provportal.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * A node being stopped (SIGTERM) finishes the requests it is serving before Payara takes its applications down, and
 * answers the ones that arrive meanwhile 503 with {@code Retry-After}, so the edge or the browser asks again — the
 * other node, or this one restarted. Payara's own stop tears the application down under the requests it is serving:
 * a stop under load answered hundreds of them with an empty 500 and lost the views of pages already sent
 * (operations issue #15). So each war catches SIGTERM before the JVM's shutdown begins, drains, and then hands the
 * signal on to the handler it found (the JVM's, which starts the shutdown; or the other war's, which drains too).
 * Each war declares this class as its first filter and as a listener in its web.xml; they share the war's
 * {@link State}.
 */
public class Draining extends HttpFilter implements ServletContextListener {

    private static final String STATE = Draining.class.getName() + ".state";
    private static final Signal TERM = new Signal("TERM");
    /** Below the launcher's 30 s for a node to stop, leaving time for the rest of the shutdown. */
    static final long AT_MOST_MS = 15_000;
    static final int RETRY_AFTER_SECONDS = 5;
    /**
     * How long a stopping node keeps answering 503 (and its readiness "down") before Payara's stop begins, so the
     * edge's probe (every second, two failures) has taken it out of rotation: after this Payara answers by itself.
     */
    static final long LINGER_MS = 3_000;
    /** Marks the 503 of a stopping node: nothing of the request ran, so the edge may send it to another node. */
    public static final String STOPPING_HEADER = "X-ProvPortal-Stopping";
    /** JVM-wide (each war has its own copy of this class): when the first war got the signal, in nanoseconds. */
    private static final String SIGNALLED_AT = "provportal.stopping.since";

    /** Requests being served, whether the application is stopping, and the SIGTERM handler it replaced. */
    static final class State {
        final AtomicInteger serving = new AtomicInteger();
        final AtomicInteger refused = new AtomicInteger();
        volatile boolean stopping;
        SignalHandler replaced;
        SignalHandler installed;
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        State state = state(event.getServletContext());
        String application = event.getServletContext().getContextPath();
        try {
            state.installed = signal -> {
                drain(state, application);
                handOn(state.replaced, signal);
            };
            state.replaced = Signal.handle(TERM, state.installed);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // the JVM runs with -Xrs or keeps SIGTERM for itself: Payara's stop alone, as before
            state.installed = null;
        }
    }

    /** An application undeployed without a JVM stop gives the signal back to the handler it found. */
    @Override
    public void contextDestroyed(ServletContextEvent event) {
        State state = state(event.getServletContext());
        state.stopping = true;
        if (state.installed != null && state.replaced != null) {
            try {
                SignalHandler current = Signal.handle(TERM, state.replaced);
                if (current != state.installed) {
                    Signal.handle(TERM, current); // another war installed its own after this one: leave it
                }
            } catch (IllegalArgumentException | IllegalStateException e) {
                // nothing to give back
            }
        }
    }

    /** Whether this JVM got SIGTERM: readiness reports it, so the edge and Kubernetes stop sending requests. */
    public static boolean stopping() {
        return System.getProperty(SIGNALLED_AT) != null;
    }

    /**
     * Refuses new requests, then waits until those being served are answered (at most {@link #AT_MOST_MS}) and at
     * {@link #LINGER_MS} have passed since the first war of this JVM got the signal.
     */
    static void drain(State state, String application) {
        long start = System.nanoTime();
        System.getProperties().putIfAbsent(SIGNALLED_AT, String.valueOf(start));
        state.stopping = true;
        int atStart = state.serving.get();
        long until = start + AT_MOST_MS * 1_000_000;
        long linger = Long.parseLong(System.getProperty(SIGNALLED_AT)) + LINGER_MS * 1_000_000;
        while ((state.serving.get() > 0 || System.nanoTime() < linger) && System.nanoTime() < until) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        // standard output, not a logger: the JVM's loggers are being shut down with it
        System.out.printf("ProvPortal %s: SIGTERM — %d requests being served at the signal, %d refused with 503 meanwhile, "
                + "%d left after %d ms%n", application.isEmpty() ? "/" : application, atStart, state.refused.get(),
                state.serving.get(), (System.nanoTime() - start) / 1_000_000);
    }

    private static void handOn(SignalHandler replaced, Signal signal) {
        if (replaced != null && replaced != SignalHandler.SIG_DFL && replaced != SignalHandler.SIG_IGN) {
            replaced.handle(signal);
        } else if (replaced != SignalHandler.SIG_IGN) {
            System.exit(128 + signal.getNumber());
        }
    }

    /** This war's state, looked up once: the filter runs on every request. */
    private State filtered;

    @Override
    public void init() {
        filtered = state(getServletContext());
    }

    /**
     * Counted before the check, so a request either is refused or is waited for: none slips between the two. The
     * JVM-wide mark refuses in every war from the first signal on, whichever war's handler runs first.
     */
    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        State state = filtered;
        state.serving.incrementAndGet();
        try {
            if (state.stopping || stopping()) {
                state.refused.incrementAndGet();
                refuse(response);
                return;
            }
            chain.doFilter(request, response);
        } finally {
            state.serving.decrementAndGet();
        }
    }

    private static void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.setHeader("Connection", "close");
        response.setHeader(STOPPING_HEADER, "1");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        byte[] page = ("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"><title>Đang khởi động lại</title></head>"
                + "<body><h1>Cổng thông tin đang khởi động lại</h1><p>Vui lòng tải lại trang sau vài giây.</p>"
                + "<p lang=\"en\">The portal is restarting; please reload in a few seconds.</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }

    private static State state(ServletContext context) {
        synchronized (context) {
            State state = (State) context.getAttribute(STATE);
            if (state == null) {
                state = new State();
                context.setAttribute(STATE, state);
            }
            return state;
        }
    }
}
