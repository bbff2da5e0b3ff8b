package com.dealerhub.platform.parts.deposit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** Deposits: balances and ledgers (dealer: its own; OEM: within reach); entries recorded by the parts department. */
@ApplicationScoped
@Path("/parts/deposits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DepositResource {

    @Inject
    DepositLedger ledger;

    @GET
    public List<Balance> balances() {
        return ledger.balances();
    }

    @GET
    @Path("/{dealer}")
    public Balance balance(@PathParam("dealer") String dealer) {
        return ledger.balance(dealer);
    }

    @GET
    @Path("/{dealer}/entries")
    public List<EntryView> entries(@PathParam("dealer") String dealer) {
        return ledger.entries(dealer);
    }

    @POST
    @Path("/{dealer}/entries")
    public Balance record(@PathParam("dealer") String dealer, @Valid @NotNull EntryRequest request) {
        return ledger.record(dealer, request);
    }
}
