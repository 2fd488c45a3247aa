package com.ascendelements.portal.edi.message;

/** An N1 loop: a party by role (BY buyer, SE seller, ST ship-to, SF ship-from, ...), its id and address. */
public class Party {

    private String entityCode;
    private String name;
    private String idQualifier;
    private String id;
    private String additionalName;
    private String addressLine1;
    private String addressLine2;
    private String city;
    private String stateCode;
    private String postalCode;
    private String countryCode;

    /** Creates an empty party (for binding). */
    public Party() {
    }

    /** Creates a party with its role, name and identification. */
    public Party(String entityCode, String name, String idQualifier, String id) {
        this.entityCode = entityCode;
        this.name = name;
        this.idQualifier = idQualifier;
        this.id = id;
    }

    /** N101 entity identifier code, e.g. BY, SE, ST. */
    public String getEntityCode() {
        return entityCode;
    }

    public void setEntityCode(String entityCode) {
        this.entityCode = entityCode;
    }

    /** N102. */
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** N103 identification code qualifier, e.g. 1 (DUNS), 92 (assigned by buyer). */
    public String getIdQualifier() {
        return idQualifier;
    }

    public void setIdQualifier(String idQualifier) {
        this.idQualifier = idQualifier;
    }

    /** N104. */
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** N201. */
    public String getAdditionalName() {
        return additionalName;
    }

    public void setAdditionalName(String additionalName) {
        this.additionalName = additionalName;
    }

    /** N301. */
    public String getAddressLine1() {
        return addressLine1;
    }

    public void setAddressLine1(String addressLine1) {
        this.addressLine1 = addressLine1;
    }

    /** N302. */
    public String getAddressLine2() {
        return addressLine2;
    }

    public void setAddressLine2(String addressLine2) {
        this.addressLine2 = addressLine2;
    }

    /** N401. */
    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    /** N402. */
    public String getStateCode() {
        return stateCode;
    }

    public void setStateCode(String stateCode) {
        this.stateCode = stateCode;
    }

    /** N403. */
    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    /** N404. */
    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }
}
