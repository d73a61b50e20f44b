package io.vigil.coordination.eval;

import java.util.HashMap;
import java.util.Map;

/*
 * Agreement between a clustering and reference labels: the measures the reference note's
 * evaluation protocol asks for (section 5, task A), computed on the covered accounts, with
 * coverage reported beside them because ARI on a tiny covered subset is misleading.
 * ARI: Hubert & Arabie 1985, from the contingency table. NMI: I(U;V) / ((H(U) + H(V)) / 2), as in
 * scikit-learn's default.
 */
public final class ClusterAgreement {
  private ClusterAgreement() {}

  /**
   * @param labels reference label per account (the denominator of coverage: pass only the accounts
   *     present in the analysed input)
   * @param clusters cluster per account; accounts absent here are not covered
   */
  public static Agreement of(Map<String, String> labels, Map<String, Integer> clusters) {
    Map<String, Integer> labelIds = new HashMap<>();
    Map<Integer, Integer> clusterIds = new HashMap<>();
    Map<Long, long[]> cells = new HashMap<>();
    int n = 0;
    for (Map.Entry<String, String> e : labels.entrySet()) {
      Integer c = clusters.get(e.getKey());
      if (c == null) {
        continue;
      }
      int li = labelIds.computeIfAbsent(e.getValue(), k -> labelIds.size());
      int ci = clusterIds.computeIfAbsent(c, k -> clusterIds.size());
      cells.computeIfAbsent(((long) li << 32) | ci, k -> new long[1])[0]++;
      n++;
    }
    int nl = labelIds.size();
    int nc = clusterIds.size();
    long[] rowSum = new long[nl];
    long[] colSum = new long[nc];
    long[] rowMax = new long[nl];
    long[] colMax = new long[nc];
    double sumCells = 0;
    double mi = 0;
    for (Map.Entry<Long, long[]> e : cells.entrySet()) {
      int li = (int) (e.getKey() >>> 32);
      int ci = (int) (long) e.getKey();
      long v = e.getValue()[0];
      rowSum[li] += v;
      colSum[ci] += v;
      rowMax[li] = Math.max(rowMax[li], v);
      colMax[ci] = Math.max(colMax[ci], v);
      sumCells += pairs(v);
    }
    double sumRows = 0;
    double hl = 0;
    for (long r : rowSum) {
      sumRows += pairs(r);
      hl -= r == 0 ? 0 : (double) r / n * Math.log((double) r / n);
    }
    double sumCols = 0;
    double hc = 0;
    for (long c : colSum) {
      sumCols += pairs(c);
      hc -= c == 0 ? 0 : (double) c / n * Math.log((double) c / n);
    }
    for (Map.Entry<Long, long[]> e : cells.entrySet()) {
      int li = (int) (e.getKey() >>> 32);
      int ci = (int) (long) e.getKey();
      double v = e.getValue()[0];
      mi += v / n * Math.log(v * n / ((double) rowSum[li] * colSum[ci]));
    }
    double total = pairs(n);
    double expected = total == 0 ? 0 : sumRows * sumCols / total;
    double max = (sumRows + sumCols) / 2;
    double ari =
        max == expected
            ? (sumCells == expected ? 1.0 : 0.0)
            : (sumCells - expected) / (max - expected);
    double nmi = (hl + hc) == 0 ? 1.0 : 2 * mi / (hl + hc);
    long purity = 0;
    for (long c : colMax) {
      purity += c;
    }
    long inverse = 0;
    for (long r : rowMax) {
      inverse += r;
    }
    return new Agreement(
        labels.size(),
        n,
        nc,
        n == 0 ? 0 : ari,
        n == 0 ? 0 : nmi,
        n == 0 ? 0 : (double) purity / n,
        n == 0 ? 0 : (double) inverse / n);
  }

  private static double pairs(double k) {
    return k * (k - 1) / 2;
  }
}
