package com.dealerhub.common.json;

import com.dealerhub.common.problem.CodedMessage;
import com.dealerhub.common.problem.DomainException;
import com.dealerhub.common.problem.Problem;
import com.dealerhub.common.problem.ProblemCode;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

import static com.dealerhub.common.json.Jsons.JSON;

/**
 * Reads JSON request bodies into records, strictly: malformed JSON, an unknown field, a value
 * of the wrong type or a body over the size limit is a 4xx problem naming the field, raised
 * before any application code runs, so bad input changes nothing.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJsonReader implements MessageBodyReader<Record> {

    /** Largest accepted request body in bytes; environment variable DEALERHUB_MAX_REQUEST_BYTES. */
    static final int MAX_BODY_BYTES = Integer.parseInt(
            System.getenv().getOrDefault("DEALERHUB_MAX_REQUEST_BYTES", "1048576"));

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord();
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        byte[] bytes = readBounded(body);
        if (bytes.length == 0) {
            throw new BadBody(400, "Request body required", ProblemCode.BODY_REQUIRED.with());
        }
        JsonStructure json = parse(bytes);
        if (!(json instanceof JsonObject object)) {
            throw new BadBody(400, "Invalid request", ProblemCode.BODY_NOT_OBJECT.with());
        }
        return RecordBinder.bind(object, type);
    }

    private static JsonStructure parse(byte[] bytes) {
        try {
            return JSON.createReader(new ByteArrayInputStream(bytes)).read();
        } catch (JsonParsingException e) {
            var location = e.getLocation();
            throw new BadBody(400, "Malformed JSON", location == null ? ProblemCode.MALFORMED_JSON.with()
                    : ProblemCode.MALFORMED_JSON_AT.with("line", location.getLineNumber(), "column", location.getColumnNumber()));
        } catch (JsonException e) {
            throw new BadBody(400, "Malformed JSON", ProblemCode.MALFORMED_JSON.with());
        } catch (RuntimeException | StackOverflowError e) {
            // The parser's own limits (nesting depth, digits in a number) end here; so would a
            // parser that went too deep before reaching them.
            throw new BadBody(400, "Malformed JSON", ProblemCode.BODY_TOO_DEEP.with());
        }
    }

    private static byte[] readBounded(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw new BadBody(413, "Request body too large", ProblemCode.BODY_TOO_LARGE.with("max", MAX_BODY_BYTES));
        }
        return new String(bytes, StandardCharsets.UTF_8).isBlank() ? new byte[0] : bytes;
    }

    /** A body that cannot be read at all, before any field is looked at. */
    static final class BadBody extends DomainException {
        private final int status;
        private final String title;
        private final CodedMessage detail;

        BadBody(int status, String title, CodedMessage detail) {
            super(detail.text());
            this.status = status;
            this.title = title;
            this.detail = detail;
        }

        @Override
        public Problem problem() {
            return Problem.of(status, title, detail);
        }
    }
}
