package com.dealerhub.platform.complaints;

import com.dealerhub.common.export.Table;

import java.util.List;

/** The complaint list as an export table: the list's columns, one row per complaint. */
final class ComplaintTable {

    private ComplaintTable() {
    }

    static Table of(List<ComplaintList.Item> items) {
        Table table = new Table("complaints")
                .text("投诉单号", "Complaint").text("状态", "State").text("经销商", "Dealer").text("主题", "Subject")
                .text("投诉类别", "Category").text("故障类别", "Fault category").text("紧急", "Emergency")
                .text("媒体", "Media").instant("登记时间", "Recorded").text("下一时限", "Next clock")
                .instant("下一到期时间", "Next due").text("已超时", "Breached");
        for (ComplaintList.Item i : items) {
            table.row(i.number(), i.state(), i.dealer(), i.subject(), i.category(), i.faultCategory(), i.emergency(),
                    i.media(), i.recordedAt(), i.nextClock(), i.nextDueAt(), i.breached());
        }
        return table;
    }
}
