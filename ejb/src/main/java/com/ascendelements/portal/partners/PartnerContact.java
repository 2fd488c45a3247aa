package com.ascendelements.portal.partners;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A person at a partner, and what to contact them about (EDI, logistics, accounts payable ...). */
@Embeddable
public class PartnerContact {

    @Column(name = "contact_function", length = 40, nullable = false)
    private String function;

    @Column(name = "name", length = 120, nullable = false)
    private String name;

    @Column(name = "email", length = 200)
    private String email;

    @Column(name = "phone", length = 40)
    private String phone;

    protected PartnerContact() {
        // JPA
    }

    public PartnerContact(String function, String name, String email, String phone) {
        this.function = Objects.requireNonNull(function, "function");
        this.name = Objects.requireNonNull(name, "name");
        this.email = email;
        this.phone = phone;
    }

    public String function() {
        return function;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }
}
