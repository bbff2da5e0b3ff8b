{{/*
Chart name, truncated to 63 characters (the DNS label limit).
*/}}
{{- define "dealerhub.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Fully qualified name of the release's resources, truncated to 63 characters.
A release whose name already contains the chart name is not repeated.
*/}}
{{- define "dealerhub.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/*
Value of the helm.sh/chart label: <chart>-<version>.
*/}}
{{- define "dealerhub.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Labels that select the pods; they must never change between releases.
*/}}
{{- define "dealerhub.selectorLabels" -}}
app.kubernetes.io/name: {{ include "dealerhub.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/*
Labels put on every resource.
*/}}
{{- define "dealerhub.labels" -}}
helm.sh/chart: {{ include "dealerhub.chart" . }}
{{ include "dealerhub.selectorLabels" . }}
app.kubernetes.io/version: {{ .Values.image.tag | default .Chart.AppVersion | quote }}
app.kubernetes.io/component: application
app.kubernetes.io/part-of: dealerhub
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/*
Name of the ServiceAccount the pods run as.
*/}}
{{- define "dealerhub.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "dealerhub.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/*
Container image reference: repository:tag, the tag defaulting to the appVersion.
*/}}
{{- define "dealerhub.image" -}}
{{- printf "%s:%s" .Values.image.repository (.Values.image.tag | default .Chart.AppVersion) }}
{{- end }}

{{/*
Name of the ConfigMap holding the non-secret settings.
*/}}
{{- define "dealerhub.configMapName" -}}
{{- printf "%s-config" (include "dealerhub.fullname" .) | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Name of the Secret holding the database passwords: database.existingSecret when
given, else the one this chart creates.
*/}}
{{- define "dealerhub.secretName" -}}
{{- if .Values.database.existingSecret }}
{{- .Values.database.existingSecret }}
{{- else }}
{{- include "dealerhub.fullname" . }}
{{- end }}
{{- end }}

{{/*
Name of the Secret holding the Keycloak admin API client's secret:
oidc.existingSecret when given, else the Secret of the database passwords
(database.existingSecret or the one this chart creates).
*/}}
{{- define "dealerhub.oidcSecretName" -}}
{{- default (include "dealerhub.secretName" .) .Values.oidc.existingSecret }}
{{- end }}

{{/*
Whether the chart's own Secret holds the admin client's secret: only when
neither oidc.existingSecret nor database.existingSecret provides it. Renders
"true" or "".
*/}}
{{- define "dealerhub.chartSecretHoldsOidc" -}}
{{- if not (or .Values.database.existingSecret .Values.oidc.existingSecret) }}true{{ end }}
{{- end }}

{{/*
Required settings without a usable default. Each `required` fails the rendering
with a message naming the value to set.
*/}}
{{- define "dealerhub.databaseUrl" -}}
{{- required "database.url is required: the JDBC URL of the PostgreSQL database, e.g. --set database.url=jdbc:postgresql://postgres.dealerhub.svc:5432/dealerhub" .Values.database.url }}
{{- end }}

{{- define "dealerhub.kafkaBootstrapServers" -}}
{{- required "kafka.bootstrapServers is required: the comma-separated host:port list of the Kafka brokers, e.g. --set kafka.bootstrapServers=kafka.dealerhub.svc:9092" .Values.kafka.bootstrapServers }}
{{- end }}

{{- define "dealerhub.elasticsearchUrl" -}}
{{- required "elasticsearch.url is required: the http(s) URL of Elasticsearch, e.g. --set elasticsearch.url=http://elasticsearch.dealerhub.svc:9200" .Values.elasticsearch.url }}
{{- end }}

{{- define "dealerhub.smtpHost" -}}
{{- required "mail.smtpHost is required: the SMTP server notifications are e-mailed through, e.g. --set mail.smtpHost=smtp.example.com" .Values.mail.smtpHost }}
{{- end }}

{{- define "dealerhub.oidcProviderUrl" -}}
{{- required "oidc.providerUrl is required: the URL of the Keycloak realm, e.g. --set oidc.providerUrl=https://sso.example.com/realms/dealerhub" .Values.oidc.providerUrl }}
{{- end }}

{{- define "dealerhub.databasePassword" -}}
{{- required "database.password is required (the application role's password) unless database.existingSecret names a Secret holding it" .Values.database.password }}
{{- end }}

