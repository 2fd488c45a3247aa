package com.ascendelements.portal.exchange.translation;

import com.ascendelements.portal.edi.message.X12Message;
import com.ascendelements.portal.edi.translation.IsolatedTranslation;
import com.ascendelements.portal.edi.translation.X12Translation;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads X12 in tests as the portal does: the Smooks translation in a class loader of its own, from the translator folder
 * the build makes (surefire sets {@value IsolatedTranslation#FOLDER_PROPERTY}); this module's class path has no Smooks.
 */
final class TranslatedMessages {

    static final X12Translation X12 = IsolatedTranslation.forApplication(TranslatedMessages.class);

    private TranslatedMessages() {
    }

    /** The sets of one kind in the file; a set that does not translate fails the test. */
    static <M extends X12Message> List<M> read(byte[] file, Class<M> type) {
        List<M> messages = new ArrayList<>();
        X12.readEach(file, code -> true, message -> {
            if (type.isInstance(message)) {
                messages.add(type.cast(message));
            }
        }, e -> {
            throw e;
        });
        return messages;
    }
}
