package com.dealerhub.common.security;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CallerTest {

    private static final Caller DEALER = new Caller("d", Set.of("dealer-claims"), "aurora", "aurora-e01", CallerScope.DEALER, Set.of());
    private static final Caller FMC = new Caller("f", Set.of("oem-regional-manager"), "aurora", null, CallerScope.REGIONS, Set.of("aurora-east"));
    private static final Caller HEAD_OFFICE = new Caller("h", Set.of("oem-claims"), "aurora", null, CallerScope.NETWORK, Set.of());
    private static final Caller OPERATOR = new Caller("p", Set.of("platform-admin"), null, null, CallerScope.PLATFORM, Set.of());

    @Test
    void aDealerReachesOnlyItself() {
        assertThat(DEALER.reaches("aurora-e01", "aurora", "aurora-east")).isTrue();
        assertThat(DEALER.reaches("aurora-e02", "aurora", "aurora-east")).isFalse();
    }

    @Test
    void aRegionalUserReachesItsRegionsDealers() {
        assertThat(FMC.reaches("aurora-e02", "aurora", "aurora-east")).isTrue();
        assertThat(FMC.reaches("aurora-s01", "aurora", "aurora-south")).isFalse();
    }

    @Test
    void headOfficeReachesTheWholeNetwork() {
        assertThat(HEAD_OFFICE.reaches("aurora-w04", "aurora", "aurora-west")).isTrue();
    }

    @Test
    void nobodyReachesAnotherNetwork() {
        assertThat(DEALER.reaches("aurora-e01", "borealis", "aurora-east")).isFalse();
        assertThat(FMC.reaches("borealis-e01", "borealis", "aurora-east")).isFalse();
        assertThat(HEAD_OFFICE.reaches("borealis-e01", "borealis", "borealis-east")).isFalse();
    }

    @Test
    void thePlatformOperatorReachesNoDealerAndSystemWorkReachesAll() {
        assertThat(OPERATOR.reaches("aurora-e01", "aurora", "aurora-east")).isFalse();
        assertThat(Caller.system().reaches("borealis-e01", "borealis", "borealis-east")).isTrue();
    }
}
