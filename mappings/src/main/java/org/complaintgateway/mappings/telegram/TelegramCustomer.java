package org.complaintgateway.mappings.telegram;

import org.complaintgateway.mappings.model.Customer;
import org.complaintgateway.mappings.text.SingleLine;

/**
 * The customer as Telegram describes the sender. The handle is "@username" when there is one (what an agent can
 * search for in Telegram), else the user id. A shared contact's phone becomes the customer's phone only when the
 * contact is the sender's own ("Share my phone number", or their own card): a CRM matches customers by phone, and a
 * customer who shares the courier's or a shop's number is not that person; the number stays in the text either way.
 */
final class TelegramCustomer {

    private TelegramCustomer() {
    }

    static Customer of(TelegramMessage message) {
        TelegramMessage.Sender from = message.from();
        if (from == null) {
            return new Customer(null, null, null, null, null, null);
        }
        String username = SingleLine.clean(from.username());
        return new Customer(
                SingleLine.clean(MessageText.joined(from.firstName(), from.lastName())),
                null,
                ownPhone(message.contact(), from),
                username == null ? from.id() : "@" + username,
                SingleLine.clean(from.languageCode()),
                from.id());
    }

    private static String ownPhone(TelegramMessage.Contact contact, TelegramMessage.Sender from) {
        if (contact == null || contact.userId() == null || !contact.userId().equals(from.id())) {
            return null;
        }
        return SingleLine.clean(contact.phoneNumber());
    }
}
