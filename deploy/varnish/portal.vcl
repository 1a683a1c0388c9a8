# The shared cache in front of the site instances (Debian's Varnish 7.1 with varnish-modules'
# xkey). It keeps every page the site marks cacheable until the CMS purges one of its tags, the
# same tags the site's route cache uses (src/common/cacheTags.ts; the site sends them in `xkey`
# with CACHE_TAG_HEADER=true, src/lib/cacheTagHeader.ts). What differs from server to server (the
# site instances, who may purge, the purge secret) is in portal-site.vcl, written by
# deploy/varnish/render.sh next to this file. Start it with http_gzip_support off: the site
# compresses (br and gzip, once per render) and Varnish stores each encoding the site sends;
# with it on, Varnish would ask every backend for gzip only and brotli would never be served:
#   varnishd -a :80 -f /etc/varnish/portal.vcl -p http_gzip_support=off -s malloc,1G
# tests/e2e/scale-out.spec.ts runs this file, rendered the same way, in front of two site
# instances and the CMS.
vcl 4.1;

import std;
import xkey;

# Backends `site_1`, `site_2`, … probed on /healthz, the round-robin director `portal_site`,
# `sub portal_next_backend` (the instance after a failed one), the ACLs `portal_purgers` and
# `portal_front_proxies`, and `sub portal_check_purge_secret`.
include "./portal-site.vcl";

sub vcl_recv {
    set req.backend_hint = portal_site.backend();

    if (req.restarts == 0) {
        # Headers only this file sets: never taken from a client.
        unset req.http.X-Portal-Stale;
        unset req.http.X-Portal-Accept-Encoding;
        unset req.http.X-Portal-Cacheable;
        unset req.http.X-Portal-Purged;
        # Who the client is, as the site counts rate limits (TRUST_PROXY=true): a TLS terminator
        # in front (portal_front_proxies) has said it; anyone else is the address it comes from.
        # The host the site builds links from is the one the page is cached under.
        if (client.ip !~ portal_front_proxies) {
            set req.http.X-Forwarded-For = client.ip;
            unset req.http.X-Forwarded-Proto;
        }
        unset req.http.X-Forwarded-Port;
        set req.http.X-Forwarded-Host = req.http.Host;
    }

    # The CMS's invalidation (cms/src/revalidation/transport.ts): the call every target gets,
    # answered here and never passed to a site instance. Only from portal_purgers, and only
    # with the secret: behind a proxy on the same host every visitor comes from loopback.
    if (req.url ~ "^/api/revalidate(\?|$)") {
        if (req.method != "POST") {
            return (synth(405, "Method Not Allowed"));
        }
        if (client.ip !~ portal_purgers) {
            return (synth(403, "Forbidden"));
        }
        call portal_check_purge_secret;
        if (req.http.xkey-purge !~ "[^\s,]") {
            return (synth(400, "xkey-purge names no tags"));
        }
        # Soft: the purged pages are fetched again on the next request (req.grace is 0 while the
        # sites are healthy) but stay to be served if that fetch fails (CMS or sites down).
        set req.http.X-Portal-Purged = xkey.softpurge(req.http.xkey-purge);
        return (synth(200, "Purged"));
    }

    # Forms and actions (POST), and every method but GET and HEAD, for one visitor only.
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # A cookie or credentials may change the answer; nothing cached is for them.
    if (req.http.Cookie || req.http.Authorization) {
        return (pass);
    }
    # Pages for one visitor (the inquiry form with its key, tracking, drafts, search results),
    # Astro's own routes, and the probes, which must say how each instance is.
    if (req.url ~ "^/[^/]+/(contact|track|preview|search)(/|\?|$)" ||
        req.url ~ "^/(_actions|_server-islands|api)(/|\?|$)" ||
        req.url ~ "^/(healthz|readyz)(\?|$)") {
        return (pass);
    }

    # The query keeps only the parameters a page reads (src/lib/pageQuery.ts: the site renders
    # from nothing else), sorted: utm_*, ref and whatever a visitor adds never make a separate
    # copy, and no copy holds what one visitor sent. Astro's routes (/_image) keep theirs.
    if (req.url ~ "\?" && req.url !~ "^/_") {
        set req.url = regsuball(req.url, "(?<=[?&])(?!(?:category|industry|page|park|q|stage|status|token|type)(?:=|&|$))[^&]*(?:&|$)", "");
        set req.url = regsub(req.url, "[?&]+$", "");
        set req.url = std.querysort(req.url);
    }

    # One copy per encoding the site sends, chosen as the site chooses (brotli first): at most
    # three, whatever browsers write in Accept-Encoding.
    if (req.http.Accept-Encoding ~ "(?i)(^|,)\s*br\s*(,|$|;(?!\s*q\s*=\s*0(\.0*)?\s*(,|$)))") {
        set req.http.Accept-Encoding = "br";
    } elsif (req.http.Accept-Encoding ~ "(?i)(^|,)\s*(x-)?gzip\s*(,|$|;(?!\s*q\s*=\s*0(\.0*)?\s*(,|$)))") {
        set req.http.Accept-Encoding = "gzip";
    } else {
        unset req.http.Accept-Encoding;
    }
    if (req.http.Accept-Encoding) {
        set req.http.X-Portal-Accept-Encoding = req.http.Accept-Encoding;
    }
    set req.http.X-Portal-Cacheable = "1";

    # A purged or expired page is fetched again before it is served while an instance is up;
    # stale copies are served when none is (or, below, when the fetch fails).
    if (req.http.X-Portal-Stale || !std.healthy(req.backend_hint)) {
        set req.grace = 24h;
    } else {
        set req.grace = 0s;
    }
    return (hash);
}

