package com.dealerhub.platform.warranty.campaigns;

import com.dealerhub.common.problem.ProblemCode;
import com.dealerhub.common.problem.Conflict;
import com.dealerhub.common.problem.Forbidden;
import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.problem.NotFound;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CallerScope;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.platform.tenancy.TenantService;
import com.dealerhub.platform.warranty.Dates;
import com.dealerhub.platform.warranty.Vin;
import com.dealerhub.platform.warranty.adjudication.ClaimUnderReview;
import com.dealerhub.platform.warranty.catalogue.Catalogue;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Special after-sales campaigns and recalls: head office publishes one with the work it pays
 * for and imports its VIN list; a VIN is claimed in a campaign once.
 */
@TenantService
public class Campaigns {

    static final Set<String> PUBLISHING_ROLES = Set.of("oem-claims", "oem-quality");

    /** The outcome of a VIN import: lines read, VINs new to the campaign, and the campaign's total. */
    public record ImportResult(int received, int added, long vehicles) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Catalogue catalogue;

    @Inject
    Clock clock;

    public CampaignView publish(CampaignRequest request) {
        Caller caller = requirePublisher();
        if (request.validTo().isBefore(request.validFrom())) {
            throw new InvalidField("validTo", ProblemCode.NOT_BEFORE.with("other", "validFrom"));
        }
        for (int i = 0; i < request.laborOperations().size(); i++) {
            if (catalogue.flatRateHours(caller.network(), request.laborOperations().get(i)).isEmpty()) {
                throw new InvalidField("laborOperations[" + i + "]", ProblemCode.NOT_IN_CATALOGUE.with());
            }
        }
        for (int i = 0; i < request.parts().size(); i++) {
            if (catalogue.part(caller.network(), request.parts().get(i)).isEmpty()) {
                throw new InvalidField("parts[" + i + "]", ProblemCode.NOT_IN_CATALOGUE.with());
            }
        }
        int inserted = em.createNativeQuery("""
                        INSERT INTO campaign (network_code, code, title, labor_operations, parts, valid_from, valid_to, published_by, published_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT DO NOTHING""")
                .setParameter(1, caller.network()).setParameter(2, request.code()).setParameter(3, request.title())
                .setParameter(4, request.laborOperations().toArray(String[]::new)).setParameter(5, request.parts().toArray(String[]::new))
                .setParameter(6, Date.valueOf(request.validFrom())).setParameter(7, Date.valueOf(request.validTo()))
                .setParameter(8, caller.username()).setParameter(9, Timestamp.from(clock.instant()))
                .executeUpdate();
        if (inserted == 0) {
            throw new Conflict("campaign " + request.code() + " already exists");
        }
        return get(request.code());
    }

