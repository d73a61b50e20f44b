package io.vigil.server.screening;

import io.vigil.screening.NameMatching;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which lists the server screens against: files or folders read at start ({@code
 * vigil.screening.lists.us_ofac=/path/to/ofac-folder}), and publishers' addresses refreshed on a
 * schedule ({@code vigil.screening.sources[0].name=us_ofac}, {@code
 * vigil.screening.sources[0].files[sdn.csv]=https://…/sdn.csv}, …).
 */
@ConfigurationProperties(prefix = "vigil.screening")
public class ScreeningProperties {
  private Map<String, String> lists = new LinkedHashMap<>();
  private List<Source> sources = new ArrayList<>();
  private double threshold = NameMatching.DEFAULT_THRESHOLD;
  private Duration refresh = Duration.ofHours(6);
  private int threads = Runtime.getRuntime().availableProcessors();
  private Duration warmUp = Duration.ofSeconds(10);
  private int warmUpRounds = 5;

  /** A publisher's address for one list. */
  public static class Source {
    private String name = "";
    private Map<String, String> files = new LinkedHashMap<>();
    private int minEntities = 1;

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    /**
     * File name to address: {@code sdn.csv}, {@code alt.csv}, … or one {@code entities.ftm.json}.
     */
    public Map<String, String> getFiles() {
      return files;
    }

    public void setFiles(Map<String, String> files) {
      this.files = files;
    }

    public int getMinEntities() {
      return minEntities;
    }

    public void setMinEntities(int minEntities) {
      this.minEntities = minEntities;
    }
  }

  public Map<String, String> getLists() {
    return lists;
  }

  public void setLists(Map<String, String> lists) {
    this.lists = lists;
  }

  public List<Source> getSources() {
    return sources;
  }

  public void setSources(List<Source> sources) {
    this.sources = sources;
  }

  public double getThreshold() {
    return threshold;
  }

  public void setThreshold(double threshold) {
    this.threshold = threshold;
  }

  public Duration getRefresh() {
    return refresh;
  }

  public void setRefresh(Duration refresh) {
    this.refresh = refresh;
  }

  /** Threads that run screenings (default: one per core; matching is CPU-bound). */
  public int getThreads() {
    return threads;
  }

  public void setThreads(int threads) {
    this.threads = threads;
  }

  /** Longest time the start-up warm-up of the matcher may take before health reports UP. */
  public Duration getWarmUp() {
    return warmUp;
  }

  public void setWarmUp(Duration warmUp) {
    this.warmUp = warmUp;
  }

  /** Passes over the warm-up queries per thread (0: no warm-up). */
  public int getWarmUpRounds() {
    return warmUpRounds;
  }

  public void setWarmUpRounds(int warmUpRounds) {
    this.warmUpRounds = warmUpRounds;
  }
}
