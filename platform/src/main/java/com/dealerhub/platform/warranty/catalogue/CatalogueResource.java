package com.dealerhub.platform.warranty.catalogue;

import com.dealerhub.common.web.QueryParameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The network's warranty catalogue: read by all its users, loaded from CSV by head office. */
@ApplicationScoped
@Path("/warranty/catalogue")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {

    private static final String CSV = "text/csv";

    @Inject
    CatalogueImport catalogue;

    @GET
    @Path("/models")
    public List<CatalogueImport.Model> models() {
        return catalogue.listModels();
    }

    /** CSV with the header {@code code,name,warrantyMonths,warrantyKm}. */
    @POST
    @Path("/models")
    @Consumes({CSV, MediaType.TEXT_PLAIN})
    public CatalogueImport.Imported importModels(String csv) {
        return catalogue.models(csv);
    }

    @GET
    @Path("/labor-operations")
    public List<CatalogueImport.LaborOperation> laborOperations() {
        return catalogue.listLaborOperations();
    }

    /**
     * CSV with the header {@code code,description,flatRateHours}, or
     * {@code code,description,flatRateHours,requiredProgramme,requiredLevel} to set (or, left empty, clear)
     * the certificate a technician of the repair must hold.
     */
    @POST
    @Path("/labor-operations")
    @Consumes({CSV, MediaType.TEXT_PLAIN})
    public CatalogueImport.Imported importLaborOperations(String csv) {
        return catalogue.laborOperations(csv);
    }

    @GET
    @Path("/parts")
    public List<CatalogueImport.Part> parts(@QueryParam("number") String numberPrefix) {
        return catalogue.listParts(QueryParameters.code("number", numberPrefix));
    }

    /** CSV with the header {@code number,description,unitPrice,special}. */
    @POST
    @Path("/parts")
    @Consumes({CSV, MediaType.TEXT_PLAIN})
    public CatalogueImport.Imported importParts(String csv) {
        return catalogue.parts(csv);
    }
}
