package io.vigil.coordination.eval;

import io.vigil.coordination.Detection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A detection scored against reference labels, for all labelled accounts of the input and for
 * English-language ones (an account whose posts are mostly marked English in the data; the language
 * comes from the posts, not from the labels).
 *
 * @param all every labelled account present in the analysed posts
 * @param english the English-language subset
 */
public record Evaluation(Agreement all, Agreement english) {

  /** Scores a detection; accounts without a label are ignored. */
  public static Evaluation of(Detection detection, Map<String, String> labels) {
    Map<String, String> present = new HashMap<>();
    Map<String, String> presentEnglish = new HashMap<>();
    Map<String, Integer> clusters = new HashMap<>();
    for (String account : detection.allAccounts()) {
      String label = labels.get(account);
      if (label == null) {
        continue;
      }
      present.put(account, label);
      String lang = detection.language(account).orElse("").toLowerCase(Locale.ROOT);
      if (lang.equals("english") || lang.equals("en")) {
        presentEnglish.put(account, label);
      }
      int c = detection.clusterOf(account);
      if (c > 0) {
        clusters.put(account, c);
      }
    }
    return new Evaluation(
        ClusterAgreement.of(present, clusters), ClusterAgreement.of(presentEnglish, clusters));
  }
}
