package io.vigil.process.product;

import io.vigil.process.ProcessRecord;

/**
 * A product of Sec. 1 (the 1(a) assessment or the 1(b) report): a record with a workflow, the roles
 * that act on it, and the check of its required fields. The service runs every workflow step
 * through this type, so both products follow exactly the same rules.
 */
public interface Product<T extends Product<T>> extends ProcessRecord {
  Workflow workflow();

  /** The product with its workflow replaced. */
  T withWorkflow(Workflow w);

  /**
   * The draft's editable content replaced by that of {@code edit}; workflow, ids and markings kept.
   */
  T withContent(T edit);

  /** Throws naming the first required field that is empty. */
  void requireComplete();

  /** The roles that draft, review and approve this kind of product. */
  Workflow.Roles roles();
}
