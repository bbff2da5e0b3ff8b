package com.dealerhub.it;

import com.dealerhub.it.support.Api;
import com.dealerhub.it.support.Podman;
import com.dealerhub.it.support.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The container image the Helm chart deploys ({@code bin/dealerhub image}), booted with podman against
 * the test stack's PostgreSQL, Kafka, Elasticsearch and Keycloak, with the environment the stack's own
 * WildFly gets (the chart sets the same variables). Skipped when the image has not been built.
 */
class ContainerImageIT {

    private static final String CONTAINER = "dealerhub-image-it-" + System.getProperty("dealerhub.stack.instance", "test");
    private static final Duration BOOT = Duration.ofMinutes(6);

    private static int offset;

    @BeforeAll
    static void boot() throws IOException, InterruptedException {
        Path tar = Path.of(System.getProperty("dealerhub.image.tar", ""));
        assumeTrue(Files.isRegularFile(tar), "no image at " + tar + ": build it with bin/dealerhub image");
        Path environment = Path.of(System.getProperty("dealerhub.wildfly.env"));
        offset = Integer.getInteger("dealerhub.image.port-offset");

        String image = loadedImage(Podman.run("load", "-q", "-i", tar.toString()));
        Podman.attempt("rm", "-f", CONTAINER);
        List<String> run = new ArrayList<>(List.of("run", "-d", "--name", CONTAINER, "--runtime", "runc", "--network", "host",
                "--ulimit", "nofile=%1$d:%1$d".formatted(openFiles()), "--ulimit", "nproc=8192:8192",
                "--env-file", environment.toString(),
                "--env", "JAVA_OPTS=-Xms128m -Xmx768m -XX:MaxMetaspaceSize=384m -Djava.net.preferIPv4Stack=true"));
        // The stack's demo data migrations, which its database has already applied, must be found again.
        for (String folder : extraMigrationFolders(environment)) {
            run.addAll(List.of("--volume", folder + ":" + folder + ":ro"));
        }
        run.addAll(List.of(image, "-Djboss.socket.binding.port-offset=" + offset, "-b", "127.0.0.1", "-bmanagement", "127.0.0.1"));
        Podman.run(run.toArray(String[]::new));
        awaitReady();
    }

    @AfterAll
    static void remove() {
        Podman.attempt("rm", "-f", "-t", "30", CONTAINER);
    }

    @Test
    void runsAsTheChartsNonRootUserAndWritesOnlyWhereWildFlyWrites() {
        assertThat(Podman.run("inspect", "--format", "{{.Config.User}}", CONTAINER)).isEqualTo("1000:1000");
        assertThat(Podman.run("exec", CONTAINER, "sh", "-c", "stat -c %u /proc/1")).as("the server's process").isEqualTo("1000");
        String standalone = "/var/lib/dealerhub/standalone";
        assertThat(Podman.attempt("exec", CONTAINER, "sh", "-c", "test -w %1$s/data && test -w %1$s/log && test -w %1$s/tmp"
                .formatted(standalone) + " && ls %s/deployments/platform.war.deployed".formatted(standalone)).exit())
                .as("WildFly writes its folders and deployment markers").isZero();
        assertThat(Podman.attempt("exec", CONTAINER, "sh", "-c", "test -w /opt/wildfly || test -w /opt/wildfly/standalone || test -w /opt/java/bin").exit())
                .as("the image's WildFly and Java runtime are read-only to it").isNotZero();
    }

    @Test
    void becomesReadyWithTheDatabaseKafkaAndElasticsearch() {
        Reply reply = Api.send(HttpRequest.newBuilder(URI.create(management() + "/health/ready")));

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.object().getJsonArray("checks").stream().map(c -> c.asJsonObject().getString("name")))
                .contains("postgresql", "kafka", "elasticsearch");
    }

    @Test
    void answersAnAuthenticatedCallWithAKeycloakToken() {
        Reply cases = Api.send(HttpRequest.newBuilder(URI.create(http() + "/platform/api/cases"))
                .header("Authorization", "Bearer " + Api.token("aurora-e01-claims")));
        Reply anonymous = Api.send(HttpRequest.newBuilder(URI.create(http() + "/platform/api/cases")));

        assertThat(cases.status()).as("%s", cases).isEqualTo(200);
        assertThat(cases.body()).contains("aurora-e01");
        assertThat(anonymous.status()).isEqualTo(401);
    }

    private static String http() {
        return "http://127.0.0.1:" + (8080 + offset);
    }

    private static String management() {
        return "http://127.0.0.1:" + (9990 + offset);
    }

    /** The name {@code podman load} reports, e.g. "Loaded image: docker.io/dealerhub/dealerhub-wildfly:0.1.0". */
    private static String loadedImage(String output) {
        String last = output.lines().filter(line -> line.startsWith("Loaded image")).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("podman load named no image:\n" + output));
        return last.substring(last.indexOf(':') + 1).strip();
    }

    /** 65536 open files, or fewer when this machine's hard limit is lower (a container cannot raise it). */
    private static long openFiles() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/limits")).stream()
                .filter(line -> line.startsWith("Max open files"))
                .map(line -> line.substring("Max open files".length()).strip().split("\\s+")[1])
                .filter(hard -> hard.matches("\\d+"))
                .mapToLong(Long::parseLong).map(hard -> Math.min(hard, 65536)).findFirst().orElse(65536);
    }

    private static List<String> extraMigrationFolders(Path environment) throws IOException {
        return Files.readAllLines(environment).stream()
                .filter(line -> line.startsWith("DEALERHUB_DB_EXTRA_MIGRATIONS="))
                .flatMap(line -> List.of(line.substring(line.indexOf('=') + 1).split(",")).stream())
                .map(String::strip).filter(location -> location.startsWith("filesystem:"))
                .map(location -> location.substring("filesystem:".length()))
                .toList();
    }

    private static void awaitReady() throws InterruptedException {
        Instant deadline = Instant.now().plus(BOOT);
        while (Instant.now().isBefore(deadline)) {
            String state = Podman.run("inspect", "--format", "{{.State.Status}}", CONTAINER);
            if (!state.equals("running")) {
                throw new AssertionError("the container stopped (" + state + "):\n" + Podman.attempt("logs", "--tail", "60", CONTAINER).output());
            }
            try {
                if (Api.send(HttpRequest.newBuilder(URI.create(management() + "/health/ready")).timeout(Duration.ofSeconds(3))).status() == 200) {
                    return;
                }
            } catch (IllegalStateException notListeningYet) {
                // the management port opens late in the boot
            }
            Thread.sleep(2000);
        }
        throw new AssertionError("not ready after " + BOOT + ":\n" + Podman.attempt("logs", "--tail", "60", CONTAINER).output());
    }
}
