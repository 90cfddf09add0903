package dev.clientapps.archfixture.domain;

import dev.clientapps.archfixture.rest.PlantedResource;

/** Breaks the domain rules on purpose: a JPA annotation and a dependency on an adapter. */
@jakarta.persistence.Entity
public class PlantedDomainModel {
    PlantedResource resource;
}
