package dev.clientapps.archfixture.rest;

import dev.clientapps.adapter.rest.security.Access;
import dev.clientapps.adapter.rest.security.Scope;
import jakarta.ws.rs.GET;

/** Not a registered resource (no @Path): one endpoint declares access, one forgets to. */
public class PlantedEndpoint {

    @GET
    @Access(Scope.APPS_READ)
    public String declared() {
        return "ok";
    }

    @GET
    public String open() {
        return "oops";
    }
}
