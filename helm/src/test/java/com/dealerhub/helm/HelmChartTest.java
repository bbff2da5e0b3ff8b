package com.dealerhub.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Lints and renders the DealerHub chart with the Helm library running in-process (helm-java).
 */
class HelmChartTest {

  private static final Path CHART =
      Path.of(System.getProperty("dealerhub.chart.dir", "dealerhub")).toAbsolutePath().normalize();
  private static final Path TEST_VALUES = CHART.resolve("ci/test-values.yaml");
  private static final String RELEASE = "dh";
  private static final String NAMESPACE = "dealerhub";
  private static final String FULLNAME = "dh-dealerhub";

  private static final List<String> CONFIG_MAP_ENV = List.of(
      "DEALERHUB_DB_URL",
      "DEALERHUB_DB_USER",
      "DEALERHUB_DB_WORKER_USER",
      "DEALERHUB_DB_OWNER_USER",
      "DEALERHUB_KAFKA_BOOTSTRAP",
      "DEALERHUB_KAFKA_TOPIC",
      "DEALERHUB_ES_URL",
      "DEALERHUB_ES_INDEX_ALIAS",
      "DEALERHUB_SMTP_HOST",
      "DEALERHUB_SMTP_PORT",
      "DEALERHUB_MAIL_FROM",
      "DEALERHUB_OIDC_PROVIDER_URL",
      "DEALERHUB_KEYCLOAK_ADMIN_CLIENT_ID",
      "JAVA_OPTS");
  private static final List<String> SECRET_ENV = List.of(
      "DEALERHUB_DB_PASSWORD", "DEALERHUB_DB_WORKER_PASSWORD", "DEALERHUB_DB_OWNER_PASSWORD",
      "DEALERHUB_KEYCLOAK_ADMIN_CLIENT_SECRET");
  /** The synthetic secret values of ci/test-values.yaml. */
  private static final List<String> TEST_SECRETS = List.of(
      "app-password-for-tests", "worker-password-for-tests", "owner-password-for-tests",
      "admin-client-secret-for-tests");

  @Nested
  class Lint {

    @Test
    void passesStrictlyWithCiTestValues(@TempDir Path tmp) {
      // helm-java's lint takes no values files: lint a copy whose values.yaml is the chart's
      // defaults merged with ci/test-values.yaml, as `helm lint -f ci/test-values.yaml` would.
      Path chart = copyChartWithValues(tmp, TEST_VALUES, Map.of());

      LintResult result = new Helm(chart).lint().strict().call();

      assertThat(result.getMessages())
          .as("lint messages")
          .noneMatch(m -> m.contains("[ERROR]") || m.contains("[WARNING]"));
      assertThat(result.isFailed()).as("lint failed: %s", result.getMessages()).isFalse();
    }

    @Test
    void passesWithChartDefaults() {
      // `helm lint helm/dealerhub` without values: required values are only reported, not fatal.
      LintResult result = new Helm(CHART).lint().call();

      assertThat(result.getMessages()).noneMatch(m -> m.contains("[ERROR]"));
      assertThat(result.isFailed()).as("lint failed: %s", result.getMessages()).isFalse();
    }

    @Test
    void failsWhenValuesBreakTheSchema(@TempDir Path tmp) {
      // Proves the lint above really checks the merged values.
      Path chart = copyChartWithValues(tmp, TEST_VALUES, Map.of("replicaCount", 0));

      LintResult result = new Helm(chart).lint().call();

      assertThat(result.isFailed()).isTrue();
      assertThat(String.join("\n", result.getMessages())).contains("replicaCount");
    }
  }

  @Nested
  class TemplateWithCiTestValues {

    private final Manifests manifests = Manifests.parse(template(cmd -> { }));

    @Test
    void rendersTheExpectedResources() {
      assertThat(manifests.kinds())
          .containsExactlyInAnyOrder(
              "ServiceAccount", "Secret", "ConfigMap", "Service", "Deployment",
              "HorizontalPodAutoscaler", "PodDisruptionBudget");
      assertThat(manifests.all())
          .allSatisfy(doc -> {
            assertThat(at(doc, "metadata", "name")).asString().startsWith(FULLNAME);
            assertThat(at(doc, "metadata", "namespace")).isEqualTo(NAMESPACE);
            assertThat(at(doc, "metadata", "labels", "app.kubernetes.io/instance")).isEqualTo(RELEASE);
          });
    }

    @Test
    void deploymentRunsTheImageOfTheAppVersion() {
      String appVersion = (String) ((Map<?, ?>) new Yaml().load(read(CHART.resolve("Chart.yaml")))).get("appVersion");

      assertThat(appVersion).isEqualTo("0.1.0");
      assertThat(at(container(manifests), "image")).isEqualTo("dealerhub/dealerhub-wildfly:" + appVersion);
    }

