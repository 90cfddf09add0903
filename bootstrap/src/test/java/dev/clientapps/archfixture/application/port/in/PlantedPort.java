package dev.clientapps.archfixture.application.port.in;

import dev.clientapps.archfixture.application.service.PlantedService;

/** Breaks the port rule on purpose: an in-port naming its implementation. */
public interface PlantedPort {
    PlantedService service();
}
