package com.ascendelements.portal.edi.x12;

/**
 * Where an issue was found. Positions are 1-based; -1 (or {@code null}) means "not applicable/unknown".
 *
 * @param interchangeIndex         0-based index of the interchange in the file
 * @param groupControlNumber       GS06 of the enclosing functional group
 * @param transactionControlNumber ST02 of the enclosing transaction set
 * @param segmentPosition          position of the segment: within the transaction set (ST = 1) for transaction,
 *                                 segment and element issues (AK302), within the interchange (ISA = 1) otherwise
 * @param segmentId                segment tag, e.g. "BEG"
 * @param elementPosition          data element position within the segment (AK401-1)
 * @param componentPosition        component position within a composite (AK401-2)
 * @param repetition               repetition of the element (AK401-3, 005010)
 * @param elementReference         X12 data element reference number (AK402), e.g. "324"
 */
public record X12ErrorLocation(int interchangeIndex, String groupControlNumber, String transactionControlNumber,
                               int segmentPosition, String segmentId, int elementPosition, int componentPosition,
                               int repetition, String elementReference) {

    /** @return a location of a whole interchange */
    public static X12ErrorLocation ofInterchange(int interchangeIndex, int segmentPosition, String segmentId, int elementPosition) {
        return new X12ErrorLocation(interchangeIndex, null, null, segmentPosition, segmentId, elementPosition, -1, -1, null);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("interchange #").append(interchangeIndex);
        if (groupControlNumber != null) {
            b.append(" group ").append(groupControlNumber);
        }
        if (transactionControlNumber != null) {
            b.append(" set ").append(transactionControlNumber);
        }
        if (segmentId != null) {
            b.append(' ').append(segmentId);
        }
        if (segmentPosition > 0) {
            b.append(" @").append(segmentPosition);
        }
        if (elementPosition > 0) {
            b.append(String.format(" %02d", elementPosition));
            if (componentPosition > 0) {
                b.append('-').append(String.format("%02d", componentPosition));
            }
        }
        return b.toString();
    }
}
