package com.dealerhub.platform.parts.allocation;

import com.dealerhub.common.problem.NotFound;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.platform.cases.NativeValues;
import com.dealerhub.platform.cases.workflow.Workflow;
import com.dealerhub.platform.parts.PartsRoles;
import com.dealerhub.platform.parts.orders.OrderAction;
import com.dealerhub.platform.parts.orders.OrderKind;
import com.dealerhub.platform.parts.orders.OrderState;
import com.dealerhub.platform.parts.orders.PartsOrderWorkflow;
import com.dealerhub.platform.tenancy.Dealers;
import com.dealerhub.platform.tenancy.TenantService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Allocation under shortage around {@link FairAllocation}: reads the free stock of a warehouse and the
 * open lines of the parts it holds, runs, and either shows the result (a simulation, nothing written)
 * or commits it: lines' {@code allocated} grow, the stock shrinks, the run and every line's result
 * are stored, and each order served moves to partly or fully allocated. A committed run locks the
 * warehouse's stock rows and the open lines, so runs and cancellations happen one after the other.
 * The writes are set-based (one statement per table), so a run of 10,000 lines stays well under a second.
 */
@TenantService
public class Allocations {

    @PersistenceContext
    EntityManager em;

    @Inject
    Dealers dealers;

    @Inject
    Clock clock;

    private record Input(Map<String, Integer> stock, List<OpenLine> lines, Map<UUID, UUID> orderOfLine, List<String> tiers) {
    }

    public RunView simulate(String warehouse) {
        return allocate(warehouse, false);
    }

    public RunView run(String warehouse) {
        return allocate(warehouse, true);
    }

    private RunView allocate(String warehouse, boolean commit) {
        Caller caller = CurrentCaller.require();
        PartsRoles.requireOemParts(caller, commit ? "runs allocations" : "simulates allocations");
        long started = System.nanoTime();
        long bytesBefore = allocatedBytes();
        Input input = read(caller.network(), warehouse, commit);
        List<LineAllocation> result = FairAllocation.run(input.stock(), input.lines(), input.tiers());
        Instant now = clock.instant();
        UUID runId = commit ? UUID.randomUUID() : null;
        int allocated = result.stream().mapToInt(LineAllocation::allocated).sum();
        if (commit) {
            em.unwrap(Session.class).doWork(connection -> write(connection, caller, warehouse, runId, now, result,
                    input.orderOfLine(), allocated));
        }
        Map<UUID, String> numbers = new HashMap<>();
        input.lines().forEach(l -> numbers.put(l.line(), l.orderNumber()));
        List<RunView.Result> results = result.stream().map(a -> RunView.Result.of(a.line(), input.orderOfLine().get(a.line()),
                numbers.get(a.line()), a.dealer(), a.part(), a.share(), a.reason())).toList();
        return new RunView(runId, commit, warehouse, caller.username(), now, input.tiers(), new TreeMap<>(input.stock()),
                result.size(), allocated, (System.nanoTime() - started) / 1_000_000, allocatedBytes() - bytesBefore, results);
    }

