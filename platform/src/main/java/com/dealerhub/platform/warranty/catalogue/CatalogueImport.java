package com.dealerhub.platform.warranty.catalogue;

import com.dealerhub.common.problem.Forbidden;
import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.web.CleanText;
import com.dealerhub.platform.imports.CsvRows;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CallerScope;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.platform.tenancy.TenantService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Head office loads its network's catalogue from CSV: models with warranty terms, labor
 * operations with flat-rate hours, parts with prices. Every line is checked before any is
 * stored; existing codes are updated, new ones added.
 */
@TenantService
public class CatalogueImport {

    static final Set<String> EDITING_ROLES = Set.of("oem-claims", "oem-parts");

    public record Imported(int rows) {
    }

    public record Model(String code, String name, int warrantyMonths, long warrantyKm) {
    }

    /**
     * @param requiredProgramme the certification programme a technician of the repair must hold for it, or null
     * @param requiredLevel     the lowest level of that programme, or null
     */
    public record LaborOperation(String code, String description, BigDecimal flatRateHours, String requiredProgramme,
                                 Integer requiredLevel) {
    }

    private static final List<String> LABOR_COLUMNS = List.of("code", "description", "flatRateHours");
    private static final List<String> LABOR_COLUMNS_WITH_REQUIREMENT = List.of("code", "description", "flatRateHours",
            "requiredProgramme", "requiredLevel");

    public record Part(String number, String description, BigDecimal unitPrice, boolean special) {
    }

    @PersistenceContext
    EntityManager em;

