package com.dealerhub.common.problem;

import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class FailuresTest {

    @Test
    void aDatabaseThatCannotBeReachedIsAnOutageHoweverDeepItIsWrapped() {
        var refused = new SQLException("Connection to 127.0.0.1:18432 refused", "08001");
        var wrapped = new IllegalStateException("could not prepare statement", new RuntimeException("JDBC", refused));

        Problem problem = Failures.problemFor(wrapped);

        assertThat(problem.status()).isEqualTo(503);
        assertThat(problem.incident()).isNotBlank();
        assertThat(problem.toJson()).doesNotContain("127.0.0.1").doesNotContain("SQLException").contains(problem.incident());
    }

    @Test
    void aPoolWithoutConnectionsOrAnUnreachableServiceIsAnOutage() {
        assertThat(Failures.problemFor(new RuntimeException(new SQLException("IJ000453: Unable to get managed connection"))).status())
                .isEqualTo(503);
        assertThat(Failures.problemFor(new RuntimeException(new ConnectException("refused"))).status()).isEqualTo(503);
        assertThat(Failures.problemFor(new SQLException("terminating connection due to administrator command", "57P01")).status())
                .isEqualTo(503);
    }

    @Test
    void aValueTheDatabaseRefusedIsTheRequestsFaultNotAnOutage() {
        assertThat(Failures.problemFor(new RuntimeException(new SQLException("numeric field overflow", "22003"))).status())
                .isEqualTo(400);
        assertThat(Failures.problemFor(new SQLException("syntax error", "42601")).status()).isEqualTo(500);
        assertThat(Failures.problemFor(new NullPointerException()).status()).isEqualTo(500);
    }
}
