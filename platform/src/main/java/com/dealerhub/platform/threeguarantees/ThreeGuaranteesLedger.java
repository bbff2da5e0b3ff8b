package com.dealerhub.platform.threeguarantees;

import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.platform.tenancy.Dealer;
import com.dealerhub.platform.tenancy.Dealers;
import com.dealerhub.platform.warranty.Vin;
import com.dealerhub.platform.warranty.catalogue.Catalogue;
import com.dealerhub.platform.warranty.vehicles.RepairClaimed;
import com.dealerhub.platform.warranty.vehicles.VehicleHistory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the network's three-guarantees ledger (DOMAIN section 9), in the caller's transaction: a
 * submitted warranty claim and a dealer's quality-related repair order each record a repair of
 * their VIN; after each, the VIN's ledger is judged again and a new RED reason is told to the
 * dealer's regional service manager (FMC), once per VIN and reason.
 */
@ApplicationScoped
public class ThreeGuaranteesLedger {

    @PersistenceContext
    EntityManager em;

    @Inject
    LedgerRepairs repairs;

    @Inject
    RuleVersionStore rules;

    @Inject
    VehicleHistory vehicles;

    @Inject
    Catalogue catalogue;

    @Inject
    Dealers dealers;

    @Inject
    RedWarnings redWarnings;

    @Inject
    Clock clock;

    /**
     * Records a quality-related repair order of the dealer (the service feed's REPAIR_ORDER event with
     * {@code qualityRelated} true; a later event of the same repair order number replaces it) and
     * answers the VIN's warning level. Runs in the caller's transaction.
     *
     * @throws InvalidField on {@code vin} for a malformed VIN
     */
    public Warning recordRepairOrder(String dealerCode, RepairOrderFacts repairOrder) {
        Dealer dealer = dealers.require(dealerCode);
        String vin = Vin.parse(repairOrder.vin(), false).value();
        lockVehicle(dealer.network(), vin);
        Set<String> problems = repairOrder.problemCode() == null || repairOrder.problemCode().isBlank()
                ? Set.of() : Set.of(repairOrder.problemCode().strip());
        repairs.recordRepairOrder(dealer.network(), new Repair(RepairSource.REPAIR_ORDER, dealer.code(), repairOrder.number(), null,
                repairOrder.openedAt(), repairOrder.deliveredAt(), repairOrder.mileage(), problems, repairOrder.seriousSafetyFault(),
                repairOrder.majorPartReplaced(), repairOrder.partsTransportDays()), vin);
        return judged(dealer, vin).warning();
    }

    /** A claim that passed auto-adjudication counts as a repair on its submission (its vehicle is locked by then). */
    void claimed(@Observes RepairClaimed claim) {
        Map<String, String> groups = catalogue.majorPartGroups(claim.network(), claim.partNumbers());
        MajorPart majorPart = groups.values().stream().sorted().findFirst().map(MajorPart::valueOf).orElse(null);
        // A claim knows its repair's day, not its hours: one day, opened at the start of that day in China.
        var opened = claim.repairDate().atStartOfDay(LedgerCalculator.CHINA).toInstant();
        repairs.recordClaim(claim.claimId(), claim.network(), new Repair(RepairSource.CLAIM, claim.dealer(), claim.claimNumber(),
                claim.repairOrder(), opened, opened, claim.mileage(), new HashSet<>(claim.laborOperations()), false, majorPart, 0),
                claim.vin());
        judged(dealers.require(claim.dealer()), claim.vin());
    }

    void withdrawn(@Observes RepairClaimed.Withdrawn withdrawn) {
        repairs.discountClaim(withdrawn.claimId());
    }

    /** The VIN's ledger now, or empty if the network knows nothing of the VIN. */
    public Optional<Ledger> of(String network, String vin) {
        Optional<VehicleHistory.Vehicle> vehicle = vehicles.find(network, vin);
        List<Repair> recorded = repairs.of(network, vin);
        if (vehicle.isEmpty() && recorded.isEmpty()) {
            return Optional.empty();
        }
        Long knownMileage = VehicleHistory.lastKnownMileage(vehicles.repairs(network, vin, new java.util.UUID(0, 0)));
        return Optional.of(LedgerCalculator.calculate(new LedgerCalculator.Vehicle(vin, vehicle.map(VehicleHistory.Vehicle::saleDate)
                .orElse(null), knownMileage), recorded, rules.of(network), clock.instant()));
    }

    private Ledger judged(Dealer dealer, String vin) {
        Ledger ledger = of(dealer.network(), vin).orElseThrow();
        redWarnings.tell(dealer, ledger);
        return ledger;
    }

    /** Repairs of one vehicle are recorded one at a time across the network, with its claims' submissions. */
    private void lockVehicle(String network, String vin) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))").setParameter(1, "vehicle:" + network + ":" + vin)
                .getSingleResult();
    }
}
