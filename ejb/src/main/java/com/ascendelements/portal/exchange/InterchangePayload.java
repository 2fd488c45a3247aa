package com.ascendelements.portal.exchange;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** The raw bytes of an interchange, exactly as received or sent. Never altered. */
@Entity
@Table(name = "interchange_payload")
@NamedQuery(name = InterchangePayload.CONTENT, query = "SELECT p.content FROM InterchangePayload p WHERE p.interchangeId = :id")
public class InterchangePayload {

    public static final String CONTENT = "InterchangePayload.content";

    @Id
    @Column(name = "interchange_id")
    private Long interchangeId;

    @MapsId
    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "interchange_id")
    private Interchange interchange;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    protected InterchangePayload() {
        // JPA
    }

    private InterchangePayload(Interchange interchange, byte[] content) {
        this.interchange = interchange;
        this.content = content.clone();
    }

    /** The bytes of an interchange; refused unless they are the bytes its content hash was taken of. */
    public static InterchangePayload of(Interchange interchange, byte[] content) {
        if (!Interchange.sha256(content).equals(interchange.contentHash())) {
            throw new IllegalArgumentException("The content does not belong to this interchange");
        }
        return new InterchangePayload(interchange, content);
    }

    public byte[] content() {
        return content.clone();
    }
}
