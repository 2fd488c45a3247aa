package com.ascendelements.portal.web.as2;

import com.ascendelements.portal.exchange.as2.AnonymousSenders;
import com.ascendelements.portal.exchange.as2.As2Endpoint;
import com.ascendelements.portal.exchange.as2.As2Response;
import com.ascendelements.portal.web.security.ClientAddress;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The AS2 endpoints (RFC 4130): {@code POST /as2} receives partners' messages and answers with the MDN,
 * {@code POST /as2/mdn} receives asynchronous MDNs for what we sent. Outside the portal login (web.xml): partners
 * authenticate by their signatures, checked against the certificates in their profiles; a sender that is no partner
 * is read only in part and only so many times a minute ({@link AnonymousSenders}). Never answers 500.
 */
@WebServlet(name = "AS2", urlPatterns = {"/as2", "/as2/mdn"})
public class As2Servlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(As2Servlet.class.getName());
    /** The largest AS2 message taken (a 50 MB interchange, signed, encrypted and base64-encoded fits). */
    static final long MAX_BYTES = 100L * 1024 * 1024;

    @Inject
    private As2Endpoint endpoint;
    @Inject
    private AnonymousSenders anonymous;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            Map<String, String> headers = new LinkedHashMap<>();
            for (String name : Collections.list(request.getHeaderNames())) {
                headers.put(name, String.join(", ", Collections.list(request.getHeaders(name))));
            }
            boolean mdn = request.getServletPath().endsWith("/mdn") || String.valueOf(request.getPathInfo()).endsWith("/mdn");
            long length = request.getContentLengthLong();
            String address = ClientAddress.of(request);
            if (!anonymous.isKnown(request.getHeader("AS2-From"))) {
                // no login on this door: a stranger's message is read only in part, and only so many a minute
                if (!anonymous.admit(address)) {
                    write(response, 429, "text/plain", "Too many messages from a sender that is not a trading partner; try again later"
                            .getBytes(StandardCharsets.UTF_8), Map.of("Retry-After", "60"));
                    return;
                }
                byte[] prefix = request.getInputStream().readNBytes(AnonymousSenders.PREFIX_BYTES);
                As2Response answer = mdn ? endpoint.receiveMdn(headers, prefix, address)
                        : endpoint.receiveFromUnknownSender(headers, prefix, length, address);
                write(response, answer.status(), null, answer.body(), answer.headers());
                return;
            }
            if (length > MAX_BYTES) {
                write(response, 413, "text/plain", ("An AS2 message is limited to " + MAX_BYTES + " bytes").getBytes(StandardCharsets.UTF_8), Map.of());
                return;
            }
            byte[] body = read(request.getInputStream());
            if (body == null) {
                write(response, 413, "text/plain", ("An AS2 message is limited to " + MAX_BYTES + " bytes").getBytes(StandardCharsets.UTF_8), Map.of());
                return;
            }
            As2Response answer = mdn
                    ? endpoint.receiveMdn(headers, body, address)
                    : endpoint.receiveMessage(headers, body, address);
            write(response, answer.status(), null, answer.body(), answer.headers());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "AS2 request failed", e);
            if (!response.isCommitted()) {
                write(response, 503, "text/plain", "The AS2 endpoint cannot take the message right now; please resend later"
                        .getBytes(StandardCharsets.UTF_8), Map.of());
            }
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Allow", "POST");
        write(response, 405, "text/plain", "AS2 endpoint: POST an AS2 message here".getBytes(StandardCharsets.UTF_8), Map.of());
    }

    private static byte[] read(InputStream in) throws IOException {
        byte[] all = in.readNBytes((int) MAX_BYTES + 1);
        return all.length > MAX_BYTES ? null : all;
    }

    private static void write(HttpServletResponse response, int status, String contentType, byte[] body, Map<String, String> headers)
            throws IOException {
        response.setStatus(status);
        headers.forEach((name, value) -> {
            if (!"Content-Length".equalsIgnoreCase(name)) {
                // header values may be folded over lines by the MIME writer; HTTP wants them on one line
                response.setHeader(name, value.replaceAll("\\r?\\n[ \\t]*", " "));
            }
        });
        if (contentType != null) {
            response.setContentType(contentType);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
