package com.dealerhub.common.problem;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The console translates every problem code; its test reads the codes from
 * {@code console/web/src/i18n/problemCodes.json}, which must list exactly {@link ProblemCode}.
 * Run with {@code -DwriteProblemCodes=true} to write the file after adding a code.
 */
class ProblemCodesFileTest {

    static final Path FILE = Path.of("..", "console", "web", "src", "i18n", "problemCodes.json");

    @Test
    void theConsoleListsEveryCode() throws IOException {
        String expected = json();
        if (Boolean.getBoolean("writeProblemCodes")) {
            Files.writeString(FILE, expected, StandardCharsets.UTF_8);
        }
        assertEquals(expected, Files.readString(FILE, StandardCharsets.UTF_8),
                FILE + " is stale: run mvn -pl common test -Dtest=ProblemCodesFileTest -DwriteProblemCodes=true, then translate the new codes");
    }

    /** {"CODE": {"en": "template", "params": [...], "generic": false}, ...} in the enum's order, one code a line. */
    static String json() {
        return Arrays.stream(ProblemCode.values())
                .map(c -> "  \"" + c.name() + "\": {\"en\": " + quoted(c.english()) + ", \"params\": ["
                        + c.parameters().stream().map(ProblemCodesFileTest::quoted).collect(Collectors.joining(", "))
                        + "], \"generic\": " + c.generic() + "}")
                .collect(Collectors.joining(",\n", "{\n", "\n}\n"));
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
