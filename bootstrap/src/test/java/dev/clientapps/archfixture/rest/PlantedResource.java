package dev.clientapps.archfixture.rest;

import dev.clientapps.archfixture.persistence.PlantedEntity;

/** Breaks the adapter rule on purpose: a resource using an entity. */
public class PlantedResource {
    PlantedEntity entity;
}
