package org.complaintgateway.mappings.model;

/**
 * Who complained, as far as the channel tells; every field may be null. {@code userId} is the channel's stable
 * numeric user id (a Telegram user id): unlike the handle, the customer cannot change it.
 */
public record Customer(String name, String email, String phone, String handle, String locale, String userId) {

    /** A customer the channel knows no stable user id of (e-mail, web form). */
    public Customer(String name, String email, String phone, String handle, String locale) {
        this(name, email, phone, handle, locale, null);
    }
}
