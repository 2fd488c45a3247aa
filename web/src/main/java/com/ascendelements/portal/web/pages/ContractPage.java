package com.ascendelements.portal.web.pages;

import com.ascendelements.portal.catalog.Material;
import com.ascendelements.portal.catalog.Materials;
import com.ascendelements.portal.common.InvalidRequestException;
import com.ascendelements.portal.common.Money;
import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.common.UnitOfMeasure;
import com.ascendelements.portal.contracts.Contract;
import com.ascendelements.portal.contracts.ContractService;
import com.ascendelements.portal.contracts.ContractService.ContractTerms;
import com.ascendelements.portal.contracts.Drawdown;
import com.ascendelements.portal.contracts.PriceTerms;
import com.ascendelements.portal.contracts.PricingBasis;
import com.ascendelements.portal.contracts.Tolerances;
import com.ascendelements.portal.partners.PartnerDirectory;
import com.ascendelements.portal.partners.TradingPartner;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One contract: its terms (editable by procurement) and its drawdown. Without an id the page creates a contract.
 * The form's values are checked here for the messages beside the fields, and again by the domain.
 */
@Named("contractPage")
@ViewScoped
public class ContractPage extends DetailPage<Contract> {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ContractService contracts;

    @Inject
    private transient PartnerDirectory directory;

    @Inject
    private transient Materials materials;

    private transient Drawdown drawdown;
    private transient List<TradingPartner> partnerChoices;
    private transient List<Material> materialChoices;

    @NotBlank(message = "Enter the contract number")
    @Size(max = 40, message = "At most 40 characters")
    private String number;
    @NotBlank(message = "Choose the buyer")
    private String buyerCode;
    @NotBlank(message = "Choose the seller")
    private String sellerCode;
    @NotBlank(message = "Choose the material")
    private String materialCode;
    @Size(max = 2000, message = "At most 2000 characters")
    private String specification;
    @NotNull(message = "Enter the committed quantity")
    @DecimalMin(value = "0.0001", message = "The committed quantity must be more than zero")
    private BigDecimal committedAmount;
    private UnitOfMeasure committedUnit = UnitOfMeasure.METRIC_TON;
    private PricingBasis pricingBasis = PricingBasis.FIXED;
    @NotNull(message = "Enter the unit price")
    @DecimalMin(value = "0", message = "A price cannot be negative")
    private BigDecimal unitPrice;
    @NotBlank(message = "Enter the currency")
    @Size(min = 3, max = 3, message = "A three-letter currency code, e.g. USD")
    private String currency = "USD";
    private UnitOfMeasure priceUnit = UnitOfMeasure.KILOGRAM;
    @Size(max = 2000, message = "At most 2000 characters")
    private String priceDescription;
    @NotNull(message = "Enter the quantity tolerance")
    @DecimalMin(value = "0", message = "Between 0 and 100 %")
    @DecimalMax(value = "100", message = "Between 0 and 100 %")
    private BigDecimal quantityTolerance = new BigDecimal("2");
    @NotNull(message = "Enter the price tolerance")
    @DecimalMin(value = "0", message = "Between 0 and 100 %")
    @DecimalMax(value = "100", message = "Between 0 and 100 %")
    private BigDecimal priceTolerance = new BigDecimal("0.5");
    @NotNull(message = "Enter the first day")
    private LocalDate validFrom;
    @NotNull(message = "Enter the last day")
    private LocalDate validTo;

    /** Without an id: a new, empty contract form. */
    @Override
    public void load() {
        if (getId() == null) {
            return;
        }
        super.load();
    }

    @Override
    protected Contract find(long id) {
        Contract c = contracts.get(id);
        drawdown = contracts.drawdown(id);
        number = c.number();
        buyerCode = c.buyer().code();
        sellerCode = c.seller().code();
        materialCode = c.material().code();
        specification = c.specification();
        committedAmount = c.committed().amount();
        committedUnit = c.committed().unit();
        pricingBasis = c.priceTerms().basis();
        unitPrice = c.priceTerms().unitPrice().amount();
        currency = c.priceTerms().unitPrice().currency();
        priceUnit = c.priceTerms().priceUnit();
        priceDescription = c.priceTerms().description();
        quantityTolerance = c.tolerances().quantityPercent();
        priceTolerance = c.tolerances().pricePercent();
        validFrom = c.validFrom();
        validTo = c.validTo();
        return c;
    }

