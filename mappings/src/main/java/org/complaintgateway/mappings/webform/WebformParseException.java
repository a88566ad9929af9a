package org.complaintgateway.mappings.webform;

/** The API request body is not a JSON object at all, so no field can be checked. */
public class WebformParseException extends Exception {

    private static final long serialVersionUID = 1L;

    public WebformParseException(String message) {
        super(message);
    }
}
