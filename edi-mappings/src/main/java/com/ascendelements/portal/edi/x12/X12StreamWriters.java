package com.ascendelements.portal.edi.x12;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamConstants;
import io.xlate.edi.stream.EDIStreamWriter;
import java.io.OutputStream;

/** StAEDI writers for our outbound X12: the partner's delimiters, and the control schema of 00401 or 00501. */
public final class X12StreamWriters {

    private X12StreamWriters() {
    }

    /**
     * @param delimiters with a repetition separator for 5010 (ISA11 carries it), without one for 4010
     * @param lineBreaks a line break after each segment terminator (unless the terminator is a line break)
     */
    public static EDIStreamWriter create(OutputStream out, X12Delimiters delimiters, boolean lineBreaks) {
        EDIOutputFactory factory = EDIOutputFactory.newFactory();
        factory.setProperty(EDIStreamConstants.Delimiters.SEGMENT, delimiters.segment());
        factory.setProperty(EDIStreamConstants.Delimiters.DATA_ELEMENT, delimiters.element());
        factory.setProperty(EDIStreamConstants.Delimiters.COMPONENT_ELEMENT, delimiters.component());
        if (delimiters.repetition() != null) {
            factory.setProperty(EDIStreamConstants.Delimiters.REPETITION, delimiters.repetition());
        }
        factory.setProperty(EDIOutputFactory.PRETTY_PRINT, lineBreaks && !delimiters.newlineTerminated());
        EDIStreamWriter writer = factory.createEDIStreamWriter(out);
        try {
            writer.setControlSchema(SchemaFactory.newFactory().getControlSchema(EDIStreamConstants.Standards.X12,
                    new String[] {delimiters.repetition() == null ? "00401" : "00501"}));
        } catch (EDISchemaException e) {
            throw new IllegalStateException("StAEDI X12 control schema unavailable", e);
        }
        return writer;
    }
}
