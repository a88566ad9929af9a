package org.complaintgateway.mappings.telegram;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.complaintgateway.mappings.MappingResult;
import org.complaintgateway.mappings.model.Attachment;
import org.complaintgateway.mappings.model.Complaint;
import org.complaintgateway.mappings.model.Customer;
import org.complaintgateway.mappings.model.ReplyHint;

/**
 * Folds the complaints of several messages of one chat into one, in order: texts joined by a blank line, every
 * attachment, the first message's channel key, time and customer (a phone shared later by the same user fills a
 * missing one), the reply aimed at the last message, flags of all plus {@code merged}. An edit of a message of the
 * same group replaces that message where it stood instead of being added, and its link to the original is dropped:
 * the original is part of this very complaint.
 */
final class TelegramMerge {

    static final String MERGED = "merged";

    private TelegramMerge() {
    }

    /** {@code members}: mapped complaints of one chat and sender, in order, at least one. */
    static MappingResult merge(List<Complaint> members) {
        Complaint first = members.get(0);
        for (Complaint member : members) {
            if (!Objects.equals(member.channel().threadKey(), first.channel().threadKey())) {
                return new MappingResult.Quarantined("updates of different chats cannot be merged");
            }
            if (!Objects.equals(member.customer().userId(), first.customer().userId())) {
                return new MappingResult.Quarantined("updates of different senders cannot be merged");
            }
        }
        if (members.size() == 1) {
            return new MappingResult.Mapped(first);
        }
        List<Complaint> messages = foldEdits(members);
        Complaint last = members.get(members.size() - 1);
        ReplyHint.Telegram lastHint = (ReplyHint.Telegram) last.replyHint();
        return new MappingResult.Mapped(new Complaint(
                first.schemaVersion(),
                first.id(),
                first.protocolNumber(),
                first.receivedAt(),
                first.channel(),
                customer(members),
                null,
                text(messages),
                null,
                null,
                null,
                attachments(messages),
                null,
                new ReplyHint.Telegram(lastHint.channelId(), lastHint.chatId(), lastHint.replyToMessageId()),
                messages.stream().map(Complaint::relations).filter(Objects::nonNull).findFirst().orElse(null),
                flags(members),
                messages.stream().map(Complaint::location).filter(Objects::nonNull).findFirst().orElse(null)));
    }

    /** One complaint per message: a later edit takes the place of the version it edits. */
    private static List<Complaint> foldEdits(List<Complaint> members) {
        List<Complaint> messages = new ArrayList<>();
        for (Complaint member : members) {
            int earlier = indexOf(messages, member.channel().externalId());
            if (earlier >= 0 && member.flags().contains(TelegramMapper.EDITED)) {
                messages.set(earlier, withoutRelations(member));
            } else {
                messages.add(member);
            }
        }
        return messages;
    }

    private static int indexOf(List<Complaint> messages, String externalId) {
        for (int i = 0; i < messages.size(); i++) {
            if (messages.get(i).channel().externalId().equals(externalId)) {
                return i;
            }
        }
        return -1;
    }

    private static Complaint withoutRelations(Complaint c) {
        return new Complaint(c.schemaVersion(), c.id(), c.protocolNumber(), c.receivedAt(), c.channel(), c.customer(),
                c.subject(), c.text(), c.quotedText(), c.html(), c.language(), c.attachments(), c.classification(),
                c.replyHint(), null, c.flags(), c.location());
    }

    private static Customer customer(List<Complaint> members) {
        Customer first = members.get(0).customer();
        if (first.phone() != null) {
            return first;
        }
        String phone = members.stream().map(member -> member.customer().phone()).filter(Objects::nonNull)
                .findFirst().orElse(null);
        return new Customer(first.name(), first.email(), phone, first.handle(), first.locale(), first.userId());
    }

    private static String text(List<Complaint> messages) {
        return String.join("\n\n", messages.stream().map(Complaint::text).filter(text -> !text.isEmpty()).toList());
    }

    private static List<Attachment> attachments(List<Complaint> messages) {
        return messages.stream().flatMap(message -> message.attachments().stream()).toList();
    }

    private static List<String> flags(List<Complaint> members) {
        Set<String> flags = new LinkedHashSet<>();
        members.forEach(member -> flags.addAll(member.flags()));
        flags.add(MERGED);
        return List.copyOf(flags);
    }
}
