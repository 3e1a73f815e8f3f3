package com.judgmentday.certificates;

import com.judgmentday.content.UserText;

import java.util.Map;

/** A certificate's {@code key: value} headers, each read with a message naming the file and what is wrong. */
final class Headers {
    private final String name;
    private final Map<String, String> values;

    Headers(String name, Map<String, String> values) {
        this.name = name;
        this.values = values;
    }

    String text(String key) throws CertificateException {
        String value = values.get(key);
        if (value == null || value.isEmpty()) {
            throw new CertificateException(name + ": no '" + key + ":' header");
        }
        return value;
    }

    long number(String key) throws CertificateException {
        String value = text(key);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new CertificateException(name + ": " + key + " " + UserText.quote(value) + " is not a whole number");
        }
    }

    long hash(String key) throws CertificateException {
        String value = text(key);
        try {
            if (value.length() != 16) {
                throw new NumberFormatException();
            }
            return Long.parseUnsignedLong(value, 16);
        } catch (NumberFormatException e) {
            throw new CertificateException(name + ": " + key + " " + UserText.quote(value) + " is not a state hash (16 hex digits)");
        }
    }

    String choice(String key, String... allowed) throws CertificateException {
        String value = text(key);
        for (String one : allowed) {
            if (one.equals(value)) {
                return value;
            }
        }
        throw new CertificateException(name + ": " + key + " " + UserText.quote(value) + " is not one of " + String.join(", ", allowed));
    }
}
