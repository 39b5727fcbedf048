package org.dangong.testkit;

import java.util.random.RandomGenerator;
import org.dangong.model.ClusterId;
import org.dangong.model.EnterpriseId;
import org.dangong.model.OrganizationId;
import org.dangong.model.PersonId;
import org.dangong.model.RegionId;

/**
 * Generators of the typed ids of the model: mostly short ids such as {@code E-7K2Q}, sometimes
 * ids at the edges of what the model accepts — one character, 128 characters, Chinese characters,
 * punctuation — so that code under test does not silently assume a format.
 *
 * <pre>{@code
 * EnterpriseId id = Identifiers.enterpriseIds().generate(42);
 * }</pre>
 *
 * <p>Ids drawn independently may collide; a {@link JurisdictionGenerator} numbers its ids instead,
 * so that they are unique within a jurisdiction.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Identifiers {
  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final String EXOTIC = "企业党支部工会区镇街道-_.:/#（）·";

  private Identifiers() {}

  /**
   * Returns a generator of region ids, such as {@code R-3F8A}.
   *
   * @return the generator
   */
  public static Generator<RegionId> regionIds() {
    return random -> RegionId.of(text(random, "R-"));
  }

  /**
   * Returns a generator of cluster ids, such as {@code C-3F8A}.
   *
   * @return the generator
   */
  public static Generator<ClusterId> clusterIds() {
    return random -> ClusterId.of(text(random, "C-"));
  }

  /**
   * Returns a generator of enterprise ids, such as {@code E-3F8A}.
   *
   * @return the generator
   */
  public static Generator<EnterpriseId> enterpriseIds() {
    return random -> EnterpriseId.of(text(random, "E-"));
  }

  /**
   * Returns a generator of person ids, such as {@code P-3F8A}.
   *
   * @return the generator
   */
  public static Generator<PersonId> personIds() {
    return random -> PersonId.of(text(random, "P-"));
  }

  /**
   * Returns a generator of organisation ids, such as {@code O-3F8A}.
   *
   * @return the generator
   */
  public static Generator<OrganizationId> organizationIds() {
    return random -> OrganizationId.of(text(random, "O-"));
  }

  private static String text(RandomGenerator random, String prefix) {
    double kind = random.nextDouble();
    if (kind < 0.03) {
      return String.valueOf(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    if (kind < 0.06) {
      return prefix + chars(random, ALPHABET, 128 - prefix.length());
    }
    if (kind < 0.12) {
      return prefix + chars(random, EXOTIC + ALPHABET, 1 + random.nextInt(12));
    }
    return prefix + chars(random, ALPHABET, 3 + random.nextInt(4));
  }

  private static String chars(RandomGenerator random, String alphabet, int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }
}