    @Test
    void deploymentExposesHttpAndManagementPorts() {
      assertThat(containerPorts(manifests))
          .containsEntry("http", 8080)
          .containsEntry("management", 9990);
    }

    @Test
    void probesUseTheHealthEndpointsOnTheManagementPort() {
      Map<String, Object> container = container(manifests);
      Map<String, Integer> ports = containerPorts(manifests);

      assertProbe(container, ports, "readinessProbe", "/health/ready");
      assertProbe(container, ports, "livenessProbe", "/health/live");
      assertProbe(container, ports, "startupProbe", "/health/started");
    }

    private void assertProbe(Map<String, Object> container, Map<String, Integer> ports, String probe, String path) {
      assertThat(at(container, probe, "httpGet", "path")).as(probe + " path").isEqualTo(path);
      Object port = at(container, probe, "httpGet", "port");
      Object portNumber = port instanceof String name ? ports.get(name) : port;
      assertThat(portNumber).as(probe + " port").isEqualTo(9990);
    }

    @Test
    void environmentComesFromTheConfigMapAndTheSecret() {
      Map<String, Map<String, Object>> env = env(manifests);

      assertThat(env.keySet())
          .containsExactlyInAnyOrderElementsOf(Stream.concat(CONFIG_MAP_ENV.stream(), SECRET_ENV.stream()).toList());
      String configMap = (String) at(manifests.one("ConfigMap"), "metadata", "name");
      for (String name : CONFIG_MAP_ENV) {
        assertThat(at(env.get(name), "valueFrom", "configMapKeyRef", "name")).as(name).isEqualTo(configMap);
        assertThat(at(env.get(name), "valueFrom", "configMapKeyRef", "key")).as(name).isEqualTo(name);
      }
      String secret = (String) at(manifests.one("Secret"), "metadata", "name");
      assertThat(at(env.get("DEALERHUB_DB_PASSWORD"), "valueFrom", "secretKeyRef"))
          .isEqualTo(Map.of("name", secret, "key", "db-password"));
      assertThat(at(env.get("DEALERHUB_DB_WORKER_PASSWORD"), "valueFrom", "secretKeyRef"))
          .isEqualTo(Map.of("name", secret, "key", "db-worker-password"));
      assertThat(at(env.get("DEALERHUB_DB_OWNER_PASSWORD"), "valueFrom", "secretKeyRef"))
          .isEqualTo(Map.of("name", secret, "key", "db-owner-password"));
      assertThat(at(env.get("DEALERHUB_KEYCLOAK_ADMIN_CLIENT_SECRET"), "valueFrom", "secretKeyRef"))
          .isEqualTo(Map.of("name", secret, "key", "keycloak-admin-client-secret"));
    }

    @Test
    void configMapHoldsTheNonSecretSettings() {
      Map<String, Object> data = map(at(manifests.one("ConfigMap"), "data"));

      assertThat(data.keySet()).containsExactlyInAnyOrderElementsOf(CONFIG_MAP_ENV);
      assertThat(data)
          .containsEntry("DEALERHUB_DB_URL", "jdbc:postgresql://postgres.dealerhub.svc:5432/dealerhub")
          .containsEntry("DEALERHUB_DB_USER", "dealerhub_app")
          .containsEntry("DEALERHUB_DB_WORKER_USER", "dealerhub_worker")
          .containsEntry("DEALERHUB_DB_OWNER_USER", "dealerhub_owner")
          .containsEntry("DEALERHUB_KAFKA_BOOTSTRAP",
              "kafka-0.kafka.dealerhub.svc:9092,kafka-1.kafka.dealerhub.svc:9092")
          .containsEntry("DEALERHUB_KAFKA_TOPIC", "dealerhub.cases")
          .containsEntry("DEALERHUB_ES_URL", "http://elasticsearch.dealerhub.svc:9200")
          .containsEntry("DEALERHUB_SMTP_HOST", "smtp.dealerhub.svc")
          .containsEntry("DEALERHUB_SMTP_PORT", "25")
          .containsEntry("DEALERHUB_ES_INDEX_ALIAS", "cases")
          .containsEntry("DEALERHUB_OIDC_PROVIDER_URL", "https://sso.dealerhub.example.test/realms/dealerhub")
          .containsEntry("DEALERHUB_KEYCLOAK_ADMIN_CLIENT_ID", "dealerhub-admin-api");
      assertThat((String) data.get("JAVA_OPTS")).startsWith("-Xms512m -Xmx1g ");
    }

