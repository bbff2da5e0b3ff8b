package com.dealerhub.platform.goodwill;

import com.dealerhub.common.export.Table;

import java.util.List;

/** The goodwill list as an export table: one row per goodwill claim with its split, amounts and payment. */
final class GoodwillTable {

    private GoodwillTable() {
    }

    static Table of(List<GoodwillClaim> claims) {
        Table table = new Table("goodwill")
                .text("善意索赔单号", "Goodwill claim").text("状态", "State").text("经销商", "Dealer").text("主题", "Subject")
                .amount("上限", "Cap").number("厂家比例 %", "OEM share %").number("经销商比例 %", "Dealer share %")
                .number("客户比例 %", "Customer share %").amount("申请金额", "Requested amount")
                .amount("厂家金额", "OEM amount").instant("提交时间", "Submitted").instant("确认时间", "Confirmed")
                .amount("支付金额", "Paid amount").text("支付凭证", "Payment reference").instant("支付时间", "Paid");
        for (GoodwillClaim g : claims) {
            var c = g.serviceCase();
            table.row(c.number(), c.state(), g.dealerCode(), c.subject(), g.capAmount(), g.oemShare(), g.dealerShare(),
                    g.customerShare(), g.requestedAmount(), g.oemAmount(), g.submittedAt(), g.confirmedAt(),
                    g.paidAmount(), g.paymentReference(), g.paidAt());
        }
        return table;
    }
}
