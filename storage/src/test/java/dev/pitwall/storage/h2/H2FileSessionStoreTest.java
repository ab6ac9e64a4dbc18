package dev.pitwall.storage.h2;

import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.session.SessionStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class H2FileSessionStoreTest extends SessionStoreContract {
  @TempDir Path dir;

  @Override
  protected SessionStore newStore() {
    return H2SessionStore.open(dir.resolve("pitwall"));
  }
}
