/** Part of the planted violations of the package rules; see {@code org.dangong.architecture.planted}. */
@NullMarked
package org.dangong.architecture.planted.restructuring;

import org.jspecify.annotations.NullMarked;
