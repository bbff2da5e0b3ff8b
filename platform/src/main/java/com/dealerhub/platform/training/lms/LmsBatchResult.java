package com.dealerhub.platform.training.lms;

import com.dealerhub.common.problem.Problem;

import java.util.List;

/**
 * What became of each record of a batch, in the order sent: stored, already stored with the same
 * content (a resend), or refused with the problem naming the field (400 for a wrong value, 409 for
 * a record id already stored with other content).
 */
public record LmsBatchResult(int created, int unchanged, int refused, List<Item> records) {

    public enum Outcome { CREATED, UNCHANGED, REFUSED }

    public record Item(String recordId, Outcome outcome, Problem problem) {
    }
}
