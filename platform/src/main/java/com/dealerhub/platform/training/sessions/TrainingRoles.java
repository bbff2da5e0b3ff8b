package com.dealerhub.platform.training.sessions;

import com.dealerhub.common.problem.Forbidden;
import com.dealerhub.common.security.Caller;


/** Who does what in training: the training department publishes and schedules, a dealer's admin enrols and asks. */
final class TrainingRoles {

    static final String TRAINING_DEPARTMENT = "oem-training";
    static final String DEALER_ADMIN = "dealer-admin";

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
}
