package io.vigil.stix;

import io.vigil.stix.catalog.TechniqueCatalog;

/** The technique catalog, loaded once for all tests (about a second). */
final class Catalogs {
  private Catalogs() {}

  private static volatile TechniqueCatalog catalog;

  static TechniqueCatalog get() {
    if (catalog == null) {
      synchronized (Catalogs.class) {
        if (catalog == null) {
          catalog = TechniqueCatalog.load(SharedData.frameworks());
        }
      }
    }
    return catalog;
  }
}