    @Test
    void secretHoldsThePasswordsAndNoneLeakIntoTheConfigMap() {
      Map<String, Object> data = map(at(manifests.one("Secret"), "data"));

      assertThat(data.keySet())
          .containsExactlyInAnyOrder("db-password", "db-worker-password", "db-owner-password", "keycloak-admin-client-secret");
      assertThat(decode(data.get("db-password"))).isEqualTo("app-password-for-tests");
      assertThat(decode(data.get("db-worker-password"))).isEqualTo("worker-password-for-tests");
      assertThat(decode(data.get("db-owner-password"))).isEqualTo("owner-password-for-tests");
      assertThat(data.get("keycloak-admin-client-secret"))
          .isEqualTo(Base64.getEncoder().encodeToString("admin-client-secret-for-tests".getBytes(StandardCharsets.UTF_8)));
      assertThat(map(at(manifests.one("ConfigMap"), "data")).values())
          .noneMatch(v -> TEST_SECRETS.stream().anyMatch(secret -> v.toString().contains(secret)));
    }

    @Test
    void podAndContainerAreLockedDown() {
      Map<String, Object> pod = podSpec(manifests);
      Map<String, Object> container = container(manifests);

      assertThat(at(pod, "securityContext", "runAsNonRoot")).isEqualTo(true);
      assertThat(at(container, "securityContext", "runAsNonRoot")).isEqualTo(true);
      assertThat(at(container, "securityContext", "allowPrivilegeEscalation")).isEqualTo(false);
      assertThat(at(container, "securityContext", "readOnlyRootFilesystem")).isEqualTo(false);
      assertThat(at(container, "securityContext", "capabilities", "drop")).isEqualTo(List.of("ALL"));
      assertThat(at(pod, "automountServiceAccountToken")).isEqualTo(false);
      assertThat(at(pod, "serviceAccountName")).isEqualTo(at(manifests.one("ServiceAccount"), "metadata", "name"));
    }

    @Test
    void resourcesComeFromTheValues() {
      assertThat(at(container(manifests), "resources")).isEqualTo(Map.of(
          "requests", Map.of("cpu", "500m", "memory", "1536Mi"),
          "limits", Map.of("cpu", "2", "memory", "2Gi")));
    }

    @Test
    void rollingUpdateNeverReducesAvailability() {
      Map<String, Object> deployment = manifests.one("Deployment");

      assertThat(at(deployment, "spec", "strategy", "type")).isEqualTo("RollingUpdate");
      assertThat(at(deployment, "spec", "strategy", "rollingUpdate", "maxUnavailable")).isEqualTo(0);
      // The HPA owns the replica count.
      assertThat(map(at(deployment, "spec"))).doesNotContainKey("replicas");
    }

    @Test
    void deploymentSelectsItsOwnPods() {
      Map<String, Object> deployment = manifests.one("Deployment");
      Map<String, Object> selector = map(at(deployment, "spec", "selector", "matchLabels"));
      Map<String, Object> podLabels = map(at(deployment, "spec", "template", "metadata", "labels"));

      assertThat(selector).containsEntry("app.kubernetes.io/name", "dealerhub")
          .containsEntry("app.kubernetes.io/instance", RELEASE);
      assertThat(podLabels).containsAllEntriesOf(selector);
      assertThat(at(manifests.one("Service"), "spec", "selector")).isEqualTo(selector);
      assertThat(at(manifests.one("PodDisruptionBudget"), "spec", "selector", "matchLabels")).isEqualTo(selector);
    }

    @Test
    void horizontalPodAutoscalerScalesTheDeploymentOnCpu() {
      Map<String, Object> hpa = manifests.one("HorizontalPodAutoscaler");

      assertThat(at(hpa, "apiVersion")).isEqualTo("autoscaling/v2");
      assertThat(at(hpa, "spec", "minReplicas")).isEqualTo(2);
      assertThat(at(hpa, "spec", "maxReplicas")).isEqualTo(10);
      assertThat(at(hpa, "spec", "scaleTargetRef", "kind")).isEqualTo("Deployment");
      assertThat(at(hpa, "spec", "scaleTargetRef", "name")).isEqualTo(at(manifests.one("Deployment"), "metadata", "name"));
      assertThat(at(hpa, "spec", "metrics", 0, "resource", "name")).isEqualTo("cpu");
      assertThat(at(hpa, "spec", "metrics", 0, "resource", "target", "averageUtilization")).isEqualTo(70);
    }

    @Test
    void serviceIsClusterIpOnTheHttpPortOnly() {
      Map<String, Object> service = manifests.one("Service");

      assertThat(at(service, "spec", "type")).isEqualTo("ClusterIP");
      assertThat(list(at(service, "spec", "ports"))).hasSize(1);
      assertThat(at(service, "spec", "ports", 0, "name")).isEqualTo("http");
      assertThat(at(service, "spec", "ports", 0, "port")).isEqualTo(8080);
      assertThat(at(service, "spec", "ports", 0, "targetPort")).isEqualTo("http");
    }

