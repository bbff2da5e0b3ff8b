package com.dealerhub.platform.warranty.vehicles;

import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.platform.warranty.Dates;
import com.dealerhub.platform.warranty.adjudication.ClaimUnderReview.EarlierClaim;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the network knows of a vehicle: its model and sale date (registered by its first claim
 * or by head office) and every repair claimed on it by any dealer of the network.
 */
@ApplicationScoped
public class VehicleHistory {

    public record Vehicle(String model, LocalDate saleDate) {

        /** A claim states the vehicle as registered; a wrong record is corrected by head office, not by a claim. */
        public void requireAgrees(String vin, String model, LocalDate saleDate) {
            if (!this.model.equals(model)) {
                throw new InvalidField("model", "VIN " + vin + " is registered as model " + this.model
                        + "; if the record is wrong, head office corrects it");
            }
            if (!this.saleDate.equals(saleDate)) {
                throw new InvalidField("saleDate", "VIN " + vin + " is registered as sold on " + this.saleDate
                        + "; if the record is wrong, head office corrects it");
            }
        }
    }

    public record Repair(String claimNumber, LocalDate repairDate, long mileage, Set<String> laborOperations) {
    }

    @PersistenceContext
    EntityManager em;

    /** Registers a vehicle first seen in a claim; a known vehicle must be claimed with its registered model and sale date. */
    public Vehicle registerOrCheck(String network, String vin, String model, LocalDate saleDate) {
        // One round trip: the row inserted now, or the one registered before.
        Object[] row = (Object[]) em.createNativeQuery("""
                        WITH registered AS (
                            INSERT INTO vehicle (network_code, vin, model_code, sale_date) VALUES (?1, ?2, ?3, ?4)
                            ON CONFLICT (network_code, vin) DO NOTHING RETURNING model_code, sale_date)
                        SELECT model_code, sale_date FROM registered
                        UNION ALL
                        SELECT model_code, sale_date FROM vehicle WHERE network_code = ?1 AND vin = ?2
                        LIMIT 1""")
                .setParameter(1, network).setParameter(2, vin).setParameter(3, model).setParameter(4, Date.valueOf(saleDate))
                .getSingleResult();
        Vehicle registered = new Vehicle((String) row[0], Dates.local(row[1]));
        registered.requireAgrees(vin, model, saleDate);
        return registered;
    }

    public Optional<Vehicle> find(String network, String vin) {
        List<?> rows = em.createNativeQuery("SELECT model_code, sale_date FROM vehicle WHERE network_code = ?1 AND vin = ?2")
                .setParameter(1, network).setParameter(2, vin).getResultList();
        return rows.stream().map(Object[].class::cast).map(row -> new Vehicle((String) row[0], Dates.local(row[1]))).findFirst();
    }

    /** Head office's correction of a vehicle's registered model or sale date. */
    public void correct(String network, String vin, Vehicle corrected) {
        em.createNativeQuery("UPDATE vehicle SET model_code = ?3, sale_date = ?4 WHERE network_code = ?1 AND vin = ?2")
                .setParameter(1, network).setParameter(2, vin).setParameter(3, corrected.model())
                .setParameter(4, Date.valueOf(corrected.saleDate())).executeUpdate();
    }

    /** The repairs claimed on the VIN that still count, other than by the given claim. */
    public List<Repair> repairs(String network, String vin, UUID excludingClaim) {
        List<?> rows = em.createNativeQuery("""
                        SELECT claim_number, repair_date, mileage, labor_operations FROM vehicle_repair
                        WHERE network_code = ?1 AND vin = ?2 AND counts AND claim_id <> ?3""")
                .setParameter(1, network).setParameter(2, vin).setParameter(3, excludingClaim).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new Repair((String) r[0], Dates.local(r[1]),
                ((Number) r[2]).longValue(), Set.of((String[]) r[3]))).toList();
    }

    public static Long lastKnownMileage(List<Repair> repairs) {
        return repairs.stream().map(Repair::mileage).max(Long::compare).orElse(null);
    }

    public static List<EarlierClaim> asEarlierClaims(List<Repair> repairs) {
        return repairs.stream().map(r -> new EarlierClaim(r.claimNumber(), r.repairDate(), r.laborOperations())).toList();
    }

    /** Records (or, on resubmission, replaces) what a claim tells about its vehicle. */
    public void record(UUID claimId, String network, String vin, String claimNumber, LocalDate repairDate, long mileage,
                       List<String> laborOperations) {
        em.createNativeQuery("""
                        INSERT INTO vehicle_repair (claim_id, network_code, vin, claim_number, repair_date, mileage, labor_operations, counts)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, true)
                        ON CONFLICT (claim_id) DO UPDATE SET vin = excluded.vin, repair_date = excluded.repair_date,
                            mileage = excluded.mileage, labor_operations = excluded.labor_operations, counts = true""")
                .setParameter(1, claimId).setParameter(2, network).setParameter(3, vin).setParameter(4, claimNumber)
                .setParameter(5, Date.valueOf(repairDate)).setParameter(6, mileage)
                .setParameter(7, laborOperations.toArray(String[]::new))
                .executeUpdate();
    }

    /** A rejected claim no longer tells anything about its vehicle. */
    public void discount(UUID claimId) {
        em.createNativeQuery("UPDATE vehicle_repair SET counts = false WHERE claim_id = ?1").setParameter(1, claimId).executeUpdate();
    }
}
