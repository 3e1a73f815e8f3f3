package com.judgmentday.certificates;

/** A certificate that can't be read or written, with a message naming the file (and line) and what to do. */
public final class CertificateException extends Exception {
    public CertificateException(String message) {
        super(message);
    }
}
