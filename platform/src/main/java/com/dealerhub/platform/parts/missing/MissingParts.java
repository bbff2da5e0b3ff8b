package com.dealerhub.platform.parts.missing;

import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.platform.cases.CaseAccess;
import com.dealerhub.platform.cases.CaseOpening;
import com.dealerhub.platform.cases.CaseSteps;
import com.dealerhub.platform.cases.CaseType;
import com.dealerhub.platform.cases.ServiceCase;
import com.dealerhub.platform.cases.sla.CaseDeadlines;
import com.dealerhub.platform.cases.workflow.Workflow;
import com.dealerhub.platform.notifications.Contacts;
import com.dealerhub.platform.notifications.Duty;
import com.dealerhub.platform.notifications.Notifications;
import com.dealerhub.platform.notifications.Template;
import com.dealerhub.platform.outbox.Outbox;
import com.dealerhub.platform.parts.PartsRoles;
import com.dealerhub.platform.tenancy.Dealer;
import com.dealerhub.platform.tenancy.Dealers;
import com.dealerhub.platform.tenancy.TenantService;
import com.dealerhub.platform.warranty.Vin;
import com.dealerhub.platform.warranty.catalogue.Catalogue;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.dealerhub.platform.parts.missing.MissingPartWorkflow.TABLE;

/**
 * The use cases of a missing-part request (缺失件订购): the dealer's parts staff ask; the parts department confirms
 * it with a delivery date or declines it with a reason (the dealer's station manager hears of either); the dealer
 * confirms receipt, or withdraws the request while it waits.
 */
@TenantService
public class MissingParts {

    /** Missing-part requests have one set of clock policies. */
    private static final String VARIANT = "STANDARD";
    private static final ZoneId OEM_DAY = ZoneId.of("Asia/Shanghai");

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseAccess cases;

    @Inject
    CaseOpening opening;

    @Inject
    CaseSteps steps;

    @Inject
    CaseDeadlines deadlines;

    @Inject
    Dealers dealers;

    @Inject
    Contacts contacts;

    @Inject
    Notifications notifications;

    @Inject
    Outbox outbox;

    @Inject
    Catalogue catalogue;

    @Inject
    Clock clock;

    public MissingPartView submit(MissingPartRequests.Submit request) {
        Caller caller = PartsRoles.requireDealerPartsStaff(CurrentCaller.require(), "asks for missing parts");
        String number = blankToNull(request.partNumber());
        String description = blankToNull(request.partDescription());
        if (number == null && description == null) {
            throw new InvalidField("partNumber", "give the part number or a description of the part");
        }
        String vin = vin(caller, blankToNull(request.vin()));
        Dealer dealer = dealers.require(caller.dealer());
        String name = number == null ? description : number;
        ServiceCase serviceCase = opening.openUnsaved(dealer, CaseType.MISSING_PART, MissingPartState.REQUESTED.name(),
                "缺失件 Missing part: " + abbreviate(name) + " × " + request.quantity(), request.reason().strip(), caller.username());
        MissingPartRequest part = new MissingPartRequest(serviceCase, number, description, request.quantity(), vin,
                request.reason().strip());
        em.persist(serviceCase);
        em.persist(part);
        deadlines.apply(serviceCase, VARIANT, MissingPartWorkflow.STARTED_ON_REQUEST, null, null, serviceCase.createdAt());
        return changed(part);
    }

    public MissingPartView get(UUID id) {
        return view(load(id));
    }

    /** The requests within reach, newest first (at most 200). */
    public List<MissingPartView> list(MissingPartState state) {
        PartsRoles.requireNetwork(CurrentCaller.require());
        return cases.partsWithinReach(MissingPartRequest.class, state == null ? null : state.name(), Map.of(), 200)
                .stream().map(this::view).toList();
    }

    public MissingPartView confirm(UUID id, MissingPartRequests.Confirm confirmation) {
        MissingPartRequest request = load(id);
        LocalDate today = LocalDate.now(clock.withZone(OEM_DAY));
        if (confirmation.deliveryDate().isBefore(today)) {
            throw new InvalidField("deliveryDate", "today (" + today + ") or later");
        }
        String note = blankToNull(confirmation.note());
        move(request, MissingPartAction.CONFIRM, Workflow.Inputs.none(), "delivery on " + confirmation.deliveryDate()
                + (note == null ? "" : ": " + note));
        request.confirmed(confirmation.deliveryDate(), note);
        tellStationManager(request, Template.MISSING_PART_CONFIRMED, Map.of("deliveryDate", confirmation.deliveryDate().toString()));
        return changed(request);
    }

    public MissingPartView decline(UUID id, MissingPartRequests.Reason decision) {
        MissingPartRequest request = load(id);
        String reason = decision == null ? null : blankToNull(decision.reason());
        move(request, MissingPartAction.DECLINE, Workflow.Inputs.reason(reason), reason);
        request.declined(reason);
        tellStationManager(request, Template.MISSING_PART_DECLINED, Map.of("reason", reason));
        return changed(request);
    }

    public MissingPartView receive(UUID id) {
        MissingPartRequest request = load(id);
        move(request, MissingPartAction.RECEIVE, Workflow.Inputs.none(), null);
        return changed(request);
    }

    public MissingPartView withdraw(UUID id, MissingPartRequests.Reason decision) {
        MissingPartRequest request = load(id);
        String reason = decision == null ? null : blankToNull(decision.reason());
        move(request, MissingPartAction.WITHDRAW, Workflow.Inputs.reason(reason), reason);
        return changed(request);
    }

    private void tellStationManager(MissingPartRequest request, Template template, Map<String, String> about) {
        ServiceCase serviceCase = request.serviceCase();
        Map<String, String> values = new HashMap<>(about);
        values.put("number", serviceCase.number());
        values.put("part", request.partName());
        values.put("quantity", Integer.toString(request.quantity()));
        contacts.of(dealers.require(serviceCase.dealerCode()), Duty.STATION_MANAGER)
                .ifPresent(to -> notifications.send(serviceCase, to, template, values));
    }

    private String vin(Caller caller, String typed) {
        if (typed == null) {
            return null;
        }
        return Vin.parse(typed, catalogue.vinCheckDigit(caller.network())).value();
    }

    private void move(MissingPartRequest request, MissingPartAction action, Workflow.Inputs inputs, String note) {
        Instant now = clock.instant();
        steps.take(TABLE, MissingPartState.class, request.serviceCase(), action, inputs, VARIANT, note, now);
    }

    private MissingPartRequest load(UUID id) {
        return cases.loadPart(MissingPartRequest.class, id, "missing-part request");
    }

    private MissingPartView changed(MissingPartRequest request) {
        outbox.recordChangeOf(request.id());
        return view(request);
    }

    private MissingPartView view(MissingPartRequest request) {
        return MissingPartView.of(request, deadlines.of(request.id(), clock.instant()),
                TABLE.allowedActions(MissingPartState.valueOf(request.serviceCase().state()), CurrentCaller.require()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }
}