    /**
     * Adds VINs (one per line) to a campaign, each optionally followed by the dealer that is to repair it
     * ({@code VIN,dealer-code}; parts for the campaign are pushed to that dealer). A VIN already in the
     * campaign takes the dealer its line names. All lines are checked before any is stored, and the rows go
     * in as one set-based insert, so a list of 100,000 VINs takes seconds.
     */
    public ImportResult importVehicles(String code, String vinList) {
        Caller caller = requirePublisher();
        get(code);
        boolean checkDigit = catalogue.vinCheckDigit(caller.network());
        Map<String, String> dealerOf = new LinkedHashMap<>();
        Set<String> networkDealers = new HashSet<>();
        em.createNativeQuery("SELECT code FROM dealer WHERE network_code = ?1").setParameter(1, caller.network())
                .getResultList().forEach(d -> networkDealers.add((String) d));
        String[] lines = vinList == null ? new String[0] : vinList.split("\\R");
        int received = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            received++;
            String[] cells = line.split("[,;\\t]", -1);
            if (cells.length > 2) {
                throw new InvalidField("vins", "line " + (i + 1) + " (" + line + "): a VIN, optionally followed by a dealer code");
            }
            String dealer = cells.length == 2 && !cells[1].isBlank() ? cells[1].strip() : null;
            if (dealer != null && !networkDealers.contains(dealer)) {
                throw new InvalidField("vins", "line " + (i + 1) + " (" + line + "): no dealer " + dealer + " in the network");
            }
            try {
                dealerOf.put(Vin.parse(cells[0].strip(), checkDigit).value(), dealer);
            } catch (InvalidField e) {
                throw new InvalidField("vins", "line " + (i + 1) + " (" + line + "): " + e.getMessage());
            }
        }
        if (dealerOf.isEmpty()) {
            throw new InvalidField("vins", "send the VINs as text, one per line");
        }
        String[] vins = dealerOf.keySet().toArray(String[]::new);
        String[] dealers = dealerOf.values().toArray(String[]::new);
        em.createNativeQuery("""
                        UPDATE campaign_vehicle v SET dealer_code = d.dealer
                        FROM unnest(?3, ?4) AS d(vin, dealer)
                        WHERE v.network_code = ?1 AND v.campaign_code = ?2 AND v.vin = d.vin AND d.dealer IS NOT NULL
                          AND v.dealer_code IS DISTINCT FROM d.dealer""")
                .setParameter(1, caller.network()).setParameter(2, code).setParameter(3, vins).setParameter(4, dealers)
                .executeUpdate();
        int added = em.createNativeQuery("""
                        INSERT INTO campaign_vehicle (network_code, campaign_code, vin, dealer_code)
                        SELECT ?1, ?2, d.vin, d.dealer FROM unnest(?3, ?4) AS d(vin, dealer) ON CONFLICT DO NOTHING""")
                .setParameter(1, caller.network()).setParameter(2, code).setParameter(3, vins).setParameter(4, dealers)
                .executeUpdate();
        return new ImportResult(received, added, get(code).vehicles());
    }

    public List<CampaignView> list() {
        Caller caller = CurrentCaller.require();
        List<?> codes = em.createNativeQuery("SELECT code FROM campaign WHERE network_code = ?1 ORDER BY valid_from DESC, code")
                .setParameter(1, caller.network()).getResultList();
        return codes.stream().map(String.class::cast).map(this::get).toList();
    }

    public CampaignView get(String code) {
        Caller caller = CurrentCaller.require();
        List<?> rows = em.createNativeQuery("""
                        SELECT c.code, c.title, c.labor_operations, c.parts, c.valid_from, c.valid_to, c.published_by, c.published_at,
                               (SELECT count(*) FROM campaign_vehicle v WHERE v.network_code = c.network_code AND v.campaign_code = c.code),
                               (SELECT count(*) FROM campaign_vehicle v WHERE v.network_code = c.network_code AND v.campaign_code = c.code
                                                                         AND v.claim_id IS NOT NULL)
                        FROM campaign c WHERE c.network_code = ?1 AND c.code = ?2""")
                .setParameter(1, caller.network()).setParameter(2, code).getResultList();
        Object[] r = rows.stream().map(Object[].class::cast).findFirst().orElseThrow(() -> new NotFound("campaign", code));
        return new CampaignView((String) r[0], (String) r[1], List.of((String[]) r[2]), List.of((String[]) r[3]),
                Dates.local(r[4]), Dates.local(r[5]), (String) r[6], Dates.instant(r[7]), ((Number) r[8]).longValue(),
                ((Number) r[9]).longValue());
    }

    /** The campaign as it concerns one VIN, for auto-adjudication; empty if there is no such campaign. */
    public Optional<ClaimUnderReview.Campaign> coverage(String network, String code, String vin, UUID claimId) {
        List<?> campaign = em.createNativeQuery("""
                        SELECT valid_from, valid_to, labor_operations, parts FROM campaign WHERE network_code = ?1 AND code = ?2""")
                .setParameter(1, network).setParameter(2, code).getResultList();
        if (campaign.isEmpty()) {
            return Optional.empty();
        }
        Object[] c = (Object[]) campaign.getFirst();
        // The claim that used the VIN may belong to another dealer: its number is then not visible, its id is.
        List<?> vehicle = em.createNativeQuery("""
                        SELECT v.claim_id, COALESCE(s.number, 'a claim of another dealer') FROM campaign_vehicle v
                        LEFT JOIN service_case s ON s.id = v.claim_id
                        WHERE v.network_code = ?1 AND v.campaign_code = ?2 AND v.vin = ?3""")
                .setParameter(1, network).setParameter(2, code).setParameter(3, vin).getResultList();
        String claimedBy = vehicle.stream().map(Object[].class::cast)
                .filter(v -> v[0] != null && !claimId.equals(v[0])).map(v -> (String) v[1]).findFirst().orElse(null);
        return Optional.of(new ClaimUnderReview.Campaign(code, !vehicle.isEmpty(), claimedBy, Dates.local(c[0]), Dates.local(c[1]),
                Set.of((String[]) c[2]), Set.of((String[]) c[3])));
    }

    public boolean exists(String network, String code) {
        return !em.createNativeQuery("SELECT 1 FROM campaign WHERE network_code = ?1 AND code = ?2")
                .setParameter(1, network).setParameter(2, code).getResultList().isEmpty();
    }

    /** Marks the VIN as claimed in the campaign by this claim; fails if another claim got there first. */
    public void markClaimed(String network, String code, String vin, UUID claimId) {
        int marked = em.createNativeQuery("""
                        UPDATE campaign_vehicle SET claim_id = ?4
                        WHERE network_code = ?1 AND campaign_code = ?2 AND vin = ?3 AND (claim_id IS NULL OR claim_id = ?4)""")
                .setParameter(1, network).setParameter(2, code).setParameter(3, vin).setParameter(4, claimId).executeUpdate();
        if (marked != 1) {
            throw new Conflict("VIN " + vin + " was claimed in campaign " + code + " by another claim just now");
        }
    }

    /** A rejected claim gives its VIN back to the campaign. */
    public void release(UUID claimId) {
        em.createNativeQuery("UPDATE campaign_vehicle SET claim_id = NULL WHERE claim_id = ?1").setParameter(1, claimId).executeUpdate();
    }

    private static Caller requirePublisher() {
        Caller caller = CurrentCaller.require();
        if (caller.scope() != CallerScope.NETWORK || PUBLISHING_ROLES.stream().noneMatch(caller::hasRole)) {
            throw new Forbidden("campaigns are published by head office (claims or quality department)");
        }
        return caller;
    }
}
