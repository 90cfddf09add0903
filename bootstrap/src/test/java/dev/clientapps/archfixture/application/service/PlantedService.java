package dev.clientapps.archfixture.application.service;

/** A service, which an in-port must not know. */
public class PlantedService {
}
