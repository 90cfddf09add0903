package dev.clientapps.archfixture.application;

/** Breaks the application rule on purpose: Jackson in a use case. */
public class PlantedUseCase {
    com.fasterxml.jackson.databind.ObjectMapper mapper;
}
