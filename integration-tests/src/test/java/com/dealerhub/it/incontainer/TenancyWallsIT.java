package com.dealerhub.it.incontainer;

import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CallerScope;
import com.dealerhub.common.tenancy.DatabaseScope;
import com.dealerhub.common.tenancy.ScopedJdbc;
import com.dealerhub.platform.cases.ServiceCase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Both tenancy walls seen from inside WildFly, through the platform's persistence unit and
 * datasource: Hibernate's tenant id and PostgreSQL's row-level security (ADR 0002). A dealer
 * finds none of another dealer's cases through JPQL, native SQL or {@code find}; where
 * Hibernate does not filter (an OEM user is its root tenant, and its flush UPDATE and DELETE
 * carry no tenant predicate) the database alone holds the wall; work nobody put under a scope
 * sees nothing. Runs against the demo data of the test stack and changes none of it.
 */
@ExtendWith(ArquillianExtension.class)
class TenancyWallsIT {

    private static final Caller DEALER_E01 = new Caller("walls-e01", Set.of("dealer-claims"), "aurora", "aurora-e01",
            CallerScope.DEALER, Set.of());
    private static final Caller AURORA_HEAD_OFFICE = new Caller("walls-aurora", Set.of("oem-claims"), "aurora", null,
            CallerScope.NETWORK, Set.of());
    private static final Caller FMC_SOUTH = new Caller("walls-fmc-south", Set.of("oem-regional-manager"), "aurora", null,
            CallerScope.REGIONS, Set.of("aurora-south"));
    private static final Caller BOREALIS_HEAD_OFFICE = new Caller("walls-borealis", Set.of("oem-claims"), "borealis", null,
            CallerScope.NETWORK, Set.of());

    @Inject
    ScopedWork scopedWork;

    @Inject
    UnscopedWork unscopedWork;

    @Deployment
    public static WebArchive deployment() {
        return MicroDeployments.tenancy("tenancy-walls", TenancyWallsIT.class);
    }

    @Test
    void aDealerFindsNoneOfAnotherDealersCases() {
        UUID own = caseOf("aurora-e01");
        UUID other = caseOf("aurora-e02");

        as(DEALER_E01, em -> {
            assertThat(em.find(ServiceCase.class, own)).isNotNull();
            assertThat(em.find(ServiceCase.class, other)).isNull();
            assertThat(jpqlById(em, other)).isEmpty();
            assertThat(em.createQuery("SELECT DISTINCT c.dealerCode FROM ServiceCase c", String.class).getResultList())
                    .containsExactly("aurora-e01");
            assertThat(nativeCount(em, "SELECT count(*) FROM service_case WHERE id = ?1", other)).isZero();
            assertThat(nativeCount(em, "SELECT count(*) FROM service_case WHERE dealer_code <> 'aurora-e01'", null)).isZero();
            return null;
        });
    }

    @Test
    void whereHibernateDoesNotFilterTheDatabaseHidesWhatIsOutOfReach() {
        UUID east = caseOf("aurora-e02");
        UUID south = caseOf("aurora-s01");

        as(FMC_SOUTH, em -> {
            assertThat(em.find(ServiceCase.class, south)).isNotNull();
            assertThat(em.find(ServiceCase.class, east)).isNull();
            assertThat(jpqlById(em, east)).isEmpty();
            assertThat(em.createQuery("SELECT count(c) FROM ServiceCase c WHERE c.dealerCode = 'aurora-e02'", Long.class)
                    .getSingleResult()).isZero();
            assertThat(nativeCount(em, "SELECT count(*) FROM service_case WHERE id = ?1", east)).isZero();
            return null;
        });
        as(BOREALIS_HEAD_OFFICE, em -> {
            assertThat(em.find(ServiceCase.class, south)).isNull();
            assertThat(em.createQuery("SELECT count(c) FROM ServiceCase c WHERE c.networkCode = 'aurora'", Long.class)
                    .getSingleResult()).isZero();
            assertThat(em.createQuery("SELECT count(c) FROM ServiceCase c", Long.class).getSingleResult()).isPositive();
            return null;
        });
    }

