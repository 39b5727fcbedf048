/** Part of the planted violations of the package rules; see {@code org.dangong.architecture.planted}. */
@NullMarked
package org.dangong.architecture.planted.model;

import org.jspecify.annotations.NullMarked;
