package org.dangong.model;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A person's employment (劳动关系): the employer, the roles held there and since when.
 *
 * <p>A person has at most one employment in a {@link Jurisdiction}, so nobody is employed twice.
 *
 * <pre>{@code
 * Employment e = Employment.of(EnterpriseId.of("E-1"), LocalDate.of(2019, 3, 1), EmploymentRole.HR_HEAD);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Employment implements WithEmployment {
  Employment() {}

  /**
   * Returns the employer.
   *
   * @return the employing enterprise's id
   */
  public abstract EnterpriseId employer();

  /**
   * Returns the roles held at the employer, at least one; ordinary staff hold {@link
   * EmploymentRole#STAFF}.
   *
   * @return the roles, never empty
   */
  public abstract ImmutableSet<EmploymentRole> roles();

  /**
   * Returns the date the employment began.
   *
   * @return the start date
   */
  public abstract LocalDate since();

  /**
   * Tells whether the person holds the given role.
   *
   * @param role the role
   * @return true if held
   */
  public final boolean hasRole(EmploymentRole role) {
    return roles().contains(role);
  }

  /**
   * Obtains an employment.
   *
   * @param employer the employer
   * @param since the start date
   * @param role the first role
   * @param moreRoles further roles
   * @return the employment
   * @throws InvalidValueException if {@link EmploymentRole#STAFF} is combined with another role
   */
  public static Employment of(
      EnterpriseId employer, LocalDate since, EmploymentRole role, EmploymentRole... moreRoles) {
    return builder().employer(employer).since(since).addRoles(role).addRoles(moreRoles).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with no attributes set
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Problems p = new Problems("Employment");
    p.require(!roles().isEmpty(), "roles", "AT_LEAST_ONE", roles());
    p.require(
        !(roles().contains(EmploymentRole.STAFF) && roles().size() > 1),
        "roles",
        "STAFF_NOT_COMBINED",
        roles());
    p.throwIfAny();
  }

  /** Builds an {@link Employment}; {@link #build()} throws {@link InvalidValueException} on bad input. */
  public static final class Builder extends ImmutableEmployment.Builder {
    Builder() {}
  }
}
