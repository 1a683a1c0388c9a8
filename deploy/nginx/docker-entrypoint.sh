#!/bin/sh
# Run by the nginx image's entrypoint before nginx starts (compose.yaml mounts it into
# /docker-entrypoint.d/): renders the portal's configuration in place of the image's default.
set -eu
rm -f /etc/nginx/conf.d/default.conf
/etc/nginx/portal/render.sh > /etc/nginx/conf.d/portal.conf