    @Test
    void podDisruptionBudgetKeepsOnePod() {
      assertThat(at(manifests.one("PodDisruptionBudget"), "spec", "minAvailable")).isEqualTo(1);
    }
  }

  @Nested
  class TemplateWithOverrides {

    @Test
    void imageTagOverridesTheAppVersion() {
      Manifests manifests = Manifests.parse(template(cmd -> cmd
          .set("image.repository", "registry.example.test/dealerhub/wildfly")
          .set("image.tag", "1.2.3")));

      assertThat(at(container(manifests), "image")).isEqualTo("registry.example.test/dealerhub/wildfly:1.2.3");
    }

    @Test
    void javaOptsFollowTheValues() {
      Manifests manifests = Manifests.parse(template(cmd -> cmd
          .set("jvm.heap.initial", "1g")
          .set("jvm.heap.max", "3g")
          .set("jvm.extraOpts", "-XX:+UseG1GC")));
      Map<String, Object> data = map(at(manifests.one("ConfigMap"), "data"));

      assertThat(data.get("JAVA_OPTS")).isEqualTo("-Xms1g -Xmx3g -XX:+UseG1GC");
    }

    @Test
    void existingSecretReplacesTheChartSecret() {
      Manifests manifests = Manifests.parse(template(cmd -> cmd
          .set("database.existingSecret", "dealerhub-db")
          .set("database.password", "")
          .set("database.worker.password", "")
          .set("database.owner.password", "")
          .set("database.secretKeys.password", "app")
          .set("database.secretKeys.workerPassword", "worker")
          .set("database.secretKeys.ownerPassword", "owner")));
      Map<String, Map<String, Object>> env = env(manifests);

      assertThat(manifests.kinds()).doesNotContain("Secret");
      assertThat(at(env.get("DEALERHUB_DB_PASSWORD"), "valueFrom", "secretKeyRef"))
          .isEqualTo(Map.of("name", "dealerhub-db", "key", "app"));
      assertThat(at(env.get("DEALERHUB_DB_WORKER_PASSWORD"), "valueFrom", "secretKeyRef"))
          .isEqualTo(Map.of("name", "dealerhub-db", "key", "worker"));
      assertThat(at(env.get("DEALERHUB_DB_OWNER_PASSWORD"), "valueFrom", "secretKeyRef"))
          .isEqualTo(Map.of("name", "dealerhub-db", "key", "owner"));
      assertThat(map(at(manifests.one("Deployment"), "spec", "template", "metadata", "annotations")))
          .containsKey("checksum/config")
          .doesNotContainKey("checksum/secret");
    }

    @Test
    void adminClientIdAndSecretKeyFollowTheValues() {
      Manifests manifests = Manifests.parse(template(cmd -> cmd
          .set("oidc.adminClientId", "dealerhub-tenant-admin")
          .set("oidc.secretKeys.adminClientSecret", "admin-api-secret")));
      Map<String, Object> secret = manifests.one("Secret");

      assertThat(map(at(manifests.one("ConfigMap"), "data")))
          .containsEntry("DEALERHUB_KEYCLOAK_ADMIN_CLIENT_ID", "dealerhub-tenant-admin");
      assertThat(map(at(secret, "data")).keySet())
          .containsExactlyInAnyOrder("db-password", "db-worker-password", "db-owner-password", "admin-api-secret");
      assertThat(decode(at(secret, "data", "admin-api-secret"))).isEqualTo("admin-client-secret-for-tests");
      assertThat(at(env(manifests).get("DEALERHUB_KEYCLOAK_ADMIN_CLIENT_SECRET"), "valueFrom", "secretKeyRef"))
          .isEqualTo(Map.of("name", FULLNAME, "key", "admin-api-secret"));
    }

    @Test
    void databaseExistingSecretAlsoHoldsTheAdminClientSecret() {
      // Without oidc.existingSecret, all secrets come from the one Secret: here the existing one.
      Manifests manifests = Manifests.parse(template(cmd -> cmd
          .set("database.existingSecret", "dealerhub-secrets")
          .set("database.password", "")
          .set("database.worker.password", "")
          .set("database.owner.password", "")
          .set("oidc.adminClientSecret", "")));

      assertThat(manifests.kinds()).doesNotContain("Secret");
      assertThat(at(env(manifests).get("DEALERHUB_KEYCLOAK_ADMIN_CLIENT_SECRET"), "valueFrom", "secretKeyRef"))
          .isEqualTo(Map.of("name", "dealerhub-secrets", "key", "keycloak-admin-client-secret"));
    }

