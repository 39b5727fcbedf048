/** The same building rules in Drools DRL, a baseline for the engine (benchmarks only). */
@NullMarked
package org.dangong.benchmarks.drl;

import org.jspecify.annotations.NullMarked;
