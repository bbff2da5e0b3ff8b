package com.dealerhub.platform.warranty.claims;

import com.dealerhub.common.export.Table;

import java.util.List;

/** The claim list as an export table: the list's columns, one row per claim. */
final class ClaimTable {

    private ClaimTable() {
    }

    static Table of(List<ClaimPage.Item> items) {
        Table table = new Table("warranty-claims")
                .text("索赔单号", "Claim").text("类型", "Kind").text("状态", "State").text("经销商", "Dealer")
                .text("VIN", "VIN").text("车型", "Model").amount("索赔金额", "Claimed amount")
                .amount("批准金额", "Approved amount").instant("提交时间", "Submitted").instant("更新时间", "Last change");
        for (ClaimPage.Item i : items) {
            table.row(i.number(), i.kind(), i.state(), i.dealer(), i.vin(), i.model(), i.claimedAmount(),
                    i.approvedAmount(), i.submittedAt(), i.updatedAt());
        }
        return table;
    }
}
