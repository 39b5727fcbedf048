/**
 * The value types of the world that 党建带工建 is about, and the snapshot that holds them.
 *
 * <h2>A short tour</h2>
 *
 * <ul>
 *   <li><b>Typed ids</b> — {@link org.dangong.model.EnterpriseId}, {@link
 *       org.dangong.model.PersonId}, {@link org.dangong.model.OrganizationId}, {@link
 *       org.dangong.model.RegionId}, {@link org.dangong.model.ClusterId}: opaque texts that compare
 *       by value and give every report its order.
 *   <li><b>Places</b> — {@link org.dangong.model.Region} (city, county-level city, district, town 镇,
 *       subdistrict 街道, development zone) and {@link org.dangong.model.Cluster} (楼宇, parks,
 *       intermediaries such as talent markets: SYNC-CLUSTER).
 *   <li><b>Enterprises and people</b> — {@link org.dangong.model.Enterprise} with its ownership
 *       ({@link org.dangong.model.Ownership#isNonPublic()}), and {@link org.dangong.model.Person}
 *       with {@link org.dangong.model.Employment}, {@link org.dangong.model.PartyStanding}, {@link
 *       org.dangong.model.UnionMembership}, close relatives and {@link
 *       org.dangong.model.Training}s.
 *   <li><b>Organisations</b> — {@link org.dangong.model.PartyOrganization} (党支部, 联合党支部, 党总支,
 *       基层党委, 非公经济党工委) and {@link org.dangong.model.UnionOrganization} (基层工会委员会,
 *       联合基层工会, 组织员, 工会联合会, town unions, federations), with leadership posts and terms;
 *       {@link org.dangong.model.Assignment}s of instructors and coordinators.
 *   <li><b>The snapshot</b> — {@link org.dangong.model.Jurisdiction}, built with a builder that
 *       checks referential integrity and reports every problem at once in an {@link
 *       org.dangong.model.InvalidJurisdictionException}, then indexed for O(1) lookups.
 * </ul>
 *
 * <h2>Design notes</h2>
 *
 * <p>Every value is immutable and thread-safe; none has a nullable attribute ({@code Optional}
 * stands for absence). Values are built with builders or {@code of} factories on the abstract
 * types; the generated implementations are package-private. A value that can never be valid (a
 * negative headcount, a female headcount above the headcount, a person who is their own relative)
 * throws an {@link org.dangong.model.InvalidValueException} naming every {@link
 * org.dangong.model.Problem} — field, rule and value. A builder whose required attributes are not
 * all set throws an {@link IllegalStateException} naming each unset attribute instead: that is a
 * mistake in the calling code, not bad data, and it is reported before the values are checked.
 * Whether something is <em>allowed</em> is not the model's business: that is what the engines
 * decide, as returned decisions.
 *
 * <p>Every user-visible enum implements {@link org.dangong.model.Labelled}, with labels in
 * Simplified Chinese and English.
 */
@NullMarked
@ValueStyle
package org.dangong.model;

import org.dangong.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
