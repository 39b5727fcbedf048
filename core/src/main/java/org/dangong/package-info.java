/**
 * The library's entry point, {@link org.dangong.Dangong}: the catalogue of every rule and the
 * completeness check of every Chinese and English title.
 *
 * <p>The library itself lives in the sub-packages: {@code model} (the world as the caller knows
 * it), {@code policy} (thresholds and local choices, each cited), {@code decision} (what every
 * engine returns) and one package per engine.
 */
@NullMarked
package org.dangong;

import org.jspecify.annotations.NullMarked;
