#!/bin/sh
# Starts WildFly with DealerHub's configuration. Every setting comes from the environment the Helm
# chart sets (DEALERHUB_* and JAVA_OPTS, read by the configuration's expressions); arguments are
# passed on to standalone.sh (e.g. -Djboss.socket.binding.port-offset=N).
#
# The image's files belong to root and stay read-only to the server. WildFly writes data, log, tmp,
# deployment markers and configuration history under its base folder, so it runs from a fresh copy
# of /opt/wildfly/standalone (configuration and WARs) in the user's own folder.
set -eu
base=${DEALERHUB_SERVER_BASE:-/var/lib/dealerhub/standalone}
rm -rf "$base"
cp -R /opt/wildfly/standalone "$base"
exec /opt/wildfly/bin/standalone.sh -c standalone-microprofile.xml -Djboss.server.base.dir="$base" \
  -b 0.0.0.0 -bmanagement 0.0.0.0 "$@"