    @Test
    void oidcExistingSecretTakesTheAdminClientSecretOutOfTheChartSecret() {
      Manifests manifests = Manifests.parse(template(cmd -> cmd
          .set("oidc.existingSecret", "keycloak-dealerhub-admin-api")
          .set("oidc.secretKeys.adminClientSecret", "client-secret")
          .set("oidc.adminClientSecret", "")));
      Map<String, Map<String, Object>> env = env(manifests);

      assertThat(map(at(manifests.one("Secret"), "data")).keySet())
          .containsExactlyInAnyOrder("db-password", "db-worker-password", "db-owner-password");
      assertThat(at(env.get("DEALERHUB_KEYCLOAK_ADMIN_CLIENT_SECRET"), "valueFrom", "secretKeyRef"))
          .isEqualTo(Map.of("name", "keycloak-dealerhub-admin-api", "key", "client-secret"));
      assertThat(at(env.get("DEALERHUB_DB_PASSWORD"), "valueFrom", "secretKeyRef", "name")).isEqualTo(FULLNAME);
      assertThat(map(at(manifests.one("Deployment"), "spec", "template", "metadata", "annotations")))
          .containsKey("checksum/secret");
    }

    @Test
    void bothExistingSecretsReplaceTheChartSecret() {
      Manifests manifests = Manifests.parse(template(cmd -> cmd
          .set("database.existingSecret", "dealerhub-db")
          .set("database.password", "")
          .set("database.worker.password", "")
          .set("database.owner.password", "")
          .set("oidc.existingSecret", "keycloak-dealerhub-admin-api")
          .set("oidc.adminClientSecret", "")));
      Map<String, Map<String, Object>> env = env(manifests);

      assertThat(manifests.kinds()).doesNotContain("Secret");
      assertThat(at(env.get("DEALERHUB_DB_PASSWORD"), "valueFrom", "secretKeyRef", "name")).isEqualTo("dealerhub-db");
      assertThat(at(env.get("DEALERHUB_KEYCLOAK_ADMIN_CLIENT_SECRET"), "valueFrom", "secretKeyRef"))
          .isEqualTo(Map.of("name", "keycloak-dealerhub-admin-api", "key", "keycloak-admin-client-secret"));
    }

    @Test
    void withoutAutoscalingTheDeploymentHasReplicas() {
      Manifests manifests = Manifests.parse(template(cmd -> cmd
          .set("autoscaling.enabled", "false")
          .set("replicaCount", "3")));

      assertThat(manifests.kinds()).doesNotContain("HorizontalPodAutoscaler").contains("PodDisruptionBudget");
      assertThat(at(manifests.one("Deployment"), "spec", "replicas")).isEqualTo(3);
    }

    @Test
    void noPodDisruptionBudgetForASinglePod() {
      Manifests single = Manifests.parse(template(cmd -> cmd
          .set("autoscaling.enabled", "false")
          .set("replicaCount", "1")));
      Manifests singleMinimum = Manifests.parse(template(cmd -> cmd
          .set("autoscaling.minReplicas", "1")));

      assertThat(single.kinds()).doesNotContain("PodDisruptionBudget").contains("Deployment");
      assertThat(singleMinimum.kinds()).doesNotContain("PodDisruptionBudget").contains("HorizontalPodAutoscaler");
    }

    @Test
    void managementPortCanBeAddedToTheService() {
      Manifests manifests = Manifests.parse(template(cmd -> cmd.set("service.management.enabled", "true")));
      Map<String, Object> service = manifests.one("Service");

      assertThat(list(at(service, "spec", "ports"))).hasSize(2);
      assertThat(at(service, "spec", "ports", 1, "name")).isEqualTo("management");
      assertThat(at(service, "spec", "ports", 1, "port")).isEqualTo(9990);
      assertThat(at(service, "spec", "ports", 1, "targetPort")).isEqualTo("management");
    }

    @Test
    void ingressRoutesTheHostToTheService() {
      Manifests manifests = Manifests.parse(template(cmd -> cmd.set("ingress.enabled", "true")));
      Map<String, Object> ingress = manifests.one("Ingress");

      assertThat(at(ingress, "spec", "ingressClassName")).isEqualTo("nginx");
      assertThat(at(ingress, "spec", "rules", 0, "host")).isEqualTo("dealerhub.example.test");
      assertThat(at(ingress, "spec", "rules", 0, "http", "paths", 0, "backend", "service"))
          .isEqualTo(Map.of("name", FULLNAME, "port", Map.of("number", 8080)));
      assertThat(at(ingress, "spec", "tls", 0, "hosts")).isEqualTo(List.of("dealerhub.example.test"));
      assertThat(at(ingress, "spec", "tls", 0, "secretName")).isEqualTo("dealerhub-example-tls");
    }

