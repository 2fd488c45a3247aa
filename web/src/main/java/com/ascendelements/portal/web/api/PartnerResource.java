package com.ascendelements.portal.web.api;

import com.ascendelements.portal.common.InvalidRequestException;
import com.ascendelements.portal.common.NotFoundException;
import com.ascendelements.portal.edi.x12.EnvelopeDeviation;
import com.ascendelements.portal.partners.AcknowledgmentSettings;
import com.ascendelements.portal.partners.As2Settings;
import com.ascendelements.portal.partners.ReusedControlNumbers;
import com.ascendelements.portal.partners.OutboundDelimiters;
import com.ascendelements.portal.partners.PartnerCertificate;
import com.ascendelements.portal.partners.PartnerAdministration;
import com.ascendelements.portal.partners.PartnerDirectory;
import com.ascendelements.portal.partners.PartnerRole;
import com.ascendelements.portal.partners.X12Identity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("partners")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Trading partners")
public class PartnerResource {

    @Inject
    private PartnerDirectory directory;

    @Inject
    private PartnerAdministration administration;

    /** What an administrator may change of a profile. */
    public record ProfileChange(String name, String x12Qualifier, String x12InterchangeId, String x12ApplicationCode,
                                String x12Version, String delimiters, boolean lineBreakAfterSegment) {
    }

    /** A new partner: roles HUB (the first start's, once), CUSTOMER, SUPPLIER; the X12 identity as for a change. */
    public record NewPartner(String code, String name, java.util.Set<PartnerRole> roles, String x12Qualifier, String x12InterchangeId,
                             String x12ApplicationCode, String x12Version) {
    }

    /** A partner certificate as the API shows it; {@code expiresSoon} within 30 days (or expired). */
    public record CertificateView(long id, String subject, String issuer, String serialNumber, Instant notBefore,
                                  Instant notAfter, String sha256Fingerprint, boolean expiresSoon) {
        static CertificateView of(PartnerCertificate c, Instant now) {
            return new CertificateView(c.id(), c.subject(), c.issuer(), c.serialNumber(), c.notBefore(), c.notAfter(),
                    c.fingerprint(), c.expiresWithin(PartnerCertificate.EXPIRY_WARNING, now));
        }
    }

