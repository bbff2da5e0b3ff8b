package com.dealerhub.common.keycloak;

/**
 * What the realm's user profile accepts (Keycloak's default validators, declared for the realm
 * in {@code demo/DemoData.java}), so that a request is refused here, naming its field, before it
 * reaches Keycloak. Whatever Keycloak still refuses is answered by {@link UserProfileRefusal}.
 */
public final class UserProfile {

    /** Keycloak's limit on every user attribute. */
    public static final int MAX_LENGTH = 255;

    /**
     * A first or last name, as Keycloak's {@code person-name-prohibited-characters} validator
     * takes it: none of {@code < > & " $ % ! # ? § ; * ~ / \ | ^ = [ ] { } ( )}, no line break,
     * no control character. Letters of any script, spaces, apostrophes, hyphens and dots pass.
     */
    public static final String PERSON_NAME = "[^<>&\"$%!#?§;*~/\\\\|^=\\[\\]{}()\\p{Cntrl}\\v]+";
    /** Free of the characters Bean Validation interpolates in messages (braces, dollar, backslash): a constraint message as it is. */
    public static final String PERSON_NAME_MESSAGE =
            "may not contain symbols such as < > & \" / ( ) = ;, line breaks or control characters";

    /**
     * The domain of an e-mail address: labels of letters, digits and hyphens, separated by dots.
     * Keycloak's e-mail validator refuses some domains Bean Validation's {@code @Email} lets pass
     * (an underscore, for one); checked together with {@code @Email}.
     */
    public static final String EMAIL_DOMAIN = "[^@]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+";
    public static final String EMAIL_DOMAIN_MESSAGE = "must be an address at a domain name of letters, digits, hyphens and dots";

    private UserProfile() {
    }
}
