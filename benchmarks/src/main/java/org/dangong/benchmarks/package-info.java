/** JMH benchmarks of the dangong engines over the synthetic city. */
@NullMarked
package org.dangong.benchmarks;

import org.jspecify.annotations.NullMarked;
