package com.dealerhub.platform.warranty.claims;

import com.dealerhub.common.web.QueryParameters;
import com.dealerhub.platform.warranty.ClaimKind;
import jakarta.ws.rs.QueryParam;

import java.util.Locale;

/** The narrowing query parameters a claim list and the work queue take besides dealer, kind and VIN; each refused by its name. */
public class ClaimFilterParameters {

    /** Part of a claim number, e.g. {@code 000123}. */
    @QueryParam("number")
    String number;

    /** A region's code: its dealers' claims only. */
    @QueryParam("region")
    String region;

    /** Claimed amounts from this one (inclusive). */
    @QueryParam("minAmount")
    String minAmount;

    /** Claimed amounts up to this one (inclusive). */
    @QueryParam("maxAmount")
    String maxAmount;

    ClaimFilter filter(String dealer, String kind, String vin) {
        String typedVin = QueryParameters.code("vin", vin);
        return new ClaimFilter(QueryParameters.code("dealer", dealer), QueryParameters.code("region", region),
                QueryParameters.enumValue("kind", kind, ClaimKind.class), typedVin == null ? null : typedVin.toUpperCase(Locale.ROOT),
                QueryParameters.code("number", number), QueryParameters.amount("minAmount", minAmount),
                QueryParameters.amount("maxAmount", maxAmount));
    }
}