{{- define "dealerhub.databaseWorkerPassword" -}}
{{- required "database.worker.password is required (the worker role's password) unless database.existingSecret names a Secret holding it" .Values.database.worker.password }}
{{- end }}

{{- define "dealerhub.databaseOwnerPassword" -}}
{{- required "database.owner.password is required (the schema owner's password) unless database.existingSecret names a Secret holding it" .Values.database.owner.password }}
{{- end }}

{{- define "dealerhub.oidcAdminClientSecret" -}}
{{- required "oidc.adminClientSecret is required (the client secret of the Keycloak admin API client oidc.adminClientId) unless oidc.existingSecret or database.existingSecret names a Secret holding it" .Values.oidc.adminClientSecret }}
{{- end }}

{{/*
Secret keys that would collide. The chart's own Secret cannot hold two of the
database passwords under one key. The admin client's secret, when read from the
same Secret as the database passwords (oidc.existingSecret empty), needs a key
of its own, or a database password would silently serve as the client secret.
*/}}
{{- define "dealerhub.validateSecretKeys" -}}
{{- $db := .Values.database.secretKeys }}
{{- $settings := list "password" "workerPassword" "ownerPassword" }}
{{- if not .Values.database.existingSecret }}
{{- range $i, $first := $settings }}
{{- range $second := slice $settings (add1 $i) }}
{{- if eq (get $db $first) (get $db $second) }}
{{- fail (printf "database.secretKeys.%s and database.secretKeys.%s are both %q: the keys of the chart's Secret must differ" $first $second (get $db $first)) }}
{{- end }}
{{- end }}
{{- end }}
{{- end }}
{{- if not .Values.oidc.existingSecret }}
{{- $key := .Values.oidc.secretKeys.adminClientSecret }}
{{- range $setting := $settings }}
{{- if eq $key (get $db $setting) }}
{{- fail (printf "oidc.secretKeys.adminClientSecret and database.secretKeys.%s are both %q: the admin client's secret shares the database passwords' Secret (oidc.existingSecret is empty), so its key must differ" $setting $key) }}
{{- end }}
{{- end }}
{{- end }}
{{- end }}

{{/*
Checks all required settings, the endpoints first and then the secrets (the
database passwords, the Keycloak admin client's secret and their keys), so that
an install without any values names database.url. The templates that use these
settings include this check first: Helm renders templates in an order of its own
(the Secret before the ConfigMap), and the first failure is the one reported.
*/}}
{{- define "dealerhub.validateValues" -}}
{{- $_ := include "dealerhub.databaseUrl" . }}
{{- $_ = include "dealerhub.kafkaBootstrapServers" . }}
{{- $_ = include "dealerhub.elasticsearchUrl" . }}
{{- $_ = include "dealerhub.smtpHost" . }}
{{- $_ = include "dealerhub.oidcProviderUrl" . }}
{{- if not .Values.database.existingSecret }}
{{- $_ = include "dealerhub.databasePassword" . }}
{{- $_ = include "dealerhub.databaseWorkerPassword" . }}
{{- $_ = include "dealerhub.databaseOwnerPassword" . }}
{{- end }}
{{- if include "dealerhub.chartSecretHoldsOidc" . }}
{{- $_ = include "dealerhub.oidcAdminClientSecret" . }}
{{- end }}
{{- $_ = include "dealerhub.validateSecretKeys" . }}
{{- end }}

{{/*
JAVA_OPTS: heap settings from jvm.heap, then jvm.extraOpts.
*/}}
{{- define "dealerhub.javaOpts" -}}
{{- $opts := list (printf "-Xms%s" .Values.jvm.heap.initial) (printf "-Xmx%s" .Values.jvm.heap.max) }}
{{- with .Values.jvm.extraOpts }}
{{- $opts = append $opts . }}
{{- end }}
{{- join " " $opts }}
{{- end }}

{{/*
Whether more than one pod runs at the minimum, which is when a
PodDisruptionBudget with minAvailable makes sense. Renders "true" or "".
*/}}
{{- define "dealerhub.multiplePods" -}}
{{- if .Values.autoscaling.enabled }}
{{- if gt (int .Values.autoscaling.minReplicas) 1 }}true{{ end }}
{{- else }}
{{- if gt (int .Values.replicaCount) 1 }}true{{ end }}
{{- end }}
{{- end }}
