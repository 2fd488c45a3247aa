package com.ascendelements.portal.shipping;

import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.common.UnitOfMeasure;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.util.Objects;

/**
 * Gross, net and tare weight of a shipment or a lot (TD1 / MEA on an 856). Net must equal gross minus tare;
 * all three are stored in the unit they were declared in.
 */
@Embeddable
public class Weights {

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "gross_weight"))
    @AttributeOverride(name = "unit", column = @Column(name = "gross_weight_unit"))
    private Quantity gross;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "net_weight"))
    @AttributeOverride(name = "unit", column = @Column(name = "net_weight_unit"))
    private Quantity net;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "tare_weight"))
    @AttributeOverride(name = "unit", column = @Column(name = "tare_weight_unit"))
    private Quantity tare;

    protected Weights() {
        // JPA
    }

    private Weights(Quantity gross, Quantity net, Quantity tare) {
        this.gross = requireMass("gross", gross);
        this.net = requireMass("net", net);
        this.tare = requireMass("tare", tare);
        if (gross.minus(tare).compareTo(net) != 0) {
            throw new IllegalArgumentException("Net weight " + net + " is not gross " + gross + " minus tare " + tare);
        }
    }

    /** Weights from gross and tare; net is derived. */
    public static Weights ofGrossAndTare(Quantity gross, Quantity tare) {
        return new Weights(gross, requireMass("gross", gross).minus(requireMass("tare", tare)), tare);
    }

    /** Weights as declared by a partner; refused when net is not gross minus tare. */
    public static Weights declared(Quantity gross, Quantity net, Quantity tare) {
        return new Weights(gross, net, tare);
    }

    private static Quantity requireMass(String what, Quantity q) {
        Objects.requireNonNull(q, what + " weight");
        if (!q.unit().isMass()) {
            throw new IllegalArgumentException("The " + what + " weight must be a mass, not " + q.unit().symbol());
        }
        if (q.isNegative()) {
            throw new IllegalArgumentException("The " + what + " weight cannot be negative: " + q);
        }
        return q;
    }

    public Quantity gross() {
        return gross;
    }

    public Quantity net() {
        return net;
    }

    public Quantity tare() {
        return tare;
    }

    public Quantity netIn(UnitOfMeasure unit) {
        return net.in(unit);
    }
}
