package com.dealerhub.platform.notifications;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whom a notification goes to, on every channel it has: the inbox of {@code username}, e-mail to
 * {@code email}, SMS to {@code phone}. The locale picks the language (Simplified Chinese if none).
 */
public record Recipient(String username, String name, String email, String phone, Locale locale) {

    public static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

    public Recipient {
        username = blankToNull(username);
        email = blankToNull(email);
        phone = blankToNull(phone);
        locale = locale == null ? DEFAULT_LOCALE : locale;
    }

    /** A customer of a dealer: reached by SMS only, in Chinese. */
    public static Recipient customer(String name, String phone) {
        return new Recipient(null, name, null, phone, DEFAULT_LOCALE);
    }

    /** The channels this recipient can be reached on, in delivery order. */
    public List<Channel> channels() {
        List<Channel> channels = new ArrayList<>(3);
        if (username != null) {
            channels.add(Channel.INBOX);
        }
        if (email != null) {
            channels.add(Channel.EMAIL);
        }
        if (phone != null) {
            channels.add(Channel.SMS);
        }
        return channels;
    }

    /** The address on one channel. */
    public String address(Channel channel) {
        return switch (channel) {
            case INBOX -> username;
            case EMAIL -> email;
            case SMS -> phone;
        };
    }

    /** How the case's timeline names the recipient: a username or an e-mail address, else the masked mobile number. */
    public String label() {
        if (username != null) {
            return username;
        }
        if (email != null) {
            return email;
        }
        return PhoneMask.mask(phone);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
