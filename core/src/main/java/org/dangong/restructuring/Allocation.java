package org.dangong.restructuring;

import java.util.Optional;
import org.dangong.model.EnterpriseId;
import org.dangong.model.PersonId;
import org.immutables.value.Value;

/**
 * Where one person goes in a restructuring (人员安置): to an employer, or out of employment by
 * retirement or unemployment.
 *
 * <pre>{@code
 * Allocation a = Allocation.to(PersonId.of("P-1"), EnterpriseId.of("E-2"));
 * Allocation r = Allocation.retired(PersonId.of("P-2"));
 * Allocation u = Allocation.unemployed(PersonId.of("P-3"));
 * }</pre>
 *
 * <p>Exactly one of {@link #employer()} and {@link #departure()} is present.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class Allocation {
  Allocation() {}

  /**
   * Returns the person allocated.
   *
   * @return the person's id
   */
  @Value.Parameter
  public abstract PersonId person();

  /**
   * Returns the enterprise that employs the person after the restructuring, if they stay employed.
   *
   * @return the employer's id, or empty for a departure
   */
  @Value.Parameter
  public abstract Optional<EnterpriseId> employer();

  /**
   * Returns why the person leaves employment, if they do.
   *
   * @return the departure, or empty if the person stays employed
   */
  @Value.Parameter
  public abstract Optional<Departure> departure();

  /**
   * Obtains the allocation of a person to an employer.
   *
   * @param person the person
   * @param employer the enterprise employing them afterwards
   * @return the allocation
   */
  public static Allocation to(PersonId person, EnterpriseId employer) {
    return ImmutableAllocation.of(person, Optional.of(employer), Optional.empty());
  }

  /**
   * Obtains the allocation of a person who leaves employment.
   *
   * @param person the person
   * @param departure why they leave
   * @return the allocation
   */
  public static Allocation leaving(PersonId person, Departure departure) {
    return ImmutableAllocation.of(person, Optional.empty(), Optional.of(departure));
  }

  /**
   * Obtains the allocation of a person who retires.
   *
   * @param person the person
   * @return the allocation
   */
  public static Allocation retired(PersonId person) {
    return leaving(person, Departure.RETIREMENT);
  }

  /**
   * Obtains the allocation of a person who becomes unemployed.
   *
   * @param person the person
   * @return the allocation
   */
  public static Allocation unemployed(PersonId person) {
    return leaving(person, Departure.UNEMPLOYMENT);
  }

  @Value.Check
  void check() {
    ProblemCollector p = new ProblemCollector();
    p.require(
        employer().isPresent() != departure().isPresent(),
        "Allocation[" + person().value() + "]",
        "EXACTLY_ONE_OF_EMPLOYER_OR_DEPARTURE",
        employer().map(EnterpriseId::value).orElse(""));
    p.throwIfAny();
  }

  @Override
  public String toString() {
    return "Allocation["
        + person().value()
        + " -> "
        + employer()
            .map(EnterpriseId::value)
            .orElseGet(() -> departure().map(Enum::name).orElse(""))
        + "]";
  }
}
