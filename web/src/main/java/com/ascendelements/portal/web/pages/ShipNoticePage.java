package com.ascendelements.portal.web.pages;

import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.common.UnitOfMeasure;
import com.ascendelements.portal.shipping.ShipNotice;
import com.ascendelements.portal.shipping.ShipNoticeService;
import com.ascendelements.portal.shipping.ShipmentItem;
import com.ascendelements.portal.shipping.ShipmentLot;
import com.ascendelements.portal.shipping.ShipmentOrder;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/** One ship notice: the shipment > order > lot > item tree, weights and hazmat, and the receipt form. */
@Named("shipmentPage")
@ViewScoped
public class ShipNoticePage extends DetailPage<ShipNotice> {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ShipNoticeService shipNotices;

    private transient TreeNode<Row> tree;

    @NotNull(message = "Enter the date it arrived")
    @PastOrPresent(message = "The receipt date cannot be in the future")
    private LocalDate receivedOn;

    @NotNull(message = "Enter the net weight on our scale")
    @DecimalMin(value = "0.0001", message = "The net weight must be more than zero")
    private BigDecimal receivedNet;

    private UnitOfMeasure receivedUnit = UnitOfMeasure.KILOGRAM;
    private String note;

    /** One row of the tree table, whatever its level. */
    public record Row(String level, String reference, String material, String quantity, String gross, String net,
                      String tare, String hazmat) {
    }

    @Override
    protected ShipNotice find(long id) {
        ShipNotice notice = shipNotices.get(id);
        tree = treeOf(notice);
        return notice;
    }

    private static TreeNode<Row> treeOf(ShipNotice notice) {
        TreeNode<Row> root = new DefaultTreeNode<>(null, null);
        TreeNode<Row> shipment = new DefaultTreeNode<>(new Row("Shipment", notice.shipmentId(), "", "",
                notice.weights().gross().toString(), notice.weights().net().toString(), notice.weights().tare().toString(), ""), root);
        shipment.setExpanded(true);
        for (ShipmentOrder order : notice.orders()) {
            TreeNode<Row> orderNode = new DefaultTreeNode<>(new Row("Order", "PO " + order.poNumber(), "", "", "", "", "", ""), shipment);
            orderNode.setExpanded(true);
            for (ShipmentLot lot : order.lots()) {
                TreeNode<Row> lotNode = new DefaultTreeNode<>(new Row("Lot", lot.lotNumber() + " (" + lot.packageCount() + " "
                        + (lot.packagingCode() == null ? "packages" : lot.packagingCode()) + ")", "", "",
                        lot.weights().gross().toString(), lot.weights().net().toString(), lot.weights().tare().toString(),
                        lot.hazmat().map(Object::toString).orElse("")), orderNode);
                lotNode.setExpanded(true);
                for (ShipmentItem item : lot.items()) {
                    new DefaultTreeNode<>(new Row("Item", "PO line " + item.poLineNumber(), item.material().code(),
                            item.quantity().toString(), "", "", "", ""), lotNode);
                }
            }
        }
        return root;
    }

    public void recordReceipt() {
        act(() -> shipNotices.recordReceipt(getId(), receivedOn, Quantity.of(receivedNet, receivedUnit), note), "Receipt recorded");
    }

    public TreeNode<Row> getTree() { return tree; }
    public UnitOfMeasure[] getMassUnits() { return new UnitOfMeasure[] {UnitOfMeasure.KILOGRAM, UnitOfMeasure.METRIC_TON, UnitOfMeasure.POUND}; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
    public BigDecimal getReceivedNet() { return receivedNet; }
    public void setReceivedNet(BigDecimal receivedNet) { this.receivedNet = receivedNet; }
    public UnitOfMeasure getReceivedUnit() { return receivedUnit; }
    public void setReceivedUnit(UnitOfMeasure receivedUnit) { this.receivedUnit = receivedUnit; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