sub vcl_hash {
    # A page fetched over HTTPS (said by the proxy in front) is kept apart from one over HTTP.
    if (req.http.X-Forwarded-Proto) {
        hash_data(req.http.X-Forwarded-Proto);
    }
    # Then Varnish's own: the URL (query normalised above) and the host.
}

sub vcl_backend_fetch {
    # The encoding the request asked for, even where Varnish would ask for gzip itself. (Varnish
    # keys a page's copies by these bereq headers: an empty one would be a key of its own.)
    if (bereq.http.X-Portal-Accept-Encoding) {
        set bereq.http.Accept-Encoding = bereq.http.X-Portal-Accept-Encoding;
    } else {
        unset bereq.http.Accept-Encoding;
    }
    unset bereq.http.X-Portal-Accept-Encoding;
    # A retry goes to the instance after the one that failed (portal-site.vcl).
    if (bereq.retries > 0) {
        call portal_next_backend;
    }
    unset bereq.http.X-Portal-Failed;
    # X-Portal-Cacheable and X-Portal-Stale stay for vcl_backend_response (the site ignores them).
}

sub vcl_backend_response {
    # A failed refresh in the background leaves the stale copy in place.
    if (beresp.status >= 500 && bereq.is_bgfetch) {
        return (abandon);
    }
    # A failed first fetch of a page is given up, so that vcl_synth can try again allowed a
    # stale copy (an error delivered here would take the stale copy's place). The second time
    # (X-Portal-Stale: there was none) the site's own error page is sent, never kept.
    if (beresp.status >= 500) {
        if (bereq.http.X-Portal-Cacheable && !bereq.http.X-Portal-Stale) {
            return (abandon);
        }
        set beresp.ttl = 0s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    # Pages are fetched whole before they are sent (they are small, and compressed): an instance
    # killed halfway through an answer is a failed fetch, retried on another, not a cut page.
    if (std.integer(beresp.http.Content-Length, 0) < 4194304) {
        set beresp.do_stream = false;
    }
    if (bereq.uncacheable) {
        return (deliver);
    }
    # Only what the site says a shared cache may keep (s-maxage or max-age, not private,
    # no-store or no-cache, no cookie): every answer for one visitor says private, no-store.
    if (beresp.http.Set-Cookie ||
        beresp.http.Cache-Control ~ "(?i)(^|,)\s*(private|no-store|no-cache)\b" ||
        beresp.http.Vary ~ "\*" ||
        beresp.ttl <= 0s) {
        set beresp.ttl = 120s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    # A page kept for a shared cache (s-maxage) without its tags could not be purged on
    # publishing: kept a few seconds only, and said so in the log (CACHE_TAG_HEADER unset?).
    if (beresp.http.Cache-Control ~ "(?i)s-maxage" && !beresp.http.xkey) {
        std.log("portal: cacheable page without xkey (is CACHE_TAG_HEADER=true set on the site?): " + bereq.url);
        set beresp.ttl = 5s;
    }
    # The TTL is the site's s-maxage (a purge is what normally ends it); a stale copy is kept a
    # day for when no instance can render it.
    set beresp.grace = 24h;
    return (deliver);
}

sub vcl_backend_error {
    # An instance that is gone (killed, restarting): the one after it (portal_next_backend),
    # before the probes have noticed. Only methods that may be sent twice.
    if (bereq.retries < 2 && (bereq.method == "GET" || bereq.method == "HEAD")) {
        set bereq.http.X-Portal-Failed = beresp.backend.name;
        return (retry);
    }
    # No instance answered: given up, so that vcl_synth can try once more allowed a stale copy;
    # a failed refresh in the background leaves the stale copy in place.
    if (bereq.is_bgfetch || (bereq.http.X-Portal-Cacheable && !bereq.http.X-Portal-Stale)) {
        return (abandon);
    }
}

sub vcl_deliver {
    # The tags and the site's own cache report are for this cache only.
    unset resp.http.xkey;
    unset resp.http.X-Astro-Cache;
    unset resp.http.Via;
    unset resp.http.X-Varnish;
    if (obj.uncacheable) {
        set resp.http.X-Cache = "pass";
    } elsif (obj.ttl <= 0s && obj.hits > 0) {
        set resp.http.X-Cache = "stale";
    } elsif (obj.hits > 0) {
        set resp.http.X-Cache = "hit";
    } else {
        set resp.http.X-Cache = "miss";
    }
}

sub vcl_synth {
    # A fetch that failed (an error from the site for a page, no instance answered, an answer
    # cut off): once more, now allowed a stale copy, or another instance. GET and HEAD only:
    # they may be sent twice.
    if (resp.status == 503 && req.restarts == 0 && (req.method == "GET" || req.method == "HEAD") && !req.http.X-Portal-Stale) {
        set req.http.X-Portal-Stale = "1";
        return (restart);
    }
    if (req.http.X-Portal-Purged) {
        set resp.http.Content-Type = "application/json";
        set resp.body = {"{"purged":"} + req.http.X-Portal-Purged + "}";
        return (deliver);
    }
    set resp.http.Cache-Control = "private, no-store";
}