    @Test
    void serviceAccountCanBeProvidedByTheCluster() {
      Manifests manifests = Manifests.parse(template(cmd -> cmd
          .set("serviceAccount.create", "false")
          .set("serviceAccount.name", "dealerhub-runtime")));

      assertThat(manifests.kinds()).doesNotContain("ServiceAccount");
      assertThat(at(podSpec(manifests), "serviceAccountName")).isEqualTo("dealerhub-runtime");
    }
  }

  @Nested
  class HelmTestPod {

    /**
     * `helm template` as run by helm-java leaves hooks out of its output, so the test pod is rendered
     * from a copy of the chart whose test templates lost their hook annotations.
     */
    private Manifests renderWithoutHookAnnotations(Path tmp, Consumer<TemplateCommand> customizer) {
      Path chart = copyChart(tmp, template -> template.lines()
          .filter(line -> !line.contains("\"helm.sh/hook"))
          .collect(Collectors.joining("\n", "", "\n")));
      TemplateCommand command = new Helm(chart).template()
          .withName(RELEASE)
          .withNamespace(NAMESPACE)
          .withValuesFile(TEST_VALUES);
      customizer.accept(command);
      return Manifests.parse(command.call());
    }

    @Test
    void hookAnnotationMakesItAHelmTest() {
      String template = read(CHART.resolve("templates/tests/test-connection.yaml"));

      assertThat(template).contains("\"helm.sh/hook\": test");
    }

    @Test
    void curlsTheOpenApiDocumentThroughTheService(@TempDir Path tmp) {
      Manifests manifests = renderWithoutHookAnnotations(tmp, cmd -> { });
      Map<String, Object> pod = manifests.one("Pod");
      List<Object> containers = list(at(pod, "spec", "containers"));

      assertThat(containers).hasSize(1);
      List<Object> command = list(at(containers.get(0), "command"));
      assertThat(command.get(0)).isEqualTo("curl");
      assertThat(command).contains("--fail")
          .last().isEqualTo("http://" + FULLNAME + ":8080/platform/openapi");
      assertThat(at(manifests.one("Service"), "metadata", "name")).isEqualTo(FULLNAME);
    }

    @Test
    void alsoChecksReadinessWhenTheManagementPortIsInTheService(@TempDir Path tmp) {
      Manifests manifests = renderWithoutHookAnnotations(tmp, cmd -> cmd.set("service.management.enabled", "true"));
      List<Object> containers = list(at(manifests.one("Pod"), "spec", "containers"));

      assertThat(containers).hasSize(2);
      assertThat(list(at(containers.get(1), "command")))
          .last().isEqualTo("http://" + FULLNAME + ":9990/health/ready");
    }

    @Test
    void isNotSelectedByTheServiceOrThePodDisruptionBudget(@TempDir Path tmp) {
      Manifests manifests = renderWithoutHookAnnotations(tmp, cmd -> { });
      Map<String, Object> labels = map(at(manifests.one("Pod"), "metadata", "labels"));
      Map<String, Object> serviceSelector = map(at(manifests.one("Service"), "spec", "selector"));

      assertThat(serviceSelector).isNotEmpty();
      assertThat(labels.entrySet().containsAll(serviceSelector.entrySet()))
          .as("test pod labels %s match the Service selector %s", labels, serviceSelector)
          .isFalse();
      assertThat(at(manifests.one("PodDisruptionBudget"), "spec", "selector", "matchLabels")).isEqualTo(serviceSelector);
    }
  }

  @Nested
  class RequiredValues {

