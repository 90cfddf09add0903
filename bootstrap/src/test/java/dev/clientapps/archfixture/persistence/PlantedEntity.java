package dev.clientapps.archfixture.persistence;

import dev.clientapps.archfixture.rest.PlantedResource;

/** Breaks the persistence rules on purpose: a public entity that knows a resource. */
@jakarta.persistence.Entity
public class PlantedEntity {
    PlantedResource resource;
}