    public boolean isNew() {
        return getId() == null;
    }

    public void save() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (validTo != null && validFrom != null && validTo.isBefore(validFrom)) {
            faces.addMessage("contract:valid-to", new FacesMessage(FacesMessage.SEVERITY_ERROR, "The last day is before the first day", null));
            faces.validationFailed();
            return;
        }
        ContractTerms terms;
        try {
            terms = new ContractTerms(number, buyerCode, sellerCode, materialCode, specification,
                    Quantity.of(committedAmount, committedUnit),
                    new PriceTerms(pricingBasis, Money.of(unitPrice, currency), priceUnit, priceDescription),
                    new Tolerances(quantityTolerance, priceTolerance), validFrom, validTo);
        } catch (IllegalArgumentException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            faces.validationFailed();
            return;
        }
        if (isNew()) {
            try {
                Contract created = contracts.create(terms);
                faces.getExternalContext().getFlash().setKeepMessages(true);
                faces.addMessage(null, new FacesMessage("Contract " + created.number() + " created"));
                faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/contract.xhtml?id=" + created.id());
            } catch (InvalidRequestException e) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
                faces.validationFailed();
            }
        } else {
            act(() -> contracts.revise(getId(), terms), "Contract saved");
        }
    }

    public void activate() {
        act(() -> contracts.activate(getId()), "Contract activated");
    }

    /** Choices of the form's select lists, read once per view. */
    public List<TradingPartner> getPartners() {
        if (partnerChoices == null) {
            partnerChoices = directory.visiblePartners();
        }
        return partnerChoices;
    }

    public List<Material> getMaterials() {
        if (materialChoices == null) {
            materialChoices = materials.all();
        }
        return materialChoices;
    }

    public UnitOfMeasure[] getUnits() { return UnitOfMeasure.values(); }
    public PricingBasis[] getBases() { return PricingBasis.values(); }
    public Drawdown getDrawdown() { return drawdown; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getBuyerCode() { return buyerCode; }
    public void setBuyerCode(String buyerCode) { this.buyerCode = buyerCode; }
    public String getSellerCode() { return sellerCode; }
    public void setSellerCode(String sellerCode) { this.sellerCode = sellerCode; }
    public String getMaterialCode() { return materialCode; }
    public void setMaterialCode(String materialCode) { this.materialCode = materialCode; }
    public String getSpecification() { return specification; }
    public void setSpecification(String specification) { this.specification = specification; }
    public BigDecimal getCommittedAmount() { return committedAmount; }
    public void setCommittedAmount(BigDecimal committedAmount) { this.committedAmount = committedAmount; }
    public UnitOfMeasure getCommittedUnit() { return committedUnit; }
    public void setCommittedUnit(UnitOfMeasure committedUnit) { this.committedUnit = committedUnit; }
    public PricingBasis getPricingBasis() { return pricingBasis; }
    public void setPricingBasis(PricingBasis pricingBasis) { this.pricingBasis = pricingBasis; }
    public BigDecimal getUnitPrice() { return unitPrice; }
    public void setUnitPrice(BigDecimal unitPrice) { this.unitPrice = unitPrice; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public UnitOfMeasure getPriceUnit() { return priceUnit; }
    public void setPriceUnit(UnitOfMeasure priceUnit) { this.priceUnit = priceUnit; }
    public String getPriceDescription() { return priceDescription; }
    public void setPriceDescription(String priceDescription) { this.priceDescription = priceDescription; }
    public BigDecimal getQuantityTolerance() { return quantityTolerance; }
    public void setQuantityTolerance(BigDecimal quantityTolerance) { this.quantityTolerance = quantityTolerance; }
    public BigDecimal getPriceTolerance() { return priceTolerance; }
    public void setPriceTolerance(BigDecimal priceTolerance) { this.priceTolerance = priceTolerance; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public void setValidTo(LocalDate validTo) { this.validTo = validTo; }
}
