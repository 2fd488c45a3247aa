package com.ascendelements.portal.edi.smooks;

import com.ascendelements.portal.edi.translation.X12TranslationException;

import com.ascendelements.portal.edi.message.X12Message;
import com.ascendelements.portal.edi.x12.X12Delimiters;

import java.util.List;

/**
 * The outcome of reading one interchange of a file: its messages, or why it could not be read. Lets a file
 * with one bad interchange still deliver the good ones (each interchange is acknowledged on its own).
 *
 * @param offset     character offset of its ISA in the file (after a byte order mark)
 * @param delimiters the delimiters its ISA declares
 * @param isaVersion ISA12
 * @param messages   the messages read; empty when {@code error} is set
 * @param error      why the interchange could not be read, or {@code null}
 */
public record InterchangeReadResult(long offset, X12Delimiters delimiters, String isaVersion,
                                    List<X12Message> messages, X12TranslationException error) {

    /** Whether the interchange was read. */
    public boolean isRead() {
        return error == null;
    }
}