    /** The committed runs of the network, newest first (at most 100), optionally of one warehouse; results not included. */
    public List<RunView> runs(String warehouse) {
        Caller caller = requireOem();
        List<?> rows = em.createNativeQuery("""
                        SELECT id, warehouse, run_by, run_at, lines, allocated FROM allocation_run
                        WHERE network_code = ?1 AND (CAST(?2 AS text) IS NULL OR warehouse = ?2) ORDER BY run_at DESC LIMIT 100""")
                .setParameter(1, caller.network()).setParameter(2, warehouse).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new RunView((UUID) r[0], true, (String) r[1], (String) r[2],
                NativeValues.instant(r[3]), List.of(), Map.of(), ((Number) r[4]).intValue(), ((Number) r[5]).intValue(), 0, 0,
                List.of())).toList();
    }

    /** A committed run with the results of the lines of the dealers within the caller's reach. */
    public RunView get(UUID id) {
        Caller caller = requireOem();
        List<?> runs = em.createNativeQuery("SELECT warehouse, run_by, run_at, lines, allocated FROM allocation_run WHERE id = ?1 AND network_code = ?2")
                .setParameter(1, id).setParameter(2, caller.network()).getResultList();
        if (runs.isEmpty()) {
            throw new NotFound("allocation run", id);
        }
        Object[] run = (Object[]) runs.getFirst();
        List<?> rows = em.createNativeQuery("""
                        SELECT r.line_id, l.order_id, c.number, r.dealer_code, r.part_number, r.tier, r.asked, r.allocated, r.share,
                               r.rank, r.reason_code, r.available, r.tier_asked, r.quota, r.rounded
                        FROM allocation_result r JOIN parts_order_line l ON l.id = r.line_id JOIN service_case c ON c.id = l.order_id
                        WHERE r.run_id = ?1 AND r.dealer_code = ANY (?2)
                        ORDER BY r.part_number, array_position(?3, r.tier), r.rank""")
                .setParameter(1, id).setParameter(2, dealers.codesReachedBy(caller).toArray(String[]::new))
                .setParameter(3, tiers(caller.network()).toArray(String[]::new)).getResultList();
        List<RunView.Result> results = rows.stream().map(r -> (Object[]) r).map(r -> RunView.Result.of((UUID) r[0], (UUID) r[1],
                (String) r[2], (String) r[3], (String) r[4], (BigDecimal) r[8], AllocationReason.stored((String) r[10], (String) r[5],
                        ((Number) r[6]).intValue(), ((Number) r[7]).intValue(), ((Number) r[11]).intValue(), ((Number) r[12]).intValue(),
                        (BigDecimal) r[13], (Boolean) r[14], ((Number) r[9]).intValue()))).toList();
        return new RunView(id, true, (String) run[0], (String) run[1], NativeValues.instant(run[2]), tiers(caller.network()), Map.of(),
                ((Number) run[3]).intValue(), ((Number) run[4]).intValue(), 0, 0, results);
    }

    private Input read(String network, String warehouse, boolean lock) {
        Map<String, Integer> stock = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT part_number, quantity FROM oem_stock WHERE network_code = ?1 AND warehouse = ?2"
                        + " ORDER BY part_number" + (lock ? " FOR UPDATE" : ""))
                .setParameter(1, network).setParameter(2, warehouse).getResultList()) {
            Object[] r = (Object[]) row;
            stock.put((String) r[0], ((Number) r[1]).intValue());
        }
        if (stock.isEmpty()) {
            throw new NotFound("warehouse", warehouse);
        }
        List<?> rows = em.createNativeQuery("""
                        SELECT l.id, c.number, l.dealer_code, l.part_number, o.kind, l.quantity - l.cancelled - l.allocated, o.placed_at, o.id
                        FROM parts_order_line l JOIN parts_order o ON o.id = l.order_id JOIN service_case c ON c.id = o.id
                        WHERE l.network_code = ?1 AND l.allocated < l.quantity - l.cancelled AND c.state IN ('PLACED', 'PARTLY_ALLOCATED')
                          AND l.part_number IN (SELECT part_number FROM oem_stock WHERE network_code = ?1 AND warehouse = ?2)
                        ORDER BY l.id""" + (lock ? " FOR UPDATE OF l" : ""))
                .setParameter(1, network).setParameter(2, warehouse).getResultList();
        List<OpenLine> lines = new ArrayList<>(rows.size());
        Map<UUID, UUID> orderOfLine = new HashMap<>(rows.size() * 2);
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            UUID line = (UUID) r[0];
            lines.add(new OpenLine(line, (String) r[1], (String) r[2], (String) r[3], OrderKind.valueOf((String) r[4]).tier(),
                    ((Number) r[5]).intValue(), NativeValues.instant(r[6])));
            orderOfLine.put(line, (UUID) r[7]);
        }
        return new Input(stock, lines, orderOfLine, tiers(network));
    }

    private List<String> tiers(String network) {
        List<?> rows = em.createNativeQuery("SELECT array_to_string(tiers, ',') FROM parts_settings WHERE network_code = ?1")
                .setParameter(1, network).getResultList();
        return rows.isEmpty() ? List.of("VOR", "CAMPAIGN", "STOCK") : List.of(((String) rows.getFirst()).split(","));
    }

    private void write(Connection connection, Caller caller, String warehouse, UUID runId, Instant now, List<LineAllocation> result,
                       Map<UUID, UUID> orderOfLine, int allocated) throws SQLException {
        String network = caller.network();
        Timestamp at = Timestamp.from(now);
        List<LineAllocation> served = result.stream().filter(a -> a.allocated() > 0).toList();
        try (PreparedStatement lines = connection.prepareStatement("""
                UPDATE parts_order_line l SET allocated = l.allocated + u.n
                FROM unnest(?::uuid[], ?::int[]) AS u(id, n) WHERE l.id = u.id""")) {
            lines.setArray(1, connection.createArrayOf("uuid", served.stream().map(LineAllocation::line).toArray()));
            lines.setArray(2, connection.createArrayOf("int4", served.stream().map(LineAllocation::allocated).toArray()));
            lines.executeUpdate();
        }
        Map<String, Integer> taken = new LinkedHashMap<>();
        served.forEach(a -> taken.merge(a.part(), a.allocated(), Integer::sum));
        try (PreparedStatement stock = connection.prepareStatement("""
                UPDATE oem_stock s SET quantity = s.quantity - u.n, updated_at = ?
                FROM unnest(?::text[], ?::int[]) AS u(part, n)
                WHERE s.network_code = ? AND s.warehouse = ? AND s.part_number = u.part""")) {
            stock.setTimestamp(1, at);
            stock.setArray(2, connection.createArrayOf("text", taken.keySet().toArray()));
            stock.setArray(3, connection.createArrayOf("int4", taken.values().toArray()));
            stock.setString(4, network);
            stock.setString(5, warehouse);
            stock.executeUpdate();
        }
        try (PreparedStatement run = connection.prepareStatement("""
                INSERT INTO allocation_run (id, network_code, warehouse, run_by, run_at, lines, allocated) VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            run.setObject(1, runId);
            run.setString(2, network);
            run.setString(3, warehouse);
            run.setString(4, caller.username());
            run.setTimestamp(5, at);
            run.setInt(6, result.size());
            run.setInt(7, allocated);
            run.executeUpdate();
        }
        try (PreparedStatement results = connection.prepareStatement("""
                INSERT INTO allocation_result (run_id, network_code, line_id, dealer_code, part_number, tier, asked, allocated, share,
                                               rank, reason_code, available, tier_asked, quota, rounded)
                SELECT ?, ?, u.* FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::int[], ?::int[], ?::numeric[], ?::int[],
                                             ?::text[], ?::int[], ?::int[], ?::numeric[], ?::boolean[]) AS u""")) {
            results.setObject(1, runId);
            results.setString(2, network);
            results.setArray(3, connection.createArrayOf("uuid", result.stream().map(LineAllocation::line).toArray()));
            results.setArray(4, connection.createArrayOf("text", result.stream().map(LineAllocation::dealer).toArray()));
            results.setArray(5, connection.createArrayOf("text", result.stream().map(LineAllocation::part).toArray()));
            results.setArray(6, connection.createArrayOf("text", result.stream().map(LineAllocation::tier).toArray()));
            results.setArray(7, connection.createArrayOf("int4", result.stream().map(LineAllocation::asked).toArray()));
            results.setArray(8, connection.createArrayOf("int4", result.stream().map(LineAllocation::allocated).toArray()));
            results.setArray(9, connection.createArrayOf("numeric", result.stream().map(LineAllocation::share).toArray()));
            results.setArray(10, connection.createArrayOf("int4", result.stream().map(LineAllocation::rank).toArray()));
            results.setArray(11, connection.createArrayOf("text", result.stream().map(a -> a.reason().code()).toArray()));
            results.setArray(12, connection.createArrayOf("int4", result.stream().map(a -> a.reason().available()).toArray()));
            results.setArray(13, connection.createArrayOf("int4", result.stream().map(a -> a.reason().tierAsked()).toArray()));
            results.setArray(14, connection.createArrayOf("numeric", result.stream().map(a -> a.reason().quota()).toArray()));
            results.setArray(15, connection.createArrayOf("bool", result.stream().map(a -> a.reason().rounded()).toArray()));
            results.executeUpdate();
        }
        Set<UUID> orders = new HashSet<>();
        served.forEach(a -> orders.add(orderOfLine.get(a.line())));
        new OrderMoves(connection, caller, now, runId, warehouse).apply(orders);
    }

    /** Moves each order served by a run along its workflow table, set-based: state, timeline and outbox event. */
    private record OrderMoves(Connection connection, Caller caller, Instant at, UUID runId, String warehouse) {

        void apply(Set<UUID> orders) throws SQLException {
            if (orders.isEmpty()) {
                return;
            }
            List<UUID> ids = new ArrayList<>();
            List<String> from = new ArrayList<>();
            List<String> to = new ArrayList<>();
            List<String> actions = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT c.id, c.state, bool_and(l.allocated = l.quantity - l.cancelled)
                    FROM service_case c JOIN parts_order_line l ON l.order_id = c.id
                    WHERE c.id = ANY (?) GROUP BY c.id, c.state""")) {
                query.setArray(1, connection.createArrayOf("uuid", orders.toArray()));
                try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                        OrderState state = OrderState.valueOf(rows.getString(2));
                        OrderAction action = rows.getBoolean(3) ? OrderAction.COMPLETE_ALLOCATION : OrderAction.ALLOCATE;
                        OrderState next = PartsOrderWorkflow.TABLE.decide(state, action, caller, Workflow.Inputs.none()).to();
                        ids.add(rows.getObject(1, UUID.class));
                        from.add(state.name());
                        to.add(next.name());
                        actions.add(action.name());
                    }
                }
            }
            Object[] idArray = ids.toArray();
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE service_case c SET state = u.state, version = c.version + 1, updated_at = ?
                    FROM unnest(?::uuid[], ?::text[]) AS u(id, state) WHERE c.id = u.id""")) {
                update.setTimestamp(1, Timestamp.from(at));
                update.setArray(2, connection.createArrayOf("uuid", idArray));
                update.setArray(3, connection.createArrayOf("text", to.toArray()));
                update.executeUpdate();
            }
            try (PreparedStatement timeline = connection.prepareStatement("""
                    INSERT INTO case_timeline (case_id, network_code, dealer_code, at, actor, action, from_state, to_state, note)
                    SELECT c.id, c.network_code, c.dealer_code, ?, ?, u.action, u.from_state, u.to_state, ?
                    FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[]) AS u(id, action, from_state, to_state)
                    JOIN service_case c ON c.id = u.id""")) {
                timeline.setTimestamp(1, Timestamp.from(at));
                timeline.setString(2, caller.username());
                timeline.setString(3, "allocation run " + runId + " at " + warehouse);
                timeline.setArray(4, connection.createArrayOf("uuid", idArray));
                timeline.setArray(5, connection.createArrayOf("text", actions.toArray()));
                timeline.setArray(6, connection.createArrayOf("text", from.toArray()));
                timeline.setArray(7, connection.createArrayOf("text", to.toArray()));
                timeline.executeUpdate();
            }
            try (PreparedStatement outbox = connection.prepareStatement("""
                    INSERT INTO outbox (aggregate_id, aggregate_version, network_code, dealer_code, payload)
                    SELECT id, version, network_code, dealer_code, payload FROM case_changed_event WHERE id = ANY (?)""")) {
                outbox.setArray(1, connection.createArrayOf("uuid", idArray));
                outbox.executeUpdate();
            }
        }
    }

    private Caller requireOem() {
        Caller caller = CurrentCaller.require();
        if (!caller.isOemStaff()) {
            throw new com.dealerhub.common.problem.Forbidden("only OEM staff read allocation runs");
        }
        return caller;
    }

    /** Heap allocated by this thread so far (HotSpot's counter), or 0 where the JVM does not count it. */
    private static long allocatedBytes() {
        try {
            return ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
                    ? threads.getCurrentThreadAllocatedBytes() : 0;
        } catch (LinkageError notExported) {
            return 0;
        }
    }
}
