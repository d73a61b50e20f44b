package io.vigil.cli;

import picocli.CommandLine;

/** Mounts the engines' own commands (each engine module keeps its commands in its cli package). */
final class Engines {
  private Engines() {}

  static void register(CommandLine root) {
    // the engines' commands are added here as their modules land
  }
}
