/** Shared helpers of the library; not exported, not API. */
@NullMarked
package org.dangong.internal;

import org.jspecify.annotations.NullMarked;
