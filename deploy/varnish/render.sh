#!/bin/sh
# Writes portal-site.vcl, the part of deploy/varnish/portal.vcl that differs from server to
# server, to stdout: one backend per site instance with a health probe on /healthz, the
# round-robin director over them, who may purge, which proxy in front may say who the client
# is, and the purge secret. Put it next to portal.vcl (portal.vcl includes it by name). Usage:
#   PORTAL_SITE_BACKENDS='10.0.0.11:4321 10.0.0.12:4321' REVALIDATE_SECRET=… \
#   deploy/varnish/render.sh > /etc/varnish/portal-site.vcl
# The file holds the secret: make it readable by root and varnish only.
set -eu

: "${PORTAL_SITE_BACKENDS:?the site instances, host:port separated by spaces, e.g. 127.0.0.1:4321 127.0.0.1:4322}"
: "${REVALIDATE_SECRET:?the secret the CMS sends with every invalidation (the same as the CMS and the sites have)}"
# Addresses or networks that may send a purge (with the secret): loopback and private networks.
PORTAL_PURGE_ALLOW="${PORTAL_PURGE_ALLOW:-127.0.0.1 ::1 10.0.0.0/8 172.16.0.0/12 192.168.0.0/16 fc00::/7}"
# A TLS terminator in front (nginx on this host) whose X-Forwarded-For and -Proto are kept.
PORTAL_FRONT_PROXIES="${PORTAL_FRONT_PROXIES:-127.0.0.1 ::1}"

# VCL strings cannot escape a quote: the secret is refused rather than mangled.
case "$REVALIDATE_SECRET" in
  *[!A-Za-z0-9._~+/=-]*) echo "REVALIDATE_SECRET may hold only letters, digits and ._~+/=- for Varnish" >&2; exit 1 ;;
esac
[ ${#REVALIDATE_SECRET} -ge 16 ] || { echo "REVALIDATE_SECRET is shorter than 16 characters" >&2; exit 1; }

acl_entries() {
  for entry in $1; do
    case "$entry" in
      */*) printf '    "%s"/%s;\n' "${entry%/*}" "${entry#*/}" ;;
      *) printf '    "%s";\n' "$entry" ;;
    esac
  done
}

cat <<HEAD
# Written by deploy/varnish/render.sh for deploy/varnish/portal.vcl; render it again to change it.
vcl 4.1;

import directors;

probe portal_site_health {
    .url = "/healthz";
    .interval = 1s;
    .timeout = 1s;
    .window = 3;
    .threshold = 2;
    .initial = 2;
}
HEAD

n=0
for backend in $PORTAL_SITE_BACKENDS; do
  n=$((n + 1))
  host="${backend%:*}"
  port="${backend##*:}"
  case "$port" in ''|*[!0-9]*) echo "PORTAL_SITE_BACKENDS: \"$backend\" is not host:port" >&2; exit 1 ;; esac
  cat <<BACKEND

backend site_$n {
    .host = "$host";
    .port = "$port";
    .probe = portal_site_health;
    .connect_timeout = 1s;
    .first_byte_timeout = 30s;
    .between_bytes_timeout = 10s;
}
BACKEND
done
[ "$n" -gt 0 ] || { echo "PORTAL_SITE_BACKENDS names no instance" >&2; exit 1; }

# The round robin, and for each instance the others in order after it (a fallback director takes
# the first healthy one): a request its instance failed is sent to the next one, never back to
# the same one before the probes have noticed.
printf '\nsub vcl_init {\n    new portal_site = directors.round_robin();\n'
i=0
while [ "$i" -lt "$n" ]; do i=$((i + 1)); printf '    portal_site.add_backend(site_%s);\n' "$i"; done
i=0
while [ "$i" -lt "$n" ]; do
  i=$((i + 1))
  printf '    new portal_after_site_%s = directors.fallback();\n' "$i"
  j=$i
  k=1
  while [ "$k" -lt "$n" ]; do
    j=$(( j % n + 1 ))
    printf '    portal_after_site_%s.add_backend(site_%s);\n' "$i" "$j"
    k=$((k + 1))
  done
  # With one instance there is no other: it is tried again.
  [ "$n" -gt 1 ] || printf '    portal_after_site_%s.add_backend(site_%s);\n' "$i" "$i"
done
printf '}\n\n# The instance after the one that failed (bereq.http.X-Portal-Failed names it).\nsub portal_next_backend {\n'
i=0
while [ "$i" -lt "$n" ]; do
  i=$((i + 1))
  printf '    if (bereq.http.X-Portal-Failed == "site_%s") {\n        set bereq.backend = portal_after_site_%s.backend();\n    }\n' "$i" "$i"
done
printf '}\n\nacl portal_purgers {\n'
acl_entries "$PORTAL_PURGE_ALLOW"
printf '}\n\nacl portal_front_proxies {\n'
acl_entries "$PORTAL_FRONT_PROXIES"
cat <<TAIL
}

sub portal_check_purge_secret {
    if (req.http.Authorization != "Bearer $REVALIDATE_SECRET") {
        return (synth(401, "Unauthorized"));
    }
}
TAIL
