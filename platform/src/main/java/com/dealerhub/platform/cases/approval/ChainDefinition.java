package com.dealerhub.platform.cases.approval;

import com.dealerhub.platform.cases.CaseType;

import java.util.List;

/**
 * What a case type with an approval chain tells the kernel, as a CDI bean of its capability: the
 * variants it keeps a chain for (e.g. a warranty claim's kinds; {@link #SINGLE} when it has none),
 * the steps a chain may be built from, the chain a network starts from, and who at head office edits it.
 */
public interface ChainDefinition {

    /** The variant of a case type whose chain does not vary. */
    String SINGLE = "DEFAULT";

    CaseType type();

    List<String> variants();

    /** The step names a chain of this type may hold, e.g. FMC, TAC, CLAIMS, QUALITY. */
    List<String> steps();

    /** The chain a network uses until head office sets its own. */
    List<String> defaultChain(String variant);

    /** The head-office role that edits this type's chains. */
    String editingRole();
}
