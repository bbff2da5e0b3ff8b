package com.dealerhub.common.openapi;

import com.dealerhub.common.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Documents, on every operation of a WAR's OpenAPI document, the RFC 9457 problem answers the
 * platform gives in one place for all of them (strict input, the caller filter, the mappers): a
 * client reads the real status codes and the body it gets with each, instead of only the success.
 * Registered by each WAR's {@code mp.openapi.filter}.
 */
public class ProblemResponses implements OASFilter {

    static final String SCHEMA = "Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(SCHEMA, problemSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> document(path, method, operation)));
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("400", "Invalid request: the problem names each invalid field or parameter; nothing was changed");
        answers.put("401", "No valid bearer token");
        answers.put("403", "The caller's role may not do this, or its dealer is suspended");
        if (path.contains("{")) {
            answers.put("404", "Nothing with this id within the caller's reach (another dealer's or network's ids answer so too)");
        }
        if (method != PathItem.HttpMethod.GET) {
            answers.put("409", "The change does not fit the current state, or another change came first; reload and retry");
        }
        if (operation.getRequestBody() != null) {
            answers.put("413", "The body is larger than the platform accepts");
        }
        answers.put("503", "A backing service did not answer; try again (the problem carries an incident id)");
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        answers.forEach((status, description) -> {
            if (!operation.getResponses().hasAPIResponse(status)) {
                operation.getResponses().addAPIResponse(status, problem(description));
            }
        });
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                .addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMA))));
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", text).addProperty("message", text);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem body")
                .addProperty("type", text).addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", text)
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("the one invalid field, when there is one"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError))
                .addProperty("incident", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("the id under which the server logged an unexpected failure"));
    }
}