    public Imported models(String csv) {
        String network = requireEditor().network();
        List<Model> models = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvRows.Row row : CsvRows.read(csv, List.of("code", "name", "warrantyMonths", "warrantyKm"))) {
            Model model = new Model(code(row, 0, seen), text(row, 1), (int) whole(row, 2, 1, 240), whole(row, 3, 1, 2_000_000));
            models.add(model);
        }
        for (Model m : models) {
            em.createNativeQuery("""
                            INSERT INTO vehicle_model (network_code, code, name, warranty_months, warranty_km) VALUES (?1, ?2, ?3, ?4, ?5)
                            ON CONFLICT (network_code, code) DO UPDATE SET name = excluded.name,
                                warranty_months = excluded.warranty_months, warranty_km = excluded.warranty_km""")
                    .setParameter(1, network).setParameter(2, m.code()).setParameter(3, m.name())
                    .setParameter(4, m.warrantyMonths()).setParameter(5, m.warrantyKm()).executeUpdate();
        }
        return new Imported(models.size());
    }

    /**
     * Without the requirement columns an existing operation keeps its certification requirement; with
     * them, empty cells mean none. A requirement names a level of one of the network's programmes.
     */
    public Imported laborOperations(String csv) {
        String network = requireEditor().network();
        boolean withRequirement = CsvRows.columns(csv).size() > LABOR_COLUMNS.size();
        List<LaborOperation> operations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvRows.Row row : CsvRows.read(csv, withRequirement ? LABOR_COLUMNS_WITH_REQUIREMENT : LABOR_COLUMNS)) {
            String code = code(row, 0, seen);
            String description = text(row, 1);
            BigDecimal hours = decimal(row, 2, "0.01", "99.99");
            operations.add(withRequirement ? requirement(network, row, code, description, hours)
                    : new LaborOperation(code, description, hours, null, null));
        }
        for (LaborOperation o : operations) {
            em.createNativeQuery("""
                            INSERT INTO labor_operation (network_code, code, description, flat_rate_hours, required_programme, required_level)
                            VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                            ON CONFLICT (network_code, code) DO UPDATE SET description = excluded.description,
                                flat_rate_hours = excluded.flat_rate_hours%s""".formatted(withRequirement
                            ? ", required_programme = excluded.required_programme, required_level = excluded.required_level" : ""))
                    .setParameter(1, network).setParameter(2, o.code()).setParameter(3, o.description())
                    .setParameter(4, o.flatRateHours()).setParameter(5, o.requiredProgramme())
                    .setParameter(6, o.requiredLevel()).executeUpdate();
        }
        return new Imported(operations.size());
    }

    private LaborOperation requirement(String network, CsvRows.Row row, String code, String description, BigDecimal hours) {
        String programme = row.fields().get(3).strip();
        String level = row.fields().get(4).strip();
        if (programme.isEmpty() && level.isEmpty()) {
            return new LaborOperation(code, description, hours, null, null);
        }
        if (programme.isEmpty()) {
            throw invalid(row, 3, "a required level needs its programme");
        }
        int required = (int) whole(row, 4, 1, 9);
        boolean exists = !em.createNativeQuery("""
                        SELECT 1 FROM certification_level WHERE network_code = ?1 AND programme_code = ?2 AND level = ?3""")
                .setParameter(1, network).setParameter(2, programme).setParameter(3, required).getResultList().isEmpty();
        if (!exists) {
            throw invalid(row, 3, "the network has no certification programme " + programme + " with a level " + required);
        }
        return new LaborOperation(code, description, hours, programme, required);
    }

    public Imported parts(String csv) {
        String network = requireEditor().network();
        List<Part> parts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvRows.Row row : CsvRows.read(csv, List.of("number", "description", "unitPrice", "special"))) {
            parts.add(new Part(code(row, 0, seen), text(row, 1), decimal(row, 2, "0", "9999999999.99"), bool(row, 3)));
        }
        for (Part p : parts) {
            em.createNativeQuery("""
                            INSERT INTO part (network_code, number, description, unit_price, special) VALUES (?1, ?2, ?3, ?4, ?5)
                            ON CONFLICT (network_code, number) DO UPDATE SET description = excluded.description,
                                unit_price = excluded.unit_price, special = excluded.special""")
                    .setParameter(1, network).setParameter(2, p.number()).setParameter(3, p.description())
                    .setParameter(4, p.unitPrice()).setParameter(5, p.special()).executeUpdate();
        }
        return new Imported(parts.size());
    }

    public List<Model> listModels() {
        return rows(em.createNativeQuery("SELECT code, name, warranty_months, warranty_km FROM vehicle_model WHERE network_code = ?1 ORDER BY code")
                .setParameter(1, CurrentCaller.require().network())).stream()
                .map(r -> new Model((String) r[0], (String) r[1], ((Number) r[2]).intValue(), ((Number) r[3]).longValue())).toList();
    }

    public List<LaborOperation> listLaborOperations() {
        return rows(em.createNativeQuery("""
                        SELECT code, description, flat_rate_hours, required_programme, required_level FROM labor_operation
                        WHERE network_code = ?1 ORDER BY code""")
                .setParameter(1, CurrentCaller.require().network())).stream()
                .map(r -> new LaborOperation((String) r[0], (String) r[1], (BigDecimal) r[2], (String) r[3],
                        r[4] == null ? null : ((Number) r[4]).intValue())).toList();
    }

    /** Parts whose number starts with {@code prefix} (all if none), at most 500. */
    public List<Part> listParts(String prefix) {
        return rows(em.createNativeQuery("""
                        SELECT number, description, unit_price, special FROM part
                        WHERE network_code = ?1 AND number LIKE ?2 ORDER BY number LIMIT 500""")
                .setParameter(1, CurrentCaller.require().network())
                .setParameter(2, (prefix == null ? "" : prefix.replace("%", "").replace("_", "\\_")) + "%")).stream()
                .map(r -> new Part((String) r[0], (String) r[1], (BigDecimal) r[2], (Boolean) r[3])).toList();
    }

    private static List<Object[]> rows(jakarta.persistence.Query query) {
        List<?> rows = query.getResultList();
        return rows.stream().map(Object[].class::cast).toList();
    }

    private static Caller requireEditor() {
        Caller caller = CurrentCaller.require();
        if (caller.scope() != CallerScope.NETWORK || EDITING_ROLES.stream().noneMatch(caller::hasRole)) {
            throw new Forbidden("the catalogue is maintained by head office (claims or parts department)");
        }
        return caller;
    }

    private static String code(CsvRows.Row row, int column, Set<String> seen) {
        String code = text(row, column);
        if (!code.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,39}")) {
            throw invalid(row, column, "a code of letters, digits, '.', '_' or '-', up to 40 characters");
        }
        if (!seen.add(code)) {
            throw invalid(row, column, code + " appears twice");
        }
        return code;
    }

    private static String text(CsvRows.Row row, int column) {
        String value = row.fields().get(column).strip();
        if (value.isEmpty() || value.length() > 500) {
            throw invalid(row, column, "must not be empty (up to 500 characters)");
        }
        String flaw = CleanText.flaw(value);
        if (flaw != null) {
            throw invalid(row, column, flaw);
        }
        return value;
    }

    private static long whole(CsvRows.Row row, int column, long min, long max) {
        try {
            long value = Long.parseLong(row.fields().get(column).strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw invalid(row, column, "a whole number from " + min + " to " + max);
    }

    private static BigDecimal decimal(CsvRows.Row row, int column, String min, String max) {
        try {
            BigDecimal value = new BigDecimal(row.fields().get(column).strip());
            if (value.compareTo(new BigDecimal(min)) >= 0 && value.compareTo(new BigDecimal(max)) <= 0 && value.scale() <= 2) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw invalid(row, column, "a number from " + min + " to " + max + " with at most two decimals");
    }

    private static boolean bool(CsvRows.Row row, int column) {
        return switch (row.fields().get(column).strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "y" -> true;
            case "false", "no", "0", "n", "" -> false;
            default -> throw invalid(row, column, "true or false");
        };
    }

    private static InvalidField invalid(CsvRows.Row row, int column, String message) {
        return new InvalidField("csv", "line " + row.line() + ", column " + (column + 1) + ": " + message);
    }
}
