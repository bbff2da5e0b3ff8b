package com.dealerhub.platform.training.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.UUID;

/** Certificates: those within reach (filtered), one by id, and the caller's own. */
@ApplicationScoped
@Path("/training/certificates")
@Produces(MediaType.APPLICATION_JSON)
public class CertificateResource {

    @Inject
    CertificateReads certificates;

    /** Soonest expiry first; {@code expiringWithinDays=90} lists those that run out within 90 days. */
    @GET
    public List<CertificateView> list(@QueryParam("programme") String programme, @QueryParam("status") String status,
                                      @QueryParam("expiringWithinDays") String expiringWithinDays,
                                      @QueryParam("dealer") String dealer) {
        return certificates.list(CertificateFilter.of(programme, status, expiringWithinDays, dealer));
    }

    @GET
    @Path("/mine")
    public List<CertificateView> mine() {
        return certificates.mine();
    }

    @GET
    @Path("/{id}")
    public CertificateView get(@PathParam("id") UUID id) {
        return certificates.get(id);
    }
}
