/**
 * Runnable examples of the dangong library, among them {@link org.dangong.examples.CityReport}, the
 * report over the embedded synthetic city, and {@link org.dangong.examples.QuickStart}, the README's
 * quick start.
 */
@NullMarked
package org.dangong.examples;

import org.jspecify.annotations.NullMarked;
