package com.ascendelements.portal.web.pages;

import com.ascendelements.portal.common.UnitOfMeasure;
import com.ascendelements.portal.shipping.ShipNotice;
import com.ascendelements.portal.shipping.ShipNoticeService;
import com.ascendelements.portal.shipping.ShipmentItem;
import com.ascendelements.portal.shipping.ShipmentLot;
import com.ascendelements.portal.shipping.ShipmentOrder;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.faces.context.FacesContext;
import java.util.List;
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

    @jakarta.validation.Valid
    private LotReceiptForm receipt = new LotReceiptForm();
    private List<LotReceiptForm.Choice> choices = List.of();
    private boolean mayReceive;

    /** One row of the tree table, whatever its level. */
    public record Row(String level, String reference, String material, String quantity, String gross, String net,
                      String tare, String hazmat) {
    }

    @Override
    protected ShipNotice find(long id) {
        ShipNotice notice = shipNotices.get(id);
        tree = treeOf(notice);
        choices = LotReceiptForm.choicesOf(notice);
        mayReceive = notice.status() != com.ascendelements.portal.shipping.ShipNoticeStatus.CANCELLED
                && notice.receipt().isEmpty() && shipNotices.mayReceive(notice);
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
        act(() -> shipNotices.recordLotReceipt(getId(), receipt.toEntry(getItem())), "Receipt recorded");
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            receipt = new LotReceiptForm();
        }
    }

    public TreeNode<Row> getTree() { return tree; }
    public UnitOfMeasure[] getMassUnits() { return new UnitOfMeasure[] {UnitOfMeasure.KILOGRAM, UnitOfMeasure.METRIC_TON, UnitOfMeasure.POUND}; }
    public LotReceiptForm getReceipt() { return receipt; }
    public List<LotReceiptForm.Choice> getChoices() { return choices; }
    public boolean isMayReceive() { return mayReceive; }
}
