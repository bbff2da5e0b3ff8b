package com.dealerhub.platform.settlement;

import com.dealerhub.common.export.Table;
import com.dealerhub.platform.goodwill.GoodwillPayments;

/**
 * The dealer statement as one export table: a row per credited warranty claim, then a row per goodwill
 * payment, each kind followed by its total row.
 */
final class StatementTable {

    private StatementTable() {
    }

    static Table of(DealerStatements.Statement s) {
        Table table = new Table("statement-" + s.dealer() + "-" + s.from() + "-" + s.to())
                .text("类别", "Line").text("单号", "Claim").text("类型", "Kind").text("VIN", "VIN")
                .text("维修工单", "Repair order").text("投诉单号", "Complaint").instant("结算/支付时间", "Settled or paid")
                .amount("申请金额", "Claimed amount").amount("入账金额", "Credited amount").text("支付凭证", "Payment reference");
        for (DealerStatements.Line l : s.lines()) {
            table.row("WARRANTY", l.claim(), l.kind(), l.vin(), l.repairOrder(), null, l.settledAt(), l.claimedAmount(),
                    l.creditedAmount(), null);
        }
        table.row("WARRANTY_TOTAL", null, null, null, null, null, null, null, s.total(), null);
        for (GoodwillPayments.Paid g : s.goodwill()) {
            table.row("GOODWILL", g.claim(), null, null, null, g.complaint(), g.paidAt(), g.requestedAmount(), g.paidAmount(),
                    g.paymentReference());
        }
        table.row("GOODWILL_TOTAL", null, null, null, null, null, null, null, s.goodwillTotal(), null);
        return table;
    }
}
