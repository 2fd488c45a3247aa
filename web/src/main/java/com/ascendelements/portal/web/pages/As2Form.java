package com.ascendelements.portal.web.pages;

import com.ascendelements.portal.partners.As2Settings;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/**
 * The AS2 part of the partner editor: what we require of the partner's messages (signed, encrypted, the weakest
 * algorithms accepted, the extra hosts its asynchronous MDNs may go to) apart from what we send it (signed,
 * encrypted, compressed, the algorithms, AES-GCM only when its product supports it, the MDN it returns).
 */
public class As2Form implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = 128, message = "At most 128 characters")
    private String as2Id;
    @Pattern(regexp = "(https?://\\S+)?", message = "An http:// or https:// URL, or empty to receive only")
    private String as2Url;
    private boolean requireSigned = true;
    private boolean requireEncrypted = true;
    private String minSignAlgorithm = As2Settings.DEFAULT_MIN_SIGN;
    private String minEncryptAlgorithm = As2Settings.DEFAULT_MIN_ENCRYPT;
    @Size(max = 1000, message = "At most 1000 characters")
    private String mdnHosts;
    private boolean signOutbound = true;
    private boolean encryptOutbound = true;
    private boolean compress;
    private As2Settings.MdnMode mdnMode = As2Settings.MdnMode.SYNC;
    private boolean mdnSigned = true;
    private String signAlgorithm = "sha-256";
    private String encryptAlgorithm = "aes256-cbc";
    private boolean gcmSupported;
    private As2Settings.TransferEncoding transferEncoding = As2Settings.TransferEncoding.BINARY;

    static As2Form of(As2Settings s) {
        As2Form f = new As2Form();
        if (s.enabled()) {
            f.as2Id = s.as2Id();
            f.as2Url = s.url();
            f.requireSigned = s.requireSigned();
            f.requireEncrypted = s.requireEncrypted();
            f.minSignAlgorithm = s.minSignAlgorithm();
            f.minEncryptAlgorithm = s.minEncryptAlgorithm();
            f.mdnHosts = s.mdnHostsText();
            f.signOutbound = s.signOutbound();
            f.encryptOutbound = s.encryptOutbound();
            f.compress = s.compress();
            f.mdnMode = s.mdnMode();
            f.mdnSigned = s.mdnSigned();
            f.signAlgorithm = s.signAlgorithm();
            f.encryptAlgorithm = s.encryptAlgorithm();
            f.gcmSupported = s.gcmSupported();
            f.transferEncoding = s.transferEncoding();
        }
        return f;
    }

    /** The settings as entered; IllegalArgumentException with the reason when they do not make a profile. */
    As2Settings settings() {
        return As2Settings.of(as2Id, as2Url, requireSigned, requireEncrypted, compress, mdnMode, mdnSigned, signAlgorithm,
                encryptAlgorithm, signOutbound, encryptOutbound, minSignAlgorithm, minEncryptAlgorithm, gcmSupported, mdnHosts)
                .withTransferEncoding(transferEncoding);
    }

    public As2Settings.MdnMode[] getMdnModes() { return As2Settings.MdnMode.values(); }
    public As2Settings.TransferEncoding[] getTransferEncodings() { return As2Settings.TransferEncoding.values(); }
    public List<String> getSignAlgorithms() { return As2Settings.SIGN_ALGORITHMS.stream().sorted().toList(); }
    public List<String> getEncryptAlgorithms() { return As2Settings.ENCRYPT_ALGORITHMS.stream().sorted().toList(); }

    public String getAs2Id() { return as2Id; }
    public void setAs2Id(String v) { this.as2Id = v; }
    public String getAs2Url() { return as2Url; }
    public void setAs2Url(String v) { this.as2Url = v; }
    public boolean isRequireSigned() { return requireSigned; }
    public void setRequireSigned(boolean v) { this.requireSigned = v; }
    public boolean isRequireEncrypted() { return requireEncrypted; }
    public void setRequireEncrypted(boolean v) { this.requireEncrypted = v; }
    public String getMinSignAlgorithm() { return minSignAlgorithm; }
    public void setMinSignAlgorithm(String v) { this.minSignAlgorithm = v; }
    public String getMinEncryptAlgorithm() { return minEncryptAlgorithm; }
    public void setMinEncryptAlgorithm(String v) { this.minEncryptAlgorithm = v; }
    public String getMdnHosts() { return mdnHosts; }
    public void setMdnHosts(String v) { this.mdnHosts = v; }
    public boolean isSignOutbound() { return signOutbound; }
    public void setSignOutbound(boolean v) { this.signOutbound = v; }
    public boolean isEncryptOutbound() { return encryptOutbound; }
    public void setEncryptOutbound(boolean v) { this.encryptOutbound = v; }
    public boolean isCompress() { return compress; }
    public void setCompress(boolean v) { this.compress = v; }
    public As2Settings.MdnMode getMdnMode() { return mdnMode; }
    public void setMdnMode(As2Settings.MdnMode v) { this.mdnMode = v; }
    public boolean isMdnSigned() { return mdnSigned; }
    public void setMdnSigned(boolean v) { this.mdnSigned = v; }
    public String getSignAlgorithm() { return signAlgorithm; }
    public void setSignAlgorithm(String v) { this.signAlgorithm = v; }
    public String getEncryptAlgorithm() { return encryptAlgorithm; }
    public void setEncryptAlgorithm(String v) { this.encryptAlgorithm = v; }
    public boolean isGcmSupported() { return gcmSupported; }
    public void setGcmSupported(boolean v) { this.gcmSupported = v; }
    public As2Settings.TransferEncoding getTransferEncoding() { return transferEncoding; }
    public void setTransferEncoding(As2Settings.TransferEncoding v) { this.transferEncoding = v; }
}
