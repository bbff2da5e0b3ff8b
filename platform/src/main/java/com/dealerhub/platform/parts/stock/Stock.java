package com.dealerhub.platform.parts.stock;

import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.problem.InvalidFields;
import com.dealerhub.common.problem.Problem;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.platform.cases.NativeValues;
import com.dealerhub.platform.imports.ImportTable;
import com.dealerhub.platform.parts.PartsRoles;
import com.dealerhub.platform.tenancy.TenantService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The OEM's stock per warehouse and part of the warranty catalogue, set by the parts department
 * one part at a time or from a file. Setting stock does not allocate it: the parts department
 * simulates, then runs the allocation (a run changes many dealers' orders at once, so it is a decision).
 */
@TenantService
public class Stock {

    static final List<String> COLUMNS = List.of("warehouse", "partNumber", "quantity");
    static final List<String> EXAMPLE = List.of("WH-EAST", "P-10001", "120");
    private static final String WAREHOUSE = "^[A-Z0-9-]{2,20}$";

    public record Imported(int rows) {
    }

    private record Row(String warehouse, String part, int quantity) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Everyone in the network reads the stock (at most 2000 rows), by warehouse and part. */
    public List<StockView> list(String warehouse, String part) {
        Caller caller = CurrentCaller.require();
        PartsRoles.requireReader(caller);
        List<?> rows = em.createNativeQuery("""
                        SELECT s.warehouse, s.part_number, p.description, p.unit_price, s.quantity,
                               coalesce((SELECT sum(l.quantity - l.cancelled - l.allocated) FROM parts_order_line l
                                         WHERE l.network_code = s.network_code AND l.part_number = s.part_number
                                           AND l.allocated < l.quantity - l.cancelled), 0),
                               s.updated_at
                        FROM oem_stock s JOIN part p ON p.network_code = s.network_code AND p.number = s.part_number
                        WHERE s.network_code = ?1 AND (CAST(?2 AS text) IS NULL OR s.warehouse = ?2)
                          AND (CAST(?3 AS text) IS NULL OR s.part_number = ?3)
                        ORDER BY s.warehouse, s.part_number LIMIT 2000""")
                .setParameter(1, caller.network()).setParameter(2, warehouse).setParameter(3, part).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new StockView((String) r[0], (String) r[1], (String) r[2],
                (BigDecimal) r[3], ((Number) r[4]).intValue(), ((Number) r[5]).intValue(), NativeValues.instant(r[6]))).toList();
    }

    public StockView set(String warehouse, String part, int quantity) {
        Caller caller = requireKeeper();
        if (warehouse == null || !warehouse.matches(WAREHOUSE)) {
            throw new InvalidField("warehouse", "2 to 20 capital letters, digits or dashes");
        }
        if (!partExists(caller.network(), part)) {
            throw new InvalidField("partNumber", "not a part of the network's catalogue: " + part);
        }
        store(caller.network(), new Row(warehouse, part, quantity), clock.instant());
        return list(warehouse, part).getFirst();
    }

    /** A file of {@link #COLUMNS}: every row stored, or none when any is wrong (each wrong row and column named). */
    public Imported importFile(byte[] content, String mediaType) {
        Caller caller = requireKeeper();
        ImportTable table = ImportTable.read(content, mediaType, COLUMNS, List.of());
        List<Problem.FieldError> errors = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ImportTable.Row row : table.rows()) {
            String warehouse = row.text("warehouse").toUpperCase(java.util.Locale.ROOT);
            String part = row.text("partNumber");
            if (!warehouse.matches(WAREHOUSE)) {
                errors.add(new Problem.FieldError(row.field("warehouse"), "2 to 20 capital letters, digits or dashes"));
            }
            if (part.isEmpty() || !partExists(caller.network(), part)) {
                errors.add(new Problem.FieldError(row.field("partNumber"), "not a part of the network's catalogue"));
            } else if (!seen.add(warehouse + "/" + part)) {
                errors.add(new Problem.FieldError(row.field("partNumber"), "listed twice for warehouse " + warehouse));
            }
            Integer quantity = quantity(row.text("quantity"));
            if (quantity == null) {
                errors.add(new Problem.FieldError(row.field("quantity"), "a whole number from 0 to 10000000"));
            }
            rows.add(new Row(warehouse, part, quantity == null ? 0 : quantity));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors.size() + " errors in the file; nothing was imported", ImportTable.byRow(errors));
        }
        Instant now = clock.instant();
        rows.forEach(row -> store(caller.network(), row, now));
        return new Imported(rows.size());
    }

    private void store(String network, Row row, Instant at) {
        em.createNativeQuery("""
                        INSERT INTO oem_stock (network_code, warehouse, part_number, quantity, updated_at) VALUES (?1, ?2, ?3, ?4, ?5)
                        ON CONFLICT (network_code, warehouse, part_number) DO UPDATE SET quantity = excluded.quantity,
                            updated_at = excluded.updated_at""")
                .setParameter(1, network).setParameter(2, row.warehouse()).setParameter(3, row.part())
                .setParameter(4, row.quantity()).setParameter(5, at).executeUpdate();
    }

    private boolean partExists(String network, String part) {
        return part != null && !em.createNativeQuery("SELECT 1 FROM part WHERE network_code = ?1 AND number = ?2")
                .setParameter(1, network).setParameter(2, part).getResultList().isEmpty();
    }

    private static Integer quantity(String text) {
        if (!text.matches("\\d{1,8}")) {
            return null;
        }
        int value = Integer.parseInt(text);
        return value <= 10_000_000 ? value : null;
    }

    private static Caller requireKeeper() {
        Caller caller = CurrentCaller.require();
        PartsRoles.requireOemParts(caller, "keeps the stock");
        return caller;
    }
}
