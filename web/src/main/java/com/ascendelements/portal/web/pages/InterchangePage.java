package com.ascendelements.portal.web.pages;

import com.ascendelements.portal.exchange.Interchange;
import com.ascendelements.portal.audit.AuditEntry;
import com.ascendelements.portal.edi.x12.SegmentListing;
import com.ascendelements.portal.exchange.InterchangeDocument;
import com.ascendelements.portal.exchange.InterchangeOperations;
import com.ascendelements.portal.exchange.InterchangeService;
import com.ascendelements.portal.exchange.OutboundGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** One interchange: envelope, status and reason, and the raw file exactly as received or sent. */
@Named("interchangePage")
@ViewScoped
public class InterchangePage extends DetailPage<Interchange> {

    private static final long serialVersionUID = 1L;
    /** Files above this size are offered for download only, not shown on the page. */
    private static final int SHOWN_BYTES = 256 * 1024;

    /** Segments shown in the parsed view; the rest is in the raw file. */
    private static final int SHOWN_SEGMENTS = 2000;

    @Inject
    private transient InterchangeService interchanges;
    @Inject
    private transient InterchangeOperations operations;
    @Inject
    private transient Clock clock;

    private transient String rawText;
    private transient List<Interchange> acknowledgments = List.of();
    private transient List<OutboundGroup> groups = List.of();
    private transient List<InterchangeDocument> documents = List.of();
    private transient SegmentListing.Listing segments;
    private transient List<AuditEntry> history = List.of();

    @Override
    protected Interchange find(long id) {
        Interchange interchange = interchanges.get(id);
        byte[] content = interchanges.content(id);
        rawText = content.length > SHOWN_BYTES ? null : printable(content);
        acknowledgments = interchanges.acknowledgmentsOf(id);
        groups = interchanges.groupsOf(id);
        documents = interchanges.documentsOf(id);
        segments = interchanges.segments(id, SHOWN_SEGMENTS);
        history = interchanges.historyOf(id);
        return interchange;
    }

    /** Staff: process a failed or rejected received file again, through the work queue. */
    public void reprocess() {
        act(() -> operations.reprocess(getId()), "Queued for processing again; the status changes once it has run.");
    }

    /** Staff: deliver one of our files again (same control numbers), through the work queue. */
    public void resend() {
        act(() -> operations.resend(getId()), "Queued for delivery again.");
    }

    public boolean isOverdue(OutboundGroup group) {
        return group.isOverdue(clock.instant());
    }

    /** Control characters other than line breaks are shown as \xNN so that a binary file cannot garble the page. */
    private static String printable(byte[] content) {
        StringBuilder text = new StringBuilder(content.length);
        for (char c : new String(content, StandardCharsets.ISO_8859_1).toCharArray()) {
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c >= 0x7f && c < 0xa0) {
                text.append(String.format("\\x%02X", (int) c));
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    public List<AuditEntry> getHistory() {
        return history;
    }

    public List<OutboundGroup> getGroups() {
        return groups;
    }

    public List<InterchangeDocument> getDocuments() {
        return documents;
    }

    public SegmentListing.Listing getSegments() {
        return segments;
    }

    public List<Interchange> getAcknowledgments() {
        return acknowledgments;
    }

    public String getRawText() {
        return rawText;
    }

    public StreamedContent getDownload() {
        Interchange interchange = getItem();
        return DefaultStreamedContent.builder()
                .name(interchange.fileName() == null ? "interchange-" + interchange.id() + ".x12" : interchange.fileName())
                .contentType("application/edi-x12")
                .stream(() -> new ByteArrayInputStream(interchanges.content(interchange.id())))
                .build();
    }
}
