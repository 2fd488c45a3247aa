package com.ascendelements.portal.web.pages;

import com.ascendelements.portal.exchange.Interchange;
import com.ascendelements.portal.exchange.InterchangeService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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

    @Inject
    private transient InterchangeService interchanges;

    private transient String rawText;
    private transient List<Interchange> acknowledgments = List.of();

    @Override
    protected Interchange find(long id) {
        Interchange interchange = interchanges.get(id);
        byte[] content = interchanges.content(id);
        rawText = content.length > SHOWN_BYTES ? null : printable(content);
        acknowledgments = interchanges.acknowledgmentsOf(id);
        return interchange;
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
