package com.dealerhub.platform.warranty.vehicles;

import com.dealerhub.common.problem.NotFound;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.platform.tenancy.TenantService;
import com.dealerhub.platform.warranty.Vin;
import com.dealerhub.platform.warranty.catalogue.Catalogue;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A vehicle as the network knows it, for whoever prepares or judges a claim on it: model, sale
 * date, warranty end, and the repairs claimed on it (by any dealer of the network), latest first.
 */
@TenantService
public class VehicleRecord {

    public record View(String vin, String model, LocalDate saleDate, LocalDate warrantyEnds, long warrantyKm,
                       Long lastKnownMileage, List<VehicleHistory.Repair> repairs) {
    }

    @Inject
    VehicleHistory history;

    @Inject
    Catalogue catalogue;

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
