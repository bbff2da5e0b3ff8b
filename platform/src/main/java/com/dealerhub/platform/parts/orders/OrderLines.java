package com.dealerhub.platform.parts.orders;

import com.dealerhub.platform.parts.allocation.AllocationReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The lines of parts orders ({@code parts_order_line}), read with their last allocation and changed in the caller's transaction. */
@ApplicationScoped
public class OrderLines {

    @PersistenceContext
    EntityManager em;

    /** A priced line to store. */
    record NewLine(int lineNo, String partNumber, int quantity, BigDecimal unitPrice) {
    }

    void insert(PartsOrder order, List<NewLine> lines) {
        em.flush();
        for (NewLine line : lines) {
            em.createNativeQuery("""
                            INSERT INTO parts_order_line (id, order_id, network_code, dealer_code, line_no, part_number, quantity, unit_price)
                            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""")
                    .setParameter(1, UUID.randomUUID()).setParameter(2, order.id()).setParameter(3, order.networkCode())
                    .setParameter(4, order.dealerCode()).setParameter(5, line.lineNo()).setParameter(6, line.partNumber())
                    .setParameter(7, line.quantity()).setParameter(8, line.unitPrice()).executeUpdate();
        }
    }

    /** The lines of one order, by line number; {@code forUpdate} locks them (an allocation run takes the same locks). */
    List<LineView> of(UUID order, boolean forUpdate) {
        if (forUpdate) {
            // in id order, as an allocation run locks them, so that the two cannot deadlock
            em.createNativeQuery("SELECT id FROM parts_order_line WHERE order_id = ?1 ORDER BY id FOR UPDATE")
                    .setParameter(1, order).getResultList();
        }
        return of(List.of(order)).getOrDefault(order, List.of());
    }

    /** The lines of several orders, each order's by line number. */
    Map<UUID, List<LineView>> of(List<UUID> orders) {
        Map<UUID, List<LineView>> byOrder = new LinkedHashMap<>();
        if (orders.isEmpty()) {
            return byOrder;
        }
        List<?> rows = em.createNativeQuery("""
                        SELECT l.order_id, l.id, l.line_no, l.part_number, p.description, l.quantity, l.unit_price, l.allocated,
                               l.shipped, l.received, l.cancelled,
                               r.run_id, r.tier, r.asked, r.allocated, r.share, r.rank, r.reason_code, r.available, r.tier_asked, r.quota, r.rounded
                        FROM parts_order_line l
                        JOIN part p ON p.network_code = l.network_code AND p.number = l.part_number
                        LEFT JOIN LATERAL (SELECT ar.* FROM allocation_result ar JOIN allocation_run run ON run.id = ar.run_id
                                           WHERE ar.line_id = l.id ORDER BY run.run_at DESC LIMIT 1) r ON true
                        WHERE l.order_id = ANY (?1) ORDER BY l.order_id, l.line_no""")
                .setParameter(1, orders.toArray(UUID[]::new)).getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            int quantity = i(r[5]);
            int allocated = i(r[7]);
            int cancelled = i(r[10]);
            LineView.LastAllocation last = r[11] == null ? null : LineView.LastAllocation.of((UUID) r[11], (BigDecimal) r[15],
                    AllocationReason.stored((String) r[17], (String) r[12], i(r[13]), i(r[14]), i(r[18]), i(r[19]),
                            (BigDecimal) r[20], (Boolean) r[21], i(r[16])));
            byOrder.computeIfAbsent((UUID) r[0], o -> new ArrayList<>()).add(new LineView((UUID) r[1], i(r[2]), (String) r[3],
                    (String) r[4], quantity, (BigDecimal) r[6], allocated, i(r[8]), i(r[9]), cancelled,
                    quantity - allocated - cancelled, last));
        }
        return byOrder;
    }

    void cancel(UUID line, int quantity) {
        em.createNativeQuery("UPDATE parts_order_line SET cancelled = cancelled + ?2 WHERE id = ?1")
                .setParameter(1, line).setParameter(2, quantity).executeUpdate();
    }

    void shipAllocated(UUID order) {
        em.createNativeQuery("UPDATE parts_order_line SET shipped = allocated WHERE order_id = ?1")
                .setParameter(1, order).executeUpdate();
    }

    void receive(UUID line, int quantity) {
        em.createNativeQuery("UPDATE parts_order_line SET received = ?2 WHERE id = ?1")
                .setParameter(1, line).setParameter(2, quantity).executeUpdate();
    }

    private static int i(Object value) {
        return ((Number) value).intValue();
    }
}
