package io.vigil.screening;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Country names as lists write them to ISO 3166 alpha-2 codes (lower case). */
final class Countries {
  private static final Map<String, String> BY_NAME = new HashMap<>();

  static {
    for (String cc : Locale.getISOCountries()) {
      Locale l = Locale.of("", cc);
      String code = cc.toLowerCase(Locale.ROOT);
      BY_NAME.put(key(l.getDisplayCountry(Locale.ENGLISH)), code);
      BY_NAME.put(code, code);
      try {
        BY_NAME.put(l.getISO3Country().toLowerCase(Locale.ROOT), code);
      } catch (java.util.MissingResourceException ignored) {
        // no alpha-3 code
      }
    }
    String[][] extra = {
      {"russia", "ru"},
      {"russian federation", "ru"},
      {"iran", "ir"},
      {"syria", "sy"},
      {"north korea", "kp"},
      {"korea north", "kp"},
      {"korea, north", "kp"},
      {"dprk", "kp"},
      {"south korea", "kr"},
      {"korea south", "kr"},
      {"korea, south", "kr"},
      {"burma", "mm"},
      {"turkey", "tr"},
      {"turkiye", "tr"},
      {"venezuela", "ve"},
      {"vietnam", "vn"},
      {"laos", "la"},
      {"bolivia", "bo"},
      {"tanzania", "tz"},
      {"moldova", "md"},
      {"czech republic", "cz"},
      {"macau", "mo"},
      {"macao", "mo"},
      {"cote d ivoire", "ci"},
      {"ivory coast", "ci"},
      {"congo democratic republic of the", "cd"},
      {"democratic republic of the congo", "cd"},
      {"congo republic of the", "cg"},
      {"united states", "us"},
      {"usa", "us"},
      {"uk", "gb"},
      {"united kingdom", "gb"},
      {"great britain", "gb"},
      {"west bank", "ps"},
      {"gaza", "ps"},
      {"palestinian", "ps"},
      {"palestine", "ps"},
      {"kosovo", "xk"},
      {"region crimea", "ua"},
      {"crimea", "ua"},
      {"the bahamas", "bs"},
      {"bahamas", "bs"},
      {"the gambia", "gm"},
      {"gambia", "gm"},
      {"brunei", "bn"},
      {"cabo verde", "cv"},
      {"cape verde", "cv"},
      {"eswatini", "sz"},
      {"swaziland", "sz"},
      {"micronesia", "fm"},
      {"vatican", "va"},
      {"taiwan", "tw"},
      {"hong kong", "hk"},
      {"soviet union", "su"},
      {"yugoslavia", "yu"},
      {"netherlands", "nl"},
      {"the netherlands", "nl"},
      {"british virgin islands", "vg"},
      {"virgin islands british", "vg"},
      {"saint kitts and nevis", "kn"},
      {"st kitts and nevis", "kn"},
      {"sudan", "sd"},
      {"south sudan", "ss"},
      {"marshall islands", "mh"},
      {"north macedonia", "mk"},
      {"macedonia", "mk"},
      {"timor leste", "tl"},
      {"east timor", "tl"}
    };
    for (String[] e : extra) {
      BY_NAME.put(key(e[0]), e[1]);
    }
  }

  private Countries() {}

  /** ISO code for a name or code, or empty when unknown. */
  static String code(String name) {
    String k = key(name);
    String c = BY_NAME.get(k);
    if (c != null) {
      return c;
    }
    int comma = name.indexOf(',');
    if (comma > 0) {
      c = BY_NAME.get(key(name.substring(comma + 1) + " " + name.substring(0, comma)));
    }
    return c == null ? "" : c;
  }

  private static String key(String s) {
    return NameNormalizer.fold(s);
  }
}
