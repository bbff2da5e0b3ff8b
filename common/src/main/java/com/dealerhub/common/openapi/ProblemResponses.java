package com.dealerhub.common.openapi;

import com.dealerhub.common.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Documents, on every operation of a WAR's OpenAPI document, the RFC 9457 problem answers the
 * platform gives in one place for all of them (strict input, the caller filter, the mappers): a
 * client reads the real status codes and the body it gets with each, instead of only the success.
 * Also states the one way in, a Keycloak bearer token, for every operation. Registered by each
 * WAR's {@code mp.openapi.filter}, and applied to the platform's document written at build time.
 */
public class ProblemResponses implements OASFilter {

    static final String SCHEMA = "Problem";
    static final String BEARER = "bearer";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(SCHEMA, problemSchema());
        openAPI.getComponents().addSecurityScheme(BEARER, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("An access token of the network's Keycloak realm (client dealerhub-cli or the DMS's own client)"));
        openAPI.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(BEARER)));
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
            APIResponse documented = operation.getResponses().getAPIResponse(status);
            if (documented == null) {
                operation.getResponses().addAPIResponse(status, problem(description));
            } else if (documented.getContent() == null) {
                documented.setContent(problemContent());
            }
        });
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description).content(problemContent());
    }

    private static Content problemContent() {
        return OASFactory.createContent()
                .addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMA)));
    }

    /** The body {@link Problem#toJson()} writes. */
    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema code = OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                .description("a stable code (ProblemCode) to say the message in the client's language");
        Schema params = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).additionalPropertiesSchema(text)
                .description("the values the code's message names");
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", text).addProperty("code", code).addProperty("params", params).addProperty("message", text);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem body")
                .addProperty("type", text).addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", text)
                .addProperty("code", code).addProperty("params", params)
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("the one invalid field, when there is one"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError))
                .addProperty("incident", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("the id under which the server logged an unexpected failure"));
    }
}
