#!/bin/sh
# Writes the portal's nginx configuration from portal.conf.template to stdout, substituting only
# the ${PORTAL_…} names (envsubst with an explicit list, so nginx's own $variables stay as they
# are). Set at least PORTAL_SITE_HOST, PORTAL_ADMIN_HOST, PORTAL_TLS_CERTIFICATE and
# PORTAL_TLS_CERTIFICATE_KEY; the rest have the defaults below. Usage:
#   PORTAL_SITE_HOST=invest.example.cn PORTAL_ADMIN_HOST=admin.invest.example.cn \
#   PORTAL_TLS_CERTIFICATE=/etc/ssl/portal/fullchain.pem PORTAL_TLS_CERTIFICATE_KEY=/etc/ssl/portal/privkey.pem \
#   PORTAL_ADMIN_ALLOW='10.0.0.0/8 192.168.0.0/16' deploy/nginx/render.sh > /etc/nginx/conf.d/portal.conf
set -eu
here=$(dirname "$0")

: "${PORTAL_SITE_HOST:?the public site's host name, e.g. invest.example.cn}"
: "${PORTAL_ADMIN_HOST:?the admin's host name, e.g. admin.invest.example.cn}"
: "${PORTAL_TLS_CERTIFICATE:?path of the certificate chain (PEM)}"
: "${PORTAL_TLS_CERTIFICATE_KEY:?path of its private key (PEM)}"
export PORTAL_HTTPS_PORT="${PORTAL_HTTPS_PORT:-443}"
export PORTAL_HTTP_PORT="${PORTAL_HTTP_PORT:-80}"
export PORTAL_SITE_UPSTREAM="${PORTAL_SITE_UPSTREAM:-127.0.0.1:4321}"
export PORTAL_CMS_UPSTREAM="${PORTAL_CMS_UPSTREAM:-127.0.0.1:3000}"
export PORTAL_LOG_DIR="${PORTAL_LOG_DIR:-/var/log/nginx}"
# Addresses or networks that may reach the admin, separated by spaces; `all` makes it public.
PORTAL_ADMIN_ALLOW="${PORTAL_ADMIN_ALLOW:-127.0.0.1}"

# Redirects name the HTTPS port only when it is not the default one.
if [ "$PORTAL_HTTPS_PORT" = 443 ]; then PORTAL_HTTPS_PORT_SUFFIX=''; else PORTAL_HTTPS_PORT_SUFFIX=":$PORTAL_HTTPS_PORT"; fi
export PORTAL_HTTPS_PORT_SUFFIX

PORTAL_ADMIN_ACCESS=''
for address in $PORTAL_ADMIN_ALLOW; do PORTAL_ADMIN_ACCESS="${PORTAL_ADMIN_ACCESS}allow $address; "; done
export PORTAL_ADMIN_ACCESS

# The CMS's upload limit, as cms/src/lib/bodyLimits.ts computes it: the larger of the image limit
# (20 MiB) and PDF_MAX_BYTES (20 MiB by default), one byte to see "too large", 1 MiB for the rest.
image_max=20971520
pdf_max="${PDF_MAX_BYTES:-20971520}"
largest=$(( pdf_max > image_max ? pdf_max : image_max ))
export PORTAL_CMS_BODY_MAX_BYTES=$(( largest + 1 + 1048576 ))
export PORTAL_SITE_HOST PORTAL_ADMIN_HOST PORTAL_TLS_CERTIFICATE PORTAL_TLS_CERTIFICATE_KEY

exec envsubst '${PORTAL_SITE_HOST} ${PORTAL_ADMIN_HOST} ${PORTAL_TLS_CERTIFICATE} ${PORTAL_TLS_CERTIFICATE_KEY} ${PORTAL_HTTPS_PORT} ${PORTAL_HTTP_PORT} ${PORTAL_HTTPS_PORT_SUFFIX} ${PORTAL_SITE_UPSTREAM} ${PORTAL_CMS_UPSTREAM} ${PORTAL_LOG_DIR} ${PORTAL_ADMIN_ACCESS} ${PORTAL_CMS_BODY_MAX_BYTES}' < "$here/portal.conf.template"
