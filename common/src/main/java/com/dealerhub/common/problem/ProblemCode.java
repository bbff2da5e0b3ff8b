package com.dealerhub.common.problem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stable code of every message a refusal carries, besides its English text: clients translate
 * the code with its parameters (the {@code {name}} placeholders of the English template) instead of
 * showing the English. Generic codes stand for a message nothing more specific was written for; their
 * English text is the one the server wrote. The console keeps a translation of each code (its test reads
 * {@code console/web/src/i18n/problemCodes.json}, which {@code ProblemCodesFileTest} keeps equal to this list).
 */
public enum ProblemCode {

    // Generic: a message without a code of its own.
    INVALID_VALUE(true, "is not accepted"),
    INVALID_REQUEST(true, "the request is not accepted"),
    CONFLICT(true, "the request does not fit the current state"),
    FORBIDDEN(true, "your role may not do this"),
    REQUEST_FAILED(true, "the request could not be served"),

    // The request as a whole, and what the container or the framework refuses.
    INVALID_FIELDS("{count} fields are invalid"),
    BAD_REQUEST("the request is not well formed"),
    UNAUTHORIZED("a valid bearer token is required"),
    NO_SUCH_ADDRESS("there is nothing at this address"),
    METHOD_NOT_ALLOWED("this method is not allowed at this address"),
    NOT_ACCEPTABLE("the API answers in application/json"),
    REQUEST_TOO_LARGE("the request body is too large"),
    UNSUPPORTED_MEDIA_TYPE("send the body as application/json, or as the operation documents"),
    BODY_REQUIRED("the request has no JSON body"),
    BODY_NOT_OBJECT("the body must be a JSON object"),
    MALFORMED_JSON("the body is not valid JSON"),
    MALFORMED_JSON_AT("the body is not valid JSON (line {line}, column {column})"),
    BODY_TOO_DEEP("the body nests too deeply or carries a number too large to read"),
    BODY_TOO_LARGE("the body exceeds {max} bytes"),
    NOT_FOUND("{what} {id} not found"),
    CHANGED_CONCURRENTLY("another change of the same case came first; reload it and try again"),
    SERVICE_UNAVAILABLE("a backing service did not answer; try again"),
    DATA_REFUSED("a value is outside what the system can store"),
    IDENTITY_PROVIDER_FAILURE("the identity provider did not answer as expected; try again"),
    INTERNAL_ERROR("the request failed; quote the incident id when reporting it"),

    // One field: form and bounds, checked where input is read.
    REQUIRED("required"),
    UNKNOWN_FIELD("unknown field"),
    MUST_BE_TEXT("must be a string"),
    MUST_BE_NUMBER("must be a number"),
    MUST_BE_WHOLE_NUMBER("must be a whole number"),
    MUST_BE_BOOLEAN("must be true or false"),
    MUST_BE_ONE_OF("must be one of {values}"),
    MUST_BE_DATE("must be a date (YYYY-MM-DD)"),
    MUST_BE_TIMESTAMP("must be a timestamp (ISO-8601, UTC)"),
    MUST_BE_UUID("must be a UUID"),
    MUST_BE_ARRAY("must be an array"),
    MUST_BE_OBJECT("must be an object"),
    OUT_OF_RANGE("is out of range"),
    TOO_MANY_DECIMALS("has more than {max} decimals"),
    DATE_OUT_OF_BOUNDS("must be a date between {first} and {last}"),
    TIME_OUT_OF_BOUNDS("must be a time between {first} and {last}"),
    NOT_UTF8("must be valid UTF-8 text"),
    CONTROL_CHARACTERS("must not contain control characters (such as NUL)"),
    TEXT_TOO_LONG("may be at most {max} characters"),
    TOO_MANY_VALUES("may be given at most {max} times"),
    QUERY_DATE("must be a date (YYYY-MM-DD) between {first} and {last}"),
    QUERY_TIME("must be a date (YYYY-MM-DD) or a time with its offset (such as 2026-05-01T08:00:00+08:00) between {first} and {last}"),
    QUERY_AMOUNT("must be an amount from 0 to {max} with at most two decimals, such as 1250.50"),
    WRONG_FORM("has a value of the wrong form"),
    SIZE_BETWEEN("size must be between {min} and {max}"),
    AT_LEAST("must be greater than or equal to {value}"),
    AT_MOST("must be less than or equal to {value}"),
    POSITIVE("must be greater than 0"),
    ZERO_OR_MORE("0 or more"),
    EMAIL("must be a well-formed email address"),
    NOT_IN_FUTURE("must not be in the future"),
    NOT_BEFORE("must not be before {other}"),
    BETWEEN("between {min} and {max}"),

