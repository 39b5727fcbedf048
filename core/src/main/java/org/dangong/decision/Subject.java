package org.dangong.decision;

import java.util.Comparator;
import org.dangong.model.ClusterId;
import org.dangong.model.EnterpriseId;
import org.dangong.model.InvalidValueException;
import org.dangong.model.OrganizationId;
import org.dangong.model.PersonId;
import org.dangong.model.RegionId;
import org.immutables.value.Value;

/**
 * What a {@link Decision} is about: a kind and the id of the thing, such as the enterprise {@code
 * E-1} ({@code Subject.enterprise(EnterpriseId.of("E-1"))}).
 *
 * <p>Subjects compare by kind, then by id text.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Subject implements Comparable<Subject> {
  private static final Comparator<Subject> ORDER =
      Comparator.comparing(Subject::kind).thenComparing(Subject::id);
  private static final int MAX_LENGTH = 128;

  Subject() {}

  /**
   * Returns the kind of thing.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract SubjectKind kind();

  /**
   * Returns the id of the thing, as text.
   *
   * @return the id, such as {@code E-1}
   */
  @Value.Parameter
  public abstract String id();

  /**
   * Obtains a subject of any kind.
   *
   * @param kind the kind
   * @param id the id text: 1 to 128 characters without whitespace or control characters
   * @return the subject
   * @throws InvalidValueException if the id is empty, too long, or contains whitespace or control
   *     characters
   */
  public static Subject of(SubjectKind kind, String id) {
    ProblemList problems = new ProblemList();
    problems.require(!id.isEmpty(), "Subject.id", "ID_NOT_EMPTY", id);
    problems.require(id.length() <= MAX_LENGTH, "Subject.id", "ID_AT_MOST_128_CHARACTERS", id);
    problems.require(
        id.codePoints()
            .noneMatch(
                c ->
                    Character.isWhitespace(c)
                        || Character.isISOControl(c)
                        || Character.isSpaceChar(c)),
        "Subject.id",
        "ID_NO_WHITESPACE_OR_CONTROL_CHARACTERS",
        id);
    problems.throwIfAny();
    return ImmutableSubject.of(kind, id);
  }

  /**
   * Obtains the subject for an enterprise.
   *
   * @param id the enterprise's id
   * @return the subject of kind {@link SubjectKind#ENTERPRISE}
   */
  public static Subject enterprise(EnterpriseId id) {
    return ImmutableSubject.of(SubjectKind.ENTERPRISE, id.value());
  }

  /**
   * Obtains the subject for a person.
   *
   * @param id the person's id
   * @return the subject of kind {@link SubjectKind#PERSON}
   */
  public static Subject person(PersonId id) {
    return ImmutableSubject.of(SubjectKind.PERSON, id.value());
  }

  /**
   * Obtains the subject for an organisation of either kind.
   *
   * @param id the organisation's id
   * @return the subject of kind {@link SubjectKind#ORGANIZATION}
   */
  public static Subject organization(OrganizationId id) {
    return ImmutableSubject.of(SubjectKind.ORGANIZATION, id.value());
  }

  /**
   * Obtains the subject for a party organisation.
   *
   * @param id the organisation's id
   * @return the subject of kind {@link SubjectKind#PARTY_ORGANIZATION}
   */
  public static Subject partyOrganization(OrganizationId id) {
    return ImmutableSubject.of(SubjectKind.PARTY_ORGANIZATION, id.value());
  }

  /**
   * Obtains the subject for a union organisation.
   *
   * @param id the organisation's id
   * @return the subject of kind {@link SubjectKind#UNION_ORGANIZATION}
   */
  public static Subject unionOrganization(OrganizationId id) {
    return ImmutableSubject.of(SubjectKind.UNION_ORGANIZATION, id.value());
  }

  /**
   * Obtains the subject for a region.
   *
   * @param id the region's id
   * @return the subject of kind {@link SubjectKind#REGION}
   */
  public static Subject region(RegionId id) {
    return ImmutableSubject.of(SubjectKind.REGION, id.value());
  }

  /**
   * Obtains the subject for a cluster.
   *
   * @param id the cluster's id
   * @return the subject of kind {@link SubjectKind#CLUSTER}
   */
  public static Subject cluster(ClusterId id) {
    return ImmutableSubject.of(SubjectKind.CLUSTER, id.value());
  }

  @Override
  public int compareTo(Subject other) {
    return ORDER.compare(this, other);
  }

  /**
   * Returns the subject as text, such as {@code ENTERPRISE[E-1]}.
   *
   * @return the subject as text
   */
  @Override
  public String toString() {
    return kind() + "[" + id() + "]";
  }
}
