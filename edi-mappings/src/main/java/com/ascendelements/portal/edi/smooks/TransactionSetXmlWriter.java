package com.ascendelements.portal.edi.smooks;

import com.ascendelements.portal.edi.message.X12Message;

/**
 * Writes the body of one transaction set type (everything between ST and SE) as DFDL infoset XML.
 *
 * @param <M> the message type
 */
interface TransactionSetXmlWriter<M extends X12Message> {

    /** The message class this writer accepts. */
    Class<M> messageType();

    /** The element under TransactionSet in the DFDL schema, e.g. PurchaseOrderAcknowledgment. */
    String rootElement();

    /** Writes the segments after ST and before SE. */
    void writeBody(M message, InterchangeXmlBuilder xml);
}