    @GET
    @Operation(summary = "The trading partners the caller may see (a partner user: its own company)")
    public List<PartnerView> list() {
        return directory.visiblePartners().stream().map(PartnerView::of).toList();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One trading partner profile")
    public PartnerView get(@PathParam("code") String code) {
        return directory.visiblePartners().stream().filter(p -> p.code().equals(code)).findFirst().map(PartnerView::of)
                .orElseThrow(() -> new NotFoundException("Trading partner " + code));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a trading partner, or on a first start the hub (administrators); 201 with its profile")
    public Response create(NewPartner p) {
        if (p == null || p.x12Version() == null) {
            throw new InvalidRequestException("Give code, name, roles, x12Qualifier, x12InterchangeId, x12ApplicationCode and x12Version");
        }
        return Response.status(201).entity(PartnerView.of(administration.create(p.code(), p.name(), p.roles(),
                X12Identity.of(p.x12Qualifier(), p.x12InterchangeId(), p.x12ApplicationCode(), p.x12Version())))).build();
    }

    @POST
    @Path("{code}/{action: activate|deactivate}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Deactivate a partner (its traffic and users are refused, its documents kept) or activate it again (administrators)")
    public PartnerView setActive(@PathParam("code") String code, @PathParam("action") String action) {
        return PartnerView.of(administration.setActive(code, action.equals("activate")));
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a profile's name, X12 identity and the delimiters we send (administrators)")
    public PartnerView update(@PathParam("code") String code, ProfileChange change) {
        if (change == null || change.delimiters() == null || change.delimiters().length() != 4) {
            throw new InvalidRequestException("Give name, x12Qualifier, x12InterchangeId, x12ApplicationCode, x12Version and"
                    + " delimiters (four characters: element, component, repetition, segment)");
        }
        long id = idOf(code);
        String d = change.delimiters();
        // a bad identity or delimiter is an IllegalArgumentException: 400 with its reason (ApiExceptionMappers)
        return PartnerView.of(administration.update(id, change.name(), X12Identity.of(change.x12Qualifier(), change.x12InterchangeId(),
                change.x12ApplicationCode(), change.x12Version()),
                new OutboundDelimiters(d.charAt(0), d.charAt(1), d.charAt(2), d.charAt(3), change.lineBreakAfterSegment())));
    }

    @PUT
    @Path("{code}/acknowledgments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change how 997s flow with a partner, what a different file under a used ISA13 gets"
            + " (reusedControlNumbers: REJECT or PROCESS_WITH_WARNING) and which envelope deviations of its system are"
            + " accepted and noted (allowedEnvelopeDeviations: ISA11_U_AS_REPETITION_SEPARATOR, GS04_SIX_DIGIT_DATE,"
            + " IEA02_UNPADDED, ISA12_UNSUPPORTED_VERSION, SET_IN_OTHER_FUNCTIONAL_GROUP), and whether a supplier is sent an"
            + " 861 for each receipt of its material (sendReceivingAdvice; left out: unchanged), and whether every line a customer"
            + " orders must fall under an active contract (ordersUnderContract; left out: unchanged) (administrators)")
    public PartnerView changeAcknowledgments(@PathParam("code") String code, PartnerView.AcknowledgmentView change) {
        if (change == null) {
            throw new InvalidRequestException("Give sendAcknowledgments, expectAcknowledgments, windowHours, reusedControlNumbers"
                    + " and allowedEnvelopeDeviations");
        }
        long id = idOf(code);
        try {
            java.util.Set<EnvelopeDeviation> deviations = java.util.EnumSet.noneOf(EnvelopeDeviation.class);
            if (change.allowedEnvelopeDeviations() != null) {
                change.allowedEnvelopeDeviations().forEach(name -> deviations.add(deviationNamed(name)));
            }
            AcknowledgmentSettings settings = new AcknowledgmentSettings(change.sendAcknowledgments(), change.expectAcknowledgments(),
                    change.windowHours(), change.reusedControlNumbers() == null ? ReusedControlNumbers.REJECT
                            : ReusedControlNumbers.valueOf(change.reusedControlNumbers()), deviations);
            // sendReceivingAdvice and ordersUnderContract left out: as they were
            AcknowledgmentSettings now = administration.get(id).acknowledgments();
            boolean receivingAdvice = change.sendReceivingAdvice() == null ? now.sendReceivingAdvice() : change.sendReceivingAdvice();
            boolean underContract = change.ordersUnderContract() == null ? now.ordersUnderContract() : change.ordersUnderContract();
            return PartnerView.of(administration.changeAcknowledgmentSettings(id, settings.withReceivingAdvice(receivingAdvice)
                    .withOrdersUnderContract(underContract)));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(e.getMessage());
        }
    }

    private static EnvelopeDeviation deviationNamed(String name) {
        return java.util.Arrays.stream(EnvelopeDeviation.values()).filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidRequestException("Unknown envelope deviation " + name + "; known: "
                        + java.util.Arrays.toString(EnvelopeDeviation.values())));
    }

    @PUT
    @Path("{code}/as2")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change how a partner trades over AS2 (administrators); an empty as2Id turns AS2 off")
    public PartnerView changeAs2(@PathParam("code") String code, PartnerView.As2View change) {
        long id = idOf(code);
        // a bad setting is an IllegalArgumentException: 400 with its reason (ApiExceptionMappers)
        As2Settings settings = change == null ? As2Settings.none()
                    : As2Settings.of(change.as2Id(), change.url(), change.requireSigned(), change.requireEncrypted(),
                    change.compress(), As2Settings.MdnMode.valueOf(change.mdnMode() == null ? "SYNC" : change.mdnMode()),
                    change.mdnSigned(), change.signAlgorithm() == null ? "sha-256" : change.signAlgorithm(),
                    change.encryptAlgorithm() == null ? "aes256-cbc" : change.encryptAlgorithm(),
                    change.signOutbound() == null ? change.requireSigned() : change.signOutbound(),
                    change.encryptOutbound() == null ? change.requireEncrypted() : change.encryptOutbound(),
                    change.minSignAlgorithm(), change.minEncryptAlgorithm(), change.gcmSupported(), change.mdnHosts())
                    .withTransferEncoding(transferEncoding(change.transferEncoding()));
        return PartnerView.of(administration.changeAs2Settings(id, settings));
    }

    private static As2Settings.TransferEncoding transferEncoding(String name) {
        return name == null ? null : java.util.Arrays.stream(As2Settings.TransferEncoding.values())
                .filter(e -> e.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown transferEncoding " + name + "; known: "
                        + java.util.Arrays.toString(As2Settings.TransferEncoding.values())));
    }

    @GET
    @Path("{code}/certificates")
    @Operation(summary = "A partner's AS2 certificates, the one that expires last first, with a 30-day expiry warning")
    public List<CertificateView> certificates(@PathParam("code") String code) {
        Instant now = Instant.now();
        return directory.certificatesOf(code).stream().map(c -> CertificateView.of(c, now)).toList();
    }

    @POST
    @Path("{code}/certificates")
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, "application/x-pem-file", "application/pkix-cert", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import a partner certificate from PEM or DER (administrators)")
    public Response importCertificate(@PathParam("code") String code, byte[] pemOrDer) {
        PartnerCertificate certificate = administration.importCertificate(idOf(code), pemOrDer);
        return Response.status(Response.Status.CREATED).entity(CertificateView.of(certificate, Instant.now())).build();
    }

    private long idOf(String code) {
        return administration.byCode(code).id();
    }
}
