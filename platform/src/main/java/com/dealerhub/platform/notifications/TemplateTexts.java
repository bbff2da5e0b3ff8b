package com.dealerhub.platform.notifications;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a {@link Template} for one channel in the recipient's language: Simplified Chinese, or
 * English for a recipient whose locale is English. Every placeholder {@code {name}} must have its value:
 * a missing one is a programming error, found by the unit test of every template, not a blank in a message.
 */
public final class TemplateTexts {

    static final Locale ENGLISH = Locale.ENGLISH;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
    private static final Properties CHINESE = load("zh-CN");
    private static final Properties ENGLISH_TEXTS = load("en");

    private TemplateTexts() {
    }

    /** The language a locale is written in here: "en" or "zh-CN". */
    public static String language(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? "en" : "zh-CN";
    }

    public static Message render(Template template, Channel channel, Locale locale, Map<String, String> values) {
        Properties texts = "en".equals(language(locale)) ? ENGLISH_TEXTS : CHINESE;
        String key = template.name();
        return switch (channel) {
            case EMAIL -> new Message(fill(texts, key + ".email.subject", values), fill(texts, key + ".email.body", values));
            case INBOX -> new Message(fill(texts, key + ".inbox.title", values), fill(texts, key + ".inbox.body", values));
            case SMS -> new Message(null, fill(texts, key + ".sms", values));
        };
    }

    private static String fill(Properties texts, String key, Map<String, String> values) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("no text " + key);
        }
        Matcher placeholders = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (placeholders.find()) {
            String name = placeholders.group(1);
            String value = values.get(name);
            if (value == null) {
                throw new IllegalArgumentException(key + " needs the value " + name);
            }
            placeholders.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        placeholders.appendTail(out);
        return out.toString();
    }

    private static Properties load(String language) {
        String resource = "/notifications/templates." + language + ".properties";
        try (InputStream in = TemplateTexts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