    // Warranty claims and the workflows of cases.
    VIN_FORM("17 characters: digits and capital letters except I, O and Q"),
    VIN_CHECK_DIGIT("check digit (9th character) should be {expected}"),
    ABOVE_CLAIMED("must be between 0 and the claimed {claimed}"),
    ADJUSTED_TWICE("{line} is adjusted twice"),
    ADJUSTMENT_NOTE_REQUIRED("say why the amounts are adjusted"),
    ADJUSTMENT_ONLY_WHEN_APPROVING("amounts are adjusted only when approving"),
    REQUESTED_AMOUNT_CAP("between 0.01 and the cap of {cap}"),
    REPAIR_DATE_IN_FUTURE("the repair date is after today ({today} in {zone})"),
    SOLD_AFTER_REPAIR("the vehicle was sold after the repair date"),
    NO_SUCH_DEALER("no such dealer within your reach"),
    DEALER_SUSPENDED("the dealer is suspended"),
    NOT_IN_CATALOGUE("not in the network's catalogue"),
    REASON_REQUIRED("required: say why you {action} the {noun}"),
    EVIDENCE_REQUIRED("a {kind} attached by {by} is required to {action} the {noun}"),
    ROLE_MAY_NOT("your role may not {action} a {noun} ({who} may)"),
    WAITS_FOR_ANOTHER_APPROVER("the {noun} is {state} and waits for another approver"),
    STATE_DOES_NOT_ALLOW("cannot {action} a {noun} that is {state}"),
    ONLY_CLAIMS_STAFF_PREPARE("only the dealer's claims clerk or admin prepares warranty claims"),

    // Reasons of the auto-adjudication rules.
    RULE_FAILED(true, "the rule failed"),
    RULE_PREAUTHORISATION_NEEDED("special and assembly parts need a TAC pre-authorisation"),
    RULE_PREAUTHORISATION_NEEDED_FOR("special or assembly part {parts} needs a TAC pre-authorisation"),
    RULE_PREAUTHORISATION_NOT_GRANTED("pre-authorisation {number} was not granted"),
    RULE_PREAUTHORISATION_AFTER_REPAIR("pre-authorisation {number} was granted on {grantedOn}, after the repair on {repairDate}"),
    RULE_PREAUTHORISATION_EXPIRED("pre-authorisation {number} expired on {expires}"),
    RULE_PREAUTHORISATION_USED_UP("pre-authorisation {number} covers {allowed} claim(s), already used by {claims}"),
    RULE_VIN_NOT_IN_CAMPAIGN("the VIN is not in campaign {campaign}"),
    RULE_CAMPAIGN_ALREADY_CLAIMED("the VIN was already claimed in campaign {campaign} by {claim}"),
    RULE_OUTSIDE_CAMPAIGN("campaign {campaign} runs from {from} to {to}; the repair was on {repairDate}"),
    RULE_CAMPAIGN_DOES_NOT_ALLOW("campaign {campaign} does not allow {items}"),
    RULE_TECHNICIAN_NOT_CERTIFIED("labor operation {operation} requires a technician certified {programme} level {level} or higher on the repair date {repairDate}"),
    RULE_LABOR_OVER_FLAT_RATE("operation {operation}: {hours} h claimed, flat rate {flatRate} h (+{tolerance}%)"),
    RULE_MILEAGE_ROLLED_BACK("mileage {mileage} km is below the last known {last} km: submit it as an odometer-rollback claim"),
    RULE_DUPLICATE_CLAIM("claim {claim} covered the same labor operation on this VIN {days} days apart (window {window} days)"),
    RULE_PART_NOT_IN_CATALOGUE("part {part} is not in the catalogue"),
    RULE_PART_PRICE_ABOVE_CATALOGUE("part {part}: {claimed} claimed, catalogue price {catalogue}"),
    RULE_ATTACHMENTS_MISSING("missing attachments: {missing}"),
    RULE_PAST_WARRANTY_PERIOD("repair on {repairDate} is past the {months}-month warranty from sale on {saleDate}"),
    RULE_PAST_WARRANTY_MILEAGE("mileage {mileage} km exceeds the warranty limit of {limit} km");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private final boolean generic;
    private final String english;

    ProblemCode(String english) {
        this(false, english);
    }

    ProblemCode(boolean generic, String english) {
        this.generic = generic;
        this.english = english;
    }

    /** Whether the code only says what kind of refusal it is; the server's English text then says more. */
    public boolean generic() {
        return generic;
    }

    /** The English template, with {@code {name}} where a parameter goes. */
    public String english() {
        return english;
    }

    /** The names of the parameters, in the template's order. */
    public List<String> parameters() {
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(english);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** This code's message with its parameters, given as name, value, name, value… */
    public CodedMessage with(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("parameters come in name, value pairs");
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put((String) namesAndValues[i], text(namesAndValues[i + 1]));
        }
        if (!params.keySet().equals(new java.util.HashSet<>(parameters()))) {
            throw new IllegalArgumentException(name() + " takes " + parameters() + ", not " + params.keySet());
        }
        Matcher m = PLACEHOLDER.matcher(english);
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(text, Matcher.quoteReplacement(params.get(m.group(1))));
        }
        m.appendTail(text);
        return new CodedMessage(this, params, text.toString());
    }

    /** A generic code's message: the server's own English text, without parameters. */
    public CodedMessage text(String english) {
        return new CodedMessage(this, Map.of(), english);
    }

    private static String text(Object value) {
        return value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value);
    }
}
