package com.dealerhub.platform.training.sessions;

import com.dealerhub.common.problem.Forbidden;
import com.dealerhub.common.security.Caller;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Who does what in training: the training department publishes and schedules, a dealer's admin enrols and asks. */
final class TrainingRoles {

    static final String TRAINING_DEPARTMENT = "oem-training";
    static final String DEALER_ADMIN = "dealer-admin";
    /** Training's "today": the date at head office. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private TrainingRoles() {
    }

    /** Everyone in a network reads notices and sessions; the platform operator has no network. */
    static void requireNetwork(Caller caller) {
        if (caller.network() == null) {
            throw new Forbidden("training is read within an OEM network");
        }
    }

    static void requireTrainingDepartment(Caller caller, String what) {
        if (!caller.isOemStaff() || !caller.hasRole(TRAINING_DEPARTMENT)) {
            throw new Forbidden("the training department (" + TRAINING_DEPARTMENT + ") " + what);
        }
    }

    static void requireDealerAdmin(Caller caller, String what) {
        if (!caller.isDealerStaff() || !caller.hasRole(DEALER_ADMIN)) {
            throw new Forbidden("a dealer's administrator (" + DEALER_ADMIN + ") " + what);
        }
    }

    static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }
}
