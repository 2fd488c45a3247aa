package com.ascendelements.portal.exchange;

import com.ascendelements.portal.audit.AuditEntry;
import com.ascendelements.portal.audit.AuditTrail;
import com.ascendelements.portal.common.NotFoundException;
import com.ascendelements.portal.common.Page;
import com.ascendelements.portal.common.PageRequest;
import com.ascendelements.portal.common.QueryFilter;
import com.ascendelements.portal.edi.x12.SegmentListing;
import com.ascendelements.portal.identity.AccessScope;
import com.ascendelements.portal.identity.PortalRole;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** The EDI monitor's view of the exchange: every interchange, its status and its raw bytes. */
@Stateless
@RolesAllowed({PortalRole.Names.ADMIN, PortalRole.Names.PROCUREMENT, PortalRole.Names.FINANCE, PortalRole.Names.PARTNER})
public class InterchangeService {

    private static final Map<String, String> SORTABLE = Map.of(
            "createdAt", "i.createdAt", "status", "i.status", "direction", "i.direction",
            "controlNumber", "i.controlNumber", "fileName", "i.fileName");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Interchanges interchanges;

    @Inject
    private OutboundGroups outboundGroups;

    @Inject
    private AccessScope scope;

    @Inject
    private AuditTrail audit;

    public Page<Interchange> search(InterchangeCriteria criteria, PageRequest page) {
        Long restrictedTo = scope.restrictedToPartner().orElse(null);
        return new QueryFilter()
                .when(restrictedTo, "(i.senderPartner.id = :p OR i.receiverPartner.id = :p"
                        + " OR (i.submittedBy.id = :p AND i.senderPartner IS NULL))")
                .when(criteria.partnerId(), "(i.senderPartner.id = :p OR i.receiverPartner.id = :p)")
                .when(criteria.controlNumber(), "i.controlNumber = :p")
                .when(criteria.direction(), "i.direction = :p")
                .when(criteria.status(), "i.status = :p")
                .when(criteria.from() == null ? null : criteria.from().atStartOfDay(ZoneOffset.UTC).toInstant(), "i.createdAt >= :p")
                .when(criteria.to() == null ? null : criteria.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), "i.createdAt < :p")
                .contains(criteria.fileName(), "i.fileName")
                .when(criteria.poNumber() == null || criteria.poNumber().isBlank() ? null : criteria.poNumber().strip(),
                        "EXISTS (SELECT d FROM InterchangeDocument d WHERE d.interchange = i AND d.documentNumber = :p)")
                .batch("i.senderPartner", "i.receiverPartner")
                .page(em, Interchange.class, "Interchange", "i", page, SORTABLE, "i.createdAt DESC, i.id DESC");
    }

    public Interchange get(long id) {
        Interchange interchange = em.find(Interchange.class, id);
        if (interchange == null || !maySee(interchange)) {
            throw new NotFoundException("Interchange " + id);
        }
        return interchange;
    }

    /** The bytes exactly as received or sent. */
    public byte[] content(long id) {
        get(id);
        return interchanges.contentOf(id).orElseThrow(() -> new NotFoundException("Content of interchange " + id));
    }

    /** Our TA1/997 answers to an inbound interchange. */
    public List<Interchange> acknowledgmentsOf(long id) {
        get(id);
        return interchanges.acknowledgmentsOf(id).stream().filter(this::maySee).toList();
    }

    /** Every state change of the interchange: who, when, what. */
    public List<AuditEntry> historyOf(long id) {
        get(id);
        return audit.of("Interchange", id);
    }

    /** The file's segments as people read them, at most {@code max}. */
    public SegmentListing.Listing segments(long id, int max) {
        return SegmentListing.of(content(id), max);
    }

    /** The business documents the interchange carries (PO numbers...). */
    public List<InterchangeDocument> documentsOf(long id) {
        get(id);
        return interchanges.documentsOf(id);
    }

    /** The EDI documents about a purchase order the caller may see (850, 855, our 997s, the partner's 997s). */
    public List<Interchange> aboutPurchaseOrder(long purchaseOrderId) {
        return interchanges.aboutPurchaseOrder(purchaseOrderId).stream().filter(this::maySee).toList();
    }

    /** The functional groups of one of our interchanges, with what the partner's 997 said of each. */
    public List<OutboundGroup> groupsOf(long id) {
        get(id);
        return outboundGroups.of(id);
    }

    /**
     * Staff see every file; a partner sees the files it sends or receives, and those it handed in whose sender could
     * not be told (garbage, an unknown ISA sender), so that it learns why they were refused. A file it handed in
     * under another partner's ISA sender is that partner's business, not shown to it.
     */
    private boolean maySee(Interchange interchange) {
        return scope.restrictedToPartner()
                .map(partnerId -> isParty(interchange, partnerId) || handedInUnidentified(interchange, partnerId))
                .orElse(true);
    }

    private static boolean handedInUnidentified(Interchange interchange, long partnerId) {
        return interchange.senderPartner() == null
                && interchange.submittedBy().map(p -> p.id() == partnerId).orElse(false);
    }

    private static boolean isParty(Interchange interchange, long partnerId) {
        return interchange.senderPartner() != null && interchange.senderPartner().id() == partnerId
                || interchange.receiverPartner() != null && interchange.receiverPartner().id() == partnerId;
    }
}
