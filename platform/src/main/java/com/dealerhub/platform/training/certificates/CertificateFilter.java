package com.dealerhub.platform.training.certificates;

import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.web.QueryParameters;

/**
 * What a certificate list is narrowed to; every part optional.
 *
 * @param expiringWithinDays only certificates still valid whose last valid day is at most this many days away
 * @param dealer             only certificates of people on this dealer's roster now
 */
public record CertificateFilter(String programme, CertificateStatus status, Integer expiringWithinDays, String dealer) {

    static final int MAX_DAYS = 3650;

    public static CertificateFilter of(String programme, String status, String expiringWithinDays, String dealer) {
        return new CertificateFilter(QueryParameters.code("programme", programme),
                QueryParameters.enumValue("status", status, CertificateStatus.class), days(expiringWithinDays),
                QueryParameters.code("dealer", dealer));
    }

    private static Integer days(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip();
        if (text.matches("\\d{1,4}") && Integer.parseInt(text) <= MAX_DAYS) {
            return Integer.parseInt(text);
        }
        throw new InvalidField("expiringWithinDays", "a whole number of days from 0 to " + MAX_DAYS);
    }
}
