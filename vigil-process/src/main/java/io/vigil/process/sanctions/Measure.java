package io.vigil.process.sanctions;

/** Sec. 3(b): the menu of eight measures that may be proposed for each targeted foreign person. */
public enum Measure {
  BLOCKING("block all property and interests in property under US jurisdiction"),
  EXPORT_LICENSE_RESTRICTIONS("restrict export licenses for goods or services"),
  LOAN_PROHIBITION("prohibit US financial institutions from making loans or providing credit"),
  FOREIGN_EXCHANGE_RESTRICTIONS(
      "restrict foreign-exchange transactions in which the person has an interest"),
  PAYMENT_TRANSFER_PROHIBITION(
      "prohibit transfers of credit or payments through financial institutions"),
  INVESTMENT_PROHIBITION(
      "prohibit US persons from investing in or buying the person's equity or debt"),
  EXCLUSION_OF_CORPORATE_OFFICERS(
      "exclude the person's alien corporate officers from the United States"),
  SANCTIONS_ON_PRINCIPAL_EXECUTIVE_OFFICERS(
      "impose any of the above on the person's alien principal executive officers");

  private final String description;

  Measure(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
