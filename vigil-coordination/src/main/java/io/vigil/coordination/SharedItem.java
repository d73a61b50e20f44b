package io.vigil.coordination;

/**
 * An item many members of a cluster acted on.
 *
 * @param signal the signal the item belongs to
 * @param item the item (see {@link CoAction#item()})
 * @param accounts how many members of the cluster acted on it
 * @param allAccounts how many accounts in the whole input acted on it
 */
public record SharedItem(Signal signal, String item, int accounts, int allAccounts) {}
