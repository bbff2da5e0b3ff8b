package com.dealerhub.platform.warranty.vehicles;

import com.dealerhub.common.audit.AuditLog;
import com.dealerhub.common.problem.Forbidden;
import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.problem.NotFound;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CallerScope;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.platform.tenancy.TenantService;
import com.dealerhub.platform.warranty.Vin;
import com.dealerhub.platform.warranty.catalogue.Catalogue;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.Session;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import static com.dealerhub.common.json.Jsons.JSON;

/**
 * A vehicle as the network knows it, for whoever prepares or judges a claim on it: model, sale
 * date, warranty end, and the repairs claimed on it (by any dealer of the network), latest first.
 */
@TenantService
public class VehicleRecord {

    public record View(String vin, String model, LocalDate saleDate, LocalDate warrantyEnds, long warrantyKm,
                       Long lastKnownMileage, List<VehicleHistory.Repair> repairs) {
    }

    /** The head-office role that corrects vehicle records. */
    static final String CORRECTING_ROLE = "oem-claims";

    /** Head office's correction of what the network knows of a vehicle, with the reason (audited). */
    public record Correction(@NotBlank @Size(max = 40) String model, @NotNull LocalDate saleDate,
                             @NotBlank @Size(max = 2000) String reason) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    VehicleHistory history;

    @Inject
    Catalogue catalogue;

    /**
     * The claims department corrects a vehicle's registered model or sale date (a typo in the
     * first claim would otherwise judge every later claim by it); the change goes to the audit log.
     */
    public View correct(String typedVin, Correction correction) {
        Caller caller = CurrentCaller.require();
        if (caller.scope() != CallerScope.NETWORK || !caller.hasRole(CORRECTING_ROLE)) {
            throw new Forbidden("vehicle records are corrected by head office's claims department (" + CORRECTING_ROLE + ")");
        }
        String network = caller.network();
        String vin = Vin.parse(typedVin, false).value();
        VehicleHistory.Vehicle before = history.find(network, vin).orElseThrow(() -> new NotFound("vehicle", vin));
        String model = correction.model().strip();
        if (catalogue.warrantyTerms(network, model).isEmpty()) {
            throw new InvalidField("model", "model " + model + " is not in the network's catalogue");
        }
        VehicleHistory.Vehicle after = new VehicleHistory.Vehicle(model, correction.saleDate());
        history.correct(network, vin, after);
        em.unwrap(Session.class).doWork(connection -> AuditLog.record(connection, caller, network, "VEHICLE_CORRECTED",
                "vehicle", vin, asJson(before, null), asJson(after, correction.reason())));
        return of(vin);
    }

    private static JsonObject asJson(VehicleHistory.Vehicle vehicle, String reason) {
        var json = JSON.createObjectBuilder().add("model", vehicle.model()).add("saleDate", vehicle.saleDate().toString());
        if (reason != null) {
            json.add("reason", reason);
        }
        return json.build();
    }

    public View of(String typedVin) {
        String network = CurrentCaller.require().network();
        String vin = Vin.parse(typedVin, false).value();
        VehicleHistory.Vehicle vehicle = history.find(network, vin).orElseThrow(() -> new NotFound("vehicle", vin));
        var terms = catalogue.warrantyTerms(network, vehicle.model()).orElseThrow(() -> new NotFound("vehicle model", vehicle.model()));
        List<VehicleHistory.Repair> repairs = history.repairs(network, vin, new UUID(0, 0)).stream()
                .sorted(Comparator.comparing(VehicleHistory.Repair::repairDate).reversed()).toList();
        return new View(vin, vehicle.model(), vehicle.saleDate(), vehicle.saleDate().plusMonths(terms.months()),
                terms.kilometres(), VehicleHistory.lastKnownMileage(repairs), repairs);
    }
}
