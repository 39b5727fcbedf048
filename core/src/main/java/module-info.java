/**
 * The dangong library: immutable value types and rule engines for 党建带工建 (party building leads
 * union building) in non-public enterprises.
 *
 * <p>Only API packages are exported; {@code org.dangong.internal} is not.
 */
module org.dangong.core {
  requires transitive com.google.common;
  requires org.slf4j;
  requires static transitive org.jspecify;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;
  requires static org.immutables.value.annotations;

  exports org.dangong;
  exports org.dangong.model;
  exports org.dangong.policy;
  exports org.dangong.decision;
  exports org.dangong.building;
  exports org.dangong.targets;
  exports org.dangong.appointment;
  exports org.dangong.recommendation;
  exports org.dangong.restructuring;
}