    @ParameterizedTest
    @ValueSource(strings = {"database.url", "kafka.bootstrapServers", "elasticsearch.url", "mail.smtpHost", "oidc.providerUrl"})
    void renderingFailsNamingTheMissingEndpoint(String key) {
      assertThatThrownBy(() -> template(cmd -> cmd.set(key, "")))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining(key + " is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"database.password", "database.worker.password", "database.owner.password"})
    void renderingFailsWithoutPasswordsUnlessAnExistingSecretIsGiven(String key) {
      assertThatThrownBy(() -> template(cmd -> cmd.set(key, "")))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining(key + " is required");
    }

    @Test
    void renderingFailsWithoutTheAdminClientSecretUnlessAnExistingSecretIsGiven() {
      assertThatThrownBy(() -> template(cmd -> cmd.set("oidc.adminClientSecret", "")))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("oidc.adminClientSecret is required");
    }

    @ParameterizedTest
    @CsvSource({"password, db-password", "workerPassword, db-worker-password", "ownerPassword, db-owner-password"})
    void adminClientSecretKeyMustDifferFromThePasswordKeysOfItsSecret(String setting, String key) {
      assertThatThrownBy(() -> template(cmd -> cmd.set("oidc.secretKeys.adminClientSecret", key)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("oidc.secretKeys.adminClientSecret and database.secretKeys." + setting + " are both");
    }

    @ParameterizedTest
    @CsvSource({
        "password, ownerPassword, db-password",
        "password, workerPassword, db-password",
        "workerPassword, ownerPassword, db-worker-password",
    })
    void passwordKeysOfTheChartSecretMustDiffer(String first, String second, String firstKey) {
      assertThatThrownBy(() -> template(cmd -> cmd.set("database.secretKeys." + second, firstKey)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("database.secretKeys." + first + " and database.secretKeys." + second + " are both");
    }

    @Test
    void renderingWithoutAnyValuesFailsNamingARequiredValue() {
      assertThatThrownBy(() -> new Helm(CHART).template().withName(RELEASE).withNamespace(NAMESPACE).call())
          .isInstanceOf(IllegalStateException.class)
          // The endpoints are checked before the passwords, whatever order Helm renders the templates in.
          .hasMessageContaining("database.url is required");
    }

    @Test
    void minReplicasAboveMaxReplicasIsRejected() {
      assertThatThrownBy(() -> template(cmd -> cmd.set("autoscaling.minReplicas", "5").set("autoscaling.maxReplicas", "3")))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("autoscaling.minReplicas (5) must not be greater than autoscaling.maxReplicas (3)");
    }
  }

  @Nested
  class Schema {

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "replicaCount, 0",
        "replicaCount, two",
        "image.pullPolicy, Sometimes",
        "database.url, postgres://postgres.dealerhub.svc/dealerhub",
        "database.user, DealerHub-App",
        "database.worker.user, ''",
        "database.worker.user, dealerhub worker",
        "database.secretKeys.workerPassword, db/worker",
        "kafka.bootstrapServers, kafka.dealerhub.svc",
        "elasticsearch.url, elasticsearch.dealerhub.svc:9200",
        "mail.smtpHost, smtp://mail.example.com",
        "mail.smtpPort, 0",
        "oidc.providerUrl, sso.example.test/realms/dealerhub",
        "oidc.adminClientId, ''",
        "oidc.adminClientId, dealerhub admin api",
        "oidc.secretKeys.adminClientSecret, keycloak/admin",
        "autoscaling.maxReplicas, 0",
        "jvm.heap.max, lots",
    })
    void rejectsInvalidValues(String key, String value) {
      String leaf = key.substring(key.lastIndexOf('.') + 1);

      assertThatThrownBy(() -> template(cmd -> cmd.set(key, value)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("values don't meet the specifications of the schema")
          .hasMessageContaining(leaf);
    }

    @Test
    void rejectsAQuotedReplicaCountFromAValuesFile(@TempDir Path tmp) throws IOException {
      Path values = Files.writeString(tmp.resolve("values.yaml"), "replicaCount: \"2\"\n");

      assertThatThrownBy(() -> new Helm(CHART).template().withName(RELEASE)
          .withValuesFile(TEST_VALUES).withValuesFile(values).call())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("values don't meet the specifications of the schema")
          .hasMessageContaining("replicaCount")
          .hasMessageContaining("string");
    }

    @Test
    void rejectsUnknownTopLevelKeys() {
      assertThatThrownBy(() -> template(cmd -> cmd.set("databse.url", "jdbc:postgresql://x/y")))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("values don't meet the specifications of the schema")
          .hasMessageContaining("databse");
    }

    @Test
    void rejectsDemoData() {
      // The application never read DEALERHUB_DEMO_DATA (demo data is loaded only by the local
      // launcher), so the value was removed; the schema must keep rejecting it. `helm template`
      // validates the values exactly as `helm install` does.
      assertThatThrownBy(() -> template(cmd -> cmd.set("demoData", "true")))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("values don't meet the specifications of the schema")
          .hasMessageContaining("demoData");
    }

    @Test
    void rejectsAValuesFileWithoutImageRepository(@TempDir Path tmp) throws IOException {
      Path values = Files.writeString(tmp.resolve("values.yaml"), "image:\n  repository: null\n");

      assertThatThrownBy(() -> new Helm(CHART).template().withName(RELEASE)
          .withValuesFile(TEST_VALUES).withValuesFile(values).call())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("values don't meet the specifications of the schema")
          .hasMessageContaining("repository");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // helpers

  /** Renders the chart with ci/test-values.yaml plus whatever {@code customizer} sets. */
  private static String template(Consumer<TemplateCommand> customizer) {
    TemplateCommand command = new Helm(CHART).template()
        .withName(RELEASE)
        .withNamespace(NAMESPACE)
        .withValuesFile(TEST_VALUES);
    customizer.accept(command);
    return command.call();
  }

  /** The rendered documents of one `helm template` run. */
  record Manifests(List<Map<String, Object>> documents) {

    @SuppressWarnings("unchecked")
    static Manifests parse(String rendered) {
      List<Map<String, Object>> documents = new ArrayList<>();
      for (Object document : new Yaml().loadAll(rendered)) {
        if (document != null) {
          documents.add((Map<String, Object>) document);
        }
      }
      assertThat(documents).as("rendered documents").isNotEmpty();
      return new Manifests(documents);
    }

    List<Map<String, Object>> all() {
      return documents;
    }

    List<String> kinds() {
      return documents.stream().map(d -> (String) d.get("kind")).toList();
    }

    Map<String, Object> one(String kind) {
      List<Map<String, Object>> matches = documents.stream().filter(d -> kind.equals(d.get("kind"))).toList();
      assertThat(matches).as("rendered %s resources", kind).hasSize(1);
      return matches.get(0);
    }
  }

  /** Walks maps (String keys) and lists (Integer indexes); fails the test if a step is missing. */
  private static Object at(Object root, Object... path) {
    Object node = root;
    List<Object> walked = new ArrayList<>();
    for (Object step : path) {
      walked.add(step);
      if (step instanceof Integer index) {
        assertThat(node).as("%s", walked).isInstanceOf(List.class);
        List<?> list = (List<?>) node;
        assertThat(list).as("%s", walked).hasSizeGreaterThan(index);
        node = list.get(index);
      } else {
        assertThat(node).as("%s", walked).isInstanceOf(Map.class);
        Map<?, ?> map = (Map<?, ?>) node;
        assertThat(map.containsKey(step)).as("%s present in %s", walked, map.keySet()).isTrue();
        node = map.get(step);
      }
    }
    return node;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object node) {
    assertThat(node).isInstanceOf(Map.class);
    return (Map<String, Object>) node;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object node) {
    assertThat(node).isInstanceOf(List.class);
    return (List<Object>) node;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> podSpec(Manifests manifests) {
    return (Map<String, Object>) at(manifests.one("Deployment"), "spec", "template", "spec");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> container(Manifests manifests) {
    List<Map<String, Object>> containers = (List<Map<String, Object>>) at(podSpec(manifests), "containers");
    assertThat(containers).hasSize(1);
    return containers.get(0);
  }

  private static Map<String, Integer> containerPorts(Manifests manifests) {
    return list(at(container(manifests), "ports")).stream()
        .map(Map.class::cast)
        .collect(Collectors.toMap(p -> (String) p.get("name"), p -> (Integer) p.get("containerPort")));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> env(Manifests manifests) {
    Map<String, Map<String, Object>> env = new LinkedHashMap<>();
    for (Object entry : list(at(container(manifests), "env"))) {
      Map<String, Object> variable = (Map<String, Object>) entry;
      assertThat(env.put((String) variable.get("name"), variable)).as("duplicate %s", variable.get("name")).isNull();
    }
    return env;
  }

  private static String decode(Object base64) {
    return new String(Base64.getDecoder().decode(base64.toString()), StandardCharsets.UTF_8);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Copies the chart into {@code tmp} and replaces its values.yaml by the chart defaults deep-merged
   * with {@code valuesFile} and then {@code overrides} (top-level keys), as Helm merges them.
   */
  @SuppressWarnings("unchecked")
  private static Path copyChartWithValues(Path tmp, Path valuesFile, Map<String, Object> overrides) {
    Path chart = copyChart(tmp, UnaryOperator.identity());
    Yaml yaml = new Yaml();
    Map<String, Object> values = (Map<String, Object>) yaml.load(read(CHART.resolve("values.yaml")));
    merge(values, (Map<String, Object>) yaml.load(read(valuesFile)));
    merge(values, overrides);
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    write(chart.resolve("values.yaml"), new Yaml(options).dump(values));
    return chart;
  }

  /**
   * Copies the chart into {@code tmp}, passing the content of every file under templates/tests
   * through {@code testTemplateFilter}.
   */
  private static Path copyChart(Path tmp, UnaryOperator<String> testTemplateFilter) {
    Path target = tmp.resolve(CHART.getFileName());
    Path tests = CHART.resolve("templates/tests");
    try (Stream<Path> files = Files.walk(CHART)) {
      for (Path source : files.toList()) {
        Path copy = target.resolve(CHART.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(copy);
        } else if (source.startsWith(tests)) {
          write(copy, testTemplateFilter.apply(read(source)));
        } else {
          Files.copy(source, copy);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
  }

  private static void write(Path file, String content) {
    try {
      Files.writeString(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static void merge(Map<String, Object> base, Map<String, Object> overrides) {
    overrides.forEach((key, value) -> {
      if (value instanceof Map<?, ?> nested && base.get(key) instanceof Map<?, ?> existing) {
        merge((Map<String, Object>) existing, (Map<String, Object>) nested);
      } else {
        base.put(key, value);
      }
    });
  }
}
