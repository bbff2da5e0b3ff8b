package com.dealerhub.reporting.kpi.definition;

/** A text in the console's two languages. */
public record Label(String zh, String en) {

    public String in(boolean chinese) {
        return chinese ? zh : en;
    }
}
