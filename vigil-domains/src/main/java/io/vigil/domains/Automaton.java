package io.vigil.domains;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/*
 * Design note. Aho-Corasick automaton (Aho & Corasick, CACM 18(6), 1975) over the 36 characters of
 * a skeleton (a-z, 0-9), as a dense transition table: one array read per character, no allocation
 * while scanning. It finds every protected name and lure word inside a run-together label
 * (microsofthelpcenter, accountsgooglemail) in one pass, whatever the number of patterns. Any other
 * character (hyphen, non-ASCII left over from an IDN skeleton) sends the scan back to the root, so
 * no match spans it.
 */
final class Automaton {
  /** Receives a match of pattern {@code pattern} ending just before {@code end}. */
  interface Hits {
    void hit(int pattern, int end);
  }

  private static final int ALPHABET = 36;

  private final int[] next;
  private final int[][] outputs;
  private final int[] lengths;

  Automaton(List<String> patterns) {
    List<int[]> transitions = new ArrayList<>();
    List<List<Integer>> out = new ArrayList<>();
    transitions.add(filled());
    out.add(new ArrayList<>());
    lengths = new int[patterns.size()];
    for (int p = 0; p < patterns.size(); p++) {
      String pattern = patterns.get(p);
      lengths[p] = pattern.length();
      int state = 0;
      for (int i = 0; i < pattern.length(); i++) {
        int c = index(pattern.charAt(i));
        if (c < 0) {
          throw new IllegalArgumentException(
              "pattern '" + pattern + "' has a character outside a-z0-9");
        }
        if (transitions.get(state)[c] < 0) {
          transitions.get(state)[c] = transitions.size();
          transitions.add(filled());
          out.add(new ArrayList<>());
        }
        state = transitions.get(state)[c];
      }
      out.get(state).add(p);
    }
    int states = transitions.size();
    int[] fail = new int[states];
    next = new int[states * ALPHABET];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int c = 0; c < ALPHABET; c++) {
      int child = transitions.get(0)[c];
      if (child < 0) {
        next[c] = 0;
      } else {
        next[c] = child;
        fail[child] = 0;
        queue.add(child);
      }
    }
    while (!queue.isEmpty()) {
      int state = queue.poll();
      out.get(state).addAll(out.get(fail[state]));
      for (int c = 0; c < ALPHABET; c++) {
        int child = transitions.get(state)[c];
        if (child < 0) {
          next[state * ALPHABET + c] = next[fail[state] * ALPHABET + c];
        } else {
          next[state * ALPHABET + c] = child;
          fail[child] = next[fail[state] * ALPHABET + c];
          queue.add(child);
        }
      }
    }
    outputs = new int[states][];
    for (int s = 0; s < states; s++) {
      outputs[s] = out.get(s).stream().mapToInt(Integer::intValue).toArray();
    }
  }

  /** The length of pattern {@code p}. */
  int length(int p) {
    return lengths[p];
  }

  /** Reports every occurrence of every pattern in {@code text}. */
  void scan(CharSequence text, Hits hits) {
    int state = 0;
    for (int i = 0; i < text.length(); i++) {
      int c = index(text.charAt(i));
      if (c < 0) {
        state = 0;
        continue;
      }
      state = next[state * ALPHABET + c];
      for (int p : outputs[state]) {
        hits.hit(p, i + 1);
      }
    }
  }

  private static int[] filled() {
    int[] row = new int[ALPHABET];
    Arrays.fill(row, -1);
    return row;
  }

  private static int index(char c) {
    if (c >= 'a' && c <= 'z') {
      return c - 'a';
    }
    if (c >= '0' && c <= '9') {
      return 26 + c - '0';
    }
    return -1;
  }
}
