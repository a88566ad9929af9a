package org.complaintgateway.mappings.email;

/** Text decoded from bytes, and whether characters had to be replaced or the charset guessed to get it. */
record DecodedText(String text, boolean replaced) {

    static final DecodedText EMPTY = new DecodedText("", false);
}