    @Test
    void aFlushUpdateOfACaseOutOfTheTransactionsScopeFailsInTheDatabase() {
        UUID other = caseOf("aurora-e02");
        String subject = as(AURORA_HEAD_OFFICE, em -> em.find(ServiceCase.class, other).subject());

        assertThatThrownBy(() -> as(AURORA_HEAD_OFFICE, em -> {
            ServiceCase loaded = em.find(ServiceCase.class, other);
            narrowTo(em, DEALER_E01);
            loaded.describe("taken over by aurora-e01", "");
            em.flush();
            return null;
        })).isInstanceOf(OptimisticLockException.class);

        String subjectAfterwards = as(AURORA_HEAD_OFFICE, em -> em.find(ServiceCase.class, other).subject());
        assertThat(subjectAfterwards).isEqualTo(subject);
    }

    @Test
    void aFlushDeleteOfACaseOutOfTheTransactionsScopeFailsInTheDatabase() {
        UUID other = caseOf("aurora-e02");

        assertThatThrownBy(() -> as(AURORA_HEAD_OFFICE, em -> {
            ServiceCase loaded = em.find(ServiceCase.class, other);
            narrowTo(em, DEALER_E01);
            em.remove(loaded);
            em.flush();
            return null;
        })).isInstanceOf(OptimisticLockException.class);

        ServiceCase afterwards = as(AURORA_HEAD_OFFICE, em -> em.find(ServiceCase.class, other));
        assertThat(afterwards).isNotNull();
    }

    @Test
    void workWithoutAScopeSeesNothing() throws SQLException {
        UUID any = caseOf("aurora-e01");

        unscopedWork.run(em -> {
            assertThat(em.find(ServiceCase.class, any)).isNull();
            assertThat(em.createQuery("SELECT count(c) FROM ServiceCase c", Long.class).getSingleResult()).isZero();
            assertThat(nativeCount(em, "SELECT count(*) FROM dealer", null)).isZero();
            return null;
        });
        try (Connection connection = unscopedWork.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            assertThat(count(connection, "SELECT count(*) FROM service_case")).isZero();
            connection.rollback();
        }
    }

    @Test
    void plainJdbcOnThePlatformsDatasourceIsBoundByTheCallersScope() throws SQLException {
        long seen = ScopedJdbc.read(unscopedWork.dataSource(), DEALER_E01,
                connection -> count(connection, "SELECT count(*) FROM service_case WHERE dealer_code <> 'aurora-e01'"));

        assertThat(seen).isZero();
        assertThatThrownBy(() -> ScopedJdbc.read(unscopedWork.dataSource(), Caller.system(),
                connection -> count(connection, "SELECT count(*) FROM service_case")))
                .hasMessageContaining("may not enter the SYSTEM scope");
    }

    /** A case of the dealer, found by its network's head office. */
    private UUID caseOf(String dealer) {
        return as(AURORA_HEAD_OFFICE, em -> em.createQuery(
                        "SELECT c.id FROM ServiceCase c WHERE c.dealerCode = :dealer ORDER BY c.createdAt", UUID.class)
                .setParameter("dealer", dealer)
                .setMaxResults(1)
                .getSingleResult());
    }

    private <T> T as(Caller caller, Function<EntityManager, T> work) {
        return ScopedWork.as(scopedWork, caller, work);
    }

    /**
     * Enters another caller's scope within the running transaction: what the persistence context
     * loaded before stays in it, as an entity loaded under a wider reach would.
     */
    private static void narrowTo(EntityManager em, Caller caller) {
        DatabaseScope.apply(em, caller);
    }

    private static List<ServiceCase> jpqlById(EntityManager em, UUID id) {
        return em.createQuery("SELECT c FROM ServiceCase c WHERE c.id = :id", ServiceCase.class)
                .setParameter("id", id)
                .getResultList();
    }

    private static long nativeCount(EntityManager em, String sql, Object parameter) {
        var query = em.createNativeQuery(sql);
        if (parameter != null) {
            query.setParameter(1, parameter);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
