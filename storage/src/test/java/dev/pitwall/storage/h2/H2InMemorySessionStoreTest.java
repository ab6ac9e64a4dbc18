package dev.pitwall.storage.h2;

import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.session.SessionStoreContract;

class H2InMemorySessionStoreTest extends SessionStoreContract {
  @Override
  protected SessionStore newStore() {
    return H2SessionStore.inMemory();
  }
}
