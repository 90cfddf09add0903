package dev.clientapps.application.service;

import dev.clientapps.application.port.in.ClientsUseCase;
import dev.clientapps.application.port.in.RegisterClientCommand;
import dev.clientapps.domain.client.Client;
import dev.clientapps.domain.client.ClientId;
import dev.clientapps.domain.port.LoadClientPort;
import dev.clientapps.domain.port.SaveClientPort;
import dev.clientapps.domain.shared.AlreadyExists;
import dev.clientapps.domain.shared.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class ClientService implements ClientsUseCase {

    private final LoadClientPort load;
    private final SaveClientPort save;
    private final Now now;

    @Inject
    public ClientService(LoadClientPort load, SaveClientPort save, Now now) {
        this.load = load;
        this.save = save;
        this.now = now;
    }

    @Override
    @Transactional
    public Client register(RegisterClientCommand command) {
        ClientId id = command.id() != null ? command.id() : ClientId.random();
        Client client = Client.register(id, command.name(), now.instant());
        if (!save.insertClient(client)) {
            throw AlreadyExists.client(id.value());
        }
        return client;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Client get(ClientId id) {
        return load.loadClient(id).orElseThrow(() -> NotFound.client(id.toString()));
    }

    /**
     * Not {@code @Transactional}: the access check asks this before every client-scoped request,
     * outside any transaction, and the answer almost always comes from the persistence adapter's
     * memory of known clients. SUPPORTS would change nothing here but cost the interceptor's
     * bookkeeping, a few percent of a Get App's CPU time; a lookup that does reach the database
     * is a single read, which needs no transaction either.
     */
    @Override
    public boolean exists(ClientId id) {
        return load.clientExists(id);
    }
}
