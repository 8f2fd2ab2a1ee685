vcl 4.1;
# ProvPortal's edge cache in front of the Payara Micro nodes (PROVPORTAL_NODES >= 2), started by the launcher
# with this file (the @...@ placeholders filled in) as `varnishd -F -f <file>`.
#
# Why Varnish (Debian's package): bans and purges are part of the language, so the nodes invalidate exactly what
# a committed change altered (ban by host and path prefix, sent from loopback only), and citizens see the change
# at once; health probes take a dead node out; grace serves the last copy of a page while no node answers.
# Pages are also marked `s-maxage=1` by the nodes, so a lost ban costs at most a second, and a crowd of citizens
# costs the nodes one render per page per second. (nginx's open-source cache cannot purge; Debian's
# cache-purge module crashed its workers on every PURGE here.)

import directors;
import std;

probe ready {
    .url = "/health/ready";
    .interval = 1s;
    .timeout = 2s;
    .window = 3;
    .threshold = 2;
    .initial = 2;
}

@BACKENDS@

acl nodes_only {
    "127.0.0.1";
    "::1";
}

sub vcl_init {
    new readers = directors.shard();
    new editors = directors.shard();
@ADD_BACKENDS@
    editors.reconfigure();
    readers.reconfigure();
}

sub vcl_recv {
    if (req.method == "BAN") {
        if (!client.ip ~ nodes_only) {
            return (synth(405, "Not allowed"));
        }
        ban("obj.http.x-edge-host ~ " + req.http.X-Ban-Host + " && obj.http.x-edge-url ~ " + req.http.X-Ban-Url);
        return (synth(200, "Banned"));
    }
    if (req.method !~ "^(GET|HEAD|POST|PUT|DELETE|OPTIONS)$") {
        return (synth(405, "Method not allowed"));
    }
    set req.http.X-Forwarded-For = client.ip;
    set req.http.X-Edge-Host = regsub(req.http.host, ":[0-9]+$", "");
    if (req.url ~ "^/admin") {
        # One node per client address; the session is replicated, so another node takes over if it dies.
        set req.backend_hint = editors.backend(by=KEY, key=editors.key(client.ip), healthy=CHOSEN);
        std.cache_req_body(64MB);
        return (pass);
    }
    # Citizens' requests are spread by a key of their own (the request's id), kept for a retry: a retry then goes
    # to the next node of the ring, never again to the one that just failed.
    set req.http.X-Shard-Key = req.xid;
    set req.backend_hint = readers.backend(by=KEY, key=readers.key(req.http.X-Shard-Key));
    if (req.url ~ "^/api/" || (req.method != "GET" && req.method != "HEAD")) {
        return (pass);
    }
    if (req.http.Authorization || req.http.Cookie ~ "JSESSIONID") {
        return (pass);
    }
    unset req.http.Cookie;
    # A healthy node refreshes what expired; only when none answers is a stale page better than none.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 2s;
    }
    return (hash);
}

sub vcl_hash {
    hash_data(req.http.X-Edge-Host);
    hash_data(req.url);
    return (lookup);
}

sub vcl_backend_fetch {
    if (bereq.retries > 0) {
        if (bereq.url ~ "^/admin") {
            set bereq.backend = editors.backend(by=KEY, key=editors.key(bereq.http.X-Forwarded-For), alt=1);
        } else {
            set bereq.backend = readers.backend(by=KEY, key=readers.key(bereq.http.X-Shard-Key), alt=bereq.retries);
        }
    }
}

sub vcl_backend_response {
    # A node being stopped refuses before any of its code runs (Draining): the next node in the ring answers.
    # A back-office form's body is kept for this (std.cache_req_body); a citizen's POST is not retried.
    if (beresp.status == 503 && beresp.http.X-ProvPortal-Stopping && bereq.retries < 1
            && (bereq.method == "GET" || bereq.method == "HEAD" || bereq.url ~ "^/admin")) {
        return (retry);
    }
    set beresp.http.x-edge-host = bereq.http.X-Edge-Host;
    set beresp.http.x-edge-url = bereq.url;
    if (beresp.http.Set-Cookie) {
        set beresp.uncacheable = true;
        return (deliver);
    }
    set beresp.grace = 24h;
}

# A node that died between two probes refuses the connection: the request never reached it, so it is sent
# once to another node (the back office's next one in the ring, where the replicated session is).
sub vcl_backend_error {
    if (bereq.retries < 1) {
        return (retry);
    }
}

sub vcl_deliver {
    unset resp.http.x-edge-host;
    unset resp.http.x-edge-url;
    unset resp.http.Via;
    unset resp.http.X-Varnish;
    if (obj.uncacheable) {
        set resp.http.X-Cache = "PASS";
    } elsif (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
